"""The shared function-word groups, and the callers that compose them."""
from __future__ import annotations

import pytest

from retrieval import lexicon
from retrieval.followup import resolve_followup
from retrieval.question import asked_noun

# Words a police report's question is *about*: no function-word group may swallow them.
CONTENT_WORDS = ["giảm", "tăng", "năm", "vụ", "người", "xã", "cán", "bộ", "tai", "nạn", "ma", "túy", "số", "quả"]


def test_groups_are_disjoint_from_content_words():
    for word in CONTENT_WORDS:
        assert word not in lexicon.FUNCTION_WORDS | lexicon.PARTICLES, word


def test_function_words_are_the_union_of_the_groups():
    assert lexicon.FUNCTION_WORDS == (lexicon.PREPOSITIONS | lexicon.CONJUNCTIONS | lexicon.AUXILIARIES
                                      | lexicon.DETERMINERS | lexicon.MODALS | lexicon.ASPECT)
    assert {"của", "và", "đã", "này", "được", "cần", "từng"} <= lexicon.FUNCTION_WORDS


def test_with_folded_adds_bare_keyboard_spellings():
    got = lexicon.with_folded(["của", "được", "và"])
    assert got == {"của", "cua", "được", "duoc", "và", "va"}


@pytest.mark.parametrize("question, noun", [
    ("Có bao nhiêu cán bộ, chiến sĩ tham gia?", "cán bộ"),
    ("Thu giữ bao nhiêu quả lựu đạn?", "quả lựu"),
    ("thu giu bao nhieu qua luu dan", "qua luu"),  # bare "qua" is also "quả": still a counted noun
    ("Số vụ là bao nhiêu?", "vụ"),
])
def test_counted_noun_survives_the_shared_lists(question, noun):
    """(A question headed by "Số" counts its noun; the function word after it is not part of it.)"""
    assert asked_noun(question) == noun


@pytest.mark.parametrize("question", [
    "Tai nạn giao thông giảm bao nhiêu so với năm 2019?",
    "Bao nhiêu đã được xử lý?",  # function words after "bao nhiêu" are never what is counted
])
def test_function_words_after_bao_nhieu_are_not_the_counted_noun(question):
    assert asked_noun(question) is None


def test_followup_made_only_of_function_words_and_a_year_keeps_the_subject():
    previous = "Năm 2020 toàn tỉnh xảy ra bao nhiêu vụ tai nạn giao thông?"
    got = resolve_followup("Vậy còn đối với năm 2021 thì đã có kết quả như thế nào?", previous)
    assert got.is_followup
    assert "2021" in got.resolved and "tai nạn giao thông" in got.resolved and "2020" not in got.resolved


def test_followup_with_its_own_subject_is_left_alone():
    question = "Còn số vụ cháy rừng năm 2021 thì sao?"
    got = resolve_followup(question, "Năm 2020 xảy ra bao nhiêu vụ tai nạn giao thông?")
    assert not got.is_followup and got.resolved == question


def test_qualifier_words_come_from_whole_phrases_only():
    assert lexicon.qualifier_words("Ước tính có bao nhiêu đối tượng?") == {"ước", "tính"}
    assert lexicon.qualifier_words("Thấp hơn bao nhiêu so với hiện nay?") == {"hiện", "nay"}
    assert lexicon.qualifier_words("Tính đến nay có bao nhiêu vụ?") == frozenset()  # "tính" alone qualifies nothing
    assert lexicon.qualifier_words("khoảngcách") == frozenset()

"""Misspelt long words in questions, corrected against the corpus's own words."""
from __future__ import annotations

import pytest

from retrieval.spelling import closest_word, correctable, corrections

VOCAB = sorted(["sheepshanks", "bendigo", "clippers", "kenya", "carlsbad", "song", "bang", "dong", "nghiem",
                "thuong", "chuong", "geelong"])


@pytest.mark.parametrize("word, fixed", [
    ("Sheeshanks", "sheepshanks"),  # XQuAD-vi: the question misspells the name its paragraph writes
    ("Bedigo", "bendigo"),
    ("Carslbad", "carlsbad"),  # two edits in a long word
    ("Kenyas", "kenya"),
    ("bong", None),  # a short word: one edit from three real syllables
    ("nghiện", None),  # one Vietnamese syllable: its neighbours are syllables too
    ("thuong", None),  # known shape, never corrected
    ("Xyzabcdef", None),  # nothing close
])
def test_closest_word(word, fixed):
    assert closest_word(word, VOCAB) == fixed


def test_a_tie_is_not_guessed():
    assert closest_word("abcdef", ["abcdeg", "abcdeh"]) is None


def test_correctable_words_are_long_letters_not_one_syllable():
    assert correctable("epitopes") and correctable("Bendigo")
    assert not correctable("nguyễn") and not correctable("nghiêng") and not correctable("1620-21")


def test_only_words_the_corpus_does_not_know_are_corrected():
    known = {"geelong", "~geelong"}.__contains__
    got = corrections(["bedigo", "geelong", "và", "sheeshanks"], known, VOCAB)
    assert got == {"bedigo": "bendigo", "sheeshanks": "sheepshanks"}


def test_searcher_adds_the_correction_and_the_figure_answer_uses_it(tmp_path):
    from retrieval.assistant import Assistant

    corpus = tmp_path / "museum.txt"
    corpus.write_text("Năm 1857, John Sheepshanks đã tặng 233 bức tranh cho bảo tàng, chủ yếu của các họa sĩ Anh.\n\n"
                      "Bảo tàng mở cửa cho công chúng vào năm 1909 sau nhiều năm xây dựng.\n", encoding="utf-8")
    a = Assistant(tmp_path / "data")
    a.ingest([corpus])
    analysis = a.searcher.analyze("John Sheeshanks đã tặng bao nhiêu bức tranh cho bảo tàng?")
    assert analysis.corrections == {"sheeshanks": "sheepshanks"} and "~sheepshanks" in analysis.terms
    ans = a.ask("John Sheeshanks đã tặng bao nhiêu bức tranh cho bảo tàng?")
    assert ans.found and ans.figures[0]["text"] == "233 bức tranh"  # it was refused: "the report never uses it"
    assert ans.understood_as == "John Sheepshanks đã tặng bao nhiêu bức tranh cho bảo tàng?"  # shown to the reader
    assert a.ask("Bảo tàng mở cửa năm nào?").understood_as is None  # nothing corrected: nothing shown


def test_the_page_says_how_a_misspelt_question_was_read():
    from webui.chat import turn_stages

    turn = {"question": "John Sheeshanks đã tặng gì?", "resolved": "John Sheeshanks đã tặng gì?", "is_followup": False,
            "answer": {"found": False, "answer": "Không tìm thấy", "understood_as": "John Sheepshanks đã tặng gì?"}}
    html = list(turn_stages(turn, 1))[-1]
    assert "Câu hỏi được hiểu là: <i>John Sheepshanks đã tặng gì?</i>" in html
    turn["answer"]["understood_as"] = None
    assert "vnqa-resolved" not in list(turn_stages(turn, 1))[-1]

"""The Vietnamese analyzer: normalization, folding, number-preserving tokens, index/query terms, bm25s."""
from __future__ import annotations

import re
import time
import unicodedata

import bm25s
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from retrieval.glossary import expand_terms
from retrieval.text_analysis import (
    FOLD_PREFIX,
    QUERY_STOPWORDS,
    QUERY_WEIGHT,
    analyze_query,
    build_vocab_ids,
    fold,
    index_terms,
    normalize,
    query_ids,
    query_terms,
    query_tokens,
    without_phrases,
    token_spans,
    tokens,
)

# ----------------------------------------------------------------------------------- alphabet for properties

_TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
_VOWELS = "aăâeêioôơuưy"
VIET_LETTERS = "".join(
    sorted(
        {unicodedata.normalize("NFC", v + t) for v in _VOWELS for t in _TONES}
        | set("bcdđghklmnpqrstvx")
    )
)
VIET_LETTERS += VIET_LETTERS.upper()
viet_text = st.text(alphabet=VIET_LETTERS + " ,.;:/-%0123456789()“”\n", max_size=80)


def sentences(seed_texts: dict[str, str]) -> list[str]:
    out = []
    for text in seed_texts.values():
        for line in text.split("\n"):
            out += [s.strip() for s in re.split(r"(?<=[.!?…])\s+", line) if len(s.strip()) > 3]
    return out


# ----------------------------------------------------------------------------------- normalize


@pytest.mark.parametrize(
    ("old", "new"),
    [("hòa", "hoà"), ("thủy", "thuỷ"), ("hóa", "hoá"), ("ủy", "uỷ"), ("khỏe", "khoẻ"), ("òa", "oà"),
     ("Thủy", "THUỶ"), ("qui chế", "quy chế"), ("QUÍ", "quý"), ("Qui Nhơn", "quy nhơn"), ("Tuyên Hóa", "tuyên hoá"), ("Đảng ủy", "Đảng uỷ"), ("khóa XV", "khoá xv")],
)
def test_two_tone_placements_unify(old: str, new: str) -> None:
    assert normalize(old) == normalize(new)
    assert normalize(old) == new.lower()  # the canonical one is the "new style", tone on the main vowel


@pytest.mark.parametrize(
    ("word", "expected"),
    [("mùa", "mùa"), ("của", "của"), ("quý", "quý"), ("giữa", "giữa"), ("gìn", "gìn"), ("được", "được"),
     ("chuyển", "chuyển"), ("ngoài", "ngoài"), ("khuỷu", "khuỷu"), ("thuở", "thuở"), ("toàn", "toàn"),
     ("tòan", "toàn"), ("Nguyễn", "nguyễn"), ("café", "café"), ("COVID", "covid")],
)
def test_tone_kept_on_main_vowel_and_foreign_words_untouched(word: str, expected: str) -> None:
    assert normalize(word) == expected


def test_normalize_composes_decomposed_input() -> None:
    decomposed = unicodedata.normalize("NFD", "Tai nạn giao thông")
    assert decomposed != "Tai nạn giao thông"
    assert normalize(decomposed) == "tai nạn giao thông"


def test_seed_report_spelling_variants_merge(seed_texts: dict[str, str]) -> None:
    text = seed_texts["002_d7785d41f27099bf.txt"]
    assert "Tỉnh uỷ" in text and "Tỉnh ủy" in text  # the same report uses both placements
    norm = normalize(text)
    assert "tỉnh ủy" not in norm
    assert norm.count("tỉnh uỷ") == text.count("Tỉnh uỷ") + text.count("Tỉnh ủy")


@given(st.text(max_size=60))
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(viet_text)
def test_normalize_is_idempotent_on_vietnamese(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    lowered = unicodedata.normalize("NFC", text.lower())
    assert len(once) == len(lowered)
    # moving a tone mark never changes the letters; the only letter change is qui -> quy
    assert fold(once).replace("quy", "qui") == fold(lowered).replace("quy", "qui")


@settings(max_examples=200)
@given(
    st.sampled_from(["", "h", "th", "kh", "ng", "x", "l"]),
    st.sampled_from(["oa", "oe", "uy"]),
    st.sampled_from(_TONES[1:]),
)
def test_old_and_new_placement_agree_for_every_tone(onset: str, glide: str, tone: str) -> None:
    old = unicodedata.normalize("NFC", onset + glide[0] + tone + glide[1])
    new = unicodedata.normalize("NFC", onset + glide + tone)
    assert normalize(old) == normalize(new) == new


# ----------------------------------------------------------------------------------- fold


def test_fold_examples() -> None:
    assert fold("Đảng ủy Công an huyện Tuyên Hóa") == "Dang uy Cong an huyen Tuyen Hoa"
    assert fold("trật tự an toàn xã hội") == "trat tu an toan xa hoi"
    assert fold(unicodedata.normalize("NFD", "được")) == "duoc"


@given(st.text(max_size=60))
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text(alphabet=VIET_LETTERS, min_size=1, max_size=40))
def test_fold_of_vietnamese_letters_is_ascii(text: str) -> None:
    folded = fold(normalize(text))
    assert folded.isascii() and folded.isalpha()
    assert fold(unicodedata.normalize("NFD", text)).isascii()


# ----------------------------------------------------------------------------------- tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bố trí 2.570 cán bộ", ["2.570", "2570"]),
        ("năm 2020 giảm 16,4%", ["16,4%", "16.4", "%"]),
        ("có 195/204 xã phường", ["195/204", "195", "204"]),
        ("Kế hoạch số 01/BCĐ ngày", ["01/bcđ", "01", "1", "bcđ"]),
        ("Nghị quyết số 11/2021/NQ-HĐND ngày", ["11/2021/nq-hđnd", "11", "2021", "nq", "hđnd"]),
        ("Thông tư 23/2012/TT-BCA của", ["23/2012/tt-bca", "23", "2012", "tt", "bca"]),
        ("Qua 03 năm", ["03", "3"]),
        ("Tổng 6.264.528 lượt", ["6.264.528", "6264528"]),
        ("chiếm 33,76% biên chế", ["33,76%", "33.76"]),
        ("ngày 31-5-2021", ["31-5-2021", "31", "5", "2021"]),
    ],
)
def test_numbers_and_codes_stay_whole_and_yield_plain_forms(text: str, expected: list[str]) -> None:
    toks = tokens(text)
    for form in expected:
        assert form in toks
    assert toks.index(expected[0]) < toks.index(expected[-1])  # the whole token comes first


def test_punctuation_does_not_glue_words() -> None:
    assert tokens("tình hình mới.Trước tình hình") == ["tình", "hình", "mới", "trước", "tình", "hình"]
    assert tokens("năm 2022. Năm 2023, tăng") == ["năm", "2022", "năm", "2023", "tăng"]
    assert tokens("TP.Hà Nội") == ["tp", "hà", "nội"]


def test_seed_figures_survive(seed_texts: dict[str, str]) -> None:
    toks = set(tokens(" ".join(seed_texts.values())))
    for figure in ["2.570", "2570", "16,4%", "16.4", "38%", "195/204", "180/188", "33.446", "33446",
                   "01/bcđ", "11/2021/nq-hđnd", "23/2012/tt-bca", "521/ttg", "14/4/2022"]:
        assert figure in toks, figure


@settings(max_examples=200)
@given(st.integers(min_value=1000, max_value=10**12))
def test_formatted_numbers_are_found_whole_and_plain(n: int) -> None:
    dotted = f"{n:,}".replace(",", ".")  # Vietnamese thousands separator
    toks = tokens(f"Năm qua, đã có {dotted} lượt người tham gia.")
    assert dotted in toks
    assert str(n) in toks


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=999), st.integers(min_value=0, max_value=99))
def test_decimal_percentages_match_dot_and_comma(whole: int, frac: int) -> None:
    comma = tokens(f"giảm {whole},{frac:02d}%")
    dot = tokens(f"giảm {whole}.{frac:02d}%")
    assert f"{whole}.{frac:02d}" in comma and f"{whole}.{frac:02d}" in dot
    assert "%" in comma


# ----------------------------------------------------------------------------------- spans


def test_token_spans_on_seed_text(seed_texts: dict[str, str]) -> None:
    text = seed_texts["004_bae18dc72671c5b8.txt"]
    spans = token_spans(text)
    assert [t for t, _, _ in spans][:3] == ["đấu", "thầu", "mua"]
    for tok, start, end in spans:
        assert normalize(text[start:end]) == tok
    assert any(text[s:e] == "11/2021/NQ-HĐND" for _, s, e in spans)


def test_token_spans_point_into_original_even_when_lengths_change() -> None:
    text = unicodedata.normalize("NFD", "Tai nạn giảm 38% ở Tuyên Hóa") + " İSTANBUL x_y"
    spans = token_spans(text)
    assert [t for t, _, _ in spans][:5] == ["tai", "nạn", "giảm", "38%", "ở"]
    for tok, start, end in spans:
        assert normalize(text[start:end]) == tok
    assert text[spans[-1][1] : spans[-1][2]] == "y"  # "_" separates, offsets still exact


@given(st.one_of(viet_text, viet_text.map(lambda s: unicodedata.normalize("NFD", s)), st.text(max_size=40)))
def test_token_spans_map_back(text: str) -> None:
    previous_end = 0
    for tok, start, end in token_spans(text):
        assert start >= previous_end
        assert normalize(text[start:end]) == tok
        previous_end = end


# ----------------------------------------------------------------------------------- index and query terms


def test_index_terms_hold_exact_folded_and_bigram_forms() -> None:
    terms = index_terms("Tai nạn giao thông, năm 2020 giảm 38%")
    for t in ["nạn", "~nan", "thông", "~thong", "~tai_nan", "~giao_thong", "2020", "38%", "38"]:
        assert t in terms
    assert "~thong_nam" not in terms  # the comma breaks the phrase
    assert "~2020" not in terms  # numbers have no diacritics to fold


def test_query_modes() -> None:
    accented = query_terms("Tai nạn giao thông")
    assert {"tai", "~tai", "nạn", "~nan"} <= set(accented)
    bare = query_terms("tai nan giao thong")
    assert all(t.startswith(FOLD_PREFIX) for t in bare)  # no diacritics: only folded terms are searched
    assert "nan" not in bare and "~nan" in bare
    # every word weighs the same in both modes
    assert accented.count("nạn") + accented.count("~nan") == QUERY_WEIGHT == bare.count("~nan")


def test_query_stopwords_dropped_but_content_kept() -> None:
    assert query_tokens("Năm 2020 tai nạn giao thông giảm bao nhiêu?") == ["năm", "2020", "tai", "nạn", "giao",
                                                                          "thông", "giảm"]
    assert query_tokens("nam 2020 tai nan giao thong giam bao nhieu") == ["nam", "2020", "tai", "nan", "giao",
                                                                           "thong", "giam"]
    assert query_tokens("Thế nào là an ninh trật tự?") == ["an", "ninh", "trật", "tự"]
    # unaccented words that are also content words are kept: cửa, kỳ thi, va chạm
    assert query_tokens("cua kho bi pha") == ["cua", "kho", "bi", "pha"]
    assert "thi" in query_tokens("ky thi sat hach")
    assert "va" in query_tokens("va cham giao thong")
    # a query of stopwords only still searches something
    assert query_tokens("là gì") == ["là", "gì"]
    terms = query_terms("Có bao nhiêu xã")
    assert "~nhieu_xa" in terms and "~bao_nhieu" not in terms  # no bigram made of two stopwords
    words, accented = analyze_query("Có bao nhiêu xã")
    assert accented and [w.stop for w in words] == [True, True, True, False]


def test_query_analysis_is_fast() -> None:
    query = "Năm 2021 có bao nhiêu xã phường đạt tiêu chuẩn an toàn về ANTT theo Thông tư 23/2012/TT-BCA?"
    query_terms(query)
    start = time.perf_counter()
    for i in range(200):
        query_terms(query + f" lần {i}")
    assert (time.perf_counter() - start) / 200 < 0.005


# ----------------------------------------------------------------------------------- bm25s retrieval


@pytest.fixture(scope="module")
def seed_index(seed_texts: dict[str, str]) -> tuple[bm25s.BM25, dict[str, int], list[str]]:
    sents = sentences(seed_texts)
    ids, vocab = build_vocab_ids([index_terms(s) for s in sents])
    retriever = bm25s.BM25()
    retriever.index((ids, vocab), show_progress=False)
    return retriever, vocab, sents


def search(index: tuple[bm25s.BM25, dict[str, int], list[str]], terms: list[str], k: int = 3) -> list[str]:
    retriever, vocab, sents = index
    qids = query_ids(terms, vocab)
    scores = retriever.get_scores(qids) if qids else np.zeros(len(sents))  # bm25s needs a non-empty list
    return [sents[i] for i in np.argsort(-scores, kind="stable")[:k] if scores[i] > 0]


@pytest.mark.parametrize(
    "query", ["tai nan giao thong nam 2020 giam bao nhieu", "Tai nạn giao thông năm 2020 giảm bao nhiêu"]
)
def test_traffic_accident_question_with_and_without_diacritics(seed_index, query: str) -> None:
    assert any("năm 2020 giảm 38%" in s for s in search(seed_index, query_terms(query)))


@pytest.mark.parametrize(
    ("query", "expected"),
    [("195/204", "195/204 xã phường"), ("2570", "2.570 cán bộ"), ("2.570", "2.570 cán bộ"),
     ("33,76%", "33,76% biên chế"), ("Kế hoạch 01/BCĐ", "01/BCĐ ngày 21/12/2021"),
     ("thong tu 23/2012/tt-bca", "23/2012/TT-BCA"), ("33446 luot nguoi", "33.446 lượt")],
)
def test_figures_find_their_sentence_first(seed_index, query: str, expected: str) -> None:
    assert expected in search(seed_index, query_terms(query), k=1)[0]


def test_exact_spelling_outranks_a_word_that_only_folds_the_same() -> None:
    docs = ["Công an xã tổ chức họp dân", "Công an xa trung tâm huyện"]
    ids, vocab = build_vocab_ids([index_terms(d) for d in docs])
    retriever = bm25s.BM25()
    retriever.index((ids, vocab), show_progress=False)
    accented = retriever.get_scores(query_ids(query_terms("công an xã"), vocab))
    assert accented[0] > accented[1] > 0
    bare = retriever.get_scores(query_ids(query_terms("cong an xa"), vocab))
    assert bare[0] == pytest.approx(bare[1], rel=0.2) and bare[1] > 0  # no diacritics: both readings match


def test_bm25s_adds_up_repeated_query_terms(seed_index) -> None:
    """The weighting scheme (QUERY_WEIGHT, expansions added once) relies on this bm25s behaviour."""
    retriever, vocab, _ = seed_index
    once = retriever.get_scores([vocab["~giam"]])
    twice = retriever.get_scores([vocab["~giam"], vocab["~giam"]])
    assert once.max() > 0
    np.testing.assert_allclose(twice, 2 * once, rtol=1e-5)


def test_without_phrases_leaves_what_the_question_is_about():
    stripped = without_phrases("Báo cáo nào nói về quy chế phối hợp?", QUERY_STOPWORDS + ("nói", "báo cáo"))
    terms = expand_terms(stripped)
    assert "quy" in terms and "~quy_che" in terms and "~phoi_hop" in terms
    assert not {"nói", "~noi", "~noi_ve", "~ve_quy", "~bao_cao"} & set(terms)  # no pair spans a removed word
    # accents decide: "báo cáo" and "về" go, "bảo vệ" stays
    kept = expand_terms(without_phrases("Các số liệu về phong trào bảo vệ an ninh của báo cáo", QUERY_STOPWORDS
                                        + ("số liệu", "báo cáo")))
    assert "bảo" in kept and "vệ" in kept and "~bao_ve" in kept and "~so_lieu" not in kept and "của" not in kept
    # typed without diacritics: folded phrases match, but not an ambiguous one-word one ("ma" of "ma tuy")
    loose = without_phrases("bao cao nao noi ve ma tuy", QUERY_STOPWORDS + ("nói", "báo cáo", "mà"))
    assert loose.split(",")[-1].split() == ["ve", "ma", "tuy"] and "bao cao" not in loose


def test_fold_aligned_keeps_offsets():
    from retrieval.text_analysis import fold_aligned

    text = "Ông Long ký tờ trình số 820/ĐLHCM-KD"
    assert fold_aligned(text) == "ong long ky to trinh so 820/dlhcm-kd"
    decomposed = "Đa\u0301 ne\u0300"  # a text left decomposed keeps its marks, and its length
    assert len(fold_aligned(decomposed)) == len(decomposed) and fold_aligned(decomposed).startswith("da")


def test_pos_tags_read_who_and_the_verb_asked():
    from retrieval.text_analysis import pos_tags

    tagged = pos_tags("Ai chủ trì chương trình phòng chống buôn bán phụ nữ trẻ em?")
    assert tagged[0] == ("Ai", "P") and ("chủ trì", "V") in tagged  # cased: names go by capitals
    assert pos_tags("Vụ nổ làm bao nhiêu người thiệt mạng?")[-2] == ("thiệt mạng", "V")

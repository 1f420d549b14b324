"""Abbreviation glossary: parsing, merging an extra file, and both-ways query expansion with bm25s."""
from __future__ import annotations

import re
from pathlib import Path

import bm25s
import numpy as np
import pytest

from retrieval.glossary import (
    DEFAULT_PATH,
    ENV_VAR,
    Glossary,
    default_glossary,
    expand_query,
    expand_terms,
    find_expansions,
    load_glossary,
    parse_glossary,
)
from retrieval.text_analysis import build_vocab_ids, fold, index_terms, query_ids, query_terms, tokens

REQUIRED = ("ANTT ANTQ ANQG ANCT TTATXH TTXH TTATGT TNGT CAND CSND CAX CATP CAH UBND HĐND BCĐ BCA MTTQ CQĐT "
            "CSĐT PCCC QLHC PCTP PCMT VPPL CSGT CSCĐ ĐBQH BCH TW XHCN GPLX CCCD").split()


def test_bundled_glossary_is_complete() -> None:
    g = load_glossary([DEFAULT_PATH])
    assert len(g.entries) >= 40
    for abbr in REQUIRED:
        assert g.entries.get(abbr), abbr
    assert g.entries["ANTT"] == ("an ninh trật tự",)
    assert "Cơ quan Cảnh sát điều tra" in g.entries["CQĐT"]


def test_expansions_agree_with_their_abbreviation() -> None:
    """Catch typos: an abbreviation's letters are the initials of (one of) its expansions."""
    g = load_glossary([DEFAULT_PATH])
    exceptions = {"TW", "TTg", "HCM", "CP", "KT-XH", "VLN", "CCHT", "XLVPHC", "TTATGT", "TTATXH", "BLTTHS"}
    for abbr, expansions in g.entries.items():
        if abbr in exceptions:
            continue
        initials = {"".join(w[0] for w in fold(e).lower().split()) for e in expansions}
        assert fold(abbr).lower() in initials, (abbr, expansions)


def test_parse_format_comments_tabs_and_repeats() -> None:
    text = "# comment\n\nANTT\tan ninh trật tự\n  # indented comment\nBCH\tBan Chấp hành\tBan chỉ huy\n" \
           "BCH\tBan chỉ huy\nXYZ\n"
    assert parse_glossary(text) == {"ANTT": ["an ninh trật tự"], "BCH": ["Ban Chấp hành", "Ban chỉ huy"]}


def test_extra_file_from_env_is_merged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "extra.tsv"
    extra.write_text("# ours\nPC02\tPhòng Cảnh sát hình sự\nANTT\tan ninh, trật tự\n", encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(extra))
    g = default_glossary()
    assert g.entries["PC02"] == ("Phòng Cảnh sát hình sự",)
    assert g.entries["ANTT"] == ("an ninh trật tự", "an ninh, trật tự")
    assert "UBND" in g.entries  # the bundled rows are still there
    assert "phòng cảnh sát hình sự" in expand_query("Đội PC02 làm gì").lower()
    monkeypatch.delenv(ENV_VAR)
    assert "PC02" not in default_glossary().entries


def test_missing_extra_file_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "nope.tsv"))
    with pytest.raises(FileNotFoundError):
        default_glossary()


def test_find_expansions_both_ways_with_and_without_diacritics() -> None:
    hits = find_expansions("Tình hình ANTT năm 2021")
    assert [(h.matched, h.abbr, h.added) for h in hits] == [("ANTT", "ANTT", ("an ninh trật tự",))]
    hits = find_expansions("tinh hinh an ninh trat tu nam 2021")
    assert [(h.matched, h.abbr, h.from_phrase) for h in hits] == [("an ninh trat tu", "ANTT", True)]
    assert [h.abbr for h in find_expansions("Uỷ ban nhân dân và hdnd tỉnh")] == ["UBND", "HĐND"]
    assert [h.abbr for h in find_expansions("Ủy ban nhân dân")] == ["UBND"]  # either tone placement
    assert find_expansions("an ninh") == []  # only whole phrases


def test_words_that_are_not_abbreviations_are_left_alone() -> None:
    assert find_expansions("ca trực đêm, tha tù, cát sỏi") == []
    assert expand_terms("tai nan giao thong") == query_terms("tai nan giao thong") + ["~tngt"]


def test_expand_query_text() -> None:
    assert expand_query("Tình hình ANTT") == "Tình hình ANTT (an ninh trật tự)"
    assert expand_query("an ninh trật tự năm 2021") == "an ninh trật tự năm 2021 (ANTT)"
    assert expand_query("ANTT và an ninh trật tự") == "ANTT và an ninh trật tự"  # nothing new to add
    assert expand_query("Công tác PCCC") == "Công tác PCCC (phòng cháy chữa cháy)"


def test_expansion_terms_are_added_once_and_never_duplicated() -> None:
    base = query_terms("Tình hình ANTT")
    expanded = expand_terms("Tình hình ANTT")
    assert expanded[: len(base)] == base
    added = expanded[len(base):]
    assert added == ["~an_ninh", "~ninh_trat", "~trat_tu"]  # phrase bigrams, each once (half weight)
    # both sides in the query: nothing is added twice
    both = expand_terms("ANTT và an ninh trật tự")
    assert both == query_terms("ANTT và an ninh trật tự")
    # the reverse direction adds the abbreviation once
    assert expand_terms("an ninh trật tự") == query_terms("an ninh trật tự") + ["~antt"]


def test_custom_glossary_object() -> None:
    g = Glossary.from_mapping({"BCĐ": ["Ban chỉ đạo"]})
    assert expand_terms("bcd 138", g)[-2:] == ["~ban_chi", "~chi_dao"]
    assert expand_query("Ban chỉ đạo 138 huyện", g) == "Ban chỉ đạo 138 huyện (BCĐ)"
    assert "bcđ" in tokens("BCĐ")


# ----------------------------------------------------------------------------------- retrieval over the seeds


@pytest.fixture(scope="module")
def seed_sentences(seed_texts: dict[str, str]) -> list[str]:
    out = []
    for text in seed_texts.values():
        for line in text.split("\n"):
            out += [s.strip() for s in re.split(r"(?<=[.!?…])\s+", line) if len(s.strip()) > 3]
    return out


def rank(sents: list[str], terms: list[str], k: int = 3) -> list[str]:
    ids, vocab = build_vocab_ids([index_terms(s) for s in sents])
    retriever = bm25s.BM25()
    retriever.index((ids, vocab), show_progress=False)
    qids = query_ids(terms, vocab)
    scores = retriever.get_scores(qids) if qids else np.zeros(len(sents))  # bm25s needs a non-empty list
    return [sents[i] for i in np.argsort(-scores, kind="stable")[:k] if scores[i] > 0]


def says_antt(s: str) -> bool:
    return "ANTT" in s


def says_spelled(s: str) -> bool:
    return "an ninh trật tự" in s.lower() or "an ninh, trật tự" in s.lower()


def test_abbreviation_query_finds_spelled_out_passages(seed_sentences: list[str]) -> None:
    only_spelled = [s for s in seed_sentences if not says_antt(s)]
    assert any(says_spelled(s) for s in only_spelled)
    assert rank(only_spelled, query_terms("ANTT")) == []  # the gap the glossary fills
    assert all(says_spelled(s) for s in rank(only_spelled, expand_terms("ANTT")))
    query = "đảm bảo ANTT"
    assert not says_spelled(rank(only_spelled, query_terms(query))[0])
    top = rank(only_spelled, expand_terms(query))
    assert says_spelled(top[0]) and says_spelled(top[1])


def test_spelled_out_query_finds_abbreviated_passages(seed_sentences: list[str]) -> None:
    only_abbr = [s for s in seed_sentences if not says_spelled(s)]
    query = "xây dựng mô hình tự quản về an ninh trật tự"
    top = rank(only_abbr, expand_terms(query))
    assert "Thôn tự quản về ANTT" in top[0] or "Họ giáo tự quản về ANTT" in top[0]


@pytest.mark.parametrize("query", ["ANTT", "antt", "an ninh trật tự", "an ninh trat tu"])
def test_both_forms_reach_both_kinds_of_passage(seed_sentences: list[str], query: str) -> None:
    top = rank(seed_sentences, expand_terms(query), k=5)
    assert any(says_antt(s) for s in top) and any(says_spelled(s) for s in top)


def test_expansion_does_not_swamp_the_rest_of_the_question(seed_sentences: list[str]) -> None:
    query = "Năm 2021 có bao nhiêu xã đạt tiêu chuẩn an toàn về ANTT"
    assert "195/204 xã phường đạt tiêu chuẩn an toàn về ANTT" in rank(seed_sentences, expand_terms(query))[0]


def test_a_question_writing_the_head_of_a_phrase_uses_its_abbreviation():
    from retrieval.glossary import abbreviated_heads, spell_out

    # VNTC PL_TN_(3252) writes "17.952 chiếc ĐTDĐ"; "Dương nhận của Mỹ bao nhiêu chiếc điện thoại?" found nothing
    heads = abbreviated_heads("Dương nhận của Mỹ bao nhiêu chiếc điện thoại?")
    assert [(h.matched, h.abbr) for h in heads] == [("điện thoại", "ĐTDĐ")]
    assert heads[0].from_phrase
    # a phrase written whole is no head of another ("giao thông" of "tai nạn giao thông" is no GTVT)
    assert abbreviated_heads("Có bao nhiêu vụ tai nạn giao thông?") == []
    assert abbreviated_heads("Có bao nhiêu chiếc điện thoại di động?") == []  # the whole phrase: find_expansions'
    assert spell_out("chiếc ĐTDĐ hiệu") == "chiếc điện thoại di động hiệu"
    assert spell_out("vụ TNGT") == "vụ tai nạn giao thông"
    assert spell_out("vụ tai nạn") == "vụ tai nạn"

"""The dev sets are valid: the seed corpus is the sample reports, every positive exists, twins are twins,
and the XQuAD + VNTC distractor set builds deterministically outside the repo."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from retrieval.text_analysis import fold

REPO = Path(__file__).resolve().parent.parent
SEEDS_DEV = REPO / "eval" / "seeds_dev"
sys.path.insert(0, str(REPO / "scripts"))


def _jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def corpus() -> dict[str, str]:
    return {r["doc_id"]: r["text"] for r in _jsonl(SEEDS_DEV / "corpus.jsonl")}


@pytest.fixture(scope="module")
def questions() -> list[dict]:
    return _jsonl(SEEDS_DEV / "questions.jsonl")


def test_seed_corpus_is_the_sample_reports(corpus, seed_texts):
    assert {f"{d}.txt" for d in corpus} == set(seed_texts)
    for doc_id, text in corpus.items():
        assert text == seed_texts[f"{doc_id}.txt"]


def test_every_question_is_well_formed_and_its_positive_exists(corpus, questions):
    assert len(questions) >= 60
    qids = [q["qid"] for q in questions]
    assert len(set(qids)) == len(qids)
    assert len({q["question"] for q in questions}) == len(questions)
    for q in questions:
        assert q["question"].strip() and q["positive_doc_ids"]
        assert set(q["positive_doc_ids"]) <= set(corpus), q
    # every report is asked about, and every kind of question is there
    assert Counter(q["positive_doc_ids"][0] for q in questions).keys() == corpus.keys()
    kinds = Counter(q["kind"] for q in questions)
    assert {"figure", "person", "date", "paraphrase", "code", "place"} <= set(kinds)


def test_answers_are_in_their_report(corpus, questions):
    """The answer (or each part of a "; "-separated answer) occurs verbatim in the positive report."""
    for q in questions:
        text = corpus[q["positive_doc_ids"][0]]
        for part in q["answer_text"].split("; "):
            assert part in text, (q["qid"], part)


def test_twins_exist_and_match(questions):
    by_qid = {q["qid"]: q for q in questions}
    variants = Counter(q["variant"] for q in questions)
    assert variants["no_diacritics"] >= 20 and variants["abbreviation"] >= 10
    for q in questions:
        if q["variant"] not in ("no_diacritics", "abbreviation"):
            continue
        twin = by_qid[q["twin_of"]]
        assert twin["positive_doc_ids"] == q["positive_doc_ids"]
        if q["variant"] == "no_diacritics":
            assert q["question"] == fold(twin["question"]) and q["question"] != twin["question"]
        else:  # the abbreviated twin is shorter and written with an all-caps abbreviation
            assert len(q["question"]) < len(twin["question"])
            assert any(w.isupper() and len(w) >= 3 for w in q["question"].replace("?", " ").split())


def test_halves_keep_twins_together(questions):
    from benchmark_retrieval import half_of

    by_qid = {q["qid"]: q for q in questions}
    halves = Counter(half_of(q) for q in questions)
    assert halves["tune"] > 15 and halves["held-out"] > 15
    for q in questions:
        if q.get("twin_of"):
            assert half_of(q) == half_of(by_qid[q["twin_of"]])


def test_xquad_distractor_set_is_deterministic(shared_dir, tmp_path):
    from build_dev_sets import N_DISTRACTORS, build_xquad_vntc

    if not (shared_dir / "data" / "news_vntc.jsonl.gz").is_file():
        pytest.skip("VNTC news not available")
    a = build_xquad_vntc(shared_dir, tmp_path / "a", n=50)
    b = build_xquad_vntc(shared_dir, tmp_path / "b", n=50)
    assert (a / "corpus.jsonl").read_bytes() == (b / "corpus.jsonl").read_bytes()
    docs = _jsonl(a / "corpus.jsonl")
    ids = [d["doc_id"] for d in docs]
    assert len(ids) == len(set(ids))
    xquad = _jsonl(shared_dir / "data" / "xquad_vi_dev" / "corpus.jsonl")
    assert len(docs) == len(xquad) + 50
    assert sum(d.startswith("vntc::") for d in ids) == 50
    qs = _jsonl(a / "questions.jsonl")
    assert qs and all(set(q["positive_doc_ids"]) <= set(ids) for q in qs)
    assert not str(a).startswith(str(REPO))  # never written inside the repository
    assert N_DISTRACTORS == 2000


def _vntc_or_skip(shared_dir: Path) -> None:
    if not (shared_dir / "data" / "news_vntc.jsonl.gz").is_file():
        pytest.skip("VNTC news not available")


def test_inverse_cloze_set_removes_each_asked_sentence_from_its_article(shared_dir, tmp_path):
    from build_dev_sets import build_vntc_ict

    _vntc_or_skip(shared_dir)
    folder = build_vntc_ict(shared_dir, tmp_path, n=15)
    docs = {d["doc_id"]: d for d in _jsonl(folder / "corpus.jsonl")}
    qs = _jsonl(folder / "questions.jsonl")
    short = _jsonl(folder / "questions_short.jsonl")
    assert len(qs) == len(short) == 15 and len(docs) == 2000
    everything = "\n".join(d["text"] for d in docs.values())
    for q, s in zip(qs, short):
        assert q["question"] not in everything  # no verbatim shortcut left anywhere
        assert len(q["positive_doc_ids"]) == 1 and q["positive_doc_ids"][0] in docs
        assert q["question"].startswith(s["question"]) and len(s["question"].split()) <= 12


def test_headline_set_blanks_each_asked_headline(shared_dir, tmp_path):
    from build_dev_sets import build_vntc_title

    _vntc_or_skip(shared_dir)
    a = build_vntc_title(shared_dir, tmp_path / "a", n=40)
    b = build_vntc_title(shared_dir, tmp_path / "b", n=40)
    assert (a / "questions.jsonl").read_bytes() == (b / "questions.jsonl").read_bytes()
    docs = {d["doc_id"]: d for d in _jsonl(a / "corpus.jsonl")}
    qs = _jsonl(a / "questions.jsonl")
    assert len(qs) == 40 and len({q["positive_doc_ids"][0] for q in qs}) == 40
    titles = {d["title"].casefold() for d in docs.values()}
    everything = "\n".join(d["text"] for d in docs.values())
    for q in qs:
        assert docs[q["positive_doc_ids"][0]]["title"] == ""
        assert q["question"].casefold() not in titles and q["question"] not in everything
        assert len(q["question"].split()) >= 4

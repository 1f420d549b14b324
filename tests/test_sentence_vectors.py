"""Sentence vectors: stored with their passage, added to older indexes, removed with their document, and the
re-rank that uses them (pure math, then the real model on the bundled reports)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from corpus.chunking import build_passages
from index import sentence_vectors
from index.doc_store import DocStore
from index.indexer import ingest_paths, remove_documents
from index.report_index import ReportIndex
from index.storage import DataDir
from retrieval.hybrid import DEFAULT_CONFIG, FusionConfig, HybridSearcher, rank_order, sentence_rerank
from retrieval.question import analyze_question
from tests.fakes import HashEmbedder

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "corpus" / "samples"
DAK_TO = SAMPLES / "000_46187f3b83518a7b.txt"


def _store(data: Path) -> DocStore:
    return DocStore(DataDir(data).current() / "store.sqlite", readonly=True)


# ---------------------------------------------------------------------------------------------- pure parts


def test_sentence_texts_are_the_stored_sentences_of_a_real_report():
    text = DAK_TO.read_text(encoding="utf-8")
    passages = build_passages("dak-to", text)
    many = next(p for p in passages if len(p.sentences) >= 3)
    texts = sentence_vectors.sentence_texts(text, many)
    assert len(texts) == len(many.sentences)
    assert all(t and t in many.text for t in texts)  # each an exact piece of the passage
    assert texts[0] == text[many.sentences[0].start : many.sentences[0].end].strip()


def test_sentence_rerank_moves_only_the_top_and_lets_the_best_sentence_win():
    fused = {1: 2.0, 2: 1.9, 3: 1.0, 4: 0.5}
    order = rank_order(fused)
    best = {1: 0.80, 2: 0.90, 3: 0.95, 4: 0.99}
    out = sentence_rerank(order, fused, best, weight=15.0, depth=2)
    assert rank_order(out)[:2] == [2, 1]  # passage 2 has the sentence that answers
    assert out[2] == pytest.approx(1.9 + 15 * 0.1) and out[1] == fused[1]  # the cosine above the lowest, raw
    assert out[3] == fused[3] and out[4] == fused[4]  # below the depth nothing moves, whatever its sentences
    assert sentence_rerank(order, fused, best, weight=0.0, depth=2) == fused
    assert sentence_rerank(order, fused, {1: 0.8, 2: 0.8}, weight=1.0, depth=2) == fused  # no spread: no signal
    assert sentence_rerank(order, fused, {1: 0.8}, weight=1.0, depth=2) == fused  # one candidate: nothing to order


def test_raw_cosines_move_little_where_min_max_would_stretch_a_small_spread():
    fused = {1: 2.0, 2: 1.9}
    close = {1: 0.850, 2: 0.855}  # a vague question: every best sentence about as close
    assert rank_order(sentence_rerank([1, 2], fused, close, weight=15.0, depth=2)) == [1, 2]
    assert rank_order(sentence_rerank([1, 2], fused, close, weight=1.0, depth=2, scale="minmax")) == [2, 1]


def test_best_sentence_scores_take_the_maximum_and_skip_passages_without_vectors():
    q = np.array([1.0, 0.0], dtype=np.float32)
    vectors = {7: np.array([[0.0, 1.0], [0.6, 0.8]], dtype=np.float32)}
    assert sentence_vectors.best_sentence_scores(q, vectors, [7, 8]) == [pytest.approx(0.6), None]


# ---------------------------------------------------------------------------------------------- storage


def test_store_round_trip_float16_and_rejects_bad_vectors(tmp_path):
    store = DocStore(tmp_path / "s.sqlite")
    from corpus.document import Document

    doc = Document(doc_id="d", text="Câu một. Câu hai.")
    store.add_document(doc)
    [pid] = store.add_passages(build_passages("d", doc.text))
    vecs = np.random.default_rng(0).standard_normal((2, 8)).astype(np.float32)
    store.add_sentence_vectors(pid, vecs)
    got = store.sentence_vectors([pid, pid + 1])
    assert list(got) == [pid] and got[pid].dtype == np.float32
    np.testing.assert_allclose(got[pid], vecs, rtol=1e-3, atol=1e-3)
    with pytest.raises(ValueError, match=f"passage {pid}"):
        store.add_sentence_vectors(pid, np.full((2, 8), np.nan, dtype=np.float32))
    with pytest.raises(ValueError, match="shape"):
        store.add_sentence_vectors(pid, np.zeros(8, dtype=np.float32))
    assert store.passages_without_sentence_vectors() == []
    store.remove_document("d")
    assert store.sentence_vectors([pid]) == {}


def test_a_store_older_than_sentence_vectors_reads_as_having_none(tmp_path):
    path = tmp_path / "old.sqlite"
    store = DocStore(path)
    from corpus.document import Document

    doc = Document(doc_id="d", text="Câu một. Câu hai.")
    store.add_document(doc)
    ids = store.add_passages(build_passages("d", doc.text))
    store.conn.execute("DROP TABLE sentence_vectors")
    store.commit()
    store.close()
    old = DocStore(path, readonly=True)
    assert old.sentence_vectors(ids) == {}
    assert old.passages_without_sentence_vectors() == ids


# ---------------------------------------------------------------------------------------------- ingest


def test_ingest_embeds_every_sentence_of_every_passage(tmp_path):
    data = tmp_path / "data"
    report = ingest_paths(data, [SAMPLES], HashEmbedder())
    store = _store(data)
    passages = dict((pid, p) for pid, p, _ in store.all_passages())
    vectors = store.sentence_vectors(list(passages))
    assert set(vectors) == set(passages)
    assert all(vectors[pid].shape == (len(p.sentences) or 1, 64) for pid, p in passages.items())
    assert report.sentences_embedded == sum(v.shape[0] for v in vectors.values())
    assert report.sentence_vectors_backfilled == 0


def test_removing_a_report_removes_its_sentence_vectors(tmp_path):
    data = tmp_path / "data"
    ingest_paths(data, [SAMPLES], HashEmbedder())
    store = _store(data)
    dak_to = store.passage_ids_where(doc_ids=[DAK_TO.stem])
    store.close()
    remove_documents(data, [DAK_TO.stem])
    store = _store(data)
    assert store.sentence_vectors(dak_to) == {}
    assert len(store.sentence_vectors([pid for pid, _, _ in store.all_passages()])) == store.count_passages()


def test_turned_off_then_on_an_unchanged_ingest_adds_the_missing_sentence_vectors(tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("VNQA_SENTENCE_VECTORS", "0")
    first = ingest_paths(data, [SAMPLES], HashEmbedder())
    assert first.sentences_embedded == 0
    store = _store(data)
    n = store.count_passages()
    assert len(store.passages_without_sentence_vectors()) == n
    store.close()
    version = DataDir(data).version()
    emb = HashEmbedder()
    assert ingest_paths(data, [SAMPLES], emb).count("unchanged") == 5 and emb.calls == 0  # still off: a no-op
    monkeypatch.setenv("VNQA_SENTENCE_VECTORS", "1")
    again = ingest_paths(data, [SAMPLES], emb)
    assert again.count("unchanged") == 5 and again.passages_added == 0
    assert again.sentence_vectors_backfilled == n and "sentence vectors added" in again.summary()
    assert DataDir(data).version() != version
    store = _store(data)
    assert store.passages_without_sentence_vectors() == []
    calls = emb.calls
    assert ingest_paths(data, [SAMPLES], emb).sentence_vectors_backfilled == 0 and emb.calls == calls


def test_failure_while_embedding_sentences_keeps_the_previous_index(tmp_path):
    data = tmp_path / "data"
    ingest_paths(data, [DAK_TO], HashEmbedder())
    version = DataDir(data).version()
    # the passages of the four new reports fit in one batch (call 1); their sentences come next and fail
    failing = HashEmbedder(fail_after=1)
    with pytest.raises(RuntimeError, match="simulated"):
        ingest_paths(data, [SAMPLES], failing)
    assert DataDir(data).version() == version
    assert not [p for p in data.iterdir() if p.name.endswith(".tmp")]
    index = ReportIndex(data)
    assert index.store.count_documents() == 1


# ---------------------------------------------------------------------------------------------- search


def test_search_without_sentence_vectors_ranks_as_the_plain_fusion(tmp_path, monkeypatch):
    monkeypatch.setenv("VNQA_SENTENCE_VECTORS", "0")
    data = tmp_path / "data"
    ingest_paths(data, [SAMPLES], HashEmbedder())
    searcher = HybridSearcher(ReportIndex(data), HashEmbedder())
    q = "kết quả kiềm chế tai nạn giao thông"
    plain = searcher.search(q, 10, config=DEFAULT_CONFIG.__class__(sentence_weight=0)).hits
    hits = searcher.search(q, 10).hits
    assert [h.passage_id for h in hits] == [h.passage_id for h in plain]
    assert all(h.sentence_score is None for h in hits)


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    from index.embedder import Embedder

    data = tmp_path_factory.mktemp("sentences-real")
    embedder = Embedder.from_spec(None)
    ingest_paths(data, [SAMPLES], embedder)
    return ReportIndex(data), embedder


def test_the_best_sentence_of_a_real_passage_is_the_one_that_answers(real):
    index, embedder = real
    question = "Bao nhiêu xã, phường đạt tiêu chuẩn an toàn về an ninh trật tự?"
    searcher = HybridSearcher(index, embedder)
    analysis = analyze_question(question)
    cands = searcher.retrieve(question, analysis, 50)
    top = list(dict.fromkeys([pid for pid, _ in cands.keyword[:5]] + [pid for pid, _ in cands.dense[:10]]))
    vectors = index.sentence_vectors(top)
    assert set(vectors) == set(top)
    passages = index.store.passages(top)
    target = next(pid for pid in top if "195/204" in passages[pid].text)
    doc = index.store.document(passages[target].doc_id)
    texts = sentence_vectors.sentence_texts(doc.text, passages[target])
    best = int(np.argmax(vectors[target] @ cands.query_vec))
    assert "195/204" in texts[best], texts[best]
    hits = searcher.search(question, 5).hits
    assert "195/204" in hits[0].passage.text
    assert hits[0].sentence_score == pytest.approx(float((vectors[target] @ cands.query_vec).max()), abs=1e-5)


@pytest.mark.parametrize("code, doc", [("195/204", "002_d7785d41f27099bf"), ("23/2012/TT-BCA", "004_bae18dc72671c5b8")])
def test_a_code_alone_still_finds_its_report_first_with_the_sentence_rerank(real, code, doc):
    index, embedder = real
    hits = HybridSearcher(index, embedder).search(code, 3).hits
    assert hits[0].doc_id == doc and code in hits[0].passage.text


def test_an_unknown_sentence_scale_is_refused_by_name():
    with pytest.raises(ValueError, match="sentence_scale.*'softmax'"):
        FusionConfig(sentence_scale="softmax")

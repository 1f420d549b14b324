"""Hybrid passage search: dense (FAISS) and keyword (BM25) lists fused by reciprocal rank.

RRF needs no score calibration between the two lists, which matters here: e5 cosines sit in a
narrow band while BM25 scores are unbounded. Each list is cut at ``depth`` candidates.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from corpus.document import Passage
from index.report_index import ReportIndex
from retrieval.question import QuestionAnalysis, analyze_question

DEFAULT_DEPTH = 50
RRF_K = 60


@dataclass
class Filters:
    doc_ids: list[str] | None = None
    year_from: int | None = None
    year_to: int | None = None
    source: str | None = None

    def active(self) -> bool:
        return bool(self.doc_ids or self.year_from or self.year_to or self.source)


@dataclass
class Hit:
    passage_id: int
    doc_id: str
    passage: Passage
    score: float
    dense_rank: int | None = None
    keyword_rank: int | None = None
    dense_score: float | None = None
    keyword_score: float | None = None


@dataclass
class SearchResult:
    hits: list[Hit]
    analysis: QuestionAnalysis
    timings: dict = field(default_factory=dict)


def rrf_fuse(rankings: list[list[int]], weights: list[float] | None = None, k: int = RRF_K) -> dict[int, float]:
    """Reciprocal rank fusion: sum of w / (k + rank) over the lists an item appears in (rank from 1)."""
    weights = weights or [1.0] * len(rankings)
    fused: dict[int, float] = {}
    for ranking, w in zip(rankings, weights):
        for rank, item in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + w / (k + rank)
    return fused


class HybridSearcher:
    def __init__(self, index: ReportIndex, embedder, *, depth: int = DEFAULT_DEPTH, rrf_k: int = RRF_K,
                 dense_weight: float = 1.0, keyword_weight: float = 1.0):
        self.index = index
        self.embedder = embedder
        self.depth = depth
        self.rrf_k = rrf_k
        self.weights = [dense_weight, keyword_weight]

    def _allowed(self, filters: Filters | None) -> np.ndarray | None:
        if filters is None or not filters.active():
            return None
        store = self.index.require()
        ids = store.passage_ids_where(doc_ids=filters.doc_ids, year_from=filters.year_from,
                                      year_to=filters.year_to, source=filters.source)
        return np.asarray(ids, dtype=np.int64)

    def search(self, query: str, k: int = 10, *, filters: Filters | None = None, mode: str = "hybrid",
               analysis: QuestionAnalysis | None = None) -> SearchResult:
        """Ranked passages for ``query``; ``mode`` is "hybrid", "dense" or "keyword"."""
        if mode not in ("hybrid", "dense", "keyword"):
            raise ValueError(f"unknown search mode {mode!r}: use hybrid, dense or keyword")
        self.index.refresh()
        store = self.index.require()
        analysis = analysis or analyze_question(query)
        allowed = self._allowed(filters)
        timings: dict[str, float] = {}
        dense_ids = np.empty(0, np.int64)
        dense_scores = np.empty(0, np.float32)
        kw_ids = np.empty(0, np.int64)
        kw_scores = np.empty(0, np.float32)
        depth = max(self.depth, k)
        if mode in ("hybrid", "dense"):
            t = time.perf_counter()
            qvec = self.embedder.encode_queries([query])
            timings["embed_ms"] = (time.perf_counter() - t) * 1000
            t = time.perf_counter()
            dense_scores, dense_ids = self.index.dense_search(qvec, depth, allowed)
            timings["dense_ms"] = (time.perf_counter() - t) * 1000
        if mode in ("hybrid", "keyword"):
            t = time.perf_counter()
            kw_scores, kw_ids = self.index.keyword_search(analysis.terms, depth, allowed)
            timings["keyword_ms"] = (time.perf_counter() - t) * 1000

        dense_list = [int(i) for i in dense_ids]
        kw_list = [int(i) for i in kw_ids]
        if mode == "dense":
            fused = {pid: float(s) for pid, s in zip(dense_list, dense_scores)}
        elif mode == "keyword":
            fused = {pid: float(s) for pid, s in zip(kw_list, kw_scores)}
        else:
            fused = rrf_fuse([dense_list, kw_list], self.weights, self.rrf_k)
        order = sorted(fused, key=lambda pid: -fused[pid])[:k]
        passages = store.passages(order)
        d_rank = {pid: r for r, pid in enumerate(dense_list, start=1)}
        k_rank = {pid: r for r, pid in enumerate(kw_list, start=1)}
        d_score = dict(zip(dense_list, (float(s) for s in dense_scores)))
        k_score = dict(zip(kw_list, (float(s) for s in kw_scores)))
        hits = [Hit(pid, passages[pid].doc_id, passages[pid], fused[pid], d_rank.get(pid), k_rank.get(pid),
                    d_score.get(pid), k_score.get(pid)) for pid in order if pid in passages]
        return SearchResult(hits, analysis, timings)

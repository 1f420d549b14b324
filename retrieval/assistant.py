"""The assistant as one object: ingest, ask, search, list and remove, over one data directory.

The command line and the web app both talk to this class only, so they always behave the same.
The embedding model is loaded lazily (listing documents needs no model) and is the one recorded
in the index unless another is configured, in which case mixing is refused with a clear message.
"""
from __future__ import annotations

import os
import re
import time
from pathlib import Path

from index.indexer import IndexModelMismatch, IngestReport, ingest_paths, remove_documents
from index.report_index import ReportIndex
from retrieval.answer import ANSWER_DEPTH, Answer, compose_answer
from retrieval.hybrid import Filters, HybridSearcher, SearchResult
from retrieval.question import asks_newest
from retrieval.report_list import COMPARED_PER_REPORT, DATED_DEPTH

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = REPO / "data"
SAMPLES_DIR = REPO / "corpus" / "samples"


def default_data_dir() -> Path:
    return Path(os.environ.get("VNQA_DATA_DIR") or DEFAULT_DATA_DIR)


def understood(analysis) -> str | None:
    """How the question was read, when that differs from what was typed: its diacritics restored, chat shorthand
    spelt out ("bn" -> "bao nhiêu"), a misspelt name corrected ("John Sheeshanks" -> "John Sheepshanks"); None
    otherwise."""
    text = analysis.text
    for word, fixed in analysis.corrections.items():
        text = re.sub(rf"(?i)(?<!\w){re.escape(word)}(?!\w)",
                      lambda m, f=fixed: f[:1].upper() + f[1:] if m.group()[:1].isupper() else f, text)
    return text if analysis.restored or analysis.shorthand or text != analysis.text else None


class Assistant:
    def __init__(self, data_dir: Path | str | None = None, model: str | None = None):
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        self.model_spec = model or os.environ.get("VNQA_MODEL") or None
        self.index = ReportIndex(self.data_dir)
        self._embedder = None

    # -- model ------------------------------------------------------------
    @property
    def embedder(self):
        if self._embedder is None:
            from index.embedder import Embedder

            recorded = self.index.model_name
            spec = self.model_spec or recorded
            embedder = Embedder.from_spec(spec)
            if recorded and embedder.name != recorded and not self.index.is_empty:
                raise IndexModelMismatch(
                    f"the index in {self.data_dir} was built with {recorded!r} but the configured model is "
                    f"{embedder.name!r}; unset VNQA_MODEL / --model or use another --data-dir")
            self._embedder = embedder
        return self._embedder

    @property
    def searcher(self) -> HybridSearcher:
        return HybridSearcher(self.index, self.embedder)

    # -- writing ----------------------------------------------------------
    def ingest(self, paths: list[Path | str], *, progress=None, show_progress: bool = False,
               max_bytes: int | None = None) -> IngestReport:
        report = ingest_paths(self.data_dir, [Path(p) for p in paths], self.embedder, progress=progress,
                              show_progress=show_progress, max_bytes=max_bytes)
        self.index.refresh()
        return report

    def remove(self, targets: list[str]) -> IngestReport:
        report = remove_documents(self.data_dir, targets)
        self.index.refresh()
        return report

    def ensure_samples(self, *, progress=None, show_progress: bool = False) -> IngestReport | None:
        """On first start with an empty data directory, index the bundled sample reports."""
        self.index.refresh()
        if not self.index.is_empty or not SAMPLES_DIR.is_dir():
            return None
        return self.ingest([SAMPLES_DIR], progress=progress, show_progress=show_progress)

    # -- reading ----------------------------------------------------------
    def search(self, query: str, k: int = 10, *, filters: Filters | None = None, mode: str = "hybrid",
               per_doc: int | None = None) -> SearchResult:
        """Ranked passages; ``per_doc`` caps passages per report so one long report cannot fill the page."""
        return self.searcher.search(query, k, filters=filters, mode=mode, per_doc=per_doc)

    def ask(self, question: str, k: int = 5, *, filters: Filters | None = None) -> Answer:
        started = time.perf_counter()
        question = (question or "").strip()
        searcher = self.searcher
        analysis = searcher.analyze(question)
        if analysis.names_nothing or analysis.compares_nothing:  # nothing to search for: say so at once (an empty index is still an error)
            self.index.refresh()
            return compose_answer(question, [], self.index.require(), self.index.keywords, analysis)
        # "báo cáo nào …", a digest on a topic: one passage per report, so that five reports can be named
        per_doc = 1 if analysis.answer_type in ("reports", "digest") else None
        # a fact: five passages compete, and the best passage of further reports the first five leave out
        depth = max(k, 5) if per_doc else max(k, ANSWER_DEPTH)
        if analysis.compared or analysis.answer_type == "author":  # several passages per report: "So sánh …
            # giữa Đăk Tô và Tuyên Hóa" quotes each place's; "Ai viết bài về …" shows the sentence on the topic
            per_doc, depth = COMPARED_PER_REPORT, max(k, ANSWER_DEPTH)
        if analysis.answer_type == "reports" and asks_newest(question):  # the newest on a topic may rank tenth
            depth = max(depth, DATED_DEPTH)
        result = searcher.search(question, depth, filters=filters, analysis=analysis, per_doc=per_doc)
        store = self.index.require()
        answer = compose_answer(question, result.hits, store, self.index.keywords, analysis, max_sources=k)
        answer.understood_as = understood(analysis)
        answer.timings = dict(result.timings)
        answer.timings["total_ms"] = (time.perf_counter() - started) * 1000
        return answer

    def restore_diacritics(self, text: str) -> str:
        """``text`` with diacritics restored from the indexed reports' words when it was typed without any
        (unchanged otherwise, or when the index is empty): what follow-up resolution and the page show."""
        from retrieval.diacritics import restore_if_unaccented

        self.index.refresh()
        return restore_if_unaccented(text, self.index.diacritic_model)

    def documents(self) -> list[dict]:
        self.index.refresh()
        return self.index.store.document_summaries() if self.index.store else []

    def document(self, doc_id: str):
        self.index.refresh()
        return self.index.store.document(doc_id) if self.index.store else None

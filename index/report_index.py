"""The read path: one consistent snapshot of documents, vectors and keywords.

A ``ReportIndex`` opens the committed generation read-only and notices when a writer (another
process, or the upload tab) has committed a newer one, so a long-running web app always answers
from the latest complete index without ever seeing a half-written one.
"""
from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

from index.doc_store import DB_FILE, DocStore
from index.keyword_index import KeywordIndex
from index.storage import DataDir
from index.vector_store import VectorStore, load_vector_store


class EmptyIndexError(RuntimeError):
    pass


class ReportIndex:
    def __init__(self, data_dir: Path | str):
        self.data = DataDir(data_dir)
        self._lock = threading.Lock()
        self._version: str | None = None
        self.store: DocStore | None = None
        self.vectors: VectorStore | None = None
        self.keywords: KeywordIndex = KeywordIndex()
        self.manifest: dict = {}
        self._diacritics = None  # (version, model) built from the passages when the index predates the file
        self.refresh()

    @property
    def version(self) -> str | None:
        return self._version

    @property
    def is_empty(self) -> bool:
        return self.store is None or self.store.count_passages() == 0

    def refresh(self) -> bool:
        """Load the committed generation if it changed; returns True when it did."""
        with self._lock:
            version = self.data.version() if self.data.root.exists() else None
            if version == self._version:
                return False
            gen = self.data.current() if version else None
            if gen is None:
                self.store, self.vectors, self.keywords, self.manifest = None, None, KeywordIndex(), {}
            else:
                manifest = self.data.manifest()
                store = DocStore(gen / DB_FILE, readonly=True)
                vectors = load_vector_store(manifest.get("vector_backend", "faiss"), gen, int(manifest["dim"]))
                keywords = KeywordIndex.load(gen)
                old = self.store
                self.store, self.vectors, self.keywords, self.manifest = store, vectors, keywords, manifest
                if old is not None:
                    old.close()
            self._version = version
            return True

    @property
    def model_name(self) -> str | None:
        return self.manifest.get("model")

    def diacritic_model(self):
        """The corpus's ``DiacriticModel``: saved with the keyword index, or rebuilt once from the passages
        for an index written before it existed (kept in memory for this index version). None when empty."""
        if self.keywords.diacritics is not None:
            return self.keywords.diacritics
        store, version = self.store, self._version
        if store is None:
            return None
        with self._lock:
            if self._diacritics is None or self._diacritics[0] != version:
                from retrieval.diacritics import DiacriticModel

                texts = (f"{title}\n{p.text}" if title else p.text for _, p, title in store.all_passages())
                self._diacritics = (version, DiacriticModel.from_texts(texts))
            return self._diacritics[1]

    def require(self) -> DocStore:
        if self.store is None:
            raise EmptyIndexError("chỉ mục trống: hãy nạp báo cáo trước (python app.py ingest PATH)")
        return self.store

    def dense_search(self, query_vec: np.ndarray, k: int, allowed: np.ndarray | None = None):
        if self.vectors is None:
            return np.empty(0, np.float32), np.empty(0, np.int64)
        return self.vectors.search(query_vec, k, allowed)

    def sentence_vectors(self, ids: list[int]) -> dict[int, np.ndarray]:
        """Stored sentence vectors of these passages (those that have them)."""
        if self.store is None or not ids:
            return {}
        return self.store.sentence_vectors(ids)

    def keyword_search(self, terms: list[str], k: int, allowed: np.ndarray | None = None):
        return self.keywords.search(terms, k, allowed)

    def dense_scores(self, query_vec: np.ndarray, ids: list[int]) -> np.ndarray:
        if self.vectors is None or not ids:
            return np.full(len(ids), np.nan, dtype=np.float32)
        return self.vectors.scores(query_vec, np.asarray(ids, dtype=np.int64))

    def keyword_scores(self, terms: list[str], ids: list[int]) -> np.ndarray:
        return self.keywords.scores(terms, np.asarray(ids, dtype=np.int64))

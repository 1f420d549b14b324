"""Vector stores behind one small interface; FAISS on local files is the embedded default.

A store maps int64 passage ids to L2-normalised float32 vectors and answers inner-product top-k.
Everything entering FAISS is checked here (shape, dtype, finiteness) so a bad batch fails loudly
instead of corrupting the index. A distributed backend (Milvus) plugs in through ``create_vector_store``.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Protocol

import numpy as np

FAISS_FILE = "vectors.faiss"


class VectorStore(Protocol):
    dim: int

    def __len__(self) -> int: ...
    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None: ...
    def remove(self, ids: np.ndarray) -> int: ...
    def search(self, query: np.ndarray, k: int, allowed_ids: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]: ...
    def scores(self, query: np.ndarray, ids: np.ndarray) -> np.ndarray: ...
    def save(self, directory: Path) -> None: ...


def check_vectors(vectors: np.ndarray, dim: int, what: str = "vectors") -> np.ndarray:
    """Validate a batch before it reaches FAISS: 2-D, float32, the index's width, finite."""
    arr = np.asarray(vectors)
    if arr.ndim == 1:
        arr = arr.reshape(1, -1)
    if arr.ndim != 2 or arr.shape[1] != dim:
        raise ValueError(f"{what}: expected shape (n, {dim}), got {tuple(np.shape(vectors))}")
    if arr.dtype != np.float32:
        if not np.issubdtype(arr.dtype, np.floating):
            raise TypeError(f"{what}: expected float32, got {arr.dtype}")
        arr = arr.astype(np.float32)
    if not np.isfinite(arr).all():
        raise ValueError(f"{what}: contains NaN or infinite values")
    return np.ascontiguousarray(arr)


def check_ids(ids: np.ndarray, n: int) -> np.ndarray:
    arr = np.asarray(ids)
    if arr.ndim != 1 or arr.shape[0] != n:
        raise ValueError(f"ids: expected {n} ids, got shape {arr.shape}")
    if not np.issubdtype(arr.dtype, np.integer):
        raise TypeError(f"ids: expected integers, got {arr.dtype}")
    return np.ascontiguousarray(arr.astype(np.int64))


def _faiss():
    try:
        import faiss
    except ImportError as exc:  # pragma: no cover - installation problem
        raise ImportError("faiss-cpu is required for the vector index: pip install faiss-cpu") from exc
    return faiss


class FaissVectorStore:
    """Exact inner-product search (IndexFlatIP) keyed by passage id; exact is fast enough below ~1M passages."""

    def __init__(self, dim: int, index=None):
        faiss = _faiss()
        self.dim = int(dim)
        self._index = index if index is not None else faiss.IndexIDMap2(faiss.IndexFlatIP(self.dim))
        if self._index.d != self.dim:
            raise ValueError(f"FAISS index has dimension {self._index.d}, expected {self.dim}")

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        vecs = check_vectors(vectors, self.dim)
        self._index.add_with_ids(vecs, check_ids(ids, vecs.shape[0]))

    def remove(self, ids: np.ndarray) -> int:
        arr = np.asarray(ids, dtype=np.int64)
        if arr.size == 0:
            return 0
        return int(self._index.remove_ids(_faiss().IDSelectorBatch(arr)))

    def search(self, query: np.ndarray, k: int, allowed_ids: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (scores, ids) for one query vector; ``allowed_ids`` restricts the candidates."""
        faiss = _faiss()
        q = check_vectors(query, self.dim, "query")
        k = min(int(k), len(self))
        if k <= 0:
            return np.empty(0, np.float32), np.empty(0, np.int64)
        params = None
        if allowed_ids is not None:
            allowed = np.asarray(allowed_ids, dtype=np.int64)
            if allowed.size == 0:
                return np.empty(0, np.float32), np.empty(0, np.int64)
            params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(allowed))
        scores, ids = self._index.search(q, k, params=params)
        keep = ids[0] >= 0
        return scores[0][keep], ids[0][keep]

    def scores(self, query: np.ndarray, ids: np.ndarray) -> np.ndarray:
        """Inner products of one query vector with the stored vectors of ``ids`` (NaN for an unknown id):
        fusion completes the dense score of a passage only BM25 retrieved."""
        q = check_vectors(query, self.dim, "query")[0]
        out = np.full(len(ids), np.nan, dtype=np.float32)
        for i, pid in enumerate(np.asarray(ids, dtype=np.int64)):
            try:
                out[i] = float(np.dot(self._index.reconstruct(int(pid)), q))
            except RuntimeError:  # not in the index
                pass
        return out

    def save(self, directory: Path) -> None:
        path = Path(directory) / FAISS_FILE
        _faiss().write_index(self._index, str(path))
        with open(path, "rb") as fh:
            os.fsync(fh.fileno())

    @classmethod
    def load(cls, directory: Path, dim: int) -> "FaissVectorStore":
        path = Path(directory) / FAISS_FILE
        if not path.exists():
            return cls(dim)
        return cls(dim, _faiss().read_index(str(path)))


_BACKENDS: dict[str, Callable[..., VectorStore]] = {"faiss": FaissVectorStore}


def available_backends() -> list[str]:
    return sorted(_BACKENDS)


def _backend(name: str):
    if name not in _BACKENDS:
        raise ValueError(f"unknown vector store backend {name!r}; available: {', '.join(available_backends())}")
    return _BACKENDS[name]


def create_vector_store(backend: str, dim: int) -> VectorStore:
    """A new, empty store of the named backend (VNQA_VECTOR_BACKEND selects it in the app)."""
    return _backend(backend)(dim)


def load_vector_store(backend: str, directory: Path, dim: int) -> VectorStore:
    return _backend(backend).load(directory, dim)

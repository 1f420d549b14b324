"""BM25 keyword index over passage terms (bm25s), persisted beside the vectors.

The index is built once per ingest from the analyzer's terms and loaded from disk at start-up;
queries never rebuild it. Scores come back for passage ids, not bm25s row numbers.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np

KEYWORD_DIR = "keyword"
DIACRITICS_FILE = "diacritics.json.gz"  # the corpus's word statistics for restoring unaccented questions


def _bm25s():
    try:
        import bm25s
    except ImportError as exc:  # pragma: no cover - installation problem
        raise ImportError("bm25s is required for keyword search: pip install bm25s") from exc
    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it sets itself to DEBUG and chats on stderr
    return bm25s


class KeywordIndex:
    """BM25 over passage terms, and beside it the corpus's ``DiacriticModel`` (built from the same texts)."""

    def __init__(self, retriever=None, ids: np.ndarray | None = None, diacritics=None):
        self._retriever = retriever
        self._last: tuple[tuple[str, ...], np.ndarray | None] | None = None
        self.diacritics = diacritics
        self.ids = np.asarray(ids if ids is not None else [], dtype=np.int64)
        self._row = {int(pid): row for row, pid in enumerate(self.ids)}

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def build(cls, ids: list[int], term_lists: list[list[str]], diacritics=None) -> "KeywordIndex":
        if len(ids) != len(term_lists):
            raise ValueError(f"keyword index: {len(ids)} ids but {len(term_lists)} term lists")
        if not ids:
            return cls(diacritics=diacritics)
        retriever = _bm25s().BM25(k1=1.2, b=0.75)
        retriever.index([terms or [""] for terms in term_lists], show_progress=False)
        return cls(retriever, np.asarray(ids, dtype=np.int64), diacritics)

    def _all_scores(self, terms: list[str]) -> np.ndarray | None:
        """BM25 score of every passage (row order of ``ids``), or None when no term is known.

        The last query's array is kept (one entry, replaced atomically): hybrid search asks ``search`` and
        then ``scores`` for the same terms, and must not score the whole index twice."""
        if self._retriever is None or not terms:
            return None
        key = tuple(terms)
        last = self._last
        if last is not None and last[0] == key:
            return last[1]
        token_ids = self._retriever.get_tokens_ids(list(terms))
        result = np.asarray(self._retriever.get_scores_from_ids(token_ids), dtype=np.float32) if token_ids else None
        if result is not None:
            result.setflags(write=False)  # shared with the next caller: nobody may change it in place
        self._last = (key, result)
        return result

    def scores(self, terms: list[str], ids: np.ndarray) -> np.ndarray:
        """BM25 scores of the passages ``ids`` (0 for an unknown id): fusion completes the keyword score of a
        passage only the dense search retrieved."""
        all_scores = self._all_scores(terms)
        out = np.zeros(len(ids), dtype=np.float32)
        if all_scores is not None:
            for i, pid in enumerate(np.asarray(ids, dtype=np.int64)):
                row = self._row.get(int(pid))
                if row is not None:
                    out[i] = all_scores[row]
        return out

    def passages_with(self, term: str) -> np.ndarray:
        """Ids of the passages whose terms include ``term`` (its postings; empty when unknown): "does this
        report use the word at all?" without re-tokenising the report."""
        if self._retriever is None:
            return np.empty(0, np.int64)
        tid = self._retriever.vocab_dict.get(term)
        scores = self._retriever.scores
        indptr = np.asarray(scores["indptr"])
        if tid is None or tid + 1 >= len(indptr):
            return np.empty(0, np.int64)
        rows = np.asarray(scores["indices"][indptr[tid] : indptr[tid + 1]], dtype=np.int64)
        return self.ids[rows]

    def search(self, terms: list[str], k: int, allowed_ids: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (scores, ids) with score > 0; ``allowed_ids`` restricts the candidates."""
        scores = self._all_scores(terms)
        if scores is None:
            return np.empty(0, np.float32), np.empty(0, np.int64)
        if allowed_ids is not None:
            mask = np.zeros(len(scores), dtype=bool)
            rows = [self._row[int(i)] for i in np.asarray(allowed_ids) if int(i) in self._row]
            mask[rows] = True
            scores = np.where(mask, scores, 0.0)
        k = min(int(k), int((scores > 0).sum()))
        if k <= 0:
            return np.empty(0, np.float32), np.empty(0, np.int64)
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return scores[top], self.ids[top]

    def known(self, term: str) -> bool:
        return self._retriever is not None and term in self._retriever.vocab_dict

    def folded_words(self) -> list[str]:
        """The corpus's folded single words (no numbers, no pairs): what a misspelt name is matched against."""
        if self._retriever is None:
            return []
        if not hasattr(self, "_words"):
            self._words = sorted(t[1:] for t in self._retriever.vocab_dict
                                 if t.startswith("~") and "_" not in t and not any(c.isdigit() for c in t))
        return self._words

    def idf(self, terms: list[str]) -> dict[str, float]:
        """BM25 (Lucene) idf of each term; terms absent from the index get the maximum idf."""
        n = len(self.ids)
        if self._retriever is None or n == 0:
            return {t: 1.0 for t in terms}
        if not hasattr(self, "_df"):
            self._df = np.diff(np.asarray(self._retriever.scores["indptr"]))
        vocab = self._retriever.vocab_dict
        out = {}
        for t in terms:
            tid = vocab.get(t)
            df = int(self._df[tid]) if tid is not None and tid < len(self._df) else 0
            out[t] = float(np.log(1.0 + (n - df + 0.5) / (df + 0.5)))
        return out

    def save(self, directory: Path) -> None:
        target = Path(directory) / KEYWORD_DIR
        target.mkdir(parents=True, exist_ok=True)
        (target / "ids.json").write_text(json.dumps(self.ids.tolist()), encoding="utf-8")
        if self._retriever is not None:
            self._retriever.save(str(target), show_progress=False)
        if self.diacritics is not None:
            self.diacritics.save(target / DIACRITICS_FILE)

    @classmethod
    def load(cls, directory: Path) -> "KeywordIndex":
        target = Path(directory) / KEYWORD_DIR
        ids_file = target / "ids.json"
        if not ids_file.exists():
            return cls()
        ids = json.loads(ids_file.read_text(encoding="utf-8"))
        diacritics = _load_diacritics(target / DIACRITICS_FILE)
        if not ids:
            return cls(diacritics=diacritics)
        retriever = _bm25s().BM25.load(str(target), show_progress=False)
        return cls(retriever, np.asarray(ids, dtype=np.int64), diacritics)


def _load_diacritics(path: Path):
    """The saved model, or None (an index written before it existed, or a damaged file: the caller rebuilds)."""
    from retrieval.diacritics import DiacriticModel

    if not path.exists():
        return None
    try:
        return DiacriticModel.load(path)
    except (OSError, ValueError, KeyError, EOFError) as exc:
        logging.getLogger(__name__).warning("ignoring unreadable %s (%s); it will be rebuilt from the passages", path, exc)
        return None

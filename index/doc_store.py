"""SQLite storage for documents, passages and figures: the source of truth for every quote.

Passage ids are SQLite rowids and double as FAISS and BM25 ids. The stored document text is the
exact text offsets refer to, so a quote is always ``documents.text[start:end]``.
"""
from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from pathlib import Path
from typing import Iterable

import numpy as np

from corpus.document import Document, Passage, Span

DB_FILE = "store.sqlite"
KEEP = object()  # "leave this column as it is" for update_document_meta
SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    date TEXT,
    year INTEGER,
    source TEXT NOT NULL DEFAULT '',
    path TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL,
    text TEXT NOT NULL,
    meta TEXT NOT NULL DEFAULT '{}',
    added_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX IF NOT EXISTS documents_hash ON documents(content_hash);
CREATE INDEX IF NOT EXISTS documents_path ON documents(path);
CREATE TABLE IF NOT EXISTS passages (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentences TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS passages_doc ON passages(doc_id, ordinal);
CREATE TABLE IF NOT EXISTS figures (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    passage_id INTEGER REFERENCES passages(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    value REAL,
    unit TEXT,
    data TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS figures_doc ON figures(doc_id);
CREATE TABLE IF NOT EXISTS doc_signatures (doc_id TEXT PRIMARY KEY, minhash BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS sentence_vectors (
    passage_id INTEGER PRIMARY KEY REFERENCES passages(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    dim INTEGER NOT NULL,
    vectors BLOB NOT NULL
);
"""


class DocStore:
    def __init__(self, path: Path, *, readonly: bool = False):
        self.path = Path(path)
        if readonly:
            uri = f"file:{self.path}?mode=ro"
            self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        else:
            self.conn = sqlite3.connect(self.path, check_same_thread=False)
            self.conn.executescript(_SCHEMA)
            self.set_meta("schema_version", SCHEMA_VERSION)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")

    def close(self) -> None:
        self.conn.close()

    # -- meta -------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row["value"] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    # -- documents --------------------------------------------------------
    def add_document(self, doc: Document) -> None:
        self.conn.execute(
            "INSERT INTO documents(doc_id, title, date, year, source, path, content_hash, text, meta) VALUES (?,?,?,?,?,?,?,?,?)",
            (doc.doc_id, doc.title, doc.date, doc.year, doc.source, doc.path, doc.content_hash, doc.text,
             json.dumps(doc.meta, ensure_ascii=False)),
        )

    def remove_document(self, doc_id: str) -> list[int]:
        """Delete a document with its passages and figures; returns the removed passage ids."""
        ids = [r[0] for r in self.conn.execute("SELECT id FROM passages WHERE doc_id = ?", (doc_id,))]
        self.conn.execute("DELETE FROM sentence_vectors WHERE passage_id IN"
                          " (SELECT id FROM passages WHERE doc_id = ?)", (doc_id,))
        self.conn.execute("DELETE FROM figures WHERE doc_id = ?", (doc_id,))
        self.conn.execute("DELETE FROM passages WHERE doc_id = ?", (doc_id,))
        self.conn.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
        return ids

    def _doc(self, row: sqlite3.Row) -> Document:
        return Document(doc_id=row["doc_id"], text=row["text"], title=row["title"], date=row["date"], year=row["year"],
                        source=row["source"], path=row["path"], meta=json.loads(row["meta"]))

    def document(self, doc_id: str) -> Document | None:
        row = self.conn.execute("SELECT * FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return self._doc(row) if row else None

    def documents(self) -> list[Document]:
        return [self._doc(r) for r in self.conn.execute("SELECT * FROM documents ORDER BY doc_id")]

    def document_summaries(self) -> list[dict]:
        """Documents without their text, with passage counts (for listings)."""
        rows = self.conn.execute(
            "SELECT d.doc_id, d.title, d.date, d.year, d.source, d.path, d.meta, d.added_at, length(d.text) AS chars,"
            " (SELECT count(*) FROM passages p WHERE p.doc_id = d.doc_id) AS passages FROM documents d ORDER BY d.doc_id"
        )
        out = []
        for r in rows:
            item = dict(r)
            item["meta"] = json.loads(item["meta"])
            out.append(item)
        return out

    def find_by_hash(self, content_hash: str) -> str | None:
        row = self.conn.execute("SELECT doc_id FROM documents WHERE content_hash = ?", (content_hash,)).fetchone()
        return row["doc_id"] if row else None

    def find_by_path(self, path: str) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT doc_id FROM documents WHERE path = ?", (path,))]

    def hash_of(self, doc_id: str) -> str | None:
        row = self.conn.execute("SELECT content_hash FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return row["content_hash"] if row else None

    def count_documents(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    # -- passages ---------------------------------------------------------
    def add_passages(self, passages: Iterable[Passage]) -> list[int]:
        ids = []
        for p in passages:
            cur = self.conn.execute(
                "INSERT INTO passages(doc_id, ordinal, start, end, text, sentences) VALUES (?,?,?,?,?,?)",
                (p.doc_id, p.ordinal, p.start, p.end, p.text, json.dumps([[s.start, s.end] for s in p.sentences])),
            )
            ids.append(int(cur.lastrowid))
        return ids

    @staticmethod
    def _passage(row: sqlite3.Row) -> Passage:
        spans = [Span(a, b) for a, b in json.loads(row["sentences"])]
        return Passage(row["doc_id"], row["ordinal"], row["start"], row["end"], row["text"], spans)

    def passages(self, ids: Iterable[int]) -> dict[int, Passage]:
        ids = [int(i) for i in ids]
        out: dict[int, Passage] = {}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk : chunk + 500]
            q = f"SELECT * FROM passages WHERE id IN ({','.join('?' * len(part))})"
            for row in self.conn.execute(q, part):
                out[int(row["id"])] = self._passage(row)
        return out

    def passage_id(self, doc_id: str, ordinal: int) -> int | None:
        row = self.conn.execute("SELECT id FROM passages WHERE doc_id = ? AND ordinal = ?", (doc_id, ordinal)).fetchone()
        return int(row["id"]) if row else None

    def passage_at(self, doc_id: str, offset: int) -> int | None:
        """The passage holding character ``offset`` of a document (a byline, a figure found in the whole text)."""
        row = self.conn.execute("SELECT id FROM passages WHERE doc_id = ? AND start <= ? AND end > ? ORDER BY ordinal"
                                " LIMIT 1", (doc_id, int(offset), int(offset))).fetchone()
        return int(row["id"]) if row else None

    def all_passages(self) -> Iterable[tuple[int, Passage, str]]:
        """Every passage with its document title, in id order (for rebuilding the keyword index)."""
        q = "SELECT p.*, d.title AS title FROM passages p JOIN documents d ON d.doc_id = p.doc_id ORDER BY p.id"
        for row in self.conn.execute(q):
            yield int(row["id"]), self._passage(row), row["title"]

    def passage_ids_where(self, *, doc_ids: list[str] | None = None, year_from: int | None = None,
                          year_to: int | None = None, source: str | None = None) -> list[int]:
        """Passage ids of documents matching metadata filters (used to restrict both searches)."""
        clauses, params = [], []
        if doc_ids:
            clauses.append(f"d.doc_id IN ({','.join('?' * len(doc_ids))})")
            params.extend(doc_ids)
        if year_from is not None:
            clauses.append("d.year >= ?")
            params.append(year_from)
        if year_to is not None:
            clauses.append("d.year <= ?")
            params.append(year_to)
        if source:
            # Python folding, not SQLite lower(): that one leaves "Đ", "Ô"... upper-case
            if not getattr(self, "_folding_registered", False):
                self.conn.create_function("vnqa_fold", 2, _fold_sql, deterministic=True)
                self.conn.create_function("vnqa_names", 1, _meta_names, deterministic=True)
                self._folding_registered = True
            plain = _is_plain(source)
            clauses.append("(vnqa_fold(d.source, ?) LIKE ? OR vnqa_fold(d.title, ?) LIKE ? OR vnqa_fold(d.path, ?) LIKE ?"
                           " OR vnqa_fold(vnqa_names(d.meta), ?) LIKE ?)")
            like = f"%{fold(source, plain)}%"
            params.extend([plain, like] * 4)
        where = " AND ".join(clauses) or "1"
        # documents are filtered once (the folding functions run per document, not per passage)
        q = f"SELECT p.id FROM passages p WHERE p.doc_id IN (SELECT d.doc_id FROM documents d WHERE {where}) ORDER BY p.id"
        return [int(r[0]) for r in self.conn.execute(q, params)]

    def count_passages(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM passages").fetchone()[0])

    # -- figures ----------------------------------------------------------
    def add_figures(self, rows: Iterable[dict]) -> None:
        for f in rows:
            self.conn.execute(
                "INSERT INTO figures(doc_id, passage_id, start, end, sentence_start, sentence_end, text, value, unit, data)"
                " VALUES (?,?,?,?,?,?,?,?,?,?)",
                (f["doc_id"], f.get("passage_id"), f["start"], f["end"], f["sentence_start"], f["sentence_end"], f["text"],
                 f.get("value"), f.get("unit"), json.dumps(f.get("data", {}), ensure_ascii=False)),
            )

    def replace_figures(self, doc_id: str, rows: Iterable[dict]) -> None:
        self.conn.execute("DELETE FROM figures WHERE doc_id = ?", (doc_id,))
        self.add_figures(rows)

    def figures(self, doc_ids: list[str] | None = None) -> list[dict]:
        q, params = "SELECT * FROM figures", []
        if doc_ids:
            q += f" WHERE doc_id IN ({','.join('?' * len(doc_ids))})"
            params = list(doc_ids)
        out = []
        for r in self.conn.execute(q + " ORDER BY doc_id, start", params):
            item = dict(r)
            item["data"] = json.loads(item["data"])
            out.append(item)
        return out

    def commit(self) -> None:
        self.conn.commit()

    # -- additions: metadata corrections and near-duplicate signatures ---------
    def document_header(self, doc_id: str) -> dict | None:
        """A document's metadata without its text (cheap checks on re-ingest)."""
        row = self.conn.execute("SELECT doc_id, title, date, year, source, path, content_hash, meta FROM documents"
                                " WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        item = dict(row)
        item["meta"] = json.loads(item["meta"])
        return item

    def update_document_meta(self, doc_id: str, *, title=KEEP, date=KEEP, year=KEEP, source=KEEP,
                             meta: dict | None = None) -> bool:
        """Change a document's metadata in place (text, passages and vectors stay); False if unknown.

        Fields left at ``KEEP`` are not touched; ``None`` clears date or year.
        """
        sets, params = [], []
        for column, value in (("title", title), ("date", date), ("year", year), ("source", source)):
            if value is not KEEP:
                sets.append(f"{column} = ?")
                params.append(value)
        if meta is not None:
            sets.append("meta = ?")
            params.append(json.dumps(meta, ensure_ascii=False))
        if not sets:
            return self.document_header(doc_id) is not None
        cur = self.conn.execute(f"UPDATE documents SET {', '.join(sets)} WHERE doc_id = ?", (*params, doc_id))
        return cur.rowcount > 0

    def set_signature(self, doc_id: str, signature: bytes) -> None:
        self.conn.execute("INSERT OR REPLACE INTO doc_signatures(doc_id, minhash) VALUES (?, ?)", (doc_id, signature))

    def signatures(self) -> dict[str, bytes | None]:
        """MinHash signature of every stored document (None where an older index has none)."""
        try:
            rows = self.conn.execute("SELECT d.doc_id, s.minhash FROM documents d"
                                     " LEFT JOIN doc_signatures s ON s.doc_id = d.doc_id")
            return {r[0]: r[1] for r in rows}
        except sqlite3.OperationalError:  # a generation written before signatures existed
            return {r[0]: None for r in self.conn.execute("SELECT doc_id FROM documents")}

    # -- sentence vectors: each passage's sentences embedded on their own (see retrieval.hybrid) --------
    def add_sentence_vectors(self, passage_id: int, vectors: np.ndarray) -> None:
        """Store one passage's sentence vectors (n × dim, L2-normalised), as float16: a re-rank signal
        needs no more precision, and half the bytes keep the store small (≈ 5 KB per passage at 384 dims)."""
        arr = np.asarray(vectors)
        if arr.ndim != 2 or arr.shape[0] == 0 or not np.issubdtype(arr.dtype, np.floating):
            raise ValueError(f"sentence vectors of passage {passage_id}: expected a non-empty (n, dim) float array,"
                             f" got shape {arr.shape} {arr.dtype}")
        if not np.isfinite(arr).all():
            raise ValueError(f"sentence vectors of passage {passage_id}: contain NaN or infinite values")
        self.conn.execute("INSERT OR REPLACE INTO sentence_vectors(passage_id, n, dim, vectors) VALUES (?,?,?,?)",
                          (int(passage_id), int(arr.shape[0]), int(arr.shape[1]), arr.astype("<f2").tobytes()))

    def sentence_vectors(self, ids: Iterable[int]) -> dict[int, np.ndarray]:
        """float32 (n × dim) sentence vectors of the given passages that have them."""
        ids = [int(i) for i in ids]
        out: dict[int, np.ndarray] = {}
        try:
            for chunk in range(0, len(ids), 500):
                part = ids[chunk : chunk + 500]
                q = f"SELECT passage_id, n, dim, vectors FROM sentence_vectors WHERE passage_id IN ({','.join('?' * len(part))})"
                for pid, n, dim, blob in self.conn.execute(q, part):
                    out[int(pid)] = np.frombuffer(blob, dtype="<f2").reshape(n, dim).astype(np.float32)
        except sqlite3.OperationalError:  # a generation written before sentence vectors existed
            return {}
        return out

    def passages_without_sentence_vectors(self) -> list[int]:
        try:
            q = "SELECT p.id FROM passages p LEFT JOIN sentence_vectors s ON s.passage_id = p.id WHERE s.passage_id IS NULL ORDER BY p.id"
            return [int(r[0]) for r in self.conn.execute(q)]
        except sqlite3.OperationalError:
            return [int(r[0]) for r in self.conn.execute("SELECT id FROM passages ORDER BY id")]

    def text_of(self, doc_id: str) -> str | None:
        row = self.conn.execute("SELECT text FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return row[0] if row else None


_TONE_FIRST = re.compile("([ou])([\u0300\u0301\u0303\u0309\u0323])([aey])")
_NAME_KEYS = ("unit", "places", "author", "site")


def _is_plain(text: str) -> bool:
    return all(ord(c) < 128 for c in text)


def fold(text: str, strip_marks: bool = False) -> str:
    """Case-fold for filters; a query typed without diacritics ("Dak To") also drops them from the data."""
    text = unicodedata.normalize("NFC", text or "").casefold()
    # old and new tone placement are the same word: "Thuỷ" = "Thủy", "hoà" = "hòa"
    text = unicodedata.normalize("NFC", _TONE_FIRST.sub(r"\1\3\2", unicodedata.normalize("NFD", text)))
    if strip_marks:
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).replace("đ", "d")
    return text


def _fold_sql(text, strip_marks) -> str:
    return fold(str(text or ""), bool(strip_marks))


def _meta_names(meta_json) -> str:
    """Issuing unit, places and author from a document's meta JSON, as one searchable string."""
    try:
        meta = json.loads(meta_json or "{}")
    except ValueError:
        return ""
    parts = []
    for key in _NAME_KEYS:
        value = meta.get(key)
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, list):
            parts.extend(str(v) for v in value)
    return " | ".join(parts)

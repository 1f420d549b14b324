"""From files on disk to clean ``Document`` records ready for chunking and indexing.

Reading (formats, encodings) is ``corpus.readers``' job; this module gives each document a stable
id, removes a leading "date ..." stamp, and fills title/date/period from the text where the file
did not state them.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from corpus.document import Document
from corpus.metadata import extract_metadata
from corpus.readers import RawDocument, ReadError, iter_files, read_path

_ID_SAFE = re.compile(r"[^\w.\-]+", re.UNICODE)


def make_doc_id(path: str) -> str:
    """A readable id from the file name: '000_46187f3b83518a7b.txt' -> '000_46187f3b83518a7b'."""
    stem = Path(path.split("#", 1)[0]).stem
    return _ID_SAFE.sub("_", unicodedata.normalize("NFC", stem)).strip("_") or "doc"


def path_suffix(path: str) -> str:
    return hashlib.sha1(path.encode("utf-8")).hexdigest()[:8]


def prepare_document(raw: RawDocument) -> Document:
    """Turn a reader's output into a Document with id, title, date and period."""
    meta = dict(raw.meta or {})
    text = raw.text
    info = extract_metadata(text, fallback_title=Path(raw.path).stem)
    if info.body_start:
        text = text[info.body_start :]
        if "pages" in meta:  # keep page offsets pointing into the stored text
            meta["pages"] = [(p, max(0, a - info.body_start), max(0, b - info.body_start)) for p, a, b in meta["pages"]]
    doc_id = str(meta.pop("doc_id", "") or make_doc_id(raw.path))
    date = meta.pop("date", None) or info.date
    year = info.year
    if date and not year:
        try:
            year = int(str(date)[:4])
        except ValueError:
            year = None
    return Document(
        doc_id=doc_id,
        text=text,
        title=(raw.title or "").strip() or info.title,
        date=str(date) if date else None,
        year=year,
        source=str(meta.pop("source", "") or ""),
        path=raw.path,
        meta=meta,
    )


@dataclass
class LoadResult:
    path: str
    documents: list[Document] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def load_paths(paths: list[Path], *, max_bytes: int | None = None) -> Iterator[LoadResult]:
    """Read every supported file under ``paths``; a bad file yields an error line, never an exception."""
    kwargs = {"max_bytes": max_bytes} if max_bytes else {}
    for path in iter_files([Path(p).resolve() for p in paths]):
        result = LoadResult(str(path))
        try:
            raws = read_path(path, **kwargs)
        except ReadError as exc:
            result.errors.append(str(exc))
            yield result
            continue
        except Exception as exc:  # a reader bug must not stop the batch
            result.errors.append(f"{path}: unexpected error while reading ({type(exc).__name__}: {exc})")
            yield result
            continue
        for raw in raws:
            for err in (raw.meta or {}).get("errors", []):
                result.errors.append(str(err))
            if not raw.text.strip():
                result.errors.append(f"{raw.path}: no text")
                continue
            try:
                result.documents.append(prepare_document(raw))
            except Exception as exc:
                result.errors.append(f"{raw.path}: could not prepare document ({type(exc).__name__}: {exc})")
        yield result

"""The records that flow from ingestion to the index: documents, sentences and passages.

Offsets are always character offsets into ``Document.text`` (the cleaned, NFC text that is stored),
so every quote the assistant shows can be checked as ``document.text[start:end]``.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field


@dataclass
class Document:
    doc_id: str
    text: str
    title: str = ""
    date: str | None = None  # ISO-like: "2022-04-14", "2022-06" or "2017"
    year: int | None = None  # the period the report is about, when known
    source: str = ""  # file path or source name (e.g. "Người Lao Động")
    path: str = ""
    meta: dict = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def to_dict(self) -> dict:
        return asdict(self)

    def set_fields(self, fields: dict) -> None:
        """Apply user corrections (sidecar file or ``app.py meta``): title/date/year/source are
        attributes, anything else lives in ``meta`` (None removes it). A corrected date also moves
        the year unless the year itself is corrected."""
        for name, value in fields.items():
            if name == "title":
                self.title = value or self.title
            elif name == "source":
                self.source = value or ""
            elif name == "date":
                self.date = value or None
                if "year" not in fields:
                    self.year = int(str(value)[:4]) if value else None
            elif name == "year":
                self.year = value
            elif value is None:
                self.meta.pop(name, None)
            else:
                self.meta[name] = value


@dataclass(frozen=True)
class Span:
    """A contiguous slice ``text[start:end]`` of a document."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass
class Passage:
    doc_id: str
    ordinal: int  # position of the passage in its document
    start: int
    end: int
    text: str
    sentences: list[Span] = field(default_factory=list)  # absolute offsets, inside [start, end)


def content_hash(text: str) -> str:
    """A stable fingerprint of document content: re-ingesting unchanged text is a no-op."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()

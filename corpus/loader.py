"""From files on disk to clean ``Document`` records ready for chunking and indexing.

Reading (formats, encodings) is ``corpus.readers``' job; this module gives each document a stable
id, removes a leading "date ..." stamp, fills title/date/period, author byline, issuing unit and
places from the text where the file did not state them, and applies the user's corrections.

Corrections ("sidecar" metadata) override what was read from the text:

* ``<file>.meta.json`` next to a report (``bao-cao.docx.meta.json``, or ``bao-cao.meta.json``)::

      {"title": "Báo cáo tổng kết năm 2021", "date": "2021-12-20", "unit": "Công an huyện Đăk Tô",
       "author": "Hà Thuỷ", "source": "Cổng TTĐT Công an tỉnh Kon Tum", "places": ["huyện Đăk Tô"]}

* ``metadata.json`` in a folder: ``{"bao-cao.docx": {...same keys...}, "000_46187f3b83518a7b": {...}}``
  keyed by file name, path relative to the folder, or document id (for the rows of a .jsonl);
* ``metadata.csv`` in a folder (UTF-8, header row), column ``file`` (name, relative path or
  document id) and any of ``title,date,unit,author,source,places,year`` (places separated by ";").

Dates may be written "2022-04-14", "2022-06", "2022" or "14/4/2022"; an empty value clears a field.
A file's own ``.meta.json`` wins over a folder's table. Unknown keys or bad dates are reported as a
warning line for that file and ignored; the file is still indexed.
"""
from __future__ import annotations

import csv
import datetime
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from corpus.document import Document
from corpus.metadata import extract_metadata, extract_provenance
from corpus.readers import SUPPORTED_EXTENSIONS, RawDocument, ReadError, iter_files, read_path

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
    provenance = extract_provenance(text)
    for key, value in (("author", provenance.author), ("unit", provenance.unit), ("places", list(provenance.places))):
        if value and not meta.get(key):
            meta[key] = value
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
    skipped: bool = False  # a file in a folder that is not a report (unsupported type): said, not fatal


# ---------------------------------------------------------------------------------------------
# Sidecar corrections
# ---------------------------------------------------------------------------------------------
SIDECAR_SUFFIX = ".meta.json"
FOLDER_TABLES = ("metadata.json", "metadata.csv")
SIDECAR_FIELDS = ("title", "date", "year", "unit", "author", "source", "places")
_DMY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def normalize_date(value: str) -> str | None:
    """'14/4/2022' -> '2022-04-14'; '2022-6' -> '2022-06'; '2022' stays; None if not a date."""
    value = str(value).strip()
    m = _DMY.match(value)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        try:
            return datetime.date(year, month, day).isoformat()
        except ValueError:
            return None
    m = _ISO.match(value)
    if not m:
        return None
    parts = [int(g) for g in m.groups() if g]
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        return None
    if len(parts) > 2:
        try:
            datetime.date(*parts)
        except ValueError:
            return None
    return "-".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]])


def clean_overrides(raw: dict, where: str) -> tuple[dict, list[str]]:
    """Validated corrections from a sidecar entry, and one warning per thing ignored."""
    out, warnings = {}, []
    for key, value in raw.items():
        key = str(key).strip().lower()
        if key in ("file", "doc_id", "path", ""):
            continue
        if key not in SIDECAR_FIELDS:
            warnings.append(f"{where}: unknown metadata field {key!r} ignored (known: {', '.join(SIDECAR_FIELDS)})")
            continue
        if value is None or (isinstance(value, str) and not value.strip()):
            out[key] = None  # an explicit empty value clears the field
            continue
        if key == "places":
            items = value if isinstance(value, list) else str(value).split(";")
            out[key] = [unicodedata.normalize("NFC", str(v).strip()) for v in items if str(v).strip()]
        elif key == "date":
            date = normalize_date(str(value))
            if date is None:
                warnings.append(f"{where}: invalid date {value!r} ignored (use 2022-04-14, 2022-06, 2022 or 14/4/2022)")
                continue
            out[key] = date
        elif key == "year":
            try:
                out[key] = int(str(value).strip())
            except ValueError:
                warnings.append(f"{where}: invalid year {value!r} ignored")
        else:
            out[key] = unicodedata.normalize("NFC", str(value).strip())
    return out, warnings


def _read_folder_table(folder: Path) -> tuple[dict[str, dict], list[str]]:
    table: dict[str, dict] = {}
    warnings: list[str] = []
    for name in FOLDER_TABLES:
        f = folder / name
        if not f.is_file():
            continue
        try:
            if name.endswith(".json"):
                data = json.loads(f.read_text(encoding="utf-8-sig"))
                if isinstance(data, list):  # [{"file": "...", "title": ...}, ...]
                    data = {str(row.get("file") or row.get("doc_id") or ""): row for row in data if isinstance(row, dict)}
                if not isinstance(data, dict):
                    raise ValueError("expected an object keyed by file name")
                rows = {str(k): v for k, v in data.items() if isinstance(v, dict)}
            else:
                with open(f, encoding="utf-8-sig", newline="") as fh:
                    rows = {str(r.get("file") or r.get("doc_id") or "").strip(): r for r in csv.DictReader(fh)}
        except (OSError, UnicodeDecodeError, ValueError, csv.Error) as exc:
            warnings.append(f"{f}: cannot read metadata table ({type(exc).__name__}: {exc}); ignored")
            continue
        for key, row in rows.items():
            if key:
                table.setdefault(unicodedata.normalize("NFC", key), {}).update({"__from__": str(f), **row})
    return table, warnings


class SidecarResolver:
    """Finds the corrections for a file (or a .jsonl row), reading each folder's table once."""

    def __init__(self) -> None:
        self._tables: dict[Path, tuple[dict[str, dict], list[str]]] = {}
        self._reported: set[Path] = set()

    def _table(self, folder: Path) -> tuple[dict[str, dict], list[str]]:
        if folder not in self._tables:
            self._tables[folder] = _read_folder_table(folder)
        return self._tables[folder]

    def overrides(self, file: Path, doc_id: str) -> tuple[dict, list[str], str | None]:
        """(corrections, warnings, where they came from) for one document of ``file``."""
        warnings: list[str] = []
        merged: dict = {}
        sources: list[str] = []
        table, table_warnings = self._table(file.parent)
        if file.parent not in self._reported:
            warnings.extend(table_warnings)
            self._reported.add(file.parent)
        for root in [file.parent, *file.parent.parents][:3]:  # the folder table may sit a level or two up
            table = self._table(root)[0] if root != file.parent else table
            try:
                rel = file.relative_to(root).as_posix()
            except ValueError:
                continue
            for key in (doc_id, rel, file.name, file.stem):
                row = table.get(unicodedata.normalize("NFC", key))
                if row:
                    fields, warn = clean_overrides({k: v for k, v in row.items() if k != "__from__"}, row["__from__"])
                    merged.update(fields)
                    warnings.extend(warn)
                    sources.append(row["__from__"])
                    break
            if merged:
                break
        for candidate in (file.with_name(file.name + SIDECAR_SUFFIX), file.with_name(file.stem + SIDECAR_SUFFIX)):
            if not candidate.is_file():
                continue
            try:
                data = json.loads(candidate.read_text(encoding="utf-8-sig"))
                if not isinstance(data, dict):
                    raise ValueError("expected a JSON object")
            except (OSError, UnicodeDecodeError, ValueError) as exc:
                warnings.append(f"{candidate}: cannot read metadata file ({type(exc).__name__}: {exc}); ignored")
                break
            if doc_id in data and isinstance(data[doc_id], dict):  # a .jsonl's sidecar keyed by document id
                data = data[doc_id]
            elif any(isinstance(v, dict) for v in data.values()):
                break
            fields, warn = clean_overrides(data, str(candidate))
            merged.update(fields)
            warnings.extend(warn)
            sources.append(str(candidate))
            break
        return merged, warnings, "; ".join(sources) or None


def apply_overrides(doc: Document, overrides: dict, where: str | None) -> Document:
    """Put the user's corrections into the document; the fields are remembered as corrected."""
    if not overrides:
        return doc
    doc.set_fields(overrides)
    doc.meta["sidecar_fields"] = sorted(overrides)
    if where:
        doc.meta["sidecar"] = where
    return doc


def _is_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECAR_SUFFIX) or path.name in FOLDER_TABLES


def unsupported_in_folders(paths: list[Path]) -> list[Path]:
    """Files inside the given folders that will not be read (so the user is told, not left guessing)."""
    out = []
    for root in paths:
        if not root.is_dir():
            continue
        for p in sorted(root.rglob("*")):
            rel = p.relative_to(root).parts
            if not p.is_file() or any(part.startswith(".") for part in rel) or p.name.startswith("~$") or _is_sidecar(p):
                continue
            name = p.name.lower()
            if not any(name.endswith(ext) for ext in SUPPORTED_EXTENSIONS):
                out.append(p)
    return out


def load_paths(paths: list[Path], *, max_bytes: int | None = None, report_skipped: bool = True) -> Iterator[LoadResult]:
    """Read every supported file under ``paths``; a bad file yields an error line, never an exception."""
    kwargs = {"max_bytes": max_bytes} if max_bytes else {}
    roots = [Path(p).resolve() for p in paths]
    sidecars = SidecarResolver()
    if report_skipped:
        for p in unsupported_in_folders(roots):
            suffix = p.suffix.lower() or "(no extension)"
            yield LoadResult(str(p), errors=[f"{p}: unsupported type {suffix}, skipped (supported: "
                                             f"{', '.join(sorted(SUPPORTED_EXTENSIONS))})"], skipped=True)
    for path in iter_files(roots):
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
            if (raw.meta or {}).get("warning"):  # e.g. "extension .pdf but content is txt": read, but say so
                result.errors.append(f"{raw.path}: {raw.meta['warning']}")
            if not raw.text.strip():
                result.errors.append(f"{raw.path}: no text")
                continue
            try:
                doc = prepare_document(raw)
            except Exception as exc:
                result.errors.append(f"{raw.path}: could not prepare document ({type(exc).__name__}: {exc})")
                continue
            try:
                overrides, warnings, where = sidecars.overrides(path, doc.doc_id)
            except Exception as exc:  # a broken sidecar must not cost the report itself
                overrides, warnings, where = {}, [f"{path}: metadata corrections not applied ({type(exc).__name__}: {exc})"], None
            result.errors.extend(warnings)
            result.documents.append(apply_overrides(doc, overrides, where))
        yield result

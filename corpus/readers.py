"""Turn the files people actually send (DOCX, PDF, saved web pages, old TCVN3/VNI text, JSONL dumps)
into Unicode report text, or into a :class:`ReadError` that names the file and says why.

One bad file must never stop a batch: every failure inside a reader is turned into a ReadError.
The text returned here is the text all later character offsets refer to, so it is normalised once,
here (:func:`normalize_text`), and never again downstream.

JSONL: ``read_path`` returns one RawDocument per good line; bad lines do not fail the file.  Pass
``errors=[]`` to collect them as ReadErrors (path ``"file#line"``), or call :func:`read_jsonl`,
which returns ``(documents, line_errors)``.  A JSONL file with no good line raises ReadError.
The size limit applies per line for JSONL (a corpus dump is legitimately large), per file otherwise.
"""
from __future__ import annotations

import gzip
import json
import logging
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from corpus.encodings import UndecodableError, decode_bytes, repair_legacy_text
from corpus.web_cleaning import strip_web_furniture

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_EXTENSIONS",
    "RawDocument",
    "ReadError",
    "iter_files",
    "normalize_text",
    "read_jsonl",
    "read_path",
]

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
SUPPORTED_EXTENSIONS = {".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".jsonl", ".jsonl.gz"}
_TEXT_EXTENSIONS = {".txt", ".md", ".html", ".htm"}


@dataclass
class RawDocument:
    path: str  # source path, or "path#line" for JSONL rows
    text: str  # NFC, "\n"-separated paragraphs, normalised by normalize_text
    title: str | None = None
    meta: dict = field(default_factory=dict)


class ReadError(Exception):
    """A file (or JSONL line) that cannot be read; ``str(err)`` is "path: reason"."""

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


# ---------------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------------
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_INVISIBLE.update({ord("\u00a0"): " ", ord("\u202f"): " ", ord("\u2007"): " ", ord("\x0b"): "\n", ord("\x0c"): "\n"})
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def normalize_text(text: str) -> str:
    """NFC; CRLF/CR -> LF; no-break/zero-width spaces and control bytes cleaned; trailing spaces
    trimmed per line; runs of blank lines collapsed to a single blank line; outer blank lines dropped.

    Word's soft line break (\\v) and page break (\\f) become "\\n".  Soft hyphens are dropped.
    Leading indentation of lines is kept; whitespace around the whole text is removed.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text.translate(_INVISIBLE))
    text = _CONTROL.sub("", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


# ---------------------------------------------------------------------------------------------
# Public entry points
# ---------------------------------------------------------------------------------------------
def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand folders recursively (sorted; hidden files/folders and Office "~$" lock files skipped;
    only supported extensions).  Paths given explicitly are yielded whatever their type, so that
    ``read_path`` can report "unsupported type" or "file not found" for them."""
    seen: set[Path] = set()
    for root in paths:
        root = Path(root)
        if root.is_dir():
            candidates = sorted(p for p in root.rglob("*") if p.is_file())
            for p in candidates:
                rel = p.relative_to(root).parts
                if any(part.startswith(".") for part in rel) or p.name.startswith("~$"):
                    continue
                if _extension(p) not in SUPPORTED_EXTENSIONS:
                    continue
                if p not in seen:
                    seen.add(p)
                    yield p
        elif root not in seen:
            seen.add(root)
            yield root


def read_path(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, errors: list[ReadError] | None = None
) -> list[RawDocument]:
    """Read one file into documents (one, or one per line for JSONL).  Raises ReadError.

    ``errors``: for JSONL, per-line ReadErrors are appended here (logged as warnings if omitted).
    """
    path = Path(path)
    try:
        return _read(path, max_bytes, errors)
    except ReadError:
        raise
    except Exception as exc:  # one broken file must not stop the batch
        raise ReadError(path, f"unexpected error ({type(exc).__name__}: {exc})") from exc


def read_jsonl(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[RawDocument], list[ReadError]]:
    """Documents from the good lines of a .jsonl / .jsonl.gz file, and one ReadError per bad line."""
    path = Path(path)
    _check_file(path, max_bytes=None)
    docs: list[RawDocument] = []
    line_errors: list[ReadError] = []
    opener = gzip.open if _extension(path) == ".jsonl.gz" else open
    try:
        with opener(path, "rb") as fh:
            for lineno, raw in enumerate(fh, start=1):
                if not raw.strip():
                    continue
                where = f"{path}#{lineno}"
                if len(raw) > max_bytes:
                    line_errors.append(ReadError(where, f"line too large ({_human(len(raw))} > {_human(max_bytes)})"))
                    continue
                try:
                    docs.append(_jsonl_row(raw, where, lineno))
                except ReadError as err:
                    line_errors.append(err)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        if not docs:
            raise ReadError(path, f"cannot read JSONL ({type(exc).__name__}: {exc})") from exc
        line_errors.append(ReadError(path, f"file ends badly after {len(docs)} documents ({exc})"))
    if not docs:
        if not line_errors:
            raise ReadError(path, "empty file (no JSON lines)")
        raise ReadError(path, f"no valid JSON lines ({len(line_errors)} bad; first: {line_errors[0].reason})")
    return docs, line_errors


# ---------------------------------------------------------------------------------------------
# Dispatch
# ---------------------------------------------------------------------------------------------
def _extension(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".jsonl.gz"):
        return ".jsonl.gz"
    return path.suffix.lower()


def _human(n: int) -> str:
    for unit, size in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if n >= size:
            return f"{n / size:.1f} {unit}".replace(".0 ", " ")
    return f"{n} bytes"


def _check_file(path: Path, max_bytes: int | None) -> int:
    if not path.exists():
        raise ReadError(path, "file not found")
    if not path.is_file():
        raise ReadError(path, "not a regular file")
    size = path.stat().st_size
    if size == 0:
        raise ReadError(path, "empty file")
    if max_bytes is not None and size > max_bytes:
        raise ReadError(path, f"file too large ({_human(size)} > {_human(max_bytes)})")
    return size


def _sniff(head: bytes) -> str:
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    return "other"


def _read(path: Path, max_bytes: int, errors: list[ReadError] | None) -> list[RawDocument]:
    ext = _extension(path)
    if ext not in SUPPORTED_EXTENSIONS:
        hint = {".doc": " (old binary Word: save as .docx)", ".xls": " (spreadsheet)", ".xlsx": " (spreadsheet)"}
        raise ReadError(path, f"unsupported type {ext or '(no extension)'}{hint.get(ext, '')}")
    if ext in (".jsonl", ".jsonl.gz"):
        docs, line_errors = read_jsonl(path, max_bytes=max_bytes)
        if errors is not None:
            errors.extend(line_errors)
        for err in line_errors:
            log.warning("skipped JSONL line: %s", err)
        return docs

    _check_file(path, max_bytes)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(path, f"cannot open file ({exc.strerror or exc})") from exc
    kind = _sniff(data[:2048])

    if kind == "ole":
        raise ReadError(path, "legacy binary Office file or password-protected document (OLE container), not DOCX")
    if kind == "pdf":
        doc = _read_pdf(path, data)
    elif kind == "zip":
        doc = _read_docx(path, data)
    elif ext == ".docx":
        doc = _read_mislabelled(path, data, "DOCX file (not a ZIP package)")
    elif ext == ".pdf":
        doc = _read_mislabelled(path, data, "valid PDF (no %PDF header)")
    elif ext in (".html", ".htm"):
        doc = _read_html(path, data)
    else:
        doc = _read_text(path, data, fmt=ext.lstrip("."))

    if kind in ("pdf", "zip") and ext not in (".pdf", ".docx"):
        doc.meta["warning"] = f"extension {ext} but content is {doc.meta['format'].upper()}"
    if not doc.text.strip():
        raise ReadError(path, f"no text content in {doc.meta['format'].upper()}")
    return [doc]


def _read_mislabelled(path: Path, data: bytes, expected: str) -> RawDocument:
    """A .docx/.pdf whose bytes are plain text or HTML: read it, but say so in meta."""
    try:
        text, _ = decode_bytes(data)
    except UndecodableError:
        raise ReadError(path, f"not a {expected} and not text") from None
    ext = _extension(path)
    looks_html = re.match(r"\s*(<!doctype html|<html|<head|<body)", text[:1000], re.I) is not None
    doc = _read_html(path, data) if looks_html else _read_text(path, data, fmt="txt")
    doc.meta["warning"] = f"extension {ext} but content is {doc.meta['format']}"
    return doc


# ---------------------------------------------------------------------------------------------
# Plain text / Markdown
# ---------------------------------------------------------------------------------------------
def _decode(path: Path, data: bytes) -> tuple[str, str]:
    try:
        return decode_bytes(data)
    except UndecodableError as exc:
        raise ReadError(path, str(exc)) from None


def _read_text(path: Path, data: bytes, fmt: str) -> RawDocument:
    text, encoding = _decode(path, data)
    text, removed = strip_web_furniture(normalize_text(text))
    title = None
    if fmt == "md":
        m = re.search(r"^#\s+(.+?)\s*#*\s*$", text, re.M)
        title = m.group(1) if m else None
    meta = {"format": fmt, "encoding": encoding}
    if removed:
        meta["removed_furniture"] = removed
    return RawDocument(path=str(path), text=normalize_text(text), title=title, meta=meta)


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_LEGACY_DECLARED = {"iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "us-ascii", "ascii"}


def _decode_html(path: Path, data: bytes) -> tuple[str, str]:
    """Declared charset if it decodes cleanly; Latin-1 declarations (typical of .VnTime/VNI-font
    sites) and missing ones go through Vietnamese detection."""
    m = _META_CHARSET.search(data[:4096])
    declared = m.group(1).decode("ascii").lower() if m else None
    if declared and declared not in _LEGACY_DECLARED:
        try:
            return unicodedata.normalize("NFC", data.decode(declared)), declared
        except (LookupError, UnicodeDecodeError):
            pass
    return _decode(path, data)


def _read_html(path: Path, data: bytes) -> RawDocument:
    html, encoding = _decode_html(path, data)
    text, title, date = _trafilatura(html)
    extractor = "trafilatura"
    if not text.strip():
        text, extractor = _html_fallback(html), "lxml"
    text = re.sub(r"(?m)^\|[ \t]*(.*?)[ \t]*\|[ \t]*$", r"\1", text)  # table rows as "a | b", like DOCX
    title = title or _html_title(html)
    text, legacy = repair_legacy_text(text.replace("\r\n", "\n"))
    text, removed = strip_web_furniture(normalize_text(text))
    meta: dict = {"format": "html", "encoding": legacy or encoding, "extractor": extractor}
    if date:
        meta["date"] = date
    if removed:
        meta["removed_furniture"] = removed
    return RawDocument(path=str(path), text=normalize_text(text), title=title, meta=meta)


def _trafilatura(html: str) -> tuple[str, str | None, str | None]:
    try:
        import trafilatura
    except ImportError as exc:  # a broken install must be visible, not a silent quality drop
        log.warning("trafilatura unavailable (%s); saved web pages use the plain lxml extractor", exc)
        return "", None, None
    try:
        result = trafilatura.bare_extraction(
            html,
            include_comments=False,
            include_tables=True,
            favor_precision=True,
            with_metadata=True,
            # Only dates the page states (meta tags, time elements); the extensive search turns
            # "NĂM 2021" in the text into a made-up "2021-01-01".
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura can choke on odd markup; the lxml fallback still works
        log.debug("trafilatura failed: %s", exc)
        return "", None, None
    if not result:
        return "", None, None
    if not isinstance(result, dict):
        result = result.as_dict()
    return result.get("text") or "", (result.get("title") or None), (result.get("date") or None)


_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "select")
_BLOCK_TAGS = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "br", "table", "section", "article", "blockquote", "pre", "td", "th"}


def _html_fallback(html: str) -> str:
    """Visible text of the page with one paragraph per block element (used when trafilatura gives nothing)."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:
        return re.sub(r"<[^>]+>", " ", html)
    for el in root.xpath("|".join(f"//{t}" for t in _DROP_TAGS)):
        el.drop_tree()
    body = root.find("body") if root.find("body") is not None else root
    parts: list[str] = []
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in _BLOCK_TAGS:
            parts.append("\n" if el.tag not in ("td", "th") else " | ")
        if el.text:
            parts.append(el.text)
        if el.tail:
            parts.append(el.tail)
    text = "".join(parts)
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\n(\s*\|\s*)+", "\n", text)
    return "\n".join(line.strip(" |") for line in text.split("\n"))


def _html_title(html: str) -> str | None:
    """<title>, else the first <h1>."""
    import html as html_lib

    for pattern in (r"<title[^>]*>(.*?)</title>", r"<h1[^>]*>(.*?)</h1>"):
        m = re.search(pattern, html, re.I | re.S)
        if m:
            title = html_lib.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", m.group(1)))).strip()
            if title:
                return unicodedata.normalize("NFC", title)
    return None


# ---------------------------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------------------------
def _read_docx(path: Path, data: bytes) -> RawDocument:
    import io

    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if "word/document.xml" not in zf.namelist():
                raise ReadError(path, "not a DOCX (ZIP archive without word/document.xml)")
            bad = zf.testzip()
            if bad is not None:
                raise ReadError(path, f"corrupt or truncated DOCX (bad member {bad})")
        document = docx.Document(io.BytesIO(data))
    except ReadError:
        raise
    except Exception as exc:
        raise ReadError(path, f"corrupt or truncated DOCX ({type(exc).__name__})") from exc

    lines: list[str] = []
    title_para: str | None = None

    def walk(container, parent) -> None:
        nonlocal title_para
        for child in container.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                para = Paragraph(child, parent)
                lines.append(para.text)
                if title_para is None and para.text.strip() and _style_name(para) == "title":
                    title_para = para.text.strip()
            elif tag == "tbl":
                lines.extend(_table_rows(Table(child, parent)))
            elif tag in ("sdt", "sdtContent", "customXml", "ins", "smartTag"):
                walk(child, parent)

    walk(document.element.body, document)
    text, legacy = repair_legacy_text("\n".join(lines))  # before normalising: TCVN3 "ư" is U+00AD
    core = document.core_properties
    title = (core.title or "").strip() or title_para
    meta: dict = {"format": "docx"}
    if legacy:
        meta["encoding"] = legacy
    if core.created:
        meta["created"] = core.created.isoformat()  # the file's creation, not the report's date
    return RawDocument(path=str(path), text=normalize_text(text), title=title, meta=meta)


def _style_name(para) -> str:
    try:
        return (para.style.name or "").lower() if para.style is not None else ""
    except Exception:
        return ""


def _table_rows(table) -> list[str]:
    """One line per row, cells joined by " | " (merged cells once, nested tables flattened)."""
    from docx.table import _Cell

    rows: list[str] = []
    for tr in table._tbl.tr_lst:
        cells = []
        for tc in tr.tc_lst:
            cell = _Cell(tc, table)
            parts = [p.text for p in cell.paragraphs]
            for nested in cell.tables:
                parts.extend(_table_rows(nested))
            cells.append(" ".join(" ".join(parts).split()))
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            rows.append(" | ".join(cells))
    return rows


# ---------------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------------
def _read_pdf(path: Path, data: bytes) -> RawDocument:
    import io

    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        encrypted = reader.is_encrypted
    except Exception as exc:
        raise ReadError(path, f"corrupt or truncated PDF ({type(exc).__name__})") from exc
    if encrypted:
        try:
            ok = reader.decrypt("")
        except Exception as exc:
            raise ReadError(path, f"encrypted PDF (cannot decrypt: {exc})") from exc
        if not ok:
            raise ReadError(path, "encrypted PDF (password required)")
    try:
        n_pages = len(reader.pages)
    except Exception as exc:
        raise ReadError(path, f"corrupt or truncated PDF ({type(exc).__name__})") from exc
    if n_pages == 0:
        raise ReadError(path, "PDF has no pages")

    page_texts = _pdf_page_texts(path, data, reader)
    joined = "".join(page_texts)
    if not joined.strip():
        raise ReadError(path, f"scanned PDF with no text layer ({n_pages} pages, no extractable text)")
    if len(re.findall(r"\(cid:\d+\)", joined)) * 8 > len(joined) / 2:
        raise ReadError(path, "PDF text layer is not decodable (fonts without Unicode mapping)")

    parts: list[str] = []
    pages: list[tuple[int, int, int]] = []
    pos = 0
    legacy = None
    for number, raw in enumerate(page_texts, start=1):
        page_text, found = repair_legacy_text(raw)
        page_text = normalize_text(page_text)
        legacy = legacy or found
        if page_text and parts:
            parts.append("\n")
            pos += 1
        pages.append((number, pos, pos + len(page_text)))
        parts.append(page_text)
        pos += len(page_text)
    text = "".join(parts)
    meta: dict = {"format": "pdf", "pages": pages, "n_pages": n_pages}
    if legacy:
        meta["encoding"] = legacy
    return RawDocument(path=str(path), text=text, title=_pdf_title(reader), meta=meta)


def _pdf_page_texts(path: Path, data: bytes, reader) -> list[str]:
    import io

    try:
        import pdfplumber

        with pdfplumber.open(io.BytesIO(data), password="") as pdf:
            return [page.extract_text() or "" for page in pdf.pages]
    except Exception as exc:  # pdfminer is stricter than pypdf on damaged files: fall back
        log.debug("pdfplumber failed on %s: %s", path, exc)
    try:
        return [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:
        raise ReadError(path, f"corrupt or truncated PDF ({type(exc).__name__})") from exc


def _pdf_title(reader) -> str | None:
    try:
        title = (reader.metadata or {}).get("/Title")
    except Exception:
        return None
    title = str(title).strip() if title else ""
    title = re.sub(r"^Microsoft (Word|PowerPoint) - ", "", title)
    if not title or re.search(r"\.(docx?|pdf|rtf|odt)$", title, re.I) or title.lower() in ("untitled", "document"):
        return None
    return unicodedata.normalize("NFC", title)


# ---------------------------------------------------------------------------------------------
# JSONL rows
# ---------------------------------------------------------------------------------------------
def _jsonl_row(raw: bytes, where: str, lineno: int) -> RawDocument:
    try:
        row = json.loads(raw.decode("utf-8-sig") if lineno == 1 else raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ReadError(where, "line is not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise ReadError(where, f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(row, dict):
        raise ReadError(where, f"line is a JSON {type(row).__name__}, expected an object")
    text = row.get("text")
    if not isinstance(text, str):
        raise ReadError(where, "missing or non-string 'text'")
    # a dump's text is often a page saved from a site, like a .txt file: its menus and widgets are not the report
    # ("ĐẤU THẦU - MUA SẮM CÔNG" must not become its title), so the same file reads the same in either format
    text, removed = strip_web_furniture(normalize_text(text))
    text = normalize_text(text)
    if not text:
        raise ReadError(where, "empty 'text'")
    title = row.get("title")
    title = normalize_text(title) if isinstance(title, str) and title.strip() else None
    meta = {k: v for k, v in row.items() if k not in ("text", "title")}
    meta["format"] = "jsonl"
    meta["line"] = lineno
    if removed:
        meta["removed_furniture"] = removed
    if not meta.get("doc_id"):
        meta["doc_id"] = where.rsplit("/", 1)[-1]
    else:
        meta["doc_id"] = str(meta["doc_id"])
    return RawDocument(path=where, text=text, title=title, meta=meta)

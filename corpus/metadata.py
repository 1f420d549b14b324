"""Title, date and period stated by a report itself.

Reports rarely carry structured metadata; they say it in the text: a "date 2022-06" stamp from
the site that saved them, an opening "Chiều ngày 14/4/2022, ..." or "Chiều 3-6, ..." (year from
the context), an upper-case headline, a "năm 2021" in the title. These pure functions read those.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_DATE_STAMP = re.compile(r"^\s*date\s+(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\s*", re.IGNORECASE)
_DAY_PARTS = r"(?:(?:Sáng|Chiều|Trưa|Tối|Đêm)\s+)?(?:(?:ngày|hôm)\s+)?"
_OPENING_DATE = re.compile(
    r"^(?:Vừa qua,\s*)?" + _DAY_PARTS + r"(\d{1,2})\s*[/\-.]\s*(\d{1,2})(?:\s*[/\-.]\s*(\d{4}))?(?!\d)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\d/.,-])(19[5-9]\d|20[0-4]\d)(?![\d/.,]\d)")
_RANGE_END = re.compile(r"(?:19|20)\d\d\s*[–—-]\s*((?:19|20)\d\d)")
_TITLE_MAX = 220


@dataclass(frozen=True)
class TextMetadata:
    title: str
    date: str | None  # "2022-04-14", "2022-06" or None
    year: int | None  # the year the report is about
    body_start: int  # offset where the body begins once a "date ..." stamp is removed


def _valid(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


def years_in(text: str) -> list[int]:
    """Four-digit years written as years (not parts of dates like 14/4/2022 or codes)."""
    return [int(m.group(1)) for m in _YEAR.finditer(text)]


def latest_year(text: str) -> int | None:
    """The latest year a text speaks of, ignoring the far end of spans like "nhiệm kỳ 2021 – 2026"."""
    range_ends = {m.start(1) for m in _RANGE_END.finditer(text)}
    found = [int(m.group(1)) for m in _YEAR.finditer(text) if m.start(1) not in range_ends]
    return max(found) if found else None


def _first_line(text: str) -> str:
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return ""


def _looks_like_heading(line: str) -> bool:
    if not line or len(line) > _TITLE_MAX or line.endswith((".", ":", ";", ",")):
        return False
    letters = [c for c in line if c.isalpha()]
    upper_share = sum(c.isupper() for c in letters) / max(1, len(letters))
    return upper_share > 0.6 or len(line.split()) <= 25


def _shorten(sentence: str, limit: int = 140) -> str:
    sentence = sentence.strip().rstrip(".")
    if len(sentence) <= limit:
        return sentence
    cut = sentence.rfind(" ", 0, limit)
    return sentence[: cut if cut > 0 else limit].rstrip(",;:– -") + "…"


def _drop_opening_clause(sentence: str) -> str:
    """'Chiều ngày 14/4/2022, tại Hội trường X, Y tổ chức hội nghị Z' -> 'Y tổ chức hội nghị Z'."""
    parts = [p.strip() for p in sentence.split(",")]
    while len(parts) > 1 and (_OPENING_DATE.match(parts[0]) or parts[0].lower().startswith(("tại ", "vừa qua", "sáng", "chiều"))):
        parts.pop(0)
    return ", ".join(parts)


def extract_metadata(text: str, *, fallback_title: str = "") -> TextMetadata:
    """Title, date and period of a report from its own wording."""
    body_start, date, year = 0, None, None
    stamp = _DATE_STAMP.match(text)
    stamp_year = stamp_month = None
    if stamp:
        stamp_year, stamp_month = int(stamp.group(1)), int(stamp.group(2))
        date = f"{stamp_year:04d}-{stamp_month:02d}"
        if stamp.group(3):
            date += f"-{int(stamp.group(3)):02d}"
        body_start = stamp.end()
    body = text[body_start:]
    head = _first_line(body)

    # title: a heading line, else the first sentence without its date/place clause
    if _looks_like_heading(head) and not _OPENING_DATE.match(head):
        title = head
    else:
        first_sentence = re.split(r"(?<=[.!?])\s", head, maxsplit=1)[0]
        title = _shorten(_drop_opening_clause(first_sentence)) or fallback_title
    if not title:
        title = fallback_title

    # date: "Chiều ngày 14/4/2022", "Chiều 3-6" (year from the stamp or the text)
    for line in body.split("\n")[:6]:
        m = _OPENING_DATE.match(line.strip())
        if not m:
            continue
        day, month = int(m.group(1)), int(m.group(2))
        if not _valid(day, month):
            continue
        y = int(m.group(3)) if m.group(3) else stamp_year
        if y is None:
            y = latest_year(body)
        if y is not None:
            date = f"{y:04d}-{month:02d}-{day:02d}"
        break

    # period: the year named in the title, else the report's date, else the latest year it names
    title_years = years_in(title)
    if title_years:
        year = title_years[-1]
    elif date:
        year = int(date[:4])
    else:
        year = latest_year(body)
    return TextMetadata(title=title, date=date, year=year, body_start=body_start)

"""Report metadata as a reader cites it: date in Vietnamese order, file name, a pasteable citation.

The issuing unit is read at ingest (``corpus.metadata.extract_unit``) and stored in the document's
metadata, where the user can correct it; the page only displays it.
"""
from __future__ import annotations

import re

from corpus.metadata import vietnamese_date


def display_date(date: str | None, year: int | None = None) -> str:
    """ "2022-04-14" -> "14/04/2022", "2022-06" -> "06/2022"; no date but the year the report speaks of (read at
    ingest) -> "năm 2021"; neither -> "không rõ ngày"."""
    return vietnamese_date(date) or (f"năm {year}" if year else "không rõ ngày")


def file_name(path: str | None) -> str:
    return re.split(r"[\\/]", path or "")[-1]


def citation_text(src: dict, unit: str | None = None) -> str:
    """A citation a reader pastes into a note: title, unit, date, file and the cited sentence(s)."""
    bits = [src.get("title") or file_name(src.get("path"))]
    if unit:
        bits.append(unit)
    bits.append(display_date(src.get("date"), src.get("year")))
    quoted = [src["text"][a - src["start"] : b - src["start"]] for a, b in (src.get("highlights") or [])]
    quote = " … ".join(q.strip() for q in quoted if q.strip()) or src.get("text", "")[:300].strip()
    return f"{', '.join(bits)} ({file_name(src.get('path'))}): «{quote}»"


def lead_figures(ans: dict) -> list[dict]:
    """The figure(s) a figure answer leads with ("4 tập thể" and "10 cá nhân"), or a report digest lists, for
    the page and the brief; an answer without the ``lead`` flags (older exports) leads with its first figure."""
    if ans.get("answer_type") not in ("figure", "digest") or not ans.get("found") or not ans.get("figures"):
        return []  # (a refusal's nearest figure is not a lead)
    return [f for f in ans["figures"] if f.get("lead")] or ans["figures"][:1]


def report_notes(ans: dict) -> list[str]:
    """The lines a report list with quotes adds after them: a place compared that no report speaks of ("Không báo
    cáo nào về huyện Tuyên Hóa đã nạp nói đến nội dung này."); none for other answers."""
    if ans.get("answer_type") != "reports" or not ans.get("quotes"):
        return []
    return [line for line in str(ans.get("answer", "")).split("\n")[1:] if line and not line.startswith("[")]


def author_lines(ans: dict) -> list[str]:
    """What a "who wrote it" answer says besides its quotes: "Phương Hồng [1] — tác giả bài «…»", "Bài «…» [2]
    không ghi tên tác giả (nguồn: VnExpress)."; none for other answers."""
    if ans.get("answer_type") != "author" or not ans.get("found"):
        return []
    return [line for line in str(ans.get("answer", "")).split("\n") if line and not line.startswith("«")]


def shown_quotes(ans: dict) -> list[dict]:
    """The quotes a brief prints: a "who wrote it" answer's bylines are already its lines ("Phương Hồng [1] — …")."""
    quotes = ans.get("quotes") or []
    if ans.get("answer_type") != "author":
        return quotes
    names = {line.split(" [", 1)[0] for line in author_lines(ans)}
    return [q for q in quotes if q["text"] not in names]

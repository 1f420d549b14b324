"""Time periods named in a question: "năm 2021", "6 tháng đầu năm 2022", "quý I/2022", "từ năm 2019 đến nay".

Reports are about periods, and users ask by period, so the period is a search signal (a boost for passages
and documents that speak of it) and an explicit filter. Parsing runs on the folded text, so a question typed
without diacritics ("6 thang dau nam 2022") reads the same. "cùng kỳ" (same period of the previous year) is
flagged: the year before each named year then also counts as asked about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.text_analysis import fold, normalize

__all__ = ["Period", "find_periods", "mentions_same_period", "period_years"]

_Y = r"((?:19|20)\d{2})"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True)
class Period:
    """A span of months; ``year_to=None`` means open-ended ("đến nay")."""

    text: str
    year_from: int
    year_to: int | None
    month_from: int = 1
    month_to: int = 12

    def years(self, now: int | None = None) -> list[int]:
        end = self.year_to if self.year_to is not None else (now or self.year_from)
        return list(range(self.year_from, max(end, self.year_from) + 1))


# Order matters: longer, more specific forms first; a span already matched is not matched again.
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("since", re.compile(rf"\btu\s+(?:dau\s+)?(?:nam\s+)?{_Y}\s+(?:den|toi)\s+(?:nay|hien nay|bay gio)\b")),
    ("range", re.compile(rf"\b(?:tu\s+)?(?:nam\s+)?{_Y}\s*(?:-|–|—|den|toi)\s*(?:nam\s+)?{_Y}\b")),
    ("half", re.compile(rf"\b(\d{{1,2}})\s+thang\s+(dau|cuoi)\s+(?:nam\s+)?{_Y}\b")),
    ("quarter", re.compile(rf"\bquy\s+(iv|iii|ii|i|[1-4])\s*(?:/|-|nam\s+|\s)\s*{_Y}\b")),
    ("month", re.compile(rf"\bthang\s+(\d{{1,2}})\s*(?:/|-|nam\s+)\s*{_Y}\b")),
    ("year", re.compile(rf"(?:\bnam\s+)?(?<![\d/.,-]){_Y}(?![\d/.,-]\d)")),
]
_SAME_PERIOD = re.compile(r"\bcung ky\b")


def _key(text: str) -> str:
    """Folded, lowercase, with the en dash kept: character offsets equal those of ``text``."""
    return fold(normalize(text))


def find_periods(question: str) -> list[Period]:
    """Periods in reading order; "từ năm 2019 đến nay" is one open period, not a bare 2019."""
    key = _key(question)
    source = question if len(question) == len(key) else key  # quote the user's own words when offsets agree
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, Period]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(key):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            period = _period(kind, m, source[m.start():m.end()])
            if period is None:
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), period))
    return [p for _, p in sorted(found, key=lambda x: x[0])]


def _period(kind: str, m: re.Match, text: str) -> Period | None:
    g = m.groups()
    if kind == "since":
        return Period(text, int(g[0]), None)
    if kind == "range":
        a, b = int(g[0]), int(g[1])
        return Period(text, min(a, b), max(a, b)) if b - a <= 30 else None
    if kind == "half":
        n, year = int(g[0]), int(g[2])
        if not 1 <= n <= 12:
            return None
        return Period(text, year, year, 1, n) if g[1] == "dau" else Period(text, year, year, 13 - n, 12)
    if kind == "quarter":
        q, year = _ROMAN[g[0]], int(g[1])
        return Period(text, year, year, 3 * q - 2, 3 * q)
    if kind == "month":
        month, year = int(g[0]), int(g[1])
        return Period(text, year, year, month, month) if 1 <= month <= 12 else None
    year = int(g[0])
    return Period(text, year, year)


def mentions_same_period(question: str) -> bool:
    """True for "so với cùng kỳ": the comparison period is the year before."""
    return bool(_SAME_PERIOD.search(_key(question)))


def period_years(periods: list[Period], same_period: bool = False, now: int | None = None) -> list[int]:
    """Every year the question is about, sorted; "cùng kỳ" after a single year adds the year before."""
    years: set[int] = set()
    for p in periods:
        years.update(p.years(now))
    if same_period and len(years) == 1:  # "năm 2021 ... so với cùng kỳ": 2020 is asked about too
        years.add(next(iter(years)) - 1)
    return sorted(years)

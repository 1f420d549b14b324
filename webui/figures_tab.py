"""The figures dashboard: every figure the reports state, by subject and year, and series to chart.

A series is one subject (e.g. "tỷ lệ tội phạm và vi phạm pháp luật") stated for two or more
years in the same unit in one report, e.g. "năm 2020 giảm 16,4% so với năm 2019; năm 2021 giảm
19,2% so với năm 2020". Decreases are charted as negative changes; values are the report's own.
"""
from __future__ import annotations

from collections import defaultdict

COLUMNS = ["Chỉ tiêu", "Số liệu", "Xu hướng", "Năm", "So với", "Báo cáo"]
DIRECTION = {"tăng": "▲ tăng", "giảm": "▼ giảm"}


def subject_of(fig: dict) -> str:
    data = fig.get("data") or {}
    subject = (data.get("subject") or data.get("counted") or fig.get("unit") or "").strip()
    return subject[:1].upper() + subject[1:] if subject else "(không rõ chỉ tiêu)"


def figure_rows(figures: list[dict], titles: dict[str, str], *, subject: str | None = None,
                year: int | None = None) -> list[list]:
    """Table rows (see COLUMNS), figures with a direction or a year first, then by subject and year."""
    rows = []
    for f in figures:
        data = f.get("data") or {}
        if subject and subject_of(f) != subject:
            continue
        if year and data.get("year") != year:
            continue
        rows.append([subject_of(f), f["text"], DIRECTION.get(data.get("direction") or "", ""),
                     data.get("year") or "", data.get("baseline") or "", titles.get(f["doc_id"], f["doc_id"])])
    rows.sort(key=lambda r: (r[2] == "", r[0], str(r[3])))
    return rows


def series(figures: list[dict], titles: dict[str, str] | None = None) -> dict[str, list[dict]]:
    """Chartable series: name -> points ordered by year ({"Kỳ", "Năm", "Giá trị", "Số liệu"})."""
    groups: dict[tuple, dict[int, dict]] = defaultdict(dict)
    for f in figures:
        data = f.get("data") or {}
        year, value = data.get("year"), f.get("value")
        if year is None or value is None or not data.get("subject"):
            continue
        key = (f["doc_id"], subject_of(f), f.get("unit") or "", bool(data.get("direction")))
        groups[key].setdefault(int(year), f)  # first statement of a year wins
    out: dict[str, list[dict]] = {}
    for (doc_id, subject, unit, directional), by_year in groups.items():
        if len(by_year) < 2:
            continue
        points = []
        for year in sorted(by_year):
            f = by_year[year]
            data = f.get("data") or {}
            value = float(f["value"])
            if data.get("direction") == "giảm":
                value = -value
            label = f"{year}" + (f" ({data['baseline']})" if data.get("baseline") else "")
            points.append({"Kỳ": label, "Năm": year, "Giá trị": value, "Số liệu": f["text"], "directional": directional})
        suffix = " — thay đổi" if directional else ""
        where = f" · {titles[doc_id][:50]}" if titles and doc_id in titles else ""
        name = f"{subject} ({unit}){suffix}{where}" if unit else f"{subject}{suffix}{where}"
        out[name] = points
    return out


def subjects(figures: list[dict]) -> list[str]:
    return sorted({subject_of(f) for f in figures})

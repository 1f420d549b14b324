"""Example questions for the first screen, drawn from the reports actually loaded.

Questions are written from the figures the reports state ("Tỷ lệ tội phạm ... năm 2021 giảm bao
nhiêu so với năm 2020?") and from a few general phrasings; only those the assistant can answer
from the current index are shown, so a click never lands on "không tìm thấy".
"""
from __future__ import annotations

import re

GENERAL = [
    "Bao nhiêu xã, phường đạt tiêu chuẩn an toàn về ANTT?",
    "Công an tỉnh Thanh Hóa đã điều động bao nhiêu cán bộ, chiến sĩ về công an xã?",
    "Hội nghị sơ kết quy chế phối hợp ở địa bàn giáp ranh có những ai tham dự?",
    "Tai nạn giao thông năm 2020 giảm bao nhiêu phần trăm so với năm 2019?",
]
# what else the assistant does, shown beside the figures when the reports answer them: who holds a post, a yes/no
# verdict, a comparison between places
KINDS = [
    "Giám đốc Công an tỉnh Thanh Hóa là ai?",
    "Năm 2021 ở Đăk Tô có xảy ra khiếu nại không?",
    "So sánh kết quả phong trào toàn dân bảo vệ ANTQ giữa các địa phương",
]
_BASE_YEAR = re.compile(r"((?:19|20)\d\d)")


def questions_from_figures(figures: list[dict], limit: int = 6) -> list[str]:
    """One question per (subject, year) stated with a direction and a baseline year."""
    out, seen = [], set()
    for f in figures:
        data = f.get("data") or {}
        subject, year, direction = data.get("subject"), data.get("year"), data.get("direction")
        baseline = data.get("baseline") or ""
        base = _BASE_YEAR.search(baseline)
        if not (subject and year and direction and base) or len(subject) > 60:
            continue
        subject = subject[:1].upper() + subject[1:]
        q = f"{subject} năm {year} {direction} bao nhiêu so với năm {base.group(1)}?"
        if q not in seen:
            seen.add(q)
            out.append(q)
        if len(out) >= limit:
            break
    return out


def _answered(assistant, questions: list[str], n: int) -> list[str]:
    chosen = []
    for q in questions:
        if len(chosen) >= n:
            break
        try:
            if assistant.ask(q).found:
                chosen.append(q)
        except Exception:
            continue
    return chosen


def pick_examples(assistant, figures: list[dict], n: int = 4, kinds: int = 2) -> list[str]:
    """Up to ``n`` questions the current index answers: figure questions first, one per subject, then up to
    ``kinds`` of the other kinds of question (a first screen of four figure questions hides everything else)."""
    candidates, subjects = [], set()
    for q in questions_from_figures(figures):
        key = q.split(" năm ")[0]
        if key not in subjects:
            subjects.add(key)
            candidates.append(q)
    candidates += [q for q in GENERAL if q not in candidates]
    others = _answered(assistant, KINDS, min(kinds, n))
    return _answered(assistant, candidates, n - len(others)) + others

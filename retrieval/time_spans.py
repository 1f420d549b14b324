"""Spans of calendar time a question scopes its figure by: "Trong 4 ngày Tết …", "6 tháng đầu năm …", "Sau 03 năm …".

A report that states the span ("Hơn 170 người chết vì tai nạn giao thông trong 4 ngày Tết") holds the asked figure;
one that states another ("trong 6 ngày Tết Nguyên đán") does not. Pure functions over text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from retrieval.text_analysis import normalize

__all__ = ["ScopeSpan", "scope_match", "scope_spans"]

# "trong 4 ngày Tết", "6 tháng đầu năm", "sau 03 năm": a span of calendar time that scopes the asked figure
_SCOPE_SPAN = re.compile(r"(?i)(?<![\d/.,:-])(\d{1,3})\s+(ngày|tuần|tháng|quý|năm)\b(?:\s+([^\W\d_]+(?:\s+năm)?))?")
_SCOPE_NEXT_WORDS = frozenset("đầu cuối tết qua cao".split())  # "4 ngày Tết", "6 tháng đầu năm", "30 ngày cao điểm"


@dataclass(frozen=True)
class ScopeSpan:
    """A span of time a question states ("4 ngày Tết": number 4, unit "ngày", next "Tết")."""

    number: int
    unit: str
    next: str | None = None
    said: str = field(default="", compare=False)  # as the question writes it: "03 năm", "4 ngày tết"

    @property
    def counted(self) -> str:
        """Its number and unit as written ("4 ngày" of "4 ngày tết"): what the question counts, not names."""
        return " ".join(self.said.split()[:2])


def scope_spans(question: str) -> list[ScopeSpan]:
    """The spans of calendar time a question scopes its figure by ("Trong 4 ngày Tết xảy ra bao nhiêu vụ …?",
    "6 tháng đầu năm 2022 …"), never an asked one ("bao nhiêu ngày"). The word after the unit is kept when it
    names the span ("Tết", "đầu năm"), not when it goes on with the sentence ("xảy ra")."""
    out = []
    for m in _SCOPE_SPAN.finditer(normalize(question)):
        nxt = m.group(3)
        if nxt and nxt.split()[0].lower() not in _SCOPE_NEXT_WORDS:
            nxt = None
        said = m.group(0) if nxt else m.group(0)[: m.end(2) - m.start()]
        out.append(ScopeSpan(int(m.group(1)), m.group(2).lower(), nxt, said))
    return out


def scope_match(spans: list[ScopeSpan], text: str) -> int:
    """+1 when ``text`` (a report up to a figure) states every asked span; -1 when it states one with another
    number ("6 ngày Tết" for "4 ngày Tết"); else 0."""
    if not spans:
        return 0
    text = normalize(text)
    stated = True
    for sp in spans:
        tail = r"\s+" + re.escape(sp.next) + r"\b" if sp.next else r"\b"
        found = {int(n) for n in re.findall(r"(?i)(?<![\d/.,:-])(\d{1,3})\s+" + sp.unit + tail, text)}
        if sp.number not in found:
            stated = False
            if sp.next and found:
                return -1
    return 1 if stated else 0

"""What a question asks for: its answer type, the years it names, and its search terms."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.metadata import years_in
from retrieval.glossary import expand_terms
from retrieval.text_analysis import normalize

# Order matters: the first matching pattern decides the type.
_ANSWER_TYPES: list[tuple[str, re.Pattern]] = [
    ("figure", re.compile(r"\b(bao nhiêu|bao nhieu|mấy|may (vu|nguoi|xa)|tỷ lệ|tỉ lệ|ty le|số lượng|so luong|bao lâu|bao lau|"
                          r"tăng hay giảm|tang hay giam|giảm bao|tăng bao|mức (tăng|giảm)|phần trăm|phan tram)\b")),
    ("date", re.compile(r"\b(khi nào|khi nao|ngày nào|ngay nao|năm nào|nam nao|tháng nào|thang nao|thời gian nào|lúc nào|"
                        r"bao giờ|bao gio|vào ngày|ngày bao nhiêu)\b")),
    ("person", re.compile(r"(^|\s)(ai|những ai|nhung ai)(\s|\?|$)|\b(đồng chí nào|dong chi nao|người nào|nguoi nao)\b")),
    ("place", re.compile(r"\b(ở đâu|o dau|tại đâu|tai dau|nơi nào|noi nao|địa điểm nào|địa bàn nào)\b")),
    ("list", re.compile(r"\b(những|các|nhung|cac)\b.*\bnào\b|\b(gồm|bao gồm)\b.*\b(gì|nào)\b")),
    ("definition", re.compile(r"\b(là gì|la gi|gì|gi)\s*\??$")),
]


_ASKED_NOUN = re.compile(r"\b(?:bao nhiêu|bao nhieu|mấy)\s+(?!phần trăm|phan tram|%)([^\W\d_]+(?:\s+[^\W\d_]+)?)")


@dataclass
class QuestionAnalysis:
    text: str
    answer_type: str = "other"
    years: list[int] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    asked_noun: str | None = None  # "thành viên" in "có bao nhiêu thành viên?"

    @property
    def wants_figure(self) -> bool:
        return self.answer_type == "figure"


def answer_type(question: str) -> str:
    q = normalize(question).strip()
    # the date pattern "ngày bao nhiêu" must win over the figure pattern "bao nhiêu"
    if _ANSWER_TYPES[1][1].search(q) and re.search(r"\b(ngày|tháng|năm) bao nhiêu\b", q):
        return "date"
    for name, pattern in _ANSWER_TYPES:
        if pattern.search(q):
            return name
    return "other"


def asked_noun(question: str) -> str | None:
    """The noun a counting question asks for: "bao nhiêu cán bộ, chiến sĩ" -> "cán bộ"."""
    m = _ASKED_NOUN.search(normalize(question))
    return m.group(1) if m else None


def analyze_question(question: str) -> QuestionAnalysis:
    return QuestionAnalysis(
        text=question,
        answer_type=answer_type(question),
        years=years_in(question),
        terms=expand_terms(question),
        asked_noun=asked_noun(question),
    )

"""Follow-up questions resolved against the previous one: "Còn năm 2021 thì sao?".

A leader asks in a conversation, not in self-contained queries. A short follow-up that only
names a new period or a new place keeps the previous question's subject; its year replaces the
previous year (a baseline "so với năm 2019" moves by the same number of years) and its place
replaces or extends the previous place. A question that brings its own subject is left alone.
Pure functions over strings; nothing here touches the index.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from retrieval.lexicon import FUNCTION_WORDS

_YEAR = re.compile(r"(?<![\d/.,-])((?:19[5-9]|20[0-4])\d)(?![\d/.,]\d)")
# "so với (cùng kỳ) (năm) 2019": a baseline year, shifted together with the main year
_BASELINE_BEFORE = re.compile(r"(so với|so cùng kỳ|hơn|từ)\s+(cùng kỳ\s+)?(năm\s+)?$", re.IGNORECASE)

_ADMIN = r"(?i:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|thị trấn|xã|phường|địa bàn)"
_NAME_WORD = r"(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ][\w'-]*)"
# "ở huyện Tuyên Hóa", "tại tỉnh Thanh Hóa", "huyện Đăk Tô": a level word and a capitalised name
_PLACE = re.compile(rf"(?:(?i:ở|tại|trên địa bàn|trên)\s+)?({_ADMIN}\s+{_NAME_WORD}(?:\s+{_NAME_WORD})*)")

# a place named without its level, as people say it: "ở Đăk Tô", "báo cáo Sông Cầu", "Còn Tuyên Hóa thì sao?"
# (two to four capitalised words; one capitalised word is too often a person or a body)
_BARE_NAME = rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})"
_BARE_PLACE = re.compile(rf"(?:(?<!\w)(?i:ở|tại|báo cáo)\s+|^\s*(?i:còn|thế còn|vậy còn|riêng)\s+){_BARE_NAME}")

_FOLLOWUP_START = re.compile(r"^\s*(còn|thế còn|vậy còn|còn về|thế|vậy|và|riêng)\b", re.IGNORECASE)
_FOLLOWUP_END = re.compile(r"(thì sao|thì thế nào|thế nào|ra sao|như thế nào|thì như thế nào|thì ra sao)\s*\??\s*$",
                           re.IGNORECASE)
# Words a bare follow-up may contain besides its year and place.
_FILLER = FUNCTION_WORDS | frozenset("""còn thế vậy sao nào ra riêng năm đối giai đoạn kỳ địa bàn số liệu con
    tình hình kết quả báo cáo""".split())
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class Resolution:
    """The question to search with, and what was carried over (shown to the user)."""

    question: str  # as typed
    resolved: str  # self-contained question
    is_followup: bool = False
    carried: dict = field(default_factory=dict)  # {"subject": ..., "period": ..., "place": ...}


def years(text: str) -> list[int]:
    return [int(m.group(1)) for m in _YEAR.finditer(text)]


def _place_spans(text: str) -> list[tuple[int, int]]:
    """Where places are named, in order: with their level ("huyện Tuyên Hóa") or bare ("ở Đăk Tô")."""
    spans = [m.span(1) for m in _PLACE.finditer(text)]
    for m in _BARE_PLACE.finditer(text):
        if not any(a < m.end(1) and m.start(1) < b for a, b in spans):
            spans.append(m.span(1))
    return sorted(spans)


def places(text: str) -> list[str]:
    """Named places: "huyện Tuyên Hóa", "tỉnh Thanh Hóa", and names said without their level ("ở Đăk Tô")."""
    return [text[a:b].strip() for a, b in _place_spans(text)]


def _without_places(text: str) -> str:
    for a, b in reversed(_place_spans(text)):
        text = text[:a] + " " + text[b:]
    return text


def _residual_words(question: str) -> list[str]:
    text = _without_places(question)
    text = _YEAR.sub(" ", text)
    return [w for w in _WORD.findall(text.lower()) if w not in _FILLER]


def is_followup(question: str) -> bool:
    """A bare follow-up: a follow-up marker, a new year or place, and no subject of its own."""
    q = (question or "").strip()
    if not q:
        return False
    has_marker = bool(_FOLLOWUP_START.search(q) or _FOLLOWUP_END.search(q))
    has_slot = bool(years(q) or places(q))
    residual = _residual_words(q)
    if has_slot and not residual:
        return True  # "Năm 2021?", "Huyện Tuyên Hóa?"
    return has_marker and has_slot and len(residual) <= 1


def _main_and_baseline(text: str) -> tuple[list[re.Match], list[re.Match]]:
    main, baseline = [], []
    for m in _YEAR.finditer(text):
        (baseline if _BASELINE_BEFORE.search(text[: m.start()]) else main).append(m)
    return main, baseline


def _replace_years(previous: str, new_years: list[int]) -> str:
    """Put the follow-up's year(s) in place of the previous main year(s); shift baselines alike."""
    main, baseline = _main_and_baseline(previous)
    if not main and not baseline:
        return None
    if not main:  # only "so với năm 2019": treat it as the main year
        main, baseline = baseline, []
    delta = new_years[0] - int(main[0].group(1))
    repl: dict[int, tuple[int, str]] = {}
    for i, m in enumerate(main):
        repl[m.start(1)] = (m.end(1), str(new_years[min(i, len(new_years) - 1)]))
    if len(new_years) > 1 and baseline:  # "2021 so với 2019" asked explicitly
        for m in baseline:
            repl[m.start(1)] = (m.end(1), str(new_years[-1]))
    else:
        for m in baseline:
            repl[m.start(1)] = (m.end(1), str(int(m.group(1)) + delta))
    out, cursor = [], 0
    for start in sorted(repl):
        end, value = repl[start]
        out.append(previous[cursor:start])
        out.append(value)
        cursor = end
    out.append(previous[cursor:])
    return "".join(out)


def _strip_question_mark(text: str) -> tuple[str, str]:
    m = re.search(r"\s*\?+\s*$", text)
    return (text[: m.start()], "?") if m else (text.rstrip(), "")


def subject_of(question: str) -> str:
    """The previous question without its period and place: what is being asked about."""
    text = _without_places(question)
    text = re.sub(r"(so với\s+(cùng kỳ\s+)?)?(năm\s+)?" + _YEAR.pattern, " ", text)
    text = re.sub(r"\s+([,.?;:])", r"\1", re.sub(r"\s+", " ", text)).strip(" ,?")
    return text


def resolve_followup(question: str, previous: str | None) -> Resolution:
    """The self-contained question behind ``question`` given the previous (resolved) question."""
    q = (question or "").strip()
    prev = (previous or "").strip()
    if not prev or not is_followup(q):
        return Resolution(q, q)
    new_years = years(q)
    new_places = places(q)
    body, mark = _strip_question_mark(prev)
    carried: dict = {"subject": subject_of(prev)}
    if new_years:
        replaced = _replace_years(body, new_years)
        if replaced is None:
            body = f"{body} năm {new_years[0]}"
        else:
            body = replaced
        carried["period"] = ", ".join(f"năm {y}" for y in new_years)
    elif years(body):
        carried["period"] = ", ".join(f"năm {y}" for y in years(body))
    old_places = places(body)
    if new_places:
        if old_places:
            body = body.replace(old_places[0], new_places[0], 1)
        else:
            body = f"{body} ở {new_places[0]}"
        carried["place"] = new_places[0]
    elif old_places:
        carried["place"] = old_places[0]
    return Resolution(q, f"{body}{mark or '?'}", True, carried)

"""Words reports use for the same act or outcome: a figure stated with one answers a question asked with another.

"Ngô Tuấn Dũng cướp bao nhiêu tiền?" is answered by "… để trấn lột 5.000 đồng"; "bao nhiêu người chết" by "977
người tử vong". The groups are few and exact on purpose: each word of a group must be usable for any other in a
police or court report, and a group never holds a word that contains another of it ("trộm cắp" holds "trộm":
the report already matches). Words are compared folded (accents and tone placement never matter).
"""
from __future__ import annotations

import re
from functools import lru_cache

from retrieval.text_analysis import BIGRAM_JOINER, FOLD_PREFIX, fold, index_terms, normalize

__all__ = ["SYNONYM_GROUPS", "alternatives", "with_synonyms"]

SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("cướp", "trấn lột"),
    ("chết", "tử vong", "thiệt mạng", "tử nạn"),
    ("giết", "sát hại"),
    ("trộm", "đánh cắp", "lấy cắp"),
    ("ô tô", "ôtô", "xe hơi"),
    ("xe máy", "mô tô"),
    ("đánh bạc", "cờ bạc"),
    ("hiếp dâm", "cưỡng hiếp"),
    ("nặng", "trọng lượng"),
    ("đám cưới", "hôn lễ", "lễ cưới"),
)


def _key_terms(phrase: str) -> frozenset[str]:
    """The folded terms that say a text holds ``phrase``: its folded word, or its folded bigrams."""
    words = fold(normalize(phrase)).lower().split()
    if len(words) == 1:
        return frozenset({FOLD_PREFIX + words[0]})
    return frozenset(FOLD_PREFIX + a + BIGRAM_JOINER + b for a, b in zip(words, words[1:]))


@lru_cache(maxsize=1)
def _groups() -> tuple[tuple[tuple[str, frozenset[str]], ...], ...]:
    return tuple(tuple((fold(normalize(p)).lower(), _key_terms(p)) for p in group) for group in SYNONYM_GROUPS)


def alternatives(question: str) -> dict[str, tuple[frozenset[str], ...]]:
    """For each term of the question that belongs to a synonym it writes ("cướp" -> "cướp", "~cuop"), the term
    sets of the group's other words (each set all present = that word is written: {"~tran_lot"})."""
    said = " " + " ".join(re.findall(r"[^\W_]+", fold(normalize(question)).lower())) + " "
    out: dict[str, tuple[frozenset[str], ...]] = {}
    for group in _groups():
        for phrase, _terms in group:
            if f" {phrase} " not in said:
                continue
            others = tuple(t for p, t in group if p != phrase)
            for term in index_terms(phrase):  # the phrase's own terms, as the question's are made
                out[term] = out.get(term, ()) + others
            for term in index_terms(normalize(question)):  # and the accented forms the user typed
                if fold(term.lstrip(FOLD_PREFIX)).lower().replace(BIGRAM_JOINER, " ") in phrase.split() + [phrase]:
                    out[term] = out.get(term, ()) + others
    return {t: tuple(dict.fromkeys(v)) for t, v in out.items()}


def with_synonyms(have: set[str], synonyms: dict[str, tuple[frozenset[str], ...]]) -> set[str]:
    """``have`` (a text's terms) plus each question term a synonym of which it holds ("cướp" for "trấn lột")."""
    return have | {t for t, alts in synonyms.items() if t not in have and any(alt <= have for alt in alts)}

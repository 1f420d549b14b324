"""Abbreviation glossary: makes "ANTT" and "an ninh trật tự" find the same passages, both ways.

Reports mix abbreviations and spelled-out forms freely, and so do users. Rather than rewriting the index,
queries are expanded: a query naming an abbreviation also searches its expansion, and a query containing
an expansion also searches the abbreviation. Expansion terms are added ONCE, on top of the analyzer's terms
(where each user word weighs ``QUERY_WEIGHT``), so they count at most half as much as what the user typed:
  * expansion -> the folded bigrams of the phrase ("~an_ninh", "~ninh_trat", "~trat_tu"); a one-word
    expansion adds its folded word. Bigrams carry the phrase, where single words ("an", "tự") would match
    everywhere;
  * abbreviation -> its folded term ("~antt");
  * a term the query already has is never added again, nor twice for two expansions.
Data: ``glossary.tsv`` beside this file (format documented at its top), merged with the files named in
the ``VNQA_GLOSSARY`` environment variable (``os.pathsep``-separated).
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from retrieval.text_analysis import (
    BIGRAM_JOINER,
    FOLD_PREFIX,
    analyze_query,
    fold,
    query_terms,
    token_spans,
)

__all__ = [
    "DEFAULT_PATH",
    "ENV_VAR",
    "Expansion",
    "Glossary",
    "abbreviated_heads",
    "default_glossary",
    "expand_query",
    "expand_terms",
    "find_expansions",
    "folded_words",
    "spell_out",
    "load_glossary",
    "parse_glossary",
]

DEFAULT_PATH = Path(__file__).with_name("glossary.tsv")
ENV_VAR = "VNQA_GLOSSARY"


def parse_glossary(text: str) -> dict[str, list[str]]:
    """Rows ``ABBR<TAB>expansion[<TAB>expansion...]``; '#' lines and blank lines skipped; repeats merged."""
    entries: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        abbr, expansions = cells[0], [c for c in cells[1:] if c]
        if not abbr or not expansions:
            continue
        known = entries.setdefault(abbr, [])
        known += [e for e in expansions if e not in known]
    return entries


@lru_cache(maxsize=4096)
def folded_words(text: str) -> tuple[str, ...]:
    """Folded base tokens: the key under which a phrase is recognised, whatever its accents or case."""
    return tuple(fold(tok) for tok, _, _ in token_spans(text))


@dataclass(frozen=True)
class Glossary:
    """Abbreviation -> expansions, with the lookup tables a query needs."""

    entries: Mapping[str, tuple[str, ...]]
    by_abbr: dict[str, str] = field(init=False, repr=False)  # folded abbreviation -> abbreviation
    by_phrase: dict[str, list[tuple[tuple[str, ...], str]]] = field(init=False, repr=False)
    first_expansion: dict[str, str] = field(init=False, repr=False)  # folded abbreviation -> its first expansion

    def __post_init__(self) -> None:
        by_abbr: dict[str, str] = {}
        by_phrase: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for abbr, expansions in self.entries.items():
            words = folded_words(abbr)
            if len(words) == 1:
                by_abbr[words[0]] = abbr
            for exp in expansions:
                phrase = folded_words(exp)
                if phrase:
                    by_phrase.setdefault(phrase[0], []).append((phrase, abbr))
        object.__setattr__(self, "by_abbr", by_abbr)
        object.__setattr__(self, "by_phrase", by_phrase)
        object.__setattr__(self, "first_expansion", {k: self.entries[a][0] for k, a in by_abbr.items()})

    def spelled(self, word: str) -> str:
        """``word`` spelled out when it is an abbreviation, else as it is."""
        key = folded_words(word)
        return self.first_expansion.get(key[0], word) if len(key) == 1 else word

    def phrases_at(self, folded: list[str], i: int) -> list[tuple[tuple[str, ...], str]]:
        """(phrase, abbreviation) of each spelled-out phrase written whole from word ``i`` of folded words."""
        return [(phrase, abbr) for phrase, abbr in self.by_phrase.get(folded[i], ())
                if tuple(folded[i : i + len(phrase)]) == phrase]

    @classmethod
    def from_mapping(cls, entries: Mapping[str, Iterable[str]]) -> Glossary:
        return cls({abbr: tuple(exps) for abbr, exps in entries.items()})


def load_glossary(paths: Iterable[str | os.PathLike[str]]) -> Glossary:
    """Merge glossary files in order; a missing file is an error, so a typo in VNQA_GLOSSARY is noticed."""
    merged: dict[str, list[str]] = {}
    for path in paths:
        for abbr, exps in parse_glossary(Path(path).read_text(encoding="utf-8")).items():
            known = merged.setdefault(abbr, [])
            known += [e for e in exps if e not in known]
    return Glossary.from_mapping(merged)


@lru_cache(maxsize=4)
def _cached(paths: tuple[str, ...]) -> Glossary:
    return load_glossary(paths)


def default_glossary() -> Glossary:
    """The bundled glossary plus the files named in ``VNQA_GLOSSARY`` (re-read when the variable changes)."""
    extra = tuple(p for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p.strip())
    return _cached((str(DEFAULT_PATH), *extra))


@dataclass(frozen=True)
class Expansion:
    """One glossary hit in a query: what the user wrote, the abbreviation, and what to search in addition."""

    matched: str  # the words as found in the query
    abbr: str
    added: tuple[str, ...]  # the other side(s): expansions for an abbreviation, the abbreviation for a phrase

    @property
    def from_phrase(self) -> bool:
        """True when the user spelled the phrase out (so the abbreviation is what gets added)."""
        return self.added == (self.abbr,)


def find_expansions(text: str, glossary: Glossary | None = None) -> list[Expansion]:
    """Glossary hits of a query, in reading order: abbreviations and spelled-out phrases."""
    g = glossary if glossary is not None else default_glossary()
    words, _ = analyze_query(text)
    folded = [fold(w.forms[0]) for w in words]
    found: list[Expansion] = []
    for i, w in enumerate(words):
        candidates = [folded[i]]
        if not any(c.isdigit() for c in folded[i]):  # "KT-XH" -> also "kt", "xh"; not the parts of a doc number
            candidates += [fold(f) for f in w.forms[1:]]
        for cand in candidates:
            abbr = g.by_abbr.get(cand)
            if abbr is not None:
                found.append(Expansion(text[w.start : w.end], abbr, g.entries[abbr]))
                break
        for phrase, abbr in g.phrases_at(folded, i):
            found.append(Expansion(text[w.start : words[i + len(phrase) - 1].end], abbr, (abbr,)))
    return found


def abbreviated_heads(text: str, glossary: Glossary | None = None) -> list[Expansion]:
    """The abbreviations of phrases whose first two words ``text`` writes without the rest ("điện thoại" of
    "điện thoại di động": ĐTDĐ): a report writing the abbreviation uses those words. Not for the search (the
    query expansion needs the whole phrase), only to tell whether a report uses a question's words."""
    g = glossary if glossary is not None else default_glossary()
    words, _ = analyze_query(text)
    folded = [fold(w.forms[0]) for w in words]
    found: list[Expansion] = []
    # (words of a phrase written whole are no head: "giao thông" of "tai nạn giao thông" (TNGT) is no GTVT)
    covered = {j for i in range(len(words)) for phrase, _ in g.phrases_at(folded, i) for j in range(i, i + len(phrase))}
    for i, w in enumerate(words[:-1]):
        if i in covered:
            continue
        for phrase, abbr in g.by_phrase.get(folded[i], ()):
            if len(phrase) > 2 and tuple(folded[i : i + 2]) == phrase[:2] and \
                    tuple(folded[i : i + len(phrase)]) != phrase:
                found.append(Expansion(text[w.start : words[i + 1].end], abbr, (abbr,)))
    return found


def spell_out(text: str, glossary: Glossary | None = None) -> str:
    """``text`` with each abbreviation of the glossary written as its first expansion ("chiếc ĐTDĐ" -> "chiếc điện
    thoại di động"): how a counted noun is compared with the one a question asks."""
    g = glossary if glossary is not None else default_glossary()
    return " ".join(g.spelled(w) for w in text.split())


def _expansion_terms(added: str, as_abbreviation: bool) -> list[str]:
    words = folded_words(added)
    if as_abbreviation or len(words) == 1:
        return [FOLD_PREFIX + w for w in words]
    return [FOLD_PREFIX + a + BIGRAM_JOINER + b for a, b in zip(words, words[1:])]


def expand_terms(text: str, glossary: Glossary | None = None) -> list[str]:
    """``query_terms(text)`` plus, once each, the terms of the glossary's other side of every hit."""
    terms = query_terms(text)
    seen = set(terms)
    for hit in find_expansions(text, glossary):
        for added in hit.added:
            for term in _expansion_terms(added, as_abbreviation=hit.from_phrase):
                if term not in seen:
                    seen.add(term)
                    terms.append(term)
    return terms


def expand_query(text: str, glossary: Glossary | None = None) -> str:
    """The query with its glossary equivalents appended in brackets, e.g. for a dense (embedding) retriever.

    "Tình hình ANTT" -> "Tình hình ANTT (an ninh trật tự)"; "an ninh trật tự" -> "an ninh trật tự (ANTT)".
    """
    added: list[str] = []
    for hit in find_expansions(text, glossary):
        added += [a for a in hit.added if a not in added and fold(a.lower()) not in fold(text.lower())]
    return f"{text} ({'; '.join(added)})" if added else text

"""Misspelt names in questions: "John Sheeshanks" for the corpus's "Sheepshanks", "Bedigo" for "Bendigo".

A word the index has never seen scores nothing in BM25 and makes a figure answer refuse ("the report never uses
the word"). Long words only (six letters or more, folded) and never the shape of one Vietnamese syllable: a typo
in a syllable is usually another real syllable, which no edit distance can tell from the intended one ("bóng" is
one edit from "sông", "nghiện" from "nghiêm"); names and foreign words are what this is for. Such a word is matched to the closest folded word of the corpus within one edit (two from eight
letters), if exactly one is that close; the correction is added to the question's terms, never substituted,
so the word as typed still counts wherever it does occur.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from retrieval.text_analysis import fold

MIN_LENGTH = 6  # folded letters: shorter words are too short to correct safely
LONG = 8  # from this length two edits are allowed
# the shape of one Vietnamese syllable, folded ("nguyen", "thuong", "nghieng"): never corrected, since its
# neighbours one edit away are real syllables too (a corpus without "nghiện" has "nghiêm")
_SYLLABLE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
                       r"(?:uye|uya|ieu|yeu|uoi|uou|oai|oay|oeo|uay|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|ua|ue|ui|uo|"
                       r"uu|uy|ye|a|e|i|o|u|y)(?:ch|ng|nh|c|m|n|p|t)?$")


def _rapidfuzz():
    try:
        from rapidfuzz import distance, process
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise ImportError("spelling correction needs rapidfuzz: pip install rapidfuzz") from exc
    return process, distance


def correctable(word: str) -> bool:
    """A word to correct: letters only, at least ``MIN_LENGTH`` once folded, and not one Vietnamese syllable."""
    folded = fold(word).lower()
    return len(folded) >= MIN_LENGTH and folded.replace("-", "").isalpha() and not _SYLLABLE.match(folded)


def closest_word(word: str, vocabulary: list[str]) -> str | None:
    """The one vocabulary word (folded) within the allowed edits of ``word``, or None (none, or a tie)."""
    folded = fold(word).lower()
    if not correctable(folded) or not vocabulary:
        return None
    process, distance = _rapidfuzz()
    limit = 2 if len(folded) >= LONG else 1
    found = process.extract(folded, vocabulary, scorer=distance.Levenshtein.distance, score_cutoff=limit, limit=3)
    if not found:
        return None
    best = min(d for _w, d, _i in found)
    nearest = [w for w, d, _i in found if d == best]
    return nearest[0] if len(nearest) == 1 and nearest[0] != folded else None


def corrections(words: Iterable[str], known: Callable[[str], bool], vocabulary: list[str]) -> dict[str, str]:
    """``{word as in the question's terms: folded corpus word}`` for each long word the corpus does not know
    (``known`` neither the word nor its folded term "~…")."""
    out: dict[str, str] = {}
    for w in dict.fromkeys(words):
        if not correctable(w) or known(w) or known("~" + fold(w).lower()):
            continue
        fixed = closest_word(w, vocabulary)
        if fixed:
            out[w] = fixed
    return out

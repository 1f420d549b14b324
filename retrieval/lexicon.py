"""Vietnamese function words, in named groups, for the question-side heuristics.

Follow-up resolution, figure answers and question analysis each need to tell the words that carry a
question's subject from the words that only glue it together ("của", "và", "đã", "này"). They used to
keep their own lists, which drifted apart; here is one definition of each group, and each caller
composes the groups it needs plus its own documented extras. (The query stopwords of
``retrieval/text_analysis.py`` stay separate on purpose: they are phrases, and BM25 measured them.)
"""
from __future__ import annotations

from collections.abc import Iterable

from corpus.figures import CALENDAR_UNITS
from retrieval.text_analysis import fold

__all__ = ["PREPOSITIONS", "CONJUNCTIONS", "AUXILIARIES", "DETERMINERS", "PARTICLES", "FUNCTION_WORDS",
           "CALENDAR_UNITS", "with_folded"]

PREPOSITIONS = frozenset("của với trong ở tại trên dưới từ đến tới theo cho về vào sau trước khi qua so nhằm để".split())
CONJUNCTIONS = frozenset("và hoặc hay mà nhưng nên vì do bởi thì cùng như".split())
AUXILIARIES = frozenset("là có được bị đã đang sẽ".split())  # copula, existence, passive, tense
DETERMINERS = frozenset("các những này đó kia".split())
PARTICLES = frozenset("nữa rồi vậy nhỉ hả".split())  # sentence-final, spoken
FUNCTION_WORDS = PREPOSITIONS | CONJUNCTIONS | AUXILIARIES | DETERMINERS


def with_folded(words: Iterable[str]) -> frozenset[str]:
    """The words and their bare-keyboard spellings ("của" → also "cua"). Only for short, deliberate lists:
    many folded function words are also content words ("qua" is "quả", "do" is "độ")."""
    words = frozenset(words)
    return words | frozenset(fold(w) for w in words)

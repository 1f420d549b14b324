"""Chat shorthand in typed questions, spelt out: "có bn vụ", "bị phạt bao nhiu tháng", "có xảy ra ko", "đc", "j",
"ntn". Officers type questions the way they type messages; the reports never write shorthand, so "bn" matches
nothing and "ko" turns a yes/no question into a keyword. A pure function over the question; the page shows the
question as it was read. Conservative on purpose: "bn" is "bao nhiêu" only after a word and before a noun or the
question mark ("bn có biết" is "bạn"), and "k" only as the question's last word ("… có xảy ra k?").
"""
from __future__ import annotations

import re

from retrieval.text_analysis import fold

__all__ = ["expand_shorthand"]

# (pattern, accented spelling); the unaccented spelling is its fold, used when the question has no diacritic
_SHORTHAND: tuple[tuple[str, str], ...] = (
    (r"bao nhiu|bnhiêu|bnhieu", "bao nhiêu"),
    (r"(?<=\w )bn(?=\s+[^\W\d_]|\s*\?|\s*$)", "bao nhiêu"),
    (r"ko|k0|hok|hông|hong(?=\s*\?\s*$)", "không"),
    (r"k(?=\s*\?\s*$)", "không"),
    (r"đc|dc", "được"),
    (r"j(?=\s*\?|\s*$)", "gì"),
    (r"ntn", "như thế nào"),
    (r"vs", "với"),
    (r"trc", "trước"),
    (r"sl", "số lượng"),
    (r"(?<=bao nhiêu )ng|(?<=bao nhieu )ng", "người"),
)
# lower case only: "DC" of "Washington DC" or "K" of a plan's code is no shorthand
_COMPILED = tuple((re.compile(rf"(?<![\w/])(?:{pattern})(?![\w/])"), word) for pattern, word in _SHORTHAND)


def expand_shorthand(question: str) -> str:
    """``question`` with chat shorthand spelt out, in the question's own register: accented words when it has
    diacritics, folded ones when it has none ("co bn vu" -> "co bao nhieu vu")."""
    accented = fold(question) != question
    out = question
    for rx, word in _COMPILED:
        out = rx.sub(word if accented else fold(word), out)
    return out

"""Two-syllable Vietnamese words ("sự việc", "hình sự"), read from the word list underthesea ships (Viet74K), so a
phrase cut at a length limit does not end inside a word ("18 nhân chứng xác nhận sự" of "… sự việc này")."""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

__all__ = ["is_compound"]


@lru_cache(maxsize=1)
def _pairs() -> frozenset[str]:
    try:
        import underthesea
    except ImportError as exc:  # pragma: no cover - a hard dependency (sentence splitting needs it too)
        raise ImportError("underthesea is required for its word list: pip install underthesea") from exc
    path = Path(underthesea.__file__).parent / "corpus" / "data" / "Viet74K.txt"
    if not path.is_file():
        return frozenset()  # another underthesea build: no cut is moved, as before
    words = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in (unicodedata.normalize("NFC", x.strip().lower()) for x in words) if w.count(" ") == 1)


def is_compound(first: str, second: str) -> bool:
    """Do the two syllables make one word ("sự việc": yes; "nhận sự": no)?"""
    return unicodedata.normalize("NFC", f"{first} {second}".lower()) in _pairs()

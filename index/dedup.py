"""Near-duplicate detection: the same article saved twice, or reprinted by two sites.

Byte-identical files are caught by the content hash; reprints differ by a headline, a lead
sentence, a byline or punctuation. We compare sets of normalized syllable 5-grams ("shingles"):
MinHash signatures (stored per document) with LSH banding find candidates in constant time per
document, and the exact Jaccard similarity of the shingle sets decides.

Threshold, chosen on ../shared/data/news_vntc.jsonl.gz (7,956 articles, 340 pairs with Jaccard
> 0.2 or containment > 0.5): pairs at Jaccard >= 0.7 are the same article (one copy has an extra
headline or lead sentence, or different quote marks); pairs at 0.5-0.6 are mostly two rewrites of
one story with different facts in each, which are both worth keeping. So a document is a duplicate
when Jaccard >= 0.7, or when it adds almost nothing (>= 95 % of its shingles are in the other
document) and Jaccard >= 0.5. A longer version of a stored article is *not* a duplicate: it
carries the extra content.
"""
from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass

import numpy as np

SHINGLE = 5
NUM_PERM = 128
BANDS, ROWS = 32, 4  # LSH: candidate probability ~ 1-(1-J^4)^32, 99.9 % at J = 0.5
JACCARD_THRESHOLD = 0.7
CONTAINED_THRESHOLD = 0.95
CONTAINED_MIN_JACCARD = 0.5
MIN_SHINGLES = 8  # shorter texts are too small to call near-duplicates (exact hashes still apply)

_WORD = re.compile(r"\w+", re.UNICODE)
SCHEME = "minhash-crc32-5gram-128-v1"  # stored with the signatures; another scheme means recompute
_PRIME = np.uint64((1 << 61) - 1)
_rng = np.random.default_rng(20240521)  # fixed: signatures are stored and must stay comparable
# a, b drawn from the whole field: a*x wraps around 2^64 (numpy arrays wrap silently), which
# scrambles the order; with small a the hash would be nearly monotonic in x and the minimum
# would always be the smallest shingle (estimates far too low)
_A = _rng.integers(1, (1 << 61) - 1, size=NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, (1 << 61) - 1, size=NUM_PERM, dtype=np.uint64)


def syllables(text: str) -> list[str]:
    """Lower-case NFC syllables without punctuation, so quote styles and spacing do not matter."""
    return _WORD.findall(unicodedata.normalize("NFC", text).lower())


def shingles(text: str, n: int = SHINGLE) -> set[int]:
    """Stable 32-bit hashes of the syllable n-grams of a text."""
    words = syllables(text)
    if len(words) < n:
        return {zlib.crc32(" ".join(words).encode("utf-8"))} if words else set()
    return {zlib.crc32(" ".join(words[i : i + n]).encode("utf-8")) for i in range(len(words) - n + 1)}


def minhash(shingle_set: set[int]) -> np.ndarray:
    """A NUM_PERM MinHash signature (uint32) of a shingle set."""
    if not shingle_set:
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    x = np.fromiter(shingle_set, dtype=np.uint64, count=len(shingle_set))
    sig = np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
    for i in range(0, len(x), 2048):  # bounded memory for very long documents
        part = x[i : i + 2048]
        with np.errstate(over="ignore"):
            h = (np.outer(part, _A) + _B) % _PRIME
        sig = np.minimum(sig, h.min(axis=0))
    return (sig & np.uint64(0xFFFFFFFF)).astype(np.uint32)


def jaccard(a: set[int], b: set[int]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def is_near_duplicate(new: set[int], old: set[int]) -> tuple[bool, float]:
    """Whether ``new`` repeats ``old`` (see the module docstring for the rule); returns the Jaccard too."""
    if len(new) < MIN_SHINGLES or len(old) < MIN_SHINGLES:
        return False, 0.0
    inter = len(new & old)
    j = inter / (len(new) + len(old) - inter)
    contained = inter / len(new)
    return j >= JACCARD_THRESHOLD or (contained >= CONTAINED_THRESHOLD and j >= CONTAINED_MIN_JACCARD), j


def _band_keys(sig: np.ndarray) -> list[tuple[int, bytes]]:
    return [(b, sig[b * ROWS : (b + 1) * ROWS].tobytes()) for b in range(BANDS)]


@dataclass
class Match:
    doc_id: str
    jaccard: float


class DuplicateFinder:
    """LSH over MinHash signatures; candidates are confirmed by exact Jaccard on their texts.

    ``text_of`` fetches a stored document's text for the exact check (only a handful per query).
    """

    def __init__(self, text_of=None):
        self._buckets: dict[tuple[int, bytes], list[str]] = {}
        self._shingles: dict[str, set[int]] = {}  # documents added in this session
        self._text_of = text_of

    def add(self, doc_id: str, sig: np.ndarray, shingle_set: set[int] | None = None) -> None:
        for key in _band_keys(sig):
            self._buckets.setdefault(key, []).append(doc_id)
        if shingle_set is not None:
            self._shingles[doc_id] = shingle_set

    def candidates(self, sig: np.ndarray) -> list[str]:
        seen: dict[str, None] = {}
        for key in _band_keys(sig):
            for doc_id in self._buckets.get(key, ()):
                seen.setdefault(doc_id, None)
        return list(seen)

    def find(self, shingle_set: set[int], sig: np.ndarray, *, exclude: set[str] = frozenset()) -> Match | None:
        """The most similar document that ``shingle_set`` duplicates, if any."""
        if len(shingle_set) < MIN_SHINGLES:
            return None
        best: Match | None = None
        for doc_id in self.candidates(sig):
            if doc_id in exclude:
                continue
            other = self._shingles.get(doc_id)
            if other is None and self._text_of is not None:
                text = self._text_of(doc_id)
                other = shingles(text) if text is not None else None
            if other is None:
                continue
            dup, j = is_near_duplicate(shingle_set, other)
            if dup and (best is None or j > best.jaccard):
                best = Match(doc_id, j)
        return best

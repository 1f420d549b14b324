"""Diacritics put back into a question typed without them, from the indexed reports' own words.

"tai nan giao thong nam 2021 giam bao nhieu" → "tai nạn giao thông năm 2021 giảm bao nhiêu".

Why: officers often type on a bare keyboard. BM25 copes (folded terms), but e5 reads unaccented Vietnamese
poorly (dense R@5 falls from 87.5 to 8.3 on the unaccented seed questions among 2,000 news articles), and
answer composition cannot tell "nam" (năm / nam / Nam) apart. The reports themselves say which accented
word each bare syllable most likely is next to its neighbours: a bigram model of the accented syllables in
the indexed passages (numbers as one ``<num>`` token, so "nam 2021" → "năm 2021"), plus question phrases
that reports rarely contain ("bao nhiêu", "là gì", "ở đâu", in ``question_phrases.txt``), smoothed by
interpolated absolute discounting (a pair seen once must not outvote a common word: "Phú Yên dự hội nghị",
not "dù hơi nghi") and decoded with Viterbi over each syllable's accented variants. Words the user did accent stay as typed, and so do
capitalised abbreviations (ANTT) and words the corpus does not know (Fulro).

Everything here is a pure function of its inputs; the index builds one ``DiacriticModel`` per generation.
"""
from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from retrieval.text_analysis import fold, normalize

__all__ = ["DiacriticModel", "PHRASES_PATH", "is_unaccented", "restore_diacritics", "restore_if_unaccented", "sequences"]

PHRASES_PATH = Path(__file__).with_name("question_phrases.txt")
NUM = "<num>"
PHRASE_COUNT = 200  # a bundled question phrase counts as this many occurrences in the corpus
MAX_VARIANTS = 8  # accented forms tried per bare syllable (the most frequent first)
MAX_BIGRAMS = 600_000  # above this many pairs (large corpora), pairs seen once are dropped
DISCOUNT = 0.75  # absolute discounting: a pair seen once says little, the unigram fills in
MIN_BACKOFF = 0.05  # weighted phrases have few distinct followers: the unigram keeps at least this share

# A letter run, a number (with its separators), or one punctuation mark (which ends a sequence).
_PIECE = re.compile(r"[^\W\d_]+|\d+(?:[.,/:-]\d+)*%?|[^\w\s]")
_LETTERS = re.compile(r"[^\W\d_]+")


def sequences(text: str) -> list[list[str]]:
    """Runs of normalized words between punctuation marks; a number stands as ``<num>``."""
    out: list[list[str]] = [[]]
    for m in _PIECE.finditer(text):
        piece = m.group()
        if piece[0].isdigit():
            out[-1].append(NUM)
        elif piece[0].isalpha():
            out[-1].append(normalize(piece))
        elif out[-1]:
            out.append([])
    return [s for s in out if s]


def _read_phrases(path: Path) -> list[str]:
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


@dataclass
class DiacriticModel:
    """Counts of accented syllables and syllable pairs, and the accented forms of each bare syllable."""

    unigrams: Counter = field(default_factory=Counter)
    bigrams: Counter = field(default_factory=Counter)
    _variants: dict[str, list[str]] | None = field(default=None, repr=False, compare=False)
    _total: int = field(default=0, repr=False, compare=False)
    _followers: Counter | None = field(default=None, repr=False, compare=False)

    # -- building ------------------------------------------------------------------------------------------
    @classmethod
    def from_texts(cls, texts: Iterable[str], *, phrases: Iterable[str] | None = None) -> "DiacriticModel":
        """Count the passages' words; ``phrases`` (default: the bundled question phrases) weigh ``PHRASE_COUNT``."""
        model = cls()
        for text in texts:
            model.add(text)
        for phrase in (_read_phrases(PHRASES_PATH) if phrases is None else phrases):
            model.add(phrase, PHRASE_COUNT)
        model.prune()
        return model

    def prune(self, limit: int = MAX_BIGRAMS) -> None:
        """Above ``limit`` pairs (a large corpus), forget the pairs seen once: they decide little (discounting
        takes most of their mass anyway) and would hold hundreds of MB in memory."""
        if len(self.bigrams) > limit:
            self.bigrams = Counter({k: v for k, v in self.bigrams.items() if v > 1})
            self._variants = None
            self._followers = None

    def add(self, text: str, weight: int = 1) -> None:
        for seq in sequences(text):
            for w in seq:
                self.unigrams[w] += weight
            for pair in zip(seq, seq[1:]):
                self.bigrams[pair] += weight
        self._variants = None
        self._followers = None

    # -- persistence ---------------------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        self.prune()
        data = {"version": 1, "unigrams": dict(self.unigrams),
                "bigrams": {f"{a} {b}": c for (a, b), c in self.bigrams.items()}}
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def load(cls, path: Path) -> "DiacriticModel":
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        if not isinstance(data, dict) or data.get("version") != 1:
            raise ValueError(f"{path}: not a diacritic model of version 1")
        bigrams = Counter()
        for key, c in data["bigrams"].items():
            a, _, b = key.partition(" ")
            bigrams[(a, b)] = int(c)
        return cls(Counter({k: int(v) for k, v in data["unigrams"].items()}), bigrams)

    # -- scoring -------------------------------------------------------------------------------------------
    def variants(self, bare: str) -> list[str]:
        """Known spellings of a bare syllable, most frequent first ("nam" → ["năm", "nam", "nằm", …])."""
        if self._variants is None:
            table: dict[str, list[str]] = {}
            for w in self.unigrams:
                if w != NUM:
                    table.setdefault(fold(w), []).append(w)
            for key, forms in table.items():
                forms.sort(key=lambda w: (-self.unigrams[w], w))
                del forms[MAX_VARIANTS:]
            # totals first: another thread that sees the table must find them ready (the web app is threaded)
            self._total = sum(self.unigrams.values())
            self._followers = Counter(a for a, _ in self.bigrams)
            self._variants = table
        return self._variants.get(bare, [])

    def _log_unigram(self, w: str) -> float:
        vocab = len(self.unigrams) + 1
        return math.log((self.unigrams.get(w, 0) + 0.5) / (self._total + 0.5 * vocab))

    def _log_bigram(self, prev: str, w: str) -> float:
        p_uni = math.exp(self._log_unigram(w))
        seen = self.unigrams.get(prev, 0)
        if not seen:
            return math.log(p_uni)
        pair = self.bigrams.get((prev, w), 0)
        backoff = min(1.0, DISCOUNT * self._followers.get(prev, 0) / seen)
        return math.log(max(pair - DISCOUNT, 0.0) / seen + max(backoff, MIN_BACKOFF) * p_uni)

    def best_path(self, options: list[list[str]]) -> list[str]:
        """Viterbi over one sequence: ``options[i]`` are the spellings allowed at position i."""
        if not options:
            return []
        self.variants("")  # make sure the tables exist
        scores = {o: (self._log_unigram(o), [o]) for o in options[0]}
        for opts in options[1:]:
            nxt = {}
            for o in opts:
                best = max(((s + self._log_bigram(p, o), path) for p, (s, path) in scores.items()),
                           key=lambda t: t[0])
                nxt[o] = (best[0], best[1] + [o])
            scores = nxt
        return max(scores.values(), key=lambda t: t[0])[1]


def _is_abbreviation(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _recase(typed: str, form: str) -> str:
    return form[:1].upper() + form[1:] if typed[:1].isupper() else form


def restore_diacritics(text: str, model: DiacriticModel | None) -> str:
    """``text`` with each bare syllable spelled the way the corpus most likely means it in context.

    Punctuation, numbers, spacing, accented words, abbreviations and unknown words are left exactly as
    typed; only letters of bare words change, so ``fold(result).lower() == fold(text).lower()`` always holds."""
    if model is None or not text or not model.unigrams or not reads_as_vietnamese(text, model):
        return text
    pieces = list(_PIECE.finditer(text))
    out = text
    edits: list[tuple[int, int, str]] = []
    run: list[re.Match] = []

    def decode() -> None:
        if not run:
            return
        options, editable = [], []
        for m in run:
            typed = m.group()
            if typed[0].isdigit():
                options.append([NUM])
                editable.append(False)
                continue
            norm = normalize(typed)
            bare = fold(norm) == norm and not _is_abbreviation(typed)
            # (only spellings of the letters typed: normalising "qui" gives "quy", whose "quý" would change a letter)
            found = [v for v in model.variants(norm) if fold(v) == fold(typed).lower()] if bare else []
            options.append(found or [norm])
            editable.append(bool(found))
        path = model.best_path(options)
        for m, form, can in zip(run, path, editable):
            if can and form != normalize(m.group()):
                edits.append((m.start(), m.end(), _recase(m.group(), form)))
        run.clear()

    for m in pieces:
        if m.group()[0].isalnum():
            run.append(m)
        else:
            decode()
    decode()
    for start, end, form in sorted(edits, reverse=True):
        out = out[:start] + form + out[end:]
    return out


def reads_as_vietnamese(text: str, model: DiacriticModel) -> bool:
    """False when most of the words are no syllable the corpus knows ("How many communes met the security
    standard?"): a question in another language is left as typed, not turned into "met thế security"."""
    words = [normalize(w) for w in _LETTERS.findall(text) if not _is_abbreviation(w)]
    known = sum(1 for w in words if model.variants(fold(w)))
    return 2 * known >= len(words)


def restore_if_unaccented(text: str, model: "DiacriticModel | Callable[[], DiacriticModel | None] | None") -> str:
    """``text`` restored when it has no diacritic at all, else unchanged. ``model`` may be a callable, called
    only when restoration is needed (building or loading a model is not free)."""
    if not is_unaccented(text):
        return text
    return restore_diacritics(text, model() if callable(model) else model)


def is_unaccented(text: str) -> bool:
    """True when the text has letters and not one diacritic (đ counts as one)."""
    letters = "".join(_LETTERS.findall(text))
    return bool(letters) and fold(letters.lower()) == letters.lower()

"""Vietnamese text analysis shared by the keyword index and its queries.

Why a custom analyzer: users type with or without diacritics, the same word is spelled with two tone-mark
placements (hoà/hòa, thuỷ/thủy), and report figures ("2.570", "16,4%", "195/204", "23/2012/TT-BCA") must
survive tokenization whole, yet also match a plain "2570" or "195".

Term scheme of the index (``index_terms``):
  * every normalized token form ("nạn", "2.570", "2570", "195/204", "195", ...) as is;
  * for forms with letters, also ``"~" + fold(form)`` ("~nan"), so a query typed without diacritics matches;
  * folded syllable bigrams ("~tai_nan") of neighbouring tokens not split by punctuation.
Queries (``query_terms``) are analysed in one of two modes:
  * folded mode (the query has no diacritic at all): each word searches only its folded term ("~nan");
  * accented mode (the user typed diacritics somewhere): each word searches its exact term and its folded
    term, so an exact spelling scores higher than a different word that folds the same way;
  * in both modes, the folded bigrams of neighbouring words (unless both are stopwords).
Every query word carries the same weight, ``QUERY_WEIGHT`` term occurrences; bm25s sums repeated query
terms, so the weight is expressed by repetition. Bigrams and glossary expansions are added once.
Measured on XQuAD-vi dev (557 questions, answer sentence among 29,829 sentences incl. news distractors),
MRR: unigrams 0.790 accented / 0.765 unaccented queries; with bigrams 0.803 / 0.799; exact-only terms 0.785;
without query stopword removal 0.781. Hence bigrams, dual exact+folded terms and the stopword list stay.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from corpus.names import UPPER  # (re-exported: the capitals a name opens with)

__all__ = [
    "UPPER",
    "fold_aligned",
    "BIGRAM_JOINER",
    "FOLD_PREFIX",
    "QUERY_STOPWORDS",
    "QUERY_WEIGHT",
    "QueryWord",
    "analyze_query",
    "build_vocab_ids",
    "fold",
    "index_terms",
    "normalize",
    "query_ids",
    "query_terms",
    "query_tokens",
    "without_phrases",
    "token_spans",
    "tokens",
    "word_terms",
]


FOLD_PREFIX = "~"  # folded terms live in their own namespace: "~tai" never collides with a real token
BIGRAM_JOINER = "_"  # never inside a token: "_" is a separator for the tokenizer
QUERY_WEIGHT = 2  # occurrences of each query word; glossary expansions get 1 (half weight)

# ---------------------------------------------------------------------------------------------- folding

_COMBINING = range(0x0300, 0x0370)


def _build_fold_table() -> dict[int, int | None]:
    table: dict[int, int | None] = {cp: None for cp in _COMBINING}
    for cp in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        base = "".join(c for c in unicodedata.normalize("NFD", chr(cp)) if not unicodedata.combining(c))
        if len(base) == 1 and base.isascii() and base.isalpha() and base != chr(cp):
            table[cp] = ord(base)
    table[ord("đ")], table[ord("Đ")] = ord("d"), ord("D")
    return table


_FOLD_TABLE = _build_fold_table()


def fold(text: str) -> str:
    """Strip every diacritic (tones, vowel marks, đ→d): the form a user types on a bare keyboard."""
    return text.translate(_FOLD_TABLE)


def fold_aligned(text: str) -> str:
    """``fold`` character by character, lower-cased, keeping the text's length (a lone combining mark stays), so an
    offset in the folded text is one in ``text``."""
    return "".join(fold(c) or c for c in text).lower()


# ---------------------------------------------------------------------------------------------- tone marks

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền, sắc, ngã, hỏi, nặng
_SYLLABLE = re.compile(
    r"(ngh|ng|gh|gi|qu|ch|kh|nh|ph|th|tr|[bcdđghklmnpqrstvx])?"
    r"([aăâeêioôơuưy]{1,3})"
    r"(ch|ng|nh|[cmnpt])?"
)
_MARKED_VOWELS = "ăâêôơư"
_GLIDE_FIRST = ("oa", "oe", "uy")  # open syllables where old/new styles disagree: hòa/hoà, khỏe/khoẻ, thủy/thuỷ
_WORD_CACHE: dict[str, str] = {}


def _tone_position(vowels: str, has_coda: bool) -> int:
    """Index of the vowel carrying the tone, "new style" (on the main vowel: hoà, thuỷ, khoẻ, quý, giữa)."""
    marked = [i for i, c in enumerate(vowels) if c in _MARKED_VOWELS]
    if marked:
        return marked[-1]  # ươ → ơ, uyê → ê, ưa → ư
    if has_coda or len(vowels) == 1:
        return len(vowels) - 1  # toàn, huýt
    if len(vowels) == 3:
        return 1  # ngoài, xoáy, khuỷu
    return 1 if vowels in _GLIDE_FIRST else 0  # hoà, but mùa, kìa, máy


def _place_tone(word: str) -> str:
    """Canonical spelling of a lowercase NFC syllable: tone re-placed "new style", and "qui" written "quy"
    (quí/quý, qui chế/quy chế are the same syllable). Anything non-Vietnamese is left as is."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [c for c in decomposed if c in _TONES]
    if len(tones) > 1:
        return word
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    m = _SYLLABLE.fullmatch(base)
    if m is None:
        return word
    vowels = m.group(2)
    if m.group(1) == "qu" and vowels == "i":
        vowels = "y"
        base = base[: m.start(2)] + "y" + base[m.end(2) :]
    if not tones:
        return base
    pos = m.start(2) + _tone_position(vowels, m.group(3) is not None)
    return unicodedata.normalize("NFC", base[: pos + 1] + tones[0] + base[pos + 1 :])


def _canon_word(word: str) -> str:
    cached = _WORD_CACHE.get(word)
    if cached is None:
        if len(_WORD_CACHE) > 200_000:
            _WORD_CACHE.clear()
        cached = _WORD_CACHE[word] = _place_tone(word)
    return cached


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def normalize(text: str) -> str:
    """NFC, lowercase, one tone-mark placement (hòa→hoà, thủy→thuỷ) and qui→quy, so variants index alike."""
    text = unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).lower())
    return _LETTER_RUN.sub(lambda m: _canon_word(m.group()), text)


# ---------------------------------------------------------------------------------------------- tokens

_UNIT = r"[\w\u0300-\u036f]+"
_TOKEN = re.compile(rf"{_UNIT}(?:(?:[/-]|(?<=\d)[.,](?=\d)){_UNIT})*(?:(?<=\d)%)?|%")
_PART_SPLIT = re.compile(r"[/-]")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_DECIMAL_COMMA = re.compile(r"\d+,\d+")
_FORMS_CACHE: dict[str, tuple[str, ...]] = {}
_INDEX_CACHE: dict[str, tuple[str, ...]] = {}


def _number_forms(part: str) -> list[str]:
    """Plain forms of one number: "2.570"→"2570", "16,4"→"16.4", "03"→"3" (the raw part is added by the caller)."""
    out: list[str] = []
    if part.endswith("%") and len(part) > 1:
        part = part[:-1]
        out += [part, "%"]
    if _THOUSANDS.fullmatch(part):
        plain = part.replace(".", "").replace(",", ".")
    elif _DECIMAL_COMMA.fullmatch(part):
        plain = part.replace(",", ".")
    else:
        plain = part
    if plain.isdigit() and len(plain) > 1 and plain[0] == "0":
        plain = plain.lstrip("0") or "0"
    if plain != part:
        out.append(plain)
    return out


def _forms(raw: str) -> tuple[str, ...]:
    """All searchable forms of one raw token: its normalized whole first, then parts and plain numbers."""
    cached = _FORMS_CACHE.get(raw)
    if cached is not None:
        return cached
    whole = normalize(raw)
    forms = [whole]
    parts = [p for p in _PART_SPLIT.split(whole) if p] if ("/" in whole or "-" in whole) else []
    if len(parts) > 1:
        for p in parts:
            forms.append(p)
            forms += _number_forms(p)
    elif whole[0].isdigit():
        forms += _number_forms(whole)
    result = tuple(dict.fromkeys(forms))  # dedupe, keep order
    if len(_FORMS_CACHE) > 200_000:
        _FORMS_CACHE.clear()
        _INDEX_CACHE.clear()
    _FORMS_CACHE[raw] = result
    return result


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """Base tokens (normalized) with their [start, end) offsets in the ORIGINAL text, for highlighting."""
    scan = text.replace("_", " ")  # same length, so offsets stay exact
    return [(_forms(m.group())[0], m.start(), m.end()) for m in _TOKEN.finditer(scan)]


def _raw_tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.replace("_", " "))


def tokens(text: str) -> list[str]:
    """Normalized tokens; a number or code comes whole, followed by its parts and plain forms."""
    out: list[str] = []
    for raw in _raw_tokens(text):
        out += _forms(raw)
    return out


def _has_letter(term: str) -> bool:
    return not term.isdigit() and any(c.isalpha() for c in term)


def _index_forms(raw: str) -> tuple[tuple[str, ...], str]:
    """(index terms of one raw token, folded base form for bigrams), cached per raw spelling."""
    cached = _INDEX_CACHE.get(raw)
    if cached is None:
        forms = _forms(raw)
        terms: list[str] = []
        for f in forms:
            terms.append(f)
            if _has_letter(f):
                terms.append(FOLD_PREFIX + fold(f))
        cached = _INDEX_CACHE[raw] = (tuple(terms), FOLD_PREFIX + fold(forms[0]) + BIGRAM_JOINER)
    return cached


def _bigram(a: str, b: str) -> str:
    return FOLD_PREFIX + fold(a) + BIGRAM_JOINER + fold(b)


def index_terms(text: str, bigrams: bool = True) -> list[str]:
    """Terms stored in the BM25 index for one passage: exact forms, "~"-folded forms, folded bigrams.

    A bigram ("~tai_nan") links two base tokens separated only by whitespace; punctuation breaks it.
    """
    out: list[str] = []
    scan = text.replace("_", " ")
    prev, prev_end = "", -1
    for m in _TOKEN.finditer(scan):
        terms, head = _index_forms(m.group())
        out += terms
        if bigrams:
            start = m.start()
            if prev and scan[prev_end:start].isspace():
                out.append(prev + head[1:-1])
            prev, prev_end = head, m.end()
    return out


# ---------------------------------------------------------------------------------------------- queries

# Question words and function words dropped from queries (accented spellings, one entry per phrase).
# Kept small on purpose: content words (giảm, tăng, năm, vụ, người, ...) must never be here.
QUERY_STOPWORDS: tuple[str, ...] = (
    "bao nhiêu", "bao lâu", "bao giờ", "như thế nào", "thế nào", "ra sao", "là gì", "tại sao", "vì sao",
    "ở đâu", "khi nào", "lúc nào", "hay không", "có phải", "hãy cho biết", "cho biết", "cho tôi biết",
    "gì", "nào", "đâu", "ai", "không", "chưa", "hả", "vậy", "nhỉ", "à", "ạ",
    "là", "của", "và", "các", "những", "được", "có", "thì", "mà", "với", "về", "trong", "cho",
    "bị", "đã", "đang", "sẽ", "này", "đó", "kia", "một", "cái", "nhé", "hoặc", "hay",
    # a question to this assistant that says "của báo cáo", "các báo cáo" names the documents asked about, not
    # their content: "các số liệu chính của báo cáo Tuyên Hóa" must find the Tuyên Hóa report, not a report that
    # writes "Theo báo cáo, …" ("Báo cáo y tế được viết cho ai?" keeps its word: it is what is asked about)
    "của báo cáo", "trong báo cáo", "theo báo cáo", "các báo cáo", "những báo cáo", "báo cáo nào", "báo cáo về",
    "tóm tắt báo cáo",
)
# Folded spellings that are ALSO common content words, so an unaccented query keeps them:
# co (cờ, cỏ, cơ), cua (cửa), la (lá, lạ), nao (não), thi (kỳ thi), va (va chạm), duoc (dược), ...
_AMBIGUOUS_FOLDED = frozenset(
    {"co", "cua", "la", "nao", "thi", "va", "duoc", "ve", "voi", "ma", "ai", "dau", "da", "dang", "se", "bi",
     "cho", "kia", "mot", "cai", "hay", "a", "khong", "chua", "vay", "trong", "do", "nay", "gi", "ha", "nhi"}
)


def _phrase_table(phrases: Iterable[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted(set(phrases), key=len, reverse=True):  # longest match first
        table.setdefault(p[0], []).append(p)
    return table


_STOP_ACCENTED = _phrase_table(tuple(normalize(w).split()) for w in QUERY_STOPWORDS)
_STOP_FOLDED = _phrase_table(
    p for p in (tuple(fold(normalize(w)).split()) for w in QUERY_STOPWORDS)
    if not (len(p) == 1 and p[0] in _AMBIGUOUS_FOLDED)
)
# every syllable of the stopword phrases, folded: "cua", "bao", "cao", "nao", …
def without_phrases(text: str, phrases: Iterable[str]) -> str:
    """``text`` (normalised) with every whole-word occurrence of ``phrases`` replaced by a comma, so that no
    word pair spans the gap: what a question is about once the words asking it are gone ("Các số liệu về phong
    trào toàn dân bảo vệ an ninh" keeps "bảo vệ" while "báo cáo" and "về" go). Accents must match exactly; a text
    typed without any diacritic matches the phrases' folded spellings."""
    norm = normalize(text)
    folded = fold(norm)
    accented = folded != norm
    hay = norm if accented else folded
    # unaccented, a one-word phrase whose folded spelling is also a content word ("ma": mà / ma tuý) stays
    forms = {normalize(p) if accented else fold(normalize(p)) for p in phrases}
    if not accented:
        forms -= _AMBIGUOUS_FOLDED
    forms = sorted((f for f in forms if f.strip()), key=len, reverse=True)  # longest match first
    if not forms:
        return norm
    rx = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")
    out, last = [], 0
    for m in rx.finditer(hay):  # fold keeps the length of NFC text, so the spans are the normalised text's
        out.append(norm[last : m.start()] + " , ")
        last = m.end()
    return "".join(out) + norm[last:]


def _drop_stopwords(words: Sequence[str], table: dict[str, list[tuple[str, ...]]]) -> list[bool]:
    keep = [True] * len(words)
    i = 0
    while i < len(words):
        for phrase in table.get(words[i], ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                for j in range(i, i + len(phrase)):
                    keep[j] = False
                i += len(phrase)
                break
        else:
            i += 1
    return keep


@dataclass(frozen=True)
class QueryWord:
    """One word of a query: its searchable forms, where it stands, and whether it is a stopword."""

    forms: tuple[str, ...]
    start: int
    end: int
    stop: bool


def analyze_query(text: str) -> tuple[list[QueryWord], bool]:
    """Words of a query (stopwords flagged) and its mode: True when the user typed any diacritic."""
    scan = text.replace("_", " ")
    found = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(scan)]
    forms = [_forms(raw) for raw, _, _ in found]
    bases = [f[0] for f in forms]
    folded = [fold(b) for b in bases]
    accented = any(f != b for f, b in zip(folded, bases))
    keep = _drop_stopwords(bases if accented else folded, _STOP_ACCENTED if accented else _STOP_FOLDED)
    if not any(keep):  # a query made only of stopwords still searches something
        keep = [True] * len(keep)
    words = [QueryWord(f, s, e, not k) for f, (_, s, e), k in zip(forms, found, keep)]
    return words, accented


def query_tokens(text: str) -> list[str]:
    """Base forms of the query words kept after stopword removal (for display and debugging)."""
    return [w.forms[0] for w in analyze_query(text)[0] if not w.stop]


def word_terms(form: str, accented: bool) -> list[str]:
    """Terms one query form searches: exact + folded (accented mode) or folded only; numbers as they are."""
    if not _has_letter(form):
        return [form]
    folded = FOLD_PREFIX + fold(form)
    return [form, folded] if accented else [folded]


def query_terms(text: str, bigrams: bool = True) -> list[str]:
    """Terms of a query under the index scheme.

    Each kept word yields ``QUERY_WEIGHT`` term occurrences (bm25s sums repeats); each bigram of two
    adjacent kept words (whitespace between them) is added once, the weight that measured best.
    """
    out: list[str] = []
    words, accented = analyze_query(text)
    scan = text.replace("_", " ")
    for i, w in enumerate(words):
        if w.stop:
            continue
        for form in w.forms:
            terms = word_terms(form, accented)
            out += terms * max(1, QUERY_WEIGHT // len(terms))
    if bigrams:
        for w, nxt in zip(words, words[1:]):
            if not (w.stop and nxt.stop) and scan[w.end : nxt.start].isspace():
                out.append(_bigram(w.forms[0], nxt.forms[0]))
    return out


# ---------------------------------------------------------------------------------------------- bm25s glue


def build_vocab_ids(docs_terms: Sequence[Sequence[str]]) -> tuple[list[list[int]], dict[str, int]]:
    """(ids per passage, vocab) for ``bm25s.BM25().index((ids, vocab))``: our terms, bm25s's sparse matrix."""
    vocab: dict[str, int] = {}
    ids = [[vocab.setdefault(t, len(vocab)) for t in terms] for terms in docs_terms]
    return ids, vocab


def query_ids(terms: Iterable[str], vocab: dict[str, int]) -> list[int]:
    """Ids of the query terms known to the index; repeats kept, since bm25s adds them up (= weight)."""
    return [vocab[t] for t in terms if t in vocab]


@lru_cache(maxsize=1024)
def segment_words(text: str) -> tuple[str, ...]:
    """Vietnamese words of ``text`` as underthesea segments them ("cư dân", "hình sự", "Warsaw"), punctuation
    dropped: where a reader needs whole words (naming the words a report lacks), not for indexing, which the
    measured compound-word experiment rejected (eval/README.md)."""
    try:
        from underthesea import word_tokenize
    except ImportError as exc:  # pragma: no cover - a requirement
        raise ImportError("underthesea is required for word segmentation: pip install underthesea") from exc
    return tuple(w for w in word_tokenize(unicodedata.normalize("NFC", text)) if any(ch.isalnum() for ch in w))


@lru_cache(maxsize=1024)
def pos_tags(text: str) -> tuple[tuple[str, str], ...]:
    """Words of ``text`` (NFC, cased: names go by capitals) with underthesea's part-of-speech tags ("V" a verb, "N" a
    noun, "P" a pronoun such as "ai" or "bao nhiêu"): where a question's verbs and who or what they ask are read."""
    try:
        from underthesea import pos_tag
    except ImportError as exc:  # pragma: no cover - a requirement (sentence splitting needs it too)
        raise ImportError("underthesea is required for tagging questions: pip install underthesea") from exc
    return tuple(pos_tag(unicodedata.normalize("NFC", text)))

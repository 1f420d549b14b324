"""Yes/no questions answered with the quote's own words: "Năm 2021 ở Đăk Tô có xảy ra khiếu nại không?" ->
"Không — «không xảy ra việc khiếu nại»".

A leader asking "có … không?" wants the verdict first; the quote already holds it, but a reader must find the
"không" in a 90-word sentence. The verdict is read, never inferred: the words the question asserts must all
stand close together in one clause of the quoted sentence (its figures too: "giảm 31%"), and the verdict is
"Không" (or "Chưa") only when a negation stands right before them ("không xảy ra việc khiếu nại") or right
after ("kinh phí … chưa có"), or when the sentence states the opposite direction of a figure ("tăng" asked,
"giảm 19,2%" written). Anything unclear gives no verdict and the quote stands alone: a missing word, a negation further back in the clause whose reach is unclear ("không để hình
thành A, B, C"), an intention ("sẽ hoàn thành"), a question that is itself negated. The evidence is a span of the sentence
(offsets kept). All functions here are pure.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from retrieval.lexicon import CALENDAR_UNITS, FUNCTION_WORDS
from retrieval.text_analysis import fold, normalize

# "… có xảy ra khiếu nại không?", "Có phải tội phạm giảm không?", "… đã hoàn thành chưa?", "…, phải không?"
_FRAMES = (
    re.compile(r"^(?P<pre>.*?)(?<!\w)(?:có phải(?: là)?|phải chăng|liệu có phải)\s+(?P<claim>.+?)"
               r"(?:\s+(?:hay không|không|phải không|chăng))?$", re.IGNORECASE),
    re.compile(r"^(?P<pre>.*?)(?<!\w)(?P<aux>có|đã)\s+(?P<claim>.+?)\s+(?P<end>hay không|không|hay chưa|chưa)$", re.IGNORECASE),
    re.compile(r"^(?P<claim>.+?)[\s,]+(?:phải không|đúng không|có đúng không|có phải không|không phải sao)$", re.IGNORECASE),
)
# a question asking for a thing, not a verdict: "Có xã nào chưa đạt … không?" is answered by naming them
_WH = re.compile(r"(?<!\w)(?:nào|gì|ai|bao nhiêu|mấy|đâu|sao|thế nào|ra sao|bao giờ|khi nào|bao lâu)(?!\w)")
NEGATORS = frozenset({"không", "chưa", "chẳng", "chả"})
# "không ngừng nâng cao", "không chỉ … mà còn", "không ít": a negator that asserts
NOT_NEGATING = frozenset({"ngừng", "chỉ", "những", "ít", "khỏi", "kể", "phân", "thể", "ngại"})
# words a question adds that a report leaves out ("theo hình thức trực tuyến" / "Hội nghị trực tuyến")
_GENERIC = re.compile(r"(?i)(?<!\w)(?:hình thức|tình trạng|trường hợp|thực hiện|việc|sự|liệu|hay)(?!\w)")
# accented only: folded, many are content words ("tại" is "tai" of "tai nạn"); a bare-typed question is restored
# before it gets here, and an unrestored word only makes the claim stricter
_SKIP = FUNCTION_WORDS | CALENDAR_UNITS | NEGATORS | {"ở", "tại", "nay", "hiện"}
_ADMIN = frozenset("huyện tỉnh xã phường quận thị trấn thành phố".split())  # before a place's name
_UNITS = "|".join(fold(u) for u in ("thành phố", "thị xã", "thị trấn", "huyện", "tỉnh", "xã", "phường", "quận"))
# an intention or a demand, not a fact: "sẽ hoàn thành", "cần phải tăng cường", "đề nghị các đơn vị …"
_INTENT = frozenset("sẽ cần phải nhằm".split())
_INTENT_PAIRS = frozenset({("phấn", "đấu"), ("đề", "nghị"), ("yêu", "cầu"), ("dự", "kiến"), ("quyết", "tâm"),
                           ("mục", "tiêu")})
WINDOW = 20  # tokens: the asserted words must all stand within this many of each other
NEGATION_REACH = 3  # tokens between a negator and the word it negates ("không xảy ra việc khiếu nại")
WIDE_REACH = 6  # after "không để" / "không cho": "không để phát sinh phức tạp hình thành “điểm nóng”"
# a figure kept whole ("31%", "195/204", "2.570"), else a word
_TOKEN = re.compile(r"\d+(?:[.,/]\d+)*%?|[^\W_]+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_PUNCT = re.compile(r"[,;:.()\[\]\"“”]")


@dataclass(frozen=True)
class Claim:
    words: tuple[str, ...]  # lower case: what must stand in the sentence ("xảy", "ra", "khiếu", "nại")
    predicate: tuple[str, ...]  # the words after "có"/"đã": a negation before one of them negates the claim
    yes: str  # "Có" or "Đã"
    no: str  # "Không" or "Chưa"
    bare: bool = False  # the question typed without any diacritic (and not restored): its words are matched folded


@dataclass(frozen=True)
class Verdict:
    word: str  # "Có", "Không", "Đã", "Chưa"
    start: int  # the evidence, offsets in the sentence
    end: int

    @property
    def negative(self) -> bool:
        return self.word in ("Không", "Chưa")


def _content(text: str) -> list[str]:
    """Lower-case words and figures that say something; names and places scope the question instead (the quote
    may not repeat them: "huyện Đăk Tô", "Công an tỉnh"), and so do years. A capital that only starts the
    question ("Hội nghị có …") is no name."""
    words = _TOKEN.findall(_GENERIC.sub(" ", text))
    if len(words) > 1 and words[0][0].isupper() and words[0][1:].islower() and not words[1][0].isupper():
        words[0] = words[0].lower()
    out = []
    unit = set()  # "Công an Phú Yên", "công an huyện …": a unit named, scoping the question ("cán bộ công an" is not)
    for i in range(len(words) - 2):
        if (words[i].lower(), words[i + 1]) == ("công", "an") and (words[i + 2][:1].isupper()
                                                                    or words[i + 2] in _ADMIN):
            unit |= {i, i + 1}
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if i in unit or w[0].isupper() or _YEAR.fullmatch(w) or w.lower() in _SKIP:
            continue
        if w in _ADMIN and nxt[:1].isupper():
            continue
        out.append(normalize(w))  # (accented, lower case, one tone placement: hoà/hòa)
    return out


def _blank(text: str, names: tuple[str, ...]) -> str:
    """``text`` with the named places blanked out (an "X" left), however they are typed ("đăk tô" for "Đăk Tô")."""
    folded = fold(text).lower()  # (same length: the text is NFC)
    for name in names:
        for m in re.finditer(rf"(?<!\w)(?:(?:{_UNITS})\s+)?{re.escape(fold(name).lower())}(?!\w)", folded):
            # a capitalised stand-in of the same length: what stood there was a name ("Công an Phú Yên có …")
            text = text[: m.start()] + "X" + " " * (m.end() - m.start() - 1) + text[m.end() :]
    return text


@lru_cache(maxsize=256)  # (read by several steps of one answer)
def yes_no_claim(question: str, places: tuple[str, ...] = ()) -> Claim | None:
    """What a yes/no question asserts, or None when it asks for something else (or asserts a negation).
    ``places``: the places the question names (they scope it; the quote need not repeat them)."""
    q = re.sub(r"[\s?.!]+$", "", unicodedata.normalize("NFC", question).strip())  # (capitals kept: names)
    if not q or _WH.search(q.lower()):
        return None
    q = _blank(q, places)
    for rx in _FRAMES:
        m = rx.match(q)
        if m is None:
            continue
        claim = m.group("claim")
        said = [w.lower() for w in _TOKEN.findall(claim)]
        if any(w in NEGATORS for w in said):
            return None  # "Có phải không xảy ra … không?": leave the double negation to the reader
        predicate = _content(claim) or (["có"] if "có" in said else [])  # "Kinh phí đã có chưa?"
        if not predicate:
            return None
        words = tuple(dict.fromkeys(_content(m.groupdict().get("pre") or "") + predicate))
        past = m.groupdict().get("end") in ("chưa", "hay chưa")
        return Claim(words, tuple(predicate), "Đã" if past else "Có", "Chưa" if past else "Không",
                     bare=fold(q) == q)
    return None


def _tokens(sentence: str, bare: bool = False) -> list[tuple[str, str, int, int]]:
    """(key, lower, start, end) per word: the key matched against the claim's words (accented, or folded for a
    claim typed bare: "cán bộ" must not match "can" nor "bố"), negators read accented ("chả" is no "cha")."""
    out = []
    for m in _TOKEN.finditer(sentence):
        lower = normalize(m.group())
        out.append((fold(lower) if bare else lower, lower, m.start(), m.end()))
    return out


def _windows(toks: list[tuple[str, str, int, int]], need: set[str], predicate: set[str]) -> list[tuple[int, int]]:
    """(first, last) token indexes of each stretch of at most ``WINDOW`` tokens holding every needed word, the
    tightest first; when the claim has a subject, only those ending on a predicate word: the subject before its
    verb ("Tội phạm … giảm"), not a verb before its object ("giảm tai nạn giao thông" is a goal, "giảm, không để
    hình thành tội phạm" another clause)."""
    out = []
    for i, tok in enumerate(toks):
        if tok[0] not in need:
            continue
        seen: set[str] = set()
        for j in range(i, min(i + WINDOW, len(toks))):
            if toks[j][0] in need:
                seen.add(toks[j][0])
                if seen == need:
                    out.append((i, j))
                    break
    if need - predicate:
        out = [w for w in out if toks[w[1]][0] in predicate]
    return sorted(out, key=lambda w: (w[1] - w[0], w[0]))


# the one pair of opposites reports state figures with: "Tội phạm năm 2021 có tăng không?" - "năm 2021 giảm 19,2%"
ANTONYMS = {"tăng": "giảm", "giảm": "tăng", "tang": "giam", "giam": "tang"}


def verdict(sentence: str, claim: Claim) -> Verdict | None:
    """The sentence's answer to ``claim``, read in the tightest stretch of one clause (no ";") writing all its
    words, or None (no such stretch, or its reading is unclear). A sentence writing the opposite direction
    instead ("giảm" for "tăng", not negated) answers no."""
    found = _verdict(sentence, claim)
    flipped = tuple(ANTONYMS.get(w, w) for w in claim.words)
    if flipped == claim.words:
        return found
    opposite = _verdict(sentence, Claim(flipped, tuple(ANTONYMS.get(w, w) for w in claim.predicate), claim.yes,
                                        claim.no, claim.bare))
    # both written ("tội phạm giảm, tai nạn tăng"): the direction standing closer to the subject is its own
    if opposite is None or (found is not None and found.end - found.start <= opposite.end - opposite.start):
        return found
    if opposite.negative:
        return None  # "không giảm" does not say "tăng"
    return Verdict(claim.no, opposite.start, opposite.end)


def _verdict(sentence: str, claim: Claim) -> Verdict | None:
    need = set(claim.words)
    offset = 0
    for clause in re.split(r"(;)", sentence):
        toks = _tokens(clause, claim.bare)
        for first, last in _windows(toks, need, set(claim.predicate))[:1]:
            return _read(clause, toks, first, last, set(claim.predicate), claim, offset)
        offset += len(clause)
    return None


def _gap(clause: str, toks: list, a: int, b: int) -> bool:
    """Punctuation between tokens a and b (a < b)."""
    return bool(_PUNCT.search(clause[toks[a][3] : toks[b][2]]))


def _read(clause: str, toks: list, first: int, last: int, predicate: set[str], claim: Claim,
          offset: int) -> Verdict | None:
    heads = [k for k in range(first, last + 1) if toks[k][0] in predicate]
    # a negator before a predicate word, within reach, nothing between but words
    for k in heads:
        for j in range(k - 1, max(k - 1 - WIDE_REACH, -1), -1):
            if _gap(clause, toks, j, k):
                break
            if toks[j][1] in _INTENT or (j and (toks[j - 1][1], toks[j][1]) in _INTENT_PAIRS):
                return None
            if toks[j][1] in NEGATORS and toks[j + 1][1] not in NOT_NEGATING:
                wide = j + 1 < len(toks) and toks[j + 1][1] in ("để", "cho")
                if k - j <= (WIDE_REACH if wide else NEGATION_REACH):
                    return Verdict(claim.no, offset + _open(clause, toks, min(j, first)),
                                   offset + _close(clause, toks[last][3]))
    # right after: "Kinh phí hỗ trợ … ANTT chưa có"
    for j in range(last + 1, min(last + 3, len(toks))):
        if _gap(clause, toks, j - 1, j):
            break
        if toks[j][1] in NEGATORS and toks[j + 1 if j + 1 < len(toks) else j][1] not in NOT_NEGATING:
            end = toks[j + 1][3] if j + 1 < len(toks) and not _gap(clause, toks, j, j + 1) else toks[j][3]
            return Verdict(claim.no, offset + _open(clause, toks, first), offset + end)
    # a negation further back in the clause: "không để hình thành tội phạm …, hoạt động tín dụng đen"
    if any(t[1] in NEGATORS and (i + 1 >= len(toks) or toks[i + 1][1] not in NOT_NEGATING)
           for i, t in enumerate(toks[:first])):
        return None
    return Verdict(claim.yes, offset + _open(clause, toks, first), offset + _close(clause, toks[last][3]))


def _open(clause: str, toks: list, first: int) -> int:
    """Where the evidence starts: at token ``first``, or before the capitalised words leading up to it when it
    is capitalised itself (the whole name: "Bộ Công an đã tổ chức …", not "Công an đã tổ chức …")."""
    def capitalised(i: int) -> bool:
        return clause[toks[i][2] : toks[i][2] + 1].isupper()

    if capitalised(first):
        while first > 0 and capitalised(first - 1) and not _gap(clause, toks, first - 1, first):
            first -= 1
    return toks[first][2]


def _close(clause: str, end: int) -> int:
    """Past a closing quotation mark or bracket the evidence opened ("“điểm nóng”")."""
    while end < len(clause) and clause[end] in "”\")’»":
        end += 1
    return end

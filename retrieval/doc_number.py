"""The number a question asks of a document or a thing ("Ông Long ký tờ trình số mấy?" -> "820/ĐLHCM-KD", "Xe khách
mang biển số gì?" -> "60L-2291"): a code, not a count, which the figure answers never give. Pure functions over
text; the answer's cue and lead (``retrieval.answer``) use them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from corpus.numbers import ADDRESS_PARTS, NUMBERED_PLACES
from retrieval.text_analysis import fold, fold_aligned, normalize

__all__ = ["NumberSpan", "asked_numbered", "asks_which_document", "number_of"]

# documents a question may ask for by "… nào?" (folded); not "văn bản nào", which asks for a report, nor "quyết
# định gì", which asks what was decided
_DOCUMENTS = ("to trinh", "quyet dinh", "cong van", "nghi quyet", "nghi dinh", "ke hoach", "thong tu", "chi thi",
              "thong bao", "cong dien", "chuyen an")
# what reports write with a number after it (folded): those documents and more, cases, plates, engines
_NUMBERED = _DOCUMENTS + ("van ban", "hop dong", "ban an", "cao trang", "giay phep", "bien so", "bien kiem soat",
                          "bien", "dau may", "so hieu")
_NOUNS = "|".join(sorted(_NUMBERED, key=len, reverse=True)).replace(" ", r"\s+")
# "tờ trình số mấy", "Nghị quyết số bao nhiêu", "mang biển số gì", "số hiệu là gì", "Kế hoạch mang số nào"
_ASKS = re.compile(rf"(?<!\w)({_NOUNS})\s+(?:(?:mang|co)\s+)?(?:(?:so|so hieu|so ky hieu)\s+)?(?:la\s+)?"
                   r"(?:may|bao nhieu|gi|nao)(?!\w)")
# a code: a word with a digit ("820/ĐLHCM-KD", "60L-2291", "M519", "11/2021/NQ-HĐND", "17"), not a date
_CODE = r"[^\W_]*\d[\w./-]*(?<![./-])"


@dataclass(frozen=True)
class NumberSpan:
    text: str  # verbatim: "820/ĐLHCM-KD"
    start: int  # offsets in the sentence
    end: int
    named_from: int  # where the thing numbered is written: "Thông tư 23/2012/TT-BCA" from there to ``end``


# ... or further on: "Thông báo của Văn phòng Chính phủ về hồ Trị An số mấy?"
_ASKS_AT_END = re.compile(rf"(?<!\w)({_NOUNS})\s+(?:\w+\s+){{1,16}}?(?:mang\s+)?so\s+(?:la\s+)?(?:may|bao nhieu)"
                          r"\s*\??\s*$")

# ... or which one: "Thông tư nào quy định …?" (answered by "Thông tư 23/2012/TT-BCA")
_ASKS_WHICH = re.compile(r"(?<!\w)(" + "|".join(d.replace(" ", r"\s+") for d in _DOCUMENTS) + r")\s+nao(?!\w)")


# ... or of anything else numbered, as "<noun> số mấy": "Móc nối ở toa số mấy bị vỡ?" (not a word that makes one with
# "số", "tổng số", "dân số", "con số", nor a function word: "trong số mấy người")
_ASKS_ANY = re.compile(r"(?<!\w)([^\W\d_]+)\s+so\s+may(?!\w)")
_NOT_NUMBERED = frozenset("tong dan con ty ti da thieu phan chi he diem ket trong cua la co cac nhung moi voi o tai "
                          "va hay hoac thu".split())


# ... or a place's number, read with its tone marks ("tầng" folds to "tăng", which asks a change): "Ông Khánh rơi
# từ tầng mấy?" ("… rơi từ tầng 5 toà nhà …", not "55 tuổi"), "ở quận mấy", "học lớp mấy"
_LABELS_WRITTEN = NUMBERED_PLACES + ADDRESS_PARTS + ("toa",)
_LABELS = tuple(fold(w) for w in _LABELS_WRITTEN)  # (folded, as a question's noun is: "tầng 5" is a floor's number)
_ASKS_LABEL = re.compile(rf"(?i)(?<!\w)({'|'.join(_LABELS_WRITTEN)})\s+(?:số\s+)?(?:mấy|bao nhiêu)(?!\w)")


@lru_cache(maxsize=1024)  # (asked by the question's type, its frame and its answer)
def asked_numbered(question: str) -> str | None:
    """The thing whose number the question asks, folded ("to trinh", "bien so"), or None. Only with "số" or a
    thing that is a number ("biển số gì"): "Quyết định gì?" asks what was decided."""
    label = _ASKS_LABEL.search(normalize(question))
    if label:
        return fold(label.group(1)).lower()
    q = fold(normalize(question)).lower()
    far = _ASKS_AT_END.search(q) or _ASKS_WHICH.search(q)
    if far:
        return re.sub(r"\s+", " ", far.group(1))
    for m in _ASKS.finditer(q):
        noun = re.sub(r"\s+", " ", m.group(1))
        asked = q[m.end(1) : m.end()]
        if re.search(r"(?<!\w)so(?!\w)", asked) or noun in ("bien so", "bien kiem soat", "so hieu"):
            return noun
    anything = _ASKS_ANY.search(q)
    return anything.group(1) if anything and anything.group(1) not in _NOT_NUMBERED else None


def asks_which_document(question: str) -> bool:
    """"Thông tư nào quy định …?": which document, answered by its name with its number, not the number alone."""
    q = fold(normalize(question)).lower()
    return bool(_ASKS_WHICH.search(q)) and not _ASKS_AT_END.search(q)


def number_of(sentence: str, noun: str) -> NumberSpan | None:
    """The number the sentence writes after ``noun`` (folded, as ``asked_numbered`` gives it) or after a like
    word: "ký tờ trình số 820/ĐLHCM-KD gửi …" -> "820/ĐLHCM-KD"; "ôtô khách mang biển 60L-2291" -> "60L-2291".
    Not a date ("quyết định ngày 12/3/2005") nor a count ("văn bản 3 lần")."""
    folded = fold_aligned(sentence)  # offsets carry over
    # a document may be called otherwise ("công văn số …" for "văn bản số mấy?"); a carriage is only a carriage
    nouns = [noun] + [n for n in _NUMBERED if n != noun and (noun.startswith("bien") == n.startswith("bien"))
                      and noun in _NUMBERED]
    for n in nouns:
        words = n.replace(" ", r"\s+")
        # (also "công văn này (số 151 ngày 12-1-2006)": the document named again, its number in brackets)
        for m in re.finditer(rf"(?<!\w){words}\s+(?:(?:so hieu|so ky hieu|so|kiem soat)\s+|"
                             rf"(?:nay|do|tren)\s*\(\s*so\s+)?(?:la\s+)?({_CODE})", folded):
            code = sentence[m.start(1) : m.end(1)]
            if n in _LABELS and sentence[m.start() : m.start() + len(n)].lower() not in _LABELS_WRITTEN:
                continue  # "Số vụ tăng 5 vụ": "tăng" (a rise), not "tầng"
            if not re.search(r"\d", code) or re.fullmatch(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?", code):
                continue  # "ngày 12/3/2005"
            if re.fullmatch(r"\d{1,3}", code) and not re.search(r"(?<!\w)so\s+$", folded[m.start() : m.start(1)]) and (
                    n not in _DOCUMENTS + ("bien", "bien so", "bien kiem soat", "dau may", "so hieu") + _LABELS
                    or re.match(r"\s+(?:nam|thang|ngay|tuan|gio|lan)(?!\w)", folded[m.end(1):])):
                continue  # "văn bản 3 lần", "kế hoạch 5 năm": a bare small number is a count ("Chỉ thị 06" is not)
            end = m.end(1)
            spaced = re.match(r"\s*[-–]\s*\d[\w.]*", sentence[end:]) if n.startswith("bien") else None
            if spaced:  # "biển số 29K -1726": a plate written with a space before its dash
                end += spaced.end()
            elif "/" in code and code[-1:].isupper():  # "giấy phép số 405/TM - XNK": its issuer's part, spaced
                issuer = re.match(r"\s*[-–]\s*[A-ZĐ]{2,}(?!\w)", sentence[end:])
                end += issuer.end() if issuer else 0
            # "toa số 3 và toa số 4": every number of the list
            listed = re.compile(rf"\s*(?:,|va)\s+(?:{words}\s+(?:so\s+)?|so\s+)({_CODE})")  # (not "… và 5 văn bản")
            while (more := listed.match(folded, end)) is not None:
                end = more.end(1)
            return NumberSpan(sentence[m.start(1) : end], m.start(1), end, m.start())
    if noun.startswith("bien"):  # a plate written after the vehicle: "xe buýt số 53N-3635", "xe số 53N-3635"
        m = _VEHICLE_NUMBER.search(folded)
        if m:
            return NumberSpan(sentence[m.start(1) : m.end(1)], m.start(1), m.end(1), m.start())
    return None


# (folded) a vehicle and its plate: "xe buýt số 53N-3635", "ô tô 29A-123.45", "xe máy BKS 59F1-234.56"
_VEHICLE_NUMBER = re.compile(r"(?<!\w)(?:xe|o\s*to|mo\s*to|tau|ca no)(?:\s+[^\W\d_]+){0,2}\s+(?:so\s+|bks\s+)?"
                             r"(\d{2}[a-z]{1,2}\d?\s*-\s*(?:\d{3}\.\d{2}|\d{3,5}))(?![\w.-])", re.IGNORECASE)

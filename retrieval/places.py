"""Places and units named in text: "huyện Đăk Tô", "tỉnh Thanh Hóa", "thị xã Sông Cầu", "Công an tỉnh Phú Yên".

Reports are local: the same figure question ("bao nhiêu xã đạt chuẩn an toàn?") has a different answer per
province, so the place a user names is a strong signal. Two sources:
  * ``find_places`` reads an administrative word followed by a capitalised name from the question;
  * a ``Gazetteer`` of the names the corpus itself uses finds them in questions typed in lowercase or without
    diacritics ("huyen dak to"), where capitalisation is gone.
Everything is compared in folded form (``fold(normalize(...))``), so accents and tone placement never matter.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from retrieval.text_analysis import UPPER, fold, normalize

__all__ = ["Gazetteer", "Place", "find_places", "places_between", "place_key", "mentions", "mentions_place", "names_place",
           "occurrences", "same_tier", "unit_before"]

_UNITS = ("thành phố", "thị xã", "thị trấn", "tiểu khu", "tỉnh", "huyện", "quận", "xã", "phường", "thôn", "bản",
          "tp.", "tp")
_UNIT_RE = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
# largest first: a bare name is read as the largest place of that name
_LEVEL = {u: i for i, u in enumerate(("tỉnh", "thành phố", "quận", "huyện", "thị xã", "phường", "xã", "thị trấn",
                                      "tiểu khu", "thôn", "bản"))}
_LOCATIVE = re.compile(r"(?:^|\s)(?:o|tai|tren dia ban|dia ban)\s*$")  # folded "ở", "tại", "(trên) địa bàn"
_CAP = rf"[{UPPER}][\wÀ-ỹ]*"
# unit word (any case) + 1..4 capitalised syllables ("Đăk Tô", "Qui Nhơn", "Bà Rịa - Vũng Tàu" stops at '-')
_NAME = rf"{_CAP}(?:\s+{_CAP}){{0,3}}"  # 1..4 capitalised syllables
# (the unit in any case, "Huyện", "TỈNH"; the name capitalised, so that "huyện Đăk Tô và tỉnh Thanh Hóa" is two)
_PLACE = re.compile(rf"(?<!\w)({_UNIT_RE})\s+((?-i:{_NAME}))", re.IGNORECASE)
_CAP_ONLY = re.compile(rf"^{_CAP}$")
# the numbered districts and wards of the big cities: "quận 7", "Quận 1", "phường 15" (never "quận 7,5" nor a date)
_NUMBERED = re.compile(r"(?<!\w)(quận|phường|q\.|p\.)\s*(\d{1,2})(?![\d/.,:]\d|\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Place:
    unit: str  # normalized unit word: "huyện", "tỉnh", "thành phố" ("tp" is read as "thành phố"); "" when unsaid
    name: str  # as written: "Đăk Tô"

    @property
    def key(self) -> str:
        return place_key(self.name)

    @property
    def full_key(self) -> str:
        return place_key(f"{self.unit} {self.name}")

    def __str__(self) -> str:
        return f"{self.unit} {self.name}" if self.unit else self.name


def place_key(text: str) -> str:
    """The comparison form: folded, lowercase, single spaces ("Đăk  Tô" -> "dak to")."""
    return " ".join(fold(normalize(text)).split())


def _unit(word: str) -> str:
    u = normalize(word).rstrip(".")
    return "thành phố" if u == "tp" else u


def find_places(text: str) -> list[Place]:
    """Unit + capitalised name, in order, without repeats. The unit must be followed by a capital letter,
    so "xã hội" or "các xã, thị trấn" are never places; or a district or ward numbered ("quận 7")."""
    out: list[Place] = []
    found = [(m.start(), m) for m in _PLACE.finditer(text)] + [(m.start(), m) for m in _NUMBERED.finditer(text)]
    for _start, m in sorted(found, key=lambda x: x[0]):
        if m.re is _NUMBERED:
            unit = {"q.": "quận", "p.": "phường"}.get(m.group(1).lower(), normalize(m.group(1)).lower())
            place = Place(unit, str(int(m.group(2))))
            if place not in out:
                out.append(place)
            continue
        words = m.group(2).split()
        # the name's syllables must really be capitalised (IGNORECASE also relaxed [A-Z] in _CAP)
        words = words[: next((i for i, w in enumerate(words) if not _CAP_ONLY.match(w) or not w[0].isupper()),
                             len(words))]
        if len(words) > 2 and all(w.isupper() for w in words):  # "HUYỆN TUYÊN HÓA NĂM 2021": a headline
            words = words[:2]
        if not words:
            continue
        place = Place(_unit(m.group(1)), " ".join(words))
        if place not in out:
            out.append(place)
    return out


_ONE = rf"(?:(?i:{_UNIT_RE})\s+)?{_NAME}"
_AND = r"\s*(?:,|(?i:và|va|với|voi))\s+"
# "giữa Đăk Tô và Tuyên Hóa", "So sánh Đăk Tô với Tuyên Hóa", "So sánh tội phạm ở Đăk Tô và Tuyên Hóa"
_BETWEEN = re.compile(rf"(?<!\w)(?i:giữa|giua|so sánh|so sanh|đối chiếu|doi chieu|ở|o|tại|tai)\s+({_ONE}(?:{_AND}{_ONE})+)")
_UNIT_AND_NAME = re.compile(rf"(?:((?i:{_UNIT_RE}))\s+)?({_NAME})")


def places_between(text: str) -> list[Place]:
    """The places a comparison sets side by side: "giữa Đăk Tô và Tuyên Hóa", "giữa huyện Đăk Tô với thị xã Sông
    Cầu", "So sánh Đăk Tô và Tuyên Hóa", "… ở Đăk Tô và Tuyên Hóa" (capitalised names, with or without their unit
    word; read only from a question that asks to compare)."""
    m = _BETWEEN.search(text)
    if m is None:
        return []
    out: list[Place] = []
    for part in re.split(_AND, m.group(1)):
        one = _UNIT_AND_NAME.fullmatch(part.strip())
        if one:
            place = Place(_unit(one.group(1)) if one.group(1) else "", one.group(2))
            if place not in out:
                out.append(place)
    return out if len(out) > 1 else []


def occurrences(text_key: str, key: str):
    """Start offsets of the whole-word occurrences of one folded key in a folded text."""
    start = text_key.find(key) if key else -1
    while start >= 0:
        end = start + len(key)
        if (start == 0 or not text_key[start - 1].isalnum()) and (end == len(text_key) or not text_key[end].isalnum()):
            yield start
        start = text_key.find(key, start + 1)


# administrative tiers: a province, a district, a commune, a hamlet ("thành phố" is a province or a district)
_TIERS = {"tỉnh": {0}, "thành phố": {0, 1}, "quận": {1}, "huyện": {1}, "thị xã": {1}, "phường": {2}, "xã": {2},
          "thị trấn": {2}, "tiểu khu": {3}, "thôn": {3}, "bản": {3}}


def same_tier(a: Place, b: Place) -> bool:
    """Are the two places of one tier ("quận Tân Phú" and "huyện Hóc Môn"), neither inside the other ("tỉnh Tiền
    Giang" and "huyện Chợ Gạo" are not)?"""
    return bool(_TIERS.get(a.unit, set()) & _TIERS.get(b.unit, set()))


def mentions(text_key: str, key: str) -> bool:
    """Whole-word containment of one folded key in a folded text."""
    return next(occurrences(text_key, key), None) is not None


# folded unit words, longest first, each with the unit it names ("tp." is "thành phố")
_UNIT_KEYS = sorted(((place_key(u), _unit(u)) for u in _UNITS), key=lambda x: -len(x[0]))


def unit_before(text_key: str, start: int) -> str | None:
    """The unit word written right before offset ``start`` of a folded text ("xa thanh hoa" -> "xã"), or None."""
    head = text_key[max(0, start - 12) : start].rstrip()
    for key, unit in _UNIT_KEYS:
        if head.endswith(key) and (len(head) == len(key) or not head[-len(key) - 1].isalnum()):
            return unit
    return None


def mentions_place(text_key: str, key: str, unit: str | None = None) -> bool:
    """Does the folded text name the place? With ``unit`` (the question said "tỉnh Thanh Hóa"), an occurrence
    after another unit word ("xã Thanh Hóa", a commune of Tuyên Hóa) is another place and does not count; a bare
    "Thanh Hóa" or "Công an tỉnh Thanh Hóa" does."""
    if key.isdigit():  # "quận 7": the number alone names nothing, its unit must be written ("quan 7", "q.7")
        return any(unit_before(text_key, start) == (unit or "quận") for start in occurrences(text_key, key))
    return any(unit is None or unit_before(text_key, start) in (None, unit) for start in occurrences(text_key, key))


def names_place(text_key: str, place: Place) -> bool:
    """Does the folded text name the place at all (its name anywhere; a numbered one, "quận 7", only after its
    unit word), with or without the dash a name of two parts may be written with ("Thừa Thiên - Huế", "Bà
    Rịa-Vũng Tàu")?"""
    if place.key.isdigit():
        return mentions_place(text_key, place.key, place.unit)
    return place.key in text_key or ("-" in text_key + place.key and undashed(place.key) in undashed(text_key))


_DASH = re.compile(r" ?- ?")


def undashed(key: str) -> str:
    """A folded text with the dashes between words dropped ("thua thien - hue" -> "thua thien hue")."""
    return _DASH.sub(" ", key)


_PUNCT = ".,;:!()\"'“”"


class Gazetteer:
    """Place names a corpus uses, found again in any spelling of a question."""

    def __init__(self, places: Iterable[Place] = ()):
        self.names: dict[str, Place] = {}
        self.units: dict[str, set[str]] = {}  # every level the corpus names each place at
        for p in places:
            have = self.names.get(p.key)
            if have is None or (have.name.isupper() and not p.name.isupper()):  # "Tuyên Hóa", not a headline's
                self.names[p.key] = p
            self.units.setdefault(p.key, set()).add(p.unit)
        self._by_first: dict[str, list[str]] = {}
        for key in sorted(self.names, key=len, reverse=True):
            self._by_first.setdefault(key.split()[0], []).append(key)

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> "Gazetteer":
        places: list[Place] = []
        for t in texts:
            places += find_places(t)
        # one-syllable names ("xã Lâm") are too ambiguous to look for without capitals
        return cls(p for p in places if len(p.key.split()) >= 2)

    def __len__(self) -> int:
        return len(self.names)

    def named_in(self, question: str, known: Iterable[Place] = (), *, located: bool = False) -> list[Place]:
        """The corpus places a question names without a unit word ("… ở Đăk Tô …"), as the question names them:
        the unit is the one written before the name; a bare name is the largest place the corpus gives that
        name ("ở Thanh Hóa" is the province, not the commune "xã Thanh Hóa"), or "" when it gives it one level
        only (any level). ``known`` places are left out; ``located``: only names after a unit word or "ở"/"tại", or
        opening the question ("Tuyên Hóa có bao nhiêu …"): what happened there, not "… khiến Jacksonville trở
        thành …", where the name is what is talked about."""
        have = {p.key for p in known}
        text = place_key(question)
        out = []
        for p in self.find(question):
            if p.key in have:
                continue
            at = next((m.start() for m in re.finditer(rf"(?<!\w){re.escape(p.key)}(?!\w)", text)), -1)
            unit = unit_before(text, at) if at >= 0 else None
            opening = at >= 0 and not text[:at].strip()
            if located and unit is None and not opening and not _LOCATIVE.search(text[: max(at, 0)]):
                continue
            levels = self.units.get(p.key, set())
            if unit is None and len(levels) > 1:
                unit = min(levels, key=lambda u: _LEVEL.get(u, len(_LEVEL)))
            out.append(Place(unit or "", p.name))
        return out

    def named_between(self, question: str) -> list[Place]:
        """The corpus places a comparison sets side by side, in any spelling ("so sanh … giua dak to va tuyen hoa",
        where no capital tells a name), each at any level; none unless there are two or more."""
        text = place_key(question)
        m = re.search(r"(?<!\w)(?:giua|so sanh|doi chieu)\s", text)
        found = [Place("", p.name) for p in self.find(text[m.end():])] if m else []
        return found if len(found) > 1 else []

    def find(self, question: str) -> list[Place]:
        """Corpus places whose name occurs as whole words in the question (longest match wins)."""
        raw = place_key(question).replace("?", " ").split()
        words = [w.strip(_PUNCT) for w in raw]
        # a name never runs over punctuation: "nhất định, quan điểm" is no "Định Quán"
        ends = [w.rstrip(_PUNCT) != w for w in raw]
        found: list[Place] = []
        i = 0
        while i < len(words):
            for key in self._by_first.get(words[i], ()):
                n = key.count(" ") + 1
                if " ".join(words[i : i + n]) == key and not any(ends[i : i + n - 1]):
                    if self.names[key] not in found:
                        found.append(self.names[key])
                    i += n - 1
                    break
            i += 1
        return found

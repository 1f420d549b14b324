"""Vietnam's provinces and centrally-run cities, known without any report: a question naming one bare ("Kết quả
phong trào … của Nghệ An?", "Quảng Bình có bao nhiêu mô hình?") names a place, which the reports may not cover.

Place names the corpus itself uses are found by ``places.Gazetteer``; a province no loaded report mentions is
not in it, so the question used to be answered from another province's report. With this list the question's
place is known, and the answer says that no loaded report mentions it. Names are matched only as written with
capitals, and not inside a longer capitalised run ("Trần Thái Bình" is a person): "hòa bình" in lower case is
peace, not the province.
"""
from __future__ import annotations

import re
import unicodedata

from retrieval.places import Place, place_key

__all__ = ["PROVINCES", "CITIES", "is_province", "named_provinces"]

# the 58 provinces and 5 centrally-run cities before the 2025 merger (reports name them), and Huế (a city since 2025)
PROVINCES = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định",
    "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai",
    "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên",
    "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định",
    "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi",
    "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa",
    "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái")
CITIES = ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế")

_WORD = re.compile(r"[^\W\d_]+\.?|-")  # words, "TP." and the dash of "Bà Rịa - Vũng Tàu"


def _key(name: str) -> str:
    """Folded, dashes dropped: "Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu" and "ba ria vung tau" are one name."""
    return " ".join(place_key(name).replace("-", " ").split())


_BY_KEY = {_key(n): n for n in PROVINCES + CITIES}


def is_province(name: str) -> bool:
    """Is ``name`` a province's or a city's bare name ("Hà Nội", "ha noi")? A capitalised run a family name opens
    may be one ("Hà Nội", "Cao Bằng"), not a person."""
    return _key(name) in _BY_KEY


def named_provinces(question: str, known: list[Place] = ()) -> list[Place]:
    """The provinces and cities a question names with capitals ("tỉnh Nghệ An", "thành phố Hà Nội": a report's
    bare "Thanh Hóa" names it too, its "xã Thanh Hóa" does not), except those in ``known`` (named already)."""
    text = unicodedata.normalize("NFC", question)
    have = {p.key for p in known}
    out: list[Place] = []
    for words in _capitalised_runs(text):
        # the run is the name, or the name after a unit or a body ("Công an Thanh Hóa", "TP Hồ Chí Minh"); a
        # name after a family name is a person's ("Trần Thái Bình")
        for cut in range(len(words)):
            key = _key(" ".join(words[cut:]))
            if key in _BY_KEY and (cut == 0 or place_key(words[cut - 1]) in _LEADS):
                name = _BY_KEY[key]
                place = Place("thành phố" if name in CITIES else "tỉnh", name)
                if place.key not in have and place not in out:
                    out.append(place)
                break
    return out


def _capitalised_runs(text: str) -> list[list[str]]:
    """Runs of adjacent capitalised words ("Bà Rịa - Vũng Tàu", "Công", "Nghệ An"), each as its words."""
    runs: list[list[str]] = []
    current: list[str] = []
    last_end = -1
    for m in _WORD.finditer(text):
        word = m.group()
        joined = current and not text[last_end : m.start()].strip()  # nothing but spaces since the last word
        if word == "-" or word[0].isupper():
            if not joined and current:
                runs.append(current)
                current = []
            current.append(word)
        elif current:
            runs.append(current)
            current = []
        last_end = m.end()
    if current:
        runs.append(current)
    return [[w for w in run if w != "-"] for run in runs if run != ["-"]]


# words that may precede a province's name in one capitalised run: units and bodies, not family names
_LEADS = {place_key(w) for w in ("Công", "An", "Tỉnh", "Thành", "Phố", "TP", "TP.", "Ủy", "Uỷ", "Ban", "Nhân", "Dân",
                                 "UBND", "Đảng", "Bộ", "Sở", "Cục", "Tòa", "Án", "Viện", "Kiểm", "Sát",
                                 "Huyện", "Thị", "Xã", "Tại", "Ở", "Của", "Và", "Với", "Giữa")}

"""Title, date and period stated by a report itself.

Reports rarely carry structured metadata; they say it in the text: a "date 2022-06" stamp from
the site that saved them, an opening "Chiều ngày 14/4/2022, ..." or "Chiều 3-6, ..." (year from
the context), an upper-case headline, a "năm 2021" in the title. These pure functions read those.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from corpus.names import UPPER as _UPPER
from corpus.numbers import BIRTH_YEAR

_DATE_STAMP = re.compile(r"^\s*date\s+(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\s*", re.IGNORECASE)
_DAY_PARTS = r"(?:(?:Sáng|Chiều|Trưa|Tối|Đêm)\s+)?(?:(?:ngày|hôm)\s+)?"
_OPENING_DATE = re.compile(
    r"^(?:Vừa qua,\s*)?" + _DAY_PARTS + r"(\d{1,2})\s*[/\-.]\s*(\d{1,2})(?:\s*[/\-.]\s*(\d{4}))?(?!\d)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\d/.,-])(19[5-9]\d|20[0-4]\d)(?![\d/.,]\d)")
_RANGE_END = re.compile(r"(?:19|20)\d\d\s*[–—-]\s*((?:19|20)\d\d)")
_TITLE_MAX = 220


@dataclass(frozen=True)
class TextMetadata:
    title: str
    date: str | None  # "2022-04-14", "2022-06" or None
    year: int | None  # the year the report is about
    body_start: int  # offset where the body begins once a "date ..." stamp is removed


def _valid(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


def vietnamese_date(iso: str | None) -> str | None:
    """ "2022-04-14" -> "14/04/2022", "2022-06" -> "06/2022", "2022" -> "2022" (the order readers write)."""
    return "/".join(reversed(iso.split("-"))) if iso else None


def _births(text: str) -> set[int]:
    """Offsets of the birth years in ``text`` ("SN 1986"): a person's age, not a year the text reports on."""
    return {m.start(1) for m in BIRTH_YEAR.finditer(text)}


def years_in(text: str) -> list[int]:
    """Four-digit years written as years (not parts of dates like 14/4/2022 or codes, nor birth years)."""
    births = _births(text)
    return [int(m.group(1)) for m in _YEAR.finditer(text) if m.start(1) not in births]


# the year of a full date ("đến 12.11.1999, bị kết án …", "ngày 14/4/2022"): a year the text speaks of, though not
# written as one
_DATE_YEAR = re.compile(r"(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d{2})(?!\d)")
# ... and of a month ("Từ tháng 1 đến cuối tháng 12/2004, công ty đã mua …", "tháng 3.2005")
_MONTH_YEAR = re.compile(r"(?i)(?<!\w)tháng\s+\d{1,2}\s*[/.-]\s*((?:19|20)\d{2})(?!\d)")


def dated_years(text: str) -> list[int]:
    """The years of the full dates and the months a text writes ("12.11.1999" -> 1999, "tháng 12/2004" -> 2004),
    which ``years_in`` leaves out."""
    return [int(y) for y in _DATE_YEAR.findall(text) + _MONTH_YEAR.findall(text)]


def latest_year(text: str) -> int | None:
    """The latest year a text speaks of, ignoring the far end of spans like "nhiệm kỳ 2021 – 2026"."""
    skip = {m.start(1) for m in _RANGE_END.finditer(text)} | _births(text)
    found = [int(m.group(1)) for m in _YEAR.finditer(text) if m.start(1) not in skip]
    return max(found) if found else None


def _first_line(text: str) -> str:
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return ""


def _looks_like_heading(line: str) -> bool:
    if not line or len(line) > _TITLE_MAX or line.endswith((".", ":", ";", ",")):
        return False
    letters = [c for c in line if c.isalpha()]
    upper_share = sum(c.isupper() for c in letters) / max(1, len(letters))
    return upper_share > 0.6 or len(line.split()) <= 25


def _shorten(sentence: str, limit: int = 140) -> str:
    sentence = sentence.strip().rstrip(".")
    if len(sentence) <= limit:
        return sentence
    cut = sentence.rfind(" ", 0, limit)
    return sentence[: cut if cut > 0 else limit].rstrip(",;:– -") + "…"


def _drop_opening_clause(sentence: str) -> str:
    """'Chiều ngày 14/4/2022, tại Hội trường X, Y tổ chức hội nghị Z' -> 'Y tổ chức hội nghị Z'."""
    parts = [p.strip() for p in sentence.split(",")]
    while len(parts) > 1 and (_OPENING_DATE.match(parts[0]) or parts[0].lower().startswith(("tại ", "vừa qua", "sáng", "chiều"))):
        parts.pop(0)
    return ", ".join(parts)


def extract_metadata(text: str, *, fallback_title: str = "") -> TextMetadata:
    """Title, date and period of a report from its own wording."""
    body_start, date, year = 0, None, None
    stamp = _DATE_STAMP.match(text)
    stamp_year = stamp_month = None
    if stamp:
        stamp_year, stamp_month = int(stamp.group(1)), int(stamp.group(2))
        date = f"{stamp_year:04d}-{stamp_month:02d}"
        if stamp.group(3):
            date += f"-{int(stamp.group(3)):02d}"
        body_start = stamp.end()
    body = text[body_start:]
    head = _first_line(body)

    # title: a heading line, else the first sentence without its date/place clause
    if _looks_like_heading(head) and not _OPENING_DATE.match(head):
        title = head
    else:
        first_sentence = re.split(r"(?<=[.!?])\s", head, maxsplit=1)[0]
        title = _shorten(_drop_opening_clause(first_sentence)) or fallback_title
    if not title:
        title = fallback_title

    # date: "Chiều ngày 14/4/2022", "Chiều 3-6" (year from the stamp or the text)
    for line in body.split("\n")[:6]:
        m = _OPENING_DATE.match(line.strip())
        if not m:
            continue
        day, month = int(m.group(1)), int(m.group(2))
        if not _valid(day, month):
            continue
        y = int(m.group(3)) if m.group(3) else stamp_year
        if y is None:
            y = latest_year(body)
        if y is not None:
            date = f"{y:04d}-{month:02d}-{day:02d}"
        break

    # period: the year named in the title, else the report's date, else the latest year it names
    title_years = years_in(title)
    if title_years:
        year = title_years[-1]
    elif date:
        year = int(date[:4])
    else:
        year = latest_year(body)
    return TextMetadata(title=title, date=date, year=year, body_start=body_start)


# ---------------------------------------------------------------------------------------------
# Who wrote it, which unit issued it, which places it names
# ---------------------------------------------------------------------------------------------
# Police news reports end with the writer's name on its own line ("Hà Thuỷ", "Phương Hồng"),
# sometimes followed by site furniture ("Các tin khác"); the issuing unit is the police unit the
# report keeps returning to ("Công an huyện" ten times, named once as "Công an huyện Đăk Tô"), or
# the one in a byline credit "(CA thị xã Sông Cầu)"; places are administrative names introduced
# by their level ("tỉnh Thanh Hóa", "thị xã Sông Cầu", "quận 9").
_NAME_WORD = rf"[{_UPPER}][^\W\d_]*"
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"
_LEVELS = r"thành phố|thị xã|thị trấn|tỉnh|huyện|quận|phường|xã|TP\.?"
_HYPHENATED = r"(?:[ \t]*[-–][ \t]*(?:Vũng Tàu|Huế))?"  # "Bà Rịa - Vũng Tàu", "Thừa Thiên - Huế"
_PLACE = re.compile(rf"(?<!\w)(?i:(?P<level>{_LEVELS}))[ \t]+(?P<name>{_NAME}{_HYPHENATED}|\d{{1,2}}(?!\w))")
_POLICE = re.compile(rf"(?<![\w])(?:Công an|CA)[ \t]+(?P<level>{_LEVELS})(?:[ \t]+(?P<name>{_NAME}{_HYPHENATED}|\d{{1,2}}(?!\w)))?(?!\w)")
_MINISTRY = re.compile(r"(?<!\w)Bộ Công an(?!\w)")
_CREDIT_UNIT = re.compile(rf"\((?:CA|Công an)[ \t]+(?P<level>{_LEVELS})[ \t]+(?P<name>{_NAME})\)\s*$")
_TRAILING_FURNITURE = re.compile(
    r"^(?:các tin khác|tin liên quan|tin khác|bài liên quan|xem thêm|về đầu trang|in bài|chia sẻ|bình luận"
    r"|gửi bài viết|tags?:.*|từ khóa:.*|từ khoá:.*|\(?nguồn:.*|top)\W*$", re.IGNORECASE)
_BYLINE_SEP = re.compile(r"\s*(?:[-–,&]|\bvà\b)\s*")
_NOT_NAMES = {"Ảnh", "Nguồn", "Theo", "Tin", "Bài", "Kết", "Hội", "Công", "Đồng", "Trân", "Xin", "Các", "Ban",
              "Phòng", "Đội", "Bộ", "Sở", "Ủy", "Uỷ", "UBND", "Tỉnh", "Huyện", "Xã", "Thành", "Quận"}
_BYLINE_ABBREV = re.compile(r"^(?:Nhóm )?(?:PV|CTV|BTV|PV\.?\s*\w+|TTXVN)$")
_PROVINCES = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương",
    "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
    "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
    "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
    "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
    "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
    "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh",
    "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái", "TP HCM", "TP.HCM", "TPHCM", "TP Hồ Chí Minh",
)
_PROVINCE_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(p) for p in sorted(_PROVINCES, key=len, reverse=True)) + r")(?!\w)")
_LEVEL_NAMES = {"tp": "thành phố", "tp.": "thành phố"}


def _level(word: str) -> str:
    word = word.lower()
    return _LEVEL_NAMES.get(word, word)


_ALIASES = {"HCM": "Hồ Chí Minh", "Hồ Chí Minh": "Hồ Chí Minh", "Thừa Thiên Huế": "Thừa Thiên - Huế"}


def _canon(name: str) -> str:
    name = unicodedata.normalize("NFC", re.sub(r"\s+", " ", name).strip())
    name = re.sub(r"\s*[-–]\s*", " - ", name)
    return _ALIASES.get(name, name)


def _name_tokens_ok(tokens: list[str]) -> bool:
    for tok in tokens:
        if not tok[0].isupper() or not tok.isalpha():
            return False
        if not (tok[1:].islower() or tok.isupper() or len(tok) == 1):
            return False
    return tokens[0] not in _NOT_NAMES


def _content_lines(text: str) -> list[str]:
    """Non-empty lines without trailing site furniture such as "Các tin khác"."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    while lines and _TRAILING_FURNITURE.match(lines[-1]):
        lines.pop()
    return lines


def extract_author(text: str) -> str | None:
    """The byline: a short line of personal names closing the report ("Hà Thuỷ", "Sơn Hải - Phương Hồng")."""
    lines = _content_lines(text)
    if len(lines) < 2:
        return None
    line = lines[-1].strip(" .")
    line = re.sub(r"\s*\([^)]*\)$", "", line)  # "Hoàng Nam (CA huyện X)": the credit is the unit's
    line = re.sub(r"^(?:Bài(?: và ảnh)?|Tin(?: và ảnh)?|Tin, ảnh|Nhóm phóng viên)\s*:\s*", "", line, flags=re.I)
    if not line or len(line) > 60 or any(c.isdigit() for c in line):
        return None
    if _BYLINE_ABBREV.match(line):
        return line
    names = [n for n in _BYLINE_SEP.split(line) if n]
    if not names or len(names) > 4:
        return None
    for name in names:
        tokens = name.split()
        if not 2 <= len(tokens) <= 4 or not _name_tokens_ok(tokens):
            return None
    return ", ".join(_canon(n) for n in names)


def extract_places(text: str) -> list[str]:
    """Administrative places named in the text, in order of first mention, without repeats."""
    found: dict[str, None] = {}
    masked = text
    for m in _PLACE.finditer(text):
        name = m.group("name")
        tokens = name.split()
        if not name.isdigit() and tokens[0] in _NOT_NAMES:
            continue
        if m.group("level").isupper() and not m.group("level").startswith("TP"):
            continue  # an upper-case headline ("TRÊN ĐỊA BÀN HUYỆN TUYÊN HÓA NĂM 2021"): no word boundaries by case
        level = _level(m.group("level"))
        found.setdefault(f"{level} {_canon(name)}", None)
        masked = masked[: m.start()] + " " * (m.end() - m.start()) + masked[m.end() :]
    for m in _PROVINCE_RE.finditer(masked):  # bare province names ("Bình Phước: Cán bộ...")
        name = m.group(1)
        if re.fullmatch(r"TP\.? ?HCM|TPHCM|TP Hồ Chí Minh", name):
            name = "thành phố Hồ Chí Minh"
        if not any(p.endswith(" " + name) or p == name for p in found):
            found.setdefault(_canon(name), None)
    return list(found)


def extract_unit(text: str, places: list[str] | None = None) -> str | None:
    """The police unit that issued or is the subject of the report.

    A credit "(CA thị xã Sông Cầu)" in the closing lines wins; otherwise the most mentioned police
    unit, where an unnamed "Công an huyện" counts for the one district the text names.
    """
    tail = "\n".join(_content_lines(text)[-3:])
    for line in reversed(tail.split("\n")):
        m = _CREDIT_UNIT.search(line)
        if m:
            return f"Công an {_level(m.group('level'))} {_canon(m.group('name'))}"
    places = extract_places(text) if places is None else places
    by_level: dict[str, list[str]] = {}
    for p in places:
        for lvl in ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "phường", "xã"):
            if p.startswith(lvl + " "):
                by_level.setdefault(lvl, []).append(p[len(lvl) + 1 :])
                break
    scores: dict[str, float] = {}
    generic: dict[str, float] = {}
    lead = len(text) // 10 + 300
    for m in _POLICE.finditer(text):
        level, name = _level(m.group("level")), m.group("name")
        if name and not name.isdigit() and (name.split()[0] in _NOT_NAMES or m.group("level").isupper()):
            name = None
        bonus = 0.5 if m.start() < lead else 0.0
        if name:
            unit = f"Công an {level} {_canon(name)}"
        elif len(by_level.get(level, [])) == 1:
            unit = f"Công an {level} {by_level[level][0]}"
        else:
            generic[f"Công an {level}"] = generic.get(f"Công an {level}", 0) + 1 + bonus
            continue
        scores[unit] = scores.get(unit, 0) + 1 + bonus
    for m in _MINISTRY.finditer(text):
        scores["Bộ Công an"] = scores.get("Bộ Công an", 0) + 1 + (1.0 if m.start() < lead else 0.0)
    if "Bộ Công an" in scores and scores["Bộ Công an"] < 3:  # a passing mention of the ministry
        del scores["Bộ Công an"]
    pool = scores or generic
    if not pool:
        return None
    return max(pool.items(), key=lambda kv: kv[1])[0]


@dataclass(frozen=True)
class Provenance:
    author: str | None
    unit: str | None
    places: tuple[str, ...]


def extract_provenance(text: str) -> Provenance:
    """Author byline, issuing unit and places of a report, from its own wording."""
    places = extract_places(text)
    return Provenance(author=extract_author(text), unit=extract_unit(text, places), places=tuple(places))

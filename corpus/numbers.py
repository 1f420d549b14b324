"""Vietnamese numerals: read them, and tell a count from a date, a year, a time or a document code.

Reports state their figures in Vietnamese conventions: "2.570" is two thousand five hundred and
seventy (dots group thousands), "16,4%" is sixteen point four per cent (a comma marks decimals),
"03 năm" is three years, "1,2 tỷ đồng" is 1.2e9 dong. The same digits also appear in dates
("14/4/2022", "3-6", "tháng 11-2019"), in document codes ("Thông tư 23/2012/TT-BCA", "Chỉ thị 06",
"Ban chỉ đạo 138", "COVID-19") and in times ("14h30"). An answer that quotes "23" as a count of
anything is wrong, so every numeral is classified before anyone cites it.

Everything here is a pure function of the text: regexes and small rules, no model.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from corpus.names import SURNAMES, UPPER

# Kinds that state a quantity worth citing; the others (date, year, period, code, time, ordinal)
# only locate or name things.
FIGURE_KINDS = frozenset({"count", "percent", "ratio", "range", "money", "decimal"})


@dataclass(frozen=True)
class NumericSpan:
    """A numeral found in a text: ``text[start:end] == raw``.

    ``approx`` is the qualifier before the numeral ("hơn", "gần", "khoảng", "hàng"); it starts at
    ``approx_start`` (outside the span, except "hàng"/"vài"/"mấy" which are part of "hàng trăm").
    ``unit`` is a unit inside ``raw``: "%" for percentages, the currency ("tỷ đồng") for money, a
    glued measure ("5km").
    """

    start: int
    end: int
    raw: str
    kind: str
    value: float | None = None
    parts: tuple[float, ...] = ()
    approx: str | None = None
    approx_start: int | None = None
    unit: str | None = None

    @property
    def is_figure(self) -> bool:
        return self.kind in FIGURE_KINDS

    def to_dict(self) -> dict:
        return asdict(self)


# ---------------------------------------------------------------------------------------------
# Parsing a single numeral
# ---------------------------------------------------------------------------------------------

_VN_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_PLAIN = re.compile(r"\d+(?:,\d+)?")
_EN_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?")
_EN_DECIMAL = re.compile(r"\d+\.\d{1,2}")


def _digits_value(s: str) -> float | None:
    """Value of a digit group in Vietnamese notation; None for phone numbers and section numbers."""
    if _VN_THOUSANDS.fullmatch(s):
        return float(s.replace(".", "").replace(",", "."))
    if _PLAIN.fullmatch(s):
        integer = s.split(",")[0]
        if integer.startswith("0") and len(integer) > 3:  # 0913123456: a phone number, not a count
            return None
        return float(s.replace(",", "."))
    if _EN_THOUSANDS.fullmatch(s):  # "1,234,567": English grouping, unambiguous with 2+ groups
        return float(s.replace(",", ""))
    if _EN_DECIMAL.fullmatch(s):  # "1.5 triệu": English decimal point
        return float(s)
    return None


_UNIT_WORDS = {
    "không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
    "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "nửa": 0.5,
}
_BIG_WORDS = {"nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_NUMBER_WORDS = set(_UNIT_WORDS) | set(_BIG_WORDS) | {"mười", "mươi", "chục", "trăm", "linh", "lẻ", "rưỡi"}
NUMBER_WORDS = frozenset(_NUMBER_WORDS)  # numerals spelled out: a report may write the same number in digits
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")


def _combine(tokens: list[str]) -> float | None:
    """Value of numeral tokens ("hai mươi lăm", "1,2 tỷ", "2 triệu 500 nghìn"), None if ill-formed.

    Vietnamese spells the units after "mươi" differently ("hai mươi mốt/tư/lăm"), and "năm" after
    "mười"/"mươi"/"trăm" means "year(s)", not five ("mười năm" is ten years), so those are refused.
    """
    total = cur = largest = last_mult = 0.0
    last_unit = 0.0
    prev: str | None = None  # kind of the previous token
    for t in tokens:
        if t[0].isdigit():
            v = _digits_value(t)
            if v is None or prev in ("digit", "num", "ten", "tens", "hundred-num"):
                return None
            cur += v
            last_unit, prev = v, "num"
        elif t in _UNIT_WORDS:
            if prev in ("digit", "num", "half"):
                return None
            if t in ("mốt", "tư") and prev != "tens":
                return None
            if t in ("lăm", "nhăm") and prev not in ("ten", "tens"):
                return None
            if t == "năm" and prev in ("ten", "tens", "hundred"):
                return None
            d = float(_UNIT_WORDS[t])
            cur += d
            last_unit, prev = d, "digit"
        elif t == "mười":
            if prev in ("digit", "num", "ten", "tens", "half"):
                return None
            cur += 10
            prev = "ten"
        elif t == "mươi":
            if prev != "digit" or last_unit < 2:
                return None
            cur += last_unit * 9
            prev = "tens"
        elif t == "chục":
            if prev in ("digit", "num"):
                cur += last_unit * 9
            elif prev is None:
                cur += 10
            else:
                return None
            prev = "tens"
        elif t == "trăm":
            if prev in ("digit", "num"):
                cur += last_unit * 99
            elif prev is None:
                cur += 100
            else:
                return None
            prev = "hundred"
        elif t in ("linh", "lẻ"):
            if prev not in ("hundred", "big"):
                return None
            prev = "filler"
        elif t in _BIG_WORDS:
            m = _BIG_WORDS[t]
            if prev in ("filler", "half"):
                return None
            if cur == 0:
                if prev is not None:
                    return None
                cur = 1
            if m > largest:
                total = (total + cur) * m
                largest = m
            else:
                total += cur * m
            cur, last_mult, prev = 0.0, m, "big"
        elif t == "rưỡi":
            if prev == "big":
                total += last_mult / 2
            elif prev == "hundred":
                cur += 50
            else:
                return None
            prev = "half"
        else:
            return None
    if prev in (None, "filler"):
        return None
    return total + cur


_TRAILING_UNIT = re.compile(r"\s*(?:%|phần trăm|đồng|vnđ|vnd|usd|đ)\s*$")
_LEADING_APPROX = re.compile(r"^(?:(?:hơn|trên|gần|khoảng|chừng|xấp xỉ|ước tính|ước|hàng|vài|mấy)\s+)+")


def parse_vn_number(s: str) -> float | None:
    """The value of one numeral written the Vietnamese way, or None if ``s`` is not one.

    "2.570" -> 2570, "16,4" -> 16.4, "33,76%" -> 33.76, "03" -> 3, "hai mươi lăm" -> 25,
    "1,2 tỷ đồng" -> 1.2e9, "hàng trăm" -> 100. Ratios, ranges and dates are not single numerals
    (None): use :func:`find_numeric_spans` for those.
    """
    s = " ".join(s.split()).lower()
    s = _TRAILING_UNIT.sub("", s)
    s = _LEADING_APPROX.sub("", s).strip()
    if not s:
        return None
    tokens = _TOKEN.findall(s)
    if "".join(tokens) != s.replace(" ", ""):
        return None  # stray punctuation: "195/204", "14/4/2022"
    if len(tokens) == 1 and tokens[0][0].isdigit():
        return _digits_value(tokens[0])
    return _combine(tokens)


def format_vn_number(value: float, decimals: int = 0) -> str:
    """Write a number the Vietnamese way: 6264528 -> "6.264.528", (16.4, 1) -> "16,4"."""
    text = f"{abs(value):,.{decimals}f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return ("-" if value < 0 else "") + text


# ---------------------------------------------------------------------------------------------
# Finding and classifying numerals in running text
# ---------------------------------------------------------------------------------------------

_NUM = r"\d+(?:[.,]\d+)*"  # a digit group; _digits_value decides what it is
_MULT = r"(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ)"
_CURRENCY = (
    r"(?:đồng(?!\s+(?:chí|phạm|bào|nghiệp|hồ|minh|hương|ruộng|thời|đội|tâm|lòng|bằng|bộ|loạt|dạng|nhất|xu|cỏ|ý|tình|sở|thuận|chủ|đều|thanh|trinh|dao|hành|tác))"
    r"|VNĐ|VND|vnđ|USD|euro|EUR|nhân dân tệ|yên Nhật|bảng Anh|NDT"
    # (the country's dollar, named after it: "1 triệu đôla Hong Kong" is no US dollar)
    r"|(?:đô\s?la|đô-la)(?:\s+(?:Mỹ|Hong Kong|Hồng Kông|Singapore|Úc|Australia|Canada|Đài Loan|New Zealand))?"
    r"|đ(?!\w))"  # ("150.000 - 200.000 đ/lần": the đồng's sign, written apart as it is glued, "50.000đ")
)
_NUM_WITH_MULT = rf"{_NUM}(?:\s+{_MULT}(?:\s+rưỡi)?)*(?:\s+{_NUM}\s+{_MULT})*"

_STRONG_DATE_CUE = re.compile(
    r"(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|rạng sáng|dịp|lễ|tết|từ ngày|đến ngày)\s*(?:mùng|mồng)?\s*$",
    re.IGNORECASE,
)
# Words that follow a date, not a counted noun ("Chiều 3-6, ...", "ngày 19/8 vừa qua").
_DATE_FOLLOW = frozenset(
    "vừa qua tới này năm tại ở của và đến hàng nhằm đã sẽ với là được cho trong theo các nhân khi "
    "hằng vào lúc thì mà nên đều cũng tổ chức diễn ra sau trước đó".split()
)
# the nouns a count is mostly of, one word each ("2005 người", "năm vụ") and two ("năm đối tượng"; their words alone
# are not: "năm học", "năm tập trung", "60 năm đối với nam" are years)
_COUNTER_NOUNS = frozenset(
    "người vụ việc xã phường huyện tỉnh lần đợt ngày tháng chiếc cái hộ em cháu điểm thôn bản đứa kẻ".split()
)
_COUNTER_PAIRS = frozenset(("đối tượng", "đồng chí", "tập thể", "cá nhân", "học sinh", "cán bộ", "chiến sĩ", "mô hình"))
# what news counts in two words after "năm" (five): "năm phụ nữ", "năm nạn nhân", "năm bị can"; one of their words alone
# would be a year's ("trong năm bị phạt", "trong năm thanh tra", "trong năm tổ chức")
_COUNTED_PAIRS = frozenset(("phụ nữ", "nạn nhân", "bị can", "bị cáo", "bị hại", "thanh niên", "thiếu niên", "trẻ em",
                            "nghi phạm", "nghi can", "tên cướp", "đối tượng", "khẩu súng", "căn nhà", "chiến sĩ",
                            "cán bộ", "học sinh", "sinh viên", "du khách", "công nhân", "người dân"))
_FIVE_PAIRS = _COUNTER_PAIRS | _COUNTED_PAIRS  # the two-word nouns "năm" (five) counts
# ... and one-word nouns of things, never a year's word: "huy động năm xe chữa cháy", "năm chiếc", "năm khẩu súng"
_FIVE_THINGS = frozenset("xe chiếc khẩu ngôi căn".split())
_ROMAN = r"[IVXLC]+(?![\w])"


def _word_after(text: str, pos: int) -> str:
    m = re.match(r"[ \t]*([^\W\d_]+)", text[pos:])
    return m.group(1) if m else ""


def _followed_by_noun(text: str, pos: int) -> bool:
    """True when a lowercase word (a counted noun, not a date continuation) follows ``pos``."""
    m = re.match(r"[ \t]+([^\W\d_]+)", text[pos:])
    if not m:
        return False
    w = m.group(1)
    return w[0].islower() and w.lower() not in _DATE_FOLLOW


def _valid_dm(d: float | None, m: float | None) -> bool:
    return d is not None and m is not None and d == int(d) and m == int(m) and 1 <= d <= 31 and 1 <= m <= 12


def _is_year(v: float | None, raw: str) -> bool:
    return v is not None and raw.isdigit() and len(raw) == 4 and 1900 <= v <= 2099


class _Claims:
    """Non-overlapping spans, first claim wins: passes run from most to least specific."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.taken = bytearray(len(text))
        self.spans: list[NumericSpan] = []

    def free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def add(self, start: int, end: int, kind: str, value: float | None = None,
            parts: tuple[float, ...] = (), unit: str | None = None,
            approx: str | None = None, approx_start: int | None = None) -> bool:
        # trim whitespace so that raw is tidy and offsets stay exact
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if start >= end or not self.free(start, end):
            return False
        self.taken[start:end] = b"\x01" * (end - start)
        self.spans.append(NumericSpan(start, end, self.text[start:end], kind, value, parts,
                                      approx, approx_start, unit))
        return True


# 1. Tokens mixing letters and digits: codes (M519, 23/2012/TT-BCA, COVID-19), glued times and units.
_ALNUM = re.compile(r"(?<![\w])\w+(?:(?:[/-]|[.,](?=\d))\w+)*")  # ("3,4ha" is one token: 3.4 ha, not "4ha")
_GLUED_TIME = re.compile(r"(\d{1,2})[hg](\d{2})?(?:'|p)?", re.IGNORECASE)
_GLUED_UNIT = re.compile(
    rf"({_NUM})(km|m|ha|cm|mm|m2|m3|ml|l|kg|g|tấn|đồng|đ|USD|VND|VNĐ|tr)((?:/[^\W\d_]+)?)", re.IGNORECASE
)
_MONEY_GLUED = {"đồng", "đ", "usd", "vnd", "vnđ", "tr"}
_PER_UNIT = re.compile(r"[^\W\d_]+/(?:m2|m3|km2|km|kg|ha|cm|m)", re.IGNORECASE)  # "đồng/m2", "USD/m3"
_SPACED_CODE = re.compile(r"(?<![\w])[A-Z][A-Za-z]+\s*[-–]\s*\d+(?![\w]|[.,]\d)"
                          # a vessel's or vehicle's number after its province letters: "tàu TG 0808", "TG 9055"
                          r"|(?<![\w])[A-ZĐ]{2,3}\s+(?!(?:19|20)\d\d(?!\d))\d{3,5}(?![\w]|[.,/]\d)")


def _pass_alnum(c: _Claims) -> None:
    text = c.text
    for m in _SPACED_CODE.finditer(text):  # "Covid - 19"
        c.add(m.start(), m.end(), "code")
    for m in _ALNUM.finditer(text):
        tok = m.group()
        if not (any(ch.isdigit() for ch in tok) and any(ch.isalpha() for ch in tok)):
            continue
        if _PER_UNIT.fullmatch(tok):
            continue  # "2 triệu đồng/m2": a price per square metre, no code ("đồng/m2" once hid the price)
        t = _GLUED_TIME.fullmatch(tok)
        if t and int(t.group(1)) <= 24 and (t.group(2) is None or int(t.group(2)) < 60):
            c.add(m.start(), m.end(), "time", float(t.group(1)))
            continue
        u = _GLUED_UNIT.fullmatch(tok)
        if u and _digits_value(u.group(1)) is not None:
            v = _digits_value(u.group(1))
            unit = u.group(2) + u.group(3)
            ap = approx_before(text, m.start()) or (None, None)  # "khoảng 3.000ha rừng", as "khoảng 3.000 ha"
            if _ranged_money(text, m.start(), u, v):
                continue  # "từ 7.000 đến 10.000USD": the range's bound, read with it (``_pass_word_ranges``)
            if u.group(2).lower() in _MONEY_GLUED:
                c.add(m.start(), m.end(), "money", v * (1e6 if unit.lower() == "tr" else 1), unit=unit, approx=ap[0],
                      approx_start=ap[1])
            else:
                c.add(m.start(), m.end(), "count" if v == int(v) else "decimal", v, unit=unit, approx=ap[0],
                      approx_start=ap[1])
            continue
        c.add(m.start(), m.end(), "code")


# 2. Numbers named by the word before them: "Thông tư 23", "Chỉ thị số 06", "Ban chỉ đạo 138", "khóa XV".
# Words that name a numbered thing in any case; capitalised words that do so only when capitalised
# ("Kế hoạch 01" but "kế hoạch 5 năm"); and any document word followed by "số".
# places known by their number, which the question asks as "tầng mấy", "ở quận mấy" (retrieval.doc_number)
NUMBERED_PLACES = ("lớp", "phường", "quận", "tầng")
# an address's parts; a word that also begins another ("nông thôn", "hàng xóm") is not one
ADDRESS_PARTS = ("thôn", "xóm", "khu phố", "khóm")
_ADDRESS_PART = {"thôn": "(?<!nông )thôn", "xóm": "(?<!hàng )xóm"}
_ALWAYS_WORDS = (
    r"thông tư|nghị định|nghị quyết|chỉ thị|công văn|công điện|điều|khoản|chương|phụ lục|"
    r"ban chỉ đạo|bcđ|chuyên án|quân khu|quân đoàn|sư đoàn|trung đoàn|tiểu đoàn|lữ đoàn|quốc lộ|"
    r"tỉnh lộ|ql|khóa|khoá|kỳ họp|đại hội|trung ương|trang|ảnh|đường dây nóng|tổng đài|trại giam|"
    rf"tiêu chí|km|điểm cầu|{'|'.join(NUMBERED_PLACES)}|phòng số|ki-ốt|kiốt|căn hộ|xe biển số|biển số|mã số|"
    rf"(?:{'|'.join(_ADDRESS_PART.get(w, w) for w in ADDRESS_PARTS)})"
    r"(?!\s+\d[\d.,]*\s*(?:triệu|tỷ|tỉ|nghìn|ngàn|đồng)(?!\w))"
    # (an address: "thường trú tại thôn 2 xã Hòa Thắng" counts no "2 xã"; "vay mượn hàng xóm 1 triệu đồng", "vay của
    # ông Nguyễn Xuân Tư, 55 tuổi, cùng xóm 11 triệu đồng" are amounts)
)
_CAPITAL_WORDS = (
    r"Kế hoạch|Quyết định|Báo cáo|Hướng dẫn|Kết luận|Quy định|Quy chế|Thông báo|Tờ trình|Pháp lệnh|"
    r"Luật|Bộ luật|Mục|Đề án|Chương trình|Văn bản|Phần|Hình|Bảng|Biểu|Mẫu|Nhiệm vụ|Giải pháp|"
    r"Phương án|Bệnh viện|Trung tâm|Tổ|Khu|Ấp|Xóm|Khối|Đội|Lô|Phòng|Tuyến|Đường|Số|Kênh|Cụm|Bến|"
    r"Cổng|Tàu|Hẻm|Ngõ|Ngách|Kiệt|Đoàn|Khóa|Khoá"
)
_SO_WORDS = (
    r"kế hoạch|quyết định|báo cáo|hướng dẫn|kết luận|quy định|quy chế|thông báo|tờ trình|luật|"
    r"văn bản|giấy phép|hợp đồng|biên bản|hồ sơ|đơn|nhà|phòng|tài khoản|lệnh|giấy|thẻ|mã"
)
_CODE_BODY = rf"(?:{_NUM}(?:\s*[/-]\s*[\w-]+)*|{_ROMAN})"
_CODE_END = r"(?![\w]|[.,]\d)"
_PREFIXED_CODE = re.compile(
    rf"(?:(?<![\w])(?i:{_ALWAYS_WORDS})|(?<![\w])(?:{_CAPITAL_WORDS}))(?:\s+(?i:số))?\s*:?\s*({_CODE_BODY}){_CODE_END}"
    rf"|(?<![\w])(?i:{_SO_WORDS})\s+(?i:số)\s*:?\s*({_CODE_BODY}){_CODE_END}"
)
_PERIOD_WORDS = re.compile(
    r"(?<![\w])(?i:nhiệm kỳ|giai đoạn|niên khóa|niên khoá|niên độ|năm học|thời kỳ)\s+"
    r"((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)\d\d)(?!\d)"
)
# a person's name going on into the next word ("Vương Văn Kiệt", "Nguyễn Văn Đoàn"): a family name, then
# capitalised words
_PERSON_BEFORE = re.compile(rf"(?<!\w)(?:{'|'.join(SURNAMES)})(?:[ \t]+[A-ZĐÂĂÊÔƠƯ][^\W\d_]*){{0,2}}[ \t]+$")
_HOUSE_NUMBER = re.compile(r"(?<![\w])(?i:số nhà|nhà số)\s+(\d+[\w/-]*)")


def _pass_prefixed(c: _Claims) -> None:
    text = c.text
    for m in _PERIOD_WORDS.finditer(text):
        c.add(m.start(1), m.end(2), "period", None, (float(m.group(1)), float(m.group(2))))
    for m in _HOUSE_NUMBER.finditer(text):
        c.add(m.start(1), m.end(1), "code")
    for m in _PREFIXED_CODE.finditer(text):
        if _PERSON_BEFORE.search(text, 0, m.start()) and m.group()[:1].isupper():
            continue  # "phạt Vương Văn Kiệt 9 năm tù": the word is the end of a person's name, no "kiệt" (alley)
        g = 1 if m.group(1) else 2
        c.add(m.start(g), m.end(g), "code")


# 3. Dates, months, quarters, times and ordinals.
_FULL_DATE = re.compile(
    r"(?<![\w.,/])(\d{1,2})(?:\s*([/-])\s*|\.)(\d{1,2})(?:\s*[/-]\s*|\.)(\d{4}|\d{2})(?![\w]|[.,/]\d)"
)
_DAY_MONTH_YEAR_WORDS = re.compile(
    r"(?<![\w])(?i:ngày)\s+(\d{1,2})\s+(?i:tháng)\s+(\d{1,2})(?:\s+(?i:năm)\s+(\d{4}))?(?![\w])"
)
_MONTH = re.compile(
    r"(?<![\w])(?i:tháng)\s+(\d{1,2}|[IVX]+)(?:\s*[/-]\s*(\d{4})|\.(\d{4})|\s+(?i:năm)\s+(\d{4}))?(?![\w]|[.,]\d)"
)
_SPAN_PART = re.compile(r"\s+(?i:ngày)(?![\w])")  # "6 tháng 15 ngày": the day count of a span
_AMOUNT_AFTER = re.compile(r"\s*(?i:triệu|tỷ|tỉ|nghìn|ngàn|trăm|đồng|usd|%)(?![\w])")  # "tháng 2 triệu đồng"
_QUARTER = re.compile(r"(?<![\w])(?i:quý)\s+(\d|I{1,3}|IV)(?:\s*[/-]\s*(\d{4})|\s+(?i:năm)\s+(\d{4}))?(?![\w])")
_DAY = re.compile(r"(?<![\w])(?i:ngày|mùng|mồng)\s+(\d{1,2})(?![\w]|[.,/-]\d|\s*[/-]\s*\d)")
_PER_DAY = re.compile(r"(?i:mỗi|một|hàng|trong|mấy|vài|các|những|cả|bình quân|trung bình)\s+$")
_CLOCK = re.compile(r"(?<![\w.,])(\d{1,2}):(\d{2})(?![\w]|[.,:]\d)")
_HOUR_MIN = re.compile(r"(?<![\w.,])(\d{1,2})\s+giờ\s+(\d{1,2})(?:\s+phút)?(?![\w]|[.,]\d)")
_HOUR_AT = re.compile(
    r"(?<![\w.,])(\d{1,2})\s+giờ(?=\s+(?:sáng|chiều|tối|trưa|đêm|ngày|hôm|cùng)(?![\w]))"
    r"|(?<=lúc )(\d{1,2})\s+giờ(?![\w])|(?<=vào )(\d{1,2})\s+giờ(?![\w])"
)
_ORDINAL = re.compile(
    rf"(?<![\w])(?i:thứ)\s+(\d+|{_ROMAN}|(?i:nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười))(?![\w])"
)
# a rank in words: "VN vẫn đứng áp chót", "xếp cuối bảng", "dẫn đầu cả nước" ("người đứng đầu" is a head of a body,
# and a bare "đứng đầu" mostly so: first place only with where it is first)
_RANK_IN_WORDS = re.compile(
    r"(?<![\w])(?<!người )(?i:(?:đứng|xếp|xếp hạng)\s+(?:áp chót|chót bảng|chót|cuối bảng|cuối cùng|bét)"
    r"|(?:đứng|xếp|dẫn)\s+đầu\s+(?:cả nước|toàn quốc|thế giới|châu á|khu vực|danh sách|bảng xếp hạng|bảng))(?![\w])"
)
# "thứ" right before a numeral: "xếp thứ 139", "lần thứ 2" (search it in the few characters before the numeral)
ORDINAL_BEFORE = re.compile(r"(?i:thứ)\s+$")
_ORDINAL_WORDS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                  "chín": 9, "mười": 10}
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def ordinal_value(raw: str) -> float | None:
    """The rank a "thứ …" numeral names: "139" → 139, "ba" → 3, "XIII" → 13; None if unreadable."""
    raw = raw.strip()
    if raw.isdigit():
        return float(raw)
    if raw.lower() in _ORDINAL_WORDS:
        return float(_ORDINAL_WORDS[raw.lower()])
    if raw and all(ch in _ROMAN_VALUES for ch in raw):
        total = 0
        for i, ch in enumerate(raw):
            v = _ROMAN_VALUES[ch]
            total += -v if i + 1 < len(raw) and _ROMAN_VALUES[raw[i + 1]] > v else v
        return float(total) if total > 0 else None
    return None


_MONTHS_SPAN = re.compile(r"(?<![\w.,])(\d{1,2})\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+(\d{4}))?(?![\w])")


def _pass_dates(c: _Claims) -> None:
    text = c.text
    for m in _FULL_DATE.finditer(text):
        d, mo = float(m.group(1)), float(m.group(3))
        if _valid_dm(d, mo):
            c.add(m.start(), m.end(), "date", None, (d, mo, float(m.group(4))))
    for m in _DAY_MONTH_YEAR_WORDS.finditer(text):
        c.add(m.start(1), m.end(), "date")
    for m in _MONTHS_SPAN.finditer(text):  # "6 tháng đầu năm 2021": a reporting period
        c.add(m.start(), m.end(), "period")
    for m in _MONTH.finditer(text):
        year = m.group(2) or m.group(3) or m.group(4)
        month = float(m.group(1)) if m.group(1).isdigit() else None
        if month is not None and not year and (month > 12 or _SPAN_PART.match(text, m.end())
                                               and re.search(r"\d\s+$", text[max(0, m.start() - 6):m.start()])):
            continue  # "1 năm 6 tháng 24 ngày tù", "6 tháng 15 ngày": a span of time in parts, not a month
        if month is not None and not year and _AMOUNT_AFTER.match(text, m.end()):
            continue  # "trả lương Thắng mỗi tháng 2 triệu đồng": an amount a month, not February
        parts = tuple(float(x) for x in (month, year) if x is not None)
        c.add(m.start(1), m.end(), "date", None, parts)
    for m in _DAY.finditer(text):
        if (1 <= int(m.group(1)) <= 31 and not _PER_DAY.search(text[max(0, m.start() - 15):m.start()])
                and not _followed_by_noun(text, m.end())):
            c.add(m.start(1), m.end(1), "date")
    for rx in (_CLOCK, _HOUR_MIN):
        for m in rx.finditer(text):
            if int(m.group(1)) <= 24 and int(m.group(2)) < 60:
                c.add(m.start(), m.end(), "time", float(m.group(1)))
    for m in _HOUR_AT.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i))
        c.add(m.start(g), m.end(), "time", float(m.group(g)))
    for m in _ORDINAL.finditer(text):
        c.add(m.start(1), m.end(1), "ordinal", ordinal_value(m.group(1)))
    for m in _RANK_IN_WORDS.finditer(text):  # first place is 1; "áp chót" has no number without the list's length
        c.add(m.start(), m.end(), "ordinal", 1.0 if "đầu" in m.group().lower() else None)


# 4. Two numerals joined by "/" or a dash: a date, a period, a ratio, a range or a code.
_PAIR = re.compile(
    rf"(?<![\w.,/-])({_NUM})(\s*(/|[-–—])\s*)({_NUM})(?![\w]|[.,]\d|\s*[/-]\s*\d)"
)


_ADDRESS_CUE = re.compile(r"(?i:số|hẻm|ngụ|kiệt|ngõ|ngách|nhà|trú|trú tại|địa chỉ|tổ|ấp|khu phố|đường)\s*$")
_DOT_DATE = re.compile(r"(?<![\w.,/])(\d{1,2})\.(\d{1,2})(?![\w]|[.,/]\d)")


_YEARS_AFTER = re.compile(r"[ \t]+năm(?![\w])(?![ \t]*(?:\d+|nay|ngoái|trước|kia|đó|ấy)(?![\w]))", re.IGNORECASE)


def _pass_pairs(c: _Claims) -> None:
    text = c.text
    for m in _DOT_DATE.finditer(text):  # "sáng 19.2": news style dates, only after a date word
        d, mo = float(m.group(1)), float(m.group(2))
        if _valid_dm(d, mo) and _STRONG_DATE_CUE.search(text[max(0, m.start() - 20):m.start()]):
            c.add(m.start(), m.end(), "date", None, (d, mo))
    for m in _PAIR.finditer(text):
        a_raw, sep, b_raw = m.group(1), m.group(3), m.group(4)
        a, b = _digits_value(a_raw), _digits_value(b_raw)
        start, end = m.start(), m.end()
        if a is None or b is None:
            c.add(start, end, "code")
            continue
        if _is_year(a, a_raw) and _is_year(b, b_raw):
            c.add(start, end, "period", None, (a, b))
            continue
        if _is_year(a, a_raw) and 1 <= b <= 12 and b == int(b):  # "2022-06"
            c.add(start, end, "date", None, (a, b))
            continue
        if sep != "/" and _valid_dm(a, 1) and (b_raw.isdigit() and len(b_raw) == 4 and 1900 <= b <= 2099):
            if 1 <= a <= 12:  # "11-2019": month-year
                c.add(start, end, "date", None, (a, b))
            else:
                c.add(start, end, "code")
            continue
        if sep != "/" and a < b and _percent_after(text, end):  # "7-10%": a range of shares, never a date
            pct = _percent_after(text, end)
            c.add(start, end + len(pct), "range", None, (a, b), unit="%")
            continue
        date_like = _valid_dm(a, b)
        before = text[max(0, start - 20):start]
        if date_like and sep != "/" and a < b and _YEARS_AFTER.match(text, end) and not _STRONG_DATE_CUE.search(before):
            date_like = False  # "6-8 năm tù" is a term of years; "ngày 6-8 năm 2005" and "6-8 năm nay" are dates
        if sep == "/" and (_ADDRESS_CUE.search(before) or a_raw + "/" + b_raw in ("24/24", "24/7")):
            c.add(start, end, "code")  # "số 91/1 Quốc lộ 13", "hẻm 113/4"; "24/24" is an idiom
            continue
        if date_like and (_STRONG_DATE_CUE.search(before) or not (a <= b and _followed_by_noun(text, end))):
            c.add(start, end, "date", None, (a, b))
        elif sep == "/":
            c.add(start, end, "ratio", None, (a, b))
        elif a < b:
            pct = _percent_after(text, end)
            c.add(start, end + len(pct or ""), "range", None, (a, b), unit="%" if pct else None)
        else:
            c.add(start, end, "code")  # "3-1": a score or an identifier, never a count


_PERCENT_AFTER = re.compile(r"\s*(?:%|phần trăm(?![\w]))")


def _percent_after(text: str, pos: int) -> str | None:
    m = _PERCENT_AFTER.match(text, pos)
    return m.group() if m else None


# 5. "từ 7 đến 11": a range in words.
_FROM = rf"(?<![\w])(?i:từ)\s+({_NUM_WITH_MULT})"  # (the first bound)
_TO = r"\s+(?:đến|tới|-|–)\s+"
_WORD_RANGE = re.compile(
    rf"{_FROM}(\s*%)?{_TO}({_NUM_WITH_MULT})"
    rf"(?:(?![\w]|[.,/]\d)|(?=(?:VNĐ|VND|USD|đ)(?!\w)))"  # (its currency glued on: "từ 7.000 đến 10.000USD")
)
_RANGE_OPENS = re.compile(rf"{_FROM}{_TO}$")  # (the second bound next)


def _ranged_money(text: str, start: int, glued: re.Match, value: float | None) -> bool:
    """Is the amount with its currency glued on (``_GLUED_UNIT``, at ``start``) the second bound of a range of
    money ("từ 7.000 đến 10.000USD"), which ``_pass_word_ranges`` reads whole?"""
    opens = _RANGE_OPENS.search(text, max(0, start - 40), start)
    low = parse_vn_number(opens.group(1)) if opens else None
    return glued.group(2).lower() in ("usd", "vnd", "vnđ", "đ") and not glued.group(3) \
        and low is not None and value is not None and low < value \
        and not _is_year(low, opens.group(1)) and not _is_year(value, glued.group(1))


# "7 đến 10 phần trăm", "5 tới 7%": without "từ", only a range of shares reads as a range
_SHARE_RANGE = re.compile(
    rf"(?<![\w.,/])({_NUM_WITH_MULT})(\s*%)?\s+(?:đến|tới)\s+({_NUM_WITH_MULT})(?=\s*(?:%|phần trăm(?![\w])))"
)


# "năm tới mười năm", "từ hai đến ba tháng": a range spelled in words, read only before a unit of time or a
# counter (so "năm tới" alone, next year, never is one)
_SPELLED = (r"(?:(?:hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)\s+mươi(?:\s+(?:mốt|hai|ba|bốn|tư|lăm|sáu|bảy|tám|chín))?"
            r"|mười(?:\s+(?:một|hai|ba|bốn|lăm|sáu|bảy|tám|chín))?|một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)")
_SPELLED_RANGE = re.compile(
    rf"(?<![\w])(?i:từ\s+)?({_SPELLED})\s+(?:đến|tới)\s+({_SPELLED})"
    r"(?=\s+(?:năm|tháng|tuần|ngày|giờ|tiếng|phút|giây|lần|người|loài|vụ|xã|tỉnh)(?![\w]))", re.IGNORECASE)


def _pass_word_ranges(c: _Claims) -> None:
    text = c.text
    for m in _SPELLED_RANGE.finditer(text):
        a, b = parse_vn_number(m.group(1)), parse_vn_number(m.group(2))
        if a is not None and b is not None and a < b:
            c.add(m.start(), m.end(), "range", None, (a, b))
    for m in list(_WORD_RANGE.finditer(text)) + list(_SHARE_RANGE.finditer(text)):
        a, b = parse_vn_number(m.group(1)), parse_vn_number(m.group(3))
        if a is not None and b is not None and not re.search(_MULT, m.group(1)):
            a *= _multiplier_of(m.group(3))  # "từ 2 đến 3 tỷ đồng": the first bound is in tỷ too
        if a is None or b is None or a >= b:
            continue
        if _is_year(a, m.group(1)) or _is_year(b, m.group(3)):
            continue
        end = m.end()
        unit = None
        pct = _percent_after(text, end)
        money = _CURRENCY_AFTER.match(text, end)
        if pct or m.group(2):
            end += len(pct or "")
            unit = "%"
        elif money:  # "từ 40.000 đến 50.000 đồng": a range of money, not of a noun "đồng nhờ bán kẹo"
            mult = re.search(rf"\s({_MULT})$", m.group(3))
            end, unit = money.end(), (mult.group(1) + " " if mult else "") + " ".join(money.group(1).split())
        c.add(m.start(), end, "range", None, (a, b), unit=unit)


_CURRENCY_AFTER = re.compile(rf"\s*({_CURRENCY})(?!\w)")
_CURRENCY_UNIT = re.compile(rf"(?:^|\s)(?:{_CURRENCY})$")
_CURRENCY_UNIT_ANY = re.compile(rf"(?<!\w)(?:{_MULT}\s+)?{_CURRENCY}(?!\w)")


# Units of length and of area, as reports write them: where a counted noun ends ("cỡ 2,5 m chôn xuống đất"), what
# "bao xa", "rộng", "diện tích" accept, and which asked nouns only a measure answers ("bao nhiêu m2").
LENGTH_UNITS = frozenset({"km", "m", "cm", "mm", "cây số", "mét", "ki lô mét", "ki-lô-mét", "hải lý", "dặm", "tấc"})
# (the old land measures are also nouns, "mẫu nước" a sample, and the land may follow them: "3 sào ruộng")
LAND_MEASURES = frozenset({"mẫu", "sào"})
AREA_UNITS = frozenset({"m2", "m²", "km2", "km²", "ha", "hecta", "héc-ta", "hécta", "mét vuông"}) | LAND_MEASURES
# ... and of weight, which "nặng bao nhiêu", "trọng lượng" accept ("32 bánh heroin, trọng lượng khoảng 11,2kg")
WEIGHT_UNITS = frozenset({"kg", "g", "mg", "gam", "gram", "gr", "tấn", "tạ", "yến", "ki lô gam", "kilôgam", "kilogam",
                          "ki-lô-gam"})


def is_currency_unit(unit: str) -> bool:
    """Is a figure's unit an amount of money ("đồng", "tỷ đồng", "triệu USD"; not "đồng chí")?"""
    return bool(_CURRENCY_UNIT.search(unit.strip()))


def _multiplier_of(numeral: str) -> float:
    """The factor the multiplier words of a numeral add ("3 tỷ" -> 1e9, "50.000" -> 1)."""
    value = parse_vn_number(numeral)
    bare = parse_vn_number(re.split(rf"\s+{_MULT}", numeral)[0])
    return value / bare if value and bare else 1.0


# 6. Single numerals: counts, percentages, money, decimals, years.
# a birth year: "Đinh Thị Tươi (SN 1971, ngụ …)", "Phạm Sơn Lâm (sinh năm 1954)", "năm sinh 1980"
BIRTH_YEAR = re.compile(r"(?<![\w])(?i:SN|sinh năm|năm sinh|sinh)\s*:?\s*((?:19|20)\d{2})(?![\w]|[.,/]\d)")
_YEAR_AFTER_NAM = re.compile(r"(?<![\w])(?i:năm)\s+(\d{4})(?![\w]|[.,]\d)")
_DECADE = re.compile(r"(?<![\w])(?i:những năm|thập niên|thập kỷ)\s+(\d{2})(?![\w]|[.,]\d)")
_SINGLE = re.compile(rf"(?<![\w.,/])({_NUM_WITH_MULT})(?![\w]|[.,]\d)")
_VAGUE_WORDS = r"(?:trăm|chục|nghìn|ngàn|vạn|triệu|tỷ|tỉ)"
_VAGUE = re.compile(rf"(?<![\w])(?i:(hàng|vài|mấy|dăm)\s+({_VAGUE_WORDS}(?:\s+{_VAGUE_WORDS})*))(?![\w])")
_ALL_WORDS = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_WORD_NUMERAL = re.compile(rf"(?<![\w])(?:{_ALL_WORDS})(?:\s+(?:{_ALL_WORDS}))*(?![\w])", re.IGNORECASE)
_MONEY_AFTER = re.compile(rf"\s*((?:{_MULT}\s+)?{_CURRENCY})(?![\w])")
# (a qualifier starts a word: "nợ các doanh nghiệp trong nước khoảng 200 tỷ đồng" is "khoảng", not the "ước khoảng"
# inside "nước khoảng")
# qualifiers that qualify nothing but a number (none is also a preposition, "trên", "dưới", or a verb, "ước", "lên
# tới"): one before a number ends the noun counted before it (corpus.figures)
PLAIN_QUALIFIERS = ("gần", "hơn", "khoảng", "chừng", "xấp xỉ", "ít nhất", "tối đa", "tối thiểu")
_QUALIFIERS = PLAIN_QUALIFIERS + ("trên", "dưới", "ước tính", "ước khoảng", "ước", "lên tới", "lên đến", "không quá",
                                  "gần như", "có tới", "tới hơn", "khoảng hơn", "cỡ", "độ chừng")
_APPROX_BEFORE = re.compile(rf"((?<!\w)(?:{'|'.join(_QUALIFIERS)})\s+)$", re.IGNORECASE)
_SINGLE_WORD_OK = frozenset({"hai", "ba", "bốn", "sáu", "bảy", "bẩy", "tám", "chín", "mười"})


def approx_before(text: str, pos: int) -> tuple[str, int] | None:
    """The approximation qualifier ending right before ``pos``: "hơn 100" -> ("hơn", its offset)."""
    lo = max(0, pos - 24)
    m = _APPROX_BEFORE.search(text[lo:pos])
    if not m:
        return None
    start = lo + m.start(1)
    if start > 0 and text[start - 1].isalnum():
        return None  # the tail of a longer word
    return m.group(1).strip().lower(), start


def _classify_single(c: _Claims, start: int, end: int, value: float, raw_num: str,
                     approx: str | None = None, approx_start: int | None = None) -> None:
    text = c.text
    pct = _percent_after(text, end)
    if pct:
        c.add(start, end + len(pct), "percent", value, unit="%",
              approx=approx, approx_start=approx_start)
        return
    money = _MONEY_AFTER.match(text, end)
    if money:
        mult_in_raw = re.search(rf"\s({_MULT})$", raw_num)
        unit = (mult_in_raw.group(1) + " " if mult_in_raw else "") + " ".join(money.group(1).split())
        mm = re.match(_MULT, money.group(1))
        if mm:  # "5 triệu đồng" read as "5" + "triệu đồng"
            value *= _BIG_WORDS[mm.group().lower()]
        c.add(start, end + len(money.group()), "money", value, unit=unit,
              approx=approx, approx_start=approx_start)
        return
    if _is_year(value, raw_num) and not _followed_by_counter(text, end):
        c.add(start, end, "year", value)
        return
    elided = re.search(rf"\s({_MULT})$", raw_num)
    if elided and _currency_elided(text, start, end):
        c.add(start, end, "money", value, unit=elided.group(1), approx=approx, approx_start=approx_start)
        return
    kind = "count" if value == int(value) else "decimal"
    c.add(start, end, kind, value, approx=approx, approx_start=approx_start)


# what is paid, owed or fined: "Cô phải đền cháu 3 triệu", "… trả 6 triệu đồng; nhan sắc không mặn mà thì 4 triệu";
# or money named: "Về khoản tiền trên 8,4 tỷ trong tài khoản của Hà Kiều Anh tại Techcombank, …"; or staked and lost:
# "Trung thua 4,2 tỷ, đã trả 3,6 tỷ, …"
_PAID_BEFORE = re.compile(r"(?i)(?<!\w)(?:đền|bồi thường|trả|nộp|vay|mượn|nợ|đòi|chi|góp|phạt|thưởng|lương|giá|"
                          r"lãi|lỗ|thu|tiêu|kiếm|bán|mua|thuê|tham ô|chiếm đoạt|hối lộ|thiệt hại|lừa|lấy|nhận|"
                          r"ẵm|bỏ túi|tiền|thua|cược|cá độ|hưởng|chia)(?!\w)")
# words that begin the next phrase, not a counted noun: "nộp 4,6 triệu trong hơn 630 triệu đồng phải nộp"
# (nor do the words of a verb phrase: "Phạm Tấn Đạt đã nợ tới 1,3 tỷ không khả năng thanh toán"; nor of the next
# clause: "sau khi "ẵm" được 1,7 tỷ nên cơ quan chức năng chưa …")
_NOT_COUNTED = frozenset({"trong", "cho", "để", "nữa", "thôi", "rồi", "thì", "mà", "từ", "tại", "vào", "không", "chưa",
                          "đã", "sẽ", "vẫn", "cũng", "là", "nhưng", "nên", "vì", "do", "khi"})
_CLAUSE_END = re.compile(r"[,;:.!?()]")  # (not a quote, which may wrap a word of the clause: 'sau khi "ẵm" được')


# (or the next clause's, of the same kind: "Nam lấy 20 triệu, còn Lưu được 15 triệu đồng")
_AMOUNT_JOINED = re.compile(rf"[ \t]*(?:và|hoặc|,[ \t]*(?:còn|và)(?:[ \t]+[^\W\d_]+){{0,3}})[ \t]+\d[\d.,]*[ \t]*"
                            rf"{_CURRENCY_UNIT_ANY.pattern}")


def _currency_elided(text: str, start: int, end: int) -> bool:
    """Is "3 triệu" an amount whose currency goes without saying? Nothing is counted after it (no noun: "3 triệu
    người" counts people) and its clause pays or owes, within four words before it, or the sentence already wrote a
    currency before it ("6 triệu đồng; … thì 4 triệu"). Words that begin the next phrase count nothing ("nộp 4,6
    triệu trong hơn 630 triệu đồng")."""
    if _AMOUNT_JOINED.match(text, end):
        return True  # "tổng cộng là 323 triệu và 1.500 USD": two amounts, the second with its currency (also in a
        # clause of its own: "Nam lấy 20 triệu, còn Lưu được 15 triệu đồng")
    after = re.match(r"[ \t]*([^\W\d_]+)", text[end:])
    if after and after.group(1).lower() not in _NOT_COUNTED and not _SHARE_AFTER.match(text, end):
        return False
    if _CURRENCY_UNIT_ANY.search(text, 0, start):
        return True
    clause = _CLAUSE_END.split(text[max(0, start - 60) : start])[-1]
    if _PAID_BEFORE.search(" ".join(clause.split()[-4:])):
        return True
    # the next of a list of shares, each after its holder's name: "Be được hưởng 35 triệu, Hoàng Anh 80 triệu, Bồi 30
    # triệu và Thanh 5 triệu" (the first is paid, so are the others)
    listed = _SHARE_BEFORE.search(text, max(0, start - 60), start)
    return bool(listed) and _currency_elided(text, listed.start(1), listed.end(1))


_SHARE_AFTER = re.compile(rf"[ \t]*(?:,|và)[ \t]*(?:[{UPPER}][^\W\d_]*[ \t]+){{1,4}}\d")  # (and one goes on it)
_SHARE_BEFORE = re.compile(rf"(?<![\w.,])(\d[\d.,]*\s+{_MULT})\s*(?:,|và)\s*(?:[{UPPER}][^\W\d_]*\s+){{1,4}}$")


def _followed_by_counter(text: str, pos: int, pairs: frozenset = _COUNTER_PAIRS) -> bool:
    if _word_after(text, pos).lower() in _COUNTER_NOUNS:
        return True
    pair = re.match(r"[ \t]+([^\W\d_]+[ \t]+[^\W\d_]+)", text[pos:])
    return bool(pair) and " ".join(pair.group(1).lower().split()) in pairs


def _pass_singles(c: _Claims) -> None:
    text = c.text
    for m in _YEAR_AFTER_NAM.finditer(text):
        c.add(m.start(1), m.end(1), "year", float(m.group(1)))
    for m in _DECADE.finditer(text):
        v = float(m.group(1))
        c.add(m.start(1), m.end(1), "year", v + (1900 if v >= 30 else 2000))
    for m in _SINGLE.finditer(text):
        start, end = m.start(), m.end()
        if not c.free(start, end):
            continue
        value = parse_vn_number(m.group(1))
        if value is None:
            c.add(start, end, "code")  # 0913.123.456, 1.2.3
            continue
        if ORDINAL_BEFORE.search(text, max(0, start - 5), start):
            c.add(start, end, "ordinal", value)
            continue
        ap = approx_before(text, start)
        _classify_single(c, start, end, value, m.group(1), *(ap or (None, None)))
    for m in _VAGUE.finditer(text):  # "hàng trăm", "vài chục": the qualifier is part of the numeral
        value = _combine(m.group(2).lower().split())
        if value is not None:
            _classify_single(c, m.start(), m.end(), value, m.group(2), m.group(1).lower(), m.start())
    for m in _WORD_NUMERAL.finditer(text):
        _word_numeral(c, m.start(), m.group())


_LEADING_NOT_NUMERAL = frozenset({"không", "linh", "lẻ", "mươi", "rưỡi", "mốt", "lăm", "nhăm", "tư"})


def _word_numeral(c: _Claims, start: int, raw: str) -> None:
    """Classify a run of number words, trimming words that belong to the next phrase ("mười năm")."""
    text = c.text
    toks = [(m.start() + start, m.group()) for m in re.finditer(r"\S+", raw)]
    while toks and toks[0][1].lower() in _LEADING_NOT_NUMERAL:
        toks = toks[1:]
    value = None
    while toks:
        value = _combine([w.lower() for _, w in toks])
        if value is not None:
            break
        toks = toks[:-1]
    if not toks or value is None:
        return
    s, e = toks[0][0], toks[-1][0] + len(toks[-1][1])
    first = toks[0][1]
    nxt = re.match(r"[ \t]+([^\W\d_]+)", text[e:])
    if len(toks) == 1:
        w = first.lower()
        if w == "năm":  # "năm" is mostly "year": five only before a counted noun
            if not _followed_by_counter(text, e, _FIVE_PAIRS) and _word_after(text, e).lower() not in _FIVE_THINGS:
                return
        elif w not in _SINGLE_WORD_OK or not nxt or not nxt.group(1)[0].islower():
            return
    if first[0].isupper():
        if nxt and nxt.group(1)[0].isupper():
            return  # "Hai Bà Trưng", "Ba Đình": a name
        if len(toks) == 1 and text[:s].strip() and text[:s].rstrip()[-1] not in ".!?:;\n(“\"":
            return  # a capitalised number word mid-sentence is part of a name
    if ORDINAL_BEFORE.search(text, max(0, s - 5), s):
        return
    if not c.free(s, e):
        return
    ap = approx_before(text, s)
    _classify_single(c, s, e, value, " ".join(w.lower() for _, w in toks), *(ap or (None, None)))


def find_numeric_spans(text: str) -> list[NumericSpan]:
    """Every numeral in ``text``, classified, in order; ``text[s.start:s.end] == s.raw``.

    Codes and dates are claimed first, so the digits inside "23/2012/TT-BCA" or "14/4/2022"
    can never resurface as counts.
    """
    c = _Claims(text)
    for m in BIRTH_YEAR.finditer(text):  # "(SN 1986)", "sinh năm 1954": a person's age, never a period or a count
        c.add(m.start(1), m.end(1), "birth", float(m.group(1)))
    for m in _QUARTER.finditer(text):  # before codes: "quý I/2021" is a date, not a code
        c.add(m.start(1), m.end(), "date")
    _pass_alnum(c)
    _pass_prefixed(c)
    _pass_dates(c)
    _pass_word_ranges(c)
    _pass_pairs(c)
    _pass_singles(c)
    return sorted(c.spans, key=lambda s: s.start)

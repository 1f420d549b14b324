"""The figures a report states, with what they count, when, and against what.

An officer asks "Bao nhiêu xã đạt tiêu chuẩn an toàn về ANTT?" and the answer must be the report's
own words: "195/204 xã phường". So each figure keeps its verbatim text and offsets, plus the
heuristic context an answer needs: the counted noun ("xã phường"), the measured subject ("tai nạn
giao thông"), the direction ("giảm"), the baseline ("so với năm 2019") and the year (2020).
Dates, years, codes and page furniture (visitor counters, poll counts) are never figures.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace

from corpus.compounds import is_compound
from corpus.names import SURNAMES
from corpus.numbers import (AREA_UNITS, LAND_MEASURES, LENGTH_UNITS, ORDINAL_BEFORE, PLAIN_QUALIFIERS, NumericSpan,
                            find_numeric_spans)

# ---------------------------------------------------------------------------------------------
# Page furniture
# ---------------------------------------------------------------------------------------------

_FURNITURE = re.compile(
    r"^\W*(?:online|đang online|đang truy cập|trực tuyến|hôm nay|hôm qua|tuần này|tuần trước|tháng này|"
    r"tháng trước|năm nay|tổng|tổng cộng|tổng truy cập|tổng lượt truy cập|lượt truy cập|truy cập|"
    r"lượt xem|số lượt xem|thành viên|khách|visitors?|today|total|yesterday)\s*:?\s*[\d.,]+\W*$"
    r"|(?:đã tham gia bình chọn|lượt bình chọn|người bình chọn|lượt xem|lượt truy cập|người truy cập|lượt thích|"
    r"bình luận\s*\(\s*\d+\s*\)|thống kê truy cập|đang truy cập|xem với cỡ chữ|trang\s+\d+\s*/\s*\d+)",
    re.IGNORECASE,
)


def is_furniture_number(context: str) -> bool:
    """True for the numbers of a web page's chrome, not of the report: "Online 2", "Hôm nay 2008",
    "Tổng 6.264.528", "126 người đã tham gia bình chọn"."""
    return bool(_FURNITURE.search(context.strip()))


def _on_furniture_line(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    return is_furniture_number(text[line_start:line_end if line_end >= 0 else len(text)])


# ---------------------------------------------------------------------------------------------
# The figure record
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    text: str  # verbatim: [qualifier] numeral [unit / counted noun]
    value: float | None  # None for ratios and ranges (see parts)
    kind: str  # count | percent | ratio | range | money | decimal (| ordinal, when asked for)
    parts: tuple[float, ...] = ()
    unit: str | None = None  # "%", "tỷ đồng", "vụ", "đồng chí", "cán bộ, chiến sĩ"
    counted: str | None = None  # the noun phrase after the numeral: "vụ phạm pháp hình sự"
    subject: str | None = None  # what is measured: "tai nạn giao thông"
    predicate: str | None = None  # what is said of the counted things: "đạt tiêu chuẩn an toàn về ANTT"
    direction: str | None = None  # "tăng" | "giảm"
    baseline: str | None = None  # "so với cùng kỳ năm 2020"
    year: int | None = None
    period: str | None = None  # verbatim: "năm 2020", "2020 – 2021"
    approx: str | None = None  # "hơn", "gần", "khoảng", "hàng"
    start: int = 0
    end: int = 0
    number_start: int = 0  # offsets of the numeral itself
    number_end: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


# ---------------------------------------------------------------------------------------------
# The counted noun after the numeral
# ---------------------------------------------------------------------------------------------

# Stored figures carry the version of the extractor that read them; an index whose figures are of another
# version has them re-extracted at its next ingest (index/indexer.py). Raise it when extraction changes.
FIGURES_VERSION = 37

# Words that end a counted noun phrase (checked from its second word on; the first word is the
# classifier and always belongs to it).
NOUN_STOP_WORDS = frozenset(
    """và với tại trên của có được đã đang sẽ đạt từ đến tới trong ở cho thuộc chiếm so bị gồm là về
    theo để nhằm tham tăng giảm xảy liên trở bằng như khi nhưng mà do vì thì cũng còn ra vào lên
    xuống đều nên này đó kia trước sau gấp hiện bố tổ thực triển đưa làm góp phát giúp tạo đề nâng
    vượt không chưa mới nay qua hoặc hay cùng kể trừ riêng tính ngày năm tháng lúc dưới ngoài
    giữa bao mỗi hơn đảm vẫn đi chết dừng phải rồi lại nhờ thiệt gây ngay dành vừa""" .split()
)
# ... of them, the words that end a noun with the word before ("máy tính", "người nước ngoài", "vấn đề", "cấp dưới",
# "chế tạo"; measured on 2,000 VNTC articles): others would join a verb ("xuất hiện", "liên quan", "đánh chết") or a
# function word ("bị cáo từ", "cô gái này")
_NOUN_ENDINGS = frozenset("đề tính ngoài dưới tạo".split())
# plural markers, which open another noun phrase after the counted one ("14 điểm kinh doanh các ngành nghề", "9 con
# dao các loại"), but may start the counted one ("11 các cán bộ chủ chốt", "63% các cặp vợ chồng")
_PLURALS = frozenset({"các", "những"})
# ... and the pairs whose second word ends a noun only after that first one ("2 thiết bị DHF"; "3 người chuẩn bị" is
# 3 people, who prepare)
_NOUN_PAIRS = frozenset({"thiết bị"})
# Verbs that follow the counted people as their predicate, never inside the noun ("4 đồng phạm tiến vào pháp
# trường", "2 người con nói"): found by tagging the counted phrases of 1,500 VNTC articles with underthesea. They
# end a counted noun but never stand for one at its start, and verbs that also build nouns are not here ("vụ cướp",
# "xe chữa cháy", "người lao động", "người dùng", "tờ khai", "tiếp viên").
PREDICATE_VERBS = frozenset("tiến nói nằm bỏ chạy chở xông bước ập lẻn trốn ngã rút kêu hô sang đứng tung".split())
# Verbs of handling goods, which build a noun right after its classifier ("2 người bán hàng", "3 điểm bán lẻ") but
# follow a noun already named as its predicate ("lấy 3.000 viên thuốc lắc bán lấy tiền tiêu riêng", "6 thanh niên cầm
# gậy gộc"); so does "can" of a charge ("15 đồng phạm can tội giết người"; "bị can" is one noun), and "sử" of "sử
# dụng" ("6 sinh viên sử dụng giấy báo điểm giả"; "lịch sử" is one word)
_LATE_VERBS = frozenset("bán mua lấy đem mang cất giấu vứt dùng sử cầm can".split())
# "thu" as what was done to the things counted: seized, collected ("5 thùng tài liệu thu được", "4 chiếc xe thu giữ");
# before other words it builds a noun ("biên lai thu lệ phí", "quyết định thu hồi", "nhân viên thu ngân"), and it ends
# one with the word before ("nghiệm thu", "tịch thu")
_COLLECTED = re.compile(r"(?i)[ \t]*(?:(?:giữ|được|tại|về)(?!\w)|[,.;:)]|$)")
# the people a court orders to pay ("buộc hai bị cáo bồi thường thiệt hại …"), whose "bồi" is their act; after other
# nouns it goes on ("31 đơn yêu cầu bồi thường", "50% số tiền bồi thường", "800 cuốn tài liệu bồi dưỡng")
_PAYERS = frozenset({"bị cáo", "bị can", "người", "đối tượng"})
# what is ordered or booked, after "đặt" in a noun ("tiền đặt cọc", "phiếu đặt phòng"); other words after it place
# the things counted ("30 camera đặt tại các giao lộ")
_ORDERED = re.compile(r"(?i)[ \t]+(?:cọc|phòng|hàng|cược|mua|chỗ|vé|tiệc|in|may)(?!\w)")
# a vague numeral, which starts another figure ("hàng trăm năm tuổi", "vài chục triệu đồng")
_VAGUE_NUMERAL = re.compile(r"(?i)(?:hàng|vài|mấy|dăm)\s+(?:trăm|chục|nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?!\w)")
# "former", of the post the people counted held ("5 bị can nguyên là cán bộ công an"; "3 tấn nguyên liệu" goes on)
_FORMER = frozenset({"nguyên", "cựu"})
CALENDAR_UNITS = frozenset("năm tháng ngày tuần giờ phút giây quý".split())
_TIME_UNITS = CALENDAR_UNITS | frozenset("lần buổi kỳ đêm".split())  # also never what a figure counts
# Nouns that reports join with a comma: "cán bộ, chiến sĩ", "xã, thị trấn", "thôn, bản".
_COORD_PARTNERS = (
    "chiến sĩ", "đảng viên", "thị trấn", "phường", "thị xã", "thành phố", "công chức", "viên chức",
    "công nhân viên", "người lao động", "học sinh", "sinh viên", "nhân viên", "bản", "tiểu khu",
    "tổ dân phố", "khu phố", "cá nhân", "tập thể", "chiến sỹ", "hạ sĩ quan", "quân nhân", "xã",
    "huyện", "cơ quan", "doanh nghiệp", "đơn vị", "trường học", "nhà trường",
    "trẻ em", "phụ nữ", "thanh thiếu niên", "người già",  # "năm phụ nữ, trẻ em là nạn nhân …"
)
_KNOWN_UNITS = sorted(
    [
        "cán bộ, chiến sĩ", "cán bộ, chiến sỹ", "cán bộ chiến sĩ", "cán bộ, đảng viên", "xã, phường, thị trấn",
        "xã, thị trấn", "xã, phường", "xã phường", "thôn, bản", "tập thể", "cá nhân", "lượt người",
        "lượt đối tượng", "lượt", "đối tượng", "đồng chí", "mô hình", "nguồn tin", "vụ việc", "vụ án",
        "vụ", "người", "trường hợp", "hộ gia đình", "hộ", "cán bộ", "chiến sĩ", "đảng viên", "thành viên",
        "tổ chức", "đơn vị", "cơ quan", "doanh nghiệp", "chuyên án", "phương tiện", "xe mô tô", "xe máy",
        "ô tô", "khẩu súng", "viên đạn", "tin bài", "tin, bài", "hội nghị", "lớp", "buổi", "đợt", "cuộc",
        "điểm", "xã", "phường", "thị trấn", "huyện", "tỉnh", "thôn", "bản", "năm", "tháng", "ngày", "tuần",
        "giờ", "lần", "băng nhóm", "ổ nhóm", "nhóm", "km", "kg", "tấn", "ha", "bị can", "bị cáo",
        "học sinh", "sinh viên", "công an xã", "địa phương", "địa bàn", "gia đình", "khu dân cư", "hồ sơ", "văn bản", "đơn thư", "tài liệu", "Hội đồng", "Ban",
    ],
    key=len,
    reverse=True,
)
_WORD = re.compile(r"[^\W\d_][\w-]*")


def coordination_partner(text: str, pos: int) -> str | None:
    """The noun at ``pos`` that reports join to the one before with a comma ("chiến sĩ" of "cán bộ, chiến sĩ"), or
    None."""
    low = text[pos:pos + 24].lower()
    for p in _COORD_PARTNERS:
        if low.startswith(p) and not low[len(p):len(p) + 1].isalnum():
            return p
    return None


def joins_nouns(text: str, comma: int) -> bool:
    """Does the comma at ``comma`` join two nouns of one phrase ("cán bộ, nhân viên ngành hải quan", "xã, phường"),
    rather than end a clause or a list's item ("12 vụ, xã A có 3 vụ")?"""
    before = text[max(0, comma - 24) : comma].lower()
    after = comma + 1 + len(text[comma + 1 :]) - len(text[comma + 1 :].lstrip(" "))
    return coordination_partner(text, after) is not None and any(
        before.endswith(p) and not before[-len(p) - 1 : -len(p)].isalnum() for p in _COORD_PARTNERS + ("cán bộ",))


# nouns whose first syllable is also a function word: "14 bị cáo", "3 bị can", "9 bị hại" ("bị" = passive)
_STOP_HEADED_NOUNS = ("bị cáo", "bị can", "bị hại", "bị đơn")


# "51 bao tải", "20 bao xi măng", "3 bao": a sack, not "bao gồm", "bao nhiêu", "bao giờ", "bao vây"
_BAG = re.compile(r"(?i)bao(?!\w)(?!\s+(?:gồm|nhiêu|giờ|lâu|vây|quát|che|trùm|phủ|bọc|cấp|biết)(?!\w))")


def _stop_headed_noun(text: str, pos: int) -> bool:
    low = text[pos : pos + 8].lower()
    return any(low.startswith(n) and not low[len(n) : len(n) + 1].isalnum() for n in _STOP_HEADED_NOUNS) or bool(
        _BAG.match(text, pos))


# how a price or a worth is written before its figure ("trị giá hơn 12.000 USD", "với giá 7.700 USD", "giá khoảng …")
PRICE_WORDS = r"trị giá|giá trị|với giá"
PRICE_QUALIFIERS = r"khoảng|hơn|gần|trên|từ"
_PRICED = re.compile(rf"(?i:{PRICE_WORDS}|giá (?:{PRICE_QUALIFIERS}))(?!\w)")


_TOWARDS = re.compile(r"(?i)đối\s+với(?!\w)")


# units of length and area, after which no noun goes on ("2,5 m chôn xuống đất"; a weight has its goods after it,
# "5 tấn xi măng", "3 kg heroin")
_MEASURE_UNITS = frozenset(u for u in LENGTH_UNITS | AREA_UNITS if " " not in u) - LAND_MEASURES
# a noun phrase of its own opening after the counted one ("cho 9 ngân hàng số tiền chiếm đoạt")
_NEXT_NOUN = re.compile(r"(?i)số\s+(?:tiền|lượng)(?!\w)")
# a qualifier before the next number ends the noun: "cấp 25 giấy phép nhập khẩu gần 12.000 bộ linh kiện" ("25 giấy
# phép nhập khẩu gần" was counted), and so does a measure's word before it: "chiếc dùi 3 cạnh dài khoảng 25 cm" (the
# length's "dài", not "3 cạnh dài")
_NEXT_QUALIFIED = re.compile(rf"(?i)(?:(?:dài|rộng|cao|sâu|nặng|dày)[ \t]+)?"
                             rf"(?:(?:{'|'.join(PLAIN_QUALIFIERS)})[ \t]+)?\d")


_OPEN_QUOTES = frozenset('"“‘')
_CLOSE_QUOTES = frozenset('"”’')
# an age written before its number ("Ở cái tuổi 17", "ở tuổi 20"), when no noun follows the number
_AGE_BEFORE = re.compile(r"(?i)(?<!\w)tuổi[ \t]+$")


def _ends_with_unit(n: int, word: str) -> bool:
    """Is the one word read after the numeral a unit of length or area, or "tuổi": the whole counted phrase?"""
    return n == 1 and (word in _MEASURE_UNITS or word == "tuổi")


# adverbs of two words a count may be followed by: "hầu hết" (mostly), "hầu như", "tổng cộng" (in all)
_ADVERB_PAIR = re.compile(r"(?i)(?:hầu\s+(?:hết|như)|tổng\s+cộng)(?!\w)")


def _glued_at(word: str) -> int:
    """Where a capitalised word glued to a lower-case one starts ("sưPhạm" -> 2: the source lost the space before a
    name), or 0; not inside a brand written so ("iPhone", "VietinBank")."""
    for i in range(2, len(word) - 1) if word[:1].islower() else ():
        if word[i].isupper() and word[i - 1].islower() and word[i + 1].islower():
            return i
    return 0


def _ends_word(phrase: str, word: str) -> bool:
    """Does ``word`` make one word with the phrase's last ("địa chỉ", "quyết định đình chỉ"), which is no part of a
    word already ("gia đình chỉ cách nhau": "gia đình" is one)?"""
    words = phrase.lower().split()
    return bool(words) and is_compound(words[-1], word) and not (len(words) > 1 and is_compound(words[-2], words[-1]))


def _only_builds_noun(text: str, pos: int, word: str = "chỉ") -> bool:
    """Does the ``word`` ending at ``pos`` make one word with the next ("chỉ dẫn", "chỉ huy"; "lãnh đạo"), not
    "only" ("chỉ trong", "chỉ bị", "chỉ có") or a verb ("lãnh mức án")?"""
    after = _WORD.match(text, pos + len(text[pos:]) - len(text[pos:].lstrip(" \t")))
    # (a word that ends a noun is "only"'s: "gãy 2 xương sườn chỉ vì mặc áo lót", however "chỉ vì" is listed)
    return after is not None and after.group().lower() not in NOUN_STOP_WORDS | {"có"} \
        and is_compound(word, after.group())


# an auxiliary or a modal right after the words that follow a unit of time: they were the next verb's subject
_SUBJECT_OF_NEXT = re.compile(r"[ \t]+(?:phải|đã|được|bị|sẽ|đang|cần|mới)(?!\w)", re.I)


def _counted_after(text: str, pos: int) -> tuple[str, int] | None:
    """The noun phrase right after a numeral: ("cán bộ, chiến sĩ", its end offset) or None."""
    cur = pos + len(text[pos:]) - len(text[pos:].lstrip(" \t"))
    quoted = text[cur : cur + 1] in _OPEN_QUOTES  # 'tất cả 26 "bị cáo hải quan" (gồm …)': the noun in quotes
    cur += quoted
    phrase_start = cur
    first_end = None
    end = before_last = None  # (before_last: where the phrase ended before its last word)
    n = 0
    last_word = ""
    while n < 5:
        w = _WORD.match(text, cur)
        if w is None:
            break
        word = w.group()
        word_end = w.end()
        glued = _glued_at(word)
        if glued:  # "khai trừ 3 luật sưPhạm Thị Hòa": the source lost a space, a name starts
            word, word_end = word[:glued], cur + glued
        if _ADVERB_PAIR.match(text, cur):  # "21 nạn nhân hầu hết trú tại …": "mostly" ends the noun
            if not n:
                return None  # "hợp tác xã số 2 tổng cộng 1,57 tỷ đồng": "in all", no noun at all
            break
        if n:
            low = word.lower()
            if (low in NOUN_STOP_WORDS and not ((low in _NOUN_ENDINGS or f"{last_word} {low}" in _NOUN_PAIRS)
                                                and is_compound(last_word, low))) \
                    or low in PREDICATE_VERBS or low in _PLURALS or (
                    n >= 2 and low in _LATE_VERBS | _FORMER and not is_compound(last_word, low)):
                # (not "vụ buôn bán ma túy", "hàng tiêu dùng": one word with the one before)
                if n >= 2 and low in PREDICATE_VERBS and is_compound(last_word, low):
                    end = before_last  # "3 xe phục vụ chuyên chở cán bộ": "chuyên" goes with the verb it starts
                break
            if n >= 2 and low == "thu" and _COLLECTED.match(text, word_end) and not is_compound(last_word, low):
                break  # "Tại 5 thùng tài liệu thu được": what was done to them
            if low == "đặt" and not _ORDERED.match(text, word_end) and not is_compound(last_word, low):
                break  # "30 camera đặt tại các giao lộ lớn": where they are placed ("phiếu đặt phòng", "tiền đặt
                # cọc" go on; so does "lắp đặt")
            if word.lower() == "chỉ" and not _ends_word(text[phrase_start:end], "chỉ") \
                    and not _only_builds_noun(text, word_end):
                break  # "cá độ tới 16 trận chỉ trong hơn một tháng": "only" ("3 bảng chỉ dẫn" goes on)
            if word.lower() == "bồi" and text[phrase_start:end].lower() in _PAYERS:
                break
            if word in ("lãnh", "cần") and not is_compound(last_word, word) and not _only_builds_noun(
                    text, word_end, word):
                break  # "Chín bị cáo lãnh mức án chung thân": what they received; "13 người cần được bồi dưỡng":
                # what they need ("3 cán bộ lãnh đạo", "33 chứng thư bảo lãnh", "5 cây cần sa" go on)
            if word.lower() == "tên" and (named := re.match(r"\s+(?:là\s+)?(\w)", text[word_end:])) and \
                    named.group(1).isupper():
                break  # "cả 5 cán bộ tên Thắng": "named", the name follows
            if word.lower() == last_word:
                break  # "153 điều điều chỉnh về sở hữu nhà ở": the word again starts another one (a verb here)
            if _PRICED.match(text, cur):
                break  # "ba viên kim cương trị giá hơn 12.000 USD": what they are worth follows
            if _NEXT_NOUN.match(text, cur) or _NEXT_QUALIFIED.match(text, cur):
                break  # "bồi thường cho 9 ngân hàng số tiền chiếm đoạt": what is paid them follows
            if word[0].isupper() and not text[pos:first_end].strip()[:1].isupper() and not word.isupper():
                break  # a name starts: "5 đồng chí Nguyễn ..."
            if n == 1 and text[first_end - 4:first_end].strip().lower() in _TIME_UNITS:
                break  # "03 năm thực hiện": the unit is "năm" ("42 tháng tù", "2 năm 3 tháng điều tra" go on)
            if _ends_with_unit(n, last_word):
                break  # "cây cọc tre dài cỡ 2,5 m chôn xuống đất": a measure ends with its unit, an age with
                # "tuổi" ("Người đàn ông 30 tuổi tên Hoàng Nho", "một bé gái 11 tuổi ngủ dậy")
            if _TOWARDS.match(text, cur):
                break  # "bắt tạm giam 4 tháng đối với ông …": whom it concerns follows
            if _VAGUE_NUMERAL.match(text, cur):
                break  # "gần 120 m3 gỗ hàng trăm năm tuổi": another numeral starts ("hàng trăm năm")
        else:
            # ("bắn 3 phát làm …": shots; no "phát hiện" follows a number; "12 tổ", "2 tổ chức": teams, bodies,
            # the verb "tổ chức" ends a noun, never follows a number)
            if word.lower() in NOUN_STOP_WORDS and word.lower() not in _TIME_UNITS | {"phát", "tổ"} \
                    and not _stop_headed_noun(text, cur):
                return None  # "3 vẫn ...", "1 của ...": no counted noun
            if _TOWARDS.match(text, cur):
                return None  # "lệnh bắt tạm giam số 25 đối với Nguyễn Văn Hồng": whom it concerns, no noun
            first_end = word_end
        n += 1
        last_word = word.lower()
        before_last = end
        end = cur = word_end
        gap = re.match(r"[ \t]+", text[cur:])
        if gap:
            cur += gap.end()
            continue
        # a comma may join coordinated nouns: "cán bộ, chiến sĩ", "xã, phường, thị trấn", "thôn, bản" (after a longer
        # noun, both of them such nouns: "thu giữ tổng cộng 406 chiếc điện thoại, cơ quan điều tra đã …" ends there)
        # (not after a unit: "chị Minh (42 tuổi, xã Hòa Chính, …)" is 42 tuổi)
        while n <= 3 and text.startswith(",", cur) and (n <= 2 or joins_nouns(text, cur)) \
                and not _ends_with_unit(n, last_word):
            p_start = cur + 1 + len(text[cur + 1:]) - len(text[cur + 1:].lstrip(" "))
            partner = coordination_partner(text, p_start)
            if not partner:
                break
            end = cur = p_start + len(partner)
            n += 1
        break
    if end is None:
        return None
    start = phrase_start
    if quoted:  # (whole, its closing quote with it, or none at all)
        return (text[start:end], end + 1) if text[end : end + 1] in _CLOSE_QUOTES else None
    if n > 1 and text[start:first_end].lower() in _TIME_UNITS and _SUBJECT_OF_NEXT.match(text, end) \
            and not text[first_end:end].split()[0].lower() == "rưỡi":
        return text[start:first_end], first_end  # "có đến 10 tháng công trình phải tạm dừng": 10 months; the works
        # are the next verb's subject ("42 tháng tù giam", "3 tháng điều tra" go on)
    after = _WORD.match(text, cur) if n == 5 and cur > end else None  # the phrase was cut at its length limit
    if after is not None:
        last_start = text.rfind(" ", start, end) + 1
        if last_start > start and is_compound(text[last_start:end], after.group()):
            end = len(text[:last_start].rstrip(" \t,"))  # "18 nhân chứng xác nhận", not "… xác nhận sự" (sự việc)
    return text[start:end], end


def _unit_of(counted: str) -> str:
    low = counted.lower()
    for u in _KNOWN_UNITS:
        if low == u.lower() or (low.startswith(u.lower()) and not low[len(u):len(u) + 1].isalnum()):
            return counted[: len(u)]
    words = counted.split()
    return counted if len(words) <= 2 else words[0].rstrip(",")


# ---------------------------------------------------------------------------------------------
# Context before and after the figure
# ---------------------------------------------------------------------------------------------

_BREAK = re.compile(r"[;:!?()\[\]“”\"…\n]|(?<!\d)\.|\.(?!\d)|,(?!\d)|\s[-–]\s")
_LEAD_CONNECTIVES = re.compile(
    r"^(?:(?:cụ thể|trong đó|đồng thời|riêng|còn|và|nhưng|tuy nhiên|qua đó|theo đó|do đó|"
    r"trong|tại|với|ngoài ra|bên cạnh đó|nhìn chung|kết quả|tính đến nay|đến nay|hiện nay|hiện|qua)(?:\s+|$))+",
    re.IGNORECASE,
)
_TIME_PHRASE = re.compile(
    r"(?:(?:trong|từ|đến|cuối|đầu|giữa)\s+)?(?:(?:từ\s+)?đầu\s+)?"
    r"(?:năm|tháng|quý)\s+(?:\d{4}|\d{1,2}(?:\s*[-/]\s*\d{4})?|nay|qua|sau|trước|tới|này|đó)"
    r"|(?:cùng kỳ|năm sau|năm trước|năm qua|năm nay)",
    re.IGNORECASE,
)
_TRAILING_VERBS = re.compile(
    r"(?:\s+|^)(?:đã|được|có|là|đạt|chiếm|gồm|với|tăng|giảm|kéo giảm|gia tăng|thêm|lên|xuống|còn|"
    r"khoảng|hơn|gần|trên|từ|bằng|tới|đến|tổng cộng|tổng số|tổng|số|xảy ra|phát hiện|bắt|xử lý|"
    r"giảm được|tăng thêm|lên tới|lên đến|ước|ít nhất|mới|(?<!thực )(?<!phát )hiện|nay|trong|tại|của|về|cho|ở|qua|sau|"
    r"trước|và|hoặc|cùng|các|những|mỗi)\s*$",
    re.IGNORECASE,
)
_DIRECTION = re.compile(
    r"(?<![\w])(gia tăng|kéo giảm|tăng|giảm)(?!\s+cường)(?![\w])"
    r"(?:\s+(?:được|thêm|lên|xuống|còn|đến|tới|hơn|mạnh|nhẹ|gần|khoảng|trên|là|tương ứng|"
    r"so với cùng kỳ|so cùng kỳ))*\s*$",
    re.IGNORECASE,
)
_BASELINE = re.compile(r"so\s+(?:với\s+)?(?:cùng kỳ|năm|tháng|quý|kỳ|thời điểm|trước|đầu|cuối)[^,;:.()\n]*",
                       re.IGNORECASE)


def _clause_start(text: str, pos: int) -> int:
    """Offset where the clause containing ``pos`` begins."""
    lo = max(0, pos - 400)  # clauses are short; never rescan a whole document
    last = lo
    for m in _BREAK.finditer(text, lo, pos):
        last = m.end()
    return last


def _clean_subject(s: str) -> str | None:
    s = " ".join(s.split())
    for _ in range(3):
        s = _LEAD_CONNECTIVES.sub("", s).strip()
        s = _TIME_PHRASE.sub(" ", s)
        s = " ".join(s.split())
        prev = None
        while prev != s:
            prev = s
            s = _TRAILING_VERBS.sub("", s).strip()
    s = s.strip(" ,;:-–")
    if not s or not re.search(r"[^\W\d_]{2,}", s):
        return None
    words = s.split()
    return " ".join(words[-12:])


def _subject(text: str, clause_start: int, num_start: int, with_direction: bool) -> str | None:
    """Best effort: the clause before the numeral, or for a change ("năm 2020 giảm 38%") the noun
    phrase that an earlier clause says rose or fell ("tai nạn giao thông giảm ...")."""
    own = _clean_subject(text[clause_start:num_start])
    if own or not with_direction:
        return own
    segments = re.split(r"[;:,]|(?<!\d)\.(?!\d)", text[max(0, clause_start - 600):clause_start])
    for seg in reversed(segments):
        m = re.search(r"^(.*?)\s(?:đã\s+|đều\s+|được\s+)?(?:gia tăng|kéo giảm|tăng|giảm)(?!\s+cường)(?![\w])", seg)
        if m:
            subj = _clean_subject(m.group(1))
            if subj:
                return subj
    return None


def _baseline(text: str, fig_end: int, clause_start: int, num_start: int) -> str | None:
    after = re.match(r"\s*,?\s*(" + _BASELINE.pattern + ")", text[fig_end:], re.IGNORECASE)
    if after:
        return after.group(1).strip()
    before = _BASELINE.search(text[clause_start:num_start])
    if before:
        return before.group().strip()
    # "So với cùng kỳ năm 2020, tai nạn giảm 31%": the baseline is the clause just before
    prev_start = _clause_start(text, max(0, clause_start - 1))
    m = re.match(r"\s*(" + _BASELINE.pattern + ")", text[prev_start:clause_start], re.IGNORECASE)
    return m.group(1).strip().rstrip(",") if m else None


def _period(text: str, spans: list[NumericSpan], num_start: int) -> tuple[int | None, str | None]:
    """The nearest year or period stated before the figure, skipping those of a baseline."""
    for s in reversed([s for s in spans if s.end <= num_start and s.kind in ("year", "period")]):
        between = text[s.end:num_start]
        lead = text[max(0, s.start - 30):s.start]
        if re.search(r"so\s+(?:với\s+)?(?:cùng kỳ\s+)?(?:năm\s+)?$", lead, re.IGNORECASE):
            continue  # "so với năm 2019" is the baseline, not the period
        if len(between) > 400:
            break  # too far back to be this figure's period
        if s.kind == "year":
            m = re.search(r"(?:(?:trong|cả)\s+)?năm\s+$", lead, re.IGNORECASE)
            start = s.start - (len(lead) - m.start()) if m else s.start
            return int(s.value), text[start:s.end]
        return None, s.raw
    return None, None


# ---------------------------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------------------------


_OUT_OF = re.compile(r"\s*/\s*\d+(?![\d/.,]\d)")


# a count's share in brackets before what it counts: "68.511 (43,3%) hộ gia đình có con dưới 18 tuổi"
# a street named after a person, right after a number: "688 Trần Hưng Đạo", "35 Lê Tấn Kế"
_STREET_AFTER = re.compile(rf"[ \t]+(?:{'|'.join(SURNAMES)})[ \t]+(\w)")
_SHARE_AFTER = re.compile(r"[ \t]*\([ \t]*\d+(?:[.,]\d+)?[ \t]*%[ \t]*\)")
# a part of a whole: "đình chỉ 5 trong số 11 cửa hàng", "tuyên phạt 4 trong số những người tham gia hành hung"
# count what the whole counts ("5 trong số này" points back: nothing read)
_PART_OF_WHOLE = re.compile(r"[ \t]+trong[ \t]+(?:tổng[ \t]+)?số[ \t]+(?:(?:những|các)[ \t]+)?"
                            r"(?:(?:rất[ \t]+)?nhiều[ \t]+|hàng[ \t]+(?:chục|trăm|nghìn|ngàn|loạt)[ \t]+)?", re.I)
_PART_OF_NUMBER = re.compile(r"[ \t]+trong[ \t]+")
_POINTING = frozenset("họ chúng này đó đây ấy".split())  # "2 trong số họ đã chết": the whole was named before


def extract_figures(sentence: str, *, base_offset: int = 0, context_year: int | None = None,
                    ordinals: bool = False) -> list[Figure]:
    """The citable figures of one sentence, in order; ``sentence[f.start - base_offset:f.end -
    base_offset] == f.text``. Pass the sentence's offset in its document as ``base_offset``.
    ``ordinals``: also ranks ("xếp thứ 139", "đứng thứ ba"; kind "ordinal", text from "thứ"), which only a
    "thứ mấy" question wants; elsewhere "lần thứ 2" or "Đại hội thứ XIII" are not figures."""
    spans = find_numeric_spans(sentence)
    figures: list[Figure] = []
    prev_end = 0  # a clause never reaches back past the previous figure
    for s in spans:
        rank = ordinals and s.kind == "ordinal"
        if not (s.is_figure or rank) or _on_furniture_line(sentence, s.start):
            continue
        street = _STREET_AFTER.match(sentence, s.end) if s.kind in ("count", "ratio") else None
        if street and street.group(1).isupper():
            continue  # "trụ sở 688 Trần Hưng Đạo, thành phố Quy Nhơn", "trụ sở chính là 108/39 Trần Quang Diệu": a
            # house number, nothing counted
        start = s.approx_start if s.approx_start is not None else s.start
        if rank:  # the figure reads "thứ 139", from "thứ"
            m = ORDINAL_BEFORE.search(sentence, max(0, s.start - 8), s.start)
            start = m.start() if m else s.start
        end = s.end
        counted, unit = None, s.unit
        out_of = _OUT_OF.match(sentence, end) if rank else None
        if out_of:  # "xếp thứ 5/63 tỉnh, thành phố": the rank out of how many
            end = out_of.end()
            found = _counted_after(sentence, end)
            if found:
                counted, end = found
        next_from = end  # where the next figure's clause may begin
        whole_end = None
        if s.kind in ("count", "decimal", "ratio", "range") and s.unit is None:
            share = _SHARE_AFTER.match(sentence, s.end)  # "68.511 (43,3%) hộ gia đình": counted after the share
            found = _counted_after(sentence, share.end() if share else s.end)
            if found:
                counted, end = found
                unit = _unit_of(counted)
                next_from = s.end if share else end
            elif (part := _PART_OF_WHOLE.match(sentence, s.end)) \
                    and not any(part.end() in (t.start, t.approx_start) for t in spans) \
                    and (whole := _counted_after(sentence, part.end())) \
                    and whole[0].split()[0].lower() not in _POINTING | _TIME_UNITS:  # ("… trong số năm con bạc")
                counted, unit = whole[0], _unit_of(whole[0])  # (the text stays "4"; a whole's number: below)
                whole_end = whole[1]
            elif s.kind == "count" and s.approx_start is None and (age := _AGE_BEFORE.search(sentence, 0, s.start)):
                start, counted, unit = age.start(), "tuổi", "tuổi"  # "Ở cái tuổi 17, cô có nhiều chàng trai để ý"
        pred_from = whole_end or end
        if s.kind == "percent" or (s.kind == "range" and s.unit == "%"):
            found = _counted_after(sentence, s.end)  # "33,76% biên chế", "7 đến 10 phần trăm bác sĩ": of what
            if found and found[0].split()[0].lower() not in NOUN_STOP_WORDS:
                counted, pred_from = found
        cstart = max(_clause_start(sentence, start), prev_end)
        dm = _DIRECTION.search(sentence[cstart:start])
        direction = None
        if dm:
            word = dm.group(1).lower()
            direction = "tăng" if "tăng" in word else "giảm"
        subject = _subject(sentence, cstart, start, direction is not None or s.kind == "percent")
        predicate = None
        if counted:
            pm = re.match(r"[ \t]*([^,;:.()\n“”\"…]{2,80})", sentence[pred_from:])
            if pm and not re.match(r"\s*(?:so\s|và\s+\d)", pm.group(1)):
                predicate = pm.group(1).strip() or None
        prev_end = next_from
        year, period = _period(sentence, spans, start)
        if year is None and period is None and context_year is not None:
            year = context_year
        figures.append(
            Figure(
                text=sentence[start:end],
                value=s.value,
                kind=s.kind,
                parts=s.parts,
                unit=unit,
                counted=counted,
                subject=subject,
                predicate=predicate,
                direction=direction,
                baseline=_baseline(sentence, end, cstart, start),
                year=year,
                period=period,
                approx=s.approx,
                start=start + base_offset,
                end=end + base_offset,
                number_start=s.start + base_offset,
                number_end=s.end + base_offset,
            )
        )
    return _shared_units(_merge_durations(figures, sentence, base_offset), sentence, base_offset)


_JOINED_NUMBERS = re.compile(r"\s*(?:,|và|hoặc|hay)\s*")


def _shared_units(figures: list[Figure], sentence: str, base_offset: int) -> list[Figure]:
    """A bare number joined to the next count counts what it counts: "mức án lần lượt 22 và 16 năm tù" is 22 years
    (the figure's text stays "22")."""
    out = list(figures)
    for i in range(len(out) - 2, -1, -1):
        f, g = out[i], out[i + 1]
        gap = sentence[f.end - base_offset : g.start - base_offset]
        if f.kind == g.kind == "count" and f.unit is None and f.counted is None and g.counted:
            if _JOINED_NUMBERS.fullmatch(gap):
                out[i] = replace(f, unit=g.unit, counted=g.counted)
            elif _PART_OF_WHOLE.fullmatch(" " + gap.lstrip(" \t")) or (
                    _PART_OF_NUMBER.fullmatch(gap) and (g.value or 0) > (f.value or 0)
                    and g.counted.split()[0].lower() not in _TIME_UNITS):
                # ("5 trong 7 người tham gia đã nhất trí": of a whole written as a number, a larger one, and not a
                # span of time the part falls in: "5 trong 7 tháng")
                # "5 trong số 11 cây xăng vi phạm bị tạm đình chỉ": the part reads through the whole it is of (which
                # stays a figure of its own)
                out[i] = replace(f, text=sentence[f.start - base_offset : g.end - base_offset], end=g.end,
                                 unit=g.unit, counted=g.counted, predicate=g.predicate)
    return out


# a duration in two parts, "6 năm 6 tháng", "2 tháng 10 ngày": one figure (a prison term quoted as "6 năm" is wrong)
_PART_OF = {"năm": {"tháng": 12, "ngày": 365}, "tháng": {"ngày": 30}}


def _merge_durations(figures: list[Figure], sentence: str, base_offset: int) -> list[Figure]:
    out: list[Figure] = []
    for f in figures:
        prev = out[-1] if out else None
        head = (prev.counted or "").lower() if prev else ""
        part = (f.unit or "").lower()
        if (prev is not None and head in _PART_OF and part in _PART_OF[head] and prev.kind == f.kind == "count"
                and not sentence[prev.end - base_offset : f.start - base_offset].strip()
                and prev.value is not None and f.value is not None):
            out[-1] = replace(prev, text=sentence[prev.start - base_offset : f.end - base_offset],
                              value=prev.value + f.value / _PART_OF[head][part], predicate=f.predicate, end=f.end)
            continue
        out.append(f)
    return out

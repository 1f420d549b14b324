"""What a question asks for: its answer type, the years and periods it names, places, and its search terms."""
from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass, field

from corpus.metadata import years_in
from corpus.numbers import AREA_UNITS, LENGTH_UNITS
from retrieval.doc_number import asked_numbered
from retrieval.glossary import expand_terms
from retrieval.lexicon import (AUXILIARIES, FUNCTION_WORDS, PARTICLES, PREPOSITIONS, QUESTION_WORDS, WEIGHT_ADJECTIVE,
                               WEIGHT_NOUNS, with_folded)
from retrieval.periods import Period, find_periods, mentions_same_period, period_years
from retrieval.provinces import named_provinces
from retrieval.sentence_kinds import asks_birth, asks_clock
from retrieval.places import Place, find_places, place_key, places_between
from retrieval.text_analysis import analyze_query, fold, normalize

# the words that name a document, accented and not: one list for every pattern about the reports
REPORT_WORD = r"(?:báo cáo|bao cao|tài liệu|tai lieu|văn bản|van ban)"
# about the collection, which no report states: "Có bao nhiêu báo cáo đã được nạp?", "Danh sách báo cáo"
_INVENTORY = re.compile(
    rf"(?i)\b(?:bao nhiêu|bao nhieu|những|nhung|các|cac|danh sách|danh sach|liệt kê|liet ke)\s+{REPORT_WORD}"
    r"\b.*\b(?:nạp|nap|lập chỉ mục|lap chi muc|tải lên|tai len|trong hệ thống|trong he thong|"
    r"trong kho|hiện có|hien co)\b"
    r"|^\s*(?:danh sách|danh sach|liệt kê|liet ke)\s+(?:các\s+|cac\s+)?(?:báo cáo|bao cao|tài liệu|tai lieu)\s*\??\s*$")


def asks_inventory(question: str) -> bool:
    """The collection asked about (answered with the list of loaded reports, not from their text)."""
    return bool(_INVENTORY.search(question))


# "Báo cáo mới nhất là báo cáo nào?", "tài liệu cũ nhất": the reports' dates decide, not their text
_NEWEST = re.compile(rf"(?i)\b{REPORT_WORD}\s+(?:\S+\s+){{0,3}}?(?:mới nhất|moi nhat|gần đây nhất|gan day nhat|gần nhất|gan nhat|"
                     r"muộn nhất|muon nhat|sau cùng|sau cung)\b")
_OLDEST = re.compile(rf"(?i)\b{REPORT_WORD}\s+(?:\S+\s+){{0,3}}?(?:cũ nhất|cu nhat|sớm nhất|som nhat|đầu tiên|dau tien|"
                     r"lâu nhất|lau nhat)\b")


def asks_newest(question: str) -> str | None:
    """"newest" or "oldest" when the question asks for the latest or the earliest report."""
    if _NEWEST.search(question):
        return "newest"
    if _OLDEST.search(question):
        return "oldest"
    return None


# what one report is about: "Báo cáo năm 2017 nói về gì?", "Nội dung của báo cáo Đăk Tô là gì?"
_GIST = re.compile(rf"(?i)\b{REPORT_WORD}\b.*\b(?:nói|noi|đề cập|de cap|nêu|neu|viết|viet|bàn|ban)\s+"
                   r"(?:(?:về|ve|đến|den|tới|toi)\s+)?(?:những\s+|nhung\s+)?(?:gì|gi|điều gì|dieu gi|việc gì|viec gi|"
                   r"vấn đề gì|van de gi|nội dung gì|noi dung gi)\s*\??\s*$"
                   rf"|\bnội dung\s+(?:của\s+)?{REPORT_WORD}\b.*\b(?:là\s+)?gì\s*\??\s*$"
                   rf"|\b{REPORT_WORD}\b.*\bcó\s+(?:nội dung\s+)?gì\s*\??\s*$")


def asks_gist(question: str) -> bool:
    """What a named report says as a whole (a summary digest), not one fact from it."""
    return bool(_GIST.search(question))


# "Các báo cáo nói gì về ma túy?": each report's word on a topic (one quote per report)
_EACH_REPORT = re.compile(rf"(?i)\b(?:các|cac|những|nhung|mọi|moi|tất cả|tat ca)\s+(?:các\s+|cac\s+)?{REPORT_WORD}\b"
                          r".*\b(?:nói|noi|đề cập|de cap|nêu|neu|viết|viet|ghi nhận|ghi nhan|phản ánh|phan anh)\b")


# who wrote a report: "Ai viết bài về hội nghị ở Sông Cầu?", "Tác giả bài báo về … là ai?", "Bài … do ai viết?".
# The report itself must be named ("bài", "báo cáo", "tin"): "Ai là tác giả của Liber servitoris?" and "Ai đã viết
# về việc chưng cất nước biển?" ask what a text says, and so does "Ai viết bài hát …?"
_AUTHOR_VERB = r"(?:viết|viet|soạn|soan|biên soạn|bien soan|chấp bút|chap but|gửi|gui)"
_WRITTEN = (rf"(?:bài|bai|tin|bản tin|ban tin|{REPORT_WORD})(?!\s+(?:hát|hat|thơ|tho|thánh ca|thanh ca|toán|toan|ca|"
            r"học|hoc|giảng|giang|phát biểu|phat bieu|diễn văn|dien van|luận|luan|văn|van)(?!\w))")
_MANY = r"(?:(?:các|cac|những|nhung|mọi|moi|tất cả|tat ca|cái|cai)\s+)?"
_ASKS_AUTHOR = re.compile(
    rf"(?i)(?<!\w)(?:(?:ai|người nào|nguoi nao|phóng viên nào|phong vien nao)\s+(?:(?:là người|la nguoi|đã|da)\s+)?"
    rf"(?:{_AUTHOR_VERB}\s+{_MANY}{_WRITTEN}|đưa tin|dua tin)"
    rf"|(?:tác giả|tac gia|người viết|nguoi viet|bút danh|but danh)\s+(?:(?:của|cua)\s+)?{_MANY}{_WRITTEN}"
    rf"|^\s*{_WRITTEN}(?!\w).*(?<!\w)(?:(?:do|bởi|boi)\s+ai\s+{_AUTHOR_VERB}|(?:của|cua)\s+(?:ai|tác giả nào|tac gia nao)"
    r"|tác giả\s+là\s+ai|tac gia\s+la\s+ai)"
    # in a conversation, of the report just quoted: "Tác giả là ai?", "Ai là người viết?", "Ai viết bài này?"
    r"|^\s*(?:ai\s+(?:là\s+|la\s+)?(?:tác giả|tac gia|người viết|nguoi viet|viết|viet)|(?:tác giả|tac gia|người viết|"
    r"nguoi viet)\s+(?:là|la)\s+ai)\s*\??\s*$)(?!\w)")
# several reports' authors: "Ai viết các bài về …?", "tác giả của những báo cáo …"
_MANY_WRITTEN = re.compile(rf"(?i)(?<!\w)(?:các|cac|những|nhung|mọi|moi|tất cả|tat ca)\s+(?:bài|bai|tin|{REPORT_WORD})"
                           rf"(?!\w)|(?<!\w)(?:bài|bai|{REPORT_WORD})\s+nào(?!\w)")


def asks_author(question: str) -> bool:
    """Who wrote a report (answered from its byline, read at ingest), not a fact its text states."""
    return bool(_ASKS_AUTHOR.search(normalize(question)))


def asks_many_authors(question: str) -> bool:
    """The authors of several reports asked ("các bài", "những báo cáo"), not of the one the topic names."""
    return bool(_MANY_WRITTEN.search(normalize(question)))


# the words that ask for a comparison, accented and not ("So sánh …", "đối chiếu …")
COMPARE_WORD = r"(?:so sánh|so sanh|đối chiếu|doi chieu)"
# "So sánh kết quả phong trào … giữa các địa phương", "đối chiếu số mô hình giữa các báo cáo": each report's word
# on the topic side by side (one quote per report), not one report's best sentence
_ACROSS = re.compile(rf"(?i)\b{COMPARE_WORD}\b.*\b(?:giữa|giua|ở|o|của|cua|tại|tai|trong)\s+"
                     rf"(?:các|cac|những|nhung)\s+(?:{REPORT_WORD}|địa phương|dia phuong|đơn vị|don vi|huyện|huyen|"
                     r"tỉnh|tinh|nơi|noi)\b")


def asks_across_reports(question: str) -> bool:
    """A comparison between the reports or the places they cover (answered one quote per report). Read from the
    question as typed (NFC), not lowercased: the places between which it compares are told by their capitals."""
    text = unicodedata.normalize("NFC", question)
    return bool(_ACROSS.search(text) or compared_places(text))


_ASKS_COMPARISON = re.compile(rf"(?i)(?<!\w){COMPARE_WORD}(?!\w)")


def asks_comparison(question: str) -> bool:
    """Does the question ask to compare ("So sánh …", "đối chiếu …")?"""
    return bool(_ASKS_COMPARISON.search(normalize(question)))


def compared_places(question: str) -> list[Place]:
    """"So sánh tội phạm năm 2021 giữa Đăk Tô và Tuyên Hóa": the places compared, each with its own reports (named
    with capitals; the searcher also finds the corpus's places in "so sanh … giua dak to va tuyen hoa")."""
    return places_between(question) if asks_comparison(question) else []


# "số" heading a question that is no count: "Số liệu …", "Số hiệu văn bản", "Số điện thoại …"
_NOT_A_COUNT = r"(?!(?:liệu|hiệu|điện thoại|thứ tự|báo cáo|tài liệu|văn bản|nào|gì|bao)(?!\w))"

# the units a "… ở tỉnh nào?" question asks which one of (the answer writes one before a name: "tỉnh Phú Thọ")
ASKED_UNITS = "tỉnh|huyện|thành phố|quận|xã|phường|thị xã|thị trấn"
_ASKS_UNIT = re.compile(rf"(?i)(?<!\w)(?:ở|tại)\s+({ASKED_UNITS})\s+nào(?!\w)")


def asked_unit(question: str) -> str | None:
    """"Vụ án xảy ra ở tỉnh nào?" -> "tỉnh"."""
    m = _ASKS_UNIT.search(normalize(question))
    return m.group(1) if m else None


# Order matters: the first matching pattern decides the type.
_ANSWER_TYPES: list[tuple[str, re.Pattern]] = [
    # reports, not a fact: "Báo cáo nào nói về ma túy?", "Những báo cáo nào đề cập đến tai nạn giao thông?"
    ("reports", re.compile(r"\b(báo cáo|bao cao|tài liệu|tai lieu|văn bản|van ban)\s+(nào|nao)\b")),
    ("figure", re.compile(r"\b(bao nhiêu|bao nhieu|mấy|may (vu|nguoi|xa)|tỷ lệ|tỉ lệ|ty le|số lượng|so luong|bao lâu|bao lau|"
                          r"bao xa|tăng hay giảm|tang hay giam|giảm bao|tăng bao|mức (tăng|giảm)|phần trăm|phan tram|"
                          r"tổng số|tong so)\b"
                          # "Số vụ phạm pháp hình sự được làm rõ", typed as a heading: a count is asked
                          rf"|^\s*số\s+{_NOT_A_COUNT}(?=[^\W\d_]+)(?!.*\b(?:nào|gì|ai|đâu|sao)\s*\??\s*$)")),
    # a report's figures or gist, not one fact: "các số liệu chính của báo cáo Tuyên Hóa", "tóm tắt báo cáo",
    # "số liệu về tai nạn giao thông" (not "Số liệu được sử dụng để xác định … là gì?": one thing asked about)
    ("digest", re.compile(r"\b(tóm tắt|tom tat|tóm lược|tom luoc|nội dung chính|noi dung chinh|điểm chính|diem chinh)\b"
                          r"|\b(các|những|mọi|cac|nhung|moi)\s+(số liệu|so lieu|con số|con so)\b"
                          r"|\b(số liệu|so lieu|con số|con so)\s+(chính|nổi bật|quan trọng|chủ yếu|cơ bản|của|trong|về|"
                          r"chinh|noi bat|quan trong|chu yeu|co ban|cua|ve)\b")),
    ("date", re.compile(r"\b(khi nào|khi nao|ngày nào|ngay nao|năm nào|nam nao|tháng nào|thang nao|thời gian nào|lúc nào|"
                        r"bao giờ|bao gio|vào ngày|ngày bao nhiêu)\b")),
    ("person", re.compile(r"(^|\s)(ai|những ai|nhung ai)(\s|\?|$)|\b(đồng chí nào|dong chi nao|người nào|nguoi nao)\b")),
    # "ở đâu", and "ở tỉnh nào", "tại huyện nào", "xảy ra ở nước nào";
    # and where someone or something was taken ("Anh Niềm bị đưa về đâu?", "… chạy đi đâu?")
    # ("đến đâu" only after a verb of moving: "Vụ án đã điều tra đến đâu?" asks how far it went)
    ("place", re.compile(r"\b(ở đâu|o dau|tại đâu|tai dau|nơi nào|noi nao|địa điểm nào|địa bàn nào|địa chỉ nào|"
                         r"dia chi nao|về đâu|ve dau|"
                         r"tới đâu|toi dau|đi đâu|di dau)\b"
                         r"|\b(?:đưa|dẫn|dẫn giải|chở|chuyển|mang|đem|chạy|trốn|dua|dan|cho|chuyen|mang|dem|chay|tron)"
                         r"\s+(?:\S+\s+){0,3}?(?:đến|den)\s+(?:đâu|dau)\b"
                         rf"|\b(?:ở|tại|o|tai)\s+(?:{ASKED_UNITS}|nước|quốc gia|tinh|huyen|thanh pho|quan|xa|phuong|"
                         r"thi xa|thi tran|nuoc|quoc gia)\s+(?:nào|nao)\b")),
    ("list", re.compile(r"\b(những|các|nhung|cac)\b.*\bnào\b|\b(gồm|bao gồm)\b.*\b(gì|nào)\b")),
    ("definition", re.compile(r"\b(là gì|la gi|gì|gi)\s*\??$")),
]


# (a unit of area or volume keeps its power: "bao nhiêu m3 gỗ" asks "m3 gỗ", not "m")
_ASKED_NOUN = re.compile(r"\b(?:bao nhiêu|bao nhieu|mấy)\s+(?!phần trăm|phan tram|%)"
                         r"([^\W\d_]+(?:[23²³](?!\w))?(?:\s+[^\W\d_]+)?)")
# a token with a digit that is not a bare year: "2.570", "16,4%", "195/204", "M519", "23/2012/TT-BCA"
_CODE = re.compile(r"(?<!\w)(?=[\w./-]*\d)(?![12]\d{3}(?![\w./-]))\w+(?:(?:[./-]|(?<=\d),(?=\d))\w+)*%?")

# an abbreviation typed in capitals: "ANTT", "UBND", "HĐND" (BM25 + glossary match it; e5 does not know it)
_ABBR = re.compile(r"(?<!\w)[A-ZĐ]{2,}(?!\w)")


# words that ask or glue, in any spelling: a question made of these alone names nothing to look for
_ASKING_ACCENTED = FUNCTION_WORDS | PARTICLES | QUESTION_WORDS
_ASKING_ONLY = with_folded(_ASKING_ACCENTED)


# words a comparison sets things side by side with, accented and not: "So sánh giữa hai huyện" names no topic
_COMPARING = with_folded("so sánh đối chiếu giữa hai ba bốn các những địa phương đơn vị huyện tỉnh thành phố thị xã "
                         "quận xã phường nơi báo cáo tài liệu văn bản bài".split())


@dataclass
class QuestionAnalysis:
    text: str
    answer_type: str = "other"
    years: list[int] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    asked_noun: str | None = None  # "thành viên" in "có bao nhiêu thành viên?"
    periods: list[Period] = field(default_factory=list)  # "6 tháng đầu năm 2022", "từ năm 2019 đến nay"
    same_period: bool = False  # "so với cùng kỳ": the year before is asked about too
    period_years: list[int] = field(default_factory=list)  # every year the periods cover (open end: up to now)
    places: list[Place] = field(default_factory=list)  # "huyện Đăk Tô" (capitalised; the searcher adds more)
    codes: list[str] = field(default_factory=list)  # numbers and codes typed by the user: "M519", "195/204"
    accented: bool = True  # False when the user typed no diacritic at all
    abbreviations: list[str] = field(default_factory=list)  # "ANTT", "UBND" as typed
    typed: str | None = None  # the question as typed, when its diacritics were restored (``text`` is restored)
    corrections: dict[str, str] = field(default_factory=dict)  # misspelt long words -> the corpus's (folded)
    shorthand: str | None = None  # the question as typed, when chat shorthand was spelt out ("bn" -> "bao nhiêu")
    compared: list[Place] = field(default_factory=list)  # "So sánh … giữa Đăk Tô và Tuyên Hóa" (also in ``places``)

    @property
    def restored(self) -> bool:
        return self.typed is not None and self.typed != self.text

    @property
    def names_nothing(self) -> bool:
        """"Có không?", "Bao nhiêu?", "Như thế nào?": no word says what to look for, so any passage found would be
        chance; the user is asked to say what they mean instead."""
        # a question typed with its accents is read as typed: "Nhung là ai?" names Nhung, whose spelling is also
        # "những" folded; one typed without them ("co khong?") by the folded forms
        if fold(self.text) != self.text:
            return all(t in _ASKING_ACCENTED for t in self.terms if "_" not in t and not t.startswith("~"))
        words = (t.lstrip("~") for t in self.terms if "_" not in t)  # "~co": the folded form of "có"
        return all(w in _ASKING_ONLY for w in words)

    @property
    def compares_nothing(self) -> bool:
        """"So sánh giữa hai huyện", "So sánh Đăk Tô và Tuyên Hóa": a comparison that says between what, or
        nothing, but not of what; any passage quoted would be chance, so the user is asked what to compare."""
        if not asks_comparison(self.text):
            return False
        names = {w for p in self.compared for w in place_key(p.name).split()}
        words = (t.lstrip("~") for t in self.terms if "_" not in t)
        return all(w in _ASKING_ONLY or w in _COMPARING or fold(w) in names for w in words)

    @property
    def wants_figure(self) -> bool:
        return self.answer_type == "figure"

    @property
    def year_from(self) -> int | None:
        return min(p.year_from for p in self.periods) if self.periods else None

    @property
    def year_to(self) -> int | None:
        """Last year named; None when nothing is named or a period is open ("đến nay")."""
        if not self.periods or any(p.year_to is None for p in self.periods):
            return None
        return max(p.year_to for p in self.periods)


def answer_type(question: str) -> str:
    q = normalize(question).strip()
    if asks_inventory(q) or asks_newest(q) or _EACH_REPORT.search(q) or asks_across_reports(question):
        return "reports"
    if asks_author(q):
        return "author"
    if asks_gist(q):
        return "digest"
    # the date pattern "ngày bao nhiêu" must win over the figure pattern "bao nhiêu"
    if dict(_ANSWER_TYPES)["date"].search(q) and re.search(r"\b(ngày|tháng|năm) bao nhiêu\b", q):
        return "date"
    if asks_clock(q):  # a time of day, not a count of hours
        return "date"
    if asks_birth(q):  # "Nguyễn Thị Kim Ngọc sinh năm bao nhiêu?": a year, not a count
        return "date"
    for name, pattern in _ANSWER_TYPES:
        if pattern.search(q):
            # "tờ trình số mấy?", "biển số bao nhiêu?": a code, which a sentence writes, not a count
            return "other" if name == "figure" and asked_numbered(q) else name
    return "other"


# Words that can follow "bao nhiêu" without being what is counted: "giảm bao nhiêu so với năm 2019",
# "chiếm bao nhiêu trong tổng số", "là bao nhiêu", "bao nhiêu thì ..." (accented and folded spellings).
# Folded spellings only for these: "bao nhieu qua" is "bao nhiêu quả", "bao nhieu do" "bao nhiêu độ" (which is
# also why the bare "do" and "qua" are left out).
_NOT_COUNTED = (FUNCTION_WORDS - {"do", "qua"}) | with_folded(
    "so với là trong thì được ở tại của và cho khi từ đến vào trên dưới kể theo mỗi nếu tuy rồi".split()
    + list(PARTICLES))  # ("Dũng phạt bao nhiêu nếu bị bắt gặp hút thuốc?": "nếu" opens a condition, nothing counted)
_NOT_COUNTED -= LENGTH_UNITS | AREA_UNITS  # a unit is counted ("hả" folded is "ha": "bao nhiêu ha rừng")

# ... and "qua", "do" after an accented "bao nhiêu" or "mấy": there they open how or why ("Quang bỏ túi bao nhiêu qua
# vụ bán thầu?"), only typed without accents are they "quả", "độ"
_PREPOSITIONS_ACCENTED = frozenset({"qua", "do"})

# "bao nhiêu tiền mỗi lần": what the count is per, no part of the noun
_EACH = frozenset({"mỗi", "một"})

# nouns whose first word is also a function word ("bị" = passive): "bao nhiêu bị can", "mấy bị cáo"
_STOP_HEADED = re.compile(r"(?i)(?:bị|bi) (?:can|cáo|cao|hại|hai|đơn|don)$")

# what "số" or "tổng số" heads as a sum of money, not a count ("tổng số nợ", "số vốn", "số lãi")
_SUMS = frozenset("nợ vốn lãi lỗ".split())

# "Số vụ phạm pháp hình sự được làm rõ", "Tổng số mô hình về ANTT", "Số lượng cán bộ … là bao nhiêu?"
_COUNT_NOUN = re.compile(rf"(?i)\s*(?:tổng số|số lượng|số)\s+{_NOT_A_COUNT}([^\W\d_]+(?:\s+[^\W\d_]+)?)")


# an amount asked right before "bao nhiêu": "… phải đóng thuế bao nhiêu?", "… có giá trị là bao nhiêu?", "Số giống
# cây bị khô héo gây thiệt hại bao nhiêu?" (the damage, "hơn 3 tỷ đồng", not a count of the heading's "giống cây")
_AMOUNT_ASKED = re.compile(r"(?i)(?<!\w)(?:thuế|giá|giá trị|phí|thiệt hại)\s+(?:là\s+)?(?:bao nhiêu|bao nhieu)(?!\w)")
# ... or a value the heading's things are reckoned at: "Số tang vật thu giữ tạm tính lên đến bao nhiêu?" ("… số tang
# vật tạm tính thành tiền … lên đến gần 500.000 USD", not the "7 điểm" they were seized at)
_VALUED = re.compile(r"(?i)(?<!\w)(?:tạm tính|tính thành tiền|thành tiền|trị giá)(?!\w)")
# a weight asked ("Số heroin thu giữ nặng bao nhiêu?", "Trọng lượng số heroin là bao nhiêu?"): its "Số …" counts
# nothing ("Số người bị thương nặng là bao nhiêu?" counts people: "nặng" asks only right before "bao nhiêu")
_WEIGHED = re.compile(rf"(?i)(?<!\w)(?:{WEIGHT_ADJECTIVE}\s+(?:khoảng\s+)?(?:bao nhiêu|mấy)|"
                      rf"{'|'.join(WEIGHT_NOUNS)})(?!\w)")


def asked_noun(question: str) -> str | None:
    """The noun a counting question asks for: "bao nhiêu cán bộ, chiến sĩ" -> "cán bộ", "Số vụ phạm pháp …" ->
    "vụ phạm"; None when the words after "bao nhiêu" are not a noun ("giảm bao nhiêu so với năm 2019")."""
    text = normalize(question)
    m = _ASKED_NOUN.search(text)
    if m is not None and _STOP_HEADED.match(m.group(1)):
        return m.group(1)  # "Bao nhiêu bị can …": "bị" opens the noun, not a passive
    if m is not None and (m.group(1).split()[0].lower() in _NOT_COUNTED or (
            m.group(1).split()[0].lower() in _PREPOSITIONS_ACCENTED and not m.group().startswith("bao nhieu"))):
        m = None  # "Số người chết … tăng bao nhiêu so với cùng kỳ?": the count is the heading's, "người"
    # ("Số cán bộ … chiếm bao nhiêu phần trăm"; "Tổng số hàng phải đóng thuế bao nhiêu?" asks the tax, an amount)
    if m is None and not re.search(r"(?i)phần trăm|tỷ lệ|tỉ lệ|%", text) and not _AMOUNT_ASKED.search(text) \
            and not _VALUED.search(text) and not _WEIGHED.search(text):
        m = _COUNT_NOUN.match(text)
        if m and m.group(1).split()[0].lower() in _SUMS:
            return None  # "Tổng số nợ của công ty là bao nhiêu?": a sum of money ("hơn 296,1 tỉ đồng"), no count
        if m and m.group(1).split()[0].lower() not in _NOT_COUNTED:  # "Số vụ là bao nhiêu?" -> "vụ"
            words = m.group(1).split()
            return " ".join(words[:1] + [w for w in words[1:] if w.lower() not in _NOT_COUNTED])
    if not m or m.group(1).split()[0].lower() in _NOT_COUNTED | {"một"}:
        return None  # ("giá bao nhiêu một m2": per square metre, nothing counted)
    if re.search(r"(?i:thứ|hạng)\s+$", text[: m.start()]):
        return None  # "xếp thứ mấy toàn quốc": a rank, and what follows is not counted
    words = m.group(1).split()
    if len(words) > 1 and words[1].lower() in PREPOSITIONS | AUXILIARIES | _EACH:
        return words[0]  # "bao nhiêu tiền trong túi": "trong" opens where, no part of the noun (as typed: folded,
        # "tai" of "vụ tai nạn" would be "tại"); "bao nhiêu người bị thương": "bị" opens what was done to them
    return m.group(1)


_AND_NOUN = re.compile(r"^\s+(?:và|va|hoặc|hoac)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)")


def also_asked_nouns(question: str) -> list[str]:
    """Further nouns a counting question asks for: "bao nhiêu tập thể và cá nhân" -> ["cá nhân"], "bao nhiêu
    vụ, bao nhiêu đối tượng" -> ["đối tượng"]. ("bao nhiêu cán bộ, chiến sĩ" is one noun: the report counts
    "2.570 cán bộ, chiến sĩ".)"""
    text = normalize(question)
    matches = list(_ASKED_NOUN.finditer(text))
    if not matches:
        return []
    first = matches[0]
    head = first.group(1).split()[0].lower()
    found = [m.group(1) for m in matches[1:]]
    # "và cá nhân …" follows the two-word capture ("tập thể"), or its first word ("vụ và đối tượng")
    for after in (text[first.end(1) :], text[first.start(1) + len(first.group(1).split()[0]) :]):
        m = _AND_NOUN.match(after)
        if m:
            found.insert(0, m.group(1))
            break
    out = [n for n in found if n.split()[0].lower() not in _NOT_COUNTED and n.split()[0].lower() != head]
    return list(dict.fromkeys(out))


def codes_in(question: str) -> list[str]:
    """Numbers and codes other than bare years: what BM25 matches exactly and embeddings blur."""
    return list(dict.fromkeys(m.group() for m in _CODE.finditer(question)))


def _places(question: str, compared: list[Place]) -> list[Place]:
    """The places named: with a unit word ("huyện Đăk Tô"), compared ("giữa Đăk Tô và Tuyên Hóa"), or a province
    or city named bare ("của Nghệ An"); the searcher adds the corpus's own place names."""
    named = list(dict.fromkeys(find_places(question) + compared))
    return named + named_provinces(question, named)


def analyze_question(question: str, *, now: int | None = None, typed: str | None = None) -> QuestionAnalysis:
    """``typed``: the question as the user typed it, when ``question`` is its diacritic-restored form."""
    periods = find_periods(question)
    compared = compared_places(unicodedata.normalize("NFC", question))
    same = mentions_same_period(question)
    return QuestionAnalysis(
        text=question,
        answer_type=answer_type(question),
        years=years_in(question),
        terms=expand_terms(question),
        asked_noun=asked_noun(question),
        periods=periods,
        same_period=same,
        period_years=period_years(periods, same, now or datetime.date.today().year),
        places=_places(question, compared),
        compared=compared,
        codes=codes_in(question),
        accented=analyze_query(question)[1],
        abbreviations=list(dict.fromkeys(_ABBR.findall(question))),
        typed=typed if typed is not None and typed != question else None,
    )

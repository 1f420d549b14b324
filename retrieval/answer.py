"""Extractive answers: the best sentences of the top passages, quoted verbatim, with citations.

No language model is involved, so nothing can be invented: every quote is ``document.text[start:end]``
of a stored report, and every figure listed is a verbatim part of a quoted sentence. Sentences are
ranked by how much of the question's (idf-weighted) vocabulary they contain (with the sentence they refer
back to; the year and place the search matched in their report count as said) and the rank of their
passage and report; a heading never wins, a "khi nào" question wants a date, an "ai" question a person
named (and gets one from the same report when its best sentences name nobody), a "yêu cầu gì / chỉ đạo gì"
question the sentence stating the request, which may open the passage after a hit when it points back at it
("Đồng chí đề nghị …" after "Phát biểu kết luận hội nghị, Đại tướng Tô Lâm …"). A place the question names
that no report mentions ("tỉnh Quảng Bình") is said to be missing instead of answered for another. A "bao nhiêu" question is answered figure first: every figure of the top passages (and of
the best reports' other sentences) is scored by figure_answer, the answer leads with the figure(s)
that match the asked subject, noun, year and kind, quotes their sentences, and adds a table (and a
chartable series) when reports give that figure for several years or places. When no stated figure
matches, the answer says so and names no number.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache

from corpus.compounds import is_compound
from corpus.metadata import dated_years, years_in
from corpus.numbers import NUMBER_WORDS
from index.doc_store import DocStore
from index.keyword_index import KeywordIndex
from retrieval.hybrid import Hit, refers_back
from retrieval.lexicon import COUNTRIES, FUNCTION_WORDS, PLACE_KINDS, ROLE_NOUNS, ROLES_NAMED, institutions_written
from retrieval.figure_answer import (NEAR_POOL, POINTS_TO_SOMEBODY, FigureCandidate, FigureIntent, also_asked_leads,
                                     answers_question, asks_amount, baseline_years, change_instead_of_count,
                                     cited_documents, coordinated_counts, figure_of_person_asked,
                                     figure_intent, figure_table, is_money, joined_figures, key_terms, lead_figures,
                                     list_headings, nearest_figure, rank_candidates, said_key, said_of,
                                     sentence_candidates, series_of)
from retrieval.glossary import abbreviated_heads, expand_terms, find_expansions
from retrieval.places import Place, find_places, mentions, mentions_place, names_place, place_key
from retrieval.doc_number import asked_numbered, asks_which_document, number_of
from retrieval.post_holder import (asked_post, body_as_written, deputy_instead, deputy_only, foreign_names, holder_of,
                                   lowercase_name, named_people, people_in, post_before, post_body, post_named,
                                   post_of, post_written)
from retrieval.question import QuestionAnalysis, also_asked_nouns, asked_unit, asks_comparison
from retrieval.sentence_kinds import (alias_asked, alias_of, asked_acts, asked_addressee, asked_doer_act, asked_kin,
                                     asked_object_act, birth_asked, birth_year_of, asks_cause, asks_charge, asks_clock,
                                     asks_occupation, asks_penalty, cause_word, charge_named, clock_of, doer_named,
                                     asks_source, home_asked, names_addressee, names_doer, names_kin, names_owner,
                                     occupation_of, owned_asked, owner_named, penalties, real_name_asked, real_name_of,
                                     states_birth, states_cause, states_charge,
                                     states_clock, states_consequence, states_home, states_occupation, states_penalty,
                                     states_real_name, states_source, writes_act, writes_cause_word, written_near)
from retrieval.synonyms import alternatives, with_synonyms
from retrieval.text_analysis import UPPER, fold, index_terms, normalize, pos_tags, segment_words, without_phrases
from retrieval.time_spans import scope_match, scope_spans
from retrieval.yes_no import ANTONYMS, Claim, verdict, yes_no_claim

NOT_FOUND = "Không tìm thấy thông tin phù hợp trong các báo cáo đã nạp."
NAMES_NOTHING = ("Câu hỏi chưa nói cần tìm điều gì. Hãy nêu việc, địa phương hoặc năm cần hỏi, ví dụ: «Tai nạn giao "
                 "thông năm 2021 giảm bao nhiêu?».")
COMPARES_NOTHING = ("Câu hỏi chưa nói cần so sánh điều gì. Hãy nêu việc cần so sánh, ví dụ: «So sánh tội phạm năm "
                    "2021 giữa {a} và {b}».")


def compares_nothing_text(analysis: QuestionAnalysis) -> str:
    """The ask-back for a comparison without a topic, its example between the places the user named, if two."""
    a, b = [p.name for p in analysis.compared[:2]] if len(analysis.compared) >= 2 else ["Đăk Tô", "Tuyên Hóa"]
    return COMPARES_NOTHING.format(a=a, b=b)


NO_FIGURE = ("Không tìm thấy số liệu cho câu hỏi này trong các báo cáo đã nạp. "
             "Các đoạn gần nhất được liệt kê bên dưới.")
# no figure answers the question, but one would if its report used the question's key words: shown, flagged
NEAR_FIGURE = ("Không tìm thấy số liệu đúng như câu hỏi. Số liệu gần nhất, trong một báo cáo không dùng từ {words} "
               "(hãy kiểm tra có đúng điều được hỏi không):")
# a count asked, and the report only says how it changed: shown, flagged as not the count
CHANGE_ONLY = ("Các báo cáo đã nạp không nêu số lượng được hỏi, chỉ nêu mức {direction} theo tỷ lệ (hãy kiểm tra có "
               "đúng điều được hỏi không):")
SENTENCE_POOL = 5  # passages whose sentences compete for the quote
OTHER_REPORTS = 3  # ... and the best passage of as many further reports, when the first five leave them out,
ANSWER_DEPTH = 15  # ... found among this many hits
FIGURE_POOL = 8  # passages whose figures compete for a "bao nhiêu" answer
WHOLE_DOCS = 2  # best documents whose every stored figure also competes
YEAR_CONTEXT = 1500  # characters before a figure's sentence whose years its report "speaks of"
MAX_QUOTES = 3
MIN_COVERAGE = 0.34  # share of the question's idf mass a sentence must contain to be quoted alone
MIN_DENSE = 0.84  # ... or the passage must be this close semantically (e5 cosine)
ASKED_SHARE = 0.2  # ... and, for a yes/no question naming years or places, this share of its other terms


@dataclass
class Quote:
    citation: int
    doc_id: str
    title: str
    date: str | None
    path: str
    text: str
    start: int
    end: int
    score: float
    passage_id: int

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Source:
    citation: int
    doc_id: str
    title: str
    date: str | None
    path: str
    passage_id: int
    start: int
    end: int
    text: str
    highlights: list[tuple[int, int]] = field(default_factory=list)  # absolute offsets of quoted sentences
    unit: str | None = None  # issuing unit and author, read at ingest (correctable), for the citation line
    author: str | None = None
    year: int | None = None  # the year the report speaks of (read at ingest): shown when it has no date

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Answer:
    question: str
    found: bool
    answer: str
    quotes: list[Quote] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    answer_type: str = "other"
    figure_table: list[dict] = field(default_factory=list)  # same figure across years/places/reports
    series: list[dict] = field(default_factory=list)  # chartable: [{"year", "value", "label", ...}] by year
    timings: dict = field(default_factory=dict)
    understood_as: str | None = None  # the question with its diacritics restored, when typed without any
    # "Ai là Giám đốc …?": the holder's name in the first quote (text, doc_id, offsets); "… có xảy ra khiếu nại
    # không?": also a "verdict" ("Không"), the text being its evidence ("không xảy ra việc khiếu nại")
    lead: dict | None = None
    # what the answer must say besides its quotes: "Các đoạn tìm được không nêu Giám đốc …; chỉ nêu Phó Giám đốc …"
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "question": self.question,
            "understood_as": self.understood_as,
            "answer": self.answer,
            "found": self.found,
            "answer_type": self.answer_type,
            "quotes": [{"doc_id": q.doc_id, "title": q.title, "text": q.text, "start": q.start, "end": q.end,
                        "score": round(q.score, 4), "citation": q.citation, "date": q.date, "path": q.path}
                       for q in self.quotes],
            "figures": self.figures,
            "figure_table": self.figure_table,
            "series": self.series,
            "sources": [s.to_dict() for s in self.sources],
            "timings": {k: round(v, 2) for k, v in self.timings.items()},
            "lead": self.lead,
            "notes": self.notes,
        }


@dataclass
class _Candidate:
    hit_rank: int
    hit: Hit
    start: int
    end: int
    coverage: float
    score: float
    figures: list = field(default_factory=list)


def _coverage(q_terms: list[str], sentence: str, idf: dict[str, float]) -> float:
    return _share(q_terms, set(index_terms(sentence)), idf)


def _share(q_terms: list[str], have: set[str], idf: dict[str, float]) -> float:
    """The idf-weighted share of the question's terms among ``have``."""
    total = sum(idf[t] for t in set(q_terms))
    if total <= 0:
        return 0.0
    return sum(idf[t] for t in set(q_terms) if t in have) / total


# a date or period: "ngày 14/4/2022", "tháng 9- 2020", "từ tháng 11-2019", "quý I", "năm 2021", "19/8"
_TIME = re.compile(r"(?i)(?<!\w)(?:ngày|tháng|năm|quý)\s+(?:\d|[IVX]+\b)"  # ngày 14, tháng 9, quý I
                   r"|(?<![\d/.,])(?:0?[1-9]|[12]\d|3[01])[/-](?:0?[1-9]|1[0-2])(?:[/-]\d{2,4})?(?![\d/])"  # 19/8, 3-6
                   r"|(?<![\d/.,])(?:19|20)\d{2}(?![\d/.,]\d)"  # a year
                   # a day written with a dot after a part of the day: "Tối 3.3, Cơ quan CSĐT …", "hôm 2.3"
                   r"|(?<!\w)(?:sáng|trưa|chiều|tối|đêm|rạng sáng|ngày|hôm)\s+(?:0?[1-9]|[12]\d|3[01])\."
                   r"(?:0?[1-9]|1[0-2])(?![\d.,]\d)")


# a form of address or a rank before a capitalised name: "đồng chí Bùi Tiến Lý", "Thượng tá Trần Văn Quân"
_ADDRESSED = re.compile(r"(?i)\b(?:đồng chí|đ/c|ông|bà|(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy|uý))\s+(\w)")
WHO_BONUS = 0.1  # for a sentence that names somebody the way reports do, when the question asks who
NAME_BONUS = 0.15  # for a sentence writing a person's full name, when the question asks somebody's name
# ... and more for one writing it after "tên" ("Kẻ bị bắt khai tên Nguyễn Thị Kim Loan" for "Kẻ móc túi bị bắt ở …
# tên là gì?", over the guard's "Anh Lê Phú Cường, Đội trưởng bảo vệ …" sharing more of the question's words)
GIVES_NAME_BONUS = 0.2
# "… tên là gì?", "… tên gì?": somebody's name
_ASKS_NAME = re.compile(r"(?i)(?<!\w)tên\s+(?:là\s+)?gì\s*\??\s*$")
# ... and a sentence giving one: "Hắn khai tên Nguyễn Văn Cường", "chú rể tên là Thu"
_GIVES_NAME = re.compile(rf"(?<!\w)(?i:tên)\s+(?:(?i:là)\s+)?[{UPPER}]")
SUBJECT_NAMED_BONUS = 0.25  # for a sentence saying who the one asked is ("Tên cướp được xác định là Nguyễn Văn Nhật")
_NAMED_SUBJECT = re.compile(r"(?i)^\s*((?:[^\W\d_]+\s+){1,3}?)(?:(?:ở|tại|trong|của)\s+.*?)?tên\s+(?:là\s+)?gì"
                            r"\s*\??\s*$")
# ... or a role the question opens with, whatever it says the one did ("Hung thủ giết bà Huê tên là gì?": "… hung thủ
# tên thật là Nguyễn Văn Tuấn", not "Hung khí gây án là con dao … Bà Huê chết do …")
_NAMED_ROLE = re.compile(rf"(?i)^\s*({'|'.join(ROLES_NAMED)})\s+"
                         r".*?tên\s+(?:là\s+)?gì\s*\??\s*$")


def named_subject(question: str) -> str | None:
    """Whom a name question asks about ("tên cướp" of "Tên cướp ở KCN Tân Tạo tên là gì?"), or None."""
    text = unicodedata.normalize("NFC", question)
    m = _NAMED_SUBJECT.match(text) or _NAMED_ROLE.match(text)
    return m.group(1).strip() if m else None


def who_subject(question: str) -> str | None:
    """The noun a "… là ai?" question opens with, whom it asks the name of ("Người" of "Người tử vong trong vụ ở vũ
    trường Hoàng Gia là ai?": "Người bị tử vong là Hà Ngọc Huy"); None when it opens with a person ("Đồng chí Trần
    Văn Quân là ai?" asks a post) or otherwise ("Ai là …?")."""
    if not _WHO_IS.search(question) or _ADDRESS_WORDS.match(question.lstrip()):
        return None
    word, tag = next(iter(pos_tags(question)), ("", ""))
    return word if tag in ("N", "Nc") else None


def says_who_subject_is(sentence: str, subject: str) -> bool:
    """Does the sentence write the subject, then "là" and a name ("Tên cướp được xác định là Nguyễn Văn Nhật")?"""
    return bool(re.search(rf"(?i)(?<!\w){re.escape(subject)}\s+(?:[^\W\d_]+\s+){{0,3}}?là\s+(?-i:[{UPPER}])",
                          unicodedata.normalize("NFC", sentence)))


ADDRESSED_BONUS = 0.1  # for a sentence writing the given name a question addresses ("ông Tiến"); off one on another
WHO_ACT_BONUS = 0.1  # for a sentence writing the act a who-question asks about ("Ai phát hiện …?": "… phát hiện …")
PEOPLE_LIST_BONUS = 0.15  # for a sentence naming two people or more, when the question asks "những ai"
_ASKS_PEOPLE = re.compile(r"(?i)(?<!\w)(?:những ai|nhung ai|những người nào|nhung nguoi nao)(?!\w)")
WHAT_ACT_BONUS = 0.15  # ... and the act a what-question asks the object of ("thu giữ những gì": "… đã thu giữ …")
DOER_BONUS = 0.3  # ... written with its doer's name ("… do Bộ Công an chủ trì"), the act asked right after "ai"
ROLE_SCOPED_BONUS = 0.3  # ... and more for a role's holder, the case scoped by the question's words ("trong vụ …")
OWNER_BONUS = 0.3  # for a sentence writing a name after the word "… của ai?" asks the owner of ("đường dây của …")


def addresses_person(sentence: str) -> bool:
    """Does the sentence name somebody the way reports do, by a form of address or a rank before the name
    ("đồng chí Bùi Tiến Lý", "Thiếu tướng Nguyễn Ngọc Vân", "ông Nam")? Bare capitalised runs are not
    counted: in these texts they are mostly bodies and places ("Công an huyện Tuyên Hóa")."""
    return any(m.group(1).isupper() for m in _ADDRESSED.finditer(sentence))


# "Đồng chí Trần Văn Quân là ai?", "Trần Quốc Tỏ giữ chức vụ gì?": the person's post is asked
_ASKS_ROLE = re.compile(r"(?i)\b(?:là ai|la ai|giữ chức|giu chuc|chức vụ|chuc vu|cương vị|cuong vi|đảm nhiệm|"
                        r"đảm nhận)\b")
# (four words after a form of address: "Bà Nguyễn Thị Thu Hằng")
_WHO_IS = re.compile(r"(?i)(?<!\w)(?:là ai|la ai)(?!\w)")
_NAME = re.compile(rf"(?<![\w])(?:[{UPPER}][^\W\d_]*)(?:\s+[{UPPER}][^\W\d_]*){{1,4}}")
_ADDRESS_WORDS = re.compile(r"(?i)^(?:đồng chí|đ/c|ông|bà|(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy|uý))\s+")
# a post written before a name (one written after it is read by post_holder.post_of): "thủ môn Vũ Việt Dũng",
# "Trưởng công an quận Tây Hồ Nguyễn Phúc Quang"
_POST_BEFORE = rf"(?i:\b(?:{'|'.join(ROLE_NOUNS)}))[^,.;:()\n]{{0,40}}?\s"
ROLE_BONUS = 0.2  # for the sentence that writes the asked person's post beside the name
NO_HOLDER = 0.15  # off a sentence that names nobody holding the post asked ("…, chủ tọa phải nhắc nhở")
POST_WRITTEN = 0.6  # share of the asked post's words a sentence must write for it to name that post


def asked_person(question: str) -> str | None:
    """The person whose post a question asks ("Đồng chí Trần Văn Quân là ai?" -> "Trần Văn Quân"), or None."""
    if not _ASKS_ROLE.search(question):
        return None
    for m in _NAME.finditer(question):
        name = _ADDRESS_WORDS.sub("", m.group())  # "Đồng chí Trần Văn Quân" -> "Trần Văn Quân"
        if len(name.split()) >= 2 or (name != m.group() and m.start() == 0 and not _WHO_IS.search(question)):
            return name  # (or a given name the question opens with, addressed, whose post it asks: "Ông Tuấn giữ
            # chức vụ gì ở phường Bến Thành?" is Tuấn's, not "Bến Thành"'s; "Ông Nam là ai?" asks who he is)
    return lowercase_name(question)  # "trần quốc tỏ giữ chức vụ gì" (typed "tran quoc to …")


# the words asking for a post or a date ("Tô Lâm giữ chức vụ gì?", "… diễn ra ngày nào?")
ROLE_FRAME = ("giữ chức vụ", "giữ chức danh", "giữ chức", "chức vụ", "chức danh", "cương vị", "đảm nhiệm", "đảm nhận")
DIRECTION_FRAME = ("tăng", "giảm")  # a yes/no question on a direction: the sentence may state the opposite one
# "Hội nghị giao ban diễn ra ngày nào?" - "Chiều ngày 14/01, … đã tổ chức Hội nghị …"; "Đám cưới diễn ra ngày nào?"
# - "Ngày 11/5/2003, hôn lễ …", not "Chỉ 5 ngày sau đám cưới …" for the word "ngày"
DATE_FRAME = ("diễn ra", "vào ngày nào", "ngày nào", "vao ngay nao", "ngay nao", "vào hôm nào", "hôm nào")
# "… lúc mấy giờ?": the answer writes the hour ("khoảng 22h15'"), or only the day's part ("Chiều ngày 14/4/2022")
CLOCK_FRAME = ("vào lúc mấy giờ", "lúc mấy giờ", "mấy giờ", "vao luc may gio", "luc may gio", "may gio")
# "Bạc phạm tội gì?": the sentence naming the charge writes "vì tội …", "về tội …"; "phạm tội" is the asking
CHARGE_FRAME = ("phạm tội", "pham toi")
# "Ca phẫu thuật kéo dài bao lâu?": the answer writes the span ("Sau hơn 10 giờ phẫu thuật, …"), not "kéo dài"
HOW_LONG_FRAME = ("kéo dài trong", "kéo dài", "keo dai")
# "Gia đình Minh có mấy con?": "mấy" asks, as "bao nhiêu" does (a query stopword); the answer writes "2 con"
# (accented only: "may" is also "máy")
HOW_MANY_FRAME = ("mấy",)
_ASKS_HOW_MANY = re.compile(r"(?<!\w)mấy(?!\w)")
_ASKS_HOW_LONG = re.compile(r"(?i)(?<!\w)(?:bao lâu|bao lau)(?!\w)")
# "Phạm Trung Thành làm nghề gì?": the answer writes the job ("nhân viên Công ty …"), not "nghề" ("nghe" folded is
# "nghe thấy")
# "Xe buýt mang biển số gì?": the answer may write the plate after the vehicle alone ("xe buýt số 53N-3635")
PLATE_FRAME = ("mang biển số", "mang biển kiểm soát", "biển kiểm soát", "biển số", "mang biển", "mang bien so",
               "bien so")
REAL_NAME_FRAME = ("tên thật", "tên khai sinh", "tên đầy đủ", "họ tên", "ten that", "ten khai sinh")
OCCUPATION_FRAME = ("làm nghề", "nghề nghiệp", "nghề gì", "làm công việc", "làm việc", "lam nghe", "nghe nghiep")


# "Kết quả phối hợp ở Sông Cầu thế nào?", "… đạt được những kết quả gì?": the answer counts what was done ("làm rõ
# 31/35 vụ", "hơn 100 nguồn tin") and seldom writes "kết quả"; a sentence with figures is the likelier answer
RESULT_FRAME = ("đạt được những kết quả", "đạt được kết quả", "đạt những kết quả", "đạt kết quả", "những kết quả",
                "các kết quả", "kết quả", "đạt được")
_ASKS_RESULTS = re.compile(r"(?i)(?<!\w)kết quả(?:\s+nào(?!\w)|(?!\w).*(?<!\w)(?:thế nào|ra sao|gì)\s*\??\s*$)")
RESULT_BONUS = 0.15  # for a sentence with a figure, when the question asks for results
VERDICT_BONUS = 0.15  # for a sentence a yes/no question's verdict can be read from


def asks_results(question: str) -> bool:
    """Does the question ask what was achieved ("Kết quả … thế nào?", "đạt được những kết quả gì?")?"""
    return bool(_ASKS_RESULTS.search(normalize(question)))


# "Hội nghị được tổ chức bằng hình thức nào?": the answer says "trực tuyến", not "hình thức"
FORM_FRAME = ("bằng hình thức", "theo hình thức", "dưới hình thức", "hình thức tổ chức", "hình thức")
_ASKS_FORM = re.compile(r"(?i)\bhình thức\s+(?:tổ chức\s+)?(?:nào|gì|ra sao|thế nào|như thế nào)(?!\w)")
_STATES_FORM = re.compile(r"(?i)\b(?:trực tuyến|trực tiếp|điểm cầu|truyền hình|kết hợp|online|hội nghị truyền hình|"
                          r"tập trung tại)(?!\w)")
FORM_BONUS = 0.15  # for a sentence naming how something was held, when the question asks it
# "… tổ chức ở đâu?": a sentence naming a venue or a place ("tại Hội trường Công an huyện", "ở thị xã Sông Cầu"),
# not an occasion ("Tại Hội nghị sơ kết, …")
_STATES_PLACE = re.compile(r"(?<!\w)(?:[Tt]ại|[Ởở])\s+(?!(?i:hội nghị|buổi|lễ|cuộc|đây|đó)(?!\w))"
                           r"(?:(?i:hội trường|trụ sở|nhà văn hóa|nhà văn hoá|điểm cầu|phòng họp|địa bàn|khu vực|"
                           r"huyện|tỉnh|xã|thị xã|thị trấn|thành phố|quận|phường|miền|vùng)(?!\w)|[A-ZĐ])")
# "Anh Niềm bị đưa về đâu?": where to ("… khống chế bắt giữ anh cùng chiếc Honda đem về bến đò Sa Bảy")
_ASKS_DESTINATION = re.compile(r"(?i)(?<!\w)(?:về|đến|tới|đi|ve|den|toi|di)\s+(?:đâu|dau)(?!\w)")  # (of a place
# question: "đến đâu" is one only after a verb of moving, ``question._ANSWER_TYPES``)
_STATES_DESTINATION = re.compile(r"(?<!\w)(?:về|đến|tới|sang|vào|ra)\s+(?:(?i:bến|nhà|trụ sở|trại|trạm|cơ quan|"
                                 r"đồn|khu|bệnh viện|huyện|tỉnh|xã|thị xã|thị trấn|thành phố|quận|phường|biên giới)"
                                 r"(?!\w)|[A-ZĐ])")
PLACE_BONUS = 0.15  # for a sentence naming a venue or place, when the question asks where
DEPUTY_INSTEAD = 0.1  # off a sentence writing only the deputy of a post the question names ("phó tổng giám đốc")
NO_ACT = 0.05  # off a sentence that never writes the act whose date is asked
DATE_OF_ACT_BONUS = 0.25  # for a sentence writing the date right after the act asked ("bắt giữ vào ngày 15/8/2004")
PLACE_OF_ACT_BONUS = 0.25  # more for one writing the place right after the act asked ("bị giam tại Trại …")
ADDRESS_BONUS = 0.3  # for a sentence writing a street address, when the question asks one ("ở địa chỉ nào?")
CAUSE_BONUS = 0.15  # for a sentence saying why, when the question asks it (``sentence_kinds.states_cause``)
CAUSE_WORD_BONUS = 0.1  # ... and writing the word the question names the cause by ("nguyên nhân", "lý do")
ADDRESSEE_BONUS = 0.15  # for a sentence writing whom a directive was given to, when asked ("yêu cầu ai …?")
NUMBER_BONUS = 0.2  # for a sentence writing the number of the document or thing asked ("tờ trình số mấy?")
SOURCE_BONUS = 0.15  # for a sentence saying where a thing was got from, when asked (``sentence_kinds.states_source``)
CONSEQUENCE_BONUS = 0.3  # for a sentence writing the asked act right after "nên": the reason is what it follows
PENALTY_BONUS = 0.2  # for a sentence stating a court's penalty, when the question asks it
CHARGE_BONUS = 0.15  # for a sentence naming a charge, when the question asks "về tội gì"
CLOCK_BONUS = 0.3  # for a sentence stating a time of day, when the question asks one
BIRTH_BONUS = 0.3  # for a sentence writing a birth year, when the question asks one
ARTICLE_BONUS = 0.2  # for a sentence writing an article's number, when the question asks which article
# "… nằm ở điều nào của dự thảo?": which article (clause, chapter) of a law; the sentence writes its number
_ASKS_ARTICLE = re.compile(r"(?i)(?<!\w)(điều|khoản|chương|mục)\s+(?:nào|mấy|bao nhiêu|số mấy|thứ mấy)(?!\w)")


def asked_article(question: str) -> str | None:
    """The part of a law a question asks the number of ("điều" of "… nằm ở điều nào của dự thảo?"), or None."""
    m = _ASKS_ARTICLE.search(unicodedata.normalize("NFC", question))
    return m.group(1).lower() if m else None


def writes_article(sentence: str, part: str) -> bool:
    """Does the sentence write that part with its number ("… nằm trong điều 94, chương 8, dự thảo …")?"""
    return re.search(rf"(?i)(?<!\w){part}\s+\d+", unicodedata.normalize("NFC", sentence)) is not None
KIN_BONUS = 0.3  # for a sentence naming a relative, when a who-question asks for one ("Vợ … là ai?")
OCCUPATION_BONUS = 0.3  # for a sentence writing a trade or job, when the question asks someone's
REAL_NAME_BONUS = 0.3  # for a sentence writing a full name beside the nickname whose real name is asked
UNIT_BONUS = 0.3  # for a sentence writing the unit asked ("… ở tỉnh nào?") before a name, ``question.asked_unit``


def names_unit(sentence: str, unit: str) -> bool:
    return bool(re.search(rf"(?<!\w)(?i:{re.escape(unit)})\s+[{UPPER}]", sentence))


# "Những giải pháp … là gì?", "Các nhiệm vụ trọng tâm …": the sentence announcing that list ("… tập trung thực hiện
# các giải pháp: Tiếp tục tham mưu …") answers it
_ASKS_LIST = re.compile(r"(?i)(?:^|\s)(?:những|các|nhung|cac)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)")
LIST_BONUS = 0.15  # for the sentence announcing the asked list with a colon


def asked_list(question: str) -> str | None:
    """The noun of the list a question asks for ("Những giải pháp để nâng cao …?" -> "giải pháp"), or None."""
    m = _ASKS_LIST.search(normalize(question))
    return m.group(1).lower() if m else None


def announces_list(sentence: str, noun: str) -> bool:
    """Does the sentence introduce a list of ``noun`` with a colon ("thực hiện các giải pháp: Tiếp tục …", "một số
    hạn chế, khó khăn: Một số nơi …")? Either word of a two-word noun may head it."""
    text = fold(normalize(sentence)).lower()
    for word in dict.fromkeys([fold(noun).lower(), fold(noun.split()[0]).lower()]):
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text):
            if ":" in text[m.end() : m.end() + 30]:
                return True
    return False


# "… thu giữ những hung khí gì?": the verb before the asked list, which the answer may follow with "gồm" or a colon
# ("Tang vật thu giữ gồm 1 súng ngắn K54 …") without naming the list's noun
_ASKS_LIST_OF = re.compile(r"(?i)([^\W\d_]+\s+[^\W\d_]+)\s+(?:những|các|nhung|cac)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?"
                           r"\s+(?:gì|nào|gi|nao)\s*\??\s*$")
LIST_OF_BONUS = 0.25  # for the sentence listing what the asked verb took, held or named


def asked_list_verb(question: str) -> str | None:
    """The verb a "những … gì" question asks the objects of ("thu giữ" of "… thu giữ những hung khí gì?"),
    folded, or None."""
    m = _ASKS_LIST_OF.search(normalize(question))
    if not m:
        return None
    verb = fold(m.group(1)).lower()
    return None if any(w in _GLUE for w in verb.split()) else verb


# "Tài sản bị mất trong vụ cướp … gồm những gì?": what the list is of, the question's first two words
_ASKS_CONTENTS = re.compile(r"(?i)^\s*([^\W\d_]+\s+[^\W\d_]+)\s.*?(?<!\w)(?:bao gồm|gồm|bao gom|gom)\s+(?:những|nhung)"
                            r"\s+(?:gì|gi)\s*\??\s*$")


def asked_contents(question: str) -> str | None:
    """What a "… gồm những gì?" question asks the contents of ("tai san" of "Tài sản bị mất … gồm những gì?"),
    folded, or None."""
    m = _ASKS_CONTENTS.match(normalize(question))
    return fold(m.group(1)).lower() if m else None


def lists_contents(sentence: str, subject: str) -> bool:
    """Does the sentence list what the subject (folded) holds: "Tài sản bị mất gồm 25 triệu đồng và …"?"""
    return bool(re.search(rf"(?<!\w){re.escape(subject)}(?:\s+[^\W\d_]+){{0,3}}?\s*(?::|\s+gom\b|\s+bao gom\b)",
                          fold(normalize(sentence)).lower()))


def lists_after(sentence: str, verb: str) -> bool:
    """Does the sentence list what ``verb`` (folded) took: "thu giữ gồm …", "thu giữ: …", "thu giữ bao gồm …"?"""
    return bool(re.search(rf"(?<!\w){re.escape(verb)}\s*(?:được\s+|duoc\s+)?(?::|gom\b|bao gom\b)",
                          fold(normalize(sentence)).lower()))


_RESPECTIVELY = re.compile(r"(?i)(?<!\w)lần lượt(?!\w)")
_AT_PLACE = re.compile(r"(?i)(?<!\w)(?:ở|tại)\s+$")  # right before a capitalised run: a place, no person
# ... or a company's name, after "Công ty" written as a name starts ("Công ty Thái Bình Dương"; "giám đốc công ty Trần
# Thị Mỹ" is its director)
_COMPANY_NAMED = re.compile(r"(?<!\w)(?:Công ty|Cty|Tập đoàn)(?:\s+(?i:cổ phần|tnhh|cp))*\s+$")


def penalised(analysis: QuestionAnalysis) -> tuple[tuple[str, ...], str]:
    """The people a penalty question names, folded ("luu chanh ky"), and else the given name it opens with ("Điệp"
    of "Điệp bị xử phạt thế nào?"; "" for none)."""
    people = tuple(place_key(n) for n in named_people(analysis.text))
    given = opening_given_name(analysis.text) if not people else []
    return people, given[0] if given else ""


# a question opening with somebody's given name, the one a thing is done to: "Điệp bị xử phạt thế nào?" (not a doer,
# "Luther đã mô tả …": the sentence answering may call him "Ông")
# (not a word that asks or points: "Ai bị tuyên án tử hình?", "Hắn bị bắt ở đâu?"; nor a number before "bị cáo",
# "bị can": "Hai bị cáo phải bồi thường bao nhiêu …?")
_OPENING_GIVEN = re.compile(rf"\s*(?!(?:Ai|Ông|Bà|Anh|Chị|Em|Cô|Chú|Họ|Hắn|Nó|Người|Ngày|Năm|Tháng|Vụ)\s)"
                            rf"([{UPPER}][^\W\d_{UPPER}]+)\s+(?:bị|được)\s(?!(?:cáo|can)(?!\w))")


def opening_given_name(question: str) -> list[str]:
    """The given name a question opens with, as the one something was done to ("Điệp" of "Điệp bị xử phạt thế
    nào?"), in a list of at most one."""
    m = _OPENING_GIVEN.match(unicodedata.normalize("NFC", question))
    return [m.group(1)] if m else []


def penalty_of(said: "Said", asked: tuple[tuple[str, ...], str]) -> bool:
    """Does the quote state a penalty, and, when the question names people, one said of them (not of another);
    when it opens with a given name, in a quote writing it ("Ngoài phạt tiền, 2 cơ sở …" is not Điệp's)?"""
    people, given = asked
    if given:
        return states_penalty(said.said) and writes_given_name(unicodedata.normalize("NFC", said.said), given)
    if not people:
        return states_penalty(said.said)
    return any(said_of(said.sentence, a, b, people) >= 0.75 for a, b in penalties(said.sentence))


def asks_form(question: str) -> bool:
    """Does the question ask how something was held ("bằng hình thức nào?", "theo hình thức gì?")?"""
    return bool(_ASKS_FORM.search(normalize(question)))


def states_form(sentence: str) -> bool:
    """Does the sentence say how something was held ("Hội nghị trực tuyến", "tại điểm cầu Công an tỉnh")?"""
    return bool(_STATES_FORM.search(normalize(sentence)))


def states_place(sentence: str) -> bool:
    """Does the sentence name where something happened ("tại Hội trường Công an huyện", "tại thị xã Sông Cầu")?"""
    return bool(_STATES_PLACE.search(normalize(sentence)))


# any word of place or direction: a sentence without one ("Phiên tòa xét xử … Gary Glitter hoàn toàn cách ly với
# báo giới") says nothing of where
_ANY_LOCATIVE = re.compile(r"(?i)(?<!\w)(?:tại|ở|trên|trong|ngoài|bên|gần|phía|nằm|giữa|khu|vùng|miền|nơi|đến|tới|"
                           r"về|từ|sang|qua|địa bàn|địa chỉ|số nhà)(?!\w)")


# "5 tử tội bị giam ở đâu …?", "Thọ Đại Úy bị bắt ngày nào?", "Năm Cam bị thi hành án ở đâu?": what was done to
# somebody (the one to three words after "bị", "được"), where or when
_PASSIVE_ACT = r"(?i)(?<!\w)(?:bị|được)\s+((?:[^\W\d_]+\s+){0,2}?[^\W\d_]+)\s+"
_ACT_WHERE = re.compile(_PASSIVE_ACT + r"(?:ở|tại)\s+(?:đâu|nơi nào)(?!\w)")
_ACT_WHEN = re.compile(_PASSIVE_ACT + r"(?:vào\s+)?(?:ngày|hôm|khi|lúc)\s+nào(?!\w)")
# ... or when a law, a decree or a decision takes effect ("Nghị định … có hiệu lực từ ngày nào?")
_TAKES_EFFECT_WHEN = re.compile(r"(?i)(?<!\w)(?:có|bắt đầu có)\s+(hiệu lực)(?:\s+thi hành)?\s+(?:(?:từ|kể từ|vào)\s+)?"
                                r"(?:(?:ngày|khi|lúc|thời điểm)\s+nào|bao giờ)(?!\w)")
# ... and the place or the date written right after the act in a sentence ("bị giam tại Trại tạm giam …", "bắt giữ
# vào ngày 15/8/2004")
_PLACE_KIND = "|".join(map(re.escape, PLACE_KINDS + ("nhà",)))
_PLACE_AFTER_ACT = rf"(?:[^\W\d_]+\s+){{0,2}}?(?:tại|ở)\s+(?:[{UPPER}]|(?i:{_PLACE_KIND})(?!\w))"
# (or a whole date written bare: "Nghị định có hiệu lực thi hành 1/4/2006"; the match ends where the date begins)
_DATE_AFTER_ACT = (r"(?:[^\W\d_]+\s+){0,2}?(?:(?i:vào|từ|kể từ)\s+)?"
                   r"(?=(?i:ngày|hôm|sáng|trưa|chiều|tối|đêm|tháng)\s+\d|\d{1,2}[/-]\d{1,2}[/-]\d{2,4}(?!\d))")
# the date itself, as written: "ngày 15/8/2004", "Chiều 21/2", "ngày 10-1", "1/4/2006", "tháng 12/2003", "ngày 15
# tháng 8 năm 2004"
_DATE_WRITTEN = re.compile(r"(?:(?i:rạng sáng|sáng|trưa|chiều|tối|đêm|khuya)\s+(?:(?i:ngày|hôm)\s+)?"
                           r"|(?i:ngày|hôm|tháng)\s+)?(?<![\d/.-])\d{1,2}"
                           r"(?:(?:[/.-]\d{4}|[/.-]\d{1,2}(?:[/.-]\d{2,4})?)(?!\d)"
                           r"|\s+(?i:tháng)\s+\d{1,2}(?:\s+(?i:năm)\s+\d{4})?)?(?!\d)")
_SENTENCE_OPENS = re.compile(rf"(?:^|(?<=[.!?])\s+)(?=[{UPPER}])")  # (each sentence of a quote joined from two)


def _asked_act(question: str, asking: re.Pattern) -> str | None:
    m = asking.search(normalize(question))
    return m.group(1) if m else None


def act_where(question: str) -> str | None:
    """The act a place question asks the place of ("giam" of "5 tử tội bị giam ở đâu trước khi thi hành án?")."""
    return _asked_act(question, _ACT_WHERE)


# ... or when something took place: "Việc đưa tiền xảy ra vào ngày nào?" (a short answer's act only: the sentence
# answering may say so otherwise, "Chiều ngày 14/01, … đã tổ chức Hội nghị …", and is not asked to write it)
_HAPPENED_WHEN = re.compile(r"(?i)(?<!\w)(xảy ra|diễn ra)\s+(?:vào\s+)?(?:ngày|hôm|khi|lúc)\s+nào(?!\w)")


def happened_when(question: str) -> str | None:
    """The verb of taking place a date question asks with ("xảy ra" of "Việc đưa tiền xảy ra vào ngày nào?")."""
    return _asked_act(question, _HAPPENED_WHEN)


def act_when(question: str) -> str | None:
    """The act a date question asks the day of ("bắt" of "Thọ Đại Úy bị bắt ngày nào?", "hiệu lực" of "Nghị định …
    có hiệu lực từ ngày nào?")."""
    return _asked_act(question, _ACT_WHEN) or _asked_act(question, _TAKES_EFFECT_WHEN)


def _written_after_act(sentence: str, act: str, after: str) -> bool:
    """Is ``after`` written right after the act, or after its verb alone ("… trước khi bị bắt tại Công ty bảo vệ Thăng
    Long" for "bị bắt quả tang")?"""
    return _act_then(act, after).search(unicodedata.normalize("NFC", sentence)) is not None


@lru_cache(maxsize=256)
def _act_then(act: str, after: str) -> re.Pattern:
    """The act, or its verb alone, then ``after``: built once per question's act, not once per sentence."""
    acts = "|".join(map(re.escape, dict.fromkeys((act, act.split()[0]))))
    return re.compile(rf"(?<!\w)(?i:{acts})\s+{after}")


@lru_cache(maxsize=256)
def _verb_of(act: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?i:{re.escape(act.split()[0])})(?!\w)")


# a place a sentence opens with (after its time, if any), and the act later in it: "Hồi 15 giờ ngày 13-12-2005, tại
# đảo Tròn trong Công viên Bách Thảo – Hà Nội, Cục CSĐT … đã bắt quả tang 22 cán bộ …"
# (a capital, or a word of place: "Tại thời điểm đó, …" names none)
_OPENING_PLACE = re.compile(rf"^(?:[^,.;:]{{0,60}},\s*)?(?i:tại|ở)\s+(?:[{UPPER}]|(?i:{_PLACE_KIND})(?!\w))")
OPENING_REACH = 200  # characters after the place or date opening a sentence its act may be written within


def states_act_place(sentence: str, act: str) -> bool:
    """Does the sentence write the place right after the act ("… cả 5 tội nhân đang bị giam tại Trại tạm giam Công
    an Tiền Giang"), or open with a place its act's verb follows ("Hồi 15 giờ …, tại đảo Tròn …, Cục CSĐT … đã bắt
    quả tang …" for "bị bắt đánh bạc"), not the act somewhere else ("… bị giam" said with no place)?"""
    # (past the place's own words: "0h ngày 3/6, tại trại tạm giam, thủ tục …" is no "giam" there)
    return _written_after_act(sentence, act, _PLACE_AFTER_ACT) or _opened_before_act(sentence, act, _OPENING_PLACE)


# a date a sentence opens with, its act after the comma: "Ngày 15/2, 3 trường hợp này đã bị bắt.", "Chiều 21/2, đối
# tượng bị bắt."
_OPENING_DATE = re.compile(r"^(?:vào\s+)?(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|rạng sáng|khuya|tháng)\s+\d[\d/.-]*"
                           r"[^,.;:]{0,30},", re.I)


def states_act_date(sentence: str, act: str) -> bool:
    """Does the sentence write the date right after the act ("… Thọ đã bị phát hiện và bắt giữ vào ngày 15/8/2004"),
    or open with a date its act's verb follows ("Ngày 15/2, 3 trường hợp này đã bị bắt."), not a date of something
    else ("… cho đến cuối tháng 12/2003 vì không một ai phát hiện ra y")?"""
    return _written_after_act(sentence, act, _DATE_AFTER_ACT) or _opened_before_act(sentence, act, _OPENING_DATE)


def act_date_of(quote: str, act: str) -> tuple[int, int] | None:
    """The span of the date a quote writes the act on, read as ``states_act_date`` reads it ("ngày 15/8/2004" of "…
    Thọ đã bị phát hiện và bắt giữ vào ngày 15/8/2004", "Chiều 21/2" of "Chiều 21/2, đối tượng bị bắt."), in any of
    its sentences; None when it writes none."""
    text = unicodedata.normalize("NFC", quote)
    after = _act_then(act, _DATE_AFTER_ACT).search(text)
    date = _DATE_WRITTEN.match(text, after.end()) if after is not None else None
    if date is not None:  # (none where the digits read as no day: "vào tháng 2005")
        return date.span()
    for opens in _SENTENCE_OPENS.finditer(text):
        sentence = text[opens.end() :]
        date = _DATE_WRITTEN.search(sentence) if _opened_before_act(sentence, act, _OPENING_DATE) else None
        if date is not None:
            return opens.end() + date.start(), opens.end() + date.end()
    return None


def _opened_before_act(sentence: str, act: str, opening: re.Pattern) -> bool:
    """Does the sentence open with ``opening`` (a place, a date), its words ended by a comma, and write the act's
    verb within ``OPENING_REACH`` characters after that comma?"""
    text = unicodedata.normalize("NFC", sentence)
    m = opening.match(text)
    after = text.find(",", m.end() - 1) if m else -1
    return after >= 0 and _verb_of(act).search(text[after : after + OPENING_REACH]) is not None


def says_where(sentence: str) -> bool:
    """Does the sentence hold any word of place, or a place by name? (Only its absence counts: a docking.)"""
    return bool(_ANY_LOCATIVE.search(sentence) or _COUNTRY.search(sentence)) or bool(find_places(sentence))


# (a capitalised word after it makes it part of a name: "Nguyễn Thị Mỹ Nga", "Lào Cai")
_COUNTRY = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, COUNTRIES))})(?!\w)(?!\s+[{UPPER}])")


def asked_place(question: str) -> str:
    """Where something happened ("at": "… ở đâu?"), where it went ("to": "… bị đưa về đâu?") or its street address
    ("address": "Kho đĩa lậu ở địa chỉ nào?")."""
    q = normalize(question)
    if _ASKS_ADDRESS.search(q):
        return "address"
    return "to" if _ASKS_DESTINATION.search(q) else "at"


# "… ở địa chỉ nào?": a house number and its street ("căn nhà số 127 Văn Thân, phường 8", "364 Cộng Hoà")
_ASKS_ADDRESS = re.compile(r"(?<!\w)(?:địa chỉ|dia chi|số nhà|so nha)(?!\w)")
# (a house number may hold letters, "57/4y4 Phạm Văn Chiêu"; an alley comes before its street, "ngõ 192, phố Thái
# Thịnh"; a date is none, "tối 5-1 Trần Bảo Vân …")
# (a range of house numbers after "số": "khách sạn Tản Đà, số 22-24 Tản Đà, quận 5")
_STATES_ADDRESS = re.compile(r"(?:(?<![\w/.,-])|(?<=số )\d+-)\d+[A-Za-z]?(?:/[A-Za-z]?\d+[A-Za-z]?(?:\d+)?)*\s+"
                             r"(?:(?:đường|phố)\s+)?"
                             r"(?!(?:Ban|Bộ|Sở|Cục|Đội|Phòng|Chi|Hội|Tổ|Công|Đoàn|Trường|Ủy|Uỷ)\s)"
                             r"[A-ZĐ][^\W\d_]*\s+[A-ZĐ]"
                             r"|(?<!\w)(?:ngõ|ngách|hẻm|kiệt)\s+\d+[A-Za-z]?(?:[/-]\d+)*,?\s+(?:phố|đường)\s+[A-ZĐ]"
                             # (a dash between the house number and its street: "số nhà 114 - Lý Thái Tổ")
                             r"|(?<!\w)số\s+nhà\s+\d+[A-Za-z]?(?:/\d+[A-Za-z]?)*\s*[-–]\s*[A-ZĐ][^\W\d_]*\s+[A-ZĐ]")
ADDRESS_FRAME = ("ở địa chỉ nào", "địa chỉ nào", "o dia chi nao", "dia chi nao")
# "Nguyễn Khắc Sơn bị bắt ở nước nào?": the answer names the country ("cơ quan … của Mỹ đã phát hiện và bắt Nguyễn
# Khắc Sơn"), seldom the word "nước", which sentences on other countries do ("trốn sang sống ở một số nước châu Á")
COUNTRY_FRAME = ("ở nước nào", "nước nào", "ở quốc gia nào", "quốc gia nào", "o nuoc nao", "nuoc nao", "quoc gia nao")


# "Khách sạn Tản Đà ở đâu?", "Công ty Doanh Chính có trụ sở ở đâu?": a named venue, whose street address answers
_ASKS_VENUE = re.compile(r"(?i)^\s*(?:khách sạn|nhà nghỉ|quán|nhà hàng|công ty|cửa hàng|tiệm|văn phòng|trụ sở|"
                         r"cơ sở|vũ trường|siêu thị|nhà máy|xưởng|trung tâm|phòng khám|ngân hàng)\s+(.+?)\s+"
                         r"(?:(?:có trụ sở|đặt trụ sở|nằm|đóng)\s+)?(?:ở|tại)\s+(?:đâu|nơi nào)\s*\??\s*$")


def venue_asked(question: str) -> str | None:
    """The name of the venue a place question asks about, as typed ("Tản Đà" of "Khách sạn Tản Đà ở đâu?", "cafe
    Sinh viên" of "Quán cafe Sinh viên ở đâu?"); None for any other question."""
    m = _ASKS_VENUE.match(unicodedata.normalize("NFC", question))
    return m.group(1) if m and any(w[:1].isupper() for w in m.group(1).split()) else None


def states_venue_address(sentence: str, name: str) -> bool:
    """Does the sentence write a street address right after the venue's name ("khách sạn Tản Đà, số 22-24 Tản Đà,
    quận 5"), not only somewhere ("… số học sinh ở khách sạn Tản Đà vẫn tiếp tục chờ")?"""
    return written_near(sentence, _STATES_ADDRESS, name, before=0, ignore_case=True)


def states_address(sentence: str) -> bool:
    """Does the sentence write a street address ("căn nhà số 127 Văn Thân", "tại 364 Cộng Hoà, quận Tân Bình")?"""
    return bool(_STATES_ADDRESS.search(unicodedata.normalize("NFC", sentence)))


def states_destination(sentence: str) -> bool:
    """Does the sentence name where something or someone was taken ("đem về bến đò Sa Bảy", "sang Campuchia")?"""
    return bool(_STATES_DESTINATION.search(normalize(sentence)))


# "So sánh tai nạn giao thông năm 2020 và 2021 ở Đăk Tô", "So sánh số mô hình về ANTT giữa các báo cáo": the
# figures side by side answer it, and no report writes "so sánh" beside them
COMPARE_FRAME = ("so sánh", "giữa các báo cáo", "trong các báo cáo", "các báo cáo", "giữa các tài liệu")


def question_claim(analysis: QuestionAnalysis) -> Claim | None:
    """What a yes/no question asserts, its places left out (``yes_no.Claim``), or None."""
    return yes_no_claim(analysis.text, tuple(p.name for p in analysis.places))


def question_frame(analysis: QuestionAnalysis) -> tuple[str, ...]:
    """The words with which a question asks for a post, a date, a form, a charge or a comparison: the sentence
    answering it seldom repeats them, so they are not key words it must contain."""
    extra = COMPARE_FRAME if asks_comparison(analysis.text) else ()
    if asks_charge(analysis.text):
        extra = CHARGE_FRAME + extra
    if asks_occupation(analysis.text):
        extra = OCCUPATION_FRAME + extra
    if real_name_asked(analysis.text):
        extra = REAL_NAME_FRAME + extra
    if (asked_numbered(analysis.text) or "").startswith("bien"):
        extra = PLATE_FRAME + extra
    if _ASKS_HOW_LONG.search(analysis.text):
        extra = HOW_LONG_FRAME + extra
    if _ASKS_HOW_MANY.search(normalize(analysis.text)):
        extra = HOW_MANY_FRAME + extra
    if asked_person(analysis.text):
        return ROLE_FRAME + extra
    if asks_form(analysis.text):
        return FORM_FRAME + extra
    if asks_results(analysis.text) and analysis.answer_type in ("other", "definition", "list"):
        return RESULT_FRAME + extra
    claim = question_claim(analysis)
    if claim and set(claim.predicate) & set(ANTONYMS):  # "Tội phạm … có tăng không?": "giảm 19,2%" answers it
        return DIRECTION_FRAME + extra
    clock = CLOCK_FRAME if asks_clock(analysis.text) else ()
    if analysis.answer_type == "place":
        return ADDRESS_FRAME + COUNTRY_FRAME + extra  # "Kho đĩa lậu ở địa chỉ nào?": the answer writes the address
    return (DATE_FRAME + clock if analysis.answer_type == "date" else ()) + extra


def states_post(sentence: str, person: str) -> bool:
    """Does the sentence write ``person``'s post beside the name ("Trần Văn Quân – Bí thư Đảng ủy Công an",
    "thủ môn Vũ Việt Dũng của CLB Thể Công")?"""
    return post_of(sentence, person) is not None or bool(re.search(_POST_BEFORE + re.escape(person) + r"(?!\w)",
                                                                   sentence))


# "Bộ trưởng yêu cầu gì?", "Giám đốc chỉ đạo những nội dung gì?", "đồng chí đề nghị ra sao?": what a leader asked for
_DIRECTIVE_VERBS = "yêu cầu|đề nghị|chỉ đạo|nhấn mạnh|lưu ý|đề xuất|quán triệt|chỉ thị"
# ... or whom and what: "Bộ trưởng Tô Lâm yêu cầu công an xã làm gì?", "đề nghị các địa phương phải thực hiện gì?"
_ASKS_DIRECTIVE = re.compile(rf"(?i)\b(?:{_DIRECTIVE_VERBS}|giao nhiệm vụ|kết luận)\s+(?:(?:những|các)\s+)?"
                             r"(?:(?:nội dung|vấn đề|điều|việc|nhiệm vụ)\s+)?(?:gì|nào|ra sao|thế nào|như thế nào)\b"
                             rf"|\b(?:{_DIRECTIVE_VERBS})\s+(?:[^\W\d_]+\s+){{1,5}}?(?:phải\s+)?(?:làm|thực hiện)\s+"
                             r"(?:những\s+)?(?:gì|việc gì|nhiệm vụ gì|những gì)\b")
# ... and a sentence that says it: "Đồng chí đề nghị Đảng ủy công an các tỉnh …", "Bộ trưởng yêu cầu …"
_STATES_DIRECTIVE = re.compile(rf"(?i)\b(?:{_DIRECTIVE_VERBS}|giao)\s+"
                               r"(?:(?:các|những|toàn|mỗi|từng|lực lượng|công an|đảng ủy|đảng uỷ|cấp ủy|cấp uỷ|đơn vị|"
                               r"cơ quan|địa phương|ban|phòng|đồng chí|cán bộ)\b|cần\b|phải\b|tiếp tục\b|tập trung\b|"
                               r"tăng cường\b|đẩy mạnh\b|thực hiện\b|triển khai\b)")
DIRECTIVE_BONUS = 0.15  # for a sentence stating what a leader asked for, when the question asks it


def asks_directive(question: str) -> bool:
    """Does the question ask what somebody asked for or directed ("Bộ trưởng Tô Lâm yêu cầu gì?")?"""
    return bool(_ASKS_DIRECTIVE.search(normalize(question)))


def states_directive(sentence: str) -> bool:
    """Does the sentence state a directive: a directive verb with whom or what it asks for ("đề nghị các cơ
    quan, đơn vị cần chỉnh sửa quy chế", "yêu cầu công an các địa phương tập trung …"), not the noun phrase of
    "lãnh đạo, chỉ đạo" or "đáp ứng yêu cầu nhiệm vụ"?"""
    return bool(_STATES_DIRECTIVE.search(normalize(sentence)))


def states_time(sentence: str) -> bool:
    """Does the sentence name a date, a period or a time of day (what a "khi nào / thời gian nào" question asks
    for)?"""
    return bool(_TIME.search(sentence)) or states_clock(sentence)


OTHER_YEAR = 0.3  # score taken from a sentence about another year than the one asked
# "Chiều ngày 14/01, Đảng uỷ Công an tỉnh đã tổ chức Hội nghị … triển khai phương hướng nhiệm vụ trọng tâm năm
# 2022": a sentence saying a meeting was held names its agenda, it does not say what the tasks or results are
ANNOUNCEMENT = 0.25  # score taken from it, unless the question asks about the meeting itself
_ANNOUNCES_MEETING = re.compile(r"(?i)(?<!\w)tổ chức\s+(?:(?:buổi|cuộc|lễ)\s+)?(?:hội nghị|hội thảo|lễ|buổi|cuộc họp|"
                                r"tọa đàm|toạ đàm)(?!\w)")
_ASKS_MEETING = re.compile(r"(?i)(?<!\w)(?:hội nghị|hoi nghi|hội thảo|hoi thao|buổi|buoi|lễ|cuộc họp|cuoc hop|họp|hop|"
                           r"giao ban|tọa đàm|toạ đàm|sơ kết|so ket|tổng kết|tong ket|tổ chức|to chuc)(?!\w)")
_WHICH = re.compile(r"(?i)(?<!\w)(?:nào|nao)(?!\w)")


def announces_meeting(sentence: str) -> bool:
    """Does the sentence report that a meeting was held ("… đã tổ chức Hội nghị sơ kết …")?"""
    return bool(_ANNOUNCES_MEETING.search(normalize(sentence)))


def asks_meeting(question: str) -> bool:
    """Does the question ask about a meeting or an event ("Hội nghị … khi nào?", "… tổ chức ở đâu?")?"""
    return bool(_ASKS_MEETING.search(normalize(question)))


NOT_CONTENT = 0.5  # score taken from a heading: it names the topic, it states nothing
CAPTION = 0.1  # ... and from a photo caption, unless the question asks who: captions say who is pictured
# a photo caption: "Ảnh: Sơn Hải", "Ảnh 2: Đồng chí … tặng giấy khen", "Ảnh minh họa: …"
_CAPTION = re.compile(r"(?i)^\W*(?:ảnh|hình)\s*(?:\d+\s*)?(?::|minh họa|minh hoạ)")


def is_caption(sentence: str) -> bool:
    return bool(_CAPTION.match(sentence.lstrip()))


# a byline or signature: a name alone on its line ("Phương Hồng", "Nguyễn Văn A"), no verb, no full stop
_BYLINE = re.compile(rf"^[{UPPER}][\wÀ-ỹ]*(?:\s+[{UPPER}][\wÀ-ỹ]*){{1,3}}$")


ASKING = 0.3  # score taken from a sentence that asks (an interviewer's question): it repeats, it answers nothing
REPLY_GAP = 0.05  # ... while the sentence after it, the reply, scores as the question would, less this


_ASKS = re.compile(r"(?<!\()\?[\"'”’»\s]*$")  # ends asking: "… là gì?", "… thế nào?”" (not "(?)", an aside)


def asks(sentence: str) -> bool:
    """"Theo ông, đâu là nguyên nhân lớn nhất …?" in an interview shares every word of the question it is asked,
    and answers none: the reply after it does. A question reported of somebody named with a post is none ("Bà
    Nguyễn Thị Hoài Thu, Chủ nhiệm Ủy ban các vấn đề xã hội của Quốc hội, đặt tình huống … thì xử lý ra sao?")."""
    return bool(_ASKS.search(sentence)) and not any(post_of(sentence, n) for n in named_people(sentence))


def is_byline(sentence: str) -> bool:
    """"Phương Hồng" under a news report names its writer: it states nothing a question asks of the report."""
    return bool(_BYLINE.match(" ".join(sentence.split())))


def is_heading(sentence: str, title: str, line: str | None = None) -> bool:
    """A line that only names the topic: the report's own title repeated, or a line in capitals. It matches a
    question's words better than any sentence that answers it, so it must not win. (Photo captions are not
    headings: "Ảnh 1: Đ/c Ngô Hoàng Nam- Chủ tịch UBND thành phố Qui Nhơn …" is where a report names people.)
    ``line``, the line holding the sentence: when other sentences share it, the sentence opens a paragraph and a
    report without a heading line was titled by it (``corpus.metadata``), so its repeating the title says nothing
    ("7h sáng 10/4, công an Hà Nội đã tiến hành khám xét quán karaoke Hương Xuân, 74 ngõ Hoàng An 2 …. Tại …")."""
    text = " ".join(sentence.split())
    letters = [c for c in text if c.isalpha()]
    if len(text.split()) >= 4 and len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        return True
    if line is not None and " ".join(line.split()) != text:
        return False
    return bool(title) and fold(text).lower().strip(" .:") == fold(" ".join(title.split())).lower().strip(" .:")


def line_of(text: str, start: int, end: int) -> str:
    """The line of ``text`` holding ``text[start:end]``."""
    lo, hi = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    return text[lo : hi if hi >= 0 else len(text)]


def straddling_bigrams(question: str, names: list[str]) -> set[str]:
    """The folded bigrams joining a name to the word beside it ("Ngô Tuấn Dũng cướp …" -> "~dung_cuop"): they
    are no subject words, and no report writes them once the name is said otherwise ("bị cáo … trấn lột")."""
    words = [fold(w).lower() for w in re.findall(r"[^\W_]+", normalize(question))]
    out: set[str] = set()
    for name in names:
        parts = place_key(name).split()
        n = len(parts)
        for i in range(len(words) - n + 1):
            if words[i : i + n] == parts:
                if i > 0:
                    out.add(f"~{words[i - 1]}_{parts[0]}")
                if i + n < len(words):
                    out.add(f"~{parts[-1]}_{words[i + n]}")
    return out


def spelling_terms(key: str, terms: list[str]) -> set[str]:
    """The question terms that spell a place or a year (folded key "huyen dak to", "2021"): its syllables and
    adjacent pairs."""
    words = key.split()
    said = set(words) | {"_".join(pair) for pair in zip(words, words[1:])}
    return {t for t in terms if fold(t.lstrip("~")).lower() in said}


_PARAGRAPH_YEAR = re.compile(r"\s*(?:Trong\s+|Riêng\s+|Cả\s+)?(?:năm|Năm)\s+((?:19|20)\d{2})\b")


def year_spans(analysis: QuestionAnalysis) -> list:
    """The periods of the question that cover more than one year ("từ năm 2019 đến nay", "giai đoạn 2019-2021")."""
    return [p for p in analysis.periods if p.year_to is None or p.year_to > p.year_from]


def scope_years(doc_text: str, start: int, end: int) -> set[int]:
    """The years a sentence speaks of: those it writes, dates included, else the year its paragraph opens with
    ("Năm 2021, Đảng ủy Công an tỉnh …. Bảo vệ an toàn tuyệt đối cuộc bầu cử …": the second sentence is 2021's
    too)."""
    sentence = doc_text[start:end]
    # (a full date: what it dates happened that year, "… Kế hoạch số 01/BCĐ ngày 21/12/2021 … trong năm 2022")
    own = set(years_in(sentence)) | set(dated_years(sentence))
    if own:
        return own
    para = doc_text.rfind("\n", 0, start) + 1
    m = _PARAGRAPH_YEAR.match(doc_text, para)
    return {int(m.group(1))} if m else set()


def credited_terms(hit: Hit, terms: list[str], places: list = ()) -> set[str]:
    """Question terms the passage's document already satisfies for each of its sentences: the year and the
    place (``hit.boosts``: "year 2021", "place dak to") the search matched in the document or its metadata,
    with the unit word the question gives the place (``places``: the search matched it at that level).
    "Hội nghị ở Đăk Tô diễn ra khi nào?" is answered by "Chiều ngày 14/4/2022, … tổ chức hội nghị …" of the
    Đăk Tô report, although that sentence does not repeat the place."""
    full = {p.key: p.full_key for p in places}
    out: set[str] = set()
    for reason in hit.boosts:
        if not reason.startswith(("year ", "place ")):
            continue  # (a person is credited only to the sentences that name them)
        key = reason.partition(" ")[2]
        out |= spelling_terms(full.get(key, key) if reason.startswith("place ") else key, terms)
    return out


def speaks_of_place(hit: Hit) -> bool:
    """The search found a place the question names in this passage or its report."""
    return any(b.startswith("place ") for b in hit.boosts)


def asked_full_names(analysis: QuestionAnalysis) -> list[str]:
    """The people a question names in full, three syllables at least ("Nguyễn Xuân Thanh"): a two-word "name" may
    be a place the gazetteer does not know ("Châu Âu")."""
    places = {p.key for p in analysis.places}
    return [n for n in named_people(analysis.text) if place_key(n) not in places and len(n.split()) >= 3]


@lru_cache(maxsize=64)
def _normalized(text: str) -> str:
    """A report's whole text normalised once: ``people_by_given_name`` and ``reports_naming`` both read it, up to
    twice per question."""
    return normalize(text)


def people_by_given_name(analysis: QuestionAnalysis, store: DocStore, doc_ids: set[str]
                         ) -> dict[str, list[tuple[str, set[str]]]]:
    """For each report that names in full a person the question names ("Doãn Văn Đức"), that person's given name
    and the question terms spelling the full name: after naming somebody once, a report writes the given name alone
    ("Đức đã chết vào khoảng tháng 7/2003"), and such a sentence speaks of them as much as the full name does."""
    people = [(n, normalize(n)) for n in asked_full_names(analysis)]
    if not people:
        return {}
    out: dict[str, list[tuple[str, set[str]]]] = {}
    for doc_id in doc_ids:
        doc = store.document(doc_id)
        text = _normalized(doc.text) if doc is not None else ""
        out[doc_id] = [(unicodedata.normalize("NFC", n.split()[-1]), spelling_terms(place_key(n), analysis.terms))
                       for n, said in people if mentions(text, said)]
    return out


def reports_naming(hits: list[Hit], store: DocStore, analysis: QuestionAnalysis) -> set[str]:
    """The reports among ``hits`` that write the full name of a person the question names ("Nguyễn Xuân Thanh")
    and every given name it addresses ("… khi khám xét ông Thành?": "Thành" alone), when some do and some do not
    (else empty: nothing to keep apart)."""
    people = asked_full_names(analysis)
    given = addressed_names(analysis.text)
    if not people and not given:
        return set()
    # as accented as the question writes it: "Nguyễn Xuân Thành" is not "Nguyễn Xuân Thanh"
    accented = [normalize(n) for n in people if fold(n) != n]
    folded = [place_key(n) for n in people if fold(n) == n]
    docs = {h.doc_id for h in hits}
    naming = set()
    for doc_id in docs:  # (each report's text normalised once, and only as far as a check needs it)
        doc = store.document(doc_id)
        text = doc.text if doc is not None else ""
        if people:
            said = _normalized(text) if accented else ""
            key = place_key(text) if folded else ""
            if not (any(mentions(said, n) for n in accented) or any(mentions(key, n) for n in folded)):
                continue
        nfc = unicodedata.normalize("NFC", text) if given else ""
        if all(writes_given_name(nfc, n) for n in given):
            naming.add(doc_id)
    return naming if naming and naming != docs else set()


def other_reports(hits: list[Hit], depth: int, n: int) -> list[tuple[int, Hit]]:
    """The best passage of each of up to ``n`` reports that the first ``depth`` hits leave out, with its rank:
    one long report can fill the first five hits while another holds the sentence that answers."""
    seen = {h.doc_id for h in hits[:depth]}
    out = []
    for rank, h in enumerate(hits[depth:], start=depth):
        if len(out) >= n:
            break
        if h.doc_id not in seen:
            seen.add(h.doc_id)
            out.append((rank, h))
    return out


HOLDER_REPORTS = 8  # reports of the hits whose every passage is read for the holder of an asked post


def passages_stating(hits: list[Hit], store: DocStore, states: Callable[[str], bool], have: set[int]) -> list[Hit]:
    """The passages of the first ``HOLDER_REPORTS`` reports among ``hits``, not among ``have`` (those whose
    sentences competed already), with a sentence that ``states`` what is asked (the holder of a post, a court's
    penalty): each as a hit of its report's best hit's score."""
    best: dict[str, Hit] = {}
    for h in hits:
        best.setdefault(h.doc_id, h)
    out = []
    for doc_id, parent in list(best.items())[:HOLDER_REPORTS]:
        ids = [i for i in store.passage_ids_where(doc_ids=[doc_id]) if i not in have]
        doc_text = store.document(doc_id).text if ids else ""
        for pid, p in sorted(store.passages(ids).items()) if ids else ():
            if any(states(doc_text[sp.start : sp.end]) for sp in p.sentences):
                out.append(Hit(pid, doc_id, p, parent.score, boosts=list(parent.boosts)))
    return out


def followers(hits: list[Hit], store: DocStore, pool: int) -> list[tuple[int, Hit]]:
    """The next passage of each of the first ``pool`` hits, as a hit of the same rank with that hit as its
    context, when it opens by pointing back at it: "Đồng chí đề nghị …" after "Phát biểu kết luận hội nghị,
    Đại tướng Tô Lâm …" is what the hit's speaker said next, though the search never saw the name in it; or when
    the hit ends asking ("Thưa ông, … có thể có những thay đổi gì?"): the next passage opens with the reply."""
    have = {h.passage_id for h in hits[:pool]}
    wanted: dict[int, tuple[int, Hit]] = {}
    for rank, h in enumerate(hits[:pool]):
        nid = store.passage_id(h.doc_id, h.passage.ordinal + 1)
        if nid is not None and nid not in have and nid not in wanted:
            wanted[nid] = (rank, h)
    got = store.passages(list(wanted)) if wanted else {}
    out = []
    for nid, (rank, parent) in wanted.items():
        p = got.get(nid)
        last = parent.passage.sentences[-1] if parent.passage.sentences else None
        asking = last is not None and asks(parent.passage.text[last.start - parent.passage.start :])
        if p is not None and p.sentences and (asking or refers_back(p.text[: p.sentences[0].end - p.start])):
            out.append((rank, Hit(nid, p.doc_id, p, parent.score, boosts=list(parent.boosts), context=parent.passage)))
    return out


@dataclass(frozen=True)
class Said:
    """A candidate sentence as the cues read it."""
    sentence: str
    said: str  # the sentence from its antecedent on, as it would be quoted ("Đồng chí đề nghị …" with its speaker)
    figures: list


def _said(store: DocStore, c: "_Candidate") -> Said:
    """A candidate's sentence as the cues read it (alone, without its antecedent or figures)."""
    sentence = store.document(c.hit.doc_id).text[c.start : c.end]
    return Said(sentence, sentence, [])


@dataclass(frozen=True)
class Cue:
    """A kind of sentence a question asks for: ``asked`` reads the question (falsy: not asked; else a value
    handed to ``states``, such as the person asked about); a sentence that ``states`` it gains ``bonus``, one that
    does not gains ``miss`` (a penalty, or nothing)."""
    asked: Callable[[QuestionAnalysis], object]
    states: Callable[[Said, object], bool]
    bonus: float
    miss: float = 0.0


def _content_question(analysis: QuestionAnalysis) -> bool:
    """What was done, decided or planned ("Nhiệm vụ trọng tâm năm 2022 …?"), not when, where or by whom a meeting
    met, nor which unit ("… phối hợp với công an địa phương nào?": the units holding the meeting may answer)."""
    return (analysis.answer_type in ("definition", "list", "other") and not asks_meeting(analysis.text)
            and not _WHICH.search(analysis.text))


def _asks_name(analysis: QuestionAnalysis) -> bool:
    """"Thủ phạm … tên là gì?": somebody's name, not the real name behind a nickname ("Hải Bánh tên thật là gì?")."""
    return bool(_ASKS_NAME.search(analysis.text)) and not real_name_asked(analysis.text)


def _occupation_asked(analysis: QuestionAnalysis) -> tuple[str] | None:
    """(the name asked, "" for nobody) when the question asks a job: a tuple, so that asking of nobody still asks."""
    whose = occupation_of(analysis.text)
    return None if whose is None else (whose,)


def _doer_act(analysis: QuestionAnalysis) -> str | None:
    """The act a "who" question asks the doer of ("Ai cầm đầu …?" -> "cầm đầu"), not a post's holder (read apart)."""
    if analysis.answer_type != "person" or asked_post(analysis.text):
        return None
    return asked_doer_act(analysis.text)


def _doer_asked(analysis: QuestionAnalysis) -> tuple[str, str] | None:
    """(the act, the question without the place and case scoping it): the doer's sentence need not repeat those."""
    act = _doer_act(analysis)
    return (act, without_scope(analysis.text)) if act else None


def _states_doer(said: Said, asked: tuple[str, str]) -> bool:
    return names_doer(said.said, asked[0]) and names_written(asked[1], said.said)


# What each kind of question asks for, and the sentence that says it. One row per cue; add a row for a new one.
CUES: tuple[Cue, ...] = (
    # "bao nhiêu": a sentence with a figure
    Cue(lambda a: a.wants_figure, lambda s, _: bool(s.figures), 0.15, -0.1),
    # "khi nào", "thời gian nào": the sentence must say when
    Cue(lambda a: a.answer_type == "date", lambda s, _: states_time(s.said), 0.15, -0.1),
    # ... more to one writing it right after the act asked ("Thọ Đại Úy bị bắt ngày nào?": "… Thọ đã bị phát hiện và
    # bắt giữ vào ngày 15/8/2004", not "Thọ ở đây yên ổn cho đến cuối tháng 12/2003 …")
    Cue(lambda a: act_when(a.text) if a.answer_type == "date" else None,
        lambda s, act: states_act_date(s.said, act), DATE_OF_ACT_BONUS),
    # ... and one that never writes the act says the date of something else
    Cue(lambda a: act_when(a.text) if a.answer_type == "date" else None,
        lambda s, act: re.search(rf"(?i)(?<!\w){re.escape(act)}(?!\w)", s.said) is not None, 0.0, -NO_ACT),
    # "lúc mấy giờ": the sentence must say at what time of day
    Cue(lambda a: asks_clock(a.text), lambda s, _: states_clock(s.said), CLOCK_BONUS, -0.1),
    # "Quy định … nằm ở điều nào của dự thảo?": the sentence writing the article's number ("… nằm trong điều 94")
    Cue(lambda a: asked_article(a.text), lambda s, part: writes_article(s.sentence, part), ARTICLE_BONUS),
    # "Hứa Anh sinh năm nào?": the sentence writing a birth year ("Hứa Anh (SN 1964, thường trú phường 5, …)")
    # (his, when the question names him: not "Đinh Đức Hiếu (1983) nhập bọn với Thịnh" for "Nguyễn Phúc Thịnh …")
    # (in the sentence's own words: "Chúng khai nhận …" is read with the sentence before, which the year is written
    # in and which is quoted for it)
    Cue(lambda a: birth_asked(a.text), lambda s, whose: states_birth(s.sentence, whose[0]), BIRTH_BONUS, -0.1),
    # "Phạm Trung Thành làm nghề gì?": the sentence writing a job ("Phạm Trung Thành (31 tuổi, nhân viên Công ty Vận
    # tải dầu khí Việt Nam)"), not "… nghe thấy vợ chồng Thành thường xuyên cãi nhau"
    Cue(_occupation_asked, lambda s, whose: states_occupation(s.said, whose[0]), OCCUPATION_BONUS, -0.1),
    # "Hải Bánh tên thật là gì?": the sentence writing a full name beside the nickname ("phạm nhân Nguyễn Tuấn Hải
    # (Hải Bánh )"), not one on what Hải Bánh said
    Cue(lambda a: real_name_asked(a.text), lambda s, nickname: states_real_name(s.said, nickname), REAL_NAME_BONUS,
        -0.1),
    # "Thủ phạm lừa xe anh Biên tên là gì?": the sentence writing a person's full name ("Hắn khai tên Nguyễn Văn
    # Cường, …"), not one on the hunt for him
    # (and more to one writing it after "tên": "Hắn khai tên …", "chú rể tên là Thu")
    Cue(_asks_name, lambda s, _: bool(named_people(s.said) or foreign_names(s.said)), NAME_BONUS),
    Cue(_asks_name, lambda s, _: bool(_GIVES_NAME.search(unicodedata.normalize("NFC", s.said))), GIVES_NAME_BONUS),
    # ... more to one saying who the one asked is ("Tên cướp ở KCN Tân Tạo tên là gì?": "Tên cướp được xác định là
    # Nguyễn Văn Nhật (SN 1988, …)", not the headline naming the man who came for his papers)
    # (so does a "… là ai?" question: "Người tử vong trong vụ … là ai?" is "Người bị tử vong là Hà Ngọc Huy")
    Cue(lambda a: named_subject(a.text) if _asks_name(a) else who_subject(a.text),
        lambda s, subject: says_who_subject_is(s.said, subject), SUBJECT_NAMED_BONUS),
    # "ai", "đồng chí nào": who, named the way reports do
    Cue(lambda a: a.answer_type == "person", lambda s, _: addresses_person(s.said), WHO_BONUS),
    # "Ai phát hiện hành vi gian dối …?": the doer may be a body ("Chi cục thuế thị xã Tân An phát hiện hành vi gian
    # dối trên"), named by no form of address; the sentence writing the asked act is the likelier answer
    Cue(lambda a: asked_acts(a.text) if a.answer_type == "person" else None,
        lambda s, acts: writes_act(s.sentence, acts), WHO_ACT_BONUS),
    # "Vợ Phạm Trung Thành là ai?": the sentence naming her ("… và vợ Dương Thị Yên (giáo viên …)"), not "Phạm Trung
    # Thành … cùng vợ (chưa có con) thuê phòng …"
    Cue(lambda a: asked_kin(a.text) if a.answer_type == "person" else None,
        lambda s, kin: names_kin(s.sentence, kin), KIN_BONUS, -0.1),
    # "Những ai bị bắt trong đường dây thuốc lắc ở quận 4?": the sentence listing them ("3 đối tượng bị bắt gồm Huỳnh
    # Văn Hoàng, Nguyễn Ngọc Thanh và Lâm Thị Trâm Anh"), not the one on the raid ("… tại Nguyễn Trường Tộ (quận 4 …)")
    Cue(lambda a: bool(_ASKS_PEOPLE.search(a.text)), lambda s, _: len(named_people(s.said)) >= 2, PEOPLE_LIST_BONUS,
        -PEOPLE_LIST_BONUS),
    # "Công an thu giữ những gì tại quán karaoke Hương Xuân?": the sentence writing "thu giữ" ("Cơ quan công an đã
    # thu giữ một bánh heroin …"), not the one repeating the place ("… khám xét quán karaoke Hương Xuân, 74 ngõ …")
    # (not "Bạc phạm tội gì?", "Lâm Bích Thủy bị tuyên án gì?": the charge or the penalty is asked, "… 4 năm 6
    # tháng tù vì tội giao cấu với trẻ em", and their own cues find it)
    Cue(lambda a: asked_object_act(a.text) if not a.wants_figure and a.answer_type != "person"
        and not asks_charge(a.text) and not asks_penalty(a.text) else None,
        lambda s, act: writes_act(s.sentence, (act,)), WHAT_ACT_BONUS, -0.1),
    # "Ai chủ trì chương trình …?": the sentence writing that act with who did it ("Chương trình do Bộ Công an chủ
    # trì …"), though it repeats little else of the question (its subject is "Chương trình", named before)
    # (and the names the question writes: "Ai đóng vai … Donna Noble?" is not answered by "… Pearl Mackie đóng vai
    # Bill, …")
    # (a person by the given name alone: "Ai bào chữa cho bị cáo Nguyễn Văn Tuấn?" is "Bào chữa cho bị cáo Tuấn,
    # luật sư Bạch Chơn Hy cho rằng …")
    Cue(_doer_asked, _states_doer, DOER_BONUS, -0.1),
    # ... more for a role's holder when the question scopes the case ("Ai là chủ xe trong vụ sát hại kiểm lâm viên Mai
    # Duy Bình?": "Trần Đăng Học (chủ xe) là anh vợ của Lê Văn Anh.", which repeats none of the case's words that
    # the sentences telling the case do)
    Cue(lambda a: asked if (asked := _doer_asked(a)) and asked[0] in ROLE_NOUNS and asked[1] != a.text else None,
        _states_doer, ROLE_SCOPED_BONUS),
    # "Các sinh viên … liên quan đường dây của ai?": the sentence writing a name after that word ("Tất cả đều liên
    # quan đến đường dây của Phạm Huy Hồng."), not the one repeating the question's other words
    Cue(lambda a: owned_asked(a.text) if a.answer_type == "person" else None,
        lambda s, owned: names_owner(s.sentence, owned), OWNER_BONUS),
    # "… ông Tiến được đưa đến đâu?": the sentence on him, not one on "ông Thôn" of another case in the same story
    # (and the given name a question opens with: "Điệp bị xử phạt thế nào?" is not answered by "Ngày 11/8, UBND TP HCM
    # ra các quyết định xử phạt …" of another case)
    Cue(lambda a: tuple(addressed_names(a.text) + opening_given_name(a.text)) or None,
        lambda s, names: any(writes_given_name(s.said, n) for n in names), ADDRESSED_BONUS),
    Cue(lambda a: tuple(addressed_names(a.text)) or None,
        lambda s, names: addresses_someone_else(s.sentence, names), -ADDRESSED_BONUS),
    # "ở đâu": where ("… tại thị xã Sông Cầu"; "bên ngoài sân Tòa án Nhân dân tỉnh Bà Rịa - Vũng Tàu" for "Gary
    # Glitter bị xét xử ở đâu?", not "Phiên tòa xét xử … Gary Glitter hoàn toàn cách ly với báo giới"), not the
    # places the question names itself
    Cue(lambda a: (asked_place(a.text), {p.key for p in a.places}) if a.answer_type == "place" else None,
        lambda s, asked: asked[0] != "address" and (
            states_place(s.said) or (asked[0] == "to" and states_destination(s.said)) or states_address(s.said)
            or any(p.key not in asked[1] for p in find_places(s.said))), PLACE_BONUS),
    # ... more to one writing it right after the act asked ("5 tử tội bị giam ở đâu …?": "… đang bị giam tại Trại tạm
    # giam Công an Tiền Giang", not "5h sáng 3/6, đoàn xe chở tử tội … tiến vào pháp trường ở phường Long Bình")
    Cue(lambda a: act_where(a.text) if a.answer_type == "place" else None,
        lambda s, act: states_act_place(s.said, act), PLACE_OF_ACT_BONUS),
    # ... and a sentence with no word of place at all cannot say where
    Cue(lambda a: a.answer_type == "place" and asked_place(a.text) != "address",
        lambda s, _: says_where(s.said), 0.0, -0.1),
    # "Kho đĩa lậu ở địa chỉ nào?": the sentence writing a street address ("căn nhà số 127 Văn Thân, phường 8")
    Cue(lambda a: a.answer_type == "place" and asked_place(a.text) == "address",
        lambda s, _: states_address(s.said), ADDRESS_BONUS, -0.1),
    # "Khách sạn Tản Đà ở đâu?": the sentence writing its address after its name ("… lưu trú tại khách sạn Tản Đà, số
    # 22-24 Tản Đà, quận 5"), not one on what happened there
    Cue(lambda a: venue_asked(a.text) if a.answer_type == "place" else None, lambda s, name:
        states_venue_address(s.sentence, name), ADDRESS_BONUS),
    # "Bà Hân ở đâu?": where she lives ("bà Phan Thị Ngọc Hân (ngụ tại 197/21 Hàn Hải Nguyên, …)"), not a sentence
    # on her case that names a district ("… em gái của bà Hân đã bị Công an huyện Cao Lãnh gán vào tội …")
    # ("Nhà riêng của Phạm Tiến Dũng ở đâu?": the sentence writing its address, "… áp giải ông ta về nhà riêng tại số
    # 9-IF 1, ngõ 192, phố Thái Thịnh …")
    Cue(lambda a: (home_asked(a.text),) if a.answer_type == "place" and home_asked(a.text) is not None else None,
        lambda s, whose: states_home(s.sentence, whose[0]) if whose[0] else states_address(s.sentence),
        ADDRESS_BONUS, -0.1),
    # "ở tỉnh nào": the sentence naming a province ("… tại huyện Phù Ninh, tỉnh Phú Thọ")
    Cue(lambda a: asked_unit(a.text), lambda s, unit: names_unit(s.said, unit), UNIT_BONUS),
    # "bằng hình thức nào": trực tuyến, trực tiếp
    Cue(lambda a: asks_form(a.text), lambda s, _: states_form(s.said), FORM_BONUS),
    # "bị tuyên án gì", "mức án": the sentence stating the penalty
    # ("Lưu Chánh Kỳ bị xử thế nào?": his penalty, not the one of "Lâm Lệ Như, vợ của Lưu Chánh Kỳ")
    Cue(lambda a: (penalised(a),) if asks_penalty(a.text) and not a.wants_figure else None,
        lambda s, asked: penalty_of(s, asked[0]), PENALTY_BONUS, -0.1),
    # "… bị tuyên phạt về tội gì?": the sentence naming the charge ("… về tội “hiếp dâm trẻ em”")
    Cue(lambda a: asks_charge(a.text), lambda s, _: states_charge(s.sentence), CHARGE_BONUS),
    # "vì sao", "nguyên nhân … là gì": the sentence saying why
    Cue(lambda a: asks_cause(a.text) and not a.wants_figure, lambda s, _: states_cause(s.said), CAUSE_BONUS, -0.1),
    # ... the more so one writing the word the question names the cause by ("Nguyên nhân vụ cháy … là gì?": "Nguyên
    # nhân vụ cháy được xác định có thể do chập điện", not "Do đám cháy xảy ra vào giờ … nghỉ trưa, … nên …")
    Cue(lambda a: cause_word(a.text) if not a.wants_figure else None,
        lambda s, word: states_cause(s.said) and writes_cause_word(s.said, word), CAUSE_WORD_BONUS),
    # "Vì sao anh Linh khởi kiện …?": "… không đúng cam kết nên khởi kiện ra tòa" (the asked act after "nên")
    Cue(lambda a: asks_cause(a.text) and not a.wants_figure and asked_acts(a.text),
        lambda s, acts: states_consequence(s.said, acts), CONSEQUENCE_BONUS),
    # "Thủ tướng yêu cầu ai kiểm điểm …?": "Thủ tướng yêu cầu Chủ tịch UBND tỉnh Đồng Nai phải tổ chức kiểm điểm …"
    Cue(lambda a: asked_addressee(a.text), lambda s, verb: names_addressee(s.sentence, verb), ADDRESSEE_BONUS),
    # "… mua từ đâu?", "Nguồn gốc …?": the sentence saying where it was got from ("mua từ Lào đưa về Sơn La")
    Cue(lambda a: asks_source(a.text), lambda s, _: states_source(s.sentence), SOURCE_BONUS),
    # "Ông Long ký tờ trình số mấy?": the sentence writing the number ("tờ trình số 820/ĐLHCM-KD")
    Cue(lambda a: asked_numbered(a.text), lambda s, noun: number_of(s.sentence, noun) is not None, NUMBER_BONUS),
    # "Kết quả … thế nào?": "làm rõ 31/35 vụ phạm pháp hình sự"
    Cue(lambda a: asks_results(a.text) and a.answer_type in ("other", "definition", "list"),
        lambda s, _: bool(s.figures), RESULT_BONUS),
    # "Những giải pháp …?": "… các giải pháp: …"
    Cue(lambda a: asked_list(a.text), lambda s, noun: announces_list(s.sentence, noun), LIST_BONUS),
    # "… thu giữ những hung khí gì?": "Tang vật thu giữ gồm 1 súng ngắn K54 …"
    Cue(lambda a: asked_list_verb(a.text), lambda s, verb: lists_after(s.sentence, verb), LIST_OF_BONUS),
    # "Tài sản bị mất trong vụ cướp nhà anh Dũng gồm những gì?": "Tài sản bị mất gồm 25 triệu đồng và hơn 5 lượng vàng"
    Cue(lambda a: asked_contents(a.text), lambda s, subject: lists_contents(s.sentence, subject), LIST_OF_BONUS),
    # "X là ai?": the sentence giving X's post
    Cue(lambda a: asked_person(a.text), lambda s, person: states_post(s.said, person), ROLE_BONUS),
    # "Ai là Tổng giám đốc PMU 18?": the sentence naming the holder of that post (not of its deputy's)
    Cue(lambda a: asked_post(a.text) if a.answer_type == "person" else None,
        lambda s, post: holder_of(s.sentence, post) is not None, ROLE_BONUS, -NO_HOLDER),
    # ... and the post written with its body ("Giám đốc Công an thành phố"), not a bare "giám đốc" of a company
    Cue(lambda a: asked_post(a.text) if a.answer_type == "person" else None,
        lambda s, post: post_written(s.sentence, post) >= POST_WRITTEN, ROLE_BONUS),
    # "Ông Tiến làm tổng giám đốc PMU 18 từ năm nào?": not the sentence on the deputy's post only ("Trong năm 1993, ông
    # làm phó tổng giám đốc Khu quản lý đường bộ II"), however many of the question's words it repeats
    Cue(lambda a: post_named(a.text), lambda s, post: deputy_instead(s.sentence, post), -DEPUTY_INSTEAD),
    # "… yêu cầu gì?": the sentence saying what was asked
    Cue(lambda a: asks_directive(a.text), lambda s, _: states_directive(s.sentence), DIRECTIVE_BONUS),
    # "… có xảy ra khiếu nại không?": a sentence the verdict can be read from ("không xảy ra việc khiếu nại")
    Cue(lambda a: question_claim(a),
        lambda s, claim: verdict(s.sentence, claim) is not None, VERDICT_BONUS),
    # a content question: the sentence announcing the meeting only repeats its words
    Cue(_content_question, lambda s, _: announces_meeting(s.sentence), -ANNOUNCEMENT),
)


def _candidates(hits: list[Hit], store: DocStore, analysis: QuestionAnalysis, idf: dict[str, float], *,
                follow: bool = False, depth: int = SENTENCE_POOL, others: int = 0) -> list[_Candidate]:
    """Every sentence of the first ``depth`` hits, scored as a quote; ``follow``: also the opening sentence of
    the passage after each one when it points back at it (``followers``: its candidates carry a hit not in
    ``hits``)."""
    out = []
    cues = [(cue, value) for cue in CUES for value in [cue.asked(analysis)] if value]
    # the question names a place ("Công an tỉnh Thanh Hóa") and some reports speak of it there: the others'
    # sentences answer for elsewhere (the Tuyên Hóa report's "xã Thanh Hóa" is a commune), so they are not quoted,
    # and the passages that do speak of it are the hits, however deep ("Năm 2021 ở Đăk Tô có xảy ra khiếu nại
    # không?" among 2,000 news articles: the Đăk Tô sentence is the fifteenth hit, after news of other complaints)
    if analysis.places and any(speaks_of_place(h) for h in hits):
        hits = [h for h in hits if speaks_of_place(h)]
    # so with a person named in full ("Nạn nhân Nguyễn Xuân Thanh chết vì sao?"): a report that never writes the
    # name tells of somebody else ("Nạn nhân là chị Nguyễn Thị Tuyết Nga, chết vì vỡ hộp sọ")
    naming = reports_naming(hits, store, analysis)  # (all of them: the further reports' passages compete too)
    if naming:
        hits = [h for h in hits if h.doc_id in naming]
    # the years asked (not those compared against, nor a span's: "từ năm 2019 đến nay" speaks of every year)
    asked_years = set() if year_spans(analysis) else set(analysis.years) - baseline_years(analysis.text)
    year_terms = {str(y) for y in asked_years} & set(analysis.terms)
    doc_rank: dict[str, int] = {}
    for hit in hits[:depth]:
        doc_rank.setdefault(hit.doc_id, len(doc_rank))
    pool = [(rank, hit, False) for rank, hit in enumerate(hits[:depth])]
    for rank, hit in other_reports(hits, depth, others):
        doc_rank.setdefault(hit.doc_id, len(doc_rank))
        pool.append((rank, hit, False))
    if follow:
        pool += [(rank, hit, True) for rank, hit in followers(hits, store, depth)]
    synonyms = alternatives(analysis.text)
    named = people_by_given_name(analysis, store, {hit.doc_id for _, hit, _ in pool})
    asking: dict[str, tuple[int, float, float]] = {}  # a report's last sentence that asks: its end, score, coverage
    for rank, hit, follower in pool:
        doc = store.document(hit.doc_id)
        if doc is None:
            continue
        credit = credited_terms(hit, analysis.terms, analysis.places)
        # the search's confidence, half the document's rank and half the passage's: within the best report,
        # its fourth passage is not much less likely to hold the answer than its first
        prior = 0.35 * (0.5 / (1 + doc_rank[hit.doc_id]) + 0.5 / (1 + rank))
        for span in hit.passage.sentences[:1] if follower else hit.passage.sentences:
            sentence = doc.text[span.start : span.end]
            if not any(ch.isalpha() for ch in sentence):
                continue
            # a sentence that refers back is quoted from its antecedent on: judge it by what the quote says
            said = doc.text[antecedent_start(doc.text, hit, span.start, span.end) : span.end]
            said_terms = with_synonyms(set(index_terms(said)), synonyms)
            for given, spelled in named.get(doc.doc_id, ()):
                if writes_given_name(unicodedata.normalize("NFC", said), given):
                    said_terms |= spelled
            cov = _share(analysis.terms, said_terms, idf)
            scope = scope_years(doc.text, span.start, span.end) if asked_years else set()
            own_credit = credit | year_terms if scope & asked_years else credit
            credited = _share(analysis.terms, said_terms | own_credit, idf) if cov > 0 and own_credit else cov
            figs = sentence_candidates(doc.doc_id, sentence, span.start, hit_rank=rank, context_year=doc.year,
                                       doc_text=doc.text)
            score = 0.65 * credited + prior
            end, asked_score, asked_cov = asking.get(doc.doc_id, (-1, 0.0, 0.0))
            if 0 <= end <= span.start and not doc.text[end : span.start].strip() and asked_score - REPLY_GAP > score:
                score, cov = asked_score - REPLY_GAP, max(cov, asked_cov)
            question_itself = asks(sentence)
            if question_itself:
                asking[doc.doc_id] = (span.end, score, cov)
            if scope and not scope & asked_years:
                score -= OTHER_YEAR  # "Năm 2022, … bảo đảm tuyệt đối an ninh …" does not say what was done in 2021
            if is_heading(sentence, doc.title, line_of(doc.text, span.start, span.end)) or is_byline(sentence):
                score -= NOT_CONTENT
            elif question_itself:
                score -= ASKING
            elif analysis.answer_type != "person" and is_caption(sentence):
                score -= CAPTION
            read = Said(sentence, said, figs)
            score += sum(cue.bonus if cue.states(read, value) else cue.miss for cue, value in cues)
            out.append(_Candidate(rank, hit, span.start, span.end, cov, score, figs))
    out.sort(key=lambda c: -c.score)
    return out


def _is_relevant(best: _Candidate, hits: list[Hit]) -> bool:
    top_dense = max((h.dense_score or 0.0) for h in hits) if hits else 0.0
    return best.coverage >= MIN_COVERAGE or (top_dense >= MIN_DENSE and best.coverage >= 0.2)


_GLUE = FUNCTION_WORDS | {fold(w) for w in FUNCTION_WORDS}  # function words, accented and folded


def scope_terms(analysis: QuestionAnalysis) -> set[str]:
    """The question terms that only scope it, its years and places ("năm 2021", "Tuyên Hóa"): a sentence holding
    nothing else says nothing of what is asked."""
    keys = [f"nam {y}" for y in analysis.years] + [p.full_key for p in analysis.places]
    return set().union(*(spelling_terms(k, analysis.terms) for k in keys)) if keys else set()


def _says_something_asked(cands: list[_Candidate], store: DocStore, analysis: QuestionAnalysis,
                          idf: dict[str, float]) -> bool:
    """For a yes/no question, some candidate sentence holds ``ASKED_SHARE`` of its terms beyond its years, places
    and function words ("Năm 2021 ở Tuyên Hóa có xảy ra khiếu nại không?" is not answered by "Năm 2021, tình hình
    thế giới … ở trong nước …, địa bàn huyện Tuyên Hóa …"). (Other questions are not held to it: "Tên của vở kịch
    … trong những năm 1970 là gì?" is answered by "Đầu những năm 1970, Trevor Martin đã đóng vai này trong …",
    which shares only the year.)"""
    if question_claim(analysis) is None:
        return True
    scope = scope_terms(analysis)
    asked = [t for t in analysis.terms if t not in scope and t.lstrip("~") not in _GLUE]
    if not scope or not asked:
        return True
    weights = {t: idf.get(t, 1.0) for t in asked}
    return any(_share(asked, set(index_terms(store.document(c.hit.doc_id).text[c.start : c.end])), weights)
               >= ASKED_SHARE for c in cands)


LEANS_BACK = 0.25  # coverage the sentence before must add for a figure's quote to start there


def _sentence_before(text: str, start: int, reach: int = 300) -> str:
    """The sentence (or its last ``reach`` characters) that ends where the one at ``start`` begins."""
    before = text[max(0, start - reach) : start].rstrip()
    cut = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n"))
    return before[cut + 1 :] if cut >= 0 else before


LEAD_CHARS = 400  # a report's opening, after its title: where news names the case its figures are of


def _lead(doc) -> str:
    """A report's title and opening sentences (up to ``LEAD_CHARS``, cut at a sentence end when there is one)."""
    text = doc.text[:LEAD_CHARS]
    end = max(text.rfind(". "), text.rfind("\n"))
    return f"{doc.title or ''}\n{text[: end + 1] if end > 0 else text}"


def _figure_candidates(hits: list[Hit], store: DocStore, analysis: QuestionAnalysis,
                       idf: dict[str, float], ranks: bool = False, *, every_report: bool = False
                       ) -> list[FigureCandidate]:
    """Every figure stated in the sentences of the top passages, plus the stored figures of the
    best documents' other sentences (the asked figure may sit in a passage that ranked lower);
    ``every_report``: of every report among ``hits``."""
    out: list[FigureCandidate] = []
    seen: set[tuple[str, int]] = set()
    doc_rank: dict[str, int] = {}
    for rank, hit in enumerate(hits[:FIGURE_POOL]):
        doc = store.document(hit.doc_id)
        if doc is None:
            continue
        doc_rank.setdefault(doc.doc_id, rank)
        for span in hit.passage.sentences:
            if (doc.doc_id, span.start) in seen:
                continue
            seen.add((doc.doc_id, span.start))
            sentence = doc.text[span.start : span.end]
            cov = _coverage(analysis.terms, sentence, idf)
            out.extend(sentence_candidates(doc.doc_id, sentence, span.start, hit_rank=rank, sentence_coverage=cov,
                                           context_year=doc.year, ordinals=ranks, doc_text=doc.text))
    whole = list(doc_rank.items())[:WHOLE_DOCS]
    if every_report:
        for rank, hit in enumerate(hits):
            doc_rank.setdefault(hit.doc_id, rank)
        whole = list(doc_rank.items())
    for doc_id, rank in whole:
        doc = store.document(doc_id)
        if doc is None:
            continue
        spans = sorted({(r["sentence_start"], r["sentence_end"]) for r in store.figures([doc_id])})
        for start, end in spans:
            if (doc_id, start) in seen:
                continue
            seen.add((doc_id, start))
            sentence = doc.text[start:end]
            cov = _coverage(analysis.terms, sentence, idf)
            for c in sentence_candidates(doc_id, sentence, start, hit_rank=rank + 1, sentence_coverage=cov,
                                         context_year=doc.year, ordinals=ranks, doc_text=doc.text):
                c.outside = 1
                out.append(c)
    doc_cov: dict[str, float] = {}
    asked_spans = scope_spans(analysis.text)
    for c in out:
        c.doc_rank = doc_rank.get(c.doc_id, len(doc_rank))
        doc_cov[c.doc_id] = max(doc_cov.get(c.doc_id, 0.0), c.sentence_coverage)
    docs = {d: store.document(d) for d in doc_cov}
    leads = {d: set(index_terms(_lead(doc))) for d, doc in docs.items()}
    said: dict[tuple[str, int], set[str]] = {}  # a sentence's terms, and those of the sentence before it
    said_before: dict[tuple[str, int], set[str]] = {}
    for c in out:
        doc = docs[c.doc_id]
        key = (c.doc_id, c.sentence_start)
        if key not in said:
            said[key] = set(index_terms(c.sentence))
            said_before[key] = set(index_terms(_sentence_before(doc.text, c.sentence_start)))
        c.listed_under = list_headings(doc.text, c.sentence_start)
        if (POINTS_TO_SOMEBODY.search(c.sentence) or _RESPECTIVELY.search(c.sentence)) and not named_people(c.sentence):
            c.antecedent_people = tuple(place_key(n) for n in named_people(_sentence_before(doc.text,
                                                                                              c.sentence_start)))
        # the sentence read with its report's opening, which names the case ("Các bị cáo vụ tham nhũng VSP phải
        # nộp lại bao nhiêu tiền?": "… buộc các bị cáo nộp lại … hơn 2,1 triệu USD" of "vụ án tham nhũng … (VSP)")
        framed = _share(analysis.terms, said[key] | leads[c.doc_id], idf)
        # ... or with the sentence before it, which an elliptical one goes on from ("… buộc người dân … phải nộp
        # tiền anh ta. Người ít nhất 3-5 triệu đồng, …")
        after = _share(analysis.terms, said[key] | said_before[key], idf)
        c.doc_coverage = max(doc_cov[c.doc_id], framed, after)
        c.leans_back = after - c.sentence_coverage >= LEANS_BACK and after >= framed
        if c.leans_back:  # "… phạm pháp hình sự trong 4 ngày Tết cũng giảm … Cả nước chỉ xảy ra 74 vụ."
            c.lead_in = _sentence_before(doc.text, c.sentence_start)
        before = doc.text[max(0, c.sentence_start - YEAR_CONTEXT) : c.sentence_start + len(c.sentence)]
        c.context_years = frozenset(years_in(before) + dated_years(before) + years_in(doc.title or "")
                                    + ([doc.year] if doc.year else []))  # (a date's: "đến 12.11.1999, bị kết án …")
        c.scope = scope_match(asked_spans, f"{doc.title or ''}\n{before}")
    return out


def _mark_missing_terms(cands: list[FigureCandidate], store: DocStore, keywords: KeywordIndex, key: list[str], *,
                        loose: bool = False, question: str = "", corrected: dict[str, str] | None = None,
                        synonyms: dict | None = None) -> None:
    """Flag candidates whose document never uses one of the question's key words (``loose``: in any accented
    form, for a question whose diacritics were restored, not typed). Read from the keyword index's postings
    (title and passages, the terms BM25 has), so a long report is not re-tokenised per question. A key word of
    a phrase the question spells out is also used by a report that writes the abbreviation ("trật" of "an ninh
    trật tự" in a report that says "ANTT"); so is one whose synonym a report writes (``synonyms``, as
    ``synonyms.alternatives`` reads them: "cướp" in a report that says "trấn lột")."""
    if not key:
        return
    # a word typed without accents may match any accented form; an accented word must match exactly, and so must a
    # plain one in a question typed with accents ("Dung bị phạt …" is about Dung, not a report that says "sử dụng")
    plain = fold(question) == question
    forms = {t: [t] + (["~" + fold(t)] if loose or (plain and t == fold(t)) else []) for t in key}
    for t, fixed in (corrected or {}).items():  # "Sheeshanks" is used by the report that writes "Sheepshanks"
        if t in forms:
            forms[t].append("~" + fixed)
    # (and the head of such a phrase: "chiếc điện thoại" in a report that writes "chiếc ĐTDĐ")
    for hit in find_expansions(question) + abbreviated_heads(question) if question else []:
        if hit.from_phrase:
            spelled = set(fold(hit.matched).lower().split())
            for t in key:
                if fold(t).lower() in spelled:
                    forms[t].append("~" + fold(hit.abbr).lower())
    for t in key:  # "cướp" is in the report that writes "trấn lột" (one-term synonyms: a word or one bigram)
        forms[t] += [next(iter(alt)) for alt in (synonyms or {}).get(t, ()) if len(alt) == 1]
    # a code the question writes in part, or spaced otherwise ("02/2005" of "02/2005/QĐ-UB", "29H-0037" of "29H-
    # 0037"), is in a passage that holds each of its parts
    parts = {t: [p for p in re.split(r"[/.-]", t) if p] for t in key if re.search(r"\w[/-]\w", t)}
    postings = {f: set(keywords.passages_with(f).tolist())
                for f in {f for fs in forms.values() for f in fs} | {p for ps in parts.values() for p in ps}}

    def has(t: str, pids: set[int]) -> bool:
        return any(postings[f] & pids for f in forms[t]) or (
            t in parts and bool(set.intersection(*(postings[p] for p in parts[t])) & pids))

    missing: dict[str, tuple[str, ...]] = {}
    for c in cands:
        if c.doc_id not in missing:
            pids = set(store.passage_ids_where(doc_ids=[c.doc_id]))
            missing[c.doc_id] = tuple(t for t in key if not has(t, pids))
        c.missing_key_terms = missing[c.doc_id]


def _mark_missing_places(cands: list[FigureCandidate], store: DocStore, places: list) -> None:
    """Flag candidates whose report (text, title or source) never names a place the question asks about."""
    if not places:
        return
    missing: dict[str, tuple[str, ...]] = {}
    for c in cands:
        if c.doc_id not in missing:
            doc = store.document(c.doc_id)
            said = place_key(f"{doc.title}\n{doc.source}\n{doc.text}") if doc else ""
            missing[c.doc_id] = tuple(str(p) for p in places if not names_place(said, p))
        if missing[c.doc_id]:
            c.missing_key_terms = tuple(c.missing_key_terms) + missing[c.doc_id]


# words reports capitalise that name no one: a feast, a party, the heads of bodies ("Bộ", "Sở", "Tòa", "Tổng" of
# "Tổng công ty", "Tổng cục")
_CAPITALISED_NOUNS = frozenset("Tết Đảng Nhà Nhân Bộ Sở Ban Cục Viện Tòa Toà Phòng Đội Chi Hội Trường Quân Ủy Uỷ Tổng "
                               "Thành Huyện Tỉnh Xã Phường Quận".split())


# how a question addresses somebody by the given name (not "em": "anh em Hồi giáo" are brothers)
_ADDRESSING = frozenset("ông bà anh chị cô chú cụ".split())


# words before a country's or a people's name, never before a person's given name alone
_PLACE_OR_PEOPLE = frozenset("người nước ở tại sang từ tới đến quốc tịch tiếng hãng".split())
# countries of two syllables whose second one is also a given name ("Nam", "Quốc", "Lan"), folded
_COUNTRIES = frozenset(("viet nam", "trung quoc", "han quoc", "nhat ban", "hoa ky", "thai lan", "an do", "dai loan",
                        "hong kong", "trieu tien", "my quoc", "anh quoc", "phap quoc", "duc quoc", "nam phi"))


def _name_shaped(w: str, nxt: str, known: set[str]) -> bool:
    """Could the word ``w``, before ``nxt``, be somebody's given name: capitalised (not an abbreviation), not part of
    a name or place already ``known`` (folded), neither before another capitalised word nor opening a word of two
    syllables with it ("Công an", "Trung tâm")?"""
    return w[0].isupper() and not w.isupper() and fold(w).lower() not in known and not nxt[:1].isupper() \
        and not (nxt and is_compound(w, nxt))


def given_names(question: str, known: set[str] = frozenset()) -> list[str]:
    """The single capitalised words inside a question that read as someone's given name ("Gia đình Bình bồi
    thường …" -> ["Bình"]): not its first word, not an abbreviation, not part of a name or place already ``known``
    (folded), neither next to another capitalised word nor opening a word of two syllables ("Lực lượng Công an")."""
    words = list(re.finditer(r"[^\W\d_]+", unicodedata.normalize("NFC", question)))
    out = []
    for i, m in enumerate(words[1:], start=1):
        w = m.group()
        prev, nxt = words[i - 1].group(), words[i + 1].group() if i + 1 < len(words) else ""
        if len(w) < 2 or not _name_shaped(w, nxt, known) or (i > 1 and prev[:1].isupper()):
            continue
        if w in _CAPITALISED_NOUNS and prev.lower() not in _ADDRESSING:
            continue  # "Thành" opens "Thành phố", but "ông Thành" is somebody
        if fold(f"{prev} {w}").lower() in _COUNTRIES:  # "Việt Nam đứng thứ mấy …?": "Nam" opens no name
            continue
        if prev.lower() in _PLACE_OR_PEOPLE:  # "vợ chồng người Malaysia", "mua từ Lào": a country, a people
            continue
        out.append(w)
    return out


# what a question says somebody received, after the given name it opens with ("Luân chịu án …", "Hưng nhận của …")
_RECEIVED_AFTER = re.compile(r"\s+(?:đã\s+|bị\s+)?(?:chịu|nhận|lãnh|lĩnh|hưởng)(?!\w)")
# words counting or dating, never a name however a report capitalises them ("Năm 2021, …", "…, Ba năm sau")
# (accented: "Nam" is a name, "Năm" a year or five)
_COUNTING_WORDS = NUMBER_WORDS | frozenset(("ngày", "tháng", "năm", "quý", "tuần"))
# (nor a word that makes a noun of a verb, opening the question's subject: "Việc phát quảng cáo dư gây thiệt hại …?",
# though a report names a "Nguyễn Văn Việc")
_NEVER_NAMES = _COUNTING_WORDS | FUNCTION_WORDS | frozenset(("việc", "sự", "cuộc"))


def opening_name_written(question: str, texts: Iterable[str], known: set[str] = frozenset()) -> list[str]:
    """The question's first word when it is a given name the reports write as one ("Luân chịu án bao nhiêu năm?":
    "… Hùng nhận 20 năm và Luân chịu án 7 năm"), in a list of at most one: a capitalised syllable opening no word
    with the next one, not part of a name or place already ``known`` (folded), that one of ``texts`` writes alone
    and capitalised after a lowercase word or a comma; a word opening a question or a sentence ("Trong", "Tổng",
    "Hắn") is written so by none. (``texts`` is read only for a word that could be a name: pass it lazily.)"""
    m = re.match(r"\s*([^\W\d_]+)\s+([^\W\d_]+)", unicodedata.normalize("NFC", question))
    if not m:
        return []  # (a word and a number are no name: "Năm 2020 tỷ lệ …")
    w, nxt = m.groups()
    if not _name_shaped(w, nxt, known) or w in _CAPITALISED_NOUNS or w.lower() in _NEVER_NAMES \
            or not _ONE_SYLLABLE.fullmatch(fold(w).lower()):
        return []
    inside = re.compile(rf"([^\W\d_]|,) +{re.escape(w)}(?!\w)(?!\s+[{UPPER}])")  # (a line opens capitalised)
    for text in map(lambda t: unicodedata.normalize("NFC", t), texts):
        for m in inside.finditer(text):
            after = re.match(r"\s+([^\W\d_]+)", text[m.end() :])
            if (m.group(1) == "," or m.group(1).islower()) \
                    and not (after and is_compound(w.lower(), after.group(1).lower())):
                return [w]
    return []


# the word before a given name that makes it the one the figure is of: "Công lấy của Hiếu bao nhiêu tiền?" (the
# report: "Công … đánh Hiếu rồi … lấy đi … 110.000 đồng", not "… lấy của Giang 250.000 đồng"); not "cho", whom a
# thing went to, whom the sentence of the amount need not name ("Bà Lan đã giao cho Loan tổng cộng bao nhiêu tiền?":
# "Mặc dù đã giao tiền đầy đủ, tổng cộng là 323 triệu …")
_OWNER_BEFORE = frozenset(("của",))


def owners_named(question: str, known: set[str] = frozenset()) -> list[str]:
    """The given names (``given_names``) the question writes after "của": a person's, whose the figure is, not a
    body's ("Xí nghiệp Meko", "Trung tâm Giống …"), nor the doer, whom a report may spell otherwise ("ông Sik" is
    "ông Sil" where he pays 40.000 USD)."""
    words = re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", question))
    given = {g for g in given_names(question, known) if _ONE_SYLLABLE.fullmatch(fold(g).lower())}
    return list(dict.fromkeys(w for prev, w in zip(words, words[1:]) if w in given and prev.lower() in _OWNER_BEFORE))


# one Vietnamese syllable, folded, as a given name is ("hieu", "giang", "quyet"): not a company's name ("Vinacafe",
# "Meko") nor a foreign one
_ONE_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}"
                           r"(?:ng|nh|ch|[cmnpt])?")


def institutions_named(question: str, known: set[str] = frozenset()) -> list[str]:
    """The institutions a question names by two capitalised words or more after what they are ("Bệnh viện Chợ
    Rẫy tiếp nhận …" -> ["cho ray"]), folded, unless a person's or place's (``known``: their folded syllables),
    and the documents it cites by number ("quyet dinh 26"): the sentence that writes one speaks of what is
    asked."""
    keys = institutions_written(question)
    # ... and a document cited by its number ("theo quyết định 26": the sentence citing "quyết định số 26/2006/…")
    keys += cited_documents(question)
    return [k for k in keys if not set(k.split()) & known]


def addressed_names(question: str) -> list[str]:
    """The given names a question writes after "ông", "bà", "anh", "chị" … ("khám xét ông Thành" -> ["Thành"]):
    somebody's for certain, unlike a capitalised word alone ("người Đức", "ở Mỹ", "Tesla")."""
    words = re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", question))
    return [w for prev, w, nxt in zip(words, words[1:], words[2:] + [""])
            if prev.lower() in _ADDRESSING and w[:1].isupper() and not w.isupper() and not nxt[:1].isupper()
            and not (nxt and is_compound(w.lower(), nxt.lower()))]  # ("anh em Hồi giáo": a religion)


_ADDRESSED_NAME = re.compile(rf"(?<!\w)(?i:{'|'.join(sorted(_ADDRESSING, key=lambda w: (-len(w), w)))})\s+"
                            rf"([{UPPER}][^\W\d_]*)")  # (the same forms of address as ``addressed_names``)


def addresses_someone_else(sentence: str, names: tuple[str, ...]) -> bool:
    """Does the sentence address somebody by a given name ("đưa ông Thôn đến trụ sở công ty") and write none of
    ``names`` (the ones the question addresses: "ông Tiến")?"""
    others = [m.group(1) for m in _ADDRESSED_NAME.finditer(unicodedata.normalize("NFC", sentence))]
    return bool(others) and not any(writes_given_name(sentence, n) for n in names) and not set(others) & set(names)


def writes_given_name(text: str, name: str) -> bool:
    """Does ``text`` (NFC) write the given name alone, capitalised: not as the first word of a longer name ("Bình
    Dương" is a province) nor of a word ("Thành phố")?"""
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)(?!\s+[{UPPER}])", text):
        nxt = re.match(r"\s+([^\W\d_]+)", text[m.end() :])
        if not (nxt and is_compound(name.lower(), nxt.group(1).lower())):
            return True
        if re.search(r"[\w,]\s+$", text[max(0, m.start() - 3) : m.start()]) \
                and not re.match(rf"\s+[^\W\d_]+\s+[{UPPER}]", text[m.end() :]):
            return True  # "… là nơi Thông hành nghề sửa xe đạp": capitalised inside a sentence, a name though
            # "thông hành" is a word (not "tại Thành phố Hạ Long", which a name goes on from)
    return False


def _mark_missing_given_names(cands: list[FigureCandidate], store: DocStore, names: list[str]) -> None:
    """Flag candidates whose report never writes a given name the question uses ("Bình"), capitalised, when some
    report does: "bình" in "bình thường" is nobody."""
    if not names:
        return
    writes: dict[str, tuple[str, ...]] = {}
    for c in cands:
        if c.doc_id not in writes:
            doc = store.document(c.doc_id)
            text = unicodedata.normalize("NFC", doc.text) if doc else ""
            writes[c.doc_id] = tuple(n for n in names if writes_given_name(text, n))
    for n in names:
        if not any(n in w for w in writes.values()):
            continue  # no report writes it: nothing to tell them apart by
        for c in cands:
            if n not in writes[c.doc_id]:
                c.missing_key_terms = tuple(c.missing_key_terms) + (n,)


def _figure_dict(c: FigureCandidate) -> dict:
    fig = c.figure
    data = fig.to_dict()
    data.update({"text": fig.text, "value": fig.value, "unit": fig.unit, "sentence": c.sentence, "doc_id": c.doc_id,
                 "start": fig.start, "end": fig.end, "sentence_start": c.sentence_start,
                 "sentence_end": c.sentence_start + len(c.sentence), "score": round(c.score, 4)})
    return data


def _cite(citations: dict[str, int], doc_id: str) -> int:
    return citations.setdefault(doc_id, max(citations.values(), default=0) + 1)


def _quote(store: DocStore, doc_id: str, start: int, end: int, score: float, passage_id: int, n: int) -> Quote:
    doc = store.document(doc_id)
    return Quote(n, doc.doc_id, doc.title, doc.date, doc.path, doc.text[start:end], start, end, round(score, 4),
                 passage_id)


def _passage_of(hits: list[Hit], store: DocStore, doc_id: str, pos: int) -> int:
    """The passage holding offset ``pos``: a retrieved one, else the one the stored figures name."""
    for h in hits:
        if h.doc_id == doc_id and h.passage.start <= pos < h.passage.end:
            return h.passage_id
    for row in store.figures([doc_id]):
        if row["sentence_start"] <= pos < row["sentence_end"] and row.get("passage_id") is not None:
            return int(row["passage_id"])
    return -1


_UNNUMBERED = re.compile(r"(?i)^(?:tử hình|chung thân)$")  # a court's penalty that is no number of years
# a prison term asked ("… bị xử bao nhiêu năm?", "… bao nhiêu năm tù?"), not any span ("Phiên tòa … kéo dài bao lâu?")
_TERM_ASKED = re.compile(r"(?<!\w)(?:(?:nam|thang) tu|bi (?:xu|phat|tuyen)|muc an|(?:linh|lanh|chiu) an|tuyen phat|"
                         r"xu phat)(?!\w)")  # (folded)


def _unnumbered_penalty(question: str, hits: list[Hit], store: DocStore, analysis: QuestionAnalysis,
                        intent: FigureIntent, max_sources: int) -> Answer | None:
    """The sentence of the first hits stating a penalty without a number ("tử hình", "chung thân") said of the
    person a term question names, quoted, the penalty leading at its offsets; None when no sentence states one."""
    for rank, hit in enumerate(hits[:FIGURE_POOL]):
        doc = store.document(hit.doc_id)
        for span in hit.passage.sentences if doc is not None else ():
            sentence = doc.text[span.start : span.end]
            for a, b in penalties(sentence):
                if _UNNUMBERED.match(sentence[a:b]) and said_of(sentence, a, b, intent.people) >= 0.75:
                    chosen = [_Candidate(rank, hit, span.start, span.end, 1.0, 1.0)]
                    quotes, figures, highlights, citations = _quote_chosen(chosen, hits, store, max_sources)
                    lead = {"text": sentence[a:b], "doc_id": doc.doc_id, "start": span.start + a,
                            "end": span.start + b, "citation": quotes[0].citation}
                    sources = _sources(hits[:max_sources], store, citations, highlights)
                    lines = [lead_line(lead)] + [f"«{q.text}» [{q.citation}]" for q in quotes]
                    return Answer(question, True, "\n".join(lines), quotes, figures, sources, analysis.answer_type,
                                  lead=lead)
    return None


def _no_figure(question: str, hits: list[Hit], store: DocStore, analysis: QuestionAnalysis, max_sources: int) -> Answer:
    sources = _sources(hits[:max_sources], store, {}, {})
    return Answer(question, False, NO_FIGURE, sources=sources, answer_type=analysis.answer_type)


def asked_words(question: str, missing: tuple[str, ...]) -> list[str]:
    """The question's words that hold the ``missing`` key syllables, as the user wrote them, whole words as
    underthesea segments them ("truy nã" for "nã", "cư dân" for "cư" in "Trong số cư dân …", not "số cư"),
    adjacent ones joined ("khám phá" for "khám" and "phá"), for the reader to see what is lacking. As written with
    its tone marks where the question writes one so ("vé", not "về" of "Giá vé xe về bến xe …"), else folded (an
    unaccented question's "ve")."""
    exact = {normalize(t).lower() for t in missing}
    words = segment_words(question)
    if any(normalize(s).lower() in exact for w in words for s in re.findall(r"[^\W_]+", w)):
        return _marked_words(words, lambda s: normalize(s).lower() in exact)
    gone = {fold(normalize(t)).lower() for t in missing}
    return _marked_words(words, lambda s: fold(normalize(s)).lower() in gone)


def _marked_words(words: list[str], lacks) -> list[str]:
    out: list[str] = []
    joined = False  # the previous word was marked: the next marked one extends it
    for word in words:
        syllables = re.findall(r"[^\W_]+(?:[/.-][^\W_]+)*", word)  # ("02/2005" is one)
        lacking = [lacks(s) for s in syllables]
        if any(lacking):
            if joined:  # "khám" + "phá án" (a segmenter's slip): the run ends at its last lacking syllable
                last = max(i for i, gone_ in enumerate(lacking) if gone_)
                whole = last == len(syllables) - 1
                out[-1] += " " + (word if whole else " ".join(syllables[: last + 1]))
                joined = whole
            else:
                out.append(word)
                joined = True
        else:
            joined = False
    return out


def names_written(question: str, said: str) -> bool:
    """Does ``said`` write the names ``question`` writes (``names_in``), a person's perhaps by the given name alone
    ("bị cáo Tuấn" for "bị cáo Nguyễn Văn Tuấn")?"""
    words = set(said_key(said).split())
    asked = names_in(question)
    if asked <= words:
        return True
    people = [place_key(n).split() for n in named_people(question)]
    return bool(people) and asked - {w for p in people for w in p} <= words and all(p[-1] in words for p in people)


def names_in(question: str) -> set[str]:
    """Folded syllables of the names a question writes ("Đăk Tô có bao nhiêu xã?" -> {"dak", "to"}): capitalised
    words, the first one only when a capitalised word follows it (a sentence starts with a capital anyway)."""
    words = re.findall(r"[^\W_]+", question)
    caps = [w[:1].isupper() for w in words]
    return {fold(normalize(w)).lower() for i, w in enumerate(words)
            if caps[i] and (i > 0 or (len(words) > 1 and caps[1]))}


# where the question sets what it asks: "ở Lập Thạch", "trên đường Láng - Hòa Lạc", "tại huyện Đăk Tô", "qua cửa
# khẩu Mộc Bài" (or the case it asks of, named by its victim or its place: "trong vụ sát hại kiểm lâm viên Mai Duy
# Bình")
_SCOPE_PLACE = re.compile(rf"(?<!\w)(?:(?:ở|tại|trên|trong|thuộc|qua)\s+(?:[^\W\d_{UPPER}]+\s+){{0,2}}"
                          rf"|(?:trong|của)\s+vụ\s+(?:[^\W\d_{UPPER}]+\s+){{0,6}})[{UPPER}]\w*"
                          rf"(?:(?:\s+|\s*-\s*)[{UPPER}]\w*)*")


def without_scope(question: str) -> str:
    """The question without the places and the case that scope it ("Ai cầm đầu nhóm gây rối ở Lập Thạch?" -> "Ai
    cầm đầu nhóm gây rối ?"): the sentence naming who did it need not repeat them; the report names them elsewhere."""
    return _SCOPE_PLACE.sub(" ", question)


# the whole country asked: "… trên cả nước?", "toàn quốc có bao nhiêu …?"
_NATIONAL = re.compile(r"(?i)(?<!\w)(?:cả nước|toàn quốc|phạm vi cả nước|ca nuoc|toan quoc)(?!\w)")
NATIONAL_CONTEXT = 200  # characters before a figure's sentence that may say it is the country's
OF_PERSON_ONLY = ("Không tìm thấy câu nêu đúng điều được hỏi. Số liệu gần nhất nói về người được hỏi, trong một câu "
                  "không dùng các từ của câu hỏi (hãy kiểm tra có đúng điều được hỏi không):")
NOT_NATIONAL = ("Không tìm thấy số liệu của cả nước trong các báo cáo đã nạp; số liệu gần nhất là của một địa phương "
                "hoặc đơn vị (hãy kiểm tra có đúng điều được hỏi không):")


def asks_national(question: str) -> bool:
    """"… trên cả nước?", "Toàn quốc có bao nhiêu …?": a province's figure does not answer it."""
    return bool(_NATIONAL.search(normalize(question)))


def _says_national(store: DocStore, c: FigureCandidate) -> bool:
    """Does the figure's sentence, or the text just before it, say it is the whole country's?"""
    text = store.document(c.doc_id).text
    return bool(_NATIONAL.search(text[max(0, c.sentence_start - NATIONAL_CONTEXT) : c.sentence_start + len(c.sentence)]))


def _near_figure(question: str, near: FigureCandidate, hits: list[Hit], store: DocStore, analysis: QuestionAnalysis,
                 max_sources: int, *, head: str | None = None) -> Answer:
    """A refusal that shows the nearest figure and its sentence, saying which of the question's words its
    report never uses: the reader judges ("tội phạm hình sự" vs "tội phạm và vi phạm pháp luật"); ``head`` says
    instead why it is not the answer."""
    citations: dict[str, int] = {}
    n = _cite(citations, near.doc_id)
    start, end = near.sentence_start, near.sentence_start + len(near.sentence)
    pid = _passage_of(hits, store, near.doc_id, start)
    hit = next((h for h in hits if h.passage_id == pid), None)
    if hit is not None:  # "Theo đó, Giám đốc Công an tỉnh đã điều động …": from "Tại Thanh Hóa, …" on
        start = antecedent_start(store.document(near.doc_id).text, hit, start, end)
    quote = _quote(store, near.doc_id, start, end, near.score, pid, n)
    for h in hits[:max_sources]:
        _cite(citations, h.doc_id)
    if head is None:
        words = asked_words(analysis.text, near.missing_key_terms) or list(near.missing_key_terms)
        head = NEAR_FIGURE.format(words=", ".join(f"«{w}»" for w in words))
    text = head + f"\n{near.figure.text} [{n}]\n«{quote.text}» [{n}]"
    figures = [{**_figure_dict(near), "lead": False, "near": True}]
    sources = _sources(hits[:max_sources], store, citations, {pid: [(start, end)]})
    return Answer(question, False, text, [quote], figures, sources, analysis.answer_type)


WHOLE_POOL = 10  # ranked figures looked at for one whose report has all the question's key words
WHOLE_RATIO = 0.7  # ... scoring at least this share of the first's (not "chừng 30 cô gái" for "Giá thuê … bao nhiêu?")


def _compose_figure_answer(question: str, hits: list[Hit], store: DocStore, keywords: KeywordIndex,
                           analysis: QuestionAnalysis, idf: dict[str, float], max_sources: int) -> Answer:
    """Lead with the figure(s) that match the asked subject and period, quote their sentences."""
    # "từ năm 2019 đến nay", "giai đoạn 2019-2021": every year of the span is asked about, and the period's words
    # ("từ", "đến nay") are not what the figure counts
    spans = year_spans(analysis)
    years = analysis.period_years if spans else analysis.years
    # "Năm 2021 … giảm bao nhiêu so với năm 2020?": 2020 is the baseline, the figure asked is 2021's (and when the
    # baseline is the only year, the figure's is not asked: "… tăng bao nhiêu phần trăm so với năm 2001?" is "năm
    # 2003, … tăng 0,9% so với năm 2001")
    baseline = baseline_years(analysis.text)
    if baseline:
        years = [y for y in years if y not in baseline]
    terms = analysis.terms
    # a single year's "năm 2021" stays (reports write it beside the figure); several years' ("năm 2020 và năm
    # 2021") go like a span's: each figure's sentence names one of them, and the asked years are scored anyway
    dropped = [p.text for p in spans] or ([p.text for p in analysis.periods] if len(set(years)) > 1 else [])
    if dropped:
        kept = set(expand_terms(without_phrases(analysis.text, dropped)))
        terms = [t for t in terms if t in kept]
    intent = figure_intent(analysis.text, terms, years, analysis.asked_noun)
    # the place asked ("ở huyện Đăk Tô") is the report's to name, not the figure's sentence's: its words leave
    # the subject, and a report that never names the place cannot hold the figure
    place_terms = set().union(*(spelling_terms(p.full_key, analysis.terms) for p in analysis.places))
    # so is the person it names ("Ngô Tuấn Dũng bị phạt bao nhiêu năm tù?": the article names him once and gives
    # the term of "bị cáo"); an article that never writes the full name holds no figure of his
    # (nor a place the gazetteer does not know, written after "ở", "tại": "Mỗi cọc móng ở Kim Giang sâu bao nhiêu mét?")
    people = [n for n in named_people(analysis.text) if not any(place_key(n) == p.key for p in analysis.places)
              and not _AT_PLACE.search(before := analysis.text.split(n)[0]) and not _COMPANY_NAMED.search(before)]
    place_terms |= set().union(*(spelling_terms(place_key(n), analysis.terms) for n in people))
    # a foreign name only says whose the figure is ("Rolando Nivadura Radovan bao nhiêu tuổi?" is "… Radovan (51
    # tuổi)"): an article may spell it otherwise ("John Sheeshanks" for "Sheepshanks"), so it is no word required
    foreign = [n for n in foreign_names(analysis.text) if n not in people
               and not any(place_key(n) == p.key for p in analysis.places) and not _AT_PLACE.search(
                   analysis.text.split(n)[0])]
    # and the number and unit of the span of time it names ("Trong 03 năm …"): the report states it or not
    # (``FigureCandidate.scope``); what names the span ("Tết" of "4 ngày Tết") stays a subject word
    spans = scope_spans(analysis.text)
    place_terms |= set().union(*(spelling_terms(place_key(sp.counted), analysis.terms) for sp in spans))
    place_terms |= straddling_bigrams(analysis.text, [str(p) for p in analysis.places] + people + [sp.said for sp in spans])
    known = {w for n in [str(p) for p in analysis.places] + people for w in fold(n).lower().split()}
    # ... and so does the given name the question opens with, of whom something is done ("Quang bị tuyên bao nhiêu
    # năm tù?": "Bị cáo Quang nhận hình phạt 8 năm", not "… tuyên bị cáo Hồng 2 năm tù"); not any capitalised word
    # ("Trung tâm Giống …", "… ông Ohara phải nộp …": whose the figure is may be another's)
    alone = [g for g in opening_given_name(analysis.text) + owners_named(analysis.text, known)
             if fold(g).lower() not in known]
    # (and one opening the question before another verb, when a report found writes it as a name, if what follows
    # is what they received: "Luân chịu án bao nhiêu năm?" is "… Hùng nhận 20 năm và Luân chịu án 7 năm"; a doer's
    # figure may be written beside others' names: "Minh mua 10.000 viên … trị giá bao nhiêu?" is "Minh cùng Tống Chí
    # Hùng … mua 10.000 viên …, trị giá 1,2 tỷ đồng của A Máy")
    opening = [] if alone else opening_name_written(
        analysis.text, (d.text for d in map(store.document, dict.fromkeys(h.doc_id for h in hits)) if d), known)
    opened = unicodedata.normalize("NFC", analysis.text).lstrip()
    alone += [n for n in opening if _RECEIVED_AFTER.match(opened, len(n))]
    intent = replace(intent, people=tuple(dict.fromkeys(place_key(n) for n in people + foreign + alone)),
                     names=tuple(institutions_named(analysis.text, known)), places=tuple(analysis.places))
    if place_terms:
        intent = replace(intent, subject_terms=[t for t in intent.subject_terms if t not in place_terms])
    sub_idf = keywords_idf_extend(idf, intent.subject_terms)
    named = analysis.places + [Place("", n) for n in people]
    names = {str(p) for p in named}
    given = given_names(analysis.text, known) + opening

    def ranked_figures(every_report: bool) -> list[FigureCandidate]:
        cands = _figure_candidates(hits, store, analysis, idf, ranks=intent.ordinal, every_report=every_report)
        _mark_missing_terms(cands, store, keywords, key_terms(intent, sub_idf), loose=analysis.restored,
                            question=analysis.text, corrected=analysis.corrections, synonyms=intent.synonyms)
        _mark_missing_places(cands, store, named)
        _mark_missing_given_names(cands, store, given)
        if any(not names & set(c.missing_key_terms) for c in cands):  # some report names them: only its figures
            cands = [c for c in cands if not names & set(c.missing_key_terms)]
        ranked = rank_candidates(cands, intent, sub_idf)
        if ranked and not answers_question(ranked[0], intent):
            # "Trong 4 ngày Tết xảy ra bao nhiêu vụ tai nạn giao thông?": a report that never says "Tết", or
            # "trên 50 vụ cháy", ranks first on its words yet does not answer; the best figure that does, of
            # the asked noun at least as well and of a report with all the key words, answers
            first = ranked[0]
            whole = next((c for c in ranked[1:WHOLE_POOL] if not c.missing_key_terms
                          and c.noun_match >= first.noun_match and c.score >= WHOLE_RATIO * first.score
                          and answers_question(c, intent)
                          and (is_money(c.figure) or not (intent.money and is_money(first.figure)))), None)
            if whole is not None:
                ranked = [whole] + [c for c in ranked if c is not whole]
        return ranked

    def answered(ranked: list[FigureCandidate]) -> bool:
        return bool(ranked) and answers_question(ranked[0], intent) and not ranked[0].missing_key_terms

    ranked = ranked_figures(False)
    if not answered(ranked):
        # the figure asked may sit in a later passage of a report that ranked lower ("Phiên tòa xử … Trần
        # Xuân Hà kéo dài bao lâu?": the fifth report's last sentence, "… sẽ kéo dài trong vòng 10 ngày"):
        # every stored figure of every report among the hits competes, and answers if one does
        wider = ranked_figures(True)
        if answered(wider):
            ranked = wider
    if ranked and asks_national(analysis.text) and answers_question(ranked[0], intent) \
            and not _says_national(store, ranked[0]):
        # "… trên cả nước?": a province's figure ("Tại Thanh Hóa, … 2.570 cán bộ") is not the country's
        national = next((c for c in ranked[1:NEAR_POOL] if answers_question(c, intent) and _says_national(store, c)), None)
        if national is None:
            return _near_figure(question, ranked[0], hits, store, analysis, max_sources, head=NOT_NATIONAL)
        ranked = [national] + [c for c in ranked if c is not national]
    term_asked = (intent.duration or intent.penalty) and _TERM_ASKED.search(fold(normalize(analysis.text)))
    if intent.people and term_asked and (not ranked or not answers_question(ranked[0], intent)
                                         or ranked[0].person <= 0):
        # "Lê Thị Kiều Lan bị xử bao nhiêu năm?": "… Lê Thị Kiều Lan chịu án chung thân" is her term, in no years
        unnumbered = _unnumbered_penalty(question, hits, store, analysis, intent, max_sources)
        if unnumbered is not None:
            return unnumbered
    if not ranked or not answers_question(ranked[0], intent):
        near = nearest_figure(ranked, intent, sub_idf, names)
        # a report that never writes the name asked ("Đăk Tô") holds no figure near it
        if near is not None and not {fold(t).lower() for t in near.missing_key_terms} & names_in(analysis.text):
            return _near_figure(question, near, hits, store, analysis, max_sources)
        change = change_instead_of_count(ranked, intent)
        if change is not None:  # a count asked, only its change stated ("giảm 31%"): said so, shown, not the answer
            head = CHANGE_ONLY.format(direction=change.figure.direction)
            return _near_figure(question, change, hits, store, analysis, max_sources, head=head)
        theirs = figure_of_person_asked(ranked, intent)
        if theirs is not None:  # said of the one asked, in other words than the question's: shown, not the answer
            return _near_figure(question, theirs, hits, store, analysis, max_sources, head=OF_PERSON_ONLY)
        return _no_figure(question, hits, store, analysis, max_sources)
    leads = lead_figures(ranked, baseline=baseline, intent=intent)
    if given and len(leads) > 1:  # "Linh và Hà bị tuyên phạt bao nhiêu năm tù?": "… tuyên phạt Linh và Hà mỗi người 19
        # năm tù", not also "Tòa tuyên phạt Bửu 7 năm tù, …; Phong 6 năm tù, Hà 4 năm tù" of another trial, whose
        # figure's clause names neither
        # (a place the question names counts more, where the count is made, than whose it is: "Quận Bình Thủy có bao
        # nhiêu doanh nghiệp của Hoàng?" is "Trong đó, quận Bình Thủy có 4 doanh nghiệp", after "Hoàng lập 6 doanh
        # nghiệp ở Cần Thơ")
        def naming(c: FigureCandidate) -> int:
            clause = c.sentence[max(0, c.clause_start - c.sentence_start) : c.figure.end - c.sentence_start]
            return sum(writes_given_name(clause, n) for n in given) + 2 * sum(
                names_place(place_key(clause), p) for p in analysis.places)
        # (the first too gives way to one naming more: "… Hùng nhận 20 năm và Luân chịu án 7 năm" for "Bị cáo Luân
        # chịu án bao nhiêu năm?"; a name opening the question is no given name read here, see ``given_names``)
        most = max(naming(c) for c in leads)
        leads = [c for c in leads if naming(c) == most]
    # "Ông Vạng sang nhượng đất thu được bao nhiêu?": "hơn 600 triệu đồng và 54 cây vàng", both parts (not "cao 32m,
    # 10 máy bơm nước": a length asked is one); "bao nhiêu tiền": the amounts ("Lê Bảo Quốc chiếm đoạt bao nhiêu
    # tiền?": "hơn 4,5 tỷ đồng và 60.000 USD")
    if not (intent.asked_noun or intent.percent or intent.direction or intent.distance):
        group = joined_figures(ranked, leads[0])
        leads = group if len(group) > 1 else leads
    elif asks_amount(intent) and is_money(leads[0].figure):
        group = [c for c in joined_figures(ranked, leads[0]) if is_money(c.figure)]
        leads = group if len(group) > 1 else leads
    elif intent.asked_noun and len(leads) == 1:  # "Bao nhiêu xe cứu hỏa …?": "7 xe cứu hoả … cùng 3 xe của quận 3"
        leads = coordinated_counts(ranked, leads[0])
    leads += also_asked_leads(ranked, leads, also_asked_nouns(analysis.text))
    citations: dict[str, int] = {}
    for c in leads:
        _cite(citations, c.doc_id)

    # quotes: the sentences of the lead figures, then other strong sentences (at most MAX_QUOTES)
    quoted: list[tuple[str, int, int, float]] = []
    for c in leads:
        key = (c.doc_id, c.sentence_start, c.sentence_start + len(c.sentence), c.score)
        if not any(q[0] == key[0] and q[1] == key[1] for q in quoted):
            quoted.append(key)
    table_rows_pre = figure_table(ranked, {}, {})
    for row in table_rows_pre:
        c = next(c for c in ranked if c.doc_id == row["doc_id"] and c.figure.start == row["start"])
        if len(quoted) >= MAX_QUOTES:
            break
        if not any(q[0] == c.doc_id and q[1] == c.sentence_start for q in quoted):
            quoted.append((c.doc_id, c.sentence_start, c.sentence_start + len(c.sentence), c.score))
    quotes, lines = [], []
    highlights: dict[int, list[tuple[int, int]]] = {}
    for doc_id, start, end, score in quoted:
        n = _cite(citations, doc_id)
        pid = _passage_of(hits, store, doc_id, start)
        hit = next((h for h in hits if h.passage_id == pid), None)
        if hit is not None:  # "Theo đó, Giám đốc Công an tỉnh đã điều động … 2.570 cán bộ": theo what?
            taken = [s for d, s, _e, _sc in quoted if d == doc_id]
            start = antecedent_start(store.document(doc_id).text, hit, start, end, taken,
                                     elliptical=any(c.leans_back and (c.doc_id, c.sentence_start) == (doc_id, start)
                                                    for c in leads))
        q = _quote(store, doc_id, start, end, score, pid, n)
        quotes.append(q)
        highlights.setdefault(pid, []).append((start, end))
        lines.append(f"«{q.text}» [{n}]")
    for h in hits[:max_sources]:
        _cite(citations, h.doc_id)

    quoted_keys = {(d, s) for d, s, _e, _sc in quoted}
    # the lead figure(s) first, flagged (the page shows them all as the answer), then the rest of the quotes' figures
    figures = [{**_figure_dict(c), "lead": True} for c in leads]
    figures += [{**_figure_dict(c), "lead": False} for c in ranked
                if (c.doc_id, c.sentence_start) in quoted_keys and not any(c is lead for lead in leads)]
    titles = {d: (store.document(d).title if store.document(d) else "") for d in {c.doc_id for c in ranked}}
    table = figure_table([c for c in ranked if (c.doc_id, c.sentence_start) in quoted_keys], citations, titles)
    series = series_of(table)
    lead_line = "; ".join(f"{c.figure.text} [{citations[c.doc_id]}]" for c in leads)
    answer_text = lead_line + "\n" + "\n".join(lines) + _table_text(table)
    sources = _sources(hits[:max_sources], store, citations, highlights)
    return Answer(question, True, answer_text, quotes, figures, sources, analysis.answer_type,
                  figure_table=table, series=series)


def _table_text(table: list[dict]) -> str:
    """The comparison table as plain text lines (the web app draws its own table and chart)."""
    if not table:
        return ""
    out = ["", "Số liệu theo năm/địa phương/báo cáo:"]
    for r in table:
        label = " – ".join(str(x) for x in (r["period"] or r["year"], r["place"]) if x) or r["title"] or r["doc_id"]
        out.append(f"- {label}: {r['figure']} [{r['citation']}]")
    return "\n".join(out)


def _who_completion(cands: list[_Candidate], chosen: list[_Candidate], store: DocStore) -> list[_Candidate]:
    """A "who" question whose best quotes name nobody ("Hội nghị ngày 14/01 do ai chủ trì?" → "Chiều ngày 14/01,
    Đảng uỷ Công an tỉnh đã tổ chức Hội nghị …") also gets the best sentence of the same report that names
    somebody and shares a word with the question ("Đồng chí Thiếu tướng Nguyễn Ngọc Vân, … chủ trì Hội nghị")."""
    def text(c: _Candidate) -> str:
        return store.document(c.hit.doc_id).text[c.start : c.end]

    if any(addresses_person(text(c)) or named_people(text(c)) for c in chosen):
        return []  # ("… họp dưới sự chủ trì của Phó thủ tướng Phạm Gia Khiêm": named in full, by a post)
    docs = {c.hit.doc_id for c in chosen}
    for c in cands:
        if c.hit.doc_id in docs and c.coverage > 0 and c not in chosen and addresses_person(text(c)):
            return [c]
    return []


def places_not_in_corpus(analysis: QuestionAnalysis, store: DocStore, keywords: KeywordIndex) -> list:
    """The places the question names with their unit ("tỉnh Quảng Bình", "huyện Đăk Tô") that no report
    mentions, in its text or in its title or source."""
    absent = []
    for place in analysis.places:
        # "quận 7": the number alone is no name, the index holds it with its unit ("~quan_7")
        syllables = [w for w in (place.full_key if place.key.isdigit() else place.key).split() if w != "-"]
        if not syllables:
            continue
        if len(syllables) <= 2 and keywords.passages_with("~" + "_".join(syllables)).size:
            continue
        if len(syllables) > 2 and _passages_name(place, syllables, store, keywords):
            continue
        if any(mentions_place(place_key(f"{d.get('title') or ''} {d.get('source') or ''}"), place.key, place.unit)
               for d in store.document_summaries()):
            continue
        absent.append(place)
    return absent


PLACE_READ = 200  # passages holding every syllable of a long place name read for the name itself


def _passages_name(place: Place, syllables: list[str], store: DocStore, keywords: KeywordIndex) -> bool:
    """Does a passage name a place of three syllables or more ("Thừa Thiên Huế", written "Thừa Thiên - Huế"; "Bà
    Rịa - Vũng Tàu"), no index term: the passages holding each of its syllables are read for it."""
    ids: set[int] | None = None
    for syllable in syllables:
        found = set(keywords.passages_with("~" + syllable).tolist())
        ids = found if ids is None else ids & found
        if not ids:
            return False
    passages = store.passages(sorted(ids)[:PLACE_READ])
    return any(names_place(place_key(p.text), place) for p in passages.values())


def keywords_idf_extend(idf: dict[str, float], terms: list[str]) -> dict[str, float]:
    """idf for the subject terms (all are question terms, so already in ``idf``; unknown ones weigh 1)."""
    return {t: idf.get(t, 1.0) for t in terms} | idf


def compose_answer(question: str, hits: list[Hit], store: DocStore, keywords: KeywordIndex,
                   analysis: QuestionAnalysis, *, max_sources: int = 5) -> Answer:
    """Quote the best sentences of ``hits`` verbatim; say plainly when nothing relevant was found."""
    if analysis.names_nothing:  # "Có không?", "Bao nhiêu?": a quote would be chance; ask what is meant instead
        return Answer(question, False, NAMES_NOTHING, answer_type=analysis.answer_type)
    if analysis.compares_nothing:  # "So sánh giữa hai huyện": compare what?
        return Answer(question, False, compares_nothing_text(analysis), answer_type=analysis.answer_type)
    if analysis.answer_type == "reports":  # about the reports themselves (imported here: it quotes with this module)
        from retrieval.report_list import compose_reports_answer

        answer = compose_reports_answer(question, hits, store, keywords, analysis, max_sources=max_sources)
        if answer is not None:
            return answer
    if analysis.answer_type == "author":  # who wrote a report: its byline, not a sentence of its text
        from retrieval.author_answer import compose_author_answer

        return compose_author_answer(question, hits, store, keywords, analysis, max_sources=max_sources)
    if not hits:
        return Answer(question, False, NOT_FOUND, answer_type=analysis.answer_type)
    absent = places_not_in_corpus(analysis, store, keywords)
    if absent:  # "Giám đốc Công an tỉnh Quảng Bình" must not be answered with the one of Thanh Hóa
        named = ", ".join(str(p) for p in absent)
        return Answer(question, False, f"Không báo cáo nào đã nạp nhắc đến {named}. Các đoạn gần nhất được liệt kê "
                      "bên dưới.", sources=_sources(hits[:max_sources], store, {}, {}), answer_type=analysis.answer_type)
    # the first hits answer; the deeper ones only lend their reports' best passages to the quote candidates
    deeper, hits = hits, hits[: max(max_sources, SENTENCE_POOL)]
    if analysis.answer_type == "digest":
        from retrieval.digest import compose_digest  # (imported here: the digest quotes with this module's helpers)

        return compose_digest(question, hits, store, keywords, analysis, max_sources=max_sources)
    frame = question_frame(analysis)
    asked = analysis  # what the figure path reads: "kéo dài" stays there, a figure may be written with it ("… sẽ kéo
    # dài trong vòng 10 ngày"), though a sentence quoted alone need not write it ("Sau hơn 10 giờ phẫu thuật, …")
    if frame:  # "Tô Lâm giữ chức vụ gì?", "Hội nghị giao ban diễn ra ngày nào?": words that ask, not that say
        kept = set(expand_terms(without_phrases(analysis.text, frame)))
        analysis = replace(analysis, terms=[t for t in analysis.terms if t in kept])
        figure_frame = tuple(w for w in frame if w not in HOW_LONG_FRAME)
        kept = set(expand_terms(without_phrases(asked.text, figure_frame)))
        asked = replace(asked, terms=[t for t in asked.terms if t in kept])
    idf = keywords.idf(list(set(analysis.terms)))
    cands = _candidates(deeper, store, analysis, idf, follow=True, others=OTHER_REPORTS)
    post = asked_post(analysis.text) if analysis.answer_type == "person" else None
    if post and cands and not any(holder_of(store.document(c.hit.doc_id).text[c.start : c.end], post)
                                  for c in cands[:MAX_QUOTES]):
        # "Ai làm chủ tọa phiên tòa xử Trần Xuân Hà?": no sentence of the first passages names the holder;
        # the passages of the hits' reports that do ("… do thẩm phán Vũ Phi Long, … làm chủ tọa", a last
        # passage) compete too
        cands = _widened(cands, deeper, store, analysis, idf, lambda s: holder_of(s, post))
    if post and cands and not holder_of(store.document(cands[0].hit.doc_id).text[cands[0].start : cands[0].end], post):
        # "Ai là kế toán trưởng công ty Vật tư Tổng hợp?": the sentence writing more of the question's words names
        # nobody ("Kế toán trưởng, quyền kế toán trưởng … của công ty Vật tư Tổng hợp nhận mức án …"); the next one
        # naming the holder leads ("… và kế toán trưởng Nguyễn Thị Hường đã bỏ qua …")
        named = next((c for c in cands[:MAX_QUOTES]
                      if holder_of(store.document(c.hit.doc_id).text[c.start : c.end], post)
                      and writes_body(store.document(c.hit.doc_id).text, analysis.text, post)), None)
        if named is not None:
            cands = [named] + [c for c in cands if c is not named]
    penalty_asked = penalised(analysis) if asks_penalty(analysis.text) and not analysis.wants_figure else None
    if penalty_asked and cands and not penalty_of(_said(store, cands[0]), penalty_asked):
        # "Điệp bị xử phạt thế nào?": the first passages say much of the trial and nothing of the sentence, which
        # the article's first sentence gives ("… nghe tòa tuyên bản án tử hình với cậu con độc nhất (bị cáo
        # Nguyễn Khắc Điệp, 22 tuổi)"); the passages of the hits' reports that state a penalty compete too
        cands = _widened(cands, deeper, store, analysis, idf, lambda s: penalty_of(Said(s, s, []), penalty_asked))
    if (not cands or not _is_relevant(max(cands, key=lambda c: c.coverage), hits)
            or not _says_something_asked(cands[:MAX_QUOTES], store, analysis, idf)):
        sources = _sources(hits[:max_sources], store, {}, {})
        return Answer(question, False, NOT_FOUND + " Các đoạn gần nhất được liệt kê bên dưới.",
                      sources=sources, answer_type=analysis.answer_type)
    if analysis.wants_figure:  # (the first ``FIGURE_POOL`` hits compete: a digest of short news may rank sixth)
        # (the idf again only when "kéo dài" left the sentence path's terms and stays in the figure path's)
        asked_idf = idf if asked.terms == analysis.terms else keywords.idf(list(set(asked.terms)))
        return _compose_figure_answer(question, deeper, store, keywords, asked, asked_idf, max_sources)
    if asks_comparison(analysis.text) and analysis.answer_type in ("other", "definition", "list"):
        # "So sánh tai nạn giao thông năm 2020 và 2021": the figures side by side when the reports state several,
        # else the quotes as for any question
        compared = _compose_figure_answer(question, hits, store, keywords, replace(analysis, answer_type="figure"),
                                          idf, max_sources)
        if compared.found and (compared.figure_table or sum(f["lead"] for f in compared.figures) > 1):
            return compared

    best = cands[0]
    chosen = [best]
    for c in cands[1:]:
        if len(chosen) >= MAX_QUOTES:
            break
        if c.score < 0.8 * best.score or c.coverage < MIN_COVERAGE:
            continue
        if any(c.hit.passage_id == o.hit.passage_id and abs(c.start - o.start) < 5 for o in chosen):
            continue
        if any(c.hit.doc_id == o.hit.doc_id for o in chosen) and c.score < 0.95 * best.score:
            continue
        chosen.append(c)
    if analysis.answer_type == "person" and len(chosen) < MAX_QUOTES:
        chosen += _who_completion(cands, chosen, store)

    quotes, figures, highlights, citations = _quote_chosen(chosen, hits, store, max_sources)
    lead = _answer_lead(analysis, quotes, store)
    holding = next((i for i, q in enumerate(quotes) if lead and q.doc_id == lead["doc_id"]
                    and q.start <= lead["start"] and lead["end"] <= q.end), 0)
    if holding:  # the quote the lead is read from comes first ("Tổng giám đốc PMU 18 Bùi Tiến Dũng"), not another,
        # and its report is [1]: quoted again in that order, so every citation follows it
        chosen.insert(0, chosen.pop(holding))
        quotes, figures, highlights, citations = _quote_chosen(chosen, hits, store, max_sources)
        lead = _answer_lead(analysis, quotes, store)
    notes = [] if lead else _deputy_notes(analysis, quotes)
    shown = hits[:max_sources] + [c.hit for c in chosen if all(c.hit.passage_id != h.passage_id for h in hits)]
    sources = _sources(shown, store, citations, highlights)
    lines = [f"«{q.text}» [{q.citation}]" for q in quotes]
    if lead:
        lines.insert(0, lead_line(lead))
    return Answer(question, True, "\n".join(notes + lines), quotes, figures, sources, analysis.answer_type, lead=lead,
                  notes=notes)


def _widened(cands: list[_Candidate], deeper: list[Hit], store: DocStore, analysis: QuestionAnalysis,
             idf: dict[str, float], states: Callable[[str], bool]) -> list[_Candidate]:
    """The candidates again with the passages of the hits' reports whose sentences ``states`` what is asked
    (``passages_stating``) competing after the first ``SENTENCE_POOL`` hits; ``cands`` when there are none."""
    extra = passages_stating(deeper, store, states, {c.hit.passage_id for c in cands})
    if not extra:
        return cands
    return _candidates(deeper[:SENTENCE_POOL] + extra + deeper[SENTENCE_POOL:], store, analysis, idf, follow=True,
                       depth=SENTENCE_POOL + len(extra), others=OTHER_REPORTS)


def _quote_chosen(chosen: list[_Candidate], hits: list[Hit], store: DocStore, max_sources: int
                  ) -> tuple[list[Quote], list[dict], dict[int, list[tuple[int, int]]], dict[str, int]]:
    """The quotes of the chosen sentences in their order (each from its antecedent when it refers back), their
    figures, the highlights per passage and the citation numbers: the chosen reports first, then the sources'."""
    citations: dict[str, int] = {}
    for c in chosen:
        citations.setdefault(c.hit.doc_id, len(citations) + 1)
    for h in hits[:max_sources]:
        citations.setdefault(h.doc_id, len(citations) + 1)
    quotes, figures = [], []
    highlights: dict[int, list[tuple[int, int]]] = {}
    for c in chosen:
        doc = store.document(c.hit.doc_id)
        taken = [o.start for o in chosen if o.hit.doc_id == c.hit.doc_id]
        start = antecedent_start(doc.text, c.hit, c.start, c.end, taken)
        n = citations[c.hit.doc_id]
        quotes.append(Quote(n, doc.doc_id, doc.title, doc.date, doc.path, doc.text[start : c.end], start, c.end,
                            round(c.score, 4), c.hit.passage_id))
        highlights.setdefault(c.hit.passage_id, []).append((start, c.end))
        figures.extend(_figure_dict(f) for f in c.figures)
    return quotes, figures, highlights, citations


def lead_line(lead: dict) -> str:
    """How an answer's lead reads as text: "Thiếu tướng Trần Phú Hà [1]", "Không — «không xảy ra …» [1]"."""
    said = f"{lead['verdict']} — «{lead['text']}»" if lead.get("verdict") else lead["text"]
    return f"{said} [{lead['citation']}]"


def writes_body(text: str, question: str, post: str) -> bool:
    """Does a report write the name of the body the asked post is held in ("Lake Side" of "Ai là Tổng giám đốc Lake
    Side?"): its capitalised words the question writes, abbreviations aside (a report may spell "CATP" out)?"""
    names = {w for w in re.findall(r"[^\W\d_]+", question) if w[:1].isupper() and not (len(w) > 1 and w.isupper())}
    body = {fold(w).lower() for w in names} & set(post_body(post))
    # (or a phrase of it abbreviated: "Hội Luật gia VN" for "Chủ tịch Hội Luật gia Việt Nam")
    return not body or body <= _folded_words(text) or body & set(body_as_written(post, text)) <= _folded_words(text)


@lru_cache(maxsize=64)
def _folded_words(text: str) -> frozenset[str]:
    """A report's words folded, each report read once (its quotes and its sentences ask again)."""
    folded = fold(text).lower()
    return frozenset(folded.split()) | frozenset(re.findall(r"[^\W\d_]+", folded))


def _post_holder_lead(analysis: QuestionAnalysis, quotes: list[Quote], store: DocStore) -> dict | None:
    """"Giám đốc Công an tỉnh Thanh Hóa là ai?": the name the first quote naming the post gives its holder (in a
    report that writes the body's name: "tổng giám đốc Bùi Tiến Dũng" of PMU18 is no "Tổng giám đốc Lake Side");
    "Trần Quốc Tỏ giữ chức vụ gì?": the post(s) the first quote writes after the name, or else right before it
    ("trưởng Phòng Kỹ thuật công nghệ Đỗ Ngọc Trung"). A span of that quote
    (document offsets), or None."""
    post = asked_post(analysis.text) if analysis.answer_type == "person" else None
    person = None if post else asked_person(analysis.text)  # ("Giám đốc Công an tỉnh Thanh Hóa" is no name)
    for q in quotes if person or post else []:
        if post and not writes_body(store.document(q.doc_id).text, analysis.text, post):
            continue
        holder = (post_of(q.text, person) or post_before(q.text, person)) if person else holder_of(q.text, post)
        if holder is not None:
            return _span_lead(q, holder.start, holder.end)
    return None


def _answer_lead(analysis: QuestionAnalysis, quotes: list[Quote], store: DocStore) -> dict | None:
    """The short answer read from a quote, shown before the quotes: a post's holder, whose a thing is, who did the act
    asked, a real name or another name, a birth year, the date of the act asked, a charge, a term of office, a time
    of day, a yes or no, a number."""
    return (_post_holder_lead(analysis, quotes, store) or _owner_lead(analysis, quotes)
            or _doer_lead(analysis, quotes) or _real_name_lead(analysis, quotes) or _alias_lead(analysis, quotes)
            or _name_lead(analysis, quotes)
            or _birth_lead(analysis, quotes) or _date_lead(analysis, quotes) or _charge_lead(analysis, quotes)
            or _term_of_office_lead(analysis, quotes) or _clock_lead(analysis, quotes)
            or _yes_no_lead(analysis, quotes, store)
            or _number_lead(analysis, quotes))


def _span_lead(q: Quote, a: int, b: int) -> dict:
    """A short answer: ``q.text[a:b]``, cited, with its document offsets."""
    return {"text": q.text[a:b], "doc_id": q.doc_id, "start": q.start + a, "end": q.start + b, "citation": q.citation}


def _first_span(quotes: list[Quote], find: Callable[[str], tuple[int, int] | None]) -> dict | None:
    """The span ``find`` reads in the first quote it reads one in, in document offsets; None when it reads none."""
    for q in quotes:
        span = find(q.text)
        if span is not None:
            return _span_lead(q, *span)
    return None


def _doer_lead(analysis: QuestionAnalysis, quotes: list[Quote]) -> dict | None:
    """"Ai điều khiển xe rác …?": the person's name the first quote writing one as the doer of the act gives ("Đàm
    Tấn Phát" of "… do tài xế Đàm Tấn Phát điều khiển …"); None when no quote names a person so (a body does it:
    "Chương trình do Bộ Công an chủ trì")."""
    act = _doer_act(analysis)
    return _first_span(quotes, lambda text: doer_named(text, act)) if act else None


# the name a sentence gives after "tên": its capitalised words ("Lê Hữu Hưng" of "Lái xe khai tên Lê Hữu Hưng (21
# tuổi)", "N.T.T" of "Đối tượng này tên là N.T.T, 22 tuổi")
_NAME_WORD = rf"[{UPPER}](?:\w|\.(?=\w))*"  # (a dot only inside: "N.T.T", not the sentence's end)
_NAME_GIVEN = re.compile(rf"(?<!\w)(?i:tên)\s+(?:(?i:là)\s+)?({_NAME_WORD}(?:\s+{_NAME_WORD})*)")


def _name_lead(analysis: QuestionAnalysis, quotes: list[Quote]) -> dict | None:
    """"Lái xe chở rượu lậu tên là gì?": the name the first quote giving one after "tên" writes ("Lê Hữu Hưng");
    None when no quote gives a name so."""
    if not _asks_name(analysis):
        return None
    return _first_span(quotes, lambda text: (m := _NAME_GIVEN.search(text)) and m.span(1))


def _real_name_lead(analysis: QuestionAnalysis, quotes: list[Quote]) -> dict | None:
    """"Gary Glitter tên thật là gì?": the full name the first quote writes beside the nickname ("Paul Francis Gadd"
    of "Gary Glitter (tên thật là Paul Francis Gadd)"); None when no quote writes one."""
    nickname = real_name_asked(analysis.text)
    return _first_span(quotes, lambda text: real_name_of(text, nickname)) if nickname else None


def _alias_lead(analysis: QuestionAnalysis, quotes: list[Quote]) -> dict | None:
    """"Lâm Nhật Ánh còn gọi là gì?": the other names the first quote writes after the name ("Nguyệt Anh hoặc Vân
    Anh"); None when no quote writes one."""
    name = alias_asked(analysis.text)
    return _first_span(quotes, lambda text: alias_of(text, name)) if name else None


def _birth_lead(analysis: QuestionAnalysis, quotes: list[Quote]) -> dict | None:
    """"Nguyễn Đình Thi sinh năm nào?": the year the first quote writing his gives ("1940" of "… và Nguyễn Đình Thi
    (sinh năm 1940, quê Hà Tĩnh)", not Thịnh's "1950" before it); None when no quote writes it."""
    whose = birth_asked(analysis.text)
    return _first_span(quotes, lambda text: birth_year_of(text, whose[0])) if whose else None


# a document whose day of taking effect a question asks: its kind and the words after it ("Luật", "Công an nhân dân"
# of "Luật Công an nhân dân có hiệu lực từ ngày nào?")
_DOCUMENT_KIND = r"bộ luật|luật|nghị định|nghị quyết|pháp lệnh|thông tư|quyết định|chỉ thị|hiến pháp"
_DOCUMENT_ASKED = re.compile(rf"(?i)(?<!\w)({_DOCUMENT_KIND})(?!\w)(.*?)\s(?:bắt đầu\s+)?có\s+hiệu lực")


def of_document_asked(quote: str, question: str) -> bool:
    """May the quote speak of the document whose day of taking effect is asked: does it write the document's kind
    ("Nghị định có hiệu lực thi hành 1/4/2006", "Nghị quyết này …"), not followed by another name ("luật Giao dịch
    điện tử" for "Luật Công an nhân dân …")? True for a question asking of no document."""
    asked = _DOCUMENT_ASKED.search(unicodedata.normalize("NFC", question))
    if asked is None:
        return True
    words = set(fold(asked.group(2)).lower().split())
    return any(not named or fold(named).lower() in words
               for named in re.findall(rf"(?i)(?<!\w)(?:{re.escape(asked.group(1))})(?!\w)(?:\s+((?-i:[{UPPER}])\w*))?",
                                       unicodedata.normalize("NFC", quote)))


def of_another_person(quote: str, question: str) -> bool:
    """Does the quote name people, none of them the one the question names ("Nguyễn Văn B bị bắt ngày 15/2" for
    "Nguyễn Thanh Vũ bị bắt giữ ngày nào?"): not a word of the asked name but its surname? False when the question
    names nobody, or the quote names nobody ("Ngày 15/2, 3 trường hợp này đã bị bắt.")."""
    asked = people_in(question)
    if not asked or not people_in(quote):
        return False
    words = {w for name in asked for w in name.split()[1:]}
    return not any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", quote) for w in words)


def _date_lead(analysis: QuestionAnalysis, quotes: list[Quote]) -> dict | None:
    """"Thọ Đại Úy bị bắt ngày nào?": the date the first quote writes the act asked on ("ngày 15/8/2004" of "… bắt
    giữ vào ngày 15/8/2004"), in a quote that may speak of the one asked; None when no quote writes the act with
    its date so."""
    act = act_when(analysis.text) or happened_when(analysis.text) if analysis.answer_type == "date" else None
    if not act:
        return None
    return _first_span(quotes, lambda text: act_date_of(text, act) if of_document_asked(text, analysis.text)
                       and not of_another_person(text, analysis.text) else None)


def _clock_lead(analysis: QuestionAnalysis, quotes: list[Quote]) -> dict | None:
    """"Ổ đánh bạc … bị bắt giữ lúc mấy giờ?": the time of day the first quote stating one gives ("23h30"), not a
    quote naming only others; None when no quote states one so."""
    if not asks_clock(analysis.text):
        return None
    return _first_span(quotes, lambda text: None if of_another_person(text, analysis.text) else clock_of(text))


def _charge_lead(analysis: QuestionAnalysis, quotes: list[Quote]) -> dict | None:
    """"Phạm Thanh Lâm bị đề nghị truy tố về tội gì?": the charge the first quote naming one writes, after his name
    when it writes it ("tội lạm dụng chức vụ quyền hạn chiếm đoạt tài sản"), not in a quote naming only others; None
    when no quote names a charge so."""
    if not asks_charge(analysis.text):
        return None
    name = next(iter(people_in(analysis.text)), None)
    return _first_span(quotes, lambda text: None if of_another_person(text, analysis.text)
                       else charge_named(text, name))


# "… là đại biểu Quốc hội khóa nào?": the term of office, as a report writes it ("khoá XI", "nhiệm kỳ 2004-2009")
_ASKS_TERM_OF_OFFICE = re.compile(r"(?i)(?<!\w)(?:khóa|khoá|nhiệm kỳ)\s+(?:nào|mấy|thứ mấy|bao nhiêu)(?!\w)")
_TERM_OF_OFFICE = re.compile(r"(?i)(?<!\w)(?:khóa|khoá|nhiệm kỳ)\s+"
                             r"(?:\d{4}\s*[-–]\s*\d{4}|(?-i:[IVXL]+)|\d{1,2})(?!\w)")


def term_of_office(quote: str) -> tuple[int, int] | None:
    """The span of the first term of office the quote writes ("khoá XI" of "… ông Lê Minh Hoàng (đại biểu Quốc hội
    khoá XI)"); None when it writes none."""
    m = _TERM_OF_OFFICE.search(unicodedata.normalize("NFC", quote))
    return m.span() if m else None


def _term_of_office_lead(analysis: QuestionAnalysis, quotes: list[Quote]) -> dict | None:
    """"Ông Lê Minh Hoàng là đại biểu Quốc hội khóa nào?": the term of office the first quote writing one gives, not
    a quote naming only others; None when no quote writes one so."""
    if not _ASKS_TERM_OF_OFFICE.search(unicodedata.normalize("NFC", analysis.text)):
        return None
    return _first_span(quotes, lambda text: None if of_another_person(text, analysis.text) else term_of_office(text))


def _owner_lead(analysis: QuestionAnalysis, quotes: list[Quote]) -> dict | None:
    """"… liên quan đường dây của ai?": the name the first quote writes after that word ("Phạm Huy Hồng" of "… đường
    dây của Phạm Huy Hồng."); None when no quote writes one."""
    owned = owned_asked(analysis.text) if analysis.answer_type == "person" else None
    return _first_span(quotes, lambda text: owner_named(text, owned)) if owned else None


def _number_lead(analysis: QuestionAnalysis, quotes: list[Quote]) -> dict | None:
    """"Ông Long ký tờ trình số mấy?": the number the first quote writing one gives ("820/ĐLHCM-KD"; "Thông tư
    23/2012/TT-BCA" for "Thông tư nào …?"), a span of that quote (document offsets); None when no quote writes one."""
    noun = asked_numbered(analysis.text)
    which = asks_which_document(analysis.text)  # "Thông tư nào …?": "Thông tư 23/2012/TT-BCA"
    for q in quotes if noun else []:
        found = number_of(q.text, noun)
        if found is not None:
            return _span_lead(q, found.named_from if which else found.start, found.end)
    return None


def _deputy_notes(analysis: QuestionAnalysis, quotes: list[Quote]) -> list[str]:
    """"Ai là Giám đốc Công an tỉnh Phú Yên?" answered by a sentence naming only the Phó Giám đốc: said plainly,
    so the deputy is not taken for the holder of the post asked."""
    post = asked_post(analysis.text) if analysis.answer_type == "person" else None
    for q in quotes if post else []:
        found = deputy_only(q.text, post)
        if found:
            written, holder = found
            typed = unicodedata.normalize("NFC", analysis.text)  # the post as the user typed it
            at = fold(typed).lower().find(fold(post).lower())
            asked = typed[at : at + len(post)] if at >= 0 else post
            return [f"Các đoạn tìm được không nêu {asked[:1].upper() + asked[1:]}; chỉ nêu {written}: {holder.text} "
                    f"[{q.citation}]."]
    return []


def _yes_no_lead(analysis: QuestionAnalysis, quotes: list[Quote], store: DocStore) -> dict | None:
    """"Năm 2021 ở Đăk Tô có xảy ra khiếu nại không?": the verdict the quotes of the best quote's report write
    ("Không") with its evidence ("không xảy ra việc khiếu nại", document offsets); None when none reads as one, or
    two disagree."""
    claim = question_claim(analysis)
    if claim and quotes and analysis.places:  # "… ở Đăk Tô có giảm không?": not from a report that never names it
        key = place_key(store.document(quotes[0].doc_id).text)
        if not any(mentions_place(key, p.key) for p in analysis.places):
            return None
    # read in the best quote's report only: another report's sentence may speak of another place or unit
    found = [(q, v) for q in quotes if claim and q.doc_id == quotes[0].doc_id
             for v in [verdict(q.text, claim)] if v is not None]
    if not found or len({v.word for _q, v in found}) > 1:
        return None
    q, v = found[0]
    return {"text": q.text[v.start : v.end], "verdict": v.word, "doc_id": q.doc_id, "start": q.start + v.start,
            "end": q.start + v.end, "citation": q.citation}


def antecedent_start(doc_text: str, hit: Hit, start: int, end: int, taken=(), max_back: int = 2,
                     elliptical: bool = False) -> int:
    """Where the quote of sentence [start, end) should begin: at the previous sentence of its passage when the
    sentence opens by referring back ("Đồng chí đề nghị …", "Ông cũng mô tả …", "Qua đó, …"), so the reader
    sees who or what it is about (at most ``max_back`` sentences back, while each one points back too); else
    at ``start``. Never over a sentence of the report that is quoted on its own (``taken``: their starts, in
    whatever passage: a follower's antecedent lies in the passage before its own).
    ``elliptical``: the sentence names nothing it is about though it opens plainly ("Người ít nhất 3-5 triệu
    đồng" after "… phải nộp tiền anh ta."): one sentence back all the same."""
    spans = sorted(hit.passage.sentences, key=lambda sp: sp.start)
    if hit.context is not None:  # the passage itself opens by pointing back: its antecedent passage came along
        spans = sorted(hit.context.sentences, key=lambda sp: sp.start) + spans
    for step in range(max_back):
        if not (refers_back(doc_text[start:end]) or (elliptical and step == 0)):
            break
        before = [sp for sp in spans if sp.end <= start]
        if not before or before[-1].start in taken:
            break
        start, end = before[-1].start, before[-1].end
    return start


def _sources(hits: list[Hit], store: DocStore, citations: dict[str, int], highlights: dict[int, list]) -> list[Source]:
    out, seen = [], set()
    next_n = max(citations.values(), default=0) + 1
    for h in hits:
        if h.passage_id in seen:
            continue
        seen.add(h.passage_id)
        doc = store.document(h.doc_id)
        if h.doc_id not in citations:
            citations[h.doc_id] = next_n
            next_n += 1
        marks = highlights.get(h.passage_id, [])
        # a quote that starts at its antecedent, before this passage: the card shows from there
        start = min([h.passage.start] + [a for a, _ in marks])
        text = h.passage.text if start == h.passage.start else doc.text[start : h.passage.end]
        # a card that overlaps one already made for the same report (a quote begun at its antecedent in the
        # previous passage, which is itself a card) is merged into it: one card shows the text once
        prior = next((o for o in out if o.doc_id == h.doc_id and o.start < h.passage.end and start < o.end), None)
        if prior is not None:
            prior.start, prior.end = min(prior.start, start), max(prior.end, h.passage.end)
            prior.text = doc.text[prior.start : prior.end]
            prior.highlights = sorted(prior.highlights + marks)
            if marks:
                prior.passage_id = h.passage_id
            continue
        out.append(Source(citations[h.doc_id], doc.doc_id, doc.title, doc.date, doc.path, h.passage_id,
                          start, h.passage.end, text, list(marks), unit=doc.meta.get("unit"),
                          author=doc.meta.get("author"), year=doc.year))
    # a report's card holding the quote comes first: the citation link opens it
    out.sort(key=lambda s: (s.citation, not s.highlights))
    return out

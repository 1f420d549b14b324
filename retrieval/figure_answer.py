"""Which stated figure answers a "bao nhiêu" question, and how figures compare across reports.

A sentence often holds several figures ("mỗi công an xã có 5 đồng chí, mỗi công an thị trấn có từ
7 đến 11 đồng chí"; "năm 2020 giảm 38% ...; năm 2021 giảm 31% ..."), so picking the right sentence
is not enough: each figure is scored on the words right before it (its own clause, not its
neighbour's), the noun it counts, its year, its direction (tăng/giảm) and its kind (a "tỷ lệ"
question wants a percentage). When nothing stated matches the asked subject, the caller must say
so instead of naming a number. Everything here is a pure function over sentences and figures.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache

from corpus.compounds import is_compound
from corpus.figures import NOUN_STOP_WORDS as _NOUN_STOP  # words that end a counted noun phrase
from corpus.figures import PRICE_QUALIFIERS, PRICE_WORDS, Figure, extract_figures, joins_nouns
from corpus.names import SURNAMES
from corpus.numbers import AREA_UNITS, LENGTH_UNITS, NUMBER_WORDS, WEIGHT_UNITS, is_currency_unit
from retrieval.glossary import default_glossary, spell_out
from retrieval.lexicon import (ADDRESS_FORMS, BAN_WORDS, BANS_ASKED, BY_ROLE, CALENDAR_UNITS, CLASSIFIERS,
                               FUNCTION_WORDS, PREPOSITIONS, RANK_WORDS, SUSPECT_ROLES, TERM_WORDS, VICTIM_ROLES,
                               WEIGHT_ADJECTIVE, WEIGHT_NOUNS, institutions_written, qualifier_words, with_folded)
from retrieval.places import Place, find_places, mentions, names_place, occurrences, place_key, same_tier
from retrieval.post_holder import foreign_names, named_people, people_in
from retrieval.synonyms import alternatives, with_synonyms
from retrieval.text_analysis import UPPER, fold, index_terms, normalize, pos_tags

# Question words that say nothing about *what* is counted.
_QUESTION_WORDS_WRITTEN = frozenset(
    "bao nhiêu mấy tổng số lượng tỷ tỉ lệ phần trăm mức tăng giảm lâu".split()
    + "là có được đã hay của và trong so sánh".split()
)
# ... and folded, for a question typed without accents; a question typed with them writes a word without tone marks
# for what it is: "Ông Mãnh bị giam oan bao lâu?" asks of "giam" (detention), not of "giảm" (its folded twin), and
# "tang" of "tang vật" is no "tăng"
_QUESTION_WORDS = with_folded(_QUESTION_WORDS_WRITTEN)
# (and a rate: "lãi suất … lên đến 30%/tháng")
_PERCENT_Q = re.compile(r"\b(tỷ lệ|tỉ lệ|phần trăm|bao nhiêu %|mấy %|mấy phần trăm|lãi suất|tỷ suất|tỉ suất)|%")
# (folded) a share asked in so many words: a "tỷ lệ" or a "lãi suất" may be written as money ("lãi suất 3.000 đồng/
# triệu/ngày"), a "phần trăm" never
_SHARE_ASKED = re.compile(r" (?:bao nhieu|may) phan tram ")
_MONEY_Q = re.compile(r"\b(tiền(?! án| sự)|(?<!đánh )giá|(?<!lãng )phí|tỷ đồng|tỉ đồng|triệu đồng|nghìn đồng|giá trị|"
                      r"trị giá|với giá|(?<!đánh )giá bao nhiêu|"
                      r"(?<!đánh )giá là|thiệt hại|bồi thường|vốn|ngân sách|doanh số|doanh thu|hối lộ|lợi nhuận|thu lợi|"
                      r"chiếm đoạt|tham ô|nợ|usd|đô la|vay|lương|trả công|tiền công|thuế|"
                      # (paying: "Mỗi người đi lao động Hàn Quốc phải nộp bao nhiêu?" is "5.000-6.000 USD/người")
                      r"(?:nộp|trả|chi|đóng) bao nhiêu)\b")
# how an amount is asked rather than named: its worth ("trị giá bao nhiêu", "có giá là bao nhiêu") or a demand ("đòi
# đền bao nhiêu", "đòi bao nhiêu tiền"); a difference in price asks no price ("Số tiền chênh lệch giá thầu là bao
# nhiêu?" is "… số tiền chênh lệch là 1,4 triệu USD", not "trị giá gói thầu trên 2,9 triệu USD")
_WORTH_Q = re.compile(r"(?<!\w)(?:(?<!lệch\s)(trị giá|giá trị|có giá|giá)"
                      r"(?=(?:\s+\w+)?\s+(?:là\s+|khoảng\s+)?bao nhiêu)|"
                      # (a demand, of whomever: "Hai kẻ tống tiền đòi ông Đoàn bao nhiêu tiền?": "… phải nộp 2 tỉ")
                      r"(đòi)(?=(?:\s+\w+){0,4}\s+(?:là\s+|khoảng\s+)?bao nhiêu)|"
                      # (or a pay named, of whoever is paid: "Toàn được trả tiền công bao nhiêu một chuyến?" is "… với
                      # tiền công 300.000-500.000 đồng/chuyến"; not "được trả bao nhiêu tiền?", which a sentence
                      # writing "được trả" answers)
                      r"(được trả)(?=\s+(?:tiền công|tiền lương|lương|thù lao|tiền thù lao|tiền thưởng)"
                      r"(?:\s+\w+){0,2}\s+(?:là\s+|khoảng\s+)?bao nhiêu))")
# ... or a price heading the question ("Giá thành xây dựng căn nhà là bao nhiêu?": "… với giá thành 123.200.000 đồng")
_PRICE_HEAD_Q = re.compile(r"(?i)^\s*giá\s+(thành|bán|thuê|mua)(?=[^?]*\s(?:là\s+)?bao nhiêu)")
# ... or the price of one unit ("Giá thuốc lá 555 ở Pleiku bao nhiêu một bao?", "… trị giá bao nhiêu mỗi tờ?"): the
# unit's word, which a report writes after a slash or "một"/"mỗi" ("22.000 đồng/bao"), or "mỗi" before the amount
# (or "Một bao thuốc lá 555 giá bao nhiêu?": the unit heads the thing priced)
_PER_UNIT_Q = re.compile(r"(?i)(?<!\w)(?:bao nhiêu(?:\s+tiền)?\s+(?:một|mỗi|1)\s+([^\W\d_]+)|(?:một|mỗi)\s+([^\W\d_]+)"
                         r"(?:(?:\s+\w+){0,4}?\s+(?:có\s+|trị\s+)?giá)?\s+(?:là\s+)?bao nhiêu)(?!\w)")
_PER_AFTER = re.compile(r"(?i)\s*(?:/\s*|(?:cho\s+)?(?:một|mỗi|1)\s+)([^\W\d_]+)")
_PER_BEFORE = re.compile(r"(?i)(?<!\w)mỗi\s+([^\W\d_]+)\s+(?:(?:có\s+|trị\s+)?giá\s+)?(?:là\s+|chỉ\s+)?$")
# ... and for a count or a span asked per a unit of time: "Mỗi ngày Đài phát bao nhiêu phút quảng cáo?" is "(mỗi ngày
# phát 15-16 phút thay vì 10 phút)", a verb between (folded unit)
_PER_TIME_Q = re.compile(rf"(?i)(?<!\w)mỗi\s+({'|'.join(CALENDAR_UNITS)})(?!\w)(?:\s+[^\W\d_]+){{0,4}}?"
                         r"\s+bao nhiêu(?!\w)")
_PER_TIME_BEFORE = re.compile(rf"(?i)(?<!\w)mỗi\s+({'|'.join(CALENDAR_UNITS)})\s+(?:[^\W\d_]+\s+){{0,2}}$")
# the words right before "bao nhiêu" that open with "ở", "tại" name a place, not what is measured ("… 555 ở Pleiku bao
# nhiêu một bao?"); accented only (an unaccented question is read restored): "tai" is also "tai nạn"'s
_AT_PLACE = frozenset({"ở", "tại"})
# somebody named right before "bao nhiêu" ("… nợ chị Thanh bao nhiêu USD?"): the act is the words before the name
_PERSON_BEFORE_ASKING = re.compile(rf"((?:[^\W\d_]+\s+){{1,2}})(?:{'|'.join(ADDRESS_FORMS)})\s+[{UPPER}][^\W\d_]*"
                                   rf"(?:\s+[{UPPER}][^\W\d_]*){{0,3}}\s+(?:là\s+)?(?:bao nhiêu|mấy)(?!\w)")
_TO_WHOM_WORDS = frozenset({"cho", "của", "với", "từ"})
# ... or a name is, its words capitalised ("… nhà Cần Giờ là bao nhiêu?")
_NAMED_BEFORE_ASKING = re.compile(rf"(?<!\w)((?:[{UPPER}][^\W\d_]*\s+){{2,4}})(?:là\s+|được\s+)?"
                                  rf"(?:bao nhiêu|mấy)(?!\w)")
_MEASURED_OF = re.compile(r"^\s*((?:[^\W\d_]+\s+){1,2})của\s+(?:[^\W\d_]+\s+){1,4}(?:là\s+)?(?:bao nhiêu|mấy)\b")
# how far, how high, long or deep, no unit named: a length ("cách đó 70 km", "xe thang chữa cháy cao 32m")
# (and an area: "rộng bao nhiêu", "Diện tích sà lan bao nhiêu?" is "… trên diện tích vỏn vẹn 20 m2")
# "… giảm xuống còn bao nhiêu?", "… tăng lên bao nhiêu?": the value reached, written after "xuống", "lên", "còn"
# ("giảm hàng năm từ 17% xuống còn dưới 6%"), not the one it started from, after "từ"
_REACHED_Q = re.compile(r"(?i)(?<!\w)(?:xuống|lên|còn)\s+(?:còn\s+)?(?:khoảng\s+)?(?:bao nhiêu|mấy)(?!\w)")
_REACHED_BEFORE = re.compile(r"(?i)(?<!\w)(?:xuống|lên|còn|đến)\s+(?:còn\s+)?$")
_DISTANCE_Q = re.compile(rf"(?i)(?<!\w)(?:bao xa|(?:cao|dài|sâu|rộng|xa|{WEIGHT_ADJECTIVE})\s+(?:khoảng\s+)?"
                         rf"bao nhiêu\s*\??\s*$|(?:diện tích|{'|'.join(WEIGHT_NOUNS)})(?=.*\b(?:bao nhiêu|mấy)\b))")
# a price written right before its figure: "giá 65 cây vàng", "với giá 7.700-27.800 USD", "trị giá hơn 100 triệu"
# ("với giá rẻ 50.000 đồng/tờ": a word of how dear between; "giá thuê 800.000 đồng/tháng": of what was paid for)
# (and "có" after it: "lùng mua một CMND với giá chỉ có 50.000 đồng")
_PRICE_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{PRICE_WORDS}|giá)(?:\s+(?:rẻ|cao|hời|chỉ|thuê|bán|mua|thành))?"
                           rf"(?:\s+(?:là|chừng|có|{PRICE_QUALIFIERS}))?\s*$")
# ... or what a thing was bought or sold for, the amount ending the clause of the verb: "chỉ một dàn bơm treo, thực
# tế mua của nhà máy Z751 Bộ Quốc phòng chỉ 200 triệu đồng"
_BOUGHT_FOR = re.compile(r"(?i)(?<!\w)(?:mua|bán)(?:\s+[^\s,;.]+){0,8}?\s+(?:chỉ|với|hết|mất)\s*$")
# a surplus or a shortfall written before the figure ("thừa 714 m2", "thiếu 1.245 m2"); "thua", "thieu" as said
_SURPLUS_BEFORE = re.compile(r"(?i)(?<!\w)(?:thừa|thiếu|dư ra|hụt)\s*$")
_SURPLUS = re.compile(r"(?<!\w)(?:thua|thieu|du ra|hut)(?!\w)")
SURPLUS = 0.3  # off a surplus or a shortfall, unless the question asks one
_DURATION_Q = re.compile(r"\b(bao lâu|mấy năm|bao nhiêu năm|mấy tháng|bao nhiêu tháng|bao nhiêu ngày|mấy ngày|"
                         r"bao nhiêu giờ|mấy giờ|thời hạn)\b")
# a prison term asked (folded, padded): "mức án", "lĩnh án", "lĩnh mức án", "mức hình phạt": a span of time is asked
# (folded: "án tù" is "an tu", and so is "án tử" of "bao nhiêu án tử hình", a count of death sentences)
_TERM_Q = re.compile(r" (?:(?:linh|lanh) )?(?:muc an|an tu(?! hinh)|muc hinh phat|muc phat tu) | (?:linh|lanh) an ")
# a penalty asked, neither a term nor a fine said ("3 tài xế … bị phạt bao nhiêu?"): either answers
_PENALTY_Q = re.compile(r"\bphạt(?: tù)? (?:bao nhiêu|mấy)\b(?! (?:tiền|năm|tháng|ngày))")
_ORDINAL_Q = re.compile(r"\b(?:thứ|hạng)\s+(?:mấy|bao nhiêu)\b|\b(?:xếp hạng|thứ hạng)\b"
                        r"|\bvị trí (?:thứ )?(?:mấy|bao nhiêu)\b")
_DIRECTION_Q = re.compile(r"\b(tăng|giảm|kéo giảm|gia tăng)\b")
_PLACE = re.compile(r"(?:tỉnh|huyện|thành phố|TP\.?|quận|thị xã|xã|phường|thị trấn)\s+"
                    r"(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\w]*)(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\w]*)*")

STATED = 0.8  # taken from a figure the question itself states
LOCAL_CHARS = 90  # how far left of a figure its own words are looked for
NEAR_CHARS = 30  # the words right before a figure


@dataclass
class FigureCandidate:
    """One figure in one sentence of one retrieved passage (offsets are document offsets)."""

    figure: Figure
    doc_id: str
    sentence: str
    sentence_start: int
    hit_rank: int = 0
    sentence_coverage: float = 0.0
    score: float = 0.0
    relevance: float = 0.0  # how well the words around the figure cover the question's subject
    noun_match: float = 0.0
    outside: int = 0  # 1 when the sentence is not in a retrieved passage (same document)
    doc_rank: int = 0  # rank of the document's best retrieved passage
    doc_coverage: float = 0.0  # best sentence coverage of the question within the same document
    context_years: frozenset = frozenset()  # years the document states up to this sentence (and its date)
    missing_key_terms: tuple = ()  # the question's most specific words that its document never uses
    # the people the sentence before names, in order, when this one names nobody and speaks of somebody by a
    # demonstrative ("cựu luật sư này") or gives figures "lần lượt" (each one's in its place)
    antecedent_people: tuple = ()
    # the headings a list item is written under ("Mức án cho các bị cáo khác trong vụ án:\nNhóm bị cáo phạm tội đưa
    # hối lộ:" of "- Nguyễn Văn Lắn (tức Lũng "Đầu Bò"): 15 năm."), ``list_headings``
    listed_under: str = ""
    stated: bool = False  # the question itself states this figure ("Hai địa phương …"): never a lead
    local: float = 0.0  # how much of the question's subject the figure's own words cover
    scope: int = 0  # +1: its report states the span the question asks ("4 ngày Tết"); -1: another ("6 ngày Tết")
    leans_back: bool = False  # elliptical: the sentence before it says what it is about ("Người ít nhất 3-5 triệu")
    person: float = 0.0  # ``person_nearness`` to the people the question names, set when it is scored
    sub_kind: bool = False  # its noun is a kind of the one asked ("… hạng nhì"), set when it is scored
    named: float = 0.0  # 1.0 when its sentence writes an institution the question names (``FigureIntent.names``)
    total: bool = False  # its sentence calls it a total ("Tổng giá trị trên 8 tỷ đồng"), when a total is asked
    acted: bool = False  # it counts the noun asked, and what the question says that noun did follows it
    lead_in: str = ""  # the sentence before, when this one goes on from it (``leans_back``): read as its clause's start
    clause_start: int = -1  # document offset of the figure's clause (after ";", ":" or ". "), set when it is scored
    clause_cover: float = 0.0  # how much of the question's subject its clause writes before the figure
    clause_other: bool = False  # that clause names a subject the question does not ("Ban chỉ đạo 138 …")
    other_stage: bool = False  # its clause speaks of another stage of the trial than the question (``other_stage``)


@dataclass
class FigureIntent:
    """What kind of figure the question wants."""

    subject_terms: list[str]
    years: list[int]
    asked_noun: str | None
    percent: bool
    money: bool
    duration: bool
    direction: str | None
    measure_terms: list[str] = field(default_factory=list)  # the words right before "bao nhiêu": "gây thiệt hại", "lai sind"
    qualifier_words: frozenset = frozenset()  # "ước tính", "tối đa", "hiện nay": they qualify, never name, the subject
    ordinal: bool = False  # "xếp thứ mấy", "đứng thứ bao nhiêu": a rank ("thứ 3") answers, not a count
    said: str = ""  # the question's words, folded, space-padded: a figure it states itself is not what it asks
    synonyms: dict = field(default_factory=dict)  # term -> term sets of its synonyms ("cướp" -> {"~tran_lot"})
    people: tuple = ()  # the people the question names, folded ("le ba long"): the figure said of them is asked
    penalty: bool = False  # "bị phạt bao nhiêu?": a term of prison or a fine answers, as a noun would
    names: tuple = ()  # the institutions it names, folded ("cho ray" of "Bệnh viện Chợ Rẫy"): the figure's sentence
    total: bool = False  # "Tổng giá trị … là bao nhiêu?": a figure a report calls a total ("Tổng giá trị trên 8 tỷ")
    noun_act: str = ""  # a pattern of the counted noun and what it did ("nguoi … thiet mang"): a figure written so
    done_to: str = ""  # what was done to the counted ones ("khoi to" of "bao nhiêu bị can bị khởi tố"), written before
    # "Trâu được chở đi bao xa?": a length ("cách đó 70 km") answers, as a noun would; "area" for "rộng bao nhiêu",
    # "diện tích …": an area answers, or a width ("rộng 7 cm"); "length" for the others ("bao xa", "cao", "dài", "sâu")
    distance: str = ""
    share: bool = False  # "… bao nhiêu phần trăm?": a percentage, never money (``_SHARE_ASKED``)
    priced: bool = False  # "… mua đất … giá bao nhiêu?": the figure a report writes after "giá" ("giá 65 cây vàng")
    reached: bool = False  # "… giảm xuống còn bao nhiêu?": the value after "xuống", "còn", not the one after "từ"
    price_kind: str = ""  # "thành" of "Giá thành … là bao nhiêu?": only a figure after "giá thành" is that price
    per: str = ""  # "bao" of "… bao nhiêu một bao?", folded: the price of one unit, an amount written per "bao"
    grade: str = ""  # "18k" of "… bao nhiêu lượng vàng 18K?": a count of the noun with that grade written after it
    places: tuple = ()  # the places it names (``Place``): "Quận Tân Phú … 212 quán", not "Huyện Hóc Môn … quán"
    asking: int = -1  # where in ``said`` the asking "bao nhiêu" or "mấy" stands (never "máy", also folded " may ")
    noun_tail: str = ""  # the noun the question writes right after the one it counts, folded ("karaoke" of "bao
    # nhiêu cơ sở karaoke"): a figure whose noun goes on with other words counts another kind ("47 cơ sở khiêu vũ")
    # the counts the question states, (noun key, value): "Ba đối tượng bị bắt tạm giam bao nhiêu tháng?" is of the
    # three ("bắt tạm giam 4 tháng đối với 3 đối tượng"), not of the ten of another case ("… 4 tháng đối với 10 …")
    stated: tuple = ()


_RANK_KEYS = frozenset(fold(w) for w in RANK_WORDS) | {"vi", "tri"}  # folded: "xep", "hang", "vi tri"


def asks_rank(question: str) -> bool:
    """"Tỉnh xếp thứ mấy toàn quốc?": the answer is a rank, which only such a question may quote."""
    return bool(_ORDINAL_Q.search(normalize(question).lower()))


def figure_intent(question: str, terms: list[str], years: list[int], asked_noun: str | None) -> FigureIntent:
    typed = unicodedata.normalize("NFC", question)  # (as typed: capitals tell names)
    q = normalize(question)
    dm = _DIRECTION_Q.search(q)
    direction = None if dm is None else ("tăng" if "tăng" in dm.group(1) else "giảm")
    year_terms = {str(y) for y in years}
    written = _QUESTION_WORDS_WRITTEN if fold(q) != q else _QUESTION_WORDS
    subject = []
    for t in terms:
        words = t.lstrip("~").split("_")
        asking = _QUESTION_WORDS if t.startswith("~") else written  # (a "~" term is folded)
        if t in year_terms or (len(words) == 1 and words[0] in asking):
            continue
        if len(words) > 1 and any(w in asking for w in words):
            continue
        subject.append(t)
    ordinal = asks_rank(q)
    if ordinal:  # "VN xếp hạng thứ mấy?": a report writes the rank with other words ("đứng áp chót") or none
        subject = [t for t in subject if not set(fold(t.lstrip("~")).lower().split("_")) <= _RANK_KEYS]
    money = bool(_MONEY_Q.search(q))
    if money and asked_noun and fold(asked_noun).lower() == "tien":  # "bao nhiêu tiền" asks for money, as "bao nhiêu"
        subject = [t for t in subject if t.lstrip("~") not in ("tiền", "tien")]
    if _DISTANCE_Q.search(q):  # "bao xa" asks, as "bao nhiêu" does (its folded "xa" is also "xã"'s, kept then)
        # (and "cao", "dài", "sâu" before "bao nhiêu": "Xe thang chữa cháy cao bao nhiêu?")
        subject = [t for t in subject if "xa" not in t.lstrip("~").lower().split("_")
                   or (t.startswith("~") and re.search(r"(?i)(?<!\w)xã(?!\w)", q))]
        # ("Tổng khối lượng thuốc … là bao nhiêu?": the noun of the measure asks as "nặng bao nhiêu" does, and the
        # figure's unit says it: "tổng cộng 1.064 kg")
        asking = {w for noun in ("diện tích", *WEIGHT_NOUNS) if re.search(rf"(?i)(?<!\w){noun}(?!\w)", q)
                  for w in fold(noun).split()}
        subject = [t for t in subject if not set(fold(t.lstrip("~")).lower().split("_")) <= asking]
    worth = _WORTH_Q.search(q) if money else None
    if worth:  # "Chiếc xe Dylan trị giá bao nhiêu?" asks what "chiếc Dylan (khoảng 100 triệu đồng)" is worth; "Chị
        # Thao đòi đền bao nhiêu tiền?", what "Cô phải đền cháu 3 triệu" says: words that ask, not that name
        asking = {fold(w) for w in (worth.group(1) or worth.group(2) or worth.group(3)).split()}
        subject = [t for t in subject if not set(fold(t.lstrip("~")).lower().split("_")) & asking]
    price_head = _PRICE_HEAD_Q.match(q) if money else None
    said = said_key(q)
    term = _TERM_Q.search(said)
    if term:  # "lĩnh mức án bao nhiêu" asks a term, as "bao nhiêu năm tù" does: an article writing "42 tháng tù" has it
        asking = set(term.group().split())
        subject = [t for t in subject if not set(fold(t.lstrip("~")).lower().split("_")) <= asking]
    measure: list[str] = []
    # ("Mức lương của các em là bao nhiêu?": what is measured is the head before "của", not "các em")
    measured_of = _MEASURED_OF.search(q)
    m = measured_of or re.search(r"((?:[^\W\d_]+\s+){1,2})(?:là\s+|được\s+)?(?:bao nhiêu|bao nhieu|mấy)\b", q)
    # ("Vợ chồng ông Mỹ còn nợ chị Thanh bao nhiêu USD?": the act before the one it is done to, "còn nợ")
    person = None if measured_of else _PERSON_BEFORE_ASKING.search(typed)
    if person:
        words = [w.lower() for w in person.group(1).split() if not w[0].isupper()]
        measure = [t for t in index_terms(" ".join(w for w in words if w not in _QUESTION_WORDS | _TO_WHOM_WORDS))
                   if t in subject]
    elif m:
        words = [w for w in m.group(1).split() if w not in _QUESTION_WORDS]
        if words and words[0].lower() in _AT_PLACE:
            words = []  # "… 555 ở Pleiku bao nhiêu một bao?": a place, not what is measured
        named = _NAMED_BEFORE_ASKING.search(typed)
        if named and not measured_of and not named_people(named.group(1)) and not foreign_names(named.group(1)):
            words = []  # "… tại Công ty … Cần Giờ là bao nhiêu?": a place's name, not what is measured ("Trần Văn
            # Hổ bao nhiêu tuổi?": whose age, written beside it)
        measure = [t for t in index_terms(" ".join(words)) if t in subject]
    return FigureIntent(subject, list(years), asked_noun, bool(_PERCENT_Q.search(q)), money,
                        bool(_DURATION_Q.search(q) or term), direction, measure, qualifier_words(q), ordinal,
                        said, alternatives(q), penalty=bool(_PENALTY_Q.search(q)) and not asked_noun,
                        total=bool(_TOTAL.search(q)), noun_act=noun_act(q, asked_noun),
                        done_to=done_to_counted(q, asked_noun, typed),
                        distance=distance_asked(q),
                        priced=bool(worth and worth.group(1)) or bool(price_head),
                        price_kind=price_head.group(1).lower() if price_head else "",
                        per=per_unit_asked(q, money),
                        grade=grade_asked(q, asked_noun),
                        reached=bool(_REACHED_Q.search(q)), asking=asking_at(q),
                        noun_tail=noun_tail(typed, asked_noun),
                        share=bool(_SHARE_ASKED.search(said)), stated=stated_counts(typed))


def stated_counts(question: str) -> tuple[tuple[str, float], ...]:
    """The counts a question states, as (the counted noun's key, the value): (("đối tượng", 3.0),) of "Ba đối tượng
    bị bắt tạm giam bao nhiêu tháng?"."""
    return tuple((key, f.value) for f in extract_figures(question)
                 if f.kind == "count" and f.value is not None and (key := _counted_key(f)) and f.counted)


def counted_otherwise(group: list[FigureCandidate], intent: FigureIntent) -> bool:
    """Does the sentence (its candidates) count a noun the question states a count of, never by that value ("… 4
    tháng đối với 10 đối tượng" for "Ba đối tượng …")? Its figures are of another group of them."""
    values: dict[str, set[float]] = {}
    for c in group:
        key = _counted_key(c.figure) if c.figure.kind == "count" else None
        if key and c.figure.value is not None:
            values.setdefault(key, set()).add(c.figure.value)
    return any(key in values and value not in values[key] for key, value in intent.stated)


def per_unit_asked(question: str, money: bool = True) -> str:
    """The unit whose price is asked ("bao" of "Giá thuốc lá 555 … bao nhiêu một bao?"), or, ``money`` not asked,
    the unit of time a count is asked per ("ngay" of "Mỗi ngày Đài phát bao nhiêu phút quảng cáo?"), folded; ""
    when none."""
    if not money:
        m = _PER_TIME_Q.search(normalize(question))
        return fold(m.group(1)).lower() if m else ""
    m = _PER_UNIT_Q.search(normalize(question))
    return fold(m.group(1) or m.group(2)).lower() if m else ""


def written_per(c: FigureCandidate, per: str) -> bool:
    """Is the amount written per that unit: "22.000 đồng/bao", "… đồng một bao", "mỗi bao 22.000 đồng"?"""
    after = _PER_AFTER.match(c.sentence, c.figure.end - c.sentence_start)
    before = (_PER_BEFORE if is_money(c.figure) else _PER_TIME_BEFORE).search(c.sentence, 0,
                                                                             c.figure.start - c.sentence_start)
    return any(m is not None and fold(m.group(1)).lower() == per for m in (after, before))


# a grade written after a counted noun, letters and digits ("lượng vàng 18K", "súng K54"): the extractor ends the noun
# before it, so "141,1 lượng vàng 24K" and "74,1 lượng vàng 18K" count the same noun
_GRADE = r"(?:\d+[^\W\d_]+|[^\W\d_]+\d+)(?!\w)"
_GRADE_AFTER = re.compile(rf"\s+({_GRADE})")


def grade_asked(question: str, asked: str | None) -> str:
    """The grade the question writes right after the noun it counts ("18k" of "… bao nhiêu lượng vàng 18K?"),
    lower case; "" when none."""
    if not asked:
        return ""
    m = re.search(rf"(?i)(?<!\w){re.escape(asked)}\s+({_GRADE})", normalize(question))
    return m.group(1).lower() if m else ""


def written_grade(c: FigureCandidate) -> str:
    """The grade its sentence writes right after the figure's counted noun ("24k" of "141,1 lượng vàng 24K"), or ""."""
    m = _GRADE_AFTER.match(c.sentence, c.figure.end - c.sentence_start) if c.figure.counted else None
    return m.group(1).lower() if m else ""


_FOLDED_CALENDAR = frozenset(fold(u) for u in CALENDAR_UNITS)


@lru_cache(maxsize=256)
def noun_tail(question: str, asked: str | None) -> str:
    """The noun underthesea tags right after the counted one, when the counted one is a word of its own, folded
    ("karaoke" of "TP HCM có bao nhiêu cơ sở karaoke?", "thi sinh" of "Bao nhiêu gia đình thí sinh bị lừa?"); "" when
    a verb follows it, or none ("bao nhiêu xe máy vi phạm"), or the noun asked is cut inside a word ("vụ tai"). The
    noun asked may be two words to underthesea: "xe dap" of "bao nhiêu vụ cướp xe đạp" ("vụ", "cướp")."""
    if not asked:
        return ""
    tagged = [(fold(w).lower(), tag) for w, tag in pos_tags(question)]
    at = next((i for i, (w, tag) in enumerate(tagged) if w in ("bao nhieu", "may") and tag in ("P", "L")), None)
    folded = fold(normalize(asked)).lower()
    span = next((n for n in (1, 2) if at is not None and " ".join(w for w, _ in tagged[at + 1 : at + 1 + n]) == folded),
                None)
    if span is None or at + span + 1 >= len(tagged):
        return ""
    word, tag = tagged[at + span + 1]
    return word if tag in ("N", "FW") else ""


@lru_cache(maxsize=256)
def _counted_act(question: str) -> tuple[str, tuple[str, ...]]:
    """The first word of the noun a question counts ("can bo" of "bao nhiêu cán bộ") and the verbs underthesea tags
    right after the noun (at most two), folded; ("", ()) when it counts no noun. (Tagged lower-cased, unlike
    ``noun_tail`` and ``_act_before_asking``, which need a name's capitals: cased, 11 of 469 counting questions of
    the dev sets and audit rounds read otherwise, 8 losing their act, as a capitalised "Bao nhiêu" opening "Bao nhiêu
    đối tượng bị bắt …" is not tagged as asking.)"""
    tagged = [(fold(w).lower(), tag) for w, tag in pos_tags(question)]
    at = next((i for i, (w, tag) in enumerate(tagged) if w in ("bao nhieu", "may") and tag == "P"), None)
    if at is None or at + 1 >= len(tagged) or not tagged[at + 1][1].startswith("N"):
        return "", ()
    k = at + 1
    while k < len(tagged) and tagged[k][1].startswith("N"):
        k += 1
    act = []
    while k < len(tagged) and tagged[k][1] == "V" and len(act) < 2:
        act.append(tagged[k][0])
        k += 1
    return tagged[at + 1][0], tuple(act)


def noun_act(question: str, asked: str | None) -> str:
    """The counted noun's first word and what the question says it did, folded and joined by a pattern of up to two
    words between and an auxiliary ("nguoi(?: \\w+){0,2}… thiet mang" of "Vụ nổ làm bao nhiêu người thiệt mạng?"; "1.334
    cán bộ các cấp đã bị khởi tố" for "bao nhiêu cán bộ bị khởi tố"): the verbs underthesea tags right after the noun;
    empty when none follows ("bao nhiêu vụ tai nạn giao thông" is all noun)."""
    if not asked:
        return ""
    head, act = _counted_act(question)
    if not act or act[0] in ("la", "co", "duoc", "lien quan") or head.split()[0] in _FOLDED_CALENDAR:
        return ""  # (a span of time: "bao nhiêu năm tù", where the tagger reads "tù" as a verb; "liên quan" says
        # which ones, not what they did: "bao nhiêu đối tượng liên quan vụ … đã bị bắt" is no "4 đối tượng liên
        # quan vụ … đã ra đầu thú")
    # (two syllables of the noun at most: the tagger may join its modifiers to it, "xe máy vi phạm")
    head = " ".join(head.split()[:2])
    return re.escape(head) + r"(?: \w+){0,2}(?: (?:da|dang|se|vua|cung|deu))? " + re.escape(" ".join(act))


def done_to_counted(question: str, asked: str | None, cased: str = "") -> str:
    """What the question says was done to the counted ones, as a report writes it before their count ("khoi to" of
    "… có bao nhiêu bị can bị khởi tố?", which "… khởi tố 4 bị can nói trên" answers); empty for any other."""
    if not asked:
        return ""
    head, act = _counted_act(question)
    head = head.split()[0] if head else ""
    if not act and head and head not in _FOLDED_CALENDAR:  # (tagged as the user wrote it: "Meko nợ lương" is a
        return _act_before_asking(cased or question)  # name and a verb, "meko nợ lương" three nouns)
    if not act or head in _FOLDED_CALENDAR:
        return ""
    if len(act) == 2 and act[0] in ("bi", "duoc"):
        return act[1]
    passive = re.match(r"(?:bi|duoc) (\w.*)$", act[0])  # ("bị thương" tagged as one word: "bị thương 4 người")
    return passive.group(1) if passive else ""


# ("có bao nhiêu", "gồm bao nhiêu"; "tổng cộng bao nhiêu", which the tagger may read as a verb, says "in all"; what
# happened is done to nothing: "Trong 4 ngày Tết xảy ra bao nhiêu vụ tai nạn giao thông?" is "… với 274 vụ", not the
# "Cả nước chỉ xảy ra 74 vụ" of crime)
_BARE_ACTS = frozenset(("la", "co", "duoc", "bi", "lam", "con", "gom", "tong cong", "tat ca", "xay ra", "dien ra",
                        "phat sinh"))


@lru_cache(maxsize=256)
def _act_before_asking(question: str) -> str:
    """The verb (and the noun it takes) right before "bao nhiêu", done to the counted ones, folded: "no luong" of "Xí
    nghiệp Meko nợ lương bao nhiêu công nhân?", which "… nợ lương 29 công nhân" answers (not "do bị nợ lương, hàng
    trăm công nhân …"); empty when no verb stands there."""
    tagged = [(fold(w).lower(), tag) for w, tag in pos_tags(question)]
    at = next((i for i, (w, tag) in enumerate(tagged) if w in ("bao nhieu", "may") and tag == "P"), None)
    if at is None or at < 1:
        return ""
    if tagged[at - 1][1] == "V":  # (the verbs before it, at most two: "xảy", "ra" may be tagged apart)
        words = [tagged[at - 1][0]]
        if at >= 2 and tagged[at - 2][1] == "V":
            words.insert(0, tagged[at - 2][0])
    elif at >= 2 and tagged[at - 1][1] == "N" and tagged[at - 2][1] == "V":
        words = [tagged[at - 2][0], tagged[at - 1][0]]
    else:
        return ""
    if len(words) == 2 and words[0] in ("bi", "duoc"):
        words = words[1:]  # ("bị phạt bao nhiêu": "phạt")
    act = " ".join(words)
    return "" if act in _BARE_ACTS or words[0] in _BARE_ACTS or words[-1] in _BARE_ACTS else act


# "tổng giá trị", "tổng số", "tổng cộng", "tổng thiệt hại", "tổng doanh số" (normalized: lower case)
_TOTAL = re.compile(r"(?<!\w)tổng(?!\w)")
TOTAL_BONUS = 0.3  # for a figure the sentence calls a total, when the question asks one
TOTAL_CHARS = 60  # how far before the figure "tổng" may stand ("Tổng số tiền cộng với lãi suất phát sinh lên tới …")


def asking_at(question: str) -> int:
    """Where the asking words stand in the question's ``said_key``: the first "bao nhiêu" or "mấy" (or "may", typed
    with no marks), not "máy", "mây" or "mày", which fold to the same " may "; -1 when neither asks."""
    accented = _said_words(normalize(question).lower())
    at = 0
    for i, word in enumerate(accented):
        if word in ("mấy", "may") or (word == "bao" and accented[i + 1 : i + 2] in (["nhiêu"], ["nhieu"])):
            return at
        at += len(fold(word)) + 1
    return -1


def _said_words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:[.,/][^\W_]+)*", text)


def said_key(text: str) -> str:
    """``text`` folded to its words, space-padded (" hai dia phuong giap ranh "), for whole-word look-ups."""
    return " " + " ".join(_said_words(fold(normalize(text)).lower())) + " "


def stated_in_question(fig: Figure, intent: FigureIntent) -> bool:
    """"Hai địa phương giáp ranh đã trao đổi bao nhiêu thông tin?": "hai địa phương" is the question's own
    subject, never its answer ("hơn 100 nguồn tin"); so is a bare number it writes ("… của Công ty Cầu 12 …"), and
    an amount ("Vé 45.000 đồng bị bán thành bao nhiêu?": "… vé 45.000 đồng để sau đó bán thành 60.000 đồng")."""
    return bool(intent.said) and (bool(fig.counted) or fig.kind in ("count", "money")) \
        and said_key(fig.text) in intent.said


def coverage(terms: list[str], text: str, idf: dict[str, float], synonyms: dict | None = None) -> float:
    """Share of the terms' idf mass that ``text`` contains (a term also by a synonym: "trấn lột" for "cướp")."""
    uniq = set(terms)
    total = sum(idf.get(t, 1.0) for t in uniq)
    if total <= 0:
        return 0.0
    have = with_synonyms(set(index_terms(text)), synonyms or {})
    return sum(idf.get(t, 1.0) for t in uniq if t in have) / total


_GAP_WORDS = re.compile(r"[^\W\d_]+")
_GAP_CONNECTIVES = frozenset("và còn với cùng hoặc riêng trong đó".split())


_CHANGE_NEXT = re.compile(r"(?i)\s*[,;]?\s*(?:và\s+)?(?:tăng|giảm)(?:\s+thêm)?\s*$")


def _label_words(gap: str) -> int | None:
    """Words naming the next figure of a parallel list ("…lai sữa 500.000 đồng, lai sind 506.000 đồng"):
    the gap between two figures, when it is a short comma/"và" link; None when it is not a list."""
    if "(" in gap or len(gap) > 60 or not re.match(r"\s*(?:[,;]|và\b|còn\b)", gap):
        return None
    if _CHANGE_NEXT.match(gap):  # "tổng biên chế của TAND các cấp là 12.024, tăng 2.501": the change of the same
        return None  # count, whose words are the first figure's alone
    words = [w for w in _GAP_WORDS.findall(gap) if w.lower() not in _GAP_CONNECTIVES]
    if not words and re.match(r"\s*và\b", gap):  # "bồi thường gần 66 triệu đồng và 4 công ruộng": two parts of one
        return None  # claim, the words before are both's
    return len(words) if len(words) <= 6 else None


_LIST_COMMA = re.compile(r",(?!\d)")  # a comma between clauses, not a decimal one ("16,4%")
_AVERAGE = re.compile(r" (?:trung binh|binh quan|moi ngay|moi thang|moi nam) ")
AVERAGE = 0.5  # score taken from a per-day or per-month average ("trung bình một ngày"), unless one is asked
SCOPE_STATED, SCOPE_OTHER = 0.3, 0.2  # the asked span of time stated in the figure's report, or another one
# a figure proposed, planned or aimed at rather than done: "VKS đề nghị 25-28 năm", "phấn đấu giảm 5%", "chưa kịp
# tăng quân số lên 50 thành viên như mục đích đặt ra"; after the figure only when it closes the clause
_UNREALISED = re.compile(r" (?:de nghi|phan dau|(?<!vuot )(?<!dat )(?<!thanh )(?:chi tieu|muc tieu|ke hoach)|du kien|"
                         r"chua kip|du dinh|du tinh) ")  # ("vượt chỉ tiêu 20%" is done)
_PROPOSER = re.compile(r" (?:vks|vksnd|vien kiem sat) $")  # "7 năm tù (VKS: 6-8 năm)": what the prosecution asked
_UNREALISED_AFTER = re.compile(r"^ (?:[^ ]+ ){0,4}(?:nhu|theo) (?:muc dich|muc tieu|ke hoach|chi tieu|du kien)")
UNREALISED = 0.35  # score taken from such a figure, unless the question asks for one ("VKS đề nghị bao nhiêu …")
UNREALISED_ASKED = 0.2  # score given to it then
# the stage of a trial a figure's clause or bracket speaks of: "… bị tuyên bao nhiêu năm tù ở phiên phúc thẩm?" is
# not answered by "(Án sơ thẩm của TAND tỉnh Tây Ninh, tuyên phạt 3 năm)"
_TRIAL_STAGE = re.compile(r"(?<= )(so tham|phuc tham|giam doc tham|tai tham)(?= )")
OTHER_STAGE = 0.5  # score taken from a figure its clause gives to another stage of the trial than the one asked
# ("trên" alone where the clause ends: "… 11 xe công trên.", not the preposition of "15 địa điểm khác trên địa bàn")
_POINTS_BACK_AFTER = re.compile(r"\s*(?:này|đó|kia|ấy|nói trên|kể trên|trên(?=\s*(?:[,.;:)]|$)))(?!\w)")
# ... of people named before, another count of whom is one of its own: "ra hiệu cho ba người kia", "bốn người ấy"
_OTHERS_AFTER = re.compile(r"\s*(?:kia|ấy)(?!\w)")
POINTS_BACK = 0.3  # score taken from a count whose noun a demonstrative follows ("hai bị cáo này")
NESTED = 0.3  # score taken from a figure inside another's words (a share in brackets), unless a share is asked


_BREAK = re.compile(r"[;:]|(?<!\.)\.(?=\s)")  # a clause break; an ellipsis ("Giá thuê... con là …") is none


def _last_break(sentence: str, lo: int, hi: int) -> int:
    """The offset of the last clause break in ``sentence[lo:hi]``, or -1. A colon right before the figure at ``hi``
    is none: its label is what precedes it ("11 năm tù (VKS: 13-14 năm)", "ĐH Thái Nguyên có số thí sinh đình chỉ
    thi cao nhất nước: 165 trường hợp, ĐH Tây Bắc: 86 trường hợp")."""
    found = [m.start() for m in _BREAK.finditer(sentence, lo, hi)
             if sentence[m.start()] != ":" or sentence[m.end() : hi].strip()]
    return found[-1] if found else -1


def clause_start(sentence: str, a: int) -> int:
    """Where the clause of the figure at ``sentence[a:]`` starts: after the last ";", ":" or ". " within
    ``2 * LOCAL_CHARS`` characters before it."""
    lo = max(0, a - 2 * LOCAL_CHARS)
    brk = _last_break(sentence, lo, a)
    return brk + 1 if brk >= 0 else lo


# words any clause may write before its figure without naming what it is about ("năm 2021 giảm 31%")
_CLAUSE_FILLER = frozenset(
    "co voi la va cac nhung duoc da dang se nay do trong cua ve cho thi ma gom hien tai nam thang quy ngay "
    "so tong cong rieng con tren dia ban dat".split())


def names_other_subject(lead_in: str, said: str) -> bool:
    """True when a clause's words before its figure name a subject the question never says: at least two
    words neither asked nor filler ("Ban chỉ đạo 138 cấp xã có 19 Ban, với" for "Hội đồng bảo vệ ANTT cấp xã");
    "năm 2021 giảm" names none."""
    other = [w for w in said_key(lead_in).split() if w.isalpha() and f" {w} " not in said and w not in _CLAUSE_FILLER]
    return len(other) >= 2


# a bracket that opens with words saying what the figure in it is: "(giá duyệt của Tổng công ty … là 340.000 …"
_LABELLED_BRACKET = re.compile(r"\(\s*[^\W\d_]+(?:\s+[^\W\d_]+){1,}[^()\d]*$")


# the sum an act comes to, written after what it counts ("nợ 13 người … với số tiền hơn 2,2 tỷ đồng")
_WITH_SUM = re.compile(r"(?i)(?<!\w)với (?:tổng )?số tiền(?: là)?\s*$")
_AND_OPENS = re.compile(r"(?i)\s*(và)\s")  # a gap to the next figure that opens with "và"
_SHARED_AFTER = re.compile(rf"(?i)\s(?:{'|'.join(PREPOSITIONS)})\s")  # from a preposition on, words all figures share
_AFTER_OWN_AND = re.compile(r"(?i)\s*[^\W\d_][^,;:()]*?\s+và\s+$")  # the previous figure's own words, then "và"
# "và" and a verb before the next figure: its words from there ("… 400 triệu đồng/ngày và được anh Phú cho tiền hoa
# hồng 15 triệu đồng"; not "và" of two nouns counted: "3 người chết và 5 người bị thương" has no words between)
_AND_NEXT = re.compile(r"(?i)\s+và\s+(?:được|bị|đã|đang|sẽ|còn|cũng|phải)(?!\w)")
# the next figure is a thing's price, that thing named after "và" or a comma: "22 triệu đồng và một điện thoại di
# động trị giá 6,5 triệu đồng"
_PRICED_NEXT = re.compile(r"(?i)(?:\s+và|,)\s+(?:(?!\s+và\s)[^,;])*?(?<!\w)(?:trị giá|giá trị|với giá|giá)\s*"
                          r"(?:khoảng|hơn|gần|trên)?\s*$")


# a time limit opening a sentence, after an opening phrase at most ("Theo quy định này, trong thời hạn …")
_OPENING_LIMIT = re.compile(r"(?i)\s*(?:[^,;:]{0,60},\s*)?(?:trong|sau)\s+(?:thời hạn|vòng|thời gian)\s+"
                            r"(?:không quá\s+|tối đa\s+)?$")
# ("Nếu thẩm phán có 9 ngạch lương thì thư ký tòa có 15 ngạch lương": what follows "thì" is the next one's)
_BUT = re.compile(r"(?i)\s(?:nhưng|song|trong khi|tuy nhiên|thì)\s")
# a figure its clause's subject is said to be ("Tỷ lệ án sơ thẩm của các tòa quận, huyện bị hủy toàn bộ theo trình
# tự phúc thẩm - … là 1,8%"): that subject, however long, is the figure's own words
_IS_BEFORE = re.compile(r"(?i)(?<!\w)là\s*$")


def local_context(fig: Figure, sentence: str, sentence_start: int, prev_end: int | None,
                  next_start: int | None = None, *, listed: bool = False,
                  next_like: bool = True, next_money: bool = False,
                  prev_start: int | None = None) -> tuple[str, str, str, bool]:
    """The words that belong to this figure: narrow, wide and near.

    Narrow: from the previous figure (or clause break) up to the figure, the figure itself and
    what follows it up to the next comma or figure ("mỗi công an thị trấn có từ 7 đến 11 đồng chí").
    In a parallel list ("lai sữa 500.000 đồng, lai sind 506.000 đồng") the first figure's own words
    are as many as the next one's label ("lai sữa"); the words before them are shared by all.
    ``listed``: the previous figure counts the same thing, so its words end at the last comma before this one, or at
    "và" when both write their own words after them (``prev_start``: where the previous figure starts).
    ``next_like``: the next figure counts the same thing; only then can words between them be its label
    ("tai nạn giao thông với 274 vụ, làm chết 174 người": "làm chết" is a predicate, not a label). A bare comma
    still shares the words before ("có 19 Hội đồng, với 197 thành viên"). Words after a "và" that ends the figure
    are the next one's, when it counts the same or both are sums of money (``next_money``): "tham ô 120 triệu đồng
    và cố ý làm trái gây thất thoát cho nhà nước trên 2,5 tỉ đồng"; a comma ends it so already.
    Wide: from the clause break (";", ":", ". "), so "Ban chỉ đạo 138 cấp xã có 19 Ban, với 254
    thành viên" still tells what 254 counts. Near: the few words right before the figure and its own
    words after it. The flag says the figure heads a parallel list, or follows one whose figures each write their
    words after them (its extracted subject then holds the shared words, or the previous one's, and must not count
    as its own).
    """
    a, b = fig.start - sentence_start, fig.end - sentence_start
    head = False
    lo = max(0, a - LOCAL_CHARS)
    brk = _last_break(sentence, lo, a)
    if brk >= 0:
        lo = brk + 1
    wide_lo = clause_start(sentence, a)
    if wide_lo < lo and (prev_end is None or prev_end - sentence_start <= wide_lo) and _IS_BEFORE.search(
            sentence, lo, a):
        lo = wide_lo
    narrow_lo = max(lo, prev_end - sentence_start) if prev_end is not None else lo
    if narrow_lo > lo and _WITH_SUM.search(sentence, narrow_lo, a):
        narrow_lo = lo  # "đã nợ 13 người … với số tiền hơn 2,2 tỷ đồng": the sum of the act before the count
    if listed:  # "…, 69.284 (43,8%) hộ gia đình là …": the previous figure's words end at a comma
        comma = [m.end() for m in _LIST_COMMA.finditer(sentence, narrow_lo, a)]
        narrow_lo = comma[-1] if comma else narrow_lo
    comma = sentence.find(",", b)
    while comma >= 0 and joins_nouns(sentence, comma):  # "16 bị can nguyên là cán bộ, nhân viên ngành hải quan"
        comma = sentence.find(",", comma + 1)
    # (a clause of its own after "nhưng": "… là 9,3 triệu USD nhưng nhóm tội phạm này đã "móc túi" … 3,4 triệu USD")
    but = _BUT.search(sentence, b)
    rights = [i for i in (sentence.find(";", b), sentence.find(". ", b), comma, but.start() if but else -1) if i >= 0]
    hi = min(rights + [len(sentence), b + 60])
    if is_time_span(fig) and _OPENING_LIMIT.match(sentence, 0, a):
        # "Theo quy định này, trong thời hạn 5 ngày từ khi nhận đủ giấy tờ hợp lệ, nếu …, UBND xã, phường phải làm
        # đăng ký kết hôn": a time limit opening the sentence is the limit of its main clause, however far
        hi = min([i for i in (sentence.find(";", b), sentence.find(". ", b)) if i >= 0] + [len(sentence)])
    if next_start is not None:
        n = next_start - sentence_start
        gap = sentence[b:n]
        if "(" not in gap:
            hi = min(hi, max(b, n))
        elif _LABELLED_BRACKET.search(gap):  # "580.000 đồng/chiếc (giá duyệt của … là 340.000 đồng/chiếc)": the
            hi = min(hi, b + gap.index("("))  # words in brackets are the next figure's label, not this one's
        joined = _AND_OPENS.match(gap) if next_like or next_money else None
        if joined and _GAP_WORDS.search(gap, joined.end()):
            hi = min(hi, b + joined.start(1))
        priced = _PRICED_NEXT.search(gap) or _AND_NEXT.search(gap)
        if priced:  # "… 22 triệu đồng và một điện thoại di động trị giá 6,5 triệu đồng": the phone is priced, what
            hi = min(hi, b + priced.start())  # follows "và" is the next figure's, not this one's ("gom được
            # khoảng 400 triệu đồng/ngày và được anh Phú cho tiền hoa hồng 15 triệu đồng": the commission is 15)
        k = _label_words(gap)
        if k is not None and not next_like:
            k = None  # words between unlike figures are a predicate, not the next one's label
        head = k is not None
        if k is not None:
            words = list(_GAP_WORDS.finditer(sentence, narrow_lo, a))
            narrow_lo = words[-k].start() if 0 < k <= len(words) else (a if k == 0 else narrow_lo)
    near_lo = max(narrow_lo, a - NEAR_CHARS)
    after_own = listed and prev_start is not None and _AFTER_OWN_AND.match(sentence, prev_end - sentence_start, a)
    if after_own and _GAP_WORDS.search(sentence, b, hi):
        # "buộc ông Lân phải trả lại 150 triệu đồng bán nhà và 3,9 triệu đồng án phí cho ông Lam": each sum's words
        # follow it, so "bán nhà" is the first one's; the words before the first are both's, and so are those from a
        # preposition on ("cho ông Lam")
        shared = sentence[max(lo, wide_lo) : prev_start - sentence_start]
        to = _SHARED_AFTER.search(sentence, b, hi)
        own = sentence[a : to.start() if to else hi]
        return shared + " " + own, sentence[wide_lo:hi], shared[-NEAR_CHARS:] + " " + own, True  # (its extracted
        # subject, "bán nhà", is the first one's words)
    return sentence[narrow_lo:hi], sentence[wide_lo:hi], sentence[near_lo:hi], head


_UNIT_SYNONYMS = {"mét khối": "m3", "khối": "m3", "mét vuông": "m2", "ki lô gam": "kg", "kilôgam": "kg",
                  "kilogam": "kg", "cân": "kg", "héc ta": "ha", "hecta": "ha", "ki lô mét": "km", "cây số": "km",
                  "gram": "gam", "gr": "gam", "tỉ": "tỷ", "ki-lô-mét": "km", "ki-lô-gam": "kg", "héc-ta": "ha",
                  "mét": "m"}  # (after "mét khối", "mét vuông": the first that fits is taken)


# the nouns that stand for any person a report counts ("2 trường hợp liên quan vụ việc là Lê Thạnh và …", "15 đối
# tượng"): a count of people asked ("bao nhiêu người") with no word of its own takes them as near its noun; with
# "người", "lượt", "em", "ca" they are the nouns that stand for any (``_ANY_NOUNS``)
PEOPLE_COUNTED = ("trường hợp", "đối tượng")
SUB_KIND = 0.8  # the noun asked, with words of its own after the ones the question writes
SUB_KIND_PENALTY = 0.5
NOUN_OTHER = 0.3  # "508 vụ phạm pháp hình sự" for "bao nhiêu vụ tai nạn": the same head, another noun


_NEXT_JOINED = re.compile(r",|\s(?:và|còn)\s")  # what ends a figure's own words before the next figure's
ACT_REACH = 40  # characters after a figure where the act the question gives its noun may end


# words that count things of a kind before the kind's noun ("15 tên lâm tặc", "3 con hổ", "2 khẩu súng", "4 bánh
# heroin"), which a question may leave out ("bao nhiêu lâm tặc")
_COUNT_CLASSIFIERS = frozenset("tên con chiếc cái khẩu quả bánh gói tép cây".split())


def _without_classifier(noun: str) -> str:
    words = noun.split()
    # ("bộ" of a set, unless one word with the next: "bao nhiêu bộ hồ sơ" is "38 hồ sơ", "bộ trưởng" is a post)
    if len(words) < 2:
        return noun
    counter = words[0] in _COUNT_CLASSIFIERS or (words[0] == "bộ" and not is_compound(*words[:2]))
    return " ".join(words[1:]) if counter else noun


def _noun_score(fig: Figure, asked: str | None, tail: str = "", said: str = "") -> float:
    """How well the figure's counted noun matches the noun asked (1.0: it is that noun); see ``noun_reading``."""
    return noun_reading(fig, asked, tail, said)[0]


# (folded) the people a report counts by what befell them, where a question asks "bao nhiêu người" did it
_PEOPLE_BY_FATE = ("nan nhan",)


def _people_did_it(fig: Figure, intent: FigureIntent, after: str) -> bool:
    """Does a figure counting victims (``_PEOPLE_BY_FATE``) write right after it what the question says "bao nhiêu
    người" did ("đại diện của 11 nạn nhân thiệt mạng" for "Vụ lật tàu làm bao nhiêu người thiệt mạng?")?"""
    counted = fold(fig.counted or "").lower()
    head = next((p for p in _PEOPLE_BY_FATE if counted == p or counted.startswith(p + " ")), None)
    if head is None or not intent.noun_act.startswith("nguoi("):
        return False
    return re.search(rf" {re.escape(head)}{intent.noun_act[len('nguoi'):]} ", after) is not None


def _on_the_way(done: str) -> str:
    """A pattern of what was done (folded words), with a verb of going allowed before its last word: "ông Nghĩa đến
    mượn 7 triệu đồng" for "… ông Nghĩa mượn bao nhiêu tiền?"."""
    *first, last = done.split()
    return " ".join(map(re.escape, first)) + (r" (?:(?:den|di|toi|ve|sang) )?" if first else "") + re.escape(last)


def noun_reading(fig: Figure, asked: str | None, tail: str = "", said: str = "") -> tuple[float, bool]:
    """How well the figure's counted noun matches the noun asked (1.0: it is that noun), and whether it counts a kind
    of it (``sub_kind``), read once for a candidate's score and its penalty. With ``tail``, the noun the question
    (folded: ``said``) writes after it, words of the figure's noun after the one asked are the tail or the question's
    own words: "47 cơ sở khiêu vũ" is another kind of "cơ sở karaoke"; "287 cơ sở cấp mới" answers "bao nhiêu cơ sở
    karaoke được cấp mới"."""
    if not asked:
        return 0.0, False
    score = _head_score(fig, asked)
    kind = sub_kind(fig, asked, tail, said)
    if score < 1.0 and said and fig.counted and _written_after_asked(_counted_words(fig.counted), asked, said):
        return 1.0, kind  # "76 viên hình thoi" for "bao nhiêu viên thuốc lắc hình thoi"
    if score >= 1.0 and tail and fig.counted:
        words = _counted_words(fig.counted)
        extra = set(words[len(asked.split()):])
        if extra and not set(tail.split()) <= set(words) and not extra <= set(said.split()):
            return NOUN_OTHER, kind
        if kind:
            return SUB_KIND, kind
    return score, kind


def _written_after_asked(words: tuple[str, ...], asked: str, said: str) -> bool:
    """Does the question (folded: ``said``) write the counted noun's words after its first one a little after the
    noun asked, whose first word it shares ("viên hình thoi" of "bao nhiêu viên thuốc lắc hình thoi")?"""
    head = fold(normalize(asked)).lower().split()
    return len(words) > 1 and words[0] == head[0] and re.search(
        rf" {re.escape(' '.join(head))}(?: \w+){{0,3}} {re.escape(' '.join(words[1:]))} ", said) is not None


@lru_cache(maxsize=4096)
def _counted_words(counted: str) -> tuple[str, ...]:
    """A counted noun's words, folded (read once for both ``noun_reading`` and ``sub_kind``)."""
    return tuple(fold(normalize(counted)).lower().replace(",", " ").split())


def sub_kind(fig: Figure, asked: str, tail: str, said: str) -> bool:
    """Does the figure count a kind of the noun asked, its noun going on with words neither the noun the question
    writes after it (``tail``) nor the question's own: "3 Huân chương Chiến công hạng nhì" of the "7 Huân chương
    Chiến công" asked?"""
    if not (tail and fig.counted):
        return False
    words = _counted_words(fig.counted)
    return set(tail.split()) <= set(words) and bool(
        set(words[len(asked.split()):]) - set(tail.split()) - set(said.split()))


def _head_score(fig: Figure, asked: str) -> float:
    for long_, short in _UNIT_SYNONYMS.items():
        if normalize(asked) == long_ or normalize(asked).startswith(long_ + " "):
            asked = short
            break
    # (abbreviations spelled out on both sides: "17.952 chiếc ĐTDĐ" for "bao nhiêu chiếc điện thoại")
    counted = normalize(spell_out(" ".join(filter(None, [fig.counted, fig.unit]))))
    words = normalize(spell_out(asked)).split()
    # "bao nhiêu xã đạt ...", "bao nhiêu người bị ...": the noun ends where a verb starts
    asked = " ".join(words[:1] + [w for w in words[1:2] if w not in _NOUN_STOP])
    if counted.startswith(asked) or (fig.counted and normalize(fig.counted) == asked.split()[0]):
        return 1.0
    if fig.kind == "count" and not fig.counted and not fig.unit and re.search(
            rf"(?<!\w)số\s+{re.escape(asked)}(?!\w)", normalize(fig.subject or "")):
        return 1.0  # a bare number its subject says the count of: "số thí sinh dự thi buổi sáng là 12.117"
    if _without_classifier(counted).startswith(_without_classifier(asked)):
        # "15 tên lâm tặc" for "bao nhiêu lâm tặc", "2 khẩu súng" for "bao nhiêu súng"; another classifier than the
        # one asked counts otherwise: "2 cây heroin" for "bao nhiêu bánh heroin"
        other = counted != _without_classifier(counted) and asked != _without_classifier(asked) and \
            counted.split()[0] != asked.split()[0]
        return SUB_KIND if other else 1.0
    first = asked.split()[0]
    c_words = counted.replace(",", " ").split()
    if fig.predicate and re.match(rf"là\s+{re.escape(asked)}(?!\w)", normalize(fig.predicate)):
        return 1.0  # "15 người là cán bộ, nhân viên Công ty Tây Nam" counts "cán bộ"
    if c_words[:1] == [first]:
        # "6 tiền sự" for "bao nhiêu tiền án": the head word alone is a weak match
        return 0.8 if len(asked.split()) == 1 or len(c_words) == 1 else NOUN_OTHER
    if first in c_words:
        return 0.4
    if asked == "người" and any(counted == n or counted.startswith(n + " ") for n in PEOPLE_COUNTED):
        return SUB_KIND  # "Công an quận Liên Chiểu bắt tạm giam bao nhiêu người?": "… bắt tạm giam 2 trường hợp"
    return 0.0


def is_age(fig: Figure) -> bool:
    """"18 tuổi": an age, which qualifies what is counted ("con dưới 18 tuổi") rather than lists a new figure."""
    return (fig.counted or fig.unit or "").lower().split()[:1] == ["tuổi"]


def is_times(fig: Figure) -> bool:
    """"1 lần": how many times, which qualifies the act, not what it took ("… vay 1 lần 10 tỷ đồng": the words
    before are the amount's too)."""
    return (fig.counted or fig.unit or "").lower().split() == ["lần"]


def is_money(fig: Figure) -> bool:
    """An amount of money, or a range of one ("từ 40.000 đến 50.000 đồng"), or of gold, which land and houses are
    priced in ("1.404 m2, giá 65 cây vàng")."""
    return (fig.kind == "money" or (fig.kind == "range" and is_currency_unit(fig.unit or ""))
            or (fig.unit or "").lower() in _GOLD)


_GOLD = frozenset({"cây vàng", "lượng vàng", "chỉ vàng"})


# the worth of a thing, in brackets right after it: "5 thẻ rút tiền (trị giá 25.000 USD)"; (folded) a worth asked
_WORTH_ASIDE = re.compile(rf"(?i)\s*(?:{PRICE_WORDS}|giá)\s*(?:là\s*)?")  # (the whole of an open bracket)
_WORTH_SAID = re.compile(r" (?:tri gia|gia tri|gia|thanh tien) ")


def held_asked(intent: FigureIntent) -> bool:
    """Is a sum of money asked, not a thing's worth ("… có bao nhiêu USD?", not "… trị giá bao nhiêu?")?"""
    return intent.money and not _WORTH_SAID.search(intent.said)


def worth_aside(c: FigureCandidate) -> bool:
    """Is the figure a sum of money written in brackets as the worth of the thing before it ("5 thẻ rút tiền (trị giá
    25.000 USD)"), not an amount of money itself?"""
    aside = open_aside(c.sentence[: c.figure.start - c.sentence_start])
    return is_money(c.figure) and aside is not None and _WORTH_ASIDE.fullmatch(aside) is not None


def open_aside(text: str) -> str | None:
    """The words of a bracket ``text`` leaves open at its end ("… 5 thẻ (trị giá " → "trị giá "), or None: a figure
    right after them is that bracket's aside, not the sentence's own say (one reader for every such test)."""
    opened = text.rfind("(")
    return text[opened + 1 :] if opened > text.rfind(")") else None


def written_as_price(c: FigureCandidate, kind: str = "") -> bool:
    """Is the figure an amount its sentence writes after "giá" ("(1.404 m2, giá 65 cây vàng)"); ``kind``: after
    that kind of price ("thành" of "giá thành 123.200.000 đồng", not "trị giá hơn 3 triệu USD")?"""
    at = c.figure.start - c.sentence_start
    if kind:
        return is_money(c.figure) and re.search(rf"(?i)(?<!\w)giá\s+{re.escape(kind)}(?:\s+(?:là|chừng|"
                                                rf"{PRICE_QUALIFIERS}))?\s*$", c.sentence[:at]) is not None
    return is_money(c.figure) and bool(_PRICE_BEFORE.search(c.sentence, 0, at) or _BOUGHT_FOR.search(c.sentence, 0, at))


def distance_asked(question: str) -> str:
    """"area" when a question asks how wide or how large ("Khu nghỉ mát Rusalka rộng bao nhiêu?", "Diện tích … bao
    nhiêu?"), "weight" when it asks how heavy ("Số heroin thu giữ nặng bao nhiêu?"), "length" when it asks how far,
    high, long or deep, "" when it asks none."""
    m = _DISTANCE_Q.search(question)
    if m is None:
        return ""
    asked = m.group().lower()
    return "area" if asked.startswith(("rộng", "diện tích")) else "weight" if asked.startswith(
        (WEIGHT_ADJECTIVE, *WEIGHT_NOUNS)) else "length"


# a width written before its figure: "chiếc dùi 3 cạnh dài khoảng 25 cm, bản rộng 7 cm"
_WIDTH_BEFORE = re.compile(r"(?i)(?<!\w)rộng\s*$")


def fits_measure(c: FigureCandidate, intent: FigureIntent) -> bool:
    """A length or an area of the kind asked: "rộng bao nhiêu" of a place is its area ("trên một diện tích lên đến
    45 ha") or a width written after "rộng", never how far away it lies ("cách thành phố Nha Trang khoảng 8 km");
    how far, high, long or deep is a length, never an area; how heavy, a weight ("trọng lượng khoảng 11,2kg")."""
    fig = c.figure
    if intent.distance == "weight":  # ("300-500 gram TNT": the unit, then what is weighed)
        unit = (fig.unit or fig.counted or "").lower()
        return any(unit == u or unit.startswith(u + " ") for u in WEIGHT_UNITS)
    if not is_length(fig):
        return False
    area = (fig.counted or fig.unit or "").lower() in AREA_UNITS
    if intent.distance == "area":
        return area or bool(_WIDTH_BEFORE.search(c.sentence, 0, fig.start - c.sentence_start))
    return not area


def is_length(fig: Figure) -> bool:
    """A distance or length ("70 km", "khoảng 50 m", "hơn 20km"), or an area, which "rộng bao nhiêu" asks
    ("1.404 m2", "chừng 4 hecta")."""
    return (fig.counted or fig.unit or "").lower() in LENGTH_UNITS | AREA_UNITS


def counts_not_money(fig: Figure, intent: FigureIntent) -> bool:
    """An amount of money, where a question counts a noun that is no money ("bao nhiêu lao động", "Có bao nhiêu ngân
    hàng cho … vay?", whatever else it says of money) and asks no penalty."""
    noun = normalize(intent.asked_noun or "").split()
    return bool(noun) and is_money(fig) and noun[0] not in _MONEY_NOUNS and not intent.penalty


# (as typed, not folded: "ngân hàng" is no "ngàn"; a question typed without accents keeps its own spelling here)
# ("Số thu thuế của ngành … đạt bao nhiêu?" asks the revenue: "thu", "thuế", "lãi" are sums of money)
_MONEY_NOUNS = with_folded("tiền đồng triệu tỷ tỉ nghìn ngàn usd đô euro vốn lương giá khoản phí thu thuế lãi".split())
# (folded) the nouns that ask an amount as "bao nhiêu" alone does: "bao nhiêu tiền", "bao nhiêu phí môi giới"
_AMOUNT_NOUNS = frozenset({"tien", "phi"})


def asks_amount(intent: FigureIntent) -> bool:
    """Is an amount of money what the question asks: money, and no noun counted but money ("Nga phải bồi thường
    cho Phúc bao nhiêu?", "… có bao nhiêu tiền trong túi?", "Suleco trừ bao nhiêu phí môi giới?"), no share, span
    of time, rank nor length?"""
    head = fold(normalize(intent.asked_noun or "")).lower().split()[:1]
    return intent.money and (not head or head[0] in _AMOUNT_NOUNS) and not (
        intent.percent or intent.duration or intent.ordinal or intent.distance)


def is_time_span(fig: Figure) -> bool:
    """A figure that counts calendar time ("03 năm", "6 tháng")."""
    unit = (fig.unit or "").lower()
    return unit in CALENDAR_UNITS or (fig.counted or "").lower().split()[:1] in ([u] for u in CALENDAR_UNITS)


def looks_like_street(counted: str | None) -> bool:
    """Is the counted phrase a name ("261 Trần Quang Khải", "12 Hàng Bài": two capitalised words or more) rather
    than a noun a report capitalises ("111 Ban", "19 Hội đồng", "01 Chi bộ")?"""
    words = (counted or "").split()
    return len(words) >= 2 and all(w[:1].isupper() and not w.isupper() for w in words[:2])


def _counted_key(fig: Figure) -> str | None:
    return normalize(fig.counted or fig.unit or "").lower() or None


# a rank's verb right before it ("xếp thứ 5/63", "đứng thứ ba", "xếp hạng thứ 139") or opening it ("đứng áp chót"),
# or the quality ranked ("siêu đô thị đông dân thứ ba ở Hoa Kỳ", "vụ án … lớn thứ hai"), unlike a list's ordinal
# after a noun ("lý giải thứ hai", "nhóm thứ hai", "lần thứ 2")
_RANK_VERB_BEFORE = re.compile(r"(?i)(?<!\w)(?:xếp|đứng|hạng|vị trí|lớn|đông|đông dân|cao|nhiều|giàu|nghèo|nhỏ|"
                               r"dài|rộng|mạnh|thấp|ít|nhanh|bận rộn|phổ biến|quan trọng|nổi tiếng)"
                               r"(?:\s+(?:ở|ở vị trí|hạng))?\s*$")
_RANK_VERB_OPENS = re.compile(r"(?i)(?:xếp|đứng|dẫn)\s")
RANKED_BONUS = 0.2  # for a rank written with its verb, when a rank is asked


def ranked_with_verb(c: FigureCandidate) -> bool:
    """Is the candidate a rank its sentence writes with a rank's verb ("đứng áp chót", "xếp thứ 5/63")?"""
    fig = c.figure
    return fig.kind == "ordinal" and bool(_RANK_VERB_OPENS.match(fig.text)
                                          or _RANK_VERB_BEFORE.search(c.sentence[: fig.start - c.sentence_start]))


def score_candidate(c: FigureCandidate, intent: FigureIntent, idf: dict[str, float], prev_end: int | None,
                    next_start: int | None = None, *, listed: bool = False, next_like: bool = True,
                    next_money: bool = False, prev_start: int | None = None) -> None:
    """Fill ``c.score``/``c.relevance``: higher when the figure is the one the question asks for (``listed``: the
    previous figure of its sentence counts the same thing; ``next_like``: so does the next one; ``next_money``: both
    are sums of money)."""
    fig = c.figure
    narrow, wide, near, head = local_context(fig, c.sentence, c.sentence_start, prev_end, next_start, listed=listed,
                                             next_like=next_like, next_money=next_money, prev_start=prev_start)
    predicate = fig.predicate
    if predicate and next_start is not None:  # never the next figure's words ("… và 41.000 chiếc môbin lửa")
        predicate = predicate[: max(0, next_start - fig.end)]
        joined = _AND_NEXT.search(predicate)
        if joined:  # ("… 400 triệu đồng/ngày và được anh Phú cho tiền hoa hồng 15 triệu đồng")
            predicate = predicate[: joined.start()]
    but = _BUT.search(f" {predicate}") if predicate else None
    if but:  # (nor another clause's words: "9 ngạch lương thì thư ký tòa có …")
        predicate = predicate[: max(0, but.start() - 1)]
    fields = " ".join(x for x in (None if head else fig.subject, fig.counted, predicate) if x)
    a = fig.start - c.sentence_start
    lo = clause_start(c.sentence, a)
    if c.lead_in and lo == 0 and (len((fig.counted or "").split()) <= 1 or normalize(fig.counted or "") == normalize(
            intent.asked_noun or "")) and not names_other_subject(c.sentence[:a], intent.said):
        # a bare "74 vụ" of a first clause naming nothing else ("Cả nước chỉ xảy ra 74 vụ."), not "trên 50 vụ
        # cháy", nor "Trong đó, đường bộ xảy ra 14.145 vụ (9.682 người chết)"; bare too, the very noun asked ("…
        # đưa vụ lừa đảo tại Công ty Bách hóa điện máy thành phố ra xét xử. Trong 11 bị cáo, có cả …")
        narrow, wide = c.lead_in + " " + narrow, c.lead_in + " " + wide
    syn = intent.synonyms
    local_cov = c.local = coverage(intent.subject_terms, narrow + " " + fields, idf, syn)
    wide_cov = coverage(intent.subject_terms, wide + " " + (fig.subject or "") + " " + fields, idf, syn)
    near_cov = coverage(intent.subject_terms, near + " " + (fig.counted or ""), idf, syn)
    if intent.measure_terms:  # "gây thiệt hại bao nhiêu": the figure right after "gây thiệt hại"
        near_cov += 0.7 * coverage(intent.measure_terms, near, idf)
    lead_in_clause = c.sentence[lo:a]
    c.clause_start = c.sentence_start + lo
    c.clause_cover = coverage(intent.subject_terms, lead_in_clause, idf, syn)
    c.clause_other = names_other_subject(lead_in_clause, intent.said)
    c.relevance = max(local_cov, wide_cov, 0.5 * c.sentence_coverage + 0.5 * local_cov,
                      0.5 * c.doc_coverage + 0.5 * max(local_cov, c.sentence_coverage))
    score = (0.8 * local_cov + 0.5 * wide_cov + 0.6 * near_cov + 0.3 * c.sentence_coverage
             + 0.1 / (1 + c.hit_rank) + 0.15 / (1 + c.doc_rank) - 0.05 * c.outside)
    c.total = intent.total and bool(_TOTAL.search(normalize(c.sentence[max(lo, a - TOTAL_CHARS) : a])))
    if c.total:
        score += TOTAL_BONUS  # "Tổng giá trị trên 8 tỷ đồng.", not "… hợp đồng có giá trị vài trăm triệu đồng"
    c.noun_match, c.sub_kind = noun_reading(fig, intent.asked_noun, intent.noun_tail, intent.said)
    if c.sub_kind:
        score -= SUB_KIND_PENALTY  # (however near the question's other words: "… Giám đốc Công an tỉnh Phú Thọ")
    if intent.asked_noun:
        score += 0.7 * c.noun_match
        # (the noun may be written with its act inside the figure's words: "16 bị can nguyên là cán bộ")
        # (up to the next figure and the "và" or comma before it: "1 người chết, hơn 20 người bị thương", "làm chết 2
        # người và bị thương 4 người" are no "người bị thương" of the first)
        reach = fig.end - c.sentence_start + ACT_REACH
        if next_start is not None:
            joins = list(_NEXT_JOINED.finditer(c.sentence, fig.end - c.sentence_start, next_start - c.sentence_start))
            reach = min(reach, joins[-1].start() if joins else max(fig.end, next_start) - c.sentence_start)
        c.acted = c.noun_match >= 0.8 and bool(intent.noun_act) and re.search(
            rf" {intent.noun_act} ", said_key(c.sentence[a:reach])) is not None
        if not c.acted and c.noun_match == 0 and _people_did_it(fig, intent, said_key(c.sentence[a:reach])):
            c.acted, c.noun_match = True, SUB_KIND  # "11 nạn nhân thiệt mạng" for "bao nhiêu người thiệt mạng"
            score += 0.7 * c.noun_match
        # (or done to them, written before their count: "… khởi tố 4 bị can nói trên" for "bị can bị khởi tố")
        before = c.sentence[max(0, a - ACT_REACH) : a]
        # (through "được", "thêm", "tổng cộng", "có", "lên đến": "Điệp … lừa đảo được 36 người", "Tại đây phát hiện có
        # 1.181 hộp trà ngoại nhập"; never across a comma: "do bị nợ lương, hàng trăm công nhân …" did not go unpaid,
        # they went on strike) (so is an amount asked: "khách sạn bị phạt 2 triệu đồng" for "… bị phạt bao nhiêu
        # tiền?", not "Việc tịch thu 1,1 tỷ đồng của Sofitel …"; "số tiền nợ lên đến hơn 2 tỉ đồng" for "Cô Oanh nợ
        # bao nhiêu tiền?", not "cho cô Oanh mượn 50 triệu đồng") (and through "số tiền": "Công ty này đã trốn thuế số
        # tiền là 4,8 tỷ đồng" for "Công ty TNHH Hải Bình trốn thuế bao nhiêu tiền?")
        c.acted = c.acted or ((c.noun_match >= 0.8 or (asks_amount(intent) and is_money(fig))) and bool(intent.done_to)
                              and re.search(rf" {_on_the_way(intent.done_to)}(?: (?:duoc|them|tong cong|tat ca|ca|co|"
                                            rf"len den|len toi|toi|(?:voi )?so tien(?: la| len (?:den|toi))?))? $",
                                            said_key(before)) is not None
                              and not before.rstrip().endswith((",", ";", ":")))
        if c.noun_match == 0 and fig.kind in ("count", "ratio", "range"):
            score -= 0.25  # "bao nhiêu hộ chiếu" is not answered by "hàng chục cô gái" nor by a bare "27"
        elif c.noun_match == 0 and counts_not_money(fig, intent):
            score -= 0.5  # "bao nhiêu lao động" is even less "91 triệu đồng" than "25 người"
    if points_back(c):
        score -= POINTS_BACK  # "Nếu hai bị cáo này không bồi thường đủ …": those counted before, not the count
    if fig.kind == "count" and looks_like_street(fig.counted):
        score -= 0.5  # "261 Trần Quang Khải": a house number before a street name, not a count
    is_time = is_time_span(fig)
    if intent.percent:
        score += 0.4 if fig.kind == "percent" else -0.2
    elif fig.kind == "percent" and intent.asked_noun:
        score -= 0.2  # "bao nhiêu vụ" wants a count, not a share
    if intent.money:
        score += 0.5 if is_money(fig) else -0.4
    if intent.distance:
        score += 0.5 if fits_measure(c, intent) else 0.2 if is_length(fig) and intent.distance != "weight" else -0.4
    if _SURPLUS_BEFORE.search(c.sentence, 0, fig.start - c.sentence_start) and not _SURPLUS.search(intent.said):
        score -= SURPLUS  # "lô đất … có diện tích thừa 714 m2 so với giấy tờ": how much more, not how much
    if intent.ordinal:
        score += 0.6 if fig.kind == "ordinal" else -0.3
        if ranked_with_verb(c):
            score += RANKED_BONUS  # "VN vẫn đứng áp chót", "xếp thứ 5/63", not "lý giải thứ hai" of a list
    if intent.duration:
        score += 0.5 if is_time else -0.2
    elif intent.penalty:
        score += 0.5 if is_time or is_money(fig) else -0.2
    elif is_time and not intent.asked_noun:
        score -= 0.25  # "03 năm thực hiện" is rarely the asked figure
    if intent.direction:
        if fig.direction == intent.direction:
            score += 0.3
        elif fig.direction:
            score -= 0.2
    if intent.years:
        if fig.year in intent.years:
            score += 0.35
        elif fig.year is not None and fig.period:
            score -= 0.3  # the figure states another year
        if c.context_years and not set(intent.years) & (c.context_years | {fig.year}):
            score -= 0.3  # its report never speaks of the asked year
    if c.missing_key_terms:
        score -= 0.3
    # the clause before it, to a ";" ("…; trung bình một ngày xảy ra 78 vụ, làm chết 55 người"): 90 characters at most
    lead_in = re.split(r";|\.\s", c.sentence[max(0, fig.start - c.sentence_start - 90): fig.start - c.sentence_start])[-1]
    if _AVERAGE.search(said_key(lead_in)) and not _AVERAGE.search(intent.said):
        score -= AVERAGE  # "trung bình một ngày xảy ra 78 vụ" is not how many happened, unless an average is asked
    if asks_term(intent) and a_ban(c) and not _BAN_Q.search(intent.said):
        score -= BAN  # "Đỗ Tố bị tuyên bao nhiêu năm tù?": "11 năm tù", not "cấm đảm nhiệm chức vụ … 5 năm"
    c.other_stage = other_stage(c, intent)
    if c.other_stage:
        score -= OTHER_STAGE
    if unrealised(c, prev_end):  # "Dương Quốc Hà bị tuyên bao nhiêu năm tù?": "18 năm", not "18-20 năm" asked by VKS
        score += UNREALISED_ASKED if _UNREALISED.search(intent.said) else -UNREALISED
    c.person = person_nearness(c, intent.people) if intent.people else 0.0
    if intent.names:  # "Bệnh viện Chợ Rẫy tiếp nhận bao nhiêu ca?": not the "6 ca" of "Bệnh viện … Trưng Vương"
        # (or the sentence it goes on from: "… nghĩa trang Dốc Khế kể: …. Tại đây có trên 2.100 nấm mồ")
        said = named_key(f"{c.lead_in} {c.sentence}" if c.leans_back else c.sentence)
        c.named = float(any(mentions(said, n) for n in intent.names))
        if c.named and _owned_by_another(c, next_start, intent.names):
            c.named = 0.0
        score += NAMED_NEAR * c.named
    # "Lê Bá Long bị tuyên bao nhiêu năm tù?": the term given beside his name; not when the question counts those who
    # did something to him ("Bao nhiêu thanh niên xông vào nhà bà Lê Thị Cá?": not the "hai thanh niên" beside "bà Cá")
    if not _counts_doers_of(intent):
        score += PERSON_NEAR * c.person
    if c.scope:  # "trong 4 ngày Tết": the report of "4 ngày Tết", not the one of "6 ngày Tết"
        score += SCOPE_STATED if c.scope > 0 else -SCOPE_OTHER
    c.stated = stated_in_question(fig, intent)
    if c.stated:
        score -= STATED
    if intent.asked_noun and c.noun_match == 0 and is_age(fig) and "tuổi" not in intent.asked_noun:
        score -= STATED  # "bao nhiêu nạn nhân": "một bé chưa đến 13 tuổi" says how old, not how many
    if fig.approx in ("hàng", "vài", "mấy"):
        score -= 0.25  # "hàng trăm thanh niên" is not a figure anyone can quote as the count
    if fig.approx is None and fig.kind in ("count", "ratio"):
        score += 0.01  # exact beats "hơn ..." on ties
    c.score = score


# a body the figure is said of, right after it: "hơn 6 tỉ đồng của Công ty TNHH Linh Dương (Lào Cai), gần 950 triệu
# đồng của Công ty TNHH Phú Hải"
_OF_BODY = re.compile(r"\s*(?:của|cho|tại|thuộc)\s")
OWNER_CHARS = 60  # how far after the figure the body it is said of is looked for


def _owned_by_another(c: FigureCandidate, next_start: int | None, names: tuple) -> bool:
    """Does the figure's sentence name the asked body only for another figure: this one is said of another body
    written right after it ("gần 950 triệu đồng của Công ty TNHH Phú Hải" for "… của Công ty Linh Dương …")?"""
    b = c.figure.end - c.sentence_start
    after = c.sentence[b : min(b + OWNER_CHARS, next_start - c.sentence_start if next_start is not None else len(
        c.sentence))]
    if not _OF_BODY.match(after):
        return False
    own = institutions_written(after, one_word=True)
    return bool(own) and not any(mentions(named_key(after), n) for n in names)


def unrealised(c: FigureCandidate, prev_end: int | None = None) -> bool:
    """Is the figure proposed, planned or aimed at (its clause since the previous figure says so) rather than done?"""
    fig, base = c.figure, c.sentence_start
    lo = max(0, fig.start - base - 90, (prev_end - base) if prev_end is not None else 0)
    lead_in = re.split(r"[;(]|\.\s", c.sentence[lo : fig.start - base])[-1]
    lead_out = re.split(r"[;,()]|\.\s", c.sentence[fig.end - base :])[0]
    said = said_key(lead_in)
    return bool(_UNREALISED.search(said) or _PROPOSER.search(said) or _UNREALISED_AFTER.search(said_key(lead_out)))


def _stages(said: str) -> set[str]:
    return set(_TRIAL_STAGE.findall(said))


def other_stage(c: FigureCandidate, intent: FigureIntent) -> bool:
    """Does the figure's own clause, or the bracket it stands in, speak of another stage of the trial than the
    question asks ("Án sơ thẩm phạt … bao nhiêu năm?": not the "4 năm tù" the Tòa Phúc thẩm gave)?"""
    asked = _stages(intent.said)
    if not asked:
        return False
    a = c.figure.start - c.sentence_start
    before = c.sentence[:a]
    aside = open_aside(before)
    lead_in = aside if aside is not None else before[clause_start(c.sentence, a):]
    said = _stages(said_key(lead_in))
    return bool(said) and not said & asked


_SHARE_OF_PREV = re.compile(r"^\s*\(\s*(?:chiếm|bằng|đạt|tương đương|khoảng)?\s*$", re.IGNORECASE)


def dated_otherwise(c: FigureCandidate, intent: FigureIntent) -> bool:
    """Does the figure's sentence date it to a year the question does not ask ("năm 1990 … giải quyết 55.000 vụ"
    for "Năm 2003 … bao nhiêu vụ?")? A span's first year is no such date ("Từ năm 2019 đến nay" holds 2022)."""
    fig = c.figure
    if not intent.years or fig.year is None or not fig.period or fig.year in intent.years:
        return False
    return not re.search(r"(?i)\b(?:từ|kể từ|sau)\s+" + re.escape(fig.period), c.sentence)


# a document cited by its number ("quyết định số 26/2006/QĐ-UB", "Thông tư 23"): keyed by kind and first number
_DOC_REF = re.compile(r"\b(quyet dinh|nghi dinh|nghi quyet|thong tu|chi thi|ke hoach|cong van)\s+(?:so\s+)?(\d+)"
                      r"(?:[/.-][\w-]+)*")


def named_key(text: str) -> str:
    """``text`` folded as places are (``place_key``), each document cited by number keyed "quyet dinh 26": the key
    a question's "quyết định 26" and a report's "quyết định số 26/2006/QĐ-UB" share."""
    return _DOC_REF.sub(lambda m: f"{m.group(1)} {int(m.group(2))}", place_key(text))


def cited_documents(text: str) -> list[str]:
    """The documents ``text`` cites by number, keyed as ``named_key`` keys them ("quyet dinh 26")."""
    return [m.group() for m in _DOC_REF.finditer(named_key(text))]


PERSON_NEAR = 0.4  # for a figure written beside the name of the person the question names
NAMED_NEAR = 0.3  # for a figure whose sentence writes the name the question writes ("Bệnh viện Chợ Rẫy …")


def person_nearness(c: FigureCandidate, people: tuple[str, ...]) -> float:
    """1.0 when the figure is said of a named person: the name written just before it in its clause, or just after
    through "với"/"cho" ("Nguyễn Quang Thường: 21 năm tù"; "y án 20 năm tù với 2 bị cáo Lê Bá Long … và Lâm Ngọc
    Hải"); -0.5 when it is said of somebody else ("…, Dương Quốc Hà: 18 năm tù" for Thường; "Lâm Lệ Như, vợ của Lưu
    Chánh Kỳ bị 2 năm 6 tháng" for Kỳ); else 0.75 for a named person in its clause (between ";"), 0.4 elsewhere in
    its sentence, 0."""
    a = c.figure.start - c.sentence_start
    if is_age(c.figure) and _AGE_OF_OTHERS.search(fold(c.sentence[max(0, a - 40) : a]).lower()):
        return -0.5  # "Hoàng Nho … dùng kéo cắt quần của các bé gái 10-12 tuổi": the girls' age, not his
    addressed = _AGE_OF_ADDRESSED.search(c.sentence, max(0, a - 40), a) if is_age(c.figure) else None
    if addressed and not any(fold(addressed.group(1)).lower() in (n, n.split()[-1]) for n in people):
        return -0.5  # "Nguyễn Thanh Điệp (27 tuổi, …) rủ chị Hảo (24 tuổi) …": hers, in brackets after her name
    near = said_of(c.sentence, a, c.figure.end - c.sentence_start, people)
    if near != 0.0 or not set(c.antecedent_people) & set(people):
        return near
    folded = fold(c.sentence).lower()
    place = respective_place(folded, 0, a) if len(folded) == len(c.sentence) else None
    if place is not None and len(place[1]) == len(c.antecedent_people):
        # "… hai bị cáo còn lại Nguyễn Bá Mẫn, Phạm Thế Hưng (…) …. Hành vi này … tuyên phạt lần lượt 9 và 2 năm tù"
        return 1.0 if c.antecedent_people[place[1].index(a)] in people else -0.5
    if POINTS_TO_SOMEBODY.search(c.sentence[:a]):
        return 1.0  # "… bị can Lê Bảo Quốc. Theo điều tra …, cựu luật sư này đã chiếm đoạt hơn 4,5 tỷ đồng": his
    return near


# somebody named before, pointed at by a demonstrative ("cựu luật sư này", "người đàn ông này", "ông này")
# (a form of address, a job, a suspect's role: ``lexicon.SUSPECT_ROLES``)
POINTS_TO_SOMEBODY = re.compile(r"(?i)(?<!\w)(?:" + "|".join(("ông", "bà", "anh", "chị", "người", "luật sư", "giám đốc",
                                                              "cán bộ") + SUSPECT_ROLES)
                                + r")(?:\s+[^\W\d_]+){0,2}\s+(?:này|nọ)(?!\w)")


# an age written right after those it is of, named by no name: "của các bé gái 10-12 tuổi", "với một cháu 5 tuổi";
# or opening its clause so ("Cô bé 13 tuổi chống cự, van xin nhưng Trường không nương tay …": hers, not Trường's)
# ... or in brackets after another's name and form of address ("rủ chị Hảo (24 tuổi)")
_AGE_OF_ADDRESSED = re.compile(rf"(?<!\w)(?:anh|chị|ông|bà|cháu|em|bé|cô|cụ)[ \t]+([{UPPER}][^\W\d_]*(?:[ \t]+[{UPPER}]"
                               rf"[^\W\d_]*){{0,3}})[ \t]*\([ \t]*$")
_AGE_OF_OTHERS = re.compile(r"(?:\b(?:cua|voi|cho)\s+(?:cac\s+|nhung\s+|mot\s+|hai\s+|ba\s+)?(?:be|em|chau|nguoi|"
                            r"nan nhan|thieu nu|phu nu|tre|hoc sinh|co)(?:\s+(?:gai|trai|nho|em))?|"
                            r"(?:^|[,;:.]\s*)(?:co be|be gai|be trai|chau be|em be))\s+$")


_NAME_GOES_ON = re.compile(rf"[ \t]+[{UPPER}]")  # a capitalised word right after a name's last syllable
# a given name alone right before a figure, after a comma or "và" of a list ("…, Duy 4 năm và Tuấn 3 năm")
_GIVEN_BEFORE = re.compile(rf"(?:,|\bvà)[ \t]+([{UPPER}][^\W\d_]*)[ \t]+$")


_FOLDED_SURNAMES = frozenset(fold(n).lower() for n in SURNAMES)


def _given_of(name: str) -> tuple[str, ...]:
    """The given name of a full name (folded): its last word, and its first where no family name opens it, as a
    foreign name's ("gary" of "gary glitter")."""
    words = name.split()
    return (words[-1],) if words[0] in _FOLDED_SURNAMES else (words[-1], words[0])


def said_of(sentence: str, a: int, b: int, people: tuple[str, ...]) -> float:
    """``person_nearness`` of whatever ``sentence[a:b]`` says (a figure, or a penalty such as "tử hình")."""
    folded = fold(sentence).lower()
    if len(folded) != len(sentence):
        return 0.0
    lo, hi = folded.rfind(";", 0, a) + 1, folded.find(";", b)
    hi = len(folded) if hi < 0 else hi
    if lo and _shares_subject(sentence[lo:a]):  # "… ông Hà Đức Bàng đã tự cho phép mình …; lập quỹ đen 15 tỷ đồng"
        lo = folded.rfind(";", 0, lo - 1) + 1
    asked = set(people)
    # (a given name asked alone is a name only where the sentence writes it in capitals: "quang" is also "Quảng")
    # (nor one a capitalised word follows, a longer name's: "Hạnh Phúc đã nhập …" is the firm, not Nguyễn Thị Hạnh)
    # (never a province or a city named bare, a family name though its first word is: "… Hà Nội thu giữ …")
    others = {place_key(n) for n in people_in(sentence)}
    spans = {(s, e, n) for n in asked | others for s, e in _name_spans(folded, n)
             if " " in n or (sentence[s].isupper() and not _NAME_GOES_ON.match(sentence, e))}
    # ... and the given name of a full name asked stands for him, unless part of another's ("Hùng đã "tặng" hơn 1
    # triệu đồng …" of "Nguyễn Phi Hùng")
    # (a foreign name's given name is its first: "Gary" of "Gary Glitter", "nơi Gary thuê nhà")
    spans |= {(s, e, n) for n in asked if " " in n for given in _given_of(n) for s, e in _name_spans(folded, given)
              if sentence[s].isupper() and not _NAME_GOES_ON.match(sentence, e)
              and not any(fs <= s and e <= fe for fs, fe, _ in spans)}
    spans = sorted(spans)
    respective = _respective_owner(folded, [x for x in spans if lo <= x[0] and x[1] <= hi], lo, a)
    if respective:  # "A (29 tuổi) và B (51 tuổi) mức án lần lượt 22 và 16 năm tù": 22 is A's
        return 1.0 if respective in asked else -0.5
    if _TO_THE_OTHERS.match(folded, b) or _OTHER_ONES.search(sentence, a, b):
        return -0.5  # "phạt từ 3- 5 triệu đồng đối với các bị cáo còn lại": not the one named before it
    given = _GIVEN_BEFORE.search(sentence, max(lo, a - 30), a)
    if given:  # "tuyên phạt Tiên 9 năm, Duy 4 năm và Tuấn 3 năm": each figure is the given name's right before it
        return 1.0 if any(n.split()[-1] == fold(given.group(1)).lower() for n in asked) else -0.5
    owners = _owners(folded, [x for x in spans if lo <= x[0] and x[1] <= hi], a, b)
    if owners:
        return 1.0 if owners & asked else -0.5
    best = 0.0
    for s, e, n in spans:
        if n in asked:
            best = max(best, 0.75 if lo <= s and e <= hi else 0.4)
    if not spans and _BY_ROLE.match(sentence):
        return 1.0  # "Bị cáo đã dùng dao … để trấn lột 5.000 đồng": the defendant asked, called by his role alone
    return best


def _shares_subject(clause: str) -> bool:
    """Does a clause after ";" open with its verb, no subject of its own ("lập quỹ đen" of "… ông Hà Đức Bàng đã tự
    cho phép mình …; lập quỹ đen 15 tỷ đồng"), so that the clause before names who it is said of? Not one naming
    anybody ("…; Thanh 7 năm"), nor one opening with a noun ("…; còn lại …", "…; các bị cáo khác …")."""
    if not clause.strip() or re.search(rf"[{UPPER}]", clause):
        return False
    tags = [tag for w, tag in pos_tags(clause) if any(ch.isalnum() for ch in w)]
    return bool(tags) and tags[0] == "V"


# a name right after a kinship word or "của" (with or without a form of address: "lừa được của ông Ngô Anh Tuấn 10 tỷ
# đồng" is who was robbed) is whose relative is meant, not who the figure is said of ("vợ chồng Nguyễn Thị Thơm" is
# the couple); so is one after a ring's word, whose ring is meant ("Hồng đã thừa nhận đánh bạc …
# trong đường dây Bùi Quang Hưng và đã nộp lại … hơn 4.000 USD": Hồng's money, not Hưng's)
_ADDRESS = "|".join(fold(w) for w in ADDRESS_FORMS)  # (folded: "ong|ba|anh|…")
_RELATIVE_OF = re.compile(rf"(?:\bcua(?:\s+(?:{_ADDRESS}))?|\bvo|(?<!vo )\bchong|"
                          r"\bcon (?:trai|gai)|\bem (?:trai|gai|ruot)|\banh trai|\bchi gai|\bbo|\bme|\bcha|"
                          r"\bduong day|\bbang nhom|\bo nhom|\bbang)\s+$")
# ... but after "của" of what one holds as one's own the name is its holder's, and the figure said of it his: "trong
# số 45 tỷ đồng này thì vốn của Nguyễn Trọng Thăng đã là 40,5 tỷ" (not of what is done to: "chiếm đoạt tài sản của bà
# B", "nộp tiền vào tài khoản của Hà Kiều Anh … 3 tỉ 190 triệu đồng" are said of who takes or pays)
_OWNED_OF = re.compile(rf"\b(?:von|thu nhap|luong|co phan)(?:\s+[a-z]+)?\s+cua\s+(?:(?:{_ADDRESS})\s+)?$")
# between the names of one list ("Lê Bá Long (tức Long Đào) và …", "Nguyễn Thanh Hải - Nguyễn Thị Thơm")
_JOINER = re.compile(r"\s*(?:,|\bva\b|[-–])\s*")
# "20 năm tù với 2 bị cáo …", "16 năm tù đối với …"; not across "và" ("hưởng lợi 6,3 tỉ đồng và y chia lại cho Nguyễn
# Văn Dũi 2,1 tỉ đồng": the next clause gives Dũi his own)
# ... or what bears the name: "(một tờ số dư 500 triệu đồng, một tờ số dư 43 nghìn USD) mang tên Lê Quốc Hồ"
_TO_WHOM = re.compile(r"^(?![^,;]*\bva\b)[^,;]{0,25}\b(?:voi|cho|mang ten)\b[^,;]*$")


# (folded) said of the others right after the figure: "… 3- 5 triệu đồng đối với các bị cáo còn lại", "… cho những
# người khác"
_TO_THE_OTHERS = re.compile(r"\s*(?:doi voi|voi|cho)\s+(?:(?:cac|nhung|\d+)\s+)?"
                            r"(?:(?:bi cao|bi can|nguoi|doi tuong)\s+)?(?:con lai|khac)\b")
# ... or a count of "other" ones: "… ngoài ông Oánh và Dũng "Huế", còn có sự xuất hiện của 3 quan chức khác"
_OTHER_ONES = re.compile(r"(?<!\w)(?:khác|còn lại)$")
# a sentence opening with the role of the one on trial, and no name after it ("Bị cáo đã dùng dao …", "Hắn khai …")
_BY_ROLE = re.compile(rf"^\W*(?:{BY_ROLE}|hắn\s+(?-i:[a-zà-ỹđ]))", re.IGNORECASE)


def _owners(folded: str, spans: list[tuple[int, int, str]], a: int, b: int) -> set[str]:
    """The names a figure at folded[a:b] is said of, among the name spans of its clause."""
    after = [x for x in spans if x[0] >= b and x[0] - b <= 40 and _TO_WHOM.match(_without_asides(folded[b : x[0]]))]
    if after:
        chain = [after[0]]
        for x in spans:
            if x[0] > chain[-1][1] and _joined(folded[chain[-1][1] : x[0]]):
                chain.append(x)
        return {n for _, _, n in chain}
    before = [x for x in spans if x[1] <= a and (not _RELATIVE_OF.search(folded[max(0, x[0] - 16) : x[0]])
                                                 or _OWNED_OF.search(folded[max(0, x[0] - 30) : x[0]]))
              and not _closed_aside(folded, x[1], a)]
    if not before:
        return set()
    chain = [before[-1]]
    for x in reversed(before[:-1]):
        if _joined(folded[x[1] : chain[-1][0]]):
            chain.append(x)
        else:
            break
    return {n for _, _, n in chain}


_RESPECTIVELY = re.compile(r"\blan luot\b")
_LIST_OPENS = re.compile(r"\s*(?:la\b|:)")
# a number of the list after "lần lượt", with up to two words of its own ("22", "16 năm tù", "12 năm"), the next
# one joined by a comma or "và"
_LISTED_NUMBER = re.compile(r"\s*(\d[\d.,]*)(?:\s+(?!va\b)[a-z]+){0,2}")
_LIST_JOINER = re.compile(r"\s*(?:,|\bva\b)")


def respective_place(folded: str, lo: int, a: int) -> tuple[int, list[int]] | None:
    """When the figure at folded[a:] is one of the numbers listed after "lần lượt" (between ``lo`` and it): where
    "lần lượt" starts and the numbers' offsets, in order; None otherwise."""
    marks = [m for m in _RESPECTIVELY.finditer(folded, lo, a)]
    if not marks:
        return None
    numbers, pos = [], marks[-1].end()
    copula = _LIST_OPENS.match(folded, pos)  # ("lãnh án lần lượt là 18 năm và 11 năm tù")
    pos = copula.end() if copula else pos
    while True:
        m = _LISTED_NUMBER.match(folded, pos)
        if m is None:
            break
        numbers.append(m.start(1))
        pos = m.end()
        joiner = _LIST_JOINER.match(folded, pos)
        if joiner is None:
            break
        pos = joiner.end()
    return (marks[-1].start(), numbers) if len(numbers) >= 2 and a in numbers else None


def _respective_owner(folded: str, spans: list[tuple[int, int, str]], lo: int, a: int) -> str | None:
    """Whose the figure at folded[a:] is, when its clause lists names, then "lần lượt" and as many numbers: the
    name in the same place of its list ("tuyên phạt A (29 tuổi) và B (51 tuổi) mức án lần lượt 22 và 16 năm
    tù": 22 is A's); None otherwise."""
    place = respective_place(folded, lo, a)
    if place is None:
        return None
    at, numbers = place
    before = [x for x in spans if x[1] <= at]
    # (a name inside a longer one is that one: "Cao Duy" of "Cao Duy Chính")
    before = [x for x in before if not any(o != x and o[0] <= x[0] and x[1] <= o[1] for o in before)]
    if not before:
        return None
    listed = [before[-1]]
    for x in reversed(before[:-1]):  # (asides between names are theirs: "A (29 tuổi) và B")
        if _JOINER.fullmatch(_without_asides(folded[x[1] : listed[-1][0]])):
            listed.append(x)
        else:
            break
    listed.reverse()
    return listed[numbers.index(a)][2] if len(listed) == len(numbers) else None


def _joined(gap: str) -> bool:
    """Do two names with ``gap`` between them belong to one list? Never across a figure ("Giao (22 năm tù), Hùng")."""
    return not any(ch.isdigit() for ch in gap) and bool(_JOINER.fullmatch(_without_asides(gap)))


def _without_asides(gap: str) -> str:
    """The text between two places with its bracketed asides left out ("Lê Bá Long (tức Long Đào) và …")."""
    return re.sub(r"\([^()]*\)", " ", gap)


def _closed_aside(folded: str, end: int, a: int) -> bool:
    """Whether a name ending at ``end`` sits in brackets that close before the figure at ``a`` ("Trần Ngọc Long
    (nhân viên PTSC, em Trần Ngọc Giao) 4-6 năm": Long's term)."""
    opened = folded.rfind("(", 0, end)
    return opened > folded.rfind(")", 0, end) and 0 <= folded.find(")", end, a)


def _name_spans(folded: str, name: str) -> list[tuple[int, int]]:
    """Where a folded name is written in a folded text (whole words)."""
    return [(start, start + len(name)) for start in occurrences(folded, name)]


SAME_SENTENCE_STEP = 0.01  # how far below the figure of the noun asked another figure of its sentence is put


# "1.546 thí sinh vi phạm …, trong đó có 1.190 trường hợp bị đình chỉ thi": a part of the count before, counted by
# a noun that stands for any ("trường hợp"), is of the noun before
_PART_OF = re.compile(r"(?i)(?<!\w)trong\s+(?:đó|số\s+(?:này|đó))\s*(?:,\s*)?(?:có\s+)?$")
_ANY_NOUNS = frozenset(PEOPLE_COUNTED + ("người", "lượt", "em", "ca"))


def part_of_lead(c: FigureCandidate, lead: FigureCandidate) -> bool:
    """Is ``c`` written as a part of ``lead``, opening the sentence right after the lead's ("Trong đó, có 32 cơ sở
    khiêu vũ tái cấp" after "… hiện có 47 cơ sở khiêu vũ và 885 cơ sở karaoke …")?"""
    if c.doc_id != lead.doc_id or c.sentence_start <= lead.sentence_start:
        return False
    if c.sentence_start - (lead.sentence_start + len(lead.sentence)) > 3:
        return False
    return bool(_PART_OF.search(c.sentence[: c.figure.start - c.sentence_start]))


def _part_of_previous(group: list[FigureCandidate], intent: FigureIntent) -> None:
    """Give a figure counted by a noun that stands for any ("1.190 trường hợp") written as a part of the one
    before it ("…, trong đó có …") that one's match of the noun asked: "Có bao nhiêu thí sinh bị đình chỉ thi?" is
    answered by "trong đó có 1.190 trường hợp bị đình chỉ thi", after "1.546 thí sinh vi phạm quy chế"."""
    if not intent.asked_noun:
        return
    for prev, c in zip(group, group[1:]):
        counted = normalize(c.figure.counted or "") + " "
        if prev.noun_match <= c.noun_match or not any(counted.startswith(n + " ") for n in _ANY_NOUNS):
            continue
        if _PART_OF.search(c.sentence[prev.figure.end - c.sentence_start : c.figure.start - c.sentence_start]):
            c.score += 0.7 * (prev.noun_match - c.noun_match) + (0.25 if c.noun_match == 0 else 0.0)
            c.noun_match = prev.noun_match


# "có 5 người, …, trong đó có hai người thuộc Văn phòng Chính phủ": what follows counts some of a count before it
_AMONG = re.compile(r"(?i)(?<!\w)trong\s+(?:đó|số)(?!\w)")
# ... or opening a bracket after it: "đã 6 lần đốt nhà (2 lần tự đốt nhà mình)" (not one the bracket says later of
# something else: "4 năm tù … (Án sơ thẩm của TAND tỉnh Tây Ninh, tuyên phạt 3 năm)")
_IN_BRACKET = re.compile(r"\(\s*$")
_AMONG_Q = re.compile(r" trong (?:do|so) ")  # (folded) a question asking a part: "… trong đó có bao nhiêu …?"


def _parts_among(group: list[FigureCandidate], intent: FigureIntent) -> set[int]:
    """The ids of the counts of one sentence written after "trong đó"/"trong số", or in a bracket, as some of a larger
    count of their noun before it ("có 5 người, …, trong đó có hai người …": the two are some of the five), unless
    their own words are the question's more than the whole's are ("… trong đó …, 30.547 (19,3%) hộ gia đình có chủ
    nhà là nữ" for "Có bao nhiêu hộ gia đình có chủ nhà là nữ …?": the part asked). Read once the candidates are
    scored."""
    keys = [_counted_key(c.figure) if c.figure.kind == "count" else None for c in group]
    return {id(c) for i, c in enumerate(group) if keys[i] and c.figure.value is not None
            and any(k == keys[i] and (w.figure.value or 0) > c.figure.value and c.local <= w.local and (_AMONG.search(
                c.sentence, w.figure.end - c.sentence_start, c.figure.start - c.sentence_start)
                or _bracketed_part(c, w, intent)) for w, k in zip(group[:i], keys[:i]))}


def _bracketed_part(c: FigureCandidate, whole: FigureCandidate, intent: FigureIntent) -> bool:
    """Does ``c`` open a bracket after ``whole`` ("đã 6 lần đốt nhà (2 lần tự đốt nhà mình)"), its own words (to the
    bracket's end) no more the question's than the whole's words are (for "Bà Tuyết tự đốt nhà mình bao nhiêu lần?"
    the part is asked)?"""
    start = c.sentence_start
    opened = _IN_BRACKET.search(c.sentence, whole.figure.end - start, c.figure.start - start)
    if opened is None:
        return False
    close = c.sentence.find(")", c.figure.end - start)
    own = c.sentence[c.figure.start - start : close if close > 0 else len(c.sentence)]
    whole_words = c.sentence[whole.figure.start - start : opened.start()]
    terms, syn = intent.subject_terms, intent.synonyms
    return coverage(terms, own, {}, syn) <= coverage(terms, whole_words, {}, syn)


LISTED_PART = 0.5  # score taken from a count listed among the parts of a larger one of its noun ("8 bị cáo … gồm:")
_LISTS = re.compile(r"(?i)(?<!\w)gồm(?:\s+có)?\s*:")


def _part_of_listed(group: list[FigureCandidate], intent: FigureIntent) -> None:
    """Dock a count written in the list a larger count of the same noun opens: "8 bị cáo bị truy tố … gồm: Dương
    Quang Trí (…), … và 4 bị cáo nguyên cán bộ Công ty Bách hóa điện máy TP HCM là: …" — the 4 are some of the 8,
    never the count asked of the case, however near the question's words stand to them (unless its noun matches
    the noun asked better than the whole's does)."""
    if not intent.asked_noun:
        return
    keys = [_counted_key(c.figure) for c in group]
    for i, c in enumerate(group):
        key, value = keys[i], c.figure.value
        if key is None or value is None or c.noun_match < 1.0:
            continue
        for whole, whole_key in zip(group[:i], keys[:i]):
            if whole_key == key and (whole.figure.value or 0) > value \
                    and whole.noun_match >= c.noun_match and _LISTS.search(
                        c.sentence, whole.figure.end - c.sentence_start, c.figure.start - c.sentence_start):
                c.score -= LISTED_PART
                break


def _noun_leads_sentence(group: list[FigureCandidate], intent: FigureIntent) -> None:
    """In one sentence, the figure of the noun asked goes before the others, whatever words stand nearer to them:
    "15 tên lâm tặc … vây đánh 7 kiểm lâm viên" for "Bao nhiêu lâm tặc vây đánh kiểm lâm?" (the words after "7"
    are the question's too, but as its object)."""
    if not intent.asked_noun or intent.percent:
        return
    exact = [c for c in group if c.noun_match >= 1.0 and not stated_in_question(c.figure, intent)]
    if not exact:
        return
    floor = max(c.score for c in exact)
    for c in group:
        if c.noun_match < 1.0 and c.score >= floor:
            c.score = floor - SAME_SENTENCE_STEP


def rank_candidates(cands: list[FigureCandidate], intent: FigureIntent, idf: dict[str, float]) -> list[FigureCandidate]:
    """Score each candidate (the previous figure of its sentence bounds its local words) and sort. However well
    their words match, these go after all others: figures dated to a year not asked; figures the question states
    itself ("3 tài xế" of "3 tài xế … bị phạt bao nhiêu?"); and, once a figure without the fault answers, figures
    said of somebody else than the person asked, of another span of time than the one asked, or in a sentence
    that does not write the institution asked."""
    by_sentence: dict[tuple[str, int], list[FigureCandidate]] = {}
    for c in cands:
        by_sentence.setdefault((c.doc_id, c.sentence_start), []).append(c)
    parts: set[int] = set()
    miscounted: set[int] = set()
    for group in by_sentence.values():
        group.sort(key=lambda c: c.figure.start)
        nested = {id(c) for c in group if any(o is not c and o.figure.start <= c.figure.start
                                              and c.figure.end <= o.figure.end for o in group)}
        # the figures where another's words may end (read once per sentence): not one inside another ("68.511
        # (43,3%) hộ gia đình có con …": the share is not where the count's own words end), nor an age that
        # qualifies its noun ("… hộ gia đình có con dưới 18 tuổi sống trong đó"), nor a number of times ("vay 1 lần
        # 10 tỷ đồng"), nor one the question states:
        # its words are the subject asked ("Hai tuyến đường sắt du lịch hoạt động trên các tuyến khổ hẹp 760 mm"
        # for "Hai tuyến đường sắt du lịch sử dụng khổ … bao nhiêu?")
        bounds = [o.figure for o in group
                  if not is_age(o.figure) and id(o) not in nested and not stated_in_question(o.figure, intent)
                  and not is_times(o.figure)]
        for c in group:
            before = [f for f in bounds if f.end <= c.figure.start]
            if c.figure.kind == "percent" and before and _SHARE_OF_PREV.match(
                    c.sentence[before[-1].end - c.sentence_start : c.figure.start - c.sentence_start]):
                before = before[:-1]  # "2.570 cán bộ, chiến sĩ (chiếm 33,76% …)": the share of those words too
            prev = before[-1].end if before else None
            # (nor does the next one the question states end them: "Có bao nhiêu hộ dân được vay 330 triệu đồng?" is
            # "21 hộ dân được vay 330 triệu đồng, song Trang chỉ đưa cho 14 hộ", whose words reach past the sum)
            after = [o.figure for o in group if o.figure.start >= c.figure.end and not is_age(o.figure)
                     and not stated_in_question(o.figure, intent)]
            nxt_fig = min(after, key=lambda f: f.start, default=None)
            nxt = nxt_fig.start if nxt_fig is not None else None
            # "68.511 (43,3%) hộ gia đình có con …, 69.284 (43,8%) hộ gia đình là …": in a list of like figures
            # each one's words begin after the comma; elsewhere a comma may join two verbs of one clause ("Công an
            # hai địa phương đã chủ động trao đổi, phối hợp … xác minh hơn 100 nguồn tin")
            listed = bool(before) and _counted_key(before[-1]) is not None and \
                _counted_key(before[-1]) == _counted_key(c.figure)
            next_like = nxt_fig is None or _counted_key(nxt_fig) == _counted_key(c.figure)
            score_candidate(c, intent, idf, prev, nxt, listed=listed, next_like=next_like,
                            next_money=nxt_fig is not None and is_money(nxt_fig) and is_money(c.figure),
                            prev_start=before[-1].start if before else None)
            if not intent.percent and id(c) in nested:
                c.score -= NESTED  # "1.388 (0,9%) cặp vợ chồng …": the share in brackets is not the count asked
        _part_of_previous(group, intent)
        _part_of_listed(group, intent)
        if not _AMONG_Q.search(intent.said):
            parts |= _parts_among(group, intent)
        if intent.stated and counted_otherwise(group, intent):
            miscounted |= {id(c) for c in group}
        _noun_leads_sentence(group, intent)
    order = {id(c): i for i, c in enumerate(cands)}
    # "Nguyễn Mạnh Hùng bị đề nghị bao nhiêu năm tù?": once a figure said of him answers, another's term never leads;
    # nor, when no noun is counted, one only near his name or not near it at all ("Nguyễn Minh Hưng nhận bao nhiêu
    # tiền?": "… chia cho …, Nguyễn Minh Hưng (…) 3,6 tỉ đồng", not "… viên chức … đã nhận hối lộ, … hàng chục triệu
    # đồng"; "Hùng chia cho Nguyễn Văn Dũi bao nhiêu?": "… chia lại cho Nguyễn Văn Dũi 2,1 tỉ đồng", not Hùng's "6,3
    # tỉ đồng" before it). A noun counted decides first: "Bao nhiêu bị can liên quan vụ cấp đất cho Việt kiều Lê
    # Vạng?" is "8 bị can", not the land given to him; a span of time or an age is his, as an amount is ("Phạm Quang
    # Mậu bị đề nghị bao nhiêu năm tù?": "Phạm Quang Mậu 18-20 năm tù", not the headline's "Hùng … 22-25 năm tù")
    # (a term asked, his is one a sentence gives as a term: "Bà Phạm Thị Út bị tuyên án bao nhiêu năm tù?" is not
    # the "hành trình 12 năm kêu oan cho mẹ" of the sentence naming her, but "tòa tuyên án 20 năm tù" of "mẹ anh")
    term = asks_term(intent)
    # (an amount per unit asked, his is one written per that unit: "Mức lương của bà Kim Anh là bao nhiêu một tháng?"
    # is "Mức lương của vị trí này là 4 triệu đồng/tháng", not the "hơn 5,7 triệu đồng" paid her in all)
    per = {id(c) for c in cands if intent.per and is_money(c.figure) == intent.money and written_per(c, intent.per)}
    each = any(id(c) in per and answers_question(c, intent) for c in cands)
    theirs = bool(intent.people) and not _of_event(intent) and any(
        c.person == 1.0 and answers_question(c, intent) and (not term or gives_term(c))
        and (not each or id(c) in per) for c in cands)
    head = fold(intent.asked_noun or "tien").lower().split()[0]
    # (… and once a count of the noun asked is his, so must be the lead: "Phạm Anh Vũ nhập bao nhiêu chiếc?" is
    # "gồm: Phạm Anh Vũ, giám đốc Công ty Thiên Anh là 4.800 chiếc", not the "gần 16.700 chiếc" of all of them)
    # (his: named before "bao nhiêu", the one who did it; not "Bao nhiêu thanh niên xông vào nhà bà Lê Thị Cá?", whose
    # "6 thanh niên … xông vào nhà của bà Lê Thị Cá" are not the "hai thanh niên" of the sentence naming "bà Cá")
    his_count = theirs and _named_before_asking(intent) and any(
        c.person == 1.0 and c.noun_match >= 1.0 and answers_question(c, intent) for c in cands)
    nearest = 1.0 if head == "tien" or head in _FOLDED_CALENDAR or head == "tuoi" or his_count else 0.0
    # "Trong 4 ngày Tết … bao nhiêu vụ?": once a report stating "4 ngày Tết" answers, one of "6 ngày Tết" never leads
    spanned = any(c.scope > 0 and answers_question(c, intent) for c in cands)
    # "Bệnh viện Chợ Rẫy tiếp nhận bao nhiêu ca?": once a figure of a sentence writing "Chợ Rẫy" answers, the "6 ca"
    # of "Bệnh viện … Trưng Vương" in the next sentence never leads
    named = bool(intent.names) and any(c.named and answers_question(c, intent) for c in cands)
    # "Tổng giá trị hợp đồng là bao nhiêu?": once a figure called a total answers, "… hợp đồng có giá trị vài trăm
    # triệu đồng" (one contract's) never leads
    totalled = any(c.total and answers_question(c, intent) for c in cands)
    # "Vụ nổ làm bao nhiêu người thiệt mạng?": once "3 người thiệt mạng" answers, "hai người gây ra vụ nổ … làm vợ
    # con … thiệt mạng" (the two who set it off) never leads
    acted = any(c.acted and answers_question(c, intent) for c in cands)
    # "Nga phải bồi thường cho Phúc bao nhiêu?": an amount asked (no noun, no share nor span of time), once one
    # answers, "bốn đứa trẻ" (whom the damages are paid to) never leads
    paid = asks_amount(intent) and any(is_money(c.figure) and answers_question(c, intent) for c in cands)
    # "Dũng thu tiền xâu bao nhiêu phần trăm?": once a percentage answers ("10% trên số tiền đặt cược"), the amount of
    # the example after it ("Dũng thu 100.000 đồng tiền xâu") never leads
    shared = intent.share and any(
        c.figure.kind == "percent" and answers_question(c, intent) for c in cands)
    # "Giá thuốc lá 555 ở Pleiku bao nhiêu một bao?": once an amount per "bao" answers ("chỉ 22.000 đồng/bao"), a
    # difference in price ("rẻ hơn … từ 1.000 đồng đến 3.000 đồng") never leads (``each``, above)
    # "Điệp chiếm đoạt bao nhiêu lượng vàng 18K?": once a count of gold of that grade answers, "141,1 lượng vàng 24K"
    # never leads
    graded = bool(intent.grade) and any(written_grade(c) == intent.grade and answers_question(c, intent) for c in cands)
    # "Vợ chồng ông Thất mua đất của bà Ánh giá bao nhiêu?": once a price answers ("giá 65 cây vàng"), the deposit
    # "đặt cọc 31 triệu đồng" never leads
    as_price = {id(c) for c in cands if intent.priced and written_as_price(c, intent.price_kind)}
    priced = any(id(c) in as_price and answers_question(c, intent) for c in cands)
    # "Trong ba lô của chị Audrey Bùi có bao nhiêu USD?": once an amount held answers ("…, 1.500 USD, …"), the worth
    # of a thing in brackets beside it ("5 thẻ rút tiền (trị giá 25.000 USD)") never leads, unless a worth is asked
    worths = {id(c) for c in cands if worth_aside(c)} if held_asked(intent) else set()
    held = any(is_money(c.figure) and id(c) not in worths and answers_question(c, intent) for c in cands) \
        if worths else False
    # "Nghĩa trang Dốc Khế có bao nhiêu nấm mồ?": once a count of "nấm mồ" answers, "ba nghĩa trang nhân dân"
    # (a count of something else) never leads
    counted = bool(intent.asked_noun) and any(c.noun_match >= 1.0 and answers_question(c, intent) for c in cands)
    # "Bao nhiêu quán cà phê ở Tân Phú có giấy phép?": once a figure of a sentence naming Tân Phú answers, one of a
    # sentence naming other places only ("Huyện Hóc Môn hiện có hàng trăm quán cà phê …") never leads
    placed = {id(c) for c in cands if intent.places and _names_asked_place(c, intent)}
    here = any(id(c) in placed and answers_question(c, intent) for c in cands)
    # (the places each sentence names, read once: a sentence holds several figures, and the sort reads them again)
    written = {c.sentence: find_places(c.sentence) for c in cands} if here else {}
    asked_places = _with_units(intent.places, written) if here else []
    # "Tỷ lệ trả điều tra bổ sung giảm xuống còn bao nhiêu?": once a value reached answers ("… xuống còn dưới 6%"),
    # the one it fell from ("từ 17%") never leads, nor one written otherwise ("Diện tích … điều chỉnh lên bao nhiêu
    # ha?": "từ 32 ha lên 45 ha", not the "diện tích 32 ha" of the first licence, in another sentence)
    reached = intent.reached and any(_written_after(c, _REACHED_BEFORE) and answers_question(c, intent) for c in cands)
    # "Xe thang chữa cháy cao bao nhiêu?": once a length answers ("cao 32m"), "sáu xe thang chữa cháy cao" never leads
    # (of the kind asked: "Khu nghỉ mát Rusalka rộng bao nhiêu?" is "diện tích lên đến 45 ha", not "cách … 8 km")
    measured = bool(intent.distance) and any(fits_measure(c, intent) and answers_question(c, intent) for c in cands)
    # "Phân viện khoa học hình sự có bao nhiêu người?": once a count of its own answers ("Phân viện chỉ có 43
    # người"), one of people counted before ("ra hiệu cho ba người kia") never leads
    fresh = any(not points_at_others(c) and answers_question(c, intent) for c in cands)
    # each fault, once a figure without it answers, puts a figure after every one without it (in this order)
    # ("Công ty Nhật Việt Thiên Nhiên đã nhập bao nhiêu miếng dán massage?": a count of the noun asked, "156 miếng dán
    # massage mà công ty đã nhập về", before one of a sentence naming the company, "2 người Nhật trong Công ty …")
    # "Trong bữa cơm do Tôn Anh Dũng tổ chức có bao nhiêu người?": once a whole count answers ("có 5 người"), a part
    # of it ("…, trong đó có hai người …", nearer the name) never leads, unless the question asks one ("trong đó")
    whole = bool(parts) and any(id(c) not in parts and answers_question(c, intent) for c in cands)
    # "Ba đối tượng bị bắt tạm giam bao nhiêu tháng?": once a figure of a sentence not counting others answers, one of
    # "… bắt tạm giam 4 tháng đối với 10 đối tượng" (another case's) never leads
    alike = bool(miscounted) and any(id(c) not in miscounted and answers_question(c, intent) for c in cands)
    faults = ((alike, lambda c: id(c) in miscounted), (whole, lambda c: id(c) in parts),
              (theirs, lambda c: c.person < nearest), (spanned, lambda c: c.scope < 0),
              (counted, lambda c: c.noun_match == 0 and c.figure.kind == "count"),
              (graded, lambda c: written_grade(c) != intent.grade),
              (named, lambda c: not c.named and _names_another_institution(c, intent)),
              (here, lambda c: id(c) not in placed and _names_another_place(written[c.sentence], asked_places)),
              (totalled, lambda c: not c.total), (acted, lambda c: not c.acted),
              (paid, lambda c: not is_money(c.figure)), (shared, lambda c: c.figure.kind != "percent"),
              (each, lambda c: id(c) not in per),
              (priced, lambda c: id(c) not in as_price),
              (held, lambda c: id(c) in worths),
              (measured, lambda c: not fits_measure(c, intent)), (fresh, points_at_others),
              (reached, lambda c: not _written_after(c, _REACHED_BEFORE)))
    return sorted(cands, key=lambda c: (dated_otherwise(c, intent), c.stated,
                                        *(bool(on) and fault(c) for on, fault in faults), -c.score, order[id(c)]))



BAN = 0.6
# a ban's term written before the figure in its clause: "cấm đảm nhiệm chức vụ sau khi mãn hạn tù 5 năm", "quản chế
# 3 năm"; (folded) asked: "… bị cấm đảm nhiệm chức vụ bao nhiêu năm?"
_BAN_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{'|'.join(BAN_WORDS)})(?!\w)")
_BAN_Q = re.compile(rf" (?:{'|'.join(fold(w) for w in BANS_ASKED)}) ")


def a_ban(c: FigureCandidate) -> bool:
    """Is the figure the term of a ban its clause writes ("cấm đảm nhiệm chức vụ sau khi mãn hạn tù 5 năm"), not of
    prison?"""
    lo = clause_start(c.sentence, c.figure.start - c.sentence_start)
    return bool(_BAN_BEFORE.search(c.sentence, lo, c.figure.start - c.sentence_start))


def asks_term(intent: FigureIntent) -> bool:
    """"… bao nhiêu năm tù?", "… lĩnh mức án bao nhiêu?": a term of prison is asked."""
    return "tu" in fold(intent.asked_noun or "").lower().split() or bool(_TERM_Q.search(intent.said))


# the words of a sentence that gives a term ("tuyên phạt … 12 năm tù", "bản án 20 năm", "đề nghị mức án 7 năm")
_GIVES_TERM = re.compile(rf"(?i)(?<!\w)(?:{'|'.join(TERM_WORDS)})(?!\w)")


def _words_said(intent: FigureIntent, phrases: tuple[str, ...]) -> set[str]:
    """The words of those ``phrases`` the question says whole ("phạt", "mức án" of the term words): a syllable of one
    it does not say is no such word ("Chung" of "Dương Duy Chung", not "chung thân")."""
    return {w for t in phrases if f" {fold(t)} " in intent.said for w in t.split()}


def gives_term(c: FigureCandidate) -> bool:
    """Does the figure's sentence speak of a sentence passed or asked for ("… tòa tuyên án 20 năm tù"), not of a
    span of time alone ("sau hành trình 12 năm kêu oan cho mẹ")? Or is it an item of a list headed so ("Mức án cho
    các bị cáo khác trong vụ án:" over "- Nguyễn Văn Lắn …: 15 năm.")?"""
    return bool(_GIVES_TERM.search(c.sentence) or _GIVES_TERM.search(c.listed_under))


_LIST_ITEM = re.compile(r"\s*[-–+•*]\s")
HEADING_LINES = 30  # lines read back over a list's items and headings


def list_headings(text: str, start: int) -> str:
    """The headings over the list item that opens at ``start`` (a line opening with "-", "+", "•"): the lines ending
    with ":" read back over the items and headings before it, joined, not a heading of another group of items ("Nhóm
    bị cáo phạm tội đưa hối lộ:" over the items before "Nhóm bị cáo phạm tội nhận hối lộ:"); "" for no list item, or
    one under none."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _LIST_ITEM.match(text, line_start):
        return ""
    headings: list[str] = []
    items_between = False  # (items between this line and the last heading kept: a heading above them is a sibling's)
    for line in reversed(text[:line_start].splitlines()[-HEADING_LINES:]):
        if line.rstrip().endswith(":"):
            if not (headings and items_between):
                headings.append(line.strip())
            items_between = False
        elif _LIST_ITEM.match(line) and line.strip():
            items_between = bool(headings)
        else:
            break
    return "\n".join(reversed(headings))


# an event the question names its people in ("Phiên xử Chang Chang Hsin kéo dài mấy ngày?": the trial's days, "sau 3
# ngày xét xử", not the "15 năm tù" beside his name); folded
_EVENT_OF = re.compile(r" (?:phien (?:toa|xu)|xet xu|vu an) (?:\w+ )?$")


def _of_event(intent: FigureIntent) -> bool:
    """Does the question name each of its people right after an event (a trial, a case) rather than as the one the
    figure is of?"""
    return bool(intent.people) and all(
        (at := intent.said.find(f" {p} ")) >= 0 and _EVENT_OF.search(intent.said[: at + 1]) for p in intent.people)


def _named_before_asking(intent: FigureIntent) -> bool:
    """Does the question name a person before it asks "bao nhiêu" ("Phạm Anh Vũ nhập bao nhiêu chiếc?")?"""
    return intent.asking >= 0 and any(0 <= intent.said.find(f" {p} ") < intent.asking for p in intent.people)


def _counts_doers_of(intent: FigureIntent) -> bool:
    """Does the question count a noun (no money, no span of time) and name its person only after "bao nhiêu"?"""
    return bool(intent.people and intent.asked_noun) and not intent.money and not intent.duration \
        and not _named_before_asking(intent)


def _written_after(c: FigureCandidate, words: re.Pattern) -> bool:
    """Is the figure written right after ``words`` ("xuống còn ", "từ ")?"""
    start = c.figure.start - c.sentence_start
    return bool(words.search(c.sentence[max(0, start - 25) : start]))


def _with_units(places: tuple, written: dict[str, list[Place]]) -> list[Place]:
    """The asked places, each named with its unit: as the question writes it, else as the candidates' sentences do
    ("ở Tân Phú" is the "Quận Tân Phú" of "Quận Tân Phú hiện có gần 300 điểm …")."""
    units = sorted({(p.key, p.unit) for named in written.values() for p in named})
    return [p if p.unit else next((Place(u, p.name) for k, u in units if k == p.key), p) for p in places]


def _names_another_institution(c: FigureCandidate, intent: FigureIntent) -> bool:
    """Does the sentence name an institution other than the asked one ("Bệnh viện … Trưng Vương" for "Bệnh viện Chợ
    Rẫy"), not none ("… để tiêu thụ số lượng xăng dầu với số tiền lên tới trên 46,8 tỷ đồng", of the company asked)?
    (A document cited by its number, "quyết định 26", is asked of every sentence that does not cite it.)"""
    if any(ch.isdigit() for n in intent.names for ch in n):
        return True
    return any(not any(mentions(k, n) or mentions(n, k) for n in intent.names)
               for k in institutions_written(c.sentence, one_word=True))


def _names_another_place(named: list[Place], asked: list[Place]) -> bool:
    """Does a sentence naming ``named`` name a place of the asked one's tier ("Huyện Hóc Môn" for "ở Tân Phú"), not
    one that may lie in it ("xã Hòa Tịnh, huyện Chợ Gạo" for "tỉnh Tiền Giang")?"""
    return any(same_tier(p, a) for p in named for a in asked)


def _names_asked_place(c: FigureCandidate, intent: FigureIntent) -> bool:
    said = place_key(c.sentence)
    return any(names_place(said, p) for p in intent.places)


def key_terms(intent: FigureIntent, idf: dict[str, float], n: int = 2) -> list[str]:
    """The question's most specific words (highest idf exact unigrams, not the asked noun): a
    report that never uses them cannot hold the asked figure. Function words and glossary
    abbreviations are left out: a report may spell out what the question abbreviates (TNGT). Function words,
    classifiers and qualifiers never are, however rare in a small corpus ("vì thành tích", "đợt cao điểm",
    "ước tính"), nor the words of a rank question ("xếp", "đứng"): a report says the same with other ones, or
    none."""
    noun_words = set(normalize(intent.asked_noun or "").split()) | intent.qualifier_words | CLASSIFIERS
    if intent.ordinal:
        noun_words |= RANK_WORDS
    if asks_term(intent):  # a term is given with any of the words that give one ("bị phạt bao nhiêu tháng tù?": "Hoàng
        noun_words |= _words_said(intent, TERM_WORDS)  # phải lãnh 18 tháng tù", "mức án 18 tháng tù giam dành cho …")
    # nor the role the question calls somebody by: "Bị cáo Hùng nhận bao nhiêu năm tù?" is "… Hùng nhận 20 năm" of a
    # report that never says "bị cáo"
    noun_words |= _words_said(intent, SUSPECT_ROLES + VICTIM_ROLES)  # (or the victim: "Bé gái bị hại …?")
    abbreviations = default_glossary().by_abbr
    # (nor a number, in digits or in words: "Bốn thanh niên …" is "4 thanh niên" in the report)
    words = {t for t in intent.subject_terms if not t.startswith("~") and "_" not in t and t not in noun_words
             and not t.isdigit() and t not in NUMBER_WORDS and t not in FUNCTION_WORDS and fold(t) not in abbreviations}
    return sorted(words, key=lambda t: (-idf.get(t, 0.0), t))[:n]


def sentence_candidates(doc_id: str, sentence: str, sentence_start: int, *, hit_rank: int = 0,
                        sentence_coverage: float = 0.0, context_year: int | None = None,
                        ordinals: bool = False, doc_text: str = "") -> list[FigureCandidate]:
    """The figures of one sentence as candidates; with ``doc_text``, a part of a whole named in the sentence before
    counts what that whole counts (``counted_back``)."""
    try:
        figs = extract_figures(sentence, base_offset=sentence_start, context_year=context_year, ordinals=ordinals)
        if doc_text:
            figs = [counted_back(f, sentence, sentence_start, doc_text) for f in figs]
    except Exception:  # a numeral the grammar cannot read must not break an answer
        figs = []
    return [FigureCandidate(f, doc_id, sentence, sentence_start, hit_rank, sentence_coverage) for f in figs]


# a part of a whole the sentence before counted: "… tất cả 74 hộ được nhận đều không đủ điều kiện. 14 trong số này là
# người nhà của các quan chức …"
_PART_OF_NAMED = re.compile(r"\s+trong\s+(?:tổng\s+)?số\s+(?:này|đó|ấy|trên)(?!\w)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
BACK_CHARS = 300  # how far back the sentence before is read
_SCALED = re.compile(r"(?i)(?<!\w)(?:trăm|nghìn|ngàn|triệu|tỷ|tỉ)(?!\w)")


def counted_back(fig: Figure, sentence: str, sentence_start: int, doc_text: str) -> Figure:
    """A bare count followed by "trong số này" counts what the last count of the sentence before counts (its text
    stays "14"); any other figure as it is."""
    if fig.kind != "count" or fig.counted or fig.unit or _SCALED.search(fig.text) \
            or not _PART_OF_NAMED.match(sentence, fig.end - sentence_start):
        return fig  # ("6 triệu trong số này họ bỏ túi riêng" is an amount of the money before)
    before = _SENTENCE_END.split(doc_text[max(0, sentence_start - BACK_CHARS) : sentence_start].rstrip())[-1]
    whole = [g for g in extract_figures(before) if g.kind == "count" and g.counted]
    return replace(fig, counted=whole[-1].counted, unit=whole[-1].unit) if whole else fig


# Thresholds for "the corpus states this figure" (measured on eval/figures_dev).
# asked nouns that are units of measure: only a figure in that unit answers ("bao nhiêu tuổi", "bao nhiêu m2")
_MEASURES = frozenset("tuổi m3 m³ kg tấn tạ lít chỉ lượng gam gram".split()) | frozenset(
    u for u in LENGTH_UNITS | AREA_UNITS if " " not in u)
def _measured_before(c: FigureCandidate, unit: str) -> bool:
    """Is the unit written just before the figure ("ở độ tuổi 20-25", "độ sâu 42 m")?"""
    start = c.figure.start - c.sentence_start
    before = c.sentence[max(0, start - 20) : start]
    return bool(re.search(rf"(?i)(?<!\w){re.escape(unit)}\s*(?:là|từ|khoảng|:)?\s*$", before))


MIN_RELEVANCE = 0.45
MIN_RELEVANCE_WITH_NOUN = 0.3
MIN_RELEVANCE_EXACT_NOUN = 0.2  # the counted noun is the asked one ("bao nhiêu hộ chiếu" - "50 hộ chiếu")


def _count_followed_by(c: FigureCandidate, words: re.Pattern) -> bool:
    return c.figure.kind == "count" and words.match(c.sentence, c.figure.end - c.sentence_start) is not None


def points_back(c: FigureCandidate) -> bool:
    """Is the figure a count whose noun a demonstrative follows ("hai bị cáo này", "ba người kia"), or of others than
    ones counted before ("15 địa điểm khác", after "khám xét 20 địa điểm"): not a count of its own?"""
    return _count_followed_by(c, _POINTS_BACK_AFTER) or (
        c.figure.kind == "count" and (c.figure.counted or "").endswith(" khác"))


def points_at_others(c: FigureCandidate) -> bool:
    """Is the figure a count of people named before ("ra hiệu cho ba người kia"): never what a count asks, unlike "11
    xe công nói trên", a total of those listed?"""
    return _count_followed_by(c, _OTHERS_AFTER)


def answers_question(best: FigureCandidate, intent: FigureIntent) -> bool:
    """False when the best figure is only a number near some of the question's words."""
    fig = best.figure
    if best.missing_key_terms:
        return False  # "vụ cháy rừng": a report on house fires has "2 vụ cháy" but no forest
    if best.stated:
        return False  # "3 tài xế taxi Mai Linh bị phạt bao nhiêu?" is never answered by "3 tài xế"
    if intent.years and not set(intent.years) & (best.context_years | {fig.year}):
        return False  # the asked year is nowhere in the figure's report
    if dated_otherwise(best, intent):
        return False  # "năm 1990 … 55.000 vụ" says nothing of 2003
    if intent.direction and not fig.direction and not _DIRECTION_Q.search(normalize(best.sentence)):
        return False  # "giảm bao nhiêu": "làm rõ 31/35 vụ" in a sentence that never says tăng or giảm is no change
    if intent.asked_noun and not intent.duration and best.noun_match == 0 and is_time_span(fig):
        return False  # "Đăk Tô có bao nhiêu xã?" is never answered by "03 năm" in a sentence about its communes
    if intent.duration and intent.asked_noun and best.noun_match == 0 and not is_time_span(fig):
        return False  # "Ngô Xuân Phương bị phạt bao nhiêu năm tù?" is a span of time, never "88 bánh heroin"
    if best.noun_match == 0 and counts_not_money(fig, intent):
        return False  # "Năm 1998 xí nghiệp đăng ký bao nhiêu lao động?" is never "25 người, 91 triệu đồng"'s amount
    if intent.asked_noun and asks_amount(intent) and not is_money(fig):
        return False  # "… được bồi thường bao nhiêu tiền?" is an amount, never "hai công dân"
    if " bao lau " in intent.said and fig.kind == "count" and not (fig.counted or fig.unit):
        return False  # "… chạy tới chạy lui bao lâu …?" is "Gần hai tháng", never the bare "20" of "ngụ tổ 20"
    if _TERM_Q.search(intent.said) and not is_time_span(fig) and not (intent.asked_noun and best.noun_match >= 1.0):
        return False  # "Trần Ngọc Long bị đề nghị mức án bao nhiêu?" is a term of years, never "7 bị cáo" (but
        # "Bao nhiêu bị cáo lãnh án chung thân?" counts them: "Chín bị cáo lãnh mức án chung thân …")
    if asks_amount(intent) and (is_length(fig) or is_age(fig)):
        return False  # "Chiếc nhẫn của Kiệt trị giá bao nhiêu?" is an amount, never the "khoảng 20 m" his body lay at
    if intent.asked_noun and best.noun_match == 0 and intent.asked_noun.split()[0].lower() in _MEASURES and \
            not _measured_before(best, intent.asked_noun.split()[0]):
        return False  # "Đối tượng … bao nhiêu tuổi?" is answered by an age, never by "11 đĩa phim sex"
    if intent.asked_noun and best.noun_match == 0 and is_age(fig) and "tuổi" not in intent.asked_noun:
        return False  # "Có bao nhiêu nạn nhân?" is never answered by "13 tuổi" ("một bé chưa đến 13 tuổi")
    if is_money(fig) and intent.share:
        return False  # "Dũng thu tiền xâu bao nhiêu phần trăm?" is "10% trên số tiền đặt cược", never "100.000 đồng"
    if intent.asked_noun and not intent.percent and fig.kind == "percent" and best.noun_match < 1.0:
        return False  # "bao nhiêu vụ" is never answered by a percentage (unless of them: "7 phần trăm bác sĩ")
    if intent.asked_noun and best.noun_match >= 1.0:
        return best.relevance >= MIN_RELEVANCE_EXACT_NOUN
    if intent.asked_noun and best.noun_match >= 0.8:
        return best.relevance >= MIN_RELEVANCE_WITH_NOUN
    if intent.duration and is_time_span(fig):  # "Đoàn Văn Ngọc lĩnh mức án bao nhiêu?": a term, as a noun would be
        return best.relevance >= MIN_RELEVANCE_WITH_NOUN
    if intent.distance:  # "… bao xa?" is a length ("cách đó 70 km"), never "3 con vật"; "nặng bao nhiêu" a weight
        return (fits_measure(best, intent) if intent.distance == "weight" else is_length(fig)) \
            and best.relevance >= MIN_RELEVANCE_WITH_NOUN
    if intent.priced and written_as_price(best, intent.price_kind):  # "Các xe gian được bán với giá bao nhiêu?":
        return best.relevance >= MIN_RELEVANCE_EXACT_NOUN  # "… đem bán … với giá 7.700-27.800 USD/xe", a price as
        # asked, as the asked noun is a count's (the sentence names the cars as "những phương tiện này")
    if intent.money and is_money(fig):  # "Giá thuê … là bao nhiêu?": an amount is what is asked, as a noun is
        return best.relevance >= MIN_RELEVANCE_WITH_NOUN
    if intent.percent and fig.kind == "percent":  # "… thu tiền xâu bao nhiêu phần trăm?": "10% trên số tiền đặt
        return best.relevance >= MIN_RELEVANCE_WITH_NOUN  # cược" (its sentence never says "tiền xâu"), as an amount
    if intent.penalty and (is_time_span(fig) or is_money(fig)):  # "… bị phạt bao nhiêu?": "1 năm tù", "5 triệu"
        return best.relevance >= MIN_RELEVANCE_WITH_NOUN
    if intent.ordinal and ranked_with_verb(best):  # "VN xếp hạng thứ mấy?": "VN vẫn đứng áp chót", a rank as
        return best.relevance >= MIN_RELEVANCE_EXACT_NOUN  # asked, as the asked noun is a count's (the report
        # names what it ranks in the sentence before: "Theo PERC, … tham nhũng …. Thế nhưng, …, VN vẫn đứng áp chót")
    return best.relevance >= MIN_RELEVANCE


NEAR_POOL = 5  # ranked figures looked at for a near answer when none answers the question


def nearest_figure(cands: list[FigureCandidate], intent: FigureIntent, idf: dict[str, float],
                   places: set[str] = frozenset()) -> FigureCandidate | None:
    """The best figure that would answer the question but for key words its report never uses ("Tội phạm hình
    sự năm 2021 giảm bao nhiêu phần trăm?" - "năm 2021 giảm 19,2%" of "tội phạm và vi phạm pháp luật"), judged
    on the question without those words: shown as the nearest figure, never as the answer. None when a place
    asked is what a report lacks (a figure of another district is not near), or the year or kind is wrong."""
    missing = {t for c in cands for t in c.missing_key_terms}
    if not missing or missing & places:
        return None
    gone = {fold(t).lower() for t in missing}
    subject = [t for t in intent.subject_terms if not gone & set(fold(t.lstrip("~")).lower().split("_"))]
    if not subject:
        return None
    loose = replace(intent, subject_terms=subject, measure_terms=[t for t in intent.measure_terms if t in subject])
    pool = [replace(c, missing_key_terms=()) for c in cands if c.missing_key_terms]
    ranked = rank_candidates(pool, loose, idf)[:NEAR_POOL]
    for c in ranked:
        if answers_question(c, loose):
            original = next(o for o in cands if o.doc_id == c.doc_id and o.figure.start == c.figure.start)
            return replace(c, missing_key_terms=original.missing_key_terms)
    return None


NEAR_PERSON_RELEVANCE = 0.15  # ... least relevance of a figure said of the person asked, to be shown as the nearest


def figure_of_person_asked(cands: list[FigureCandidate], intent: FigureIntent) -> FigureCandidate | None:
    """When no figure answers: the best ranked one of the kind asked that its clause says of the person the question
    names, in a sentence without the question's other words ("Thái Thị Nhược Thúy đã ôm bao nhiêu tiền bỏ trốn?":
    "Gần 240 triệu đồng trong két sắt cơ quan do Thúy quản lý cũng biến mất", after "… cô này đã bỏ trốn"), to be
    shown as the nearest figure, never as the answer. None when the question names nobody."""
    if not intent.people:
        return None
    for c in cands[:NEAR_POOL]:
        fig = c.figure
        of_kind = (c.noun_match >= 0.8 or (intent.money and is_money(fig)) or (intent.percent and fig.kind == "percent")
                   or ((intent.duration or intent.penalty) and is_time_span(fig)))
        if of_kind and c.person >= 0.75 and c.relevance >= NEAR_PERSON_RELEVANCE \
                and answers_question(replace(c, relevance=1.0), intent):
            return c
    return None


def change_instead_of_count(cands: list[FigureCandidate], intent: FigureIntent) -> FigureCandidate | None:
    """"Số vụ tai nạn giao thông ở Đăk Tô năm 2021?" where the report gives no count, only how it changed ("năm
    2021 giảm 31% so với cùng kỳ năm 2020"): that change, the best ranked one that would answer the question but
    for being a percentage, to be shown as what the report says instead, never as the count."""
    if not intent.asked_noun or intent.percent or intent.direction:
        return None
    for c in cands[:NEAR_POOL]:
        if c.figure.kind != "percent" or not c.figure.direction or c.noun_match >= 1.0:
            continue
        if answers_question(c, replace(intent, asked_noun=None)):
            return c
    return None


_BASELINE_Q = re.compile(r"(?i)so với\s+(?:cùng kỳ\s+)?(?:năm\s+)?((?:19|20)\d{2})(?!\d)")


def baseline_years(question: str) -> set[int]:
    """The years a question compares against ("… năm 2021 giảm bao nhiêu so với năm 2020?" -> {2020})."""
    return {int(y) for y in _BASELINE_Q.findall(question)}


LOCAL_TIE = 0.9  # a near-tie of the same sentence must say about as much of the subject in its own words


def restates(a: Figure, b: Figure) -> bool:
    """Do two figures of one report say the same: one value, of one noun ("5 tờ biên nhận" and "5 tờ biên nhận nộp
    tiền", "gần 40 năm" and "Gần 40 năm")?"""
    return a.kind == b.kind and a.value == b.value and a.value is not None and _head(a) == _head(b)


def _head(fig: Figure) -> list[str]:
    return (fig.counted or fig.unit or "").lower().split()[:2]


def aside_after(c: FigureCandidate, lead: FigureCandidate) -> bool:
    """Is ``c`` written in a bracket its sentence opens after ``lead`` ("… để thu 17.500 USD của một số người muốn
    sang Hàn Quốc (Thanh đã mang nộp 10.500 USD)")?"""
    if (c.doc_id, c.sentence_start) != (lead.doc_id, lead.sentence_start) or c.figure.start < lead.figure.end:
        return False
    between = c.sentence[lead.figure.end - c.sentence_start : c.figure.start - c.sentence_start]
    return open_aside(between) is not None


# an age a sentence opens with, a comma after it: the age at the time the sentence tells ("18 tuổi, sau khi tốt nghiệp
# PTTH, Loan …", "19 tuổi, Loan theo chồng về Yên Bái")
_AGE_OPENS = re.compile(r"\s*[,:]")


def age_at_a_time(c: FigureCandidate) -> bool:
    """Is the figure an age its sentence opens with, before a comma ("18 tuổi, sau khi …"): how old somebody was
    when what it tells happened, not how old they are?"""
    at = c.figure.start - c.sentence_start
    return is_age(c.figure) and not c.sentence[:at].strip() and bool(
        _AGE_OPENS.match(c.sentence, c.figure.end - c.sentence_start))


def lead_figures(ranked: list[FigureCandidate], *, ratio: float = 0.88, limit: int = 3,
                 baseline: set[int] = frozenset(), intent: FigureIntent | None = None) -> list[FigureCandidate]:
    """The best figure plus near-ties that are different answers (ambiguous questions: "bao nhiêu xã"
    = "180/188 xã" and "195/204 xã phường"). A near-tie of a year the question only compares against ("so với
    năm 2020": the 2020 figure "16,4%") is no second answer, nor one that does not answer the ``intent``."""
    if not ranked:
        return []
    best = ranked[0]
    out = [best]
    for c in ranked[1:]:
        if len(out) >= limit or c.score < ratio * best.score or c.score <= 0:
            break
        if c.stated or (c.missing_key_terms and not best.missing_key_terms) or c.noun_match < best.noun_match:
            continue  # a report that lacks the question's key words, or a figure of another noun, is no second answer
        if c.figure.direction and not best.figure.direction:
            continue  # "tăng 6 vụ so với Tết trước" beside the count asked is how it changed, not another count
        if intent is not None and intent.people and c.person < best.person:
            continue  # "Lê Bá Long bị tuyên bao nhiêu năm tù?": another's term is no second answer
        if intent is not None and intent.names and c.named < best.named:
            continue  # "Bệnh viện Chợ Rẫy …": "533 ca cấp cứu" of another hospital is no second answer
        if intent is not None and not answers_question(c, intent):
            continue
        if best.acted and not c.acted:
            continue  # "3 người thiệt mạng": "hai người gây ra vụ nổ …" did something else
        if intent is not None and intent.reached and _written_after(best, _REACHED_BEFORE) and not _written_after(
                c, _REACHED_BEFORE):
            continue  # "… điều chỉnh lên bao nhiêu ha?": "lên 45 ha", not the "32 ha" it was before
        if intent is not None and asks_term(intent) and a_ban(c) and not a_ban(best):
            continue  # "11 năm tù": "cấm đảm nhiệm chức vụ … 5 năm" beside it is a ban
        if age_at_a_time(c) and not age_at_a_time(best):
            continue  # "Đã 30 tuổi, Tố Loan …": "18 tuổi, sau khi tốt nghiệp PTTH, Loan …" is how old she was then
        if aside_after(c, best):
            continue  # "… thu 17.500 USD … (Thanh đã mang nộp 10.500 USD)": what the bracket adds is another fact
        if part_of_lead(c, best):
            continue  # "… hiện có 47 cơ sở khiêu vũ …. Trong đó, có 32 cơ sở khiêu vũ tái cấp": a part of the lead
        if intent is not None and intent.distance and fits_measure(best, intent) and not fits_measure(c, intent):
            continue  # "… rộng bao nhiêu?": "lên đến 45 ha"; "cách thành phố Nha Trang khoảng 8 km" is how far
        if intent is not None and intent.per and written_per(best, intent.per) and not written_per(c, intent.per):
            continue  # "… bao nhiêu một tháng?": "4 triệu đồng/tháng"; "bồi thường hơn 66 triệu đồng" is no monthly sum
        if intent is not None and intent.priced and written_as_price(best, intent.price_kind) \
                and not written_as_price(c, intent.price_kind):
            continue  # "… với giá bao nhiêu?": "giá 35 triệu đồng"; "giao 5 triệu đồng và 30 triệu đồng" is a payment
        if intent is not None and held_asked(intent) and worth_aside(c) and not worth_aside(best):
            continue  # "1.500 USD" held; "5 thẻ rút tiền (trị giá 25.000 USD)" beside it is what the cards are worth
        if unrealised(c) != unrealised(best):
            continue  # "21 năm tù" is the term; "VKS đề nghị 24-25 năm" beside it is what was asked for, or so round
        if intent is not None and intent.direction and best.figure.direction and not c.figure.direction:
            continue  # "tăng bao nhiêu": "tăng 380 người", not the 10.095 deaths beside it
        if any(c.doc_id == o.doc_id and (c.figure.text == o.figure.text or restates(c.figure, o.figure)) for o in out):
            continue  # ("Gần 40 năm gắn bó …" after "… đã gần 40 năm gắn bó …": one fact, said twice)
        if any(c.doc_id == o.doc_id and o.figure.start <= c.figure.start and c.figure.end <= o.figure.end for o in out):
            continue  # "11 cây xăng" inside the lead "5 trong số 11 cây xăng": the whole the part was read through
        if c.figure.year in baseline and best.figure.year not in baseline:
            continue
        if c.doc_id == best.doc_id and c.sentence_start == best.sentence_start and c.local < LOCAL_TIE * best.local:
            continue  # "69.284 (43,8%) hộ gia đình là …" beside "68.511 (43,3%) hộ gia đình có con …", asked
        if (c.doc_id, c.sentence_start) != (best.doc_id, best.sentence_start) and \
                c.relevance < LOCAL_TIE * best.relevance:
            continue  # "Chủ tịch xã … bao nhiêu tuổi?": "Bùi Văn Tạ (33 tuổi, Trưởng thôn …)" says less of it
        if (c.doc_id == best.doc_id and c.clause_start != best.clause_start and c.clause_other
                and c.clause_cover < LOCAL_TIE * best.clause_cover):
            continue  # "Hội đồng bảo vệ ANTT cấp xã … 197 thành viên; Ban chỉ đạo 138 cấp xã … 254 thành viên"
        out.append(c)
    return out


_BOTH = re.compile(r"\s*(?:,|và|cùng)\s*")  # "thu hơn 600 triệu đồng và 54 cây vàng": one take, in two parts


def joined_figures(ranked: list[FigureCandidate], lead: FigureCandidate) -> list[FigureCandidate]:
    """The figures written next to ``lead`` with only "và" or a comma between, when no amount is asked for
    alone: what one verb took or gave in several parts ("thu hơn 600 triệu đồng và 54 cây vàng"), in order."""
    same = sorted((c for c in ranked if c.doc_id == lead.doc_id and c.sentence_start == lead.sentence_start),
                  key=lambda c: c.figure.start)
    return _joined_run(same, lead, lambda a, b, gap: bool(_BOTH.fullmatch(gap)) and "percent" not in (
        a.figure.kind, b.figure.kind))


def _joined_run(same: list[FigureCandidate], lead: FigureCandidate, joined) -> list[FigureCandidate]:
    """The run of ``same`` (one sentence's candidates, in order) around ``lead`` whose neighbours ``joined(a, b,
    gap)`` accepts, in order."""
    i = next((k for k, c in enumerate(same) if c is lead), None)
    if i is None:
        return [lead]
    group = [lead]
    for step in (-1, 1):
        k = i
        while 0 <= k + step < len(same):
            a, b = (same[k + step], same[k]) if step < 0 else (same[k], same[k + step])
            if not joined(a, b, lead.sentence[a.figure.end - lead.sentence_start : b.figure.start
                                               - lead.sentence_start]):
                break
            if lead.person > 0 > same[k + step].person:
                break  # "A và B … lần lượt 22 và 16 năm tù", asked of B: A's 22 is no part of his
            k += step
            group.insert(0, same[k]) if step < 0 else group.append(same[k])
    return group


# "7 xe cứu hoả của đội Trung tâm cùng 3 xe của quận 3 được điều đến": two parts of one count, each with its owner
_WITH = re.compile(r"\s*(?:(?:của|thuộc)\s+[^,;.()]{1,40}?\s+)?(?:và|cùng(?:\s+với)?)\s+")


def coordinated_counts(ranked: list[FigureCandidate], lead: FigureCandidate) -> list[FigureCandidate]:
    """The counts of the lead's noun its sentence joins to it with "và"/"cùng" (an owner's words between allowed),
    in order: "Bao nhiêu xe cứu hỏa được điều đến?" -> "7 xe cứu hoả" and "3 xe" (of another station)."""
    head = (lead.figure.counted or "").lower().split()[:1]
    same = sorted((c for c in ranked if c.doc_id == lead.doc_id and c.sentence_start == lead.sentence_start
                   and c.figure.kind == "count" and (c.figure.counted or "").lower().split()[:1] == head
                   and c.noun_match >= lead.noun_match),  # ("6 tiền sự và 4 tiền án": another noun of one head)
                  key=lambda c: c.figure.start)
    if not head:
        return [lead]
    return _joined_run(same, lead, lambda _a, _b, gap: bool(_WITH.fullmatch(gap)))


def also_asked_leads(ranked: list[FigureCandidate], leads: list[FigureCandidate],
                     nouns: list[str]) -> list[FigureCandidate]:
    """For each further noun the question counts ("bao nhiêu tập thể và cá nhân"), the best figure of the lead's
    report that counts it ("10 cá nhân" beside "4 tập thể"), unless a lead already does."""
    out: list[FigureCandidate] = []
    for noun in nouns:
        if any(_noun_score(c.figure, noun) >= 1.0 for c in leads + out):
            continue
        extra = next((c for c in ranked if c.doc_id == leads[0].doc_id and not c.missing_key_terms
                      and _noun_score(c.figure, noun) >= 1.0 and c not in leads + out), None)
        if extra is not None:
            out.append(extra)
    return out


# Capitalised first words of venues and bodies ("tại Hội trường", "tại Trụ sở", "ở Bộ Công an", "Tại Cơ quan điều
# tra"), never places.
_VENUE_HEADS = frozenset("Hội Trụ Nhà Công Đảng Ủy Uỷ UBND HĐND Bộ Ban Phòng Sở Tòa Toà Viện Trường Bệnh Cục Chi "
                         "Đồn Trại Trung Văn Khu Điểm Cơ".split())


def place_of(c: FigureCandidate) -> str | None:
    """The place a figure is about when its sentence names one before it ("Tại Thanh Hóa", "huyện Tuyên Hóa").
    A unit named in an earlier item of a ";" list is that item's ("… tạo thôn Sảo Phong, xã Phong Hóa; nhân rộng
    02 mô hình … tại … xã Lê Hóa"); "Tại Thanh Hóa, …" opening the sentence frames it all."""
    left = c.sentence[: c.figure.start - c.sentence_start]
    m = None
    for m in _PLACE.finditer(left, left.rfind(";") + 1):
        pass
    if m:
        return m.group().strip()
    m = None
    for m in re.finditer(r"\b(?:Tại|tại|Ở|ở)\s+((?:[A-ZĐ][\w]*)(?:\s+[A-ZĐ][\w]*)*)", left):
        pass
    if m is None or m.group(1).split()[0] in _VENUE_HEADS:
        return None  # "tại Hội trường Công an huyện" is a room, not a place a figure is about
    return m.group(1)


def _comparable(a: Figure, b: Figure) -> bool:
    if a.kind != b.kind:
        return False
    ua, ub = normalize(a.unit or ""), normalize(b.unit or "")
    return ua == ub or not ua or not ub or ua.split()[:1] == ub.split()[:1]


def figure_table(ranked: list[FigureCandidate], citations: dict[str, int], titles: dict[str, str], *,
                 ratio: float = 0.75, limit: int = 8) -> list[dict]:
    """Rows for the figures that answer the same question for different years, places or reports.

    Empty unless at least two comparable figures differ in report, year or place.
    """
    if not ranked:
        return []
    best = ranked[0]
    rows, keys = [], set()
    for c in ranked:
        if c.score < ratio * best.score or len(rows) >= limit:
            continue
        if not _comparable(c.figure, best.figure):
            continue
        if c.missing_key_terms and not best.missing_key_terms:
            continue  # a report that never writes the question's key words ("VSP") compares nothing asked
        if c.other_stage and not best.other_stage:
            continue  # the "3 năm" of the first trial compares nothing with the appeal's "4 năm" asked
        place = place_of(c)
        key = (c.doc_id, c.figure.year, place, c.figure.text)
        if key in keys:
            continue
        keys.add(key)
        rows.append({"figure": c.figure.text, "value": c.figure.value, "unit": c.figure.unit, "kind": c.figure.kind,
                     "year": c.figure.year, "period": c.figure.period, "place": place,
                     "direction": c.figure.direction, "baseline": c.figure.baseline,
                     "doc_id": c.doc_id, "title": titles.get(c.doc_id, ""), "citation": citations.get(c.doc_id),
                     "sentence": c.sentence, "start": c.figure.start, "end": c.figure.end})
    distinct = {(r["doc_id"], r["year"], r["place"]) for r in rows}
    # the same figure of the same report read twice (its sentence and its antecedent's) compares nothing
    figures = {(r["doc_id"], r["figure"]) for r in rows}
    return rows if len(rows) >= 2 and len(distinct) >= 2 and len(figures) >= 2 else []


def series_of(table: list[dict]) -> list[dict]:
    """A chartable series: one numeric value per year, at least two years, years ascending.

    Only when all rows have the same kind/unit and each year has one value (otherwise the
    rows are places or reports, not a series).
    """
    rows = [r for r in table if r["year"] is not None and r["value"] is not None]
    if len(rows) < 2 or len({(r["kind"], normalize(r["unit"] or "")) for r in rows}) != 1:
        return []
    by_year: dict[int, dict] = {}
    for r in rows:
        if r["year"] in by_year:
            if by_year[r["year"]]["value"] != r["value"]:
                return []
            continue
        by_year[r["year"]] = r
    if len(by_year) < 2:
        return []
    return [{"year": y, "value": r["value"], "label": r["figure"], "unit": r["unit"], "direction": r["direction"],
             "doc_id": r["doc_id"], "citation": r["citation"]} for y, r in sorted(by_year.items())]


def search_figures(store, *, text: str | None = None, unit: str | None = None, year: int | None = None,
                   doc_ids: list[str] | None = None, kind: str | None = None, limit: int = 50) -> list[dict]:
    """Stored figures (the index's ``figures`` table) filtered by subject words, unit, year, kind and document.

    ``text`` matches when all its words (accent-insensitive) occur in the figure's sentence or its
    subject/counted noun; results keep document order. Each row carries the verbatim sentence.
    """
    want = [fold(w) for w in normalize(text or "").split()]
    unit_f = fold(normalize(unit)) if unit else None
    docs: dict[str, str] = {}
    out = []
    for row in store.figures(doc_ids):
        data = row.get("data") or {}
        if year is not None and data.get("year") != year:
            continue
        if kind and data.get("kind") != kind:
            continue
        if unit_f and not fold(normalize(row.get("unit") or "")).startswith(unit_f):
            continue
        if row["doc_id"] not in docs:
            doc = store.document(row["doc_id"])
            docs[row["doc_id"]] = doc.text if doc else ""
        sentence = docs[row["doc_id"]][row["sentence_start"]:row["sentence_end"]]
        if want:
            hay = fold(normalize(" ".join([sentence, data.get("subject") or "", data.get("counted") or ""])))
            hay_words = set(re.findall(r"\w+", hay))
            if not all(w in hay_words for w in want):
                continue
        out.append({"doc_id": row["doc_id"], "text": row["text"], "value": row["value"], "unit": row["unit"],
                    "kind": data.get("kind"), "year": data.get("year"), "period": data.get("period"),
                    "subject": data.get("subject"), "counted": data.get("counted"), "direction": data.get("direction"),
                    "baseline": data.get("baseline"), "start": row["start"], "end": row["end"], "sentence": sentence})
        if len(out) >= limit:
            break
    return out

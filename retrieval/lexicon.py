"""Vietnamese function words, in named groups, for the question-side heuristics, plus the classifier, rank
and qualifier words ("đợt", "xếp thứ", "ước tính") that a figure answer must not take for the subject.

Follow-up resolution, figure answers and question analysis each need to tell the words that carry a
question's subject from the words that only glue it together ("của", "và", "đã", "này"). They used to
keep their own lists, which drifted apart; here is one definition of each group, and each caller
composes the groups it needs plus its own documented extras. (The query stopwords of
``retrieval/text_analysis.py`` stay separate on purpose: they are phrases, and BM25 measured them.)
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from corpus.figures import CALENDAR_UNITS
from retrieval.text_analysis import UPPER, fold

__all__ = ["PREPOSITIONS", "CONJUNCTIONS", "AUXILIARIES", "DETERMINERS", "MODALS", "ASPECT", "PARTICLES",
           "QUESTION_WORDS", "FUNCTION_WORDS",
           "CALENDAR_UNITS", "CLASSIFIERS", "RANK_WORDS", "QUALIFIER_PHRASES", "ORDINAL_PHRASES",
           "SUSPECT_ROLES", "ROLES_NAMED", "PLACE_KINDS", "NAMED_PLACE_KINDS",
           "VENUES", "BY_ROLE", "TERM_WORDS", "BAN_WORDS", "BANS_ASKED",
           "NAMED_BODIES", "STATE_BODIES", "capitalised", "institutions_written", "qualifier_words",
           "with_folded", "ROLE_NOUNS", "RANKS", "TITLES", "AGE", "AGE_ASIDE", "COUNTRIES",
           "COUPLE", "VICTIM_ROLES"]

PREPOSITIONS = frozenset("của với trong ở tại trên dưới từ đến tới theo cho về vào sau trước khi qua so nhằm để".split())
CONJUNCTIONS = frozenset("và hoặc hay mà nhưng nên vì do bởi thì cùng như".split())
AUXILIARIES = frozenset("là có được bị đã đang sẽ".split())  # copula, existence, passive, tense
DETERMINERS = frozenset("các những này đó kia".split())
PARTICLES = frozenset("nữa rồi vậy nhỉ hả".split())  # sentence-final, spoken
MODALS = frozenset("cần phải muốn".split())  # "cần bao lâu", "phải mất": a report states the figure without them
# aspect adverbs: "đã từng có bao nhiêu đội" - the report writes "đã có hai đội"; "vẫn còn", "cũng", "đều"
ASPECT = frozenset("từng vẫn cũng đều".split())
# what asks, not what is asked about: "bao nhiêu?", "có không?", "như thế nào?" alone name nothing to look for
QUESTION_WORDS = frozenset("ai gì nào đâu sao bao nhiêu mấy thế không chưa chứ ạ".split())
FUNCTION_WORDS = PREPOSITIONS | CONJUNCTIONS | AUXILIARIES | DETERMINERS | MODALS | ASPECT
# the posts and occupations news writes right before a name ("thủ môn Vũ Việt Dũng", "Luật sư Phạm Hồng Hải (được mời
# bảo vệ …)"): whom "Ai là luật sư …?" asks is the name after the word
ROLE_NOUNS: tuple[str, ...] = (
    "thủ môn", "cầu thủ", "huấn luyện viên", "bác sĩ", "luật sư", "giám đốc", "chủ tịch", "trưởng", "bí thư",
    "điều tra viên", "kiểm sát viên", "thẩm phán", "chánh án", "viện trưởng", "nhà báo", "phóng viên", "ca sĩ",
    "diễn viên", "doanh nhân", "kỹ sư", "giáo viên", "giảng viên", "hiệu trưởng", "bộ trưởng", "thứ trưởng",
    "cục trưởng", "tổng giám đốc", "kế toán", "thủ quỹ", "chủ doanh nghiệp", "chủ tiệm", "chủ quán", "tài xế",
    "lái xe", "chủ xe", "cán bộ", "nhân viên", "chiến sĩ", "sinh viên", "học sinh")

# How police news call a suspect named before, by the role alone ("Bị cáo khai …", "Đối tượng thay biển số giả …")
# the forms of address a name may follow ("của ông Ngô Anh Tuấn", "vốn của bà …")
ADDRESS_FORMS: tuple[str, ...] = ("ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cháu", "cụ")
# the ranks of the army and the police a name may follow ("Thiếu tướng Trần Phú Hà", "có đại tá …")
RANKS: tuple[str, ...] = tuple(f"{grade} {rank}" for rank in ("tướng", "tá", "úy", "uý")
                               for grade in ("đại", "thượng", "trung", "thiếu"))
# every word a person's name may follow, lower-case ("là luật sư Lê Thành Kính", ", đồng chí Bùi Tiến Lý")
TITLES: tuple[str, ...] = ("đồng chí",) + ADDRESS_FORMS + ROLE_NOUNS + RANKS
# an age or a birth year opening the bracket after a name, before what it says: "ông Lê Văn Tín (52 tuổi, Đội
# trưởng …)", "Bùi Quốc Trung (24 tuổi, cầm đầu)"
AGE = r"\d{1,3}\s+tuổi"
# a married pair, written before their names like a form of address ("… là vợ chồng Hoàng Gia Cầm …")
COUPLE = "vợ chồng"
AGE_ASIDE = rf"(?:{AGE}|(?:sinh năm|SN)\s+\d{{4}})\s*[,;]\s*"
# countries a report names, as it writes them (never one that is also a given name, "Anh", "Đức", "Nga", nor "Pháp"
# of "Pháp luật": "Vương quốc Anh", "nước Pháp"): a place, for a question asking where ("… bị bắt ở nước nào?": "cơ
# quan … của Mỹ đã … bắt …")
COUNTRIES: tuple[str, ...] = (
    "Mỹ", "Hoa Kỳ", "Vương quốc Anh", "nước Anh", "nước Pháp", "Cộng hòa Pháp", "nước Đức", "nước Nga", "Liên bang Nga",
    "Trung Quốc", "Nhật Bản", "Hàn Quốc", "Triều Tiên", "Campuchia", "Lào", "Thái Lan", "Malaysia", "Singapore",
    "Indonesia", "Philippines", "Myanmar", "Ấn Độ", "Úc", "Australia", "Canada", "Đài Loan", "Hồng Kông", "Hong Kong",
    "Ma Cao", "Macau", "New Zealand", "Séc", "Ba Lan", "Hungary", "Ukraina", "Ucraina", "Italia", "Tây Ban Nha",
    "Hà Lan", "Bỉ", "Thụy Sĩ", "Thụy Điển", "Na Uy", "Đan Mạch", "Phần Lan")
SUSPECT_ROLES: tuple[str, ...] = ("đối tượng", "bị can", "bị cáo", "nghi phạm", "hung thủ")
# ... and the victim ("Bé gái bị hại bao nhiêu tuổi?" of a report writing "bé gái 13 tuổi")
VICTIM_ROLES: tuple[str, ...] = ("người bị hại", "bị hại", "nạn nhân")
# ... as a pattern opening a sentence (case-insensitive): "Đối tượng Nguyễn Văn A", "Bị cáo này" name or point
BY_ROLE = rf"(?:{'|'.join(SUSPECT_ROLES)})(?=\s+(?-i:[a-zà-ỹđ]))(?!\s+(?:là|gồm|này|trên)\b)"
# the suspect's roles with the culprit's and the victim's: whom a name question may ask by role ("Hung thủ giết bà
# Huê tên là gì?")
ROLES_NAMED: tuple[str, ...] = SUSPECT_ROLES + ("thủ phạm", "tên cướp", "kẻ gian", "nạn nhân")
# Court news: the words of a sentence that passes or asks a prison term ("tuyên phạt … 12 năm tù", "bản án 20 năm",
# "đề nghị mức án 7 năm"), and those of a ban a term may follow ("cấm đảm nhiệm chức vụ sau khi mãn hạn tù 5 năm",
# "quản chế 3 năm"), whose term is no prison term unless a ban is asked ("bị cấm đảm nhiệm chức vụ bao nhiêu năm?")
TERM_WORDS: tuple[str, ...] = ("tù", "tuyên", "phạt", "án tù", "mức án", "y án", "lĩnh án", "lãnh án", "bản án",
                               "hưởng án", "đề nghị", "chung thân")
BAN_WORDS: tuple[str, ...] = ("cấm", "quản chế", "tước quyền", "mãn hạn tù")
BANS_ASKED: tuple[str, ...] = ("cấm đảm nhiệm", "cấm hành nghề", "cấm đảm", "cấm làm", "quản chế", "tước quyền")
# Bodies named by a name of their own after the word ("Công ty Lâm Viên", "Bệnh viện Chợ Rẫy", "CLB Đông Á"), and
# state bodies, named by what they do and where ("Sở Bưu chính - Viễn thông", "Chi cục Kiểm lâm tỉnh Sơn La")
NAMED_BODIES: tuple[str, ...] = ("công ty", "tổng công ty", "tập đoàn", "ngân hàng", "xí nghiệp", "nhà máy",
                                 "bệnh viện", "trường", "khách sạn", "hãng", "câu lạc bộ", "CLB")
STATE_BODIES: tuple[str, ...] = ("sở", "ban", "bộ", "cục", "chi cục", "phòng", "trung tâm", "viện", "đài", "báo",
                                 "văn phòng", "UBND", "ủy ban", "uỷ ban", "đội", "hội", "tổ", "đoàn")


def capitalised(phrases: Iterable[str]) -> list[str]:
    """The phrases as a name starts them ("Công ty", "UBND"): how a body is told from the same word in a clause."""
    return [p[:1].upper() + p[1:] for p in phrases]


# Venues, named by a name of their own after the word ("khách sạn Hoàng Dung", "quán Châu Phụng"): an institution to
# the answers, a place to the person boost (often named after the owner: "khách sạn Hoàng Dung" of "bà … Kim Dung")
VENUES: tuple[str, ...] = ("khách sạn", "siêu thị", "cửa hàng", "vũ trường", "nhà hàng", "quán", "nghĩa trang")
# an institution named after what it is ("Bệnh viện Chợ Rẫy", "CLB Đông Á"): a report may speak of several (the
# hospitals of one Tết), unlike a place ("Công an Nha Trang"), which frames a whole report
_INSTITUTION = (r"(?<!\w)(?i:bệnh viện|công ty|tập đoàn|ngân hàng|nhà máy|clb|câu lạc bộ|hãng|trường|"
                rf"{'|'.join(VENUES)})\s+")
_NAMED_INSTITUTION = re.compile(rf"{_INSTITUTION}([{UPPER}][^\W\d_]*(?:\s+[{UPPER}][^\W\d_]*)+)")
# ... or by one capitalised word and lower-case ones ("Bệnh viện Chấn thương Chỉnh hình TP HCM")
_ANY_INSTITUTION = re.compile(rf"{_INSTITUTION}([{UPPER}][^\W\d_]*(?:\s+[{UPPER}][^\W\d_]*)*)")


def institutions_written(text: str, *, one_word: bool = False) -> list[str]:
    """The institutions ``text`` names by two capitalised words or more after what they are ("Bệnh viện Chợ Rẫy" ->
    "cho ray"), folded; a company's type is no part of its name ("Công ty TNHH Bái Loan" is "bai loan").
    ``one_word``: also a name of one capitalised word ("Bệnh viện Chấn thương …" -> "chan")."""
    names = _ANY_INSTITUTION if one_word else _NAMED_INSTITUTION
    return [re.sub(r"^(?:(?:tnhh|mtv|cp|co phan)\s+)+", "", " ".join(fold(m.group(1)).lower().split()))
            for m in names.finditer(unicodedata.normalize("NFC", text))]


# Classifiers a question puts before what it counts or names ("đợt cao điểm", "cuộc họp", "dịp Tết"); a report
# may use another one ("giai đoạn cao điểm", "trong 4 ngày Tết") or none.
# ("Ca phẫu thuật kéo dài bao lâu?"; "Phiên xét xử … kéo dài bao nhiêu ngày?" is "Kết thúc 17 ngày xét xử …"; "Lô dây
# kéo khóa YKK trị giá bao nhiêu?" is "… nhập lậu dây kéo khoá YKK, trị giá 25 tỷ đồng")
CLASSIFIERS = frozenset("đợt lần cuộc loại mức chiếc cái dịp ca phiên lô".split())
# Words naming what kind of place follows: "tại trại tạm giam …", "ở huyện Đăk Tô", "tại đảo Tròn" say where (with
# "nhà": "tại nhà riêng"); right before a capitalised run they make it a place's name, no person's ("bệnh viện Chợ
# Rẫy", "đường Trần Hưng Đạo"). (Longer kinds first: "thị xã" before "xã".)
PLACE_KINDS: tuple[str, ...] = (
    "thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "phường", "xã", "trại", "trụ sở", "khu", "bệnh viện",
    "trường", "đảo", "chợ", "bến", "ga")
# ... and the kinds that only name a place before its capitalised name ("hồ Tây", not "tại hồ sơ"; "tòa nhà
# Keangnam", "đường Láng", "dự án Ciputra"), venues among them, often named after their owner ("khách sạn Hoàng
# Dung" of "bà Phan Thị Kim Dung", "quán Châu Phụng")
NAMED_PLACE_KINDS: tuple[str, ...] = (
    "tòa nhà", "toà nhà", "chung cư", "phố", "đường", "tp", "làng", "thôn", "ấp", "cầu", "sông", "núi", "hồ", "cảng",
    "sân bay", "dự án", "công trình", "nhà nghỉ") + VENUES
# How a rank is asked and stated: "xếp thứ", "đứng thứ", "xếp hạng", "vị trí thứ" (or just "đông dân thứ ba").
RANK_WORDS = frozenset("xếp đứng hạng vị trí thứ".split())
# how heavy: the nouns a question asks a weight with ("Trọng lượng số heroin là bao nhiêu?"), and the adjective, which
# asks one only right before "bao nhiêu" ("Số heroin thu giữ nặng bao nhiêu?", not "… bị thương nặng")
WEIGHT_NOUNS = ("trọng lượng", "khối lượng")
WEIGHT_ADJECTIVE = "nặng"
# Phrases that qualify a figure instead of saying what it counts: "ước tính có bao nhiêu", "tối đa bao nhiêu",
# "thấp hơn bao nhiêu so với hiện nay", "giảm bao nhiêu so với cùng kỳ" (the baseline, which reports write as a year),
# "bị tố lừa bao nhiêu học viên" (who says so: the article writes "lừa … của hơn 200 học viên", or "tố cáo").
QUALIFIER_PHRASES: tuple[str, ...] = (
    "ước tính", "ước khoảng", "khoảng", "chừng", "xấp xỉ", "tổng cộng", "trung bình", "tối đa", "tối thiểu",
    "ít nhất", "nhiều nhất", "dự kiến", "hiện nay", "hiện tại", "cùng kỳ", "bị tố", "bị cáo buộc",
    # a dimension asked: "Trại cai nghiện rộng bao nhiêu m2?" is answered by "một trại cai chưa đầy 20 m2"
    "rộng bao nhiêu", "dài bao nhiêu", "cao bao nhiêu", "sâu bao nhiêu", "nặng bao nhiêu", "xa bao nhiêu",
    # ... or named: "Diện tích đất tranh chấp … là bao nhiêu?" is answered by "… tranh chấp khoảng gần 500 m2 đất vườn"
    "diện tích", "chiều dài", "chiều rộng", "chiều cao",
    # a span asked: "Ca phẫu thuật kéo dài bao lâu?" is answered by "Sau hơn 10 giờ phẫu thuật, …", "Phiên tòa xét xử
    # Sapalavelua diễn ra trong mấy ngày?" by "Trong 3 ngày từ 22 đến 24-8, TAND TP Hà Nội đã mở phiên tòa xét xử …"
    "kéo dài", "diễn ra",
    # per unit: "Hải bán mỗi simcard giá bao nhiêu?" is answered by "800.000-1.000.000 đồng/simcard", "… bao nhiêu
    # tiền cho mỗi cô gái?" by "… cho một "đào" trẻ đẹp, … trả 6 triệu đồng"
    "mỗi",
    # how a report sorts what it counts: "Phạm nhân bao nhiêu tuổi được coi là quá già yếu?" is answered by "phạm nhân
    # quá già yếu là người 70 tuổi trở lên"
    "được coi là", "được xem là", "coi là", "xem là",
)
# Phrases that say which time of an event a question means, not what is counted: "Lần xử sơ thẩm thứ hai Hiệp bị
# tuyên bao nhiêu tháng tù treo?" is answered by "… xử sơ thẩm lần 2, tuyên Hiệp 13 tháng tù treo"
ORDINAL_PHRASES: tuple[str, ...] = ("lần thứ", "thứ hai", "thứ ba", "thứ tư")
_QUALIFIER = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, QUALIFIER_PHRASES + ORDINAL_PHRASES), key=len,
                                                       reverse=True)) + r")(?!\w)", re.IGNORECASE)


def qualifier_words(text: str) -> frozenset[str]:
    """The words of the qualifier and ordinal phrases ``text`` uses ("Ước tính có bao nhiêu …" → {"ước", "tính"}):
    neither names what a figure counts."""
    return frozenset(w for m in _QUALIFIER.finditer(text) for w in m.group(1).lower().split())


def with_folded(words: Iterable[str]) -> frozenset[str]:
    """The words and their bare-keyboard spellings ("của" → also "cua"). Only for short, deliberate lists:
    many folded function words are also content words ("qua" is "quả", "do" is "độ")."""
    words = frozenset(words)
    return words | frozenset(fold(w) for w in words)

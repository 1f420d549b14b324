"""What kind of sentence a question asks for, and whether a sentence is one: a reason ("Vì sao …?"), a court's
penalty ("… bị tuyên án gì?"), a time of day ("… lúc mấy giờ?"). Pure functions over text; the answer's cues
(``retrieval.answer.CUES``) pair them.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from corpus.compounds import is_compound
from corpus.names import SURNAMES
from corpus.numbers import BIRTH_YEAR
from retrieval.lexicon import ADDRESS_FORMS, AGE_ASIDE, COUPLE, ROLE_NOUNS, TITLES
from retrieval.post_holder import people_in
from retrieval.text_analysis import UPPER, fold, fold_aligned, normalize, pos_tags

__all__ = ["NAME_REACH", "alias_asked", "alias_of", "asked_acts", "asked_addressee", "asked_doer_act", "asked_kin",
           "asks_cause", "asks_charge", "asks_clock", "asks_occupation", "asks_penalty", "asks_source", "birth_asked",
           "birth_year_of", "cause_word", "charge_named", "clock_of", "doer_named", "home_asked", "names_addressee",
           "names_doer", "names_kin", "names_owner", "occupation_of", "owned_asked", "owner_named", "penalties",
           "real_name_asked", "real_name_of", "states_cause", "states_charge", "states_clock", "states_consequence",
           "states_home", "states_occupation", "states_penalty", "states_real_name", "states_source", "whose",
           "writes_act", "writes_cause_word"]

# "Vì sao …?", "Nguyên nhân của … là gì?": the answer says what caused it ("có nguyên nhân từ say bia, rượu",
# "Do vợ con luôn bị đe dọa tính mạng nên …"); "do" alone is mostly "by" ("do Công an tỉnh tổ chức")
_ASKS_CAUSE = re.compile(r"(?i)(?<!\w)(?:vì sao|tại sao|vi sao|tai sao|do đâu|vì đâu|nguyên nhân|nguyen nhan|lý do|lí do|"
                         r"ly do)(?!\w)")
# (and a death's or a loss's "do": "chị Nguyệt qua đời do đứt động mạch chủ", "nạn nhân chết do ngạt nước")
_STATES_CAUSE = re.compile(r"(?i)(?<!\w)(?:nguyên nhân|lý do|lí do|bởi vì|bởi|vì|dẫn đến|dẫn tới|xuất phát từ|"
                           r"(?:là|chủ yếu|một phần|cũng|đều) do|do\s[^.;]{3,80}\snên|"
                           r"(?:chết|tử vong|qua đời|thiệt mạng|tử nạn|mất tích|bị thương|hư hỏng|thiệt hại)\s+do|"
                           # (and a "do" that only a cause follows: "bị phạt 150 triệu đồng do vi phạm quyền sở hữu …")
                           r"do\s+(?:vi phạm|mâu thuẫn|thiếu|sơ suất|bất cẩn|ghen|say rượu|say xỉn))"
                           r"(?!\w)")
# "Lâm Bích Thủy bị tuyên án gì?", "Mức án của … là bao nhiêu?": the sentence stating the penalty ("giảm nhẹ hình
# phạt từ tử hình xuống chung thân đối với bị cáo Lâm Bích Thủy"), not one on the case that names the defendant
_ASKS_PENALTY = re.compile(r"(?i)(?<!\w)(?:(?:tuyên|xử|kết|lĩnh|chịu)\s+(?:án|phạt)|mức án|mức hình phạt|hình phạt|"
                           r"án\s+(?:gì|nào|ra sao|thế nào)|bị\s+xử\s+(?:thế nào|ra sao|như thế nào))(?!\w)")
_STATES_PENALTY = re.compile(r"(?i)(?<!\w)(?:tử hình|chung thân|tù giam|tù treo|án treo|\d+\s+năm(?:\s+\d+\s+tháng)?\s+tù|"
                             r"\d+\s+tháng\s+tù|cải tạo không giam giữ|phạt tiền|phạt cảnh cáo)(?!\w)")


# "… bị tuyên phạt về tội gì?", "… bị khởi tố tội danh nào?": the charge ("tuyên phạt 2 bị cáo về tội “hiếp dâm trẻ
# em”"), which a sentence writes after "về tội", "vì tội", "can tội", "tội danh" (not "phạm tội do …", "phạm tội của
# …": why, whose); folded, so "ve toi gi" asks it too
# (or the act: "Lâm Nhật Ánh bị xét xử về hành vi gì?" - "… xét xử … đối với bị cáo Lâm Nhật Ánh (…) về hành vi môi
# giới mại dâm")
_ASKS_CHARGE = re.compile(r"(?<!\w)(?:toi|toi danh|(?:ve|vi)\s+hanh vi)\s+(?:gi|nao)(?!\w)")
_STATES_CHARGE = re.compile(r"(?<!\w)(?:(?:ve|vi|can|pham|cac)\s+(?:cac\s+)?toi|toi danh|(?:ve|vi)\s+hanh vi)"
                            r"\s*[:“\"«]?\s*"
                            r"(?!(?:gi|nao|pham|do|cua|la|va|thi|khi|o|tai|trong|nhung|nen|roi|nay|nhu|cung|voi)\b)"
                            r"[^\W\d_]")


def asks_charge(question: str) -> bool:
    """Does the question ask what crime someone was charged with or sentenced for ("… về tội gì?")?"""
    return bool(_ASKS_CHARGE.search(fold(normalize(question)).lower()))


def states_charge(sentence: str) -> bool:
    """Does the sentence name a charge ("về tội “hiếp dâm trẻ em”", "can tội mua bán trái phép chất ma túy")?"""
    return bool(_STATES_CHARGE.search(fold(normalize(sentence)).lower()))


# the charge itself, from its word on ("tội lạm dụng chức vụ quyền hạn chiếm đoạt tài sản", "hành vi môi giới mại
# dâm"): ended by a stop, a comma opening another clause (not one inside the charge: "chức vụ, quyền hạn", "một vợ,
# một chồng", "tàng trữ, vận chuyển"), a closing quote, or the words that follow a charge ("theo khoản 2 …", "tại …",
# "để …"); a list after a colon runs to the clause's end
_CHARGE_WORD = re.compile(r"(?<!\w)(?:toi danh|toi|hanh vi)(?!\w)")
_CLAUSE_OPENS = (r"bị|được|đã|xử|phạt|tuyên|nhưng|và|theo|với|sau|trước|khi|trong|tại|sinh|trú|ngụ|cùng|còn|thì|là|"
                 r"nên|do|vì|hiện|đồng thời|mức|án|bản án|gồm|tòa|toà|hội đồng|cơ quan|công an|viện|riêng|mỗi|các|"
                 r"những|một số|người|ông|bà|anh|chị|bị cáo|bị can|đối tượng|hắn|y|thị|không|chưa|song|mà|như|"
                 r"hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|tịch thu|buộc|cấm|đang|một(?!\s+(?:chồng|vợ))")
_CHARGE_END = re.compile(rf"\s*(?:[.;:()\n”\"»?!]|,(?=\s*(?:[{UPPER}\d]|(?i:{_CLAUSE_OPENS})(?!\w)))|"
                         r"\s(?i:theo|tại|đối với|xảy ra|ngày|hôm|(?<!trong )khi|sau khi|bị|được|đã|nhưng|thì|nên|"
                         rf"nhằm|để|là|gồm|vì|và bị|và đã|với giá|do(?!\s+người khác)|và(?=\s+(?-i:[{UPPER}]))|"
                         rf"với(?=\s+(?:bị cáo|bị can|ông|bà|anh|chị|(?-i:[{UPPER}]))))(?!\w))")
# the charge's word, and the quote or colon its name may open with
_CHARGE_OPENING = re.compile(r"(?:toi danh|toi|hanh vi)\s*([:“\"«])?\s*")
_POINTING = re.compile(r"(?:tren|nay|do|nau tren|noi tren|neu tren)(?!\w)")  # ("về tội danh trên": none named)
_LIST_END = re.compile(r"\s*[.;\n]")


def charge_named(sentence: str, name: str | None = None) -> tuple[int, int] | None:
    """The span of the charge the sentence names (``states_charge``), the first after ``name`` when it writes that
    name ("tội lạm dụng chức vụ quyền hạn chiếm đoạt tài sản" of "… đề nghị truy tố Phạm Thanh Lâm, …, về tội lạm
    dụng chức vụ quyền hạn chiếm đoạt tài sản."); None when it names none."""
    text = unicodedata.normalize("NFC", sentence)
    folded = fold_aligned(text)
    at = folded.find(fold_aligned(unicodedata.normalize("NFC", name))) if name else -1
    found = [m for m in _STATES_CHARGE.finditer(folded)
             if not _POINTING.match(folded, _CHARGE_OPENING.match(folded, _charge_word(folded, m)).end())]
    m = next((m for m in found if m.start() >= at), None) if at >= 0 else None
    m = m or (found[0] if found else None)
    if m is None:
        return None
    start = _charge_word(folded, m)
    opening = _CHARGE_OPENING.match(folded, start)
    if opening.group(1) and opening.group(1) != ":":  # (quoted: to the closing quote, which the span keeps)
        close = re.compile(r"[”\"»]").search(text, opening.end())
        return (start, close.end()) if close else None
    end = (_LIST_END if opening.group(1) else _CHARGE_END).search(text, opening.end())
    return start, end.start() if end else len(text.rstrip())


def _charge_word(folded: str, m: re.Match) -> int:
    """Where the charge's word ("tội", "tội danh", "hành vi") stands in a match of ``_STATES_CHARGE``."""
    return _CHARGE_WORD.search(folded, m.start(), m.end()).start()


def asks_penalty(question: str) -> bool:
    """Does the question ask what penalty a court gave ("bị tuyên án gì?", "mức án …")?"""
    return bool(_ASKS_PENALTY.search(normalize(question)))


def states_penalty(sentence: str) -> bool:
    """Does the sentence state a penalty ("tử hình", "chung thân", "3 năm tù", "án treo")?"""
    return bool(_STATES_PENALTY.search(normalize(sentence)))


def penalties(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence states a penalty, as offsets into it."""
    return [m.span() for m in _STATES_PENALTY.finditer(unicodedata.normalize("NFC", sentence))]


def asks_cause(question: str) -> bool:
    """Does the question ask why ("Vì sao …?", "Nguyên nhân của … là gì?", "… do đâu?")?"""
    return bool(_ASKS_CAUSE.search(normalize(question)))


# the words a question may name the cause by, which a sentence giving it may write too ("Nguyên nhân vụ cháy được xác
# định có thể do chập điện" for "Nguyên nhân vụ cháy siêu thị là gì?"), folded
_CAUSE_WORDS = re.compile(r"(?<!\w)(?:nguyen nhan|ly do|li do)(?!\w)")


def cause_word(question: str) -> str:
    """The word the question names the cause by ("nguyen nhan" of "Nguyên nhân vụ cháy … là gì?"), folded; empty
    when it names none ("Vì sao …?")."""
    m = _CAUSE_WORDS.search(fold(normalize(question)).lower())
    return m.group() if m else ""


def writes_cause_word(sentence: str, word: str) -> bool:
    """Does the sentence write the cause word the question names it by (``cause_word``)?"""
    return re.search(rf"(?<!\w){word}(?!\w)", fold(normalize(sentence)).lower()) is not None


def states_cause(sentence: str) -> bool:
    """Does the sentence say what caused something ("có nguyên nhân từ …", "vì …", "Do … nên …")?"""
    return bool(_STATES_CAUSE.search(normalize(sentence)))


# "Số ma túy … được mua từ đâu?", "Kinh phí … lấy từ đâu?", "Nguồn gốc số hàng …?": where a thing was got from
# ("mua từ Lào", "trích từ nguồn chi thường xuyên", "có nguồn gốc từ Hồng Kông"), not where it happened; folded, so
# that "mua tu dau" asks it too
_ASKS_SOURCE = re.compile(r"(?<!\w)(?:từ đâu|từ nguồn nào|nguồn gốc|xuất xứ)(?!\w)")
_ASKS_SOURCE_TYPED = re.compile(r"(?<!\w)(?:tu dau|tu nguon nao|nguon goc|xuat xu)(?!\w)")  # without diacritics
_STATES_SOURCE = re.compile(r"(?<!\w)(?:nguon goc|xuat xu|tu nguon|(?:mua|lay|nhap|nhap khau|trich|thu mua|mua lai|"
                            r"van chuyen|chuyen|dua|mang|xuat phat|huy dong|tai tro|ho tro|cap|vay|nhan)\s+"
                            r"(?:lai\s+|ve\s+)?tu\s+(?!do\b|khi\b|luc\b|ngay\b|nam\b|thang\b|nay\b|\d))")


def asks_source(question: str) -> bool:
    """Does the question ask where something was got from ("… mua từ đâu?", "Nguồn gốc …?")?"""
    text = normalize(question).lower()
    # folded only when typed without diacritics: "Từ đầu năm …" folds to "tu dau" too, and asks no source
    return bool(_ASKS_SOURCE.search(text) or (text == fold(text) and _ASKS_SOURCE_TYPED.search(text)))


def states_source(sentence: str) -> bool:
    """Does the sentence say where something came from ("mua từ Lào", "trích từ nguồn chi thường xuyên")?"""
    return bool(_STATES_SOURCE.search(fold(normalize(sentence)).lower()))


# "Thủ tướng yêu cầu ai kiểm điểm …?", "Bộ giao ai chủ trì …?": the one a directive is addressed to, whom the answer
# writes right after the verb ("Thủ tướng yêu cầu Chủ tịch UBND tỉnh Đồng Nai phải tổ chức kiểm điểm …")
_DIRECTED = ("yeu cau", "de nghi", "giao cho", "giao", "chi dao", "kien nghi", "dieu dong", "phan cong", "chi thi")
_ASKS_ADDRESSEE = re.compile(r"(?<!\w)(" + "|".join(_DIRECTED) + r")\s+(?:cho\s+)?(?:nhung ai|ai|don vi nao|"
                             r"co quan nao)(?!\w)")


def asked_addressee(question: str) -> str | None:
    """The directive verb whose addressee the question asks ("yeu cau" of "Thủ tướng yêu cầu ai kiểm điểm …?")."""
    m = _ASKS_ADDRESSEE.search(fold(normalize(question)).lower())
    return m.group(1) if m else None


def names_addressee(sentence: str, verb: str) -> bool:
    """Does the sentence write somebody right after ``verb`` (folded): "yêu cầu Chủ tịch UBND tỉnh …", "giao Bộ
    Tài nguyên Môi trường chủ trì", "đề nghị đồng chí …" (a capital, or a form of address)?"""
    text = unicodedata.normalize("NFC", sentence)  # cased: a capital starts a name
    folded = fold_aligned(text)
    for m in re.finditer(r"(?<!\w)" + verb.replace(" ", r"\s+") + r"\s+(?:cho\s+)?", folded):
        rest = text[m.end() :]
        if rest[:1].isupper() or re.match(r"(?:(?:các|những|mỗi)\s+)?(?:đồng chí|ông|bà|lực lượng|công an|cơ quan|"
                                          r"đơn vị|địa phương|ban|ngành|cấp uỷ|cấp ủy|đảng uỷ|đảng ủy|uỷ ban|ủy ban|"
                                          r"chính quyền|bộ|sở)(?!\w)", rest, re.IGNORECASE):
            return True
    return False


# "… nên khởi kiện ra tòa": what follows "nên" is the consequence; the asked act written there means the clause
# before it is the reason ("Anh Linh cho rằng công ty đã trao giải thưởng … không đúng cam kết nên khởi kiện ra tòa")
_SO = r"(?<!\w)(?:nen|cho nen|vi vay|vi the|do do|do vay),?\s+(?:[^\W\d_]+\s+){0,3}?"  # "Vì vậy, anh đã khởi kiện"
# "Cú ngã đó làm nạn nhân bị chấn thương sọ não và chết sau đó": what made the asked act happen, before it
_MADE = r"(?<!\w)(?:lam|khien|gay ra|dan den|dan toi)\s+(?:[^\W\d_]+\s+){1,8}?"
_WEAK_VERBS = frozenset("bi duoc co la lam di den ve ra vao o".split())


@lru_cache(maxsize=256)  # read by two cues, in every ``_candidates`` pass of one question: tag it once
def asked_acts(question: str) -> tuple[str, ...]:
    """The verbs of a question (underthesea's tagger), folded ("khởi kiện" of "Vì sao anh Linh khởi kiện công
    ty VNC?"); one-syllable auxiliaries and motion verbs ("bị", "đi") are left out."""
    out: list[str] = []
    run: list[str] = []  # consecutive verbs: "cháy xảy ra" gives "cháy", "xảy ra" and the rest of its runs
    for word, tag in pos_tags(question) + (("", ""),):
        key = fold(word).lower()
        if tag == "V" and key.replace(" ", "").isalpha():
            run.append(key)
            continue
        for i in range(len(run)):
            for j in range(i + 1, len(run) + 1):
                act = " ".join(run[i:j])
                if act not in _WEAK_VERBS:
                    out.append(act)
        run = []
    return tuple(dict.fromkeys(out))


# "Hứa Anh sinh năm nào?", "năm sinh của …", "sinh năm bao nhiêu?": a birth year, which news writes "SN 1964",
# "sinh năm 1982" or in brackets after the name, "Dương Mạnh Hoa (1975)"
_ASKS_BIRTH = re.compile(r"(?i)(?<!\w)(?:sinh năm|năm sinh|sinh nam|nam sinh)(?:\s+(?:của|cua)(?:\s+[^\s?]+){1,4}?)?"
                         r"\s*(?:(?:là|la)\s+)?(?:(?:nào|nao|bao nhiêu|bao nhieu|mấy|may|gì|gi)(?!\w)|\??\s*$)")
_YEAR_IN_BRACKETS = re.compile(rf"[{UPPER}][^\W\d_]*\s*\(\s*((?:19|20)\d{{2}})\s*[),]")


def asks_birth(question: str) -> bool:
    return bool(_ASKS_BIRTH.search(normalize(question)))


def _birth_years(text: str) -> list[tuple[int, int, int]]:
    """Each birth year written: (where it is read from, its span): "SN 1964" from "SN", "Dương Mạnh Hoa (1975)"
    from after the bracket."""
    return [(m.start(), m.start(1), m.end(1)) for m in BIRTH_YEAR.finditer(text)] + [
        (m.end(), m.start(1), m.end(1)) for m in _YEAR_IN_BRACKETS.finditer(text)]


def _years_of(text: str, name: str) -> list[tuple[int, int]]:
    """The spans of the birth years written after ``name``, within ``NAME_REACH`` characters, nearest first."""
    at = [m.end() for m in re.finditer(rf"(?<!\w){re.escape(unicodedata.normalize('NFC', name))}(?!\w)", text)]
    return [(s, e) for _, s, e in sorted((j - a, s, e) for a in at for j, s, e in _birth_years(text)
                                         if 0 <= j - a <= NAME_REACH)]


def states_birth(sentence: str, name: str = "") -> bool:
    """Does the sentence write somebody's birth year ("Hứa Anh (SN 1964, …)", "Dương Mạnh Hoa (1975), …"), of
    ``name`` when given: written after it, within ``NAME_REACH`` characters (not "Đinh Đức Hiếu (1983) nhập bọn với
    Thịnh" for Thịnh's)?"""
    text = unicodedata.normalize("NFC", sentence)
    return bool(_years_of(text, name)) if name else bool(_birth_years(text))


def birth_year_of(sentence: str, name: str = "") -> tuple[int, int] | None:
    """The span of ``name``'s birth year in the sentence, the nearest written after it ("1940" of "… và Nguyễn Đình
    Thi (sinh năm 1940, quê Hà Tĩnh)" for Thi); nobody named, the only one it writes. None when there is none."""
    text = unicodedata.normalize("NFC", sentence)
    if name:
        found = _years_of(text, name)
        return found[0] if found else None
    years = _birth_years(text)
    return years[0][1:] if len(years) == 1 else None


def birth_asked(question: str) -> tuple[str] | None:
    """Whose birth year a question asks, as a one-tuple: its last capitalised word, the given name ("Thịnh" of
    "Nguyễn Phúc Thịnh sinh năm nào?"), "" for nobody; None when it asks none."""
    return (whose(question),) if asks_birth(question) else None


# "Phạm Trung Thành làm nghề gì?": the sentence writing a trade or a job ("Phạm Trung Thành (31 tuổi, nhân viên Công
# ty Vận tải dầu khí Việt Nam)", "gầm cầu Chánh Hưng là nơi Thông hành nghề sửa xe đạp", "nghề nghiệp làm ruộng")
_ASKS_OCCUPATION = re.compile(r"(?<!\w)(?:lam nghe|nghe nghiep|nghe gi|lam (?:cong )?viec gi|lam viec o dau)(?!\w)")
_STATES_OCCUPATION = re.compile(
    r"(?i)(?<!\w)(?:nghề|nhân viên|công nhân|cán bộ|công chức|viên chức|giáo viên|sinh viên|học sinh|tài xế|lái xe|"
    r"kỹ sư|bác sĩ|y tá|y sĩ|dược sĩ|nông dân|vai trò là|công tác (?:tại|ở)|làm việc (?:tại|ở)|kiểm sát viên|thẩm phán|"
    r"điều tra viên|thư ký|"
    r"làm ruộng|buôn bán|kinh doanh|thợ|xe ôm|bảo vệ|phóng viên|nhà báo|luật sư|kế toán|thủ quỹ|lao động tự do|"
    r"làm thuê|giúp việc|tiếp viên|ca sĩ|diễn viên|cầu thủ|hưu trí|nội trợ|buôn|bán hàng|chủ (?:quán|tiệm|cửa hàng|"
    r"doanh nghiệp|cơ sở|hiệu|ki-ốt|kiốt|sạp))(?!\w)")


def asks_occupation(question: str) -> bool:
    """Does the question ask someone's trade or job ("… làm nghề gì?", "Nghề nghiệp của … là gì?")?"""
    return bool(_ASKS_OCCUPATION.search(fold(normalize(question)).lower()))


def occupation_of(question: str) -> str | None:
    """Whose trade an occupation question asks: the last capitalised word it writes, the given name ("Thành" of
    "Phạm Trung Thành làm nghề gì?"); "" when it names nobody (any job then answers); None when it asks none."""
    return whose(question) if asks_occupation(question) else None


def whose(question: str) -> str:
    """The given name of the person a question asks about: its last capitalised word ("Thành" of "Phạm Trung Thành
    làm nghề gì?"), not one that opens it without naming anyone ("Nghề nghiệp của …", "Năm sinh của …", "Ông …",
    "Người bị hại …"); "" when it names nobody."""
    words = re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", question))
    names = [w for i, (w, nxt) in enumerate(zip(words, words[1:] + [""]))
             if w[:1].isupper() and not w.isupper() and fold(w).lower() not in _NOT_WHOSE
             and not (fold(w).lower() in _ADDRESS and (i == 0 or nxt[:1].isupper()))]
    return names[-1] if names else ""


# (folded) what opens a question without naming anyone: "Nghề nghiệp của …", "Người bị hại …", "Nạn nhân …", "Năm
# sinh của …"; and a form of address before a name or opening the question ("Ông Trần Quốc Cường …", "Em bé …"; not
# "Hứa Anh")
_NOT_WHOSE = frozenset({"nghe", "nguoi", "nan", "doi", "ke", "ten", "bi", "nam", "sinh"})
_ADDRESS = frozenset({"ong", "ba", "anh", "chi", "em", "co", "chu", "bac"})
NAME_REACH = 80  # characters after a name (40 before it) that its job or home is written within


def states_occupation(sentence: str, name: str = "") -> bool:
    """Does the sentence write a trade or a job ("nhân viên Công ty …", "hành nghề xe ôm", "làm ruộng"), of
    ``name`` when given: near it ("Phạm Trung Thành (31 tuổi, nhân viên …)", "sinh viên Nguyễn Văn A"), not of
    whoever else the sentence names ("anh Trần Văn Tốt … vừa chạy xe ôm về" is not Thành's)?"""
    return written_near(sentence, _STATES_OCCUPATION, name)


def written_near(sentence: str, pattern: re.Pattern, name: str, before: int = 40, ignore_case: bool = False) -> bool:
    """Does ``pattern`` match in the sentence, within ``NAME_REACH`` characters after ``name`` (or ``before``
    before it) when a name is given? A person's name is matched as cased ("trở thành" is nobody's name); a venue's
    may be written in lower case ("khách sạn Tản Đà")."""
    text = unicodedata.normalize("NFC", sentence)
    found = [m.start() for m in pattern.finditer(text)]
    if not name or not found:
        return bool(found)
    flags = re.IGNORECASE if ignore_case else 0
    at = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(unicodedata.normalize('NFC', name))}(?!\w)", text, flags)]
    return any(-before <= j - a <= NAME_REACH for a in at for j in found)


# "Bà Hân ở đâu?", "Nguyễn Văn A sống ở đâu?": where somebody lives ("bà Phan Thị Ngọc Hân (ngụ tại 197/21 Hàn Hải
# Nguyên, …)", "Lê Mạnh Tân (sinh năm 1981, ở khối 7C thị trấn Đông Anh)"), not where they were seen or taken
_ASKS_HOME = re.compile(rf"^\s*(?:(?:ông|bà|anh|chị|cô|chú|em|cháu|bé)\s+)?((?:[{UPPER}][^\W\d_]*\s+){{1,4}})"
                        r"(?:(?:hiện\s+)?(?:sống|trú|cư trú|ngụ|cư ngụ|thường trú|quê|nhà)\s+)?"
                        r"(?:ở|tại)\s+(?:đâu|nơi nào)\s*\??\s*$")
# (", ở" and a capital after a name: "thượng tá Hồ Như Vọng, ở Gia Lâm, Hà Nội"; a bracket opening with a place
# after it: "bà Nguyễn Thị Kim Loan (phường 1, thị xã Vĩnh Long, tỉnh Vĩnh Long) trở về …", "Vũ Thị Hồng Nhung (tập
# thể Thành Công, Ba Đình, Hà Nội)")
_STATES_HOME = re.compile(rf"(?i)(?<!\w)(?:ngụ|trú|quê|hộ khẩu|sống (?:tại|ở)|nhà (?:ở|tại)|\d{{4}},\s+ở)(?!\w)"
                          rf"|,\s+ở\s+(?-i:[{UPPER}])"
                          r"|(?<=\w)\s*\(\s*(?:phường|xã|thị xã|thị trấn|quận|huyện|tỉnh|thành phố|TP|thôn|ấp|bản|"
                          r"khu phố|tổ dân phố|số|tập thể|khu tập thể|ngõ|phố|đường)\s+[\w\d]")


# "Vợ Phạm Trung Thành là ai?", "Chồng bà Khinh là ai?": the sentence naming the relative ("… và vợ Dương Thị Yên
# (giáo viên …)", "Trần Văn Thái (chồng bà Khinh - …)"), not one on the person that only says "cùng vợ (chưa có con)"
_KIN = r"vợ|chồng|con trai|con gái|con|bố|mẹ|cha|em trai|em gái|anh trai|chị gái|cháu"
_ASKS_KIN = re.compile(rf"(?i)^\s*({_KIN})\s+(?:của\s+)?(?:(?:ông|bà|anh|chị)\s+)?(?-i:[{UPPER}])[^?]*?\s+"
                       r"(?:là ai|tên (?:là )?gì)\s*\??\s*$")


def asked_kin(question: str) -> str | None:
    """The kinship a who-question asks ("vợ" of "Vợ Phạm Trung Thành là ai?"), lower case; None for any other."""
    m = _ASKS_KIN.match(unicodedata.normalize("NFC", question))
    return m.group(1).lower() if m else None


def names_kin(sentence: str, kin: str) -> bool:
    """Does the sentence name somebody as that relative: the name right after the word ("vợ Dương Thị Yên", "vợ tên
    là Yên"), or before it in brackets or after a comma ("Trần Văn Thái (chồng bà Khinh - …)", "ông Nguyễn Văn Ngà,
    chồng bà Ánh")?"""
    text = unicodedata.normalize("NFC", sentence)
    word = rf"(?<!\w)(?<!(?i:vợ) )(?i:{re.escape(kin)})"  # ("vợ chồng Vẽ - Ngọc" is a couple, no husband)
    return bool(re.search(rf"{word}\s+(?:(?:là|tên|tên là)\s+)?[{UPPER}]", text)
                or re.search(rf"[{UPPER}][^\W\d_]*\s*(?:\(|,|[-–])\s*{word}[\s)]", text))


_ASKS_HOUSE = re.compile(rf"(?i)^\s*(?:ngôi\s+|căn\s+)?nhà(?:\s+riêng)?\s+(?:của\s+)?(?:(?:ông|bà|anh|chị)\s+)?"
                         rf"(?-i:[{UPPER}])[^?]*?\s+(?:ở|tại)\s+(?:đâu|nơi nào)\s*\??\s*$")


def home_asked(question: str) -> str | None:
    """Whose home a place question asks: the given name of "Bà Hân ở đâu?" ("Hân"); "" for a house asked by its
    owner ("Nhà riêng của Phạm Tiến Dũng ở đâu?": its address answers, though the sentence writes "ông ta"); None
    for any other question ("Khiết bị bắt ở đâu?" asks where a thing was done)."""
    text = unicodedata.normalize("NFC", question)
    if _ASKS_HOUSE.match(text):
        return ""
    m = _ASKS_HOME.match(text)
    return m.group(1).split()[-1] if m else None


def states_home(sentence: str, name: str) -> bool:
    """Does the sentence write where ``name`` lives ("… Hân (ngụ tại 197/21 Hàn Hải Nguyên, …)")?"""
    return written_near(sentence, _STATES_HOME, name)


# "Hải Bánh tên thật là gì?", "Tên thật của Năm Cam là gì?": the full name written beside the nickname ("phạm nhân
# Nguyễn Tuấn Hải (Hải Bánh )", "Cường "Đôla" - tức Nguyễn Quốc Cường", "Nguyễn Văn A, tức Ba Bụi"); folded
# (asked by "là gì", "là ai": "… chưa được mô tả hoặc đặt tên đầy đủ?" asks none)
_ASKS_REAL_NAME = re.compile(r"(?<!\w)(?:ten that|ten khai sinh|ten day du|ho ten day du|ten tuc)"
                             r"(?=(?:\s+cua(?:\s+[^\s?]+){1,6}?)?\s+(?:la\s+)?(?:gi|ai)(?!\w))")
_FULL_NAME = rf"[{UPPER}][^\W\d_]*(?:\s+[{UPPER}][^\W\d_]*){{1,4}}"
_CALLED = r"tức là|tức|còn gọi là|còn có tên|thường gọi là|hay gọi là|biệt danh(?:\s+là)?|bí danh(?:\s+là)?"
# ("Gary Glitter còn có tên gọi khác là Paul Francis Gadd")
_REAL = r"tức là|tức|tên thật(?:\s+là)?|tên khai sinh(?:\s+là)?|(?:còn\s+)?có tên gọi khác là"
_QUOTES = "\"'“”‘’"


@lru_cache(maxsize=1024)  # (asked by a cue and by the question's frame)
def real_name_asked(question: str) -> str | None:
    """The nickname whose real name a question asks ("Hải Bánh" of "Hải Bánh tên thật là gì?"), as written: its
    capitalised words, those of the frame ("Tên thật của …") left out; None when it asks none, or names nobody."""
    text = unicodedata.normalize("NFC", question)
    m = _ASKS_REAL_NAME.search(fold(text).lower())
    if m is None:
        return None
    rest = text[: m.start()] + " " + text[m.end():]  # (fold keeps the characters where they are)
    names = [w for w in re.findall(r"[^\W\d_]+", rest)
             if w[:1].isupper() and fold(w).lower() not in ("ten", "cua", "ho")]
    return " ".join(names) or None


def states_real_name(sentence: str, nickname: str) -> bool:
    """Does the sentence write a full name beside the nickname (``real_name_of``)?"""
    return real_name_of(sentence, nickname) is not None


def real_name_of(sentence: str, nickname: str) -> tuple[int, int] | None:
    """The span of the full name the sentence writes beside the nickname: the name, then the nickname in brackets or
    after "tức", "còn gọi là" ("Nguyễn Tuấn Hải (Hải Bánh )"); or the nickname, then "tức", "tên thật là" and the name
    ("Cường "Đôla" - tức Nguyễn Quốc Cường"), perhaps in the next sentence, which points back to it; None when it
    writes none. The nickname may be quoted, word by word. (NFC keeps the offsets of an NFC text, as stored.)"""
    text = unicodedata.normalize("NFC", sentence)
    q = f"[{_QUOTES}]?"
    alias = q + rf"{q}\s*{q}".join(re.escape(w) for w in unicodedata.normalize("NFC", nickname).split()) + q
    m = (re.search(rf"({_FULL_NAME})\s*(?:\(\s*(?:(?:{_CALLED})\s+)?|,?\s*(?:{_CALLED})\s+){alias}", text)
         or re.search(rf"{alias}\s*(?:\(|[-–,])?\s*(?:có\s+)?(?:{_REAL})\s+({_FULL_NAME})", text)
         # the next sentence points back to the nickname: "… "trùm" buôn lậu Mười Tường. Bà "trùm" này tên
         # thật là Nguyễn Thị Kim Hạnh"
         or re.search(rf"{alias}\s*[.!?…]\s+(?:\S+\s+){{0,3}}(?i:này)\s+(?:{_REAL})\s+({_FULL_NAME})", text))
    return _from_surname(text, *m.span(1)) if m else None


# "Lâm Nhật Ánh còn gọi là gì?", "Biệt danh của Năm Cam là gì?": the other names written after the name ("Lâm Nhật
# Ánh còn gọi là Nguyệt Anh hoặc Vân Anh"); folded
_ASKS_ALIAS = re.compile(r"(?<!\w)(?:goi la|biet danh|bi danh|ten goi khac|ten khac)"
                         r"(?=(?:\s+cua(?:\s+[^\s?]+){1,6}?)?\s+(?:la\s+)?gi\s*\??\s*$)")
_ALIAS = rf"[{_QUOTES}]?[{UPPER}][^\W\d_]*(?:\s+[{_QUOTES}]?[{UPPER}][^\W\d_]*)*[{_QUOTES}]?"  # ('Thọ "Đại Úy"')
_ALIASES = rf"(?:còn có tên gọi khác là|còn có tên là|{_CALLED})\s+({_ALIAS}(?:\s*(?:,|hoặc|hay|và)\s*{_ALIAS})*)"


def alias_asked(question: str) -> str | None:
    """The name whose other names a question asks ("Lâm Nhật Ánh" of "Lâm Nhật Ánh còn gọi là gì?"), as written;
    None when it asks none, or names nobody."""
    text = unicodedata.normalize("NFC", question)
    m = _ASKS_ALIAS.search(fold(text).lower())
    if m is None:
        return None
    names = [w for w in re.findall(r"[^\W\d_]+", text[: m.start()] + " " + text[m.end() :])
             if w[:1].isupper() and fold(w).lower() not in ("biet", "bi", "ten", "cua", "con")]
    return " ".join(names) or None


def alias_of(sentence: str, name: str) -> tuple[int, int] | None:
    """The span of the other names the sentence writes right after the name ("Nguyệt Anh hoặc Vân Anh" of "Lâm Nhật
    Ánh còn gọi là Nguyệt Anh hoặc Vân Anh, sinh năm 1983"; "Năm Cam" of "Trương Văn Cam (tức Năm Cam)"); None
    when it writes none."""
    text = unicodedata.normalize("NFC", sentence)
    written = r"\s+".join(re.escape(w) for w in unicodedata.normalize("NFC", name).split())
    m = re.search(rf"(?<!\w){written}(?!\w)\s*(?:,\s*|\(\s*)?{_ALIASES}", text)
    return m.span(1) if m else None


def _from_surname(text: str, a: int, b: int) -> tuple[int, int]:
    """The name from its surname on, when it has one after its first word ("Nguyễn Tuấn Hải" of "Bắt Nguyễn Tuấn Hải",
    a sentence's capitalised opening before it); a name with no Vietnamese surname as it is ("Paul Francis Gadd")."""
    words = list(re.finditer(r"\S+", text[a:b]))
    for m in words[1:] if words[0].group() not in SURNAMES else ():
        if m.group() in SURNAMES and len(text[a + m.start() : b].split()) >= 2:
            return a + m.start(), b
    return a, b


@lru_cache(maxsize=256)
def asked_object_act(question: str) -> str | None:
    """The act whose object a what-question asks, folded: the verb of two syllables or more right before "gì",
    "những gì", "những <noun> gì" ("thu giu" of "Công an thu giữ những gì tại quán karaoke Hương Xuân?",
    "phat hien" of "Đoàn kiểm tra phát hiện những sai phạm gì?"); None otherwise."""
    tagged = [(fold(w).lower(), tag) for w, tag in pos_tags(question) if any(ch.isalnum() for ch in w)]
    for i, (word, _tag) in enumerate(tagged):
        if word not in ("gi", "cai gi"):
            continue
        j = i - 1
        if j >= 0 and tagged[j][0] == "nhung":
            j -= 1
        elif j >= 1 and tagged[j][1] == "N" and tagged[j - 1][0] == "nhung":
            j -= 2
        if j >= 0 and tagged[j][1] == "V" and " " in tagged[j][0] and tagged[j][0].replace(" ", "").isalpha():
            return tagged[j][0]
    return None


# what may stand between "ai" and the act it asks the doer of: "Ai là chủ mưu …?", "Ai là người môi giới …?",
# "Ai đã ký …?", "Ai sẽ làm trưởng ban …?"
_BEFORE_ACT = frozenset(("là", "đã", "sẽ", "đang", "được", "người", "kẻ", "tên", "làm", "có thể", "phải", "cần",
                         "vừa", "mới", "từng", "cũng", "đều"))
# verbs of one syllable that say too little to find the doer by ("Ai đi cùng …?", "Ai ra lệnh …?" is "ra lệnh"),
# the verbs of motion among them standing before an act ("Ai ra đầu thú …?")
_MOTION_VERBS = frozenset("ra đi lên vào về xuống tới đến".split())
_BARE_VERBS = _MOTION_VERBS | frozenset("là có được bị ở cho nói biết".split())
DOER_REACH = 4  # words between the name that does the act and the act ("do Bộ Công an chủ trì", "… đã chủ trì")
AFTER_REACH = 8  # words between the act and "là" before the name ("Chủ mưu vụ án được xác định là Nguyễn Thị …")
# what makes the act's word a noun or its subject the patient: "không có quyết định", "Warsaw được thành lập"
# the act opening the sentence, its doer the subject after the comma or after "có": "Phát biểu tại Hội nghị, đồng chí
# Bùi Tiến Lý …", "Chủ trì hội nghị có đồng chí …" (a form of address or a rank may come first)
# a form of address, a rank, a role or a post's first word, lower-case, before the name after "là" ("Người đã nhận
# tiền - theo ông Khải - là tổng Thanh tra Chính phủ Quách Lê Thanh", "Bào chữa cho bị cáo … là luật sư Lê Thành Kính")
_TITLED = rf"(?:(?:{'|'.join(TITLES)}|tổng|phó|nguyên|cựu|{COUPLE})\s+)*"  # ("… là vợ chồng Hoàng Gia Cầm …")
_OPENING_DOER = re.compile(rf"^[^,.;:]*?(?:,|\scó)\s+{_TITLED}[{UPPER}]")  # (a capitalised title is a capital too)
# (after the age the bracket opens with: "… và Bùi Quốc Trung (24 tuổi, cầm đầu)")
_NAMED_BEFORE_BRACKET = re.compile(rf"[{UPPER}][^\W\d_]*\s*\(\s*(?:{AGE_ASIDE})?$")
_CLOSED_ASIDE = re.compile(r"\([^()]*\)")
_ROLES = frozenset(ROLE_NOUNS)
_NAME_AFTER_ROLE = re.compile(rf"[ \t]+{_TITLED}[{UPPER}]")  # (a name right after a role's word, its address between)
_NOT_DOING = re.compile(r"(?i)(?<!\w)(?:được|bị|có|các|những|một|việc|sự|cuộc|mọi)\s*$")


@lru_cache(maxsize=256)
def asked_doer_act(question: str) -> str | None:
    """The act a who-question asks the doer of, as written, lower-cased: the words underthesea joins after "ai"
    ("chủ trì" of "Ai chủ trì chương trình …?", "chủ mưu" of "Ai là chủ mưu vụ …?", "trưởng ban" of "… ai làm
    trưởng ban …?", "ký" of "Ai ký quyết định …?"); None when "ai" asks no act, or one of the bare verbs that say too
    little ("Ai đi cùng …?")."""
    tagged = [(w.lower(), tag) for w, tag in pos_tags(question) if any(ch.isalnum() for ch in w)]
    words = [w for w, _ in tagged]
    if "ai" not in words:
        return None
    at = words.index("ai")
    if at > 1 and words[at - 1] == "là" and tagged[0][1] == "N" and " " in words[0] and tagged[1][1] != "Np" \
            and words[0] != "đồng chí":
        return words[0]  # "Thủ phạm vụ tai nạn … là ai?": "Thủ phạm là Phạm Hồng Quân" (not "Đồng chí Trần Văn Quân")
    if at > 3 and words[at - 1] == "là" and tagged[0][1] == "M" and tagged[1][1] == "N":
        # "Hai cảnh sát 113 từ chối nhận hối lộ là ai?": the ones counted, named by what they did ("Thiếu úy Võ Tú Anh
        # và Trần Hồng Lĩnh đã từ chối")
        act = next((w for w, tag in tagged[2 : at - 1] if tag == "V" and w.replace(" ", "").isalpha()), None)
        if act and (" " in act or act not in _BARE_VERBS):
            return act
    if at > 0 and (tagged[at - 1][1] == "V" or words[at - 1] == "cho"):
        return None  # "Thủ tướng yêu cầu ai kiểm điểm …?", "giao cho ai …": whom, not who (``asked_addressee``)
    rest = tagged[at + 1 :]
    while rest and rest[0][0] in _BEFORE_ACT:
        rest = rest[1:]
    act = rest[0][0] if rest else ""
    if act in _MOTION_VERBS and len(rest) > 1 and rest[1][1] == "V" and " " in rest[1][0]:
        act = rest[1][0]  # "Ai ra đầu thú …?": the act after the bare verb of motion ("… cũng đã ra đầu thú")
    # ("trưởng" "ban", split by the segmenter; "chủ" "xe", a role's word of two)
    if " " not in act and len(rest) > 1 and (is_compound(act, rest[1][0]) or f"{act} {rest[1][0]}" in _ROLES):
        act = f"{act} {rest[1][0]}"
    if " " not in act and act.isalpha() and rest and rest[0][1] == "V" and act not in _BARE_VERBS:
        return act  # "Ai ký quyết định …?": a verb of one syllable, written as asked
    return act if " " in act and act.replace(" ", "").isalpha() else None


def names_doer(sentence: str, act: str) -> bool:
    """Does the sentence write the asked act (``asked_doer_act``), as a verb of an active clause, with who does it:
    a name in capitals within ``DOER_REACH`` words before it, not the sentence's first word ("Chương trình do Bộ
    Công an chủ trì", "một phó chủ tịch UBND tỉnh, thành làm trưởng ban"), or one after "là" following it ("Chủ mưu
    vụ án được xác định là Nguyễn Thị Chính", "việc vận chuyển hơn 21 triệu USD là do Nguyễn Trường Sơn …")?"""
    return next(_doers(unicodedata.normalize("NFC", sentence), act), None) is not None


def doer_named(sentence: str, act: str) -> tuple[int, int] | None:
    """The span of the person's name ``names_doer`` reads as the doer of the act ("Đàm Tấn Phát" of "… do tài xế Đàm
    Tấn Phát điều khiển …", "Nguyễn Thị Kim Anh" of "… kẻ cầm đầu đường dây là Nguyễn Thị Kim Anh."); None when
    the doer is a body or no name of a person stands where it is read."""
    text = unicodedata.normalize("NFC", sentence)
    if "\n" in text:  # (a quote of sentences joined: each read alone, "Đối tượng cầm đầu …" opening its own)
        at = 0
        for line in text.split("\n"):
            span = doer_named(line, act)
            if span is not None:
                return at + span[0], at + span[1]
            at += len(line) + 1
        return None
    names = sorted({(m.start(), m.end()) for n in people_in(text)
                    for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", text)})
    for where, at in _doers(text, act):
        if where in ("before", "bracket"):  # (the nearest ending before the act: "do tài xế Đàm Tấn Phát điều khiển")
            # (a closed aside between counts for nothing: "do William Chua Jee Hai (nguyên giám đốc chi nhánh Công
            # ty Gạch bông Bạch Mã) - đã bỏ trốn - cầm đầu")
            found = [x for x in names if x[1] <= at and len(_CLOSED_ASIDE.sub("", text[x[1] : at])) <= DOER_CHARS]
            if found:  # (with the names joined to it before: "Thiếu úy Võ Tú Anh và Trần Hồng Lĩnh đã từ chối"; not
                # to a role in the name's own bracket: "… và Bùi Quốc Trung (24 tuổi, cầm đầu)" is his alone)
                start, end = found[-1]
                for x in reversed(names) if where == "before" else ():
                    if x[1] <= start and _NAMES_JOINED.fullmatch(text, x[1], start):
                        start = x[0]
                return start, end
        else:  # (the first starting at or after where the name is read: "… là Nguyễn Thị Kim Anh")
            found = [x for x in names if at <= x[0] <= at + DOER_CHARS]
            if found:  # (with the names joined to it: "Hai luật sư Huỳnh Quý và Nguyễn Văn Tuấn sẽ là …")
                start, end = found[0]
                for x in names:
                    if x[0] >= end and _NAMES_JOINED.fullmatch(text, end, x[0]):
                        end = x[1]
                return start, end
    return None


# (between two names of one list, a closed aside after the first: "Hoàng Gia Cầm (1966) và Hồ Thị Ngọc Lan")
_NAMES_JOINED = re.compile(rf"\s*(?:\([^()]*\)\s*)?(?:,|và)\s*{_TITLED}")


DOER_CHARS = 40  # characters between a doer's name and where ``_doers`` reads it


def _doers(text: str, act: str) -> Iterator[tuple[str, int]]:
    """Where the sentence (NFC) names the doer of each writing of the act: ("before", the act's offset) for a name
    before it, ("bracket", the bracket's offset) for the name the act's bracket follows, ("after", an offset) for one
    written from that offset on."""
    for m in re.finditer(r"(?<!\w)" + re.escape(act).replace(r"\ ", r"\s+") + r"(?!\w)", text, re.IGNORECASE):
        lead = text[: m.start()]
        before = re.search(r"(\w+)\s+$", lead)
        if " " not in act and before and is_compound(before.group(1), act):
            continue  # (one syllable, the end of another word: "thư ký", "đăng ký" are no "ký")
        named = _NAME_AFTER_ROLE.match(text, m.end()) if act.lower() in _ROLES else None
        if named and people_in(_CAPITALISED_RUN.match(text, named.end() - 1).group()):
            yield "after", m.end()  # "Ai là luật sư …?": "Luật sư Phạm Hồng Hải (được mời bảo vệ …)", the name after
            continue  # the role's word
        if _NAMED_BEFORE_BRACKET.search(lead):
            yield "bracket", lead.rstrip().rfind("(")  # "… giao nhận hàng cho Nguyễn Thị Hạnh (chủ mưu vụ án)": the
            continue  # role in brackets after a name
        if not _NOT_DOING.search(lead):
            # the act's own clause: not past "được", "bị", which open another one ("Tuấn được trừ phí vận chuyển")
            # (a closed aside is no break, nor are its words the doer's: "… xác định Nguyễn Văn Hiếu (ngồi cùng xe)
            # mới là người trực tiếp lái ôtô gây tai nạn")
            plain = _CLOSED_ASIDE.sub(" ", lead)
            clause = re.split(r"(?i)(?<!\w)(?:được|bị)(?!\w)|[;:(]", plain)[-1]
            words = re.findall(r"[^\W\d_]+", plain)
            first = len(words) - len(re.findall(r"[^\W\d_]+", clause))
            if any(w[0].isupper() for w in words[max(1, first, len(words) - DOER_REACH) :]):  # (not the 1st word)
                yield "before", m.start()
                continue
        if not lead.strip() and _OPENING_DOER.match(text[m.end() :]):
            yield "after", m.end()  # "Phát biểu tại Hội nghị, đồng chí Bùi Tiến Lý …", "Chủ trì hội nghị có đồng chí …"
            continue
        after = re.search(rf"^(?:\W*\w+){{0,{AFTER_REACH}}}?\W*\blà\s+(?:do\s+|bởi\s+)?{_TITLED}[{UPPER}]",
                          text[m.end() :])
        if after:
            yield "after", m.end() + after.end() - 1


# "… liên quan đường dây của ai?", "Chiếc xe máy này của ai?": the word owned, right before "của ai"
_OWNED_ASKED = re.compile(r"(?i)(?<!\w)([^\W\d_]+)\s+(?:của|cua)\s+ai(?!\w)")
# ("Đây là của ai?": no word owned)
_NOT_OWNED = frozenset(w for word in ("là", "đều", "cũng", "này", "đó", "kia", "ấy") for w in (word, fold(word)))


def owned_asked(question: str) -> str | None:
    """The last syllable of what a who-question asks the owner of, lower-cased as written ("dây" of "… đường dây
    của ai?", "day" of "… duong day cua ai?"); None when it asks no owner."""
    m = _OWNED_ASKED.search(unicodedata.normalize("NFC", question))
    word = m.group(1).lower() if m else None
    return word if word and word not in _NOT_OWNED else None


def owner_named(sentence: str, owned: str) -> tuple[int, int] | None:
    """The span of the person's name the sentence writes right after the owned word, through "của" and a form of
    address ("… liên quan đến đường dây của Phạm Huy Hồng", "trong đường dây Bùi Quang Hưng", "nhà của ông Nguyễn
    Văn A"); None when it writes none. The word is matched as the question writes it: accented ("dây", never
    "đây"), or folded when typed so."""
    text = unicodedata.normalize("NFC", sentence)
    plain = fold(owned) == owned
    said = fold_aligned(text) if plain else text.lower()
    if len(said) != len(text):
        return None
    address = "|".join(fold(w) if plain else w for w in ADDRESS_FORMS + ("đồng chí",))
    of = "cua" if plain else "của"
    for m in re.finditer(rf"(?<!\w){re.escape(owned)}\s+(?:{of}\s+)?(?:(?:{address})\s+)?", said):
        name = _CAPITALISED_RUN.match(text, m.end())
        # (a person's name, not a body's or a city's: "đường dây của Công ty …", "… của Hà Nội")
        if name and people_in(name.group()):
            return name.start(), name.end()
    return None


def names_owner(sentence: str, owned: str) -> bool:
    """Does the sentence name the owner of the word asked (``owner_named``)?"""
    return owner_named(sentence, owned) is not None


_CAPITALISED_RUN = re.compile(rf"[{UPPER}][^\W\d_]*(?:[ \t]+[{UPPER}][^\W\d_]*){{0,3}}")


def writes_act(sentence: str, acts: tuple[str, ...]) -> bool:
    """Does the sentence write one of the question's acts of two syllables or more ("phát hiện" of "Ai phát hiện
    hành vi gian dối …?")? One syllable is left out: folded, "bán" would be "ban" and "bản" too."""
    text = fold(normalize(sentence)).lower()
    return any(" " in act and re.search(r"(?<!\w)" + re.escape(act) + r"(?!\w)", text) for act in acts)


# "… xảy ra tại nhà dân do bất cẩn khi thắp hương": the asked act, then "do"/"vì"/"bởi" and what caused it (lower
# case: "do Công an tỉnh tổ chức" names who did it, not why)
_BECAUSE = r"(?:do|vi|boi)\s+(?!(?:ong|ba|anh|chi|cac|nhung|co quan|cong an|uy ban)\b)"
_BETWEEN = r"(?:[^\W\d_]+,?\s+){0,5}?"  # what may stand between a two-word act and its cause ("xảy ra tại nhà dân")


def states_consequence(sentence: str, acts: tuple[str, ...]) -> bool:
    """Does the sentence write one of the asked ``acts`` right after "nên" (or "vì vậy", "do đó"), after what made
    it happen ("làm nạn nhân … chết"), or followed by its cause ("xảy ra … do bất cẩn")?"""
    text = fold(unicodedata.normalize("NFC", sentence))  # (cased: what follows "do" must be lower case)
    for act in acts:
        if re.search(_SO + re.escape(act) + r"(?!\w)", text, re.IGNORECASE):
            return True
        if re.search(_MADE + re.escape(act) + r"(?!\w)", text, re.IGNORECASE):
            return True
        between = _BETWEEN if " " in act else ""  # a one-word act only right before it: "chết vì vỡ hộp sọ"
        for m in re.finditer(r"(?<!\w)" + re.escape(act) + r"\s+" + between + _BECAUSE, text, re.IGNORECASE):
            if text[m.end() : m.end() + 1].islower():
                return True
    return False


# "22h15'", "17h", "lúc 4 giờ", "22 giờ 45", "10 giờ sáng": a time of day; never a span ("sau khoảng 14 giờ")
_CLOCK = re.compile(r"(?i)(?<!sau )(?<!sau khoảng )(?<!trong )(?<!mất )(?<!suốt )(?<![\d/.,])(?:[01]?\d|2[0-3])"
                    r"(?:h(?:\s*[0-5]\d)?(?![^\W\d_])"
                    r"|\s*giờ(?:\s*[0-5]\d|\s+(?:sáng|trưa|chiều|tối|đêm|ngày|hôm|cùng ngày)(?!\w)))"
                    r"|(?<!\w)(?:lúc|hồi|vào lúc)\s+(?:khoảng\s+)?(?:[01]?\d|2[0-3])\s*giờ(?!\w)")


def states_clock(sentence: str) -> bool:
    """Does the sentence state a time of day ("khoảng 22h15' ngày 1/7", "Hồi 4 giờ ngày 4-7")?"""
    return bool(_CLOCK.search(sentence))


def clock_of(sentence: str) -> tuple[int, int] | None:
    """The span of the first time of day the sentence states ("23h30" of "… bắt giữ lúc 23h30 ngày 21/7 tại phòng
    104 …"); None when it states none."""
    m = _CLOCK.search(unicodedata.normalize("NFC", sentence))
    return m.span() if m else None


# "… bị tai nạn lúc mấy giờ?", "Mấy giờ thì …?": a time of day ("khoảng 22h15' ngày 1/7")
_CLOCK_Q = re.compile(r"(?i)(?<!\w)(?:lúc|vào lúc|vào|luc|vao luc|vao)\s+(?:mấy|may)\s+(?:giờ|gio)(?!\w)"
                      r"|(?<!\w)(?:mấy giờ|may gio)\s*\??\s*$|^\s*(?:mấy giờ|may gio)\s+(?:thì|thi)(?!\w)")


def asks_clock(question: str) -> bool:
    """Does the question ask the time of day ("… lúc mấy giờ?")?"""
    return bool(_CLOCK_Q.search(normalize(question)))

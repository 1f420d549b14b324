"""Who holds a post, read off a quoted sentence: "Giám đốc Công an tỉnh Thanh Hóa là ai?" -> "Thiếu tướng Trần Phú Hà";
and the people a question names ("Bùi Tiến Lý là ai?"), which the search boosts like a place.

Reports name people by rank and name, then their posts after a comma or a dash ("Thiếu tướng Trần Phú Hà, Ủy
viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh"), several people in one sentence separated by semicolons. The
quote already holds the answer; leading with the name saves the reader from finding it among four others. The
name is a span of the stored sentence (offsets kept), never composed; when the sentence does not say plainly
which name goes with the post (two equal matches, a name too far), there is no lead and the quote stands alone.
All functions here are pure.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass
from typing import NamedTuple

from corpus.names import SURNAMES
from retrieval.glossary import default_glossary, folded_words
from retrieval.lexicon import (AGE, AGE_ASIDE, NAMED_BODIES, NAMED_PLACE_KINDS, PLACE_KINDS, RANKS, STATE_BODIES,
                               TITLES, capitalised)
from retrieval.provinces import is_province
from retrieval.text_analysis import UPPER, fold, normalize

# the posts a question may ask about (the head of the phrase; the rest, "Công an tỉnh", narrows it)
_POST_HEADS = ("tổng giám đốc", "giám đốc", "bí thư", "bộ trưởng", "thứ trưởng", "chủ tịch", "trưởng công an",
               "trưởng phòng", "trưởng ban", "chánh án", "chánh văn phòng", "chánh thanh tra", "viện trưởng",
               "cục trưởng", "vụ trưởng", "đội trưởng", "chỉ huy trưởng", "tư lệnh", "chủ nhiệm", "hiệu trưởng",
               "trưởng", "thủ trưởng", "chính ủy", "chính uỷ", "tổng bí thư", "thủ tướng", "chủ tịch nước",
               "chủ tọa", "chủ toạ", "viện phó", "phó viện trưởng", "kế toán trưởng", "thủ quỹ", "thủ kho",
               "thẩm phán", "trưởng thôn", "trưởng ấp", "trưởng bản", "chánh tòa", "chánh toà", "quản đốc",
               "phó phòng", "đồn trưởng", "chi cục trưởng", "điều tra viên", "kiểm sát viên", "hạt trưởng",
               "trạm trưởng", "tổ trưởng", "xưởng trưởng", "huấn luyện viên trưởng", "hlv trưởng", "huấn luyện viên",
               "hlv", "cửa hàng trưởng", "vụ phó", "cục phó", "phó ban", "tổng cục trưởng", "đội phó", "đồn phó")
_HEADS = "|".join(sorted(map(re.escape, _POST_HEADS), key=len, reverse=True))
# the heads of three words or more, folded, longest first
_LONG_HEADS = sorted((w for w in (fold(h).split() for h in _POST_HEADS) if len(w) > 2), key=len, reverse=True)
# "nguyên"/"cựu" (former) before the post is left out: the report writes the post after it, or alone
_ASKED = (re.compile(rf"(?i)^\s*(?:ai|người nào|đồng chí nào)\s+(?:là|đang là|giữ chức(?:\s+vụ)?|giữ cương vị|làm)\s+"
                     rf"(?:nguyên\s+|cựu\s+)?((?:phó\s+|quyền\s+)?(?:{_HEADS})(?!\w).*?)\s*\??\s*$"),
          re.compile(rf"(?i)^\s*(?:nguyên\s+|cựu\s+)?((?:phó\s+)?(?:{_HEADS})(?!\w).*?)\s+"
                     r"(?:là ai|là đồng chí nào|là người nào|tên là gì|"
                     r"là ông nào|là bà nào)\s*\??\s*$"))

# common Vietnamese family names: a capitalised run starting with one is a person, not a body ("Ban Thường vụ")
_SURNAMES = SURNAMES
_CAP = rf"[{UPPER}][^\W\d_]*"
_FULL_NAME = rf"(?:{'|'.join(_SURNAMES)})(?:\s+{_CAP}){{1,3}}(?![\w])"
_PERSON = re.compile(rf"(?<![\w]){_FULL_NAME}")
_NAME = re.compile(rf"(?<![\w])(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+)?{_FULL_NAME}")  # with the rank
# a place's or a building's word right before a capitalised run (with a block's code between: "nhà A2 Kim Giang"):
# the run names the place ("khu Kim Giang", "đường Trần Hưng Đạo", "cầu Rạch Miễu"), not a person
# ("nhà Nguyễn Văn Tám" is somebody's house: "nhà" only with the code; "trùm lừa đảo Nguyễn Lâm Thái" is a fraudster,
# "Cục Quản lý thị trường Nguyễn Đức Thịnh", "Bộ Tài nguyên Môi trường Đặng Hùng Võ" name the head of a body)
_KINDS_BEFORE = "|".join(re.escape(k) if k != "trường" else r"(?<!thị )(?<!môi )(?<!vũ )(?<!nhà )trường"
                         for k in PLACE_KINDS + NAMED_PLACE_KINDS if k != "đảo")
_PLACE_BEFORE = re.compile(rf"(?i)(?<!\w)(?:(?:{_KINDS_BEFORE}|tp\.)"
                           r"\s+(?:[A-Z]*\d[\w/-]*\s+)?|nhà\s+[A-Z]*\d[\w/-]*\s+)$")
# a company's kind and its lines of business right before a capitalised run: the run is the company's name
# ("Giám đốc Công ty TNHH sản xuất thương mại Hoàng Thắng mức án 7 năm": Hoàng Thắng is no person)
# (bare, only before a name of two words: "giám đốc công ty Trần Thị Mỹ", "Phó tổng giám đốc công ty và Vũ Quốc Minh"
# are people, "Công ty Hoàng Long" a company)
_COMPANY = r"(?<!\w)(?i:công ty|cty|doanh nghiệp|xí nghiệp|tập đoàn|hãng)"
_COMPANY_LINES = (r"(?:\s+(?i:tnhh|cp|cổ phần|mtv|một thành viên|tư nhân|liên doanh|sản xuất|thương mại|dịch vụ|"
                  r"xây dựng|vận tải|đầu tư|phát triển|kinh doanh|du lịch|xuất nhập khẩu|xuất khẩu|nhập khẩu|may|"
                  r"thủy sản|thực phẩm)(?:\s+và)?)")
_COMPANY_BEFORE = re.compile(rf"{_COMPANY}{_COMPANY_LINES}{{1,8}}\s+$")
_BARE_COMPANY_BEFORE = re.compile(rf"{_COMPANY}\s+$")
MAX_GAP = 80  # characters from the end of a name to the post it holds ("…, Ủy viên Ban Thường vụ Tỉnh ủy, ")


@dataclass(frozen=True)
class Holder:
    text: str  # "Thiếu tướng Trần Phú Hà", exactly as the sentence writes it
    start: int  # offsets in the sentence
    end: int


def asked_post(question: str) -> str | None:
    """The post a question asks the holder of ("Ai là Bí thư Đảng ủy Công an huyện Đăk Tô?" -> "Bí thư Đảng ủy
    Công an huyện Đăk Tô"), or None."""
    q = normalize(question).strip()
    for rx in _ASKED:
        m = rx.match(q)
        if m:
            return m.group(1).strip()
    return None


def post_body(post: str) -> list[str]:
    """The folded words of a post after its title: the body it is held in ("lake", "side" of "Tổng giám đốc Lake
    Side"; "cong", "an", "tinh", "thanh", "hoa" of "Giám đốc Công an tỉnh Thanh Hóa")."""
    m = re.match(rf"(?i)\s*(?:phó\s+|quyền\s+)?(?:{_HEADS})(?!\w)", normalize(post))
    return _words(post[m.end() :]) if m else _words(post)


def body_as_written(post: str, text: str) -> list[str]:
    """The folded words of the post's body (``post_body``) as ``text`` spells them: a phrase of the glossary the text
    abbreviates abbreviated ("hoi luat gia vn" of "Chủ tịch Hội Luật gia Việt Nam" in a report writing "Hội Luật gia
    VN"), an abbreviation it spells out in full."""
    return _as_written(post_body(post), fold(normalize(text)).lower())


def _words(text: str) -> list[str]:
    return fold(text).lower().split()


def _head_words(post: str) -> list[str]:
    """The post's folded words without "phó" (a deputy's post starts with it where the head is written)."""
    return [w for w in _words(post) if w != "pho"]


def _as_written(asked: list[str], folded: str) -> list[str]:
    """The asked post's words as the sentence spells them: an abbreviation of the glossary in full, or a phrase
    of it abbreviated, as the sentence writes it ("HLV trưởng" is "huấn luyện viên trưởng", "Viện trưởng VKSND" is
    "Viện trưởng Viện Kiểm sát nhân dân"; folded words)."""
    g = default_glossary()
    sentence_words = set(folded.split())
    out: list[str] = []
    i = 0
    while i < len(asked):
        abbr = g.by_abbr.get(asked[i])
        if abbr is not None and asked[i] not in sentence_words:
            spelled = [list(folded_words(e)) for e in g.entries[abbr]]
            written = [e for e in spelled if re.search(rf"(?<!\w){re.escape(' '.join(e))}(?!\w)", folded)]
            if written:
                out += written[0]
                i += 1
                continue
        phrases = [(p, a) for p, a in g.phrases_at(asked, i) if re.search(
            rf"(?<!\w){re.escape(folded_words(a)[0])}(?!\w)", folded)]
        if phrases and not re.search(rf"(?<!\w){re.escape(' '.join(phrases[0][0]))}(?!\w)", folded):
            out.append(folded_words(phrases[0][1])[0])
            i += len(phrases[0][0])
            continue
        out.append(asked[i])
        i += 1
    return out


@lru_cache(maxsize=1024)
def _folded(sentence: str) -> str:
    """The sentence folded for matching posts: each candidate sentence is matched against the post, its deputy and its
    head words, so it is folded once."""
    return fold(normalize(sentence)).lower()


# the nouns that make one title with "trưởng" after them: "bộ trưởng", "thứ trưởng", "cục trưởng", "hiệu trưởng",
# "đội trưởng", "thôn trưởng" are other posts than a "trưởng …" asked (read with their tone marks: "hỏi trưởng phòng
# …" asks the head of a section)
_TITLE_BEFORE = re.compile(r"(?<!\w)(?:bộ|thứ|cục|vụ|viện|hiệu|đội|tổ|ban|phòng|sở|trạm|trại|khoa|đoàn|thôn|ấp|lớp|"
                           r"nhóm|xã|hội|tòa|toà)$")


# "ban" (board) right before a post makes a board of its holders ("Ban chủ nhiệm", "ban giám đốc", "Ban Giám hiệu"):
# a name after it is one it speaks of or to, not the post's holder (read with its tone marks: "bạn", "bán" are other
# words)
_BOARD_BEFORE = re.compile(r"(?<!\w)ban$")  # (on the normalized, lower-cased sentence)


class _OtherPost(NamedTuple):
    """A word right before a post that makes it another post, or none, unless the question asks with it."""

    before: re.Pattern[str]  # ending the text before the post
    accented: bool  # read on the lower-cased text with its tone marks ("ban", not "bạn"), else folded
    unless_asked: re.Pattern[str] | None = None  # on the folded question's post words: the post is kept
    head: str = ""  # only before a post whose first asked word is this


_OTHER_POSTS = (
    # "phó tổng cục trưởng Tổng cục Cảnh sát" holds another post than "Cục trưởng" ("tổng cục trưởng" is asked whole)
    _OtherPost(re.compile(r"(?<!\w)tong$"), False),
    # "… Lâm Thị Ngọc Thảo … là kế toán, thông dịch viên, trợ lý giám đốc": the director's assistant
    _OtherPost(re.compile(r"(?<!\w)(?:tro ly|thu ky)$"), False, re.compile(r"(?<!\w)(?:tro ly|thu ky)(?!\w)")),
    # "Bộ trưởng Công an Lê Hồng Anh" is the minister, no "trưởng công an xã" (nor "Cục trưởng …")
    _OtherPost(_TITLE_BEFORE, True, head="truong"),
    # "Trước Ban chủ nhiệm Đoàn Luật sư Hà Nội, ông Nguyễn Văn Chiến …": the board, not its head
    _OtherPost(_BOARD_BEFORE, True),
    # "Quyền kế toán trưởng công ty là Từ Thị Huệ Hương, …, kế toán trưởng Nguyễn Thị Hường": acting
    _OtherPost(re.compile(r"(?<!\w)quyen$"), False, re.compile(r"(?<!\w)quyen(?!\w)")),
)


def _another_post(folded_before: str, said_before: str | None, head: str, named: str) -> bool:
    """Does a word of ``_OTHER_POSTS`` end the text before the post? ``said_before`` is the lower-cased text with
    its tone marks (None where folding moved the offsets); ``named`` the question's post words, folded."""
    for other in _OTHER_POSTS:
        text = said_before if other.accented else folded_before
        if (text is not None and (not other.head or other.head == head) and other.before.search(text)
                and not (other.unless_asked and other.unless_asked.search(named))):
            return True
    return False


def _post_matches(sentence: str, post: str) -> list[tuple[int, int, int]]:
    """(start, end, words matched) for each place the sentence writes the post: its head, then as many of the
    post's next words as follow in order. "Phó Bí thư" is another post than "Bí thư" (unless asked)."""
    asked = _words(post)
    named = " ".join(asked)
    deputy = asked[0] == "pho"
    if deputy:
        asked = asked[1:]
    folded = _folded(sentence)
    asked = _as_written(asked, folded)
    out = []
    head = " ".join(asked[:2]) if len(asked) > 1 else asked[0]
    longer = next((h for h in _LONG_HEADS if asked[: len(h)] == h), None)
    if longer:  # "tổng cục trưởng": "Phó Tổng cục trưởng Tổng cục Cảnh sát" writes "tổng cục" twice, the post once
        head = " ".join(longer)
    said = normalize(sentence)  # (the same offsets as ``folded`` where folding keeps every character)
    for m in re.finditer(rf"(?<!\w){re.escape(head)}(?!\w)", folded):
        before = folded[: m.start()].rstrip()
        if before.endswith("pho") != deputy:
            continue
        if _another_post(before, said[: m.start()].rstrip() if len(folded) == len(said) else None, asked[0], named):
            continue
        start = before.rfind("pho") if deputy else m.start()
        pos, n = m.end(), len(head.split())
        for word in asked[n:]:
            # (over an abbreviation in brackets: "Viện Kiểm sát nhân dân (VKSND) TP HCM")
            nxt = re.match(rf"(?:\s+\(\w[\w.&-]*\))?[\s,]+{re.escape(word)}(?!\w)", folded[pos:])
            if not nxt:
                break
            pos += nxt.end()
            n += 1
        out.append((start, pos, n))
    return out


def post_written(sentence: str, post: str) -> float:
    """How much of the asked post the sentence writes at its best place: the share of its words (1.0: all of
    "giám đốc công an tp hcm"; 0.33: the bare "giám đốc", which may be of a company)."""
    asked = _as_written(_head_words(post), _folded(sentence))
    return max((n for _s, _e, n in _post_matches(sentence, post)), default=0) / max(1, len(asked))


# a body whose own name follows it ("Công ty Lâm Viên", "Bệnh viện Chợ Rẫy"): a post matched up to that word, and
# not the name the question gives after it, is another body's
# (on lower-cased text, accented: "trường" is no "trưởng")
_NAMED_BODY_END = re.compile(rf"(?<!\w)(?:{'|'.join(b.lower() for b in NAMED_BODIES)})\W*$")


_NAME_AFTER = re.compile(rf"\s+[{UPPER}0-9]")
# a body named right after a post the sentence writes only in part: another body's post
_BODIES = sorted(capitalised(NAMED_BODIES + STATE_BODIES), key=len, reverse=True)
_ANOTHER_BODY = re.compile(rf"\s*(?:{'|'.join(_BODIES)})(?!\w)")
_ADDRESSED_AFTER = re.compile(r",\s*(?:ông|bà|đồng chí)\s+")
# ... or after a dash, a bracket on the place between ("… tấn công Trưởng công an xã Tân Nghĩa (huyện Hàm Tân, tỉnh
# Bình Thuận) - ông Đỗ Ngọc Biên - vào đêm 5/3/2002")
_ADDRESSED_ASIDE = re.compile(r"(?:\s*\([^()]*\)\s*[-–,]|\s+[-–])\s*(?:ông|bà|đồng chí)\s+")
_BARE_COMMA = re.compile(r",\s*")


def _addressed(sentence: str, end: int) -> re.Match | None:
    """A form of address after a comma, or after a dash (a bracket between), where a post's text ends: the name
    after it is the one that post belongs to, or one with a post of its own."""
    return _ADDRESSED_AFTER.match(sentence, end) or _ADDRESSED_ASIDE.match(sentence, end)
_IS_AFTER = re.compile(rf"\s+là\s+(?:(?:{'|'.join(TITLES)})\s+)*")


def _has_post_after(sentence: str, end: int) -> bool:
    """Is a post written right after the name ending at ``end`` ("Nguyễn Đức Nam- Phó Giám đốc …")?"""
    sep = _AFTER_NAME.match(sentence, end)
    return bool(sep) and re.match(_POST_START, sentence[sep.end() :]) is not None


def _respective_holder(sentence: str, start: int) -> Holder | None:
    """The holder of the post at ``start`` when a bracket lists as many posts as the names before it, in order:
    "Nguyễn Văn Thắng, Phạm Văn Đức (Tổng giám đốc và Phó tổng giám đốc Vinafimex)" -> Thắng for the first."""
    opened = sentence.rfind("(", 0, start)
    if opened < 0 or ")" in sentence[opened:start]:
        return None
    closed = sentence.find(")", start)
    inside = sentence[opened + 1 : closed if closed > 0 else len(sentence)]
    cuts = [m.end() for m in re.finditer(r"\s*(?:,|\svà)\s+", inside)]
    if not cuts:
        return None
    index = sum(1 for c in cuts if opened + 1 + c <= start)  # which of the listed posts the match is
    names: list[re.Match] = []
    end = opened
    while True:
        before = sentence[:end].rstrip()
        m = next((m for m in _NAME.finditer(before) if m.end() == len(before)), None)
        if m is None:
            break
        names.insert(0, m)
        joint = re.search(r"(?:,|\svà)\s*$", sentence[: m.start()].rstrip() + " ")
        if joint is None:
            break
        end = joint.start()
    if len(names) != len(cuts) + 1:
        return None
    return Holder(names[index].group(), names[index].start(), names[index].end())


def _past_space(sentence: str, pos: int) -> int:
    """Where the next word after ``pos`` starts (a name right after a post, over the spaces between)."""
    return pos + len(sentence[pos:]) - len(sentence[pos:].lstrip())


def holder_of(sentence: str, post: str) -> Holder | None:
    """The person the sentence names as holding ``post``: the nearest name before its best match, in the same
    clause (no ";" between). None when two places match the post equally well, or no name is near."""
    matches = _post_matches(sentence, post)
    if not matches:
        return None
    best = max(n for _s, _e, n in matches)
    top = [m for m in matches if m[2] == best]
    if len(top) > 1:
        # (of places that match equally, the only one a name follows right after: "… của Tổng giám đốc và Phó tổng
        # giám đốc Lake Side, Tổng giám đốc Trương An Tường lập tức …")
        top = [m for m in top if _NAME.match(sentence, _past_space(sentence, m[1]))]
    if len(top) != 1:
        return None  # "Phó Giám đốc Công an tỉnh" of Phú Yên and of Bình Định: the question must say which
    start, end = top[0][0], top[0][1]
    asked = " " + " ".join(_words(post)) + " "
    whole = len(_as_written(_head_words(post), _folded(sentence)))  # words of the post, as written
    # (a body with its own name after it, written as a name: "Bệnh viện" alone, "Phó Giám đốc bệnh viện đã kê toa",
    # "giám đốc công ty Lê Hữu Thịnh", is the report's)
    body = _NAMED_BODY_END.search(normalize(sentence[start:end]))
    if best < whole and body and sentence[start + body.start() : start + body.start() + 1].isupper() \
            and _NAME_AFTER.match(sentence, end):
        return None  # "giám đốc Công ty Lâm Viên" for "giám đốc Công ty XNK-LTTV": the company's own name differs
    if best < whole and _ANOTHER_BODY.match(sentence, end):
        return None  # "ông Lê Mạnh Hà, Giám đốc Sở Bưu chính - Viễn thông" for "Giám đốc Công ty eGLOBAL"

    def in_post(m: re.Match) -> bool:  # "chủ tọa phiên tòa xử Trần Xuân Hà": the accused, never the holder
        person = _PERSON.search(m.group())
        return f" {' '.join(_words(person.group() if person else m.group()))} " in asked

    # the post written before the name: "Thứ trưởng Bộ Công an Lê Thế Tiệm cho biết …", also after a comma and a
    # form of address ("HLV trưởng Nguyễn Thành Vinh, Chủ tịch đội Đông Á, ông Đặng Phước Dừa cho biết": Dừa's)
    # (not one of a list of names with their posts: "Đại tá Lê Xuân An- Phó Giám đốc Công an tỉnh Phú Yên, đồng chí
    # Đại tá Nguyễn Đức Nam- Phó Giám đốc …", whose next name has its own)
    # (or after "là": "Quyền kế toán trưởng công ty là Từ Thị Huệ Hương")
    # (or after a bare comma, when the post opens the sentence: "Trưởng công an xã Tam Lãnh, Nguyễn Sơn Nam cho biết")
    addressed = _addressed(sentence, end) or _IS_AFTER.match(sentence, end) or (
        _BARE_COMMA.match(sentence, end) if not sentence[:start].strip() else None)
    after = _NAME.match(sentence, addressed.end() if addressed else _past_space(sentence, end))
    if addressed and addressed.re is not _IS_AFTER and after and _has_post_after(sentence, after.end()):
        after = None  # (after "là" the name is the holder, its own post beside it: "chủ toạ phiên tòa là thẩm phán
        # Hoàng Thanh Tùng - Phó chánh án TAND tỉnh")
    if after and (addressed or after.start() - end <= 2) and not in_post(after):
        return Holder(after.group(), after.start(), after.end())
    respective = _respective_holder(sentence, start)
    if respective is not None:
        return respective
    # the name written before its posts, joined to them by a comma or a dash ("Thiếu tướng Trần Phú Hà, Ủy viên
    # …, Giám đốc Công an tỉnh"); not a name the sentence says something else of ("Ông A đối chất với …")
    # (a foreign one too: "ông Tsang Tak Lung (người Hong Kong) - Tổng giám đốc Leader One VN")
    written = sorted(list(_NAME.finditer(sentence[:start])) + _foreign_matches(sentence, start),
                     key=lambda m: m.start())
    names = [m for m in written if start - m.end() <= MAX_GAP and not in_post(m)
             and not re.search(r"[;:]", sentence[m.end() : start]) and _AFTER_NAME.match(sentence, m.end())]
    # ... or by "làm" right before it ("HĐXX … do thẩm phán Nguyễn Ngọc Huân làm chủ tọa nhận định, …")
    names = names or [m for m in _NAME.finditer(sentence[:start]) if not in_post(m)
                      and re.fullmatch(r"\s+(?:làm|giữ chức|là)\s+", sentence[m.end() : start])]
    if not names:
        return None
    m = names[-1]
    return Holder(m.group(), m.start(), m.end())


# what a post written after a name starts with ("Trần Quốc Tỏ, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an")
_HEAD_WORDS = (r"(?:Tổng Bí thư|Bí thư|Tổng Giám đốc|Giám đốc|Chủ tịch|Trưởng|Ủy viên|Uỷ viên|Bộ trưởng|Thứ trưởng|"
               r"Chánh|Đội trưởng|Chỉ huy|Tư lệnh|Cục trưởng|Vụ trưởng|Viện trưởng|Chủ nhiệm|Thủ trưởng|Chính ủy|"
               r"Chính uỷ|Hiệu trưởng|Đại biểu|Thủ tướng|Thường trực|Tổng|Hạt trưởng|Trạm trưởng|Tổ trưởng|"
               r"Xưởng trưởng|HLV|Huấn luyện viên)")
# ("Phó trưởng Công an huyện": after "Phó", reports write the head in lower case too, and news the whole post: "Nguyễn
# Trọng Giác, phó vụ trưởng- phó tổng biên tập tạp chí …")
_POST_START = rf"(?:(?i:phó|nguyên|quyền)\s+(?i:{_HEAD_WORDS})|{_HEAD_WORDS})(?!\w)"
# (or "là", "nguyên là": "Ông Tuấn nguyên là Tổ trưởng tổ bến bãi …")
_AFTER_NAME = re.compile(r"\s*(?:[–—-]|,|\(|\s(?:(?:nguyên|hiện|đang)\s+)?là\s)\s*")
# where a post ends: the verb of the sentence ("… Thứ trưởng Bộ Công an chủ trì hội nghị"), or a clause that
# starts with a lower-case word after a comma (", lãnh đạo Ủy ban Kiểm tra …", ", đồng chí Đại tá …")
# ("và" goes on within a body's name, "Ngân hàng Nông nghiệp và Phát triển nông thôn", not before a person's or a
# lower-case word; nor does a verb of what he must, will or did: "… Chi cục Kiểm lâm tỉnh Sơn La phải nộp 2 tỉ đồng")
# (nor the next person's name after a comma: "Lê Anh Văn- sinh năm 1962, Giám đốc Xí nghiệp …, Nguyễn Văn Giao …")
_POST_END = re.compile(rf"[;().]|,\s+(?![A-ZĐ])|,\s+(?=(?:{'|'.join(_SURNAMES)})(?:\s+{_CAP}){{2,3}}(?!\w))"
                       rf"|\s+(?:chủ trì|phát biểu|tặng|trao|cho biết|nhấn mạnh|đề nghị|yêu cầu|"
                       rf"ghi nhận|đánh giá|ký|đại diện|dự|tham dự|cùng|và(?!\s+(?!(?:{'|'.join(_SURNAMES)})\s)[A-ZĐ])|"
                       r"đã|khẳng định|chỉ đạo|báo cáo|tại|làm|phải|sẽ|bị|được|nếu|"
                       r"về (?:các )?tội|về hành vi|vì)(?!\w)"
                       r"|\s+[-–]\s*(?=(?:ông|bà|đồng chí)\s)")  # (the charge after it: "… Bảo Minh về tội lừa đảo …")


# a post in brackets after a name, which news write in lower case, a former one with its rank: "Phạm Quang Mậu
# (nguyên chi cục trưởng Chi cục Hải quan …)", "Nguyễn Văn Dũi, (nguyên thượng tá, đồn trưởng Đồn Biên phòng …)"
_BRACKETED_POST = re.compile(rf"(?i)(?:nguyên\s+|cựu\s+)?(?:(?:{'|'.join(RANKS)}),?\s+)?"
                             rf"(?:phó\s+|quyền\s+)?(?:{_HEADS})(?!\w)")
_BRACKET_AFTER_NAME = re.compile(r"\s*,?\s*\(\s*")
_AGE_ASIDE = re.compile(AGE_ASIDE)  # (before the post in the bracket)
# the year of birth between a name and its post
_BORN_ASIDE = re.compile(rf"\s*[-–,(]\s*(?:sinh năm|sinh|SN)\s+\d{{4}}\s*\)?"
                         rf"|\s*\(\s*{AGE}\s*\)")  # (or the age in brackets: "Lý Thị Trúc Quỳnh (28 tuổi), …")
# ... or the name the person is also known by: "Phùng Long Thất, tức Bảy Thất, nguyên Trưởng phòng Điều tra …"
_ALIAS_ASIDE = re.compile(r"\s*,\s*(?:tức|còn gọi là|còn có tên là)\s+[“\"]?[^\W\d_][^,;()]{0,30}?(?=\s*,)")


def post_of(sentence: str, person: str) -> Holder | None:
    """The post(s) the sentence writes after ``person``'s name ("Trần Quốc Tỏ" -> "Ủy viên Trung ương Đảng, Thứ
    trưởng Bộ Công an"), as a span of the sentence, or None when no post follows the name."""
    for m in re.finditer(rf"(?<!\w){re.escape(person)}(?!\w)", sentence):
        bracket = _BRACKET_AFTER_NAME.match(sentence, m.end())
        aside = _AGE_ASIDE.match(sentence, bracket.end()) if bracket else None
        opens = aside.end() if aside else bracket.end() if bracket else 0
        if bracket and _BRACKETED_POST.match(sentence, opens):
            close = sentence.find(")", opens)
            if close > 0:  # the whole aside: "nguyên thượng tá, đồn trưởng Đồn Biên phòng Vĩnh Xương"
                inner = sentence[opens:close]
                a, b = opens + len(inner) - len(inner.lstrip()), close - len(inner) + len(inner.rstrip())
                return Holder(sentence[a:b], a, b)  # (its offsets the text's own, spaces left out)
        # "Lê Anh Văn- sinh năm 1962, Giám đốc Xí nghiệp …", "Phùng Long Thất, tức Bảy Thất, nguyên Trưởng phòng …"
        born = _BORN_ASIDE.match(sentence, m.end()) or _ALIAS_ASIDE.match(sentence, m.end())
        sep = _AFTER_NAME.match(sentence, born.end() if born else m.end())
        if not sep or not re.match(_POST_START, sentence[sep.end() :]):
            continue
        start = sep.end()
        end = _POST_END.search(sentence, start)
        stop = end.start() if end else len(sentence)
        text = sentence[start:stop].rstrip(" ,–—-")
        addressed = _addressed(sentence, start + len(text))
        named = _NAME.match(sentence, addressed.end()) if addressed else None
        if named and not _has_post_after(sentence, named.end()):
            continue  # "HLV trưởng Nguyễn Thành Vinh, Chủ tịch đội Đông Á, ông Đặng Phước Dừa": Dừa's post
        if text:
            return Holder(text, start, start + len(text))
    return None


# a post written right before a name, lower-case in news ("… trưởng Phòng Kỹ thuật công nghệ Đỗ Ngọc Trung đã …",
# "Chủ nhiệm Ủy ban kinh tế và ngân sách của Quốc hội Nguyễn Đức Kiên"), within one clause
_POST_BEFORE_NAME = re.compile(rf"(?i:(?:nguyên\s+|cựu\s+|phó\s+|quyền\s+)?(?<!\w)({_HEADS}))(?!\w)"
                               r"(?:\s+[^\s,.;:()]+){0,10}?\s+$")
_BODY_NAMED = re.compile(rf"\s+[{UPPER}]")
_NOT_POST_END = frozenset("và cùng với của cho là gặp ông bà anh chị đồng chí".split())


def post_before(sentence: str, person: str) -> Holder | None:
    """The post the sentence writes right before ``person``'s name ("Đỗ Ngọc Trung" -> "trưởng Phòng Kỹ thuật công
    nghệ"), as a span of the sentence, or None. Only for a full name (not "Diễm Tín" of "Chủ tàu Diễm Tín là ai?", a
    boat), and a post naming its body in capitals right after its head (not "điều tra viên đang tiếp tục …")."""
    if not _PERSON.fullmatch(person):
        return None
    for m in re.finditer(rf"(?<!\w){re.escape(person)}(?!\w)", sentence):
        lo = max(0, m.start() - 120)
        post = _POST_BEFORE_NAME.search(sentence, lo, m.start())
        if post is None:
            continue
        text = post.group().rstrip()
        if text.split()[-1].lower() not in _NOT_POST_END and _BODY_NAMED.match(text, post.end(1) - post.start()):
            return Holder(text, post.start(), post.start() + len(text))
    return None


# (not "an" nor "quốc": "Lê Xuân An", "Trần Quốc Tỏ" are people; "Công an …", "Bộ Quốc phòng" have another word here)
_BODY_WORDS = frozenset("bộ ban uỷ ủy hội đảng tỉnh huyện xã quận sở phòng cục viện toà tòa".split())
# bodies of two words, one of which is a common given name ("Nguyễn Thành Long", "Trần Văn Thành", "Nguyễn Công
# Hiền", "Phan Trường Sơn")
_BODY_PHRASES = re.compile(r"(?i)(?<!\w)(?:thành phố|nhà nước|công an|công ty|công tác|công đoàn|"
                           r"trường (?:đại|cao|trung|tiểu|mầm))(?!\w)")


# a name typed in lower case, read where a question asks about a person: "trần quốc tỏ giữ chức vụ gì",
# "đồng chí trần văn quân là ai" (restored from "tran quoc to …": capitals are lost with the diacritics)
_LOWER_NAME = re.compile(rf"(?i)(?:^\s*|(?:đồng chí|ông|bà)\s+)((?:{'|'.join(_SURNAMES)})(?:\s+[^\W\d_]+){{1,3}}?)"
                         r"\s+(?:là ai|là người nào|là đồng chí nào|giữ chức|giữ cương vị|đảm nhiệm|đảm nhận|có chức vụ|"
                         r"chức vụ|là gì)(?!\w)")


def lowercase_name(question: str) -> str | None:
    """The person a question typed all in lower case asks about, capitalised as reports write names
    ("trần quốc tỏ giữ chức vụ gì" -> "Trần Quốc Tỏ"), or None (a question with any capital is read as typed)."""
    if any(ch.isupper() for ch in question):
        return None
    m = _LOWER_NAME.search(unicodedata.normalize("NFC", question))  # (not normalize(): spelt as typed)
    return " ".join(w[:1].upper() + w[1:] for w in m.group(1).split()) if m else None


def named_people(text: str) -> list[str]:
    """The people ``text`` names by their full name ("Bùi Tiến Lý", "Tô Lâm"): a capitalised run of two to four
    syllables opening with a family name, none of them a body's word ("Lâm Đồng" has none either, so a place
    may slip in: the boost it gets is only for the passages that write it)."""
    out = []
    for m in _PERSON.finditer(text):
        words = m.group().split()
        # (the body's phrase may end past the capitals: "Đoàn Công tác liên ngành", "Lê Công an")
        nxt = re.match(r"\s+\w+", text[m.end() :])
        phrase = m.group() + (nxt.group() if nxt else "")
        if not any(w.lower() in _BODY_WORDS for w in words) and not _BODY_PHRASES.search(phrase) \
                and not _PLACE_BEFORE.search(text[max(0, m.start() - 30) : m.start()]) \
                and not _COMPANY_BEFORE.search(text[max(0, m.start() - 90) : m.start()]) \
                and not (len(words) == 2 and _BARE_COMPANY_BEFORE.search(text[max(0, m.start() - 20) : m.start()])):
            out.append(m.group())
    typed = lowercase_name(text)
    return list(dict.fromkeys(out + ([typed] if typed else [])))


def people_in(text: str) -> list[str]:
    """The people ``text`` names, Vietnamese (``named_people``) or foreign (``foreign_names``), never a province's or
    a city's bare name, though a family name opens it ("Hà Nội", "Cao Bằng"): whom a figure is said of, who does an
    act, whose a thing is."""
    return [n for n in named_people(text) + foreign_names(text) if not is_province(n)]


# a foreign name: two to four capitalised words of plain Latin letters ("Rolando Nivadura Radovan", "Gary Glitter"),
# which no Vietnamese family name opens
# words of a company's or a place's name in a foreign language ("Vietnam Airlines", "Hong Kong", "Thép Pomina")
_FOREIGN_BODY_WORDS = frozenset("vietnam airlines airways group company corporation corp bank hotel club holdings "
                                "motors electronics hong kong".split())
_FOREIGN = re.compile(r"(?<![\w.])[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}(?![\w.])")


def foreign_names(text: str) -> list[str]:
    """The foreign people ``text`` names ("Ludimer Manalo Masangkey"), not a body's or a place's name ("Vietnam
    Airlines", "Hong Kong", "Công ty Linkton Vina")."""
    return [m.group() for m in _foreign_matches(text)]


def _foreign_matches(text: str, end: int | None = None) -> list[re.Match]:
    """``foreign_names`` as matches (in ``text[:end]``)."""
    out = []
    vietnamese = list(_NAME.finditer(text))  # (a run ending one is no foreigner: "Phi Long" of "Vũ Phi Long")
    for m in _FOREIGN.finditer(text, 0, len(text) if end is None else end):
        words = m.group().split()
        if not any(w.lower() in _BODY_WORDS | _FOREIGN_BODY_WORDS for w in words) \
                and not any(n.start() < m.start() < n.end() for n in vietnamese) \
                and not _PLACE_BEFORE.search(text[max(0, m.start() - 30) : m.start()]) \
                and not _NAMED_BODY_END.search(normalize(text[max(0, m.start() - 20) : m.start()])):
            out.append(m)
    return out


_NAMED_POST = re.compile(rf"(?i)(?<!\w)((?:phó\s+)?(?:{_HEADS}))(?!\w)")


def post_named(question: str) -> str | None:
    """The post a question names without asking its holder ("tổng giám đốc" of "Ông Tiến làm tổng giám đốc PMU 18
    từ năm nào?"), as written; None when it names none, or asks who holds it."""
    if asked_post(question):
        return None
    m = _NAMED_POST.search(normalize(question))
    return m.group(1) if m else None


def deputy_instead(sentence: str, post: str) -> bool:
    """Does the sentence write the deputy of the post and never the post itself ("Trong năm 1993, ông làm phó tổng
    giám đốc Khu quản lý đường bộ II" for "tổng giám đốc")? Never for a deputy asked."""
    return _words(post)[:1] != ["pho"] and not _post_matches(sentence, post) and bool(
        _post_matches(sentence, "phó " + post))


def deputy_only(sentence: str, post: str) -> tuple[str, Holder] | None:
    """"Ai là Giám đốc Công an tỉnh Phú Yên?" where the sentence names only the Phó Giám đốc: (the deputy post as
    the sentence writes it, its holder), so the answer can say the post asked is not named; None when the post
    itself is written, a deputy is asked, or no deputy's holder is plain."""
    if _words(post)[:1] == ["pho"] or _post_matches(sentence, post):
        return None
    deputy = "phó " + post
    matches = _post_matches(sentence, deputy)
    holder = holder_of(sentence, deputy)
    if not matches or holder is None:
        return None
    best = max(matches, key=lambda m: m[2])
    # said of a name only where the post is its apposition ("Đại tá Lê Xuân An- Phó Giám đốc …"), never across a
    # clause ("… cháu ruột của … Nguyễn Việt Tiến (đã bị bắt), mới được bổ nhiệm Phó tổng giám đốc …": Long's post)
    if not re.fullmatch(r"\s*[-–—,]?\s*", sentence[holder.end : best[0]]) and best[1] != holder.start - 1:
        return None
    return sentence[best[0] : best[1]], holder

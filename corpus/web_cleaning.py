"""Remove the furniture that saved web pages drag into a report's plain text.

Pages from provincial police portals are saved with the site menu, a poll widget ("Bình chọn"),
a visitor counter ("Thống kê truy cập … Tổng 6.264.528"), a font-size bar and, after the byline,
a "Các tin khác" list that often carries the text of *another* article.  Left in, these become
passages that answer questions with the wrong report.

The rules are deliberately conservative because a wrong cut loses report text: only whole, short
lines that match known patterns are removed, and only in the header zone (before the first long
paragraph) or, for the "related articles" cut, after the body has started.
"""
from __future__ import annotations

import html
import re

__all__ = ["strip_web_furniture"]

_MAX_FURNITURE_LINE = 100  # chars; furniture lines are short
_BODY_LINE = 200  # a line this long is report text: the header zone ends before it
_MIN_BODY_BEFORE_TAIL = 300  # chars of text that must precede a "Các tin khác" cut

_POLL_START = re.compile(r"^(bình chọn|thăm dò ý kiến|thăm dò dư luận)\s*:?$", re.I)
_POLL_END = re.compile(
    r"^(\d[\d.,]*\s+(người|lượt)\s+(đã\s+)?(tham gia\s+)?bình chọn|(xem\s+)?kết quả( bình chọn)?)\s*\.?$", re.I
)
_COUNTER_START = re.compile(r"^(thống kê truy cập|thống kê lượt truy cập|lượt truy cập|số lượt truy cập)\s*:?$", re.I)
_COUNTER_LINE = re.compile(
    r"^[•·\-*+]?\s*("
    r"số lượng và lượt người truy cập|"
    r"(đang\s+)?online|đang truy cập|khách|thành viên|hôm nay|hôm qua|tuần này|tuần trước|"
    r"tháng này|tháng trước|năm nay|tổng|tổng (số )?(lượt )?truy cập|tất cả|lượt truy cập|truy cập"
    r")(\s*:?\s*[\d.,]+)?$",
    re.I,
)
# Counter lines that are unambiguous even outside a "Thống kê truy cập" block.
_LONE_COUNTER = re.compile(r"^[•·\-*+]?\s*(đang\s+online|online|đang truy cập|lượt truy cập|lượt xem)\s*:?\s*[\d.,]+$", re.I)
_TOOLBAR = re.compile(
    r"^((xem với\s+)?cỡ chữ\s*:?.*|(in bài( viết)?|bản in|gửi (email|bài viết)|chia sẻ|lưu bài viết|"
    r"trở về|quay lại|đầu trang|print|e-?mail)(\s*[|/•]\s*(in bài( viết)?|bản in|gửi (email|bài viết)|"
    r"chia sẻ|lưu bài viết|trở về|quay lại|đầu trang|print|e-?mail))*)\s*$",
    re.I,
)
_FONT_SIZE = re.compile(r"A\s*-.*A\s*\+|A-\s*A\s*A\+", re.I)
_BREADCRUMB = re.compile(r"^trang chủ\s*([»>/|›-]|$)", re.I)
_TAIL_START = re.compile(
    r"^(các tin khác|tin khác|các tin đã đưa|tin liên quan|các tin liên quan|bài viết liên quan|"
    r"tin cùng chuyên mục|các bài viết khác|tin mới hơn|tin cũ hơn|ý kiến bạn đọc|gửi bình luận)\s*[:.…]*$",
    re.I,
)


# HTML entities left in text copied from a page ("quán bar B &amp; M", "&gt;&gt; Làm thẻ ATM giả, …": 93 of the
# 7,956 VNTC articles): plain text never means them literally
_ENTITY = re.compile(r"&(?:amp|gt|lt|quot|apos|nbsp|#\d{2,5}|#x[0-9a-fA-F]{2,4});")
# a line of links to other stories: ">> Bắt khẩn cấp một nghi can làm thẻ ATM giả >> Làm thẻ ATM giả, …"
_LINK_LINE = re.compile(r"^\s*>{2,}")


def decode_entities(text: str) -> str:
    """``text`` with the HTML entities a page copy left in it decoded (a no-break space becomes a space)."""
    return _ENTITY.sub(lambda m: html.unescape(m.group()).replace("\xa0", " "), text)


def strip_web_furniture(text: str) -> tuple[str, list[str]]:
    """Plain text saved from a web page -> (text without site furniture, removed fragments).

    Whitespace is tidied the same way whether or not anything is removed: trailing spaces per
    line, runs of blank lines collapsed to one, leading/trailing blank lines dropped.
    """
    text = decode_entities(text)
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    removed: list[str] = []
    drop = [bool(_LINK_LINE.match(line)) for line in lines]  # other stories' headlines, linked
    _mark_inline_related(lines, drop)

    header_end = next((i for i, line in enumerate(lines) if len(line.strip()) >= _BODY_LINE), len(lines))
    first_widget = _mark_header_widgets(lines, header_end, drop)
    if first_widget is not None:
        # Short lines above the first widget are the site's menu/banner (the report title follows it).
        for i in range(first_widget):
            stripped = lines[i].strip()
            if stripped and len(stripped) <= 60 and not stripped.endswith((".", ":")):
                drop[i] = True

    tails = [t for t in (_find_tail(lines), _find_related_links(lines)) if t is not None]
    tail_start = min(tails) if tails else None
    for i, line in enumerate(lines):
        if tail_start is not None and i >= tail_start:
            break
        if drop[i] and line.strip():
            removed.append(line.strip())
    kept = [line for i, line in enumerate(lines) if not drop[i] and (tail_start is None or i < tail_start)]
    if tail_start is not None:
        tail = "\n".join(line.strip() for line in lines[tail_start:] if line.strip())
        removed.append(tail)
    return _tidy(kept), removed


def _mark_header_widgets(lines: list[str], header_end: int, drop: list[bool]) -> int | None:
    """Mark poll, counter, toolbar and breadcrumb lines in the header zone; return the first widget line."""
    first: int | None = None
    i = 0
    while i < header_end:
        stripped = lines[i].strip()
        if not stripped or len(stripped) > _MAX_FURNITURE_LINE:
            i += 1
            continue
        end = None
        if _POLL_START.match(stripped):
            end = _block_end(lines, i, header_end, lambda s: bool(_POLL_END.match(s)), 15)
        elif _COUNTER_START.match(stripped):
            end = i
            j = i + 1
            while j < header_end and (not lines[j].strip() or _COUNTER_LINE.match(lines[j].strip())):
                if lines[j].strip():
                    end = j
                j += 1
        if end is not None:
            for k in range(i, end + 1):
                drop[k] = True
            first = i if first is None else first
            i = end + 1
            continue
        if _LONE_COUNTER.match(stripped) or _BREADCRUMB.match(stripped) or _is_toolbar(stripped):
            drop[i] = True
            if _LONE_COUNTER.match(stripped):
                first = i if first is None else first
        i += 1
    return first


def _block_end(lines: list[str], start: int, limit: int, is_end, max_lines: int) -> int | None:
    """Index of the line closing a widget that starts at ``start``, if all lines between are short."""
    for j in range(start + 1, min(limit, start + 1 + max_lines)):
        stripped = lines[j].strip()
        if len(stripped) > _MAX_FURNITURE_LINE:
            return None
        if is_end(stripped):
            return j
    return None


def _is_toolbar(line: str) -> bool:
    if len(line) > 60:
        return False
    if re.match(r"^(xem với\s+)?cỡ chữ", line, re.I):
        return True
    return bool(_TOOLBAR.match(line)) or (len(line) <= 20 and bool(_FONT_SIZE.fullmatch(line.strip())))


def _find_tail(lines: list[str]) -> int | None:
    """First "Các tin khác"-style heading after the body has started: everything from it is dropped."""
    seen = 0
    for i, line in enumerate(lines):
        stripped = line.strip()
        if seen >= _MIN_BODY_BEFORE_TAIL and _TAIL_START.match(stripped):
            return i
        seen += len(stripped)
    return None


# a news site's "related articles" list under the story: one headline per line with its date,
# "Mãi lộ là một vấn nạn của đất nước(20/04/2004)" (VnExpress, in 682 of the 7,956 VNTC articles)
_RELATED_LINK = re.compile(r"^\S.{8,160}\(\d{1,2}/\d{1,2}/(?:19|20)\d{2}\)$")
_MIN_RELATED_LINKS = 2  # one such line could be the story's own last line; a run of them is a list


def _find_related_links(lines: list[str]) -> int | None:
    """Start of the trailing run of dated headline links (at least two), once the body has started."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start and (not lines[start - 1].strip() or _RELATED_LINK.match(lines[start - 1].strip())):
        start -= 1
    while start < end and not lines[start].strip():
        start += 1
    links = sum(1 for line in lines[start:end] if line.strip())
    body = sum(len(line.strip()) for line in lines[:start])
    return start if links >= _MIN_RELATED_LINKS and body >= _MIN_BODY_BEFORE_TAIL else None


_MORE = re.compile(r"(?i)^xem tiếp\W*$")  # "Xem tiếp": the link closing a list of related stories set in the body


def _mark_inline_related(lines: list[str], drop: list[bool]) -> None:
    """Mark a run of dated headline links closed by "Xem tiếp" inside the story (VnExpress sets one after its
    opening paragraph in 87 of the VNTC articles): other stories' headlines, whose figures are not this report's."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _RELATED_LINK.match(lines[j].strip()):
            j += 1
        if j - i >= _MIN_RELATED_LINKS and j < len(lines) and _MORE.match(lines[j].strip()):
            for k in range(i, j + 1):
                drop[k] = True
        i = max(j, i + 1)


def _tidy(lines: list[str]) -> str:
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")

"""Sentence splitting and passage building with exact character offsets.

Sentences come from underthesea's splitter, applied per line (it does not treat a line break as a
boundary, and report captions such as "Toàn cảnh Hội nghị" stand on their own line). Each sentence
is located in the original text, so its offsets are exact even where the splitter touched spacing.
Passages are runs of whole sentences, a few hundred characters long, so each fits the embedding
model's window and a quote never has to cross a passage.
"""
from __future__ import annotations

import re
from functools import lru_cache

from corpus.document import Passage, Span

TARGET_CHARS = 450  # a passage is closed once it reaches this size at a line break ...
MAX_CHARS = 800  # ... and never grows past this (≈200 model tokens for Vietnamese)
MIN_TAIL_CHARS = 120  # a shorter last passage (a byline) joins the one before
MAX_SENTENCE_CHARS = 700  # longer "sentences" (run-on lists) are cut at ";" or "," boundaries
_SOFT_BREAK = re.compile(r"(?<=[;:])\s+|(?<=,)\s+(?=\S)")


@lru_cache(maxsize=1)
def _splitter():
    try:
        from underthesea import sent_tokenize
    except ImportError as exc:  # pragma: no cover - installation problem
        raise ImportError("underthesea is required for sentence splitting: pip install underthesea") from exc
    return sent_tokenize


def _line_spans(text: str) -> list[Span]:
    spans, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append(Span(pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return spans


def _locate(pieces: list[str], text: str, start: int, end: int) -> list[Span]:
    """Map splitter output back to offsets; whatever cannot be found stays in one span."""
    spans: list[Span] = []
    cursor = start
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        found = text.find(piece, cursor, end)
        if found < 0:
            found = text.find(piece[:20], cursor, end)
            if found < 0:
                continue
            piece_end = min(end, found + len(piece))
        else:
            piece_end = found + len(piece)
        if spans and found > cursor and text[cursor:found].strip():
            # text the splitter dropped: attach it to the previous sentence
            spans[-1] = Span(spans[-1].start, found)
        spans.append(Span(found, piece_end))
        cursor = piece_end
    if not spans:
        return [Span(start, end)]
    if text[cursor:end].strip():
        spans[-1] = Span(spans[-1].start, end)
    if spans[0].start > start and text[start : spans[0].start].strip():
        spans[0] = Span(start, spans[0].end)
    return spans


def _cut_long(span: Span, text: str) -> list[Span]:
    if span.end - span.start <= MAX_SENTENCE_CHARS:
        return [span]
    out, seg_start = [], span.start
    for m in _SOFT_BREAK.finditer(text, span.start, span.end):
        if m.start() - seg_start >= MAX_SENTENCE_CHARS // 2:
            out.append(Span(seg_start, m.start()))
            seg_start = m.end()
    out.append(Span(seg_start, span.end))
    final: list[Span] = []
    for s in out:  # still too long (no punctuation): hard cut at a space
        while s.end - s.start > MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", s.start, s.start + MAX_SENTENCE_CHARS)
            cut = cut if cut > s.start else s.start + MAX_SENTENCE_CHARS
            final.append(Span(s.start, cut))
            s = Span(cut + 1 if text[cut] == " " else cut, s.end)
        final.append(s)
    return [s for s in final if s.end > s.start]


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of ``text``: each ``text[s.start:s.end]`` is a stripped sentence."""
    split = _splitter()
    spans: list[Span] = []
    for line in _line_spans(text):
        located = _locate(split(text[line.start : line.end]), text, line.start, line.end)
        for s in _photo_credit(_initials(_closing_marks(_inside_brackets(located, text), text), text), text):
            spans.extend(_cut_long(s, text))
    return spans


def _closing_marks(spans: list[Span], text: str) -> list[Span]:
    """Join back the marks that close a sentence the splitter cut inside a quotation: 'HĐXX chất vấn: "Việc chuyển
    nhượng như vậy là bất hợp pháp?".' is one sentence, not '… bất hợp pháp?' and '".' (which then opened the next
    one's quote, '". Bà Oanh giải thích …')."""
    out: list[Span] = []
    for s in spans:
        if out and not any(ch.isalnum() for ch in text[s.start : s.end]) and not text[out[-1].end : s.start].strip():
            out[-1] = Span(out[-1].start, s.end)
        else:
            out.append(s)
    return out


def _inside_brackets(spans: list[Span], text: str) -> list[Span]:
    """Join back a sentence the splitter cut at a "?" or "!" in brackets: "một phụ nữ không rõ tên (?) kêu xe khác
    kéo chiếc xe …" is one sentence, not "… không rõ tên (?" and ") kêu xe khác …"."""
    out: list[Span] = []
    for s in spans:
        if out and text[s.start : s.start + 1] in ")]" and not text[out[-1].end : s.start].strip():
            out[-1] = Span(out[-1].start, s.end)
        else:
            out.append(s)
    return out


_ENDS_INITIAL = re.compile(r"(?<![\w.])(?:[A-ZĐ]\.)+$")  # "… Trường T.E." (cut after an initial)
# "S.", "T International …", "A, Kim Ngọc đã chuyển …"; or the sentence goes on after the name ("chị N.T.K.N., ngụ ở
# quận Bình Thạnh …": no sentence opens with a comma)
_OPENS_INITIAL = re.compile(r"[A-ZĐ](?:[.,;:)]|\s|$)|[,;:)]")


# a person named by a form of address and the abbreviation of a name ("bà Ch.", "ông Th."), then the sentence going
# on in lower case ("Ngày 6-4-2004, đơn khởi kiện của bà Ch. đã được tòa án thụ lý giải quyết.")
_ENDS_ADDRESSED_INITIAL = re.compile(r"(?<!\w)(?i:bà|ông|anh|chị|cháu|em|cô|chú)\s+[A-ZĐ][a-zđ]?\.$")
_OPENS_LOWER = re.compile(r"[a-zà-ỹđ]")


def _initials(spans: list[Span], text: str) -> list[Span]:
    """Join back a name written in initials that the splitter cut at their dots: "Trường T.E.S.T International
    College" is one sentence, not "Trường T.E.", "S." and "T International College"."""
    out: list[Span] = []
    for s in spans:
        if (out and not text[out[-1].end : s.start].strip()
                and (_ENDS_INITIAL.search(text, out[-1].start, out[-1].end) and _OPENS_INITIAL.match(text, s.start)
                     or _ENDS_ADDRESSED_INITIAL.search(text, out[-1].start, out[-1].end)
                     and _OPENS_LOWER.match(text, s.start))):
            out[-1] = Span(out[-1].start, s.end)
        else:
            out.append(s)
    return out


# a photo's credit in initials, written into the text before the next sentence: "Ảnh: C.T.V Từ một tội phạm, …"
_PHOTO_CREDIT = re.compile(r"(?i:ảnh)\s*:\s*(?:[A-ZĐ]\.)+[A-ZĐ]?(?=\s+[A-ZĐ])")


def _photo_credit(spans: list[Span], text: str) -> list[Span]:
    """End a sentence after a photo's credit in initials ("Ảnh: C.T.V"): what follows is the next sentence."""
    out: list[Span] = []
    for s in spans:
        m = _PHOTO_CREDIT.search(text, s.start, s.end)
        if m is not None and m.end() < s.end:
            rest = m.end() + len(text[m.end() : s.end]) - len(text[m.end() : s.end].lstrip())
            out += [Span(s.start, m.end()), Span(rest, s.end)]
        else:
            out.append(s)
    return out


def build_passages(doc_id: str, text: str, sentences: list[Span] | None = None) -> list[Passage]:
    """Group sentences into passages, preferring to close a passage at a line break."""
    sentences = split_sentences(text) if sentences is None else sentences
    passages: list[Passage] = []
    current: list[Span] = []

    def close() -> None:
        if current:
            start, end = current[0].start, current[-1].end
            passages.append(Passage(doc_id, len(passages), start, end, text[start:end], list(current)))
            current.clear()

    for sent in sentences:
        if current:
            size = sent.end - current[0].start
            line_break = "\n" in text[current[-1].end : sent.start]
            if size > MAX_CHARS or (line_break and current[-1].end - current[0].start >= TARGET_CHARS):
                close()
        current.append(sent)
    if passages and current and current[-1].end - current[0].start < MIN_TAIL_CHARS:
        last = passages.pop()
        current[:0] = last.sentences
    close()
    return passages

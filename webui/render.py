"""HTML for answers, sources and figures: every piece of report text goes through ``html.escape``.

Reports are untrusted input (saved web pages can carry markup), so nothing from a document is
ever inserted unescaped. The whole answer is one HTML block without blank lines so the chat's
Markdown renderer passes it through untouched.
"""
from __future__ import annotations

from html import escape

from retrieval.answer import Answer, Source


def _meta_line(title: str, date: str | None, path: str) -> str:
    bits = [f"<b>{escape(title or '')}</b>"]
    if date:
        bits.append(escape(date))
    if path:
        bits.append(f"<code>{escape(path.rsplit('/', 1)[-1])}</code>")
    return " · ".join(bits)


def highlight(text: str, base: int, spans: list[tuple[int, int]]) -> str:
    """Escape ``text`` (which starts at absolute offset ``base``) and wrap ``spans`` in <mark>."""
    out, cursor = [], 0
    for start, end in sorted(spans):
        a, b = max(0, start - base), min(len(text), end - base)
        if a >= b or a < cursor:
            continue
        out.append(escape(text[cursor:a]))
        out.append(f"<mark>{escape(text[a:b])}</mark>")
        cursor = b
    out.append(escape(text[cursor:]))
    return "".join(out).replace("\n", "<br>")


def render_source(src: Source, *, open_: bool = False) -> str:
    body = highlight(src.text, src.start, src.highlights)
    return (f"<details class='vnqa-source'{' open' if open_ else ''}><summary>[{src.citation}] "
            f"{_meta_line(src.title, src.date, src.path)}</summary><div class='vnqa-passage'>{body}</div></details>")


def render_answer(ans: Answer) -> str:
    """The chat message: figure lead, quoted sentences with citations, then the sources."""
    parts = ["<div class='vnqa-answer'>"]
    if not ans.found:
        parts.append(f"<p class='vnqa-notfound'>{escape(ans.answer)}</p>")
    else:
        if ans.answer_type == "figure" and ans.figures:
            lead = ans.figures[0]
            n = next((q.citation for q in ans.quotes if q.doc_id == lead["doc_id"]), 1)
            parts.append(f"<p class='vnqa-figure'><span class='vnqa-figure-value'>{escape(lead['text'])}</span> <sup>[{n}]</sup></p>")
        for q in ans.quotes:
            parts.append(f"<blockquote class='vnqa-quote'>«{escape(q.text)}» <sup>[{q.citation}]</sup></blockquote>")
        if ans.figures:
            figs = ", ".join(f"<b>{escape(f['text'])}</b>" for f in ans.figures)
            parts.append(f"<p class='vnqa-figures'>Số liệu trong trích dẫn: {figs}</p>")
    if ans.sources:
        parts.append("<div class='vnqa-sources'><p><b>Nguồn</b></p>")
        parts.extend(render_source(s, open_=(i == 0 and ans.found)) for i, s in enumerate(ans.sources))
        parts.append("</div>")
    parts.append("</div>")
    return "".join(parts)


def render_figures_table(ans: Answer) -> list[list[str]]:
    rows = []
    for f in ans.figures:
        rows.append([f["text"], "" if f.get("value") is None else f"{f['value']:g}", f.get("unit") or "",
                     f.get("sentence", "")[:200], f["doc_id"]])
    return rows

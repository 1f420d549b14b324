"""HTML for answers, sources, search results and documents: all report text goes through ``esc``.

Reports are untrusted input (saved web pages carry markup), so nothing from a document is ever
inserted unescaped; ``$`` is escaped too, so a report cannot trigger the chat's LaTeX rendering.
Answers are rendered from ``Answer.to_dict()`` dicts so the same data feeds the page, the export
and the audit log. HTML is kept on one line: the chat's Markdown renderer then passes it through.
"""
from __future__ import annotations

import re
from html import escape

from webui.meta import citation_text, display_date, file_name, lead_figures, report_notes

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_STOP = frozenset("""và của các có là được cho với trong những một này đó thì bao nhiêu nào gì ai không đã
    ở tại về theo như khi năm""".split())


def esc(text: str | None) -> str:
    return escape(text or "", quote=True).replace("$", "&#36;")


def highlight(text: str, base: int, spans: list) -> str:
    """Escape ``text`` (which starts at absolute offset ``base``) and wrap ``spans`` in <mark>."""
    out, cursor = [], 0
    for start, end in sorted(tuple(s) for s in spans):
        a, b = max(0, start - base), min(len(text), end - base)
        if a >= b or a < cursor:
            continue
        out.append(esc(text[cursor:a]))
        out.append(f"<mark>{esc(text[a:b])}</mark>")
        cursor = b
    out.append(esc(text[cursor:]))
    return "".join(out).replace("\n", "<br>")


def query_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the query's content words occur in ``text`` (case-insensitive, whole words)."""
    words = {w.lower() for w in _TOKEN.findall(query or "") if len(w) > 1 and w.lower() not in _STOP}
    spans: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text):
        if m.group(0).lower() not in words:
            continue
        if spans and not text[spans[-1][1] : m.start()].strip():  # "tai nạn giao thông" as one mark
            spans[-1] = (spans[-1][0], m.end())
        else:
            spans.append((m.start(), m.end()))
    return spans


def cite_id(turn: int, citation: int) -> str:
    return f"vnqa-src-{turn}-{citation}"


def _cite_link(turn: int, n: int) -> str:
    return f"<sup><a class='vnqa-cite' href='#{cite_id(turn, n)}' title='Mở nguồn [{n}]'>[{n}]</a></sup>"


def _lead_figures(ans: dict) -> list[tuple[dict, int]]:
    """The figure(s) the answer leads with ("4 tập thể" and "10 cá nhân"; "195/204 xã phường" and "180/188 xã"),
    each with its citation number."""
    out = []
    for lead in lead_figures(ans):
        n = next((s["citation"] for s in ans.get("sources", []) if s["doc_id"] == lead["doc_id"]), None)
        n = n or next((q["citation"] for q in ans.get("quotes", []) if q["doc_id"] == lead["doc_id"]), 1)
        out.append((lead, n))
    return out


_AUTHOR_LINE = re.compile(r"^(.+?) \[(\d+)\] — (.*)$")
_CITED = re.compile(r"^(.*?) ?\[(\d+)\](.*)$")


def _author_lines(ans: dict, turn: int) -> list[str]:
    """"Phương Hồng [1] — tác giả bài «…»" as a name in bold, each quote as a quote, a report without a byline
    as a note (the lines of the answer text, which name each report once)."""
    out = []
    for line in str(ans.get("answer", "")).split("\n"):
        quoted = re.match(r"^«(.*)» \[(\d+)\]$", line, re.S)
        author = _AUTHOR_LINE.match(line)
        cited = _CITED.match(line)
        if quoted:
            out.append(f"<blockquote class='vnqa-quote'>«{esc(quoted.group(1))}» "
                       f"{_cite_link(turn, int(quoted.group(2)))}</blockquote>")
        elif author:
            out.append(f"<p class='vnqa-figure vnqa-holder'><span class='vnqa-figure-value'>{esc(author.group(1))}"
                       f"</span> {_cite_link(turn, int(author.group(2)))} <span class='vnqa-figure-ctx'>"
                       f"{esc(author.group(3))}</span></p>")
        elif cited:
            out.append(f"<p class='vnqa-note'>{esc(cited.group(1))} {_cite_link(turn, int(cited.group(2)))}"
                       f"{esc(cited.group(3))}</p>")
        else:
            out.append(f"<p class='vnqa-digest'>{esc(line)}</p>")
    return out


def _digest_stages(ans: dict, turn: int, leads: list[tuple[dict, int]]) -> list[list[str]]:
    """A digest, report by report: "Số liệu trong báo cáo «…» [n]" (or "Tóm tắt theo báo cáo …"), its figures as
    a list, then its sentences (a digest on a topic can quote up to three reports)."""
    label = "Tóm tắt theo báo cáo" if str(ans.get("answer", "")).startswith("Tóm tắt") else "Số liệu trong báo cáo"
    groups: dict[int, list[dict]] = {}
    for q in ans.get("quotes", []):
        groups.setdefault(q["citation"], []).append(q)
    parts: list[str] = []
    stages: list[list[str]] = []
    for n, quotes in groups.items():
        parts.append(f"<p class='vnqa-digest'>{label} «{esc(quotes[0].get('title'))}» {_cite_link(turn, n)}</p>")
        items = "".join(f"<li><b>{esc(f['text'])}</b>"
                        + (f" <span class='vnqa-figure-ctx'>{esc(f['subject'])}</span>" if f.get("subject") else "")
                        + "</li>" for f, _n in leads if f.get("doc_id") == quotes[0]["doc_id"])
        if items:
            parts.append(f"<ul class='vnqa-digest-figures'>{items}</ul>")
        stages.append(list(parts))
        for q in quotes:
            parts.append(f"<blockquote class='vnqa-quote'>«{esc(q['text'])}» {_cite_link(turn, n)}</blockquote>")
            stages.append(list(parts))
    return stages


def answer_stages(ans: dict, turn: int, resolved_note: str | None = None, filtered: bool = False) -> list[str]:
    """The chat message as it grows: figure first, then each quote, then the figure list.

    Streaming these stages lets the figure appear before the supporting text has been laid out.
    """
    head = []
    if resolved_note:
        head.append(f"<p class='vnqa-resolved'>Câu hỏi được hiểu là: <i>{esc(resolved_note)}</i></p>")
    stages: list[list[str]] = []
    if not ans.get("found"):
        body = [f"<p class='vnqa-notfound'>{esc(str(ans.get('answer', '')).split(chr(10))[0])}</p>"]
        near = [f for f in ans.get("figures") or [] if f.get("near")]
        for fig, q in zip(near, ans.get("quotes") or []):  # the nearest figure, flagged as not the answer
            body.append(f"<p class='vnqa-figure vnqa-near'><span class='vnqa-figure-value'>{esc(fig['text'])}</span> "
                        f"{_cite_link(turn, q['citation'])}</p>"
                        f"<blockquote class='vnqa-quote'>«{esc(q['text'])}» {_cite_link(turn, q['citation'])}</blockquote>")
        if ans.get("sources"):
            body.append("<p class='vnqa-hint'>Xem các đoạn gần nhất ở khung <b>Nguồn</b>.</p>")
        if filtered:
            body.append("<p class='vnqa-hint'>Bộ lọc đang bật: hãy thử <b>Xoá bộ lọc</b> để tìm trong tất cả báo cáo.</p>")
        stages.append(body)
    else:
        parts: list[str] = []
        leads = _lead_figures(ans)
        digest = ans.get("answer_type") == "digest"
        if digest:  # a report's figures (or gist): which report, then its figures as a list, then its sentences
            stages += _digest_stages(ans, turn, leads)
            parts = list(stages[-1]) if stages else []
            leads = []
        reports = ans.get("answer_type") == "reports"
        if reports:  # about the reports: "2 báo cáo nói đến nội dung này:" / "Đã nạp 5 báo cáo …:"
            lines = str(ans.get("answer", "")).split("\n")
            parts.append(f"<p class='vnqa-digest'>{esc(lines[0])}</p>")
            if not ans.get("quotes"):  # the inventory: one line per report, "[n] title — unit, date"
                items = []
                for line in lines[1:]:
                    m = re.match(r"^\[(\d+)\] (.*)$", line)
                    items.append(f"<li>{esc(m.group(2))} {_cite_link(turn, int(m.group(1)))}</li>" if m
                                 else f"<li>{esc(line)}</li>")
                parts.append(f"<ul class='vnqa-report-list'>{''.join(items)}</ul>")
            stages.append(list(parts))
        if ans.get("answer_type") == "author":  # who wrote it: each report's byline, then why it is that report
            parts += _author_lines(ans, turn)
            stages.append(list(parts))
            leads, ans = [], {**ans, "lead": None, "quotes": []}
        shown_context = None
        for fig, n in leads:
            context = fig.get("subject") or ""
            extra = f" <span class='vnqa-figure-ctx'>{esc(context)}</span>" if context and context != shown_context else ""
            shown_context = context
            parts.append(f"<p class='vnqa-figure'><span class='vnqa-figure-value'>{esc(fig['text'])}</span>{extra} "
                         f"{_cite_link(turn, n)}</p>")
        holder = ans.get("lead")
        if holder and not leads and holder.get("verdict"):  # "… có xảy ra khiếu nại không?": Không, and why
            parts.append(f"<p class='vnqa-figure vnqa-verdict'><span class='vnqa-figure-value'>{esc(holder['verdict'])}"
                         f"</span> <span class='vnqa-figure-ctx'>«{esc(holder['text'])}»</span> "
                         f"{_cite_link(turn, holder['citation'])}</p>")
        elif holder and not leads:  # "Giám đốc Công an tỉnh … là ai?": the name, then the sentence naming it
            parts.append(f"<p class='vnqa-figure vnqa-holder'><span class='vnqa-figure-value'>{esc(holder['text'])}"
                         f"</span> {_cite_link(turn, holder['citation'])}</p>")
        for note in ans.get("notes") or []:  # "Các đoạn tìm được không nêu Giám đốc …; chỉ nêu Phó Giám đốc …"
            parts.append(f"<p class='vnqa-note'>{esc(note)}</p>")
        if leads or holder or ans.get("notes"):
            stages.append(list(parts))
        for q in [] if digest else ans.get("quotes", []):
            if reports:  # each quote is a different report's: name it
                parts.append(f"<p class='vnqa-report-title'>{esc(q.get('title'))} {_cite_link(turn, q['citation'])}</p>")
            parts.append(f"<blockquote class='vnqa-quote'>«{esc(q['text'])}» {_cite_link(turn, q['citation'])}</blockquote>")
            stages.append(list(parts))
        notes = report_notes(ans)  # "Không báo cáo nào về huyện Tuyên Hóa …": a place compared, unquoted
        if notes:
            parts += [f"<p class='vnqa-note'>{esc(line)}</p>" for line in notes]
            stages.append(list(parts))
        figs = ans.get("figures") or []
        if len(figs) > 1 and not digest and not reports:
            listed = ", ".join(f"<b>{esc(f['text'])}</b>" for f in figs[:8])
            parts.append(f"<p class='vnqa-figures'>Số liệu trong trích dẫn: {listed}</p>")
            stages.append(list(parts))
        if not stages:
            stages.append([f"<p>{esc(ans.get('answer'))}</p>"])
    return ["<div class='vnqa-answer'>" + "".join(head + s) + "</div>" for s in stages]


def render_answer(ans: dict, turn: int = 1, resolved_note: str | None = None) -> str:
    return answer_stages(ans, turn, resolved_note)[-1]


def render_source(src: dict, turn: int, unit: str | None, *, open_: bool = False, more: bool = False) -> str:
    """One cited passage; ``more`` marks a further passage of an already cited report (it gets no anchor)."""
    body = highlight(src["text"], src["start"], src.get("highlights") or [])
    meta = [f"<span><i>Ngày</i> {esc(display_date(src.get('date'), src.get('year')))}</span>"]
    if unit:
        meta.append(f"<span><i>Đơn vị</i> {esc(unit)}</span>")
    meta.append(f"<span><i>Tệp</i> {esc(file_name(src.get('path')))}</span>")
    cite = citation_text(src, unit)
    anchor = "" if more else f" id='{cite_id(turn, src['citation'])}'"
    label = "<span class='vnqa-more'>đoạn khác</span> " if more else ""
    return (f"<details class='vnqa-source'{anchor}{' open' if open_ else ''}>"
            f"<summary><span class='vnqa-num'>[{src['citation']}]</span> {label}{esc(src.get('title'))}</summary>"
            f"<div class='vnqa-meta'>{''.join(meta)}</div>"
            f"<div class='vnqa-passage'>{body}</div>"
            f"<div class='vnqa-actions'><button type='button' class='vnqa-copy' data-cite='{esc(cite)}'>Sao chép trích dẫn</button>"
            f"<button type='button' class='vnqa-open' data-open='{esc(src['doc_id'])}|{src['start']}|{src['end']}'>"
            f"Mở toàn văn</button></div></details>")


def render_sources_panel(turns: list[dict]) -> str:
    """Sources of every answer, newest first; older turns folded so the latest stays in view."""
    if not turns:
        return ("<div class='vnqa-sources-empty'>Nguồn trích dẫn sẽ hiện ở đây. Bấm vào số <b>[1]</b>, <b>[2]</b>… "
                "trong câu trả lời để mở đúng đoạn văn, câu được trích được tô vàng.</div>")
    parts = []
    for i in range(len(turns), 0, -1):
        t = turns[i - 1]
        ans = t["answer"]
        units = t.get("units", {})
        latest = i == len(turns)
        seen, items = set(), []
        for s in ans.get("sources", []):
            first = s["citation"] not in seen
            seen.add(s["citation"])
            items.append(render_source(s, i, units.get(s["doc_id"]), open_=latest and first and bool(s.get("highlights")),
                                       more=not first))
        parts.append(f"<details class='vnqa-turn' id='vnqa-turn-{i}'{' open' if latest else ''}>"
                     f"<summary>Câu hỏi {i}: {esc(t.get('resolved') or t.get('question'))}</summary>{''.join(items)}</details>")
    return "<div class='vnqa-sources'>" + "".join(parts) + "</div>"


def render_search_results(rows: list[dict], query: str, understood: str | None = None) -> str:
    """Ranked passages; ``understood``: the query with its diacritics restored, shown when it differs."""
    note = (f"<p class='vnqa-resolved'>Truy vấn được hiểu là: <i>{esc(understood)}</i></p>"
            if understood and understood != query else "")
    if not rows:
        return note + "<p class='vnqa-notfound'>Không có đoạn văn nào phù hợp.</p>"
    out = [note, f"<p class='vnqa-count'>{len(rows)} đoạn văn phù hợp nhất</p>"]
    for r in rows:
        spans = [(a + r["start"], b + r["start"]) for a, b in query_spans(r["text"], query)]
        meta = [f"<span><i>Ngày</i> {esc(display_date(r.get('date')))}</span>", f"<span><i>Tệp</i> {esc(file_name(r.get('path')))}</span>"]
        if r.get("unit"):
            meta.insert(1, f"<span><i>Đơn vị</i> {esc(r['unit'])}</span>")
        out.append(f"<div class='vnqa-hit'><div class='vnqa-hit-head'><span class='vnqa-rank'>{r['rank']}</span>"
                   f"<b>{esc(r.get('title'))}</b><span class='vnqa-score'>điểm {r['score']:.3f}</span></div>"
                   f"<div class='vnqa-meta'>{''.join(meta)}</div>"
                   f"<div class='vnqa-passage'>{highlight(r['text'], r['start'], spans)}</div>"
                   f"<div class='vnqa-actions'><button type='button' class='vnqa-open' "
                   f"data-open='{esc(r['doc_id'])}|{r['start']}|{r['end']}'>Mở toàn văn tại đoạn này</button></div></div>")
    return "".join(out)


def render_document(doc_title: str, meta_line: str, text: str, start: int | None = None, end: int | None = None) -> str:
    """A whole report, escaped, with the chosen passage marked (the page scrolls to ``#vnqa-at``)."""
    if start is not None and end is not None and 0 <= start < end <= len(text):
        body = (esc(text[:start]) + "<mark id='vnqa-at' class='vnqa-at'>" + esc(text[start:end]) + "</mark>"
                + esc(text[end:]))
    else:
        body = esc(text)
    return (f"<div class='vnqa-doc'><div class='vnqa-doc-head'><b>{esc(doc_title)}</b>"
            f"<button type='button' class='vnqa-close'>✕ Đóng</button></div>"
            f"<div class='vnqa-meta'>{esc(meta_line)}</div>"
            f"<div class='vnqa-doc-body'>{body.replace(chr(10), '<br>')}</div></div>")

"""Briefs for leadership: one answer or the whole conversation, with sources, as Markdown or DOCX.

Both formats are built from the same turn dicts the page shows (question, resolved question,
``Answer.to_dict()``, units), so an exported brief says exactly what the screen said.
"""
from __future__ import annotations

import io
from datetime import datetime

from retrieval.answer import lead_line
from webui.meta import author_lines, display_date, file_name, lead_figures, report_notes, shown_quotes

TITLE = "Bản tóm tắt hỏi đáp báo cáo"


def _lead(ans: dict) -> str | None:
    """The figure(s) the answer leads with: "4 tập thể; 10 cá nhân"."""
    return "; ".join(f["text"] for f in lead_figures(ans)) or None


def _holder(ans: dict) -> str | None:
    """The name a "who holds this post" answer leads with: "Thiếu tướng Trần Phú Hà [1]"; the verdict of a yes/no
    answer with its evidence: "Không — «không xảy ra việc khiếu nại» [1]"."""
    lead = ans.get("lead")
    return lead_line(lead) if lead and ans.get("answer_type") != "author" else None  # (an author's: its lines)


def _unique_sources(ans: dict) -> list[dict]:
    seen, out = set(), []
    for s in ans.get("sources", []):
        if s["citation"] not in seen:
            seen.add(s["citation"])
            out.append(s)
    return out


def _cited_sentences(src: dict) -> list[str]:
    return [src["text"][a - src["start"] : b - src["start"]].strip() for a, b in (src.get("highlights") or [])]


def _source_line(src: dict, unit: str | None) -> str:
    bits = [src.get("title") or file_name(src.get("path"))]
    if unit:
        bits.append(unit)
    bits.append(display_date(src.get("date"), src.get("year")))
    bits.append(file_name(src.get("path")))
    return " — ".join(bits)


def _heading_line(ans: dict) -> str | None:
    """What a digest or a report list is of ("Số liệu trong báo cáo «…» [1]", "Đã nạp 5 báo cáo …:"); a digest
    of several reports names each ("Số liệu trong báo cáo «A» [1]: …", "… «B» [2]: …")."""
    if ans.get("answer_type") == "author":  # "Phương Hồng [1] — tác giả bài «…»", one line per report
        return "\n".join(author_lines(ans)) or None
    if ans.get("answer_type") not in ("digest", "reports"):
        return None
    lines = str(ans.get("answer", "")).split("\n")
    if ans.get("answer_type") == "digest":
        heads = [line for line in lines if line and not line.startswith("«")]
        return "\n".join(heads) or None
    return "\n".join([lines[0]] + report_notes(ans)) if lines[0] else None


def turn_markdown(turn: dict, number: int | None = None) -> str:
    ans, units = turn["answer"], turn.get("units", {})
    head = f"## Câu hỏi {number}: {turn['question']}" if number else f"## {turn['question']}"
    out = [head, ""]
    if turn.get("resolved") and turn["resolved"] != turn["question"]:
        out += [f"*Câu hỏi được hiểu là:* {turn['resolved']}", ""]
    if not ans.get("found"):
        out += [str(ans.get("answer", "")).split("\n")[0], ""]
        near = [f for f in ans.get("figures") or [] if f.get("near")]
        for fig, q in zip(near, ans.get("quotes") or []):  # the nearest figure, not the answer
            out += [f"Số liệu gần nhất: {fig['text']} [{q['citation']}]", "", f"> «{q['text']}» [{q['citation']}]", ""]
    else:
        heading = _heading_line(ans)
        for line in heading.split("\n") if heading else []:
            out += [line, ""]
        lead = _lead(ans)
        if lead:
            out += [f"**Số liệu chính: {lead}**", ""]
        elif _holder(ans):
            out += [f"**Trả lời: {_holder(ans)}**", ""]
        for note in ans.get("notes") or []:
            out += [f"*{note}*", ""]
        for q in shown_quotes(ans):
            out += [f"> «{q['text']}» [{q['citation']}]", ""]
    sources = _unique_sources(ans)
    if sources:
        out += ["**Nguồn**", ""]
        for s in sources:
            out.append(f"{s['citation']}. {_source_line(s, units.get(s['doc_id']))}")
            for sent in _cited_sentences(s):
                out.append(f"   - «{sent}»")
        out.append("")
    return "\n".join(out)


def conversation_markdown(turns: list[dict], *, user: str | None = None, now: datetime | None = None) -> str:
    now = now or datetime.now()
    out = [f"# {TITLE}", "", f"Ngày lập: {now:%d/%m/%Y %H:%M}" + (f" — người hỏi: {user}" if user else ""), ""]
    for i, t in enumerate(turns, start=1):
        out.append(turn_markdown(t, i if len(turns) > 1 else None))
    return "\n".join(out).rstrip() + "\n"


def conversation_docx(turns: list[dict], *, user: str | None = None, now: datetime | None = None) -> bytes:
    """A Word brief: heading per question, the figure in bold, quotes in italics, numbered sources."""
    from docx import Document
    from docx.shared import Pt, RGBColor

    now = now or datetime.now()
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    doc.add_heading(TITLE, level=0)
    doc.add_paragraph(f"Ngày lập: {now:%d/%m/%Y %H:%M}" + (f" — người hỏi: {user}" if user else ""))
    for i, t in enumerate(turns, start=1):
        ans, units = t["answer"], t.get("units", {})
        doc.add_heading(f"Câu hỏi {i}: {t['question']}" if len(turns) > 1 else t["question"], level=1)
        if t.get("resolved") and t["resolved"] != t["question"]:
            p = doc.add_paragraph()
            p.add_run("Câu hỏi được hiểu là: ").italic = True
            p.add_run(t["resolved"])
        if not ans.get("found"):
            doc.add_paragraph(ans.get("answer", ""))
        else:
            heading = _heading_line(ans)
            if heading:
                doc.add_paragraph(heading)
            lead = _lead(ans)
            if lead:
                p = doc.add_paragraph()
                p.add_run("Số liệu chính: ")
                run = p.add_run(lead)
                run.bold = True
                run.font.size = Pt(16)
                run.font.color.rgb = RGBColor(0xB4, 0x23, 0x18)
            elif _holder(ans):
                p = doc.add_paragraph()
                p.add_run("Trả lời: ")
                p.add_run(_holder(ans)).bold = True
            for note in ans.get("notes") or []:
                doc.add_paragraph().add_run(note).italic = True
            for q in shown_quotes(ans):
                p = doc.add_paragraph(style="Quote")
                p.add_run(f"«{q['text']}»").italic = True
                p.add_run(f" [{q['citation']}]")
        sources = _unique_sources(ans)
        if sources:
            doc.add_heading("Nguồn", level=2)
            for s in sources:
                p = doc.add_paragraph(style="List Number")
                p.add_run(f"[{s['citation']}] ").bold = True
                p.add_run(_source_line(s, units.get(s["doc_id"])))
                for sent in _cited_sentences(s):
                    doc.add_paragraph(f"«{sent}»", style="List Bullet 2")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()

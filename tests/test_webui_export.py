"""Export: the Markdown and DOCX briefs contain the question, the figure, the quotes and the sources."""
import io
from datetime import datetime

from docx import Document

from webui.export import conversation_docx, conversation_markdown

SENT = "năm 2020 giảm 16,4% so với năm 2019; năm 2021 giảm 19,2% so với năm 2020"
TEXT = "Do đó, tỷ lệ tội phạm giảm, cụ thể: " + SENT + "."


def _turn(question: str, resolved: str, figure: str) -> dict:
    start = 500
    s_start = start + TEXT.index(SENT)
    return {"question": question, "resolved": resolved, "units": {"d1": "Công an huyện Đăk Tô"},
            "answer": {"found": True, "answer_type": "figure", "answer": "",
                       "quotes": [{"citation": 1, "doc_id": "d1", "text": SENT}],
                       "figures": [{"text": figure, "doc_id": "d1"}],
                       "sources": [{"citation": 1, "doc_id": "d1", "title": "Sơ kết 03 năm quy chế phối hợp",
                                    "date": "2022-04-14", "path": "/x/000_46187f3b83518a7b.txt", "passage_id": 3,
                                    "start": start, "end": start + len(TEXT), "text": TEXT,
                                    "highlights": [[s_start, s_start + len(SENT)]]}]}}


TURNS = [_turn("Tỷ lệ tội phạm năm 2020 giảm bao nhiêu so với năm 2019?",
               "Tỷ lệ tội phạm năm 2020 giảm bao nhiêu so với năm 2019?", "16,4%"),
         _turn("Còn năm 2021 thì sao?", "Tỷ lệ tội phạm năm 2021 giảm bao nhiêu so với năm 2020?", "19,2%")]
NOW = datetime(2026, 11, 22, 7, 30)


def test_markdown_brief():
    md = conversation_markdown(TURNS, user="lanhdao", now=NOW)
    assert md.startswith("# Bản tóm tắt hỏi đáp báo cáo")
    assert "22/11/2026 07:30 — người hỏi: lanhdao" in md
    assert "## Câu hỏi 2: Còn năm 2021 thì sao?" in md
    assert "*Câu hỏi được hiểu là:* Tỷ lệ tội phạm năm 2021 giảm bao nhiêu so với năm 2020?" in md
    assert "**Số liệu chính: 19,2%**" in md
    assert f"> «{SENT}» [1]" in md
    assert "1. Sơ kết 03 năm quy chế phối hợp — Công an huyện Đăk Tô — 14/04/2022 — 000_46187f3b83518a7b.txt" in md
    # the first turn has no "resolved" note because nothing was resolved
    assert md.count("Câu hỏi được hiểu là") == 1


def test_single_answer_markdown_has_no_numbering():
    md = conversation_markdown(TURNS[:1], now=NOW)
    assert "## Tỷ lệ tội phạm năm 2020" in md and "Câu hỏi 1" not in md


def test_docx_brief():
    data = conversation_docx(TURNS, user="lanhdao", now=NOW)
    doc = Document(io.BytesIO(data))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Bản tóm tắt hỏi đáp báo cáo" in text
    assert "Câu hỏi 1: Tỷ lệ tội phạm năm 2020 giảm bao nhiêu so với năm 2019?" in text
    assert "Số liệu chính: 16,4%" in text and "Số liệu chính: 19,2%" in text
    assert f"«{SENT}» [1]" in text
    assert "Sơ kết 03 năm quy chế phối hợp — Công an huyện Đăk Tô — 14/04/2022" in text
    bold_runs = [r.text for p in doc.paragraphs for r in p.runs if r.bold]
    assert "19,2%" in bold_runs


def test_every_lead_figure_is_the_main_figure_of_the_brief():
    turn = _turn("Bao nhiêu tập thể và cá nhân được khen thưởng?", "Bao nhiêu tập thể và cá nhân được khen thưởng?",
                 "4 tập thể")
    turn["answer"]["figures"] = [{"text": "4 tập thể", "doc_id": "d1", "lead": True},
                                 {"text": "10 cá nhân", "doc_id": "d1", "lead": True},
                                 {"text": "2 đợt", "doc_id": "d1", "lead": False}]
    md = conversation_markdown([turn], now=NOW)
    assert "**Số liệu chính: 4 tập thể; 10 cá nhân**" in md

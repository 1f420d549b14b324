"""Questions about the reports themselves, on the five real reports: "báo cáo nào …", "bao nhiêu báo cáo đã nạp"."""
from __future__ import annotations

import io

import pytest
from docx import Document

from retrieval.assistant import Assistant
from retrieval.question import answer_type, asks_inventory
from tests.conftest import DAK_TO, SONG_CAU, TUYEN_HOA
from webui.export import conversation_docx, conversation_markdown
from webui.render import render_answer


@pytest.fixture(scope="module")
def assistant(samples_assistant) -> Assistant:
    return samples_assistant


@pytest.mark.parametrize("question, expected", [
    ("Báo cáo nào nói về ma túy?", "reports"),
    ("Những báo cáo nào đề cập đến tai nạn giao thông?", "reports"),
    ("Có bao nhiêu báo cáo đã được nạp?", "reports"),
    ("Danh sách báo cáo", "reports"),
    ("Công an huyện đã ban hành bao nhiêu kế hoạch?", "figure"),  # a count in a report, not of the reports
])
def test_questions_about_the_reports(question, expected):
    assert answer_type(question) == expected


def test_inventory_needs_the_collection_named():
    assert asks_inventory("Có bao nhiêu báo cáo đã được nạp?") and asks_inventory("liet ke cac bao cao")
    assert not asks_inventory("Báo cáo nào nói về ma túy?")


def test_each_report_on_the_topic_is_named_once(assistant):
    ans = assistant.ask("Báo cáo nào nói về quy chế phối hợp?")
    assert ans.found and ans.answer_type == "reports"
    docs = [q.doc_id for q in ans.quotes]
    assert len(docs) == len(set(docs)) >= 3  # one quote per report
    assert docs[:2] == [DAK_TO, SONG_CAU]
    assert ans.answer.startswith(f"{len(docs)} báo cáo nói đến nội dung này:")
    for q in ans.quotes:
        text = assistant.document(q.doc_id).text
        assert text[q.start : q.end] == q.text
        assert "phối hợp" in q.text.lower()
    assert [q.citation for q in ans.quotes] == list(range(1, len(docs) + 1))


def test_a_topic_one_report_speaks_of(assistant):
    ans = assistant.ask("Báo cáo nào nói về ma túy?")
    assert [q.doc_id for q in ans.quotes] == [TUYEN_HOA]
    assert ans.answer.startswith("Một báo cáo nói đến nội dung này:") and "ma túy" in ans.quotes[0].text
    unaccented = assistant.ask("bao cao nao noi ve ma tuy")
    assert unaccented.understood_as == "báo cáo nào nói về ma tuý" and unaccented.quotes[0].doc_id == TUYEN_HOA


def test_a_topic_no_report_speaks_of(assistant):
    ans = assistant.ask("Báo cáo nào nói về bóng đá?")
    assert not ans.found and ans.answer.startswith("Không tìm thấy thông tin phù hợp")


def test_inventory_counts_and_lists_the_loaded_reports(assistant):
    ans = assistant.ask("Có bao nhiêu báo cáo đã được nạp?")
    assert ans.found and ans.answer.startswith("Đã nạp 5 báo cáo (41 đoạn văn):")
    lines = ans.answer.split("\n")[1:]
    assert len(lines) == 5 and lines[0].startswith("[1] Nâng cao chất lượng")  # newest first (2022-06-03)
    assert "Công an huyện Tuyên Hóa" in ans.answer and "— Bộ Công an, 03/06/2022" in lines[0]
    assert len({s.doc_id for s in ans.sources}) == 5
    html = render_answer(ans.to_dict())
    assert "vnqa-report-list" in html and html.count("<li>") == 5


def test_page_names_the_report_of_each_quote(assistant):
    html = render_answer(assistant.ask("Báo cáo nào nói về quy chế phối hợp?").to_dict())
    assert html.count("vnqa-report-title") >= 3
    assert "SƠ KẾT QUI CHẾ PHỐI HỢP" in html


def test_briefs_say_what_a_list_or_a_digest_is_of(assistant):
    turns = [{"question": q, "answer": assistant.ask(q).to_dict()}
             for q in ("Có bao nhiêu báo cáo đã được nạp?", "Các số liệu chính của báo cáo Tuyên Hóa")]
    md = conversation_markdown(turns)
    assert "Đã nạp 5 báo cáo (41 đoạn văn):" in md
    assert "Số liệu trong báo cáo «KẾT QUẢ CÔNG TÁC XÂY DỰNG PHONG TRÀO" in md
    assert "**Số liệu chính: 18 xã, thị trấn; 196 điểm; 33.446 lượt người;" in md
    text = "\n".join(p.text for p in Document(io.BytesIO(conversation_docx(turns))).paragraphs)
    assert "Đã nạp 5 báo cáo (41 đoạn văn):" in text and "33.446 lượt người" in text

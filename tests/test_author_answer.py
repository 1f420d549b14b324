"""Who wrote a report: the byline of the report the question's topic names, on the five real reports and on real
VNTC news (which print none)."""
from __future__ import annotations

import json

import pytest

from retrieval.assistant import Assistant
from retrieval.author_answer import author_topic, byline_span
from retrieval.question import answer_type
from tests.conftest import BO_CONG_AN, DAK_TO, GIAO_BAN, REPO, SAMPLES, SONG_CAU, TUYEN_HOA, vntc_articles
from webui.chat import make_turn
from webui.export import conversation_markdown
from webui.render import render_answer


@pytest.fixture(scope="module")
def assistant(samples_assistant) -> Assistant:
    return samples_assistant


@pytest.mark.parametrize("question", [
    "Ai viết bài về hội nghị ở Sông Cầu?",
    "Tác giả bài viết về Đăk Tô là ai?",
    "Bài về hội nghị ở Sông Cầu do ai viết?",
    "Người viết bài về công an xã chính quy là ai?",
    "Ai là người viết bài về Đăk Tô?",
    "Bài báo về vụ trộm ở tiệm vàng là của ai?",
    "Bản tin về tai nạn giao thông do ai viết?",
    "Ai đưa tin về vụ trộm vàng?",
    "Ai là tác giả các báo cáo?",
    "ai viet bai ve dak to",
    "Tác giả là ai?",  # in a conversation: of the report just quoted
    "Ai viết bài này?",
])
def test_questions_asking_who_wrote_a_report(question):
    assert answer_type(question) == "author"


@pytest.mark.parametrize("question, expected", [
    ("Ai là tác giả của Liber servitoris?", "person"),  # XQuAD: what a text says about a book's author
    ("Ai đã viết về việc chưng cất nước biển để uống?", "person"),  # XQuAD: no report named
    ("Ai viết bài hát Tiến quân ca?", "person"),  # a song, not a report
    ("Điều gì đã khiến Luther viết các bài thánh ca?", "other"),
    ("Ai chủ trì hội nghị?", "person"),
    ("Báo cáo nào do Hà Thuỷ viết?", "reports"),  # reports by an author: a report list
])
def test_questions_about_writers_in_the_text_are_not_about_the_report(question, expected):
    assert answer_type(question) == expected


def test_no_seed_or_xquad_question_asks_who_wrote_the_report(shared_dir):
    questions = [json.loads(line)["question"] for path in (REPO / "eval" / "seeds_dev" / "questions.jsonl",
                                                           shared_dir / "data" / "xquad_vi_dev" / "questions.jsonl")
                 for line in path.open(encoding="utf-8")]
    assert len(questions) == 84 + 565
    assert [q for q in questions if answer_type(q) == "author"] == []


def test_the_topic_is_what_remains_without_the_asking_words():
    assert author_topic("Ai viết bài về hội nghị ở Sông Cầu?")[:4] == ["hội", "~hoi", "nghị", "~nghi"]
    assert author_topic("Ai viết bài này?") == author_topic("Tác giả là ai?") == []
    assert author_topic("bài nay do ai viet?") == []  # half restored: no topic in any spelling


def test_the_byline_is_found_where_it_closes_the_report(seed_texts):
    text = seed_texts[SONG_CAU + ".txt"]
    start, end = byline_span(text, "Phương Hồng")
    assert text[start:end] == "Phương Hồng" and not text[end:].strip()
    assert byline_span(text, None) is None and byline_span(text, "Mạnh Tùng") is None


def test_who_wrote_the_report_the_topic_names(assistant):
    ans = assistant.ask("Ai viết bài về hội nghị ở Sông Cầu?")
    assert ans.found and ans.answer_type == "author"
    assert ans.answer.startswith("Phương Hồng [1] — tác giả bài «SƠ KẾT QUI CHẾ PHỐI HỢP TRONG CÔNG TÁC BẢO ĐẢM")
    text = assistant.document(SONG_CAU).text
    lead = ans.lead
    assert lead["doc_id"] == SONG_CAU and text[lead["start"] : lead["end"]] == "Phương Hồng"
    assert not text[lead["end"] :].strip()  # the byline closing the report, not a mention in its text
    # the byline and the sentence that shows it is the report asked about, both verbatim
    assert [q.text for q in ans.quotes][0] == "Phương Hồng"
    assert any("Vừa qua, tại thị xã Sông Cầu" in q.text for q in ans.quotes[1:])
    for q in ans.quotes:
        assert text[q.start : q.end] == q.text
    assert any((lead["start"], lead["end"]) in s.highlights for s in ans.sources)  # marked in its card
    html = render_answer(ans.to_dict())
    assert html.index("vnqa-holder") < html.index("Phương Hồng") < html.index("vnqa-quote")
    assert "«Phương Hồng»" not in html  # the name is said once, not quoted again
    md = conversation_markdown([{"question": ans.question, "answer": ans.to_dict()}])
    assert "Phương Hồng [1] — tác giả bài «SƠ KẾT QUI CHẾ" in md and "> «Phương Hồng»" not in md
    assert "> «Vừa qua, tại thị xã Sông Cầu" in md


@pytest.mark.parametrize("question, doc_id, author", [
    ("Tác giả bài viết về phong trào toàn dân bảo vệ an ninh Tổ quốc ở Tuyên Hóa là ai?", TUYEN_HOA, "Hà Thuỷ"),
    ("Bài về công an xã chính quy do ai viết?", BO_CONG_AN, "Quốc Hương"),
    ("Ai viết bài về hội nghị giao ban trực tuyến của Đảng uỷ Công an tỉnh?", GIAO_BAN, "Mạnh Tùng"),
])
def test_each_reports_byline(assistant, question, doc_id, author):
    ans = assistant.ask(question)
    assert ans.found and ans.lead["doc_id"] == doc_id and ans.lead["text"] == author
    assert ans.answer.startswith(f"{author} [1] — tác giả bài «")


def test_a_report_without_a_byline_is_said_to_have_none(assistant):
    ans = assistant.ask("Ai viết bài về hội nghị sơ kết quy chế phối hợp ở Đăk Tô?")
    assert ans.found and ans.lead is None
    assert ans.answer.startswith("Bài «Đảng ủy Công an huyện phối hợp với Đảng ủy các xã") and \
        "[1] không ghi tên tác giả." in ans.answer.split("\n")[0]
    assert ans.sources[0].doc_id == DAK_TO
    # the people the report names (who spoke at the meeting) are not passed off as its writer
    assert "Bùi Tiến Lý" not in ans.answer.split("\n")[0]


def test_the_writers_of_every_report(assistant):
    ans = assistant.ask("Ai là tác giả các báo cáo?")
    lines = ans.answer.split("\n")
    assert lines[0] == "Tác giả của 5 bài:"
    assert [line.split(" [")[0] for line in lines[1:] if "— tác giả bài" in line] == \
        ["Phương Hồng", "Mạnh Tùng", "Quốc Hương", "Hà Thuỷ"]
    assert sum("không ghi tên tác giả" in line for line in lines) == 1


def test_which_report_is_asked_back_without_a_topic(assistant):
    ans = assistant.ask("Ai viết bài này?")
    assert not ans.found and ans.answer.startswith("Câu hỏi chưa nói bài nào.")


def test_in_a_conversation_this_report_is_the_one_just_quoted(assistant):
    turns = [make_turn(assistant, "Bao nhiêu xã đạt tiêu chuẩn an toàn về ANTT?", [], None, {})]
    assert turns[0]["answer"]["quotes"][0]["doc_id"] == GIAO_BAN
    for question in ("Ai viết bài này?", "Tác giả là ai?", "bai nay do ai viet?"):
        turn = make_turn(assistant, question, turns, None, {})
        assert turn["resolved"].startswith("Ai viết bài «Đảng uỷ Công an tỉnh đã tổ chức Hội nghị trực tuyến")
        assert turn["answer"]["lead"]["text"] == "Mạnh Tùng" and turn["answer"]["lead"]["doc_id"] == GIAO_BAN
    # a turn that found nothing points at no report: "bài này" is still the one quoted before it
    turns.append(make_turn(assistant, "Số vụ cháy nổ năm 2021?", turns, None, {}))
    assert not turns[-1]["answer"]["found"]
    assert make_turn(assistant, "Ai viết bài này?", turns, None, {})["answer"]["lead"]["text"] == "Mạnh Tùng"


THI_VAN_TAM = "vntc::Test_Full/Phapluat/PL_VNE_T_(147).txt"  # "Giết đồng nghiệp để trả thù", VnExpress


def test_news_without_a_byline_name_their_source(shared_dir, tmp_path):
    a = Assistant(tmp_path / "data")
    a.ingest([SAMPLES, vntc_articles(shared_dir, tmp_path, [THI_VAN_TAM])])
    ans = a.ask("Tác giả bài về Thi Văn Tâm bị truy nã là ai?")
    assert ans.found and ans.lead is None
    assert ans.answer.split("\n")[0] == ("Bài «Giết đồng nghiệp để trả thù» [1] không ghi tên tác giả "
                                         "(nguồn: VnExpress).")
    assert any("Thi Văn Tâm đang bị truy nã" in q.text for q in ans.quotes)

"""Digest answers on the five real reports: "các số liệu chính của báo cáo X", "tóm tắt báo cáo X"."""
from __future__ import annotations

import pytest

from retrieval.assistant import Assistant
from retrieval.digest import names_report, topic_terms, wants_summary
from retrieval.hybrid import Filters, Hit
from retrieval.question import analyze_question, answer_type
from retrieval.text_analysis import query_tokens
from tests.conftest import BO_CONG_AN, DAK_TO, GIAO_BAN, SONG_CAU, TUYEN_HOA
from webui.meta import lead_figures
from webui.export import conversation_markdown
from webui.render import render_answer


@pytest.fixture(scope="module")
def assistant(samples_assistant) -> Assistant:
    return samples_assistant


def _assert_verbatim(assistant: Assistant, ans) -> None:
    for q in ans.quotes:
        assert assistant.document(q.doc_id).text[q.start : q.end] == q.text
    for f in ans.figures:
        text = assistant.document(f["doc_id"]).text
        assert text[f["start"] : f["end"]] == f["text"]
        assert text[f["sentence_start"] : f["sentence_end"]] == f["sentence"]


@pytest.mark.parametrize("question, expected", [
    ("Cho tôi biết các số liệu chính của báo cáo Tuyên Hóa", "digest"),
    ("Tóm tắt báo cáo Sông Cầu", "digest"),
    ("nhung con so chinh cua bao cao Dak To", "digest"),
    ("Những nội dung chính của hội nghị?", "digest"),
    ("Số liệu về tai nạn giao thông năm 2021", "digest"),
    # what one report is about, as a whole
    ("Báo cáo năm 2017 nói về gì?", "digest"),
    ("Báo cáo Sông Cầu nói gì?", "digest"),
    ("Nội dung của báo cáo Đăk Tô là gì?", "digest"),
    ("Báo cáo Sông Cầu nói gì về ma túy?", "other"),  # one topic in one report: an ordinary question
    # one fact asked: still a figure question, even in the words of a digest
    ("Số liệu tai nạn giao thông năm 2021 giảm bao nhiêu?", "figure"),
    # "số liệu" as the thing asked about (XQuAD): a definition, not a digest
    ("Số liệu được sử dụng để xác định các sân bay bận rộn là gì?", "definition"),
])
def test_digest_questions_are_recognised(question, expected):
    assert answer_type(question) == expected


def test_bao_cao_names_the_documents_not_their_content():
    # "Theo báo cáo, …" opens a sentence of the Bộ Công an report: it must not pull that report to the top
    assert query_tokens("các số liệu chính của báo cáo Tuyên Hóa") == ["số", "liệu", "chính", "tuyên", "hoá"]
    assert query_tokens("báo cáo")  # a query of stopwords alone still searches something
    assert query_tokens("Báo cáo y tế được viết cho ai?")[:2] == ["báo", "cáo"]  # what is asked about


def test_topic_terms_leave_out_digest_words_and_the_place_the_report_matched():
    analysis = analyze_question("Cho tôi biết các số liệu chính của báo cáo Tuyên Hóa")
    hit = Hit(0, TUYEN_HOA, None, 1.0, boosts=["place tuyen hoa"])
    assert topic_terms(analysis, hit) == []
    topic = topic_terms(analyze_question("Những con số nổi bật về tai nạn giao thông"), None)
    assert "nạn" in topic and "giao" in topic and "số" not in topic
    assert names_report("Tóm tắt báo cáo về hội nghị ngày 14/01") and not names_report("Số liệu về tai nạn giao thông")
    assert not names_report("Số liệu về tai nạn giao thông trong các báo cáo")  # no report in particular
    assert wants_summary("Tóm tắt báo cáo Sông Cầu") and not wants_summary("Các số liệu chính của báo cáo Đăk Tô")
    assert wants_summary("Báo cáo năm 2017 nói về gì?")
    # "bảo vệ" is the topic's, though "báo cáo" and "về" are the asking's (they fold alike: bao, ve)
    topic = topic_terms(analyze_question("Các số liệu về phong trào toàn dân bảo vệ an ninh Tổ quốc"), None)
    assert {"bảo", "vệ", "~bao_ve", "trào", "~antq"} <= set(topic) and "~so_lieu" not in topic


def test_figures_of_the_report_the_question_names(assistant):
    ans = assistant.ask("Cho tôi biết các số liệu chính của báo cáo Tuyên Hóa")
    assert ans.found and ans.answer_type == "digest"
    assert {q.doc_id for q in ans.quotes} == {TUYEN_HOA}
    texts = [f["text"] for f in ans.figures]
    assert texts[:3] == ["18 xã, thị trấn", "196 điểm", "33.446 lượt người"]  # in the report's order
    assert "121 đồng chí" in texts
    assert len(ans.quotes) == 6  # at most six sentences, each stating figures
    assert all(any(ch.isdigit() for ch in q.text) for q in ans.quotes)
    assert ans.answer.startswith("Số liệu trong báo cáo «KẾT QUẢ CÔNG TÁC XÂY DỰNG PHONG TRÀO")
    _assert_verbatim(assistant, ans)
    assert ans.sources[0].doc_id == TUYEN_HOA and ans.sources[0].highlights


def test_summary_opens_with_the_reports_first_sentence(assistant):
    ans = assistant.ask("Tóm tắt báo cáo Sông Cầu")
    assert ans.found and ans.answer_type == "digest"
    assert ans.quotes[0].text.startswith("Vừa qua, tại thị xã Sông Cầu")
    texts = [f["text"] for f in ans.figures]
    assert "31/35 vụ phạm pháp hình sự" in texts and "4 tập thể" in texts and "10 cá nhân" in texts
    assert "hai địa phương" not in texts  # wording, not a statistic
    _assert_verbatim(assistant, ans)


def test_spans_of_time_are_not_listed_as_figures(assistant):
    ans = assistant.ask("Tóm tắt báo cáo về hội nghị trực tuyến ngày 14/01")
    texts = [f["text"] for f in ans.figures]
    assert "195/204 xã phường" in texts and "180/188 xã" in texts
    assert "2 năm" not in texts  # "Trong 2 năm (2020 – 2021)"


def test_a_topic_keeps_only_the_sentences_about_it(assistant):
    ans = assistant.ask("Những con số nổi bật về tai nạn giao thông")
    assert ans.found and {q.doc_id for q in ans.quotes} == {DAK_TO}
    assert [f["text"] for f in ans.figures] == ["38%", "31%"]
    assert "tai nạn giao thông" in ans.quotes[0].text


def test_unaccented_digest_question(assistant):
    ans = assistant.ask("nhung con so chinh cua bao cao Dak To")
    assert ans.answer_type == "digest" and ans.understood_as == "những con số chính của báo cáo Đăk Tô"
    assert [f["text"] for f in ans.figures][:2] == ["16,4%", "19,2%"]


def test_page_and_brief_list_the_digest(assistant):
    d = assistant.ask("Cho tôi biết các số liệu chính của báo cáo Tuyên Hóa").to_dict()
    html = render_answer(d)
    assert "Số liệu trong báo cáo «KẾT QUẢ CÔNG TÁC" in html and "vnqa-digest-figures" in html
    assert html.count("<li>") == 10 and "<b>33.446 lượt người</b>" in html
    assert "Số liệu trong trích dẫn" not in html  # the list above already names them
    assert [f["text"] for f in lead_figures(d)][:2] == ["18 xã, thị trấn", "196 điểm"]


def test_a_topic_the_reports_do_not_cover_gets_no_figures(assistant):
    ans = assistant.ask("Số liệu về bóng đá năm 2021")
    assert ans.answer_type == "digest" and not ans.found and not ans.figures
    assert ans.answer.startswith("Không tìm thấy số liệu")


@pytest.mark.parametrize("question", ["Tóm tắt báo cáo", "Các số liệu chính", "tom tat"])
def test_a_digest_of_no_named_report_asks_which(assistant, question):
    ans = assistant.ask(question)
    assert not ans.found and ans.answer.startswith("Câu hỏi chưa nói rõ báo cáo nào.")
    assert not ans.figures and not ans.quotes


def test_a_report_chosen_in_the_filter_is_named_enough(assistant):
    ans = assistant.ask("Tóm tắt báo cáo", filters=Filters(doc_ids=[SONG_CAU]))
    assert ans.found and ans.quotes[0].text.startswith("Vừa qua, tại thị xã Sông Cầu")


def test_what_a_report_of_a_named_year_is_about(assistant):
    ans = assistant.ask("Báo cáo năm 2017 nói về gì?")
    assert ans.found and ans.answer_type == "digest" and {q.doc_id for q in ans.quotes} == {SONG_CAU}
    assert ans.answer.startswith("Tóm tắt theo báo cáo «SƠ KẾT QUI CHẾ PHỐI HỢP")
    assert ans.quotes[0].text.startswith("Vừa qua, tại thị xã Sông Cầu")  # the opening, then the figures
    assert "31/35 vụ phạm pháp hình sự" in [f["text"] for f in ans.figures]
    _assert_verbatim(assistant, ans)


def test_a_topic_several_reports_state_figures_on_is_digested_per_report(assistant):
    ans = assistant.ask("Những con số nổi bật về mô hình")
    assert ans.found and ans.answer_type == "digest"
    assert [q.doc_id for q in ans.quotes][0] == TUYEN_HOA and {q.doc_id for q in ans.quotes} == {TUYEN_HOA, GIAO_BAN}
    by_doc = {}
    for f in ans.figures:
        by_doc.setdefault(f["doc_id"], []).append(f["text"])
    assert by_doc[TUYEN_HOA][:3] == ["46 mô hình", "03 mô hình", "02 mô hình"]
    assert "53 mô hình" in by_doc[GIAO_BAN] and "20 mô hình" in by_doc[GIAO_BAN]
    heads = [line for line in ans.answer.split("\n") if line.startswith("Số liệu trong báo cáo")]
    assert len(heads) == 2 and heads[0].endswith("[1]: 46 mô hình; 03 mô hình; 02 mô hình")
    assert {q.citation for q in ans.quotes if q.doc_id == GIAO_BAN} == {2}
    _assert_verbatim(assistant, ans)
    html = render_answer(ans.to_dict())
    assert html.count("class='vnqa-digest'") == 2 and html.count("vnqa-digest-figures") == 2
    # each report's figures under its own heading
    first, second = html.split("class='vnqa-digest'")[1:]
    assert "46 mô hình" in first and "53 mô hình" not in first and "53 mô hình" in second
    md = conversation_markdown([{"question": "Những con số nổi bật về mô hình", "answer": ans.to_dict()}])
    assert md.count("Số liệu trong báo cáo «") == 2


def test_in_all_reports_means_no_report_in_particular(assistant):
    ans = assistant.ask("Số liệu về tai nạn giao thông trong các báo cáo")
    assert ans.found and [f["text"] for f in ans.figures] == ["38%", "31%"]  # not the crime rates beside them
    ans = assistant.ask("Các số liệu về phong trào toàn dân bảo vệ an ninh Tổ quốc")
    assert {q.doc_id for q in ans.quotes} == {GIAO_BAN, TUYEN_HOA}  # Tuyên Hóa writes "bảo vệ ANTQ"
    assert "195/204 xã phường" in [f["text"] for f in ans.figures]


def test_a_summary_on_a_topic_is_of_one_report_unless_several_are_asked(assistant):
    from retrieval.digest import asks_many

    assert asks_many("Tóm tắt các vụ buôn lậu") and asks_many("Số liệu về ma túy trong các báo cáo")
    assert not asks_many("Tóm tắt vụ án Công ty Việt Hùng")
    one = assistant.ask("Tóm tắt về mô hình tự quản")
    assert one.found and {q.doc_id for q in one.quotes} == {TUYEN_HOA}
    several = assistant.ask("Tóm tắt các báo cáo về mô hình")
    assert {q.doc_id for q in several.quotes} == {TUYEN_HOA, GIAO_BAN}


def test_figures_of_the_report_about_a_topic_its_figure_sentences_half_name(assistant):
    # the ministry's report is about "công an xã chính quy", but beside its figures writes only "công an xã";
    # "chính" here is the topic's word, not the digest's ("các số liệu chính")
    ans = assistant.ask("Số liệu về công an xã chính quy")
    assert ans.found and {q.doc_id for q in ans.quotes} == {BO_CONG_AN}
    assert "2.570 cán bộ, chiến sĩ" in [f["text"] for f in ans.figures]
    _assert_verbatim(assistant, ans)
    topic = topic_terms(analyze_question("Số liệu về công an xã chính quy"), None)
    assert "chính" in topic and "~chinh_quy" in topic
    assert "chính" not in topic_terms(analyze_question("Các số liệu chính về mô hình"), None)

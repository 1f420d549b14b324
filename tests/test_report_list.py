"""Questions about the reports themselves, on the five real reports: "báo cáo nào …", "bao nhiêu báo cáo đã nạp"."""
from __future__ import annotations

import io

import pytest
from docx import Document

from retrieval.assistant import Assistant
from retrieval.question import answer_type, asks_across_reports, asks_gist, asks_inventory, asks_newest
from tests.conftest import BO_CONG_AN, DAK_TO, GIAO_BAN, SONG_CAU, TUYEN_HOA
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
    ("Báo cáo mới nhất là báo cáo nào?", "reports"),
    ("Tài liệu cũ nhất?", "reports"),
    ("Các báo cáo nói gì về ma túy?", "reports"),
    ("Trong báo cáo, vụ tai nạn gần nhất xảy ra ở đâu?", "place"),  # "gần nhất" of the accident, not the report
    ("Công an huyện đã ban hành bao nhiêu kế hoạch?", "figure"),  # a count in a report, not of the reports
])
def test_questions_about_the_reports(question, expected):
    assert answer_type(question) == expected


def test_inventory_needs_the_collection_named():
    assert asks_inventory("Có bao nhiêu báo cáo đã được nạp?") and asks_inventory("liet ke cac bao cao")
    assert not asks_inventory("Báo cáo nào nói về ma túy?")


def test_newest_and_oldest_are_asked_of_the_reports():
    assert asks_newest("Báo cáo nào mới nhất?") == "newest" and asks_newest("bao cao moi nhat") == "newest"
    assert asks_newest("Cho xem báo cáo đầu tiên") == "oldest" and asks_newest("Tai nạn gần nhất ở đâu?") is None
    assert asks_gist("Báo cáo Sông Cầu nói gì?") and not asks_gist("Báo cáo Sông Cầu nói gì về ma túy?")


def test_the_newest_and_the_oldest_report(assistant):
    ans = assistant.ask("Báo cáo mới nhất là báo cáo nào?")
    assert ans.found and ans.answer_type == "reports"
    assert ans.answer.startswith("Báo cáo mới nhất: «Nâng cao chất lượng công tác bảo đảm an ninh") and "(03/06/2022)" in ans.answer
    assert ans.sources[0].doc_id == BO_CONG_AN
    oldest = assistant.ask("Báo cáo cũ nhất?")
    # the Sông Cầu report has no date, only its year (2017): still the oldest, the year shown
    assert oldest.answer.startswith("Báo cáo cũ nhất: «SƠ KẾT QUI CHẾ PHỐI HỢP") and "(2017)" in oldest.answer
    lines = oldest.answer.split("\n")[1:]
    assert len(lines) == 5 and lines[0].endswith("— Công an thị xã Sông Cầu, 2017") and lines[-1].endswith("03/06/2022")
    html = render_answer(oldest.to_dict())
    assert "vnqa-report-list" in html and html.count("<li>") == 5


def test_the_newest_report_on_a_topic(assistant):
    ans = assistant.ask("Báo cáo mới nhất về quy chế phối hợp")
    # the ministry's report (June 2022) is newer but says nothing of it: Đăk Tô's of 14/04/2022 is the newest on it
    assert ans.quotes[0].doc_id == DAK_TO and "phối hợp" in ans.quotes[0].text
    assert ans.answer.startswith("Báo cáo mới nhất nói đến nội dung này: «Đảng ủy Công an huyện") and "(14/04/2022)" in ans.answer
    dates = [assistant.document(q.doc_id).date or str(assistant.document(q.doc_id).year) for q in ans.quotes]
    assert dates == sorted(dates, reverse=True)


def test_what_each_report_says_on_a_topic(assistant):
    ans = assistant.ask("Các báo cáo nói gì về ma túy?")
    assert ans.answer_type == "reports" and [q.doc_id for q in ans.quotes] == [TUYEN_HOA]
    assert "ma túy" in ans.quotes[0].text


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


NEWEST_ON_DRUGS = "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(5353).txt"  # "ma túy" once in 2,200 characters
OLDEST_ON_DRUGS = "vntc::Test_Full/ChinhtriXahoi/XH_VNE_T_(2942).txt"  # "ma túy" once in 1,000 characters


@pytest.fixture(scope="module")
def dated_news(shared_dir, tmp_path_factory) -> Assistant:
    """24 real VNTC articles: the first 14 under 3,000 characters speaking of "ma túy", dated one a day from
    2020-01-01 in file order except two that mention drugs once (the newest, 2020-02-01, and the oldest,
    2019-12-31), and the first 10 not speaking of it, older still (2019-12-01 …)."""
    import gzip
    import json

    path = shared_dir / "data" / "news_vntc.jsonl.gz"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    on, off = [], []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if len(r["text"]) >= 3000:
                continue
            group = on if "ma túy" in r["text"].lower() else off
            if len(group) < (14 if group is on else 10):
                group.append(r)
            if len(on) == 14 and len(off) == 10:
                break
    dates = {r["doc_id"]: f"2020-01-{i + 1:02d}" for i, r in enumerate(on)}
    dates |= {r["doc_id"]: f"2019-12-{i + 1:02d}" for i, r in enumerate(off)}
    dates |= {NEWEST_ON_DRUGS: "2020-02-01", OLDEST_ON_DRUGS: "2019-12-31"}
    tmp = tmp_path_factory.mktemp("dated-news")
    with open(tmp / "news.jsonl", "w", encoding="utf-8") as f:
        for r in on + off:
            f.write(json.dumps({"doc_id": r["doc_id"], "text": r["text"], "date": dates[r["doc_id"]]},
                               ensure_ascii=False) + "\n")
    a = Assistant(tmp / "data")
    a.ingest([tmp / "news.jsonl"])
    return a


def test_the_newest_on_a_topic_is_found_beyond_the_first_five_reports(dated_news):
    question = "Báo cáo mới nhất về ma túy"
    top5 = [h.doc_id for h in dated_news.search(question, 5, per_doc=1).hits]
    assert NEWEST_ON_DRUGS not in top5  # the search alone would never have named it
    ans = dated_news.ask(question)
    assert ans.found and ans.quotes[0].doc_id == NEWEST_ON_DRUGS and "ma túy" in ans.quotes[0].text
    assert "(01/02/2020)" in ans.answer.split("\n")[0]
    # every article speaking of drugs is counted, the five newest quoted, newest first
    assert "14 báo cáo nói đến nội dung này, mới nhất trước (5 báo cáo đầu):" in ans.answer
    dates = [dated_news.document(q.doc_id).date for q in ans.quotes]
    assert dates == ["2020-02-01", "2020-01-14", "2020-01-13", "2020-01-12", "2020-01-11"]


def test_the_oldest_on_a_topic_passes_over_older_reports_off_the_topic(dated_news):
    question = "Báo cáo cũ nhất nói về ma túy"
    assert OLDEST_ON_DRUGS not in [h.doc_id for h in dated_news.search(question, 5, per_doc=1).hits]
    ans = dated_news.ask(question)
    # the ten articles dated 2019-12-01 … 2019-12-10 are older but say nothing of drugs
    assert ans.quotes[0].doc_id == OLDEST_ON_DRUGS and "(31/12/2019)" in ans.answer.split("\n")[0]
    dates = [dated_news.document(q.doc_id).date for q in ans.quotes]
    assert dates == ["2019-12-31", "2020-01-01", "2020-01-02", "2020-01-04", "2020-01-05"]
    assert all("ma túy" in q.text.lower() for q in ans.quotes)


@pytest.mark.parametrize("question, across", [
    ("So sánh kết quả phong trào toàn dân bảo vệ ANTQ giữa các địa phương", True),
    ("So sánh số mô hình về ANTT giữa các báo cáo", True),
    ("so sanh ket qua phoi hop giua cac dia phuong", True),
    ("Đối chiếu tình hình tai nạn giao thông ở các huyện", True),
    ("So sánh tai nạn giao thông năm 2020 và 2021 ở Đăk Tô", False),  # one report's two years: a figure table
    ("So sánh hình thức tổ chức các hội nghị", False),
    ("Tai nạn giao thông giữa các địa phương giáp ranh", False),  # no comparison asked
])
def test_asks_across_reports(question, across):
    assert asks_across_reports(question) == across
    assert (answer_type(question) == "reports") == across


def test_a_comparison_between_places_quotes_each_report(assistant):
    # one quote per report on the topic, side by side (only the best report's sentence was quoted before)
    ans = assistant.ask("So sánh kết quả phong trào toàn dân bảo vệ ANTQ giữa các địa phương")
    docs = [q.doc_id for q in ans.quotes]
    assert ans.found and ans.answer_type == "reports" and len(docs) == len(set(docs)) >= 3
    assert {TUYEN_HOA, SONG_CAU} <= set(docs)
    models = assistant.ask("So sánh số mô hình về ANTT giữa các báo cáo")
    by_doc = {q.doc_id: q.text for q in models.quotes}
    assert "duy trì 53 mô hình về ANTT" in by_doc[GIAO_BAN] and TUYEN_HOA in by_doc


@pytest.mark.parametrize("question, places", [
    ("So sánh tội phạm năm 2021 giữa Đăk Tô và Tuyên Hóa", ["Đăk Tô", "Tuyên Hóa"]),
    ("So sánh tai nạn giao thông giữa huyện Đăk Tô với huyện Tuyên Hóa", ["huyện Đăk Tô", "huyện Tuyên Hóa"]),
    ("Đối chiếu công tác phối hợp giữa Đăk Tô, Sông Cầu và Tuyên Hóa", ["Đăk Tô", "Sông Cầu", "Tuyên Hóa"]),
    ("So sánh tai nạn giao thông giữa năm 2020 và năm 2021", []),  # years, not places
    ("Quy chế phối hợp giữa Công an huyện và Công an xã", []),  # no comparison asked
    ("Hội nghị giữa Đăk Tô và Sông Cầu diễn ra khi nào?", []),
    ("So sánh Đăk Tô với Tuyên Hóa", ["Đăk Tô", "Tuyên Hóa"]),  # without "giữa"
    ("So sánh tội phạm năm 2021 ở Đăk Tô và Tuyên Hóa", ["Đăk Tô", "Tuyên Hóa"]),
    ("So sánh tội phạm ở Đăk Tô năm 2020 và năm 2021", []),  # one place's two years
])
def test_the_places_a_comparison_sets_side_by_side(question, places):
    from retrieval.question import analyze_question, compared_places

    assert [str(p) for p in compared_places(question)] == places
    analysis = analyze_question(question)
    assert (analysis.answer_type == "reports") == bool(places)
    assert {str(p) for p in places} <= {str(p) for p in analysis.places}


def test_a_comparison_between_two_named_places_quotes_each_places_report(assistant):
    ans = assistant.ask("So sánh tội phạm năm 2021 giữa Đăk Tô và Tuyên Hóa")
    by_doc = {q.doc_id: q.text for q in ans.quotes}
    # before, one Đăk Tô sentence was quoted, with both places' names counted against every other sentence
    assert ans.found and ans.answer_type == "reports" and set(by_doc) == {DAK_TO, TUYEN_HOA}
    assert "năm 2021 giảm 19,2% so với năm 2020" in by_doc[DAK_TO] and "tội phạm" in by_doc[TUYEN_HOA]


@pytest.mark.parametrize("question", ["so sanh toi pham nam 2021 giua dak to va tuyen hoa",
                                      "so sánh tội phạm năm 2021 giữa đăk tô với tuyên hóa"])
def test_places_compared_without_capitals_are_told_by_the_corpus(assistant, question):
    """No capital tells a name here; the places the reports name do (``Gazetteer.named_between``)."""
    ans = assistant.ask(question)
    assert ans.answer_type == "reports" and {q.doc_id for q in ans.quotes} == {DAK_TO, TUYEN_HOA}


def test_a_place_compared_that_no_report_speaks_of_is_named_as_missing(assistant):
    ans = assistant.ask("So sánh tai nạn giao thông giữa huyện Đăk Tô với huyện Tuyên Hóa")
    assert [q.doc_id for q in ans.quotes] == [DAK_TO] and "giảm 31% so với cùng kỳ năm 2020" in ans.quotes[0].text
    note = "Không báo cáo nào về huyện Tuyên Hóa đã nạp nói đến nội dung này."
    assert ans.answer.endswith(note)
    # typed in lower case, the place is named as the reports write it, not as a headline in capitals does
    lower = assistant.ask("so sánh tai nạn giao thông giữa đăk tô với tuyên hóa")
    assert lower.answer.endswith("Không báo cáo nào về Tuyên Hóa đã nạp nói đến nội dung này.")
    d = ans.to_dict()
    html = render_answer(d)
    assert f"<p class='vnqa-note'>{note}</p>" in html and html.index("vnqa-quote") < html.index("vnqa-note")
    md = conversation_markdown([{"question": ans.question, "answer": d}])
    assert note in md and md.index(note) < md.index("> «")


@pytest.mark.parametrize("question, example", [
    ("So sánh giữa hai huyện", "giữa Đăk Tô và Tuyên Hóa"),
    ("So sánh các báo cáo", "giữa Đăk Tô và Tuyên Hóa"),
    ("So sánh Sông Cầu với Đăk Tô", "giữa Sông Cầu và Đăk Tô"),  # the example between the places named
    ("so sanh giua dak to va tuyen hoa", "giữa Đăk Tô và Tuyên Hóa"),  # the places told by the corpus
])
def test_a_comparison_of_nothing_asks_what_to_compare(assistant, question, example):
    """Before, "So sánh giữa hai huyện" quoted "Mối quan hệ phối hợp giữa hai địa phương …": chance."""
    ans = assistant.ask(question)
    assert not ans.found and not ans.quotes and not ans.sources
    assert ans.answer.startswith("Câu hỏi chưa nói cần so sánh điều gì.") and example in ans.answer


def test_no_seed_or_xquad_question_is_a_comparison_of_nothing(shared_dir):
    import json

    from retrieval.question import analyze_question
    from tests.conftest import REPO

    questions = [json.loads(line)["question"] for path in (REPO / "eval" / "seeds_dev" / "questions.jsonl",
                                                           shared_dir / "data" / "xquad_vi_dev" / "questions.jsonl")
                 for line in path.open(encoding="utf-8")]
    assert [q for q in questions if analyze_question(q).compares_nothing] == []
    # and comparisons that say what to compare are answered
    for q in ("So sánh tội phạm năm 2021 giữa Đăk Tô và Tuyên Hóa", "So sánh tai nạn giao thông năm 2020 và 2021",
              "So sánh số mô hình về ANTT giữa các báo cáo"):
        assert not analyze_question(q).compares_nothing, q

"""The web app's logic on the five real sample reports: turns, follow-ups, filters, figures, examples."""
from pathlib import Path

import pytest

from retrieval.assistant import Assistant
from webui.catalog import Catalog
from webui.chat import make_turn
from webui.examples import KINDS, pick_examples, questions_from_figures
from webui.figures_tab import figure_rows, series
from webui.meta import citation_text, display_date

SAMPLES = Path(__file__).resolve().parent.parent / "corpus" / "samples"
DAKTO = "000_46187f3b83518a7b"
TUYENHOA = "004_bae18dc72671c5b8"
SEED = "Tỷ lệ tội phạm và vi phạm pháp luật năm 2020 giảm bao nhiêu so với năm 2019?"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    a = Assistant(tmp_path_factory.mktemp("webui-data"))
    assert a.ingest([SAMPLES]).count("added") == 5
    return a


@pytest.fixture(scope="module")
def catalog(assistant) -> Catalog:
    return Catalog(assistant)


def test_units_read_from_the_reports(catalog):
    units = {d["path"].rsplit("/", 1)[-1][:3]: d["unit"] for d in catalog.docs()}
    assert units["000"] == "Công an huyện Đăk Tô"
    assert units["001"] == "Công an thị xã Sông Cầu"
    assert units["004"] == "Công an huyện Tuyên Hóa"  # "Công an huyện" + the place the report is about
    assert "Công an thị xã Sông Cầu" in catalog.unit_choices()
    assert display_date("2022-04-14") == "14/04/2022" and display_date("2022-06") == "06/2022"
    # a report with no date shows the year it speaks of (read at ingest), in the list and on its source cards
    assert display_date(None, 2021) == "năm 2021" and display_date(None) == "không rõ ngày"
    assert display_date("2022-04-14", 2021) == "14/04/2022"
    assert next(label for label, doc_id in catalog.doc_choices() if doc_id.startswith("004")).endswith("(năm 2021)")


def test_a_source_card_of_an_undated_report_shows_its_year(assistant):
    from webui.render import render_source

    src = next(s for s in assistant.ask("Có bao nhiêu mô hình ở Tuyên Hóa?").to_dict()["sources"]
               if s["doc_id"].startswith("004"))
    assert src["date"] is None and src["year"] == 2021
    assert "<i>Ngày</i> năm 2021" in render_source(src, 1, None)


def test_turn_and_followup_on_real_reports(assistant, catalog):
    first = make_turn(assistant, SEED, [], None, catalog.units())
    assert not first["is_followup"]
    assert first["answer"]["figures"][0]["text"] == "16,4%"
    assert first["units"][DAKTO] == "Công an huyện Đăk Tô"
    second = make_turn(assistant, "Còn năm 2021 thì sao?", [first], None, catalog.units())
    assert second["is_followup"]
    assert second["resolved"] == "Tỷ lệ tội phạm và vi phạm pháp luật năm 2021 giảm bao nhiêu so với năm 2020?"
    assert second["answer"]["figures"][0]["text"] == "19,2%"
    cited = next(s for s in second["answer"]["sources"] if s["highlights"])
    assert "năm 2021 giảm 19,2% so với năm 2020" in citation_text(cited, second["units"][cited["doc_id"]])


def test_unaccented_question_and_followup(assistant, catalog):
    """Typed on a bare keyboard: restored from the reports' words, answered, and the page says how it read it."""
    from webui.chat import turn_stages

    typed = "Ty le toi pham va vi pham phap luat nam 2020 giam bao nhieu so voi nam 2019?"
    first = make_turn(assistant, typed, [], None, catalog.units())
    assert first["question"] == typed
    assert first["resolved"] == "Tỷ lệ tội phạm và vi phạm pháp luật năm 2020 giảm bao nhiêu so với năm 2019?"
    assert first["answer"]["figures"][0]["text"] == "16,4%"
    page = "".join(turn_stages(first, 1))
    assert "Câu hỏi được hiểu là" in page and "Tỷ lệ tội phạm" in page
    second = make_turn(assistant, "Con nam 2021 thi sao?", [first], None, catalog.units())
    assert second["is_followup"] and second["answer"]["figures"][0]["text"] == "19,2%"
    accented = make_turn(assistant, SEED, [], None, catalog.units())
    assert accented["resolved"] == SEED
    assert "Câu hỏi được hiểu là" not in "".join(turn_stages(accented, 1))


def test_filters_restrict_answers(assistant, catalog):
    f = catalog.filters(None, None, "Công an huyện Tuyên Hóa", [])
    assert f.doc_ids == [TUYENHOA]
    turn = make_turn(assistant, "Kết quả phong trào toàn dân bảo vệ an ninh Tổ quốc?", [], f, catalog.units())
    assert {s["doc_id"] for s in turn["answer"]["sources"]} == {TUYENHOA} and turn["filtered"]
    assert catalog.filters("2022", 0, None, None).year_from == 2022
    assert catalog.filters(None, None, None, []) is None
    with pytest.raises(ValueError, match="khoảng năm"):
        catalog.filters(2022, 2020, None, None)
    with pytest.raises(ValueError, match="không phải là năm"):
        catalog.filters("abc", None, None, None)
    with pytest.raises(ValueError, match="không có báo cáo nào"):
        catalog.filters(None, None, "Công an huyện Tuyên Hóa", [DAKTO])


def test_catalog_listing(catalog):
    rows = {r[-1]: r for r in catalog.table()}
    assert set(rows) >= {DAKTO, TUYENHOA}
    title, date, unit, passages = rows[DAKTO][:4]
    assert date == "14/04/2022" and unit == "Công an huyện Đăk Tô" and passages > 0
    assert 2022 in catalog.years()


def test_figures_dashboard_series(assistant, catalog):
    figs = assistant.index.store.figures()
    crime = [pts for name, pts in series(figs).items() if name.startswith("Tỷ lệ tội phạm")]
    assert crime and [(p["Năm"], p["Giá trị"]) for p in crime[0]] == [(2020, -16.4), (2021, -19.2)]
    rows = figure_rows(figs, catalog.titles(), subject="Tai nạn giao thông")
    assert [(r[1], r[2], r[3]) for r in rows] == [("38%", "▼ giảm", 2020), ("31%", "▼ giảm", 2021)]


def test_examples_come_from_the_reports_and_are_answerable(assistant):
    figs = assistant.index.store.figures()
    assert SEED in questions_from_figures(figs)
    chosen = pick_examples(assistant, figs, n=3)
    assert chosen[0] == SEED and len(chosen) == 3
    assert chosen[1:] == KINDS[:2]  # a holder's name and a yes/no verdict, beside the figures
    assert pick_examples(assistant, figs, n=3, kinds=0)[1] != KINDS[0]


def test_build_ui_smoke(assistant):
    from webui.app_ui import _chart_frame, _Startup, build_ui

    demo = build_ui(assistant, _Startup())
    assert demo.title == "Trợ lý hỏi đáp báo cáo"
    frame = _chart_frame([{"Kỳ": "2020 (so với năm 2019)", "Năm": 2020, "Giá trị": -16.4, "Số liệu": "16,4%",
                           "directional": True}])
    assert frame.to_dict("records") == [{"Kỳ": "2020: giảm 16,4%", "Mức": 16.4, "Xu hướng": "giảm",
                                         "Số liệu": "16,4%"}]


def test_search_rows_carry_report_metadata(assistant, catalog):
    from webui.search_tab import search_rows

    rows = search_rows(assistant, catalog.docs(), "tai nạn giao thông", 5, "hybrid", None)
    assert rows[0]["rank"] == 1 and len(rows) == 5
    top = next(r for r in rows if r["doc_id"] == DAKTO)
    assert "tai nạn giao thông" in top["text"] and top["unit"] == "Công an huyện Đăk Tô"
    assert top["text"] == assistant.document(DAKTO).text[top["start"]:top["end"]]
    per_report = {}
    for r in search_rows(assistant, catalog.docs(), "công an", 10, "hybrid", None):
        per_report[r["doc_id"]] = per_report.get(r["doc_id"], 0) + 1
    assert len(per_report) == 5 and max(per_report.values()) == 2  # every report is seen, none fills the page


def test_upload_ingests_good_files_and_reports_bad_ones(assistant, catalog, tmp_path):
    """Runs last: it adds a sixth report to the shared index."""
    from webui.documents_tab import ingest_uploads

    good = tmp_path / "gradio-tmp" / "Báo cáo Minh Hóa 2023.txt"
    good.parent.mkdir()
    good.write_text("BÁO CÁO CÔNG TÁC NĂM 2023 CỦA CÔNG AN HUYỆN MINH HÓA\n\nNăm 2023, Công an huyện Minh Hóa "
                    "đã tổ chức 45 đợt tuần tra kiểm soát.", encoding="utf-8")
    empty = tmp_path / "gradio-tmp" / "rong.txt"
    empty.write_bytes(b"")
    seen = []
    rows, note = ingest_uploads(assistant, [str(good), str(empty)], lambda f, m: seen.append(f))
    assert ["rong.txt", "LỖI", 0, "tệp rỗng"] in rows
    added = next(r for r in rows if r[0] == "Báo cáo Minh Hóa 2023.txt")
    assert added[1] == "đã thêm" and added[2] >= 1
    assert note.startswith("Xong: 1 tệp mới") and seen
    assert any(d["unit"] == "Công an huyện Minh Hóa" for d in catalog.docs())
    staged = Path(assistant.data_dir) / "uploads"
    assert [p.name for p in staged.rglob("*.txt")] == ["Báo cáo Minh Hóa 2023.txt"]

"""Report metadata in the index: read from the text, corrected by sidecar files or `app.py meta`, filterable."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import app
from corpus.loader import normalize_date
from index.indexer import ingest_paths, update_metadata
from index.report_index import ReportIndex
from tests.conftest import SAMPLES
from tests.fakes import HashEmbedder

S000, S001, S002, S004 = ("000_46187f3b83518a7b", "001_39d7781fe940ac39", "002_d7785d41f27099bf",
                          "004_bae18dc72671c5b8")


@pytest.fixture
def reports(tmp_path) -> Path:
    folder = tmp_path / "reports"
    shutil.copytree(SAMPLES, folder)
    return folder


def _docs(data: Path) -> dict:
    return {d.doc_id: d for d in ReportIndex(data).store.documents()}


def _sources(data: Path, query: str) -> list[str]:
    store = ReportIndex(data).store
    return sorted({p.doc_id for p in store.passages(store.passage_ids_where(source=query)).values()})


def test_metadata_read_from_the_text_is_stored(tmp_path, reports):
    data = tmp_path / "data"
    ingest_paths(data, [reports], HashEmbedder())
    docs = _docs(data)
    assert docs[S000].meta["unit"] == "Công an huyện Đăk Tô" and "author" not in docs[S000].meta
    assert docs[S001].meta["author"] == "Phương Hồng" and "tỉnh Phú Yên" in docs[S001].meta["places"]
    assert docs[S004].meta["author"] == "Hà Thuỷ" and docs[S004].meta["unit"] == "Công an huyện Tuyên Hóa"
    # filters reach unit, places and author, whatever the case, diacritics typed or not, tone placement
    assert _sources(data, "Đăk Tô") == _sources(data, "dak to") == _sources(data, "ĐĂK TÔ") == [S000]
    assert _sources(data, "Hà Thủy") == [S004]
    assert _sources(data, "Phú Yên") == [S001]
    assert _sources(data, "Kon Tum") == []


def test_sidecar_file_and_folder_tables(tmp_path, reports):
    (reports / f"{S002}.txt.meta.json").write_text(json.dumps({
        "title": "Giao ban quy chế phối hợp năm 2021", "date": "14/1/2022", "unit": "Công an tỉnh Thanh Hóa",
        "places": ["tỉnh Thanh Hóa"], "source": "Cổng TTĐT Công an Thanh Hóa"}, ensure_ascii=False), encoding="utf-8")
    (reports / "metadata.csv").write_text(
        "file,author,places,date\n"
        f"{S000}.txt,Nguyễn Văn A,huyện Đăk Tô; tỉnh Kon Tum,2022-04\n"
        f"{S002}.txt,Mạnh Tùng (sửa),,\n", encoding="utf-8")
    data = tmp_path / "data"
    report = ingest_paths(data, [reports], HashEmbedder())
    assert report.count("added") == 5 and report.count("skipped") == 0  # the tables are not "unsupported files"
    docs = _docs(data)
    d2 = docs[S002]
    assert (d2.title, d2.date, d2.year, d2.source) == ("Giao ban quy chế phối hợp năm 2021", "2022-01-14", 2022,
                                                       "Cổng TTĐT Công an Thanh Hóa")
    assert d2.meta["unit"] == "Công an tỉnh Thanh Hóa" and d2.meta["places"] == ["tỉnh Thanh Hóa"]
    assert d2.meta["author"] == "Mạnh Tùng (sửa)"  # the folder table applies too; the file's own sidecar wins on overlap
    d0 = docs[S000]
    assert d0.meta["author"] == "Nguyễn Văn A" and d0.meta["places"] == ["huyện Đăk Tô", "tỉnh Kon Tum"]
    assert d0.date == "2022-04" and d0.meta["unit"] == "Công an huyện Đăk Tô"  # not corrected: read from the text
    assert _sources(data, "Kon Tum") == [S000]
    assert _sources(data, "thanh hoa") == [S002, "003_482e3ee27822c92f", S004]


def test_jsonl_rows_corrected_by_doc_id(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    rows = [{"doc_id": "bai-1", "title": "", "text": "Chiều 3-6, Công an huyện Hàm Tân bắt giữ 5 đối tượng đánh bạc "
             "tại xã Tân Nghĩa, thu giữ 20 triệu đồng.\nPhương Hồng"},
            {"doc_id": "bai-2", "title": "Tin khác", "text": "Sáng 4-6, Công an quận 1 phát hiện một cơ sở kinh doanh "
             "hàng giả trên đường Lê Lợi, tạm giữ 300 sản phẩm."}]
    (folder / "tin.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (folder / "metadata.json").write_text(json.dumps({"bai-2": {"unit": "Công an TP Hồ Chí Minh", "date": "2006-06-04"}},
                                                     ensure_ascii=False), encoding="utf-8")
    data = tmp_path / "data"
    ingest_paths(data, [folder], HashEmbedder())
    docs = _docs(data)
    assert docs["bai-1"].meta["unit"] == "Công an huyện Hàm Tân" and docs["bai-1"].meta["author"] == "Phương Hồng"
    assert docs["bai-2"].meta["unit"] == "Công an TP Hồ Chí Minh" and docs["bai-2"].year == 2006


def test_bad_sidecars_are_reported_and_the_report_still_indexed(tmp_path, reports):
    (reports / f"{S000}.meta.json").write_text('{"date": "32/13/2022", "tác giả": "X", "unit": "Công an huyện Đăk Tô"}',
                                              encoding="utf-8")
    (reports / f"{S001}.txt.meta.json").write_text("{not json", encoding="utf-8")
    report = ingest_paths(tmp_path / "data", [reports], HashEmbedder())
    lines = {Path(r.path).stem: r.line() for r in report.results}
    assert report.count("added") == 5
    assert "invalid date '32/13/2022'" in lines[S000] and "unknown metadata field 'tác giả'" in lines[S000]
    assert "cannot read metadata file" in lines[S001] and f"{S001}.txt.meta.json" in lines[S001]
    assert _docs(tmp_path / "data")[S000].date == "2022-04-14"  # the bad date was ignored, the text's kept


def test_changed_sidecar_updates_metadata_without_reembedding(tmp_path, reports):
    data = tmp_path / "data"
    ingest_paths(data, [reports], HashEmbedder())
    before = ReportIndex(data)
    pids = sorted(before.store.passage_ids_where(doc_ids=[S004]))
    (reports / f"{S004}.meta.json").write_text('{"unit": "Công an tỉnh Quảng Bình", "date": "2021-12"}', encoding="utf-8")
    emb = HashEmbedder()
    report = ingest_paths(data, [reports], emb)
    (changed,) = [r for r in report.results if r.status == "updated"]
    assert S004 in changed.doc_ids and "metadata only" in changed.message
    assert report.count("unchanged") == 4 and emb.calls == 0 and report.passages_added == 0
    idx = ReportIndex(data)
    assert idx.version != before.version
    doc = idx.store.document(S004)
    assert doc.meta["unit"] == "Công an tỉnh Quảng Bình" and doc.date == "2021-12" and doc.year == 2021
    assert sorted(idx.store.passage_ids_where(doc_ids=[S004])) == pids
    assert len(idx.vectors) == idx.store.count_passages()
    again = ingest_paths(data, [reports], HashEmbedder())
    assert again.count("unchanged") == 5 and again.version == idx.version


def test_cli_meta_correction_survives_reingest(tmp_path, reports, capsys):
    data = tmp_path / "data"
    ingest_paths(data, [reports], HashEmbedder())
    version = ReportIndex(data).version
    assert app.main(["meta", S002, "--data-dir", str(data)]) == 0
    assert "Công an tỉnh" in capsys.readouterr().out
    code = app.main(["meta", S002, "--data-dir", str(data), "--unit", "Công an tỉnh Thanh Hóa", "--date", "14/01/2022",
                     "--places", "tỉnh Thanh Hóa; huyện Thọ Xuân", "--title", "Giao ban năm 2021"])
    out = capsys.readouterr().out
    assert code == 0 and "[đã cập nhật]" in out and "huyện Thọ Xuân" in out
    idx = ReportIndex(data)
    assert idx.version != version
    doc = idx.store.document(S002)
    assert (doc.title, doc.date, doc.meta["unit"]) == ("Giao ban năm 2021", "2022-01-14", "Công an tỉnh Thanh Hóa")
    assert doc.meta["places"] == ["tỉnh Thanh Hóa", "huyện Thọ Xuân"]
    assert len(idx.keywords) == len(idx.vectors) == idx.store.count_passages()
    assert _sources(data, "Thọ Xuân") == [S002]
    # the unchanged file is ingested again: the correction stays, nothing is rewritten
    again = ingest_paths(data, [reports], HashEmbedder())
    assert again.count("unchanged") == 5 and again.version == idx.version
    # a sidecar written later wins for the fields it names; the other corrections stay
    (reports / f"{S002}.meta.json").write_text('{"unit": "Công an tỉnh Nghệ An"}', encoding="utf-8")
    ingest_paths(data, [reports], HashEmbedder())
    doc = ReportIndex(data).store.document(S002)
    assert doc.meta["unit"] == "Công an tỉnh Nghệ An" and doc.title == "Giao ban năm 2021"
    # clearing a field, by path instead of id
    assert app.main(["meta", str(reports / f"{S002}.txt"), "--data-dir", str(data), "--places", ""]) == 0
    assert "places" not in ReportIndex(data).store.document(S002).meta


def test_cli_meta_errors(tmp_path, reports, capsys):
    data = tmp_path / "data"
    assert update_metadata(data, S000, {"unit": "X"}).status == "error"  # empty index
    ingest_paths(data, [reports], HashEmbedder())
    assert app.main(["meta", "khong-co", "--data-dir", str(data), "--unit", "X"]) == 1
    assert "khong-co" in capsys.readouterr().err
    assert app.main(["meta", S000, "--data-dir", str(data), "--date", "2022-13-01"]) == 1
    assert "invalid date" in capsys.readouterr().err
    assert ReportIndex(data).store.document(S000).date == "2022-04-14"


@pytest.mark.parametrize("raw, iso", [("14/4/2022", "2022-04-14"), ("2022-6", "2022-06"), ("2022", "2022"),
                                      ("2022-04-14", "2022-04-14"), ("31/02/2022", None), ("13/13/2022", None),
                                      ("hôm qua", None), ("2022-00", None)])
def test_normalize_date(raw, iso):
    assert normalize_date(raw) == iso

"""A folder of real-world files: each one is indexed or named with its reason, and the batch goes on."""
from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from index.indexer import ingest_paths
from index.report_index import ReportIndex
from retrieval.hybrid import HybridSearcher
from tests.fakes import HashEmbedder
from tests.test_readers import _make_docx, _make_pdf

S000, S001, S002, S003, S004 = (
    "000_46187f3b83518a7b.txt", "001_39d7781fe940ac39.txt", "002_d7785d41f27099bf.txt",
    "003_482e3ee27822c92f.txt", "004_bae18dc72671c5b8.txt")
MAX_BYTES = 300_000


@pytest.fixture(scope="module")
def batch(tmp_path_factory, seed_texts):
    folder = tmp_path_factory.mktemp("mixed")
    (folder / "bao-cao-dak-to.txt").write_text(seed_texts[S000], encoding="utf-8")
    _make_docx(folder / "so-ket-song-cau.docx", seed_texts[S001].split("\n"), title="Sơ kết quy chế phối hợp")
    _make_pdf(folder / "giao-ban.pdf", [seed_texts[S002]])
    furniture = ("<header><a href='/'>Trang chủ</a> | <a href='/tin'>Tin tức</a></header><nav><ul><li>Giới thiệu</li>"
                 "<li>Liên hệ</li></ul></nav>")
    body = "".join(f"<p>{p}</p>" for p in seed_texts[S003].split("\n") if p.strip())
    (folder / "trang-web.html").write_text(
        f"<html><head><meta charset='utf-8'><title>Công an xã chính quy</title></head><body>{furniture}"
        f"<article>{body}</article><footer>Bản quyền © Báo Công an. Số lượt truy cập: 6.264.528</footer></body></html>",
        encoding="utf-8")
    # wrong extension: a plain-text report saved as .pdf, and a real DOCX named .txt
    (folder / "that-ra-la-van-ban.pdf").write_text(seed_texts[S004], encoding="utf-8")
    real_docx = _make_docx(folder / "tmp.docx", ["Công an huyện Đăk Tô tổng kết công tác năm 2021.",
                                                  "Đã bắt giữ 12 đối tượng, triệt phá 3 ổ nhóm tội phạm."])
    real_docx.rename(folder / "thuc-ra-la-docx.txt")
    # malformed ones
    good = _make_docx(folder / "tmp2.docx", [seed_texts[S001]])
    (folder / "bi-cat-cut.docx").write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    good.unlink()
    (folder / "rac.pdf").write_bytes(os.urandom(4096))
    (folder / "rong.txt").write_bytes(b"")
    (folder / "qua-lon.txt").write_text(("Công an huyện tăng cường tuần tra. " * 10_000), encoding="utf-8")
    (folder / "bang-tinh.xlsx").write_bytes(b"PK\x03\x04" + os.urandom(200))
    (folder / "anh.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(100))
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(_make_pdf(folder / "tmp.pdf", [seed_texts[S000]])))
    writer.encrypt(user_password="matkhau", owner_password="chu", algorithm="AES-128")
    buf = io.BytesIO()
    writer.write(buf)
    (folder / "co-mat-khau.pdf").write_bytes(buf.getvalue())
    (folder / "tmp.pdf").unlink()
    data = tmp_path_factory.mktemp("data")
    report = ingest_paths(data, [folder], HashEmbedder(), max_bytes=MAX_BYTES)
    return folder, data, report


def test_every_file_has_exactly_one_result(batch):
    folder, _, report = batch
    names = [Path(r.path).name for r in report.results]
    assert sorted(names) == sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("name, status, reason", [
    ("bao-cao-dak-to.txt", "added", ""),
    ("so-ket-song-cau.docx", "added", ""),
    ("giao-ban.pdf", "added", ""),
    ("trang-web.html", "added", ""),
    ("that-ra-la-van-ban.pdf", "added", "extension .pdf but content is txt"),
    ("thuc-ra-la-docx.txt", "added", "content is DOCX"),
    ("bi-cat-cut.docx", "error", "docx"),
    ("rac.pdf", "error", "pdf"),
    ("rong.txt", "error", "empty file"),
    ("qua-lon.txt", "error", "file too large"),
    ("co-mat-khau.pdf", "error", "encrypted PDF"),
    ("bang-tinh.xlsx", "skipped", "unsupported type .xlsx"),
    ("anh.png", "skipped", "unsupported type .png"),
])
def test_status_and_reason_per_file(batch, name, status, reason):
    _, _, report = batch
    (result,) = [r for r in report.results if Path(r.path).name == name]
    line = result.line()
    assert result.status == status, line
    assert "\n" not in line and name in line
    assert reason.lower() in line.lower()
    assert line.count(str(result.path)) == 1  # the path is said once, not once per message


def test_summary_counts_and_the_good_files_are_searchable(batch):
    _, data, report = batch
    summary = report.summary()
    assert "6 tệp mới" in summary and "6 tài liệu," in summary and "5 lỗi" in summary and "2 bỏ qua" in summary
    idx = ReportIndex(data)
    assert idx.store.count_documents() == 6
    assert len(idx.vectors) == idx.store.count_passages() == len(idx.keywords)
    page = [d for d in idx.store.documents() if d.path.endswith("trang-web.html")][0]
    assert "Trang chủ" not in page.text and "6.264.528" not in page.text
    hits = HybridSearcher(idx, HashEmbedder()).search("Thiếu tướng Nguyễn Ngọc Vân giao ban", 3).hits
    assert hits and idx.store.document(hits[0].doc_id).path.endswith("giao-ban.pdf")


def test_metadata_of_real_formats(batch):
    _, data, _ = batch
    docs = {Path(d.path).name: d for d in ReportIndex(data).store.documents()}
    assert docs["bao-cao-dak-to.txt"].meta["unit"] == "Công an huyện Đăk Tô"
    assert docs["bao-cao-dak-to.txt"].date == "2022-04-14"
    assert docs["so-ket-song-cau.docx"].meta["author"] == "Phương Hồng"
    assert docs["so-ket-song-cau.docx"].title == "Sơ kết quy chế phối hợp"
    assert docs["giao-ban.pdf"].meta["author"] == "Mạnh Tùng"
    assert "tỉnh Thanh Hóa" in docs["trang-web.html"].meta["places"]
    assert docs["that-ra-la-van-ban.pdf"].meta["unit"] == "Công an huyện Tuyên Hóa"


def test_second_run_changes_nothing(batch):
    folder, data, first = batch
    again = ingest_paths(data, [folder], HashEmbedder(), max_bytes=MAX_BYTES)
    assert again.count("unchanged") == 6 and again.count("error") == 5 and again.passages_added == 0
    assert again.version == first.version

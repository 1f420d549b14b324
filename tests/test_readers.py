"""Reading real-world report files: formats, legacy encodings, web furniture and broken files.

Files are generated in tmp dirs from the real seed reports so the tests check real Vietnamese text.
"""
from __future__ import annotations

import gzip
import json
import random
import re
import unicodedata
from pathlib import Path

import pytest

from corpus.encodings import encode_cp1258, encode_tcvn3, encode_vni
from corpus.readers import (
    SUPPORTED_EXTENSIONS,
    RawDocument,
    ReadError,
    iter_files,
    normalize_text,
    read_jsonl,
    read_path,
)
from corpus.web_cleaning import strip_web_furniture

S000 = "000_46187f3b83518a7b.txt"
S001 = "001_39d7781fe940ac39.txt"
S002 = "002_d7785d41f27099bf.txt"
S003 = "003_482e3ee27822c92f.txt"
S004 = "004_bae18dc72671c5b8.txt"
TITLE_004 = "KẾT QUẢ CÔNG TÁC XÂY DỰNG PHONG TRÀO TOÀN DÂN BẢO VỆ ANTQ TRÊN ĐỊA BÀN HUYỆN TUYÊN HÓA NĂM 2021"
FURNITURE_004 = [
    "ĐẤU THẦU - MUA SẮM CÔNG",
    "Bình chọn",
    "Theo bạn thông tin nội dung website thế nào ?",
    "Phong phú đa dạng",
    "Dễ sử dụng",
    "Hữu ích",
    "126 người đã tham gia bình chọn",
    "Thống kê truy cập",
    "Số lượng và lượt người truy cập",
    "• Online 2",
    "• Hôm nay 2008",
    "• Tổng 6.264.528",
    "Xem với cỡ chữ : A- A A+",
    "Các tin khác",
]


def _random_bytes(n: int, seed: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(n))


def words(text: str) -> list[str]:
    return text.split()


def assert_names_file(err: ReadError, path: Path) -> None:
    assert err.path == str(path)
    assert str(err).startswith(str(path) + ": ")
    assert err.reason and err.reason in str(err)


# --- normalisation ----------------------------------------------------------------------------------
def test_normalize_text_rules():
    raw = "Dòng một  \r\nDòng\u00a0hai\t\r\n\r\n\r\n\r\n\r\nDòng ba\u200b\n\n\n"
    assert normalize_text(raw) == "Dòng một\nDòng hai\n\nDòng ba"
    assert normalize_text(unicodedata.normalize("NFD", "Huyện ủy")) == "Huyện ủy"
    assert normalize_text("a\x0bb\x0cc") == "a\nb\nc"


# --- web furniture ----------------------------------------------------------------------------------
def _whitespace_tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


@pytest.mark.parametrize("name", [S000, S001, S002, S003])
def test_furniture_stripper_leaves_clean_reports_alone(seed_texts, name):
    cleaned, removed = strip_web_furniture(seed_texts[name])
    assert removed == []
    assert cleaned == _whitespace_tidy(seed_texts[name])


def test_furniture_stripper_removes_exactly_the_furniture_of_seed_004(seed_texts):
    seed = seed_texts[S004]
    cleaned, removed = strip_web_furniture(seed)
    assert removed == FURNITURE_004
    assert cleaned.startswith(TITLE_004 + "\n\nNăm 2021, tình hình thế giới")
    assert cleaned.endswith("Hà Thuỷ")
    assert "vững mạnh./." in cleaned
    for fragment in ("Bình chọn", "Thống kê truy cập", "6.264.528", "cỡ chữ", "Các tin khác", "ĐẤU THẦU"):
        assert fragment not in cleaned
    # Nothing but furniture went: every other non-blank line of the seed is still there, in order.
    kept = [line.strip() for line in seed.split("\n") if line.strip() and line.strip() not in FURNITURE_004]
    assert [line.strip() for line in cleaned.split("\n") if line.strip()] == kept


def test_related_articles_tail_is_cut_with_the_other_article(seed_texts):
    other = seed_texts[S002]
    cleaned, removed = strip_web_furniture(seed_texts[S004] + "\n" + other)
    assert cleaned.endswith("Hà Thuỷ")
    assert removed[-1].startswith("Các tin khác\n")
    assert other.split("\n")[0].strip() in removed[-1]
    assert "Nguyễn Ngọc Vân" not in cleaned


def test_dated_related_headlines_under_a_news_story_are_cut(shared_dir):
    # VnExpress stories in VNTC end with other stories' headlines, each with its date: not this story's text
    with gzip.open(shared_dir / "data" / "news_vntc.jsonl.gz", "rt", encoding="utf-8") as fh:
        row = next(json.loads(line) for line in fh if '"vntc::Test_Full/Phapluat/PL_VNE_T_(2128).txt"' in line)
    cleaned, removed = strip_web_furniture(normalize_text(row["text"]))
    assert cleaned.endswith("Giám đốc Công an tỉnh Bình Thuận, Lê Hồng Trinh đã gửi thư vận động nhân dân tố giác tội phạm.")
    assert removed[-1].split("\n")[0] == "Thêm một sát thủ của Hai Chi đầu thú(20/08/2005)"
    assert len(removed[-1].split("\n")) == 5


def test_dated_related_headlines_set_in_a_news_story_are_cut(shared_dir):
    # VNTC: VnExpress sets five dated headlines and "Xem tiếp" after the opening paragraph; "Nguyên lãnh đạo PJICO đã
    # nộp lại hơn 1 tỷ đồng(16/05/2005)" was quoted as what each subordinate was given (the story says 50 triệu)
    with gzip.open(shared_dir / "data" / "news_vntc.jsonl.gz", "rt", encoding="utf-8") as fh:
        row = next(json.loads(line) for line in fh if '"vntc::Test_Full/Phapluat/PL_VNE_T_(1467).txt"' in line)
    cleaned, removed = strip_web_furniture(normalize_text(row["text"]))
    assert removed[0] == "PJICO Sài Gòn: 'Chúng tôi không làm sai quy định'(17/05/2005)" and removed[-1] == "Xem tiếp"
    assert len(removed) == 6 and "hơn 1 tỷ đồng" not in cleaned and "Xem tiếp" not in cleaned
    assert cleaned.startswith("Ngày 19/5, Cục cảnh sát điều tra") and "mỗi người 50 triệu đồng" in cleaned
    # without "Xem tiếp" after them, dated lines inside a story stay
    body = "Công an huyện đã tổ chức hội nghị sơ kết công tác phối hợp. " * 6
    text = f"{body}\nHội nghị sơ kết(14/04/2022)\nHội nghị tổng kết(15/04/2022)\n{body}"
    assert strip_web_furniture(text)[1] == []


def test_entities_and_linked_headlines_of_a_page_copy(shared_dir):
    # VNTC: "&gt;&gt; Bắt khẩn cấp một nghi can làm thẻ ATM giả &gt;&gt; …" between two paragraphs links two
    # other stories (it was quoted as an answer on who led the ATM gang)
    with gzip.open(shared_dir / "data" / "news_vntc.jsonl.gz", "rt", encoding="utf-8") as fh:
        row = next(json.loads(line) for line in fh if '"vntc::Train_Full/Phapluat/PL_TT_(1996).txt"' in line)
    assert "&gt;&gt;" in row["text"]
    cleaned, removed = strip_web_furniture(normalize_text(row["text"]))
    assert "&gt;" not in cleaned and ">>" not in cleaned and "Bắt khẩn cấp một nghi can" not in cleaned
    assert removed == [">> Bắt khẩn cấp một nghi can làm thẻ ATM giả >> Làm thẻ ATM giả, một băng tội phạm bị bắt"]
    assert "cung phụng cho người yêu." in cleaned and "Ngày 2-1, Cơ quan cảnh sát điều tra" in cleaned  # both sides stay


def test_entities_in_plain_text_are_decoded():
    body = "Công an kiểm tra quán bar B &amp; M, số 200 Tô Ngọc Vân, và thu giữ 3&nbsp;kg ma túy đá. " * 3
    cleaned, removed = strip_web_furniture(body)
    assert "B & M, số 200" in cleaned and "3 kg" in cleaned and "&" + "amp;" not in cleaned and removed == []
    assert strip_web_furniture("Tỷ lệ > 50% và AT&T.")[0] == "Tỷ lệ > 50% và AT&T."  # no entity: unchanged


def test_one_dated_last_line_is_kept():
    body = "Công an huyện đã tổ chức hội nghị sơ kết công tác phối hợp. " * 6
    text = body.rstrip() + "\nHội nghị kết thúc lúc 17 giờ cùng ngày(14/04/2022)"
    assert strip_web_furniture(text) == (text.strip(), [])


def test_related_heading_at_the_start_is_not_a_tail():
    text = "Tin liên quan\n" + "Công an huyện đã tổ chức hội nghị sơ kết công tác phối hợp. " * 3
    assert strip_web_furniture(text) == (text.strip(), [])


# --- plain text in every encoding ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "encoder, encoding",
    [
        (lambda t: t.encode("utf-8"), "utf-8"),
        (lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), "utf-8-sig"),
        (lambda t: t.encode("utf-16"), "utf-16"),
        (encode_vni, "vni"),
        (encode_cp1258, "windows-1258"),
    ],
)
@pytest.mark.parametrize("name", [S001, S003])
def test_text_files_in_any_encoding_read_back_exactly(tmp_path, seed_texts, encoder, encoding, name):
    path = tmp_path / "bao_cao.txt"
    path.write_bytes(encoder(seed_texts[name].replace("\n", "\r\n")))
    [doc] = read_path(path)
    assert doc.meta["encoding"] == encoding
    assert doc.meta["format"] == "txt"
    assert doc.text == normalize_text(seed_texts[name])
    assert doc.path == str(path) and doc.title is None


def test_tcvn3_text_file_is_read(tmp_path, seed_texts):
    path = tmp_path / "vntime.txt"
    path.write_bytes(encode_tcvn3(seed_texts[S000]))
    [doc] = read_path(path)
    assert doc.meta["encoding"] == "tcvn3"
    assert doc.text == normalize_text(seed_texts[S000])


def test_seed_004_text_file_loses_its_furniture(tmp_path, seed_texts):
    path = tmp_path / "004.txt"
    path.write_text(seed_texts[S004], encoding="utf-8")
    [doc] = read_path(path)
    assert doc.text.startswith(TITLE_004)
    assert doc.text.endswith("Hà Thuỷ")
    assert doc.meta["removed_furniture"] == FURNITURE_004
    assert "\u00a0" not in doc.text


def test_markdown_title(tmp_path, seed_texts):
    path = tmp_path / "report.md"
    path.write_text("# Sơ kết quy chế phối hợp\n\n" + seed_texts[S001], encoding="utf-8")
    [doc] = read_path(path)
    assert doc.title == "Sơ kết quy chế phối hợp"
    assert doc.meta["format"] == "md"
    assert doc.text.startswith("# Sơ kết quy chế phối hợp\n\nSƠ KẾT QUI CHẾ")


# --- DOCX -------------------------------------------------------------------------------------------
def _make_docx(path: Path, paragraphs: list[str], title: str | None = None, table: list[list[str]] | None = None):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    if title:
        document.core_properties.title = title
    half = len(paragraphs) // 2
    for text in paragraphs[:half]:
        document.add_paragraph(text)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    for text in paragraphs[half:]:
        document.add_paragraph(text)
    document.save(str(path))
    return path


TABLE = [["Đơn vị", "Số vụ", "Ghi chú"], ["Công an huyện Tuyên Hóa", "18", "Đã xử lý"], ["Xã Thanh Hóa", "3", ""]]


def test_docx_paragraphs_and_table_in_body_order(tmp_path, seed_texts):
    paragraphs = [normalize_text(p) for p in seed_texts[S002].split("\n") if p.strip()]
    path = _make_docx(tmp_path / "bc.docx", paragraphs, title="Giao ban quy chế phối hợp năm 2021", table=TABLE)
    [doc] = read_path(path)
    assert doc.title == "Giao ban quy chế phối hợp năm 2021"
    assert doc.meta["format"] == "docx" and "created" in doc.meta
    lines = doc.text.split("\n")
    half = len(paragraphs) // 2
    assert lines[:half] == paragraphs[:half]
    assert lines[half : half + 3] == [
        "Đơn vị | Số vụ | Ghi chú",
        "Công an huyện Tuyên Hóa | 18 | Đã xử lý",
        "Xã Thanh Hóa | 3",  # empty trailing cells dropped
    ]
    assert lines[half + 3 :] == paragraphs[half:]


def test_docx_typed_in_vntime_font_is_converted(tmp_path, seed_texts):
    lines = [p for p in seed_texts[S000].split("\n") if p.strip()][:3]
    glyphs = [encode_tcvn3(line).decode("cp1252") for line in lines]  # what python-docx sees in .VnTime runs
    path = _make_docx(tmp_path / "vntime.docx", glyphs)
    [doc] = read_path(path)
    assert doc.meta["encoding"] == "tcvn3"
    assert doc.text.split("\n") == lines


def test_truncated_docx(tmp_path, seed_texts):
    good = _make_docx(tmp_path / "good.docx", [seed_texts[S001]])
    bad = tmp_path / "cut.docx"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(ReadError) as info:
        read_path(bad)
    assert "corrupt or truncated DOCX" in info.value.reason
    assert_names_file(info.value, bad)


def test_docx_that_is_really_text_is_read_with_a_warning(tmp_path, seed_texts):
    path = tmp_path / "saved_wrongly.docx"
    path.write_bytes(encode_vni(seed_texts[S002]))
    [doc] = read_path(path)
    assert doc.text == normalize_text(seed_texts[S002])
    assert doc.meta["encoding"] == "vni"
    assert "extension .docx" in doc.meta["warning"]


def test_old_binary_word_named_docx(tmp_path):
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000))
    with pytest.raises(ReadError) as info:
        read_path(path)
    assert "OLE" in info.value.reason
    assert_names_file(info.value, path)


# --- PDF --------------------------------------------------------------------------------------------
def _unicode_font() -> Path:
    candidates = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")]
    candidates += sorted(Path("/usr/share/fonts").rglob("DejaVuSans.ttf")) if Path("/usr/share/fonts").is_dir() else []
    try:
        import matplotlib

        candidates.append(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")
    except ImportError:
        pass
    for c in candidates:
        if c.is_file():
            return c
    pytest.skip("no TTF font with Vietnamese glyphs on this machine")


def _make_pdf(path: Path, pages: list[str], image_only: bool = False) -> Path:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_font("DejaVu", "", str(_unicode_font()))
    pdf.set_font("DejaVu", size=10)
    pdf.set_title("Báo cáo sơ kết quy chế phối hợp")
    for text in pages:
        pdf.add_page()
        if image_only:
            from PIL import Image

            pdf.image(Image.new("RGB", (200, 100), "white"), x=10, y=10, w=100)
        else:
            pdf.multi_cell(0, 5, text)
    pdf.output(str(path))
    return path


def test_pdf_text_comes_back_with_page_offsets(tmp_path, seed_texts):
    page_texts = [seed_texts[S001], seed_texts[S002]]
    path = _make_pdf(tmp_path / "bc.pdf", page_texts)
    [doc] = read_path(path)
    assert doc.meta["format"] == "pdf"
    assert doc.title == "Báo cáo sơ kết quy chế phối hợp"
    pages = doc.meta["pages"]
    assert [p[0] for p in pages] == [1, 2]
    assert pages[0][1] == 0 and pages[1][2] == len(doc.text)
    assert pages[0][2] < pages[1][1]
    for (_, start, end), original in zip(pages, page_texts):
        assert words(doc.text[start:end]) == words(unicodedata.normalize("NFC", original))
    # a quote can be located on its page
    quote = "Thiếu tướng Nguyễn Ngọc Vân"
    pos = doc.text.find(quote)
    assert pos >= 0 and pages[1][1] <= pos < pages[1][2]


def test_encrypted_pdf(tmp_path, seed_texts):
    from pypdf import PdfReader, PdfWriter

    plain = _make_pdf(tmp_path / "plain.pdf", [seed_texts[S000]])
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="matkhau", owner_password="chu-so-huu", algorithm="AES-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(ReadError) as info:
        read_path(locked)
    assert "encrypted PDF" in info.value.reason
    assert_names_file(info.value, locked)


def test_pdf_with_only_an_owner_password_is_readable(tmp_path, seed_texts):
    from pypdf import PdfReader, PdfWriter

    plain = _make_pdf(tmp_path / "plain.pdf", [seed_texts[S000]])
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="", owner_password="chu-so-huu", algorithm="AES-128")
    restricted = tmp_path / "restricted.pdf"
    with restricted.open("wb") as fh:
        writer.write(fh)
    [doc] = read_path(restricted)
    assert words(doc.text) == words(unicodedata.normalize("NFC", seed_texts[S000]))


def test_scanned_pdf(tmp_path):
    path = _make_pdf(tmp_path / "scan.pdf", ["", ""], image_only=True)
    with pytest.raises(ReadError) as info:
        read_path(path)
    assert info.value.reason.startswith("scanned PDF with no text layer")
    assert_names_file(info.value, path)


def test_random_bytes_named_pdf(tmp_path):
    path = tmp_path / "rac.pdf"
    path.write_bytes(_random_bytes(5000, seed=7))
    with pytest.raises(ReadError) as info:
        read_path(path)
    assert "not a valid PDF" in info.value.reason
    assert_names_file(info.value, path)


def test_truncated_pdf(tmp_path, seed_texts):
    good = _make_pdf(tmp_path / "good.pdf", [seed_texts[S000]])
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(good.read_bytes()[:400])
    with pytest.raises(ReadError) as info:
        read_path(cut)
    assert_names_file(info.value, cut)


# --- HTML -------------------------------------------------------------------------------------------
def _html_page(seed: str) -> str:
    paragraphs = [p.strip() for p in seed.split("\n") if len(p.strip()) > 150]
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Kết quả công tác năm 2021 - Công an tỉnh Quảng Bình</title></head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/dt">ĐẤU THẦU - MUA SẮM CÔNG</a></li></ul></nav>
<div class="sidebar"><h3>Bình chọn</h3><p>Theo bạn thông tin nội dung website thế nào ?</p>
<ul><li>Phong phú đa dạng</li><li>Dễ sử dụng</li><li>Hữu ích</li></ul><p>126 người đã tham gia bình chọn</p>
<h3>Thống kê truy cập</h3><p>Số lượng và lượt người truy cập</p>
<ul><li>• Online 2</li><li>• Hôm nay 2008</li><li>• Tổng 6.264.528</li></ul></div>
<article><h1>{TITLE_004}</h1><p>Xem với cỡ chữ : A- A A+</p>
{body}
<table><tr><td>Mô hình tự quản</td><td>765</td></tr><tr><td>Tổ an ninh</td><td>111</td></tr></table>
<p>Hà Thuỷ</p>
<h3>Các tin khác</h3><ul><li><a href="/a">Hội nghị sơ kết quy chế phối hợp giữa Đảng ủy Công an huyện và Đảng ủy các xã</a></li>
<li><a href="/b">Công an tỉnh tổng kết công tác năm 2022</a></li></ul></article>
<footer>Bản quyền thuộc Công an tỉnh. Online 2</footer></body></html>"""


def _check_page_text(doc: RawDocument, seed: str) -> None:
    # HTML collapses runs of spaces, so compare word sequences.
    paragraphs = [" ".join(p.split()) for p in seed.split("\n") if len(p.strip()) > 150]
    assert len(paragraphs) >= 5
    flat = " ".join(doc.text.split())
    for p in paragraphs:
        assert p in flat
    for junk in ("Bình chọn", "6.264.528", "Thống kê truy cập", "Phong phú đa dạng", "cỡ chữ", "Các tin khác",
                 "Công an tỉnh tổng kết công tác năm 2022", "ĐẤU THẦU", "Bản quyền"):
        assert junk not in doc.text, junk
    assert doc.text.rstrip().endswith("Hà Thuỷ")
    assert "Mô hình tự quản | 765" in doc.text


def test_saved_web_page(tmp_path, seed_texts):
    path = tmp_path / "trang.html"
    path.write_text(_html_page(seed_texts[S004]), encoding="utf-8")
    [doc] = read_path(path)
    assert doc.meta["format"] == "html" and doc.meta["extractor"] == "trafilatura"
    assert doc.title == TITLE_004
    _check_page_text(doc, seed_texts[S004])


def test_saved_web_page_fallback_extractor(tmp_path, seed_texts, monkeypatch):
    import corpus.readers as readers

    monkeypatch.setattr(readers, "_trafilatura", lambda html: ("", None, None))
    path = tmp_path / "trang.htm"
    path.write_text(_html_page(seed_texts[S004]), encoding="utf-8")
    [doc] = read_path(path)
    assert doc.meta["extractor"] == "lxml"
    assert doc.title == "Kết quả công tác năm 2021 - Công an tỉnh Quảng Bình"
    _check_page_text(doc, seed_texts[S004])


def test_web_page_in_vni_declared_as_latin1(tmp_path, seed_texts):
    html = _html_page(seed_texts[S001]).replace('charset="utf-8"', 'charset="iso-8859-1"')
    path = tmp_path / "vni.html"
    path.write_bytes(encode_vni(html))
    [doc] = read_path(path)
    assert doc.meta["encoding"] == "vni"
    assert "Công an thị xã Sông Cầu, tỉnh Phú Yên" in doc.text


# --- JSONL ------------------------------------------------------------------------------------------
def _jsonl_lines(seed_texts) -> list[str]:
    return [
        json.dumps({"doc_id": "bc-001", "title": "Sơ kết quy chế", "text": seed_texts[S001], "date": "2017", "source": "CA Phú Yên"}, ensure_ascii=False),
        "{not json",
        json.dumps({"doc_id": "bc-002", "title": "", "text": seed_texts[S002], "category": "Chinh tri"}, ensure_ascii=False),
        json.dumps({"doc_id": "x", "title": "thiếu text"}, ensure_ascii=False),
        "",
        json.dumps(["a", "list"]),
    ]


def test_jsonl_good_lines_survive_bad_ones(tmp_path, seed_texts):
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(_jsonl_lines(seed_texts)) + "\n", encoding="utf-8")
    errors: list[ReadError] = []
    docs = read_path(path, errors=errors)
    assert [d.meta["doc_id"] for d in docs] == ["bc-001", "bc-002"]
    assert [d.path for d in docs] == [f"{path}#1", f"{path}#3"]
    assert docs[0].title == "Sơ kết quy chế" and docs[1].title is None
    assert docs[0].meta["date"] == "2017" and docs[0].meta["source"] == "CA Phú Yên"
    assert docs[1].meta["category"] == "Chinh tri"
    assert docs[0].text == normalize_text(strip_web_furniture(normalize_text(seed_texts[S001]))[0])
    assert [e.path for e in errors] == [f"{path}#2", f"{path}#4", f"{path}#6"]
    assert "invalid JSON" in errors[0].reason and "'text'" in errors[1].reason and "list" in errors[2].reason
    assert read_jsonl(path)[1][0].path == f"{path}#2"


def test_a_page_in_a_jsonl_dump_reads_as_it_does_from_a_txt_file(tmp_path, seed_texts):
    # the Tuyên Hóa report was saved from its site: menu, poll and visitor counter above the headline
    (tmp_path / S004).write_text(seed_texts[S004], encoding="utf-8")
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"doc_id": "th", "text": seed_texts[S004]}, ensure_ascii=False) + "\n", encoding="utf-8")
    [from_txt], [from_jsonl] = read_path(tmp_path / S004), read_path(dump)
    assert from_jsonl.text == from_txt.text
    assert from_jsonl.text.startswith("KẾT QUẢ CÔNG TÁC XÂY DỰNG PHONG TRÀO TOÀN DÂN BẢO VỆ ANTQ")
    assert "ĐẤU THẦU - MUA SẮM CÔNG" in from_jsonl.meta["removed_furniture"]
    assert "Online 2" not in from_jsonl.text and "Bình chọn" not in from_jsonl.text


def test_jsonl_gz_and_all_bad_jsonl(tmp_path, seed_texts):
    gz = tmp_path / "dump.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(_jsonl_lines(seed_texts)))
    assert len(read_path(gz)) == 2
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n[1]\n", encoding="utf-8")
    with pytest.raises(ReadError) as info:
        read_path(bad)
    assert "no valid JSON lines" in info.value.reason
    assert_names_file(info.value, bad)


def test_real_news_dump_reads(shared_dir):
    path = shared_dir / "data" / "news_vntc.jsonl.gz"
    if not path.is_file():
        pytest.skip("news dump absent")
    errors: list[ReadError] = []
    docs = read_path(path, errors=errors)
    assert len(docs) == 7956 and errors == []
    assert all(d.text and d.meta["doc_id"].startswith("vntc::") for d in docs[:50])


# --- malformed files and batches ---------------------------------------------------------------------
def test_zero_byte_file(tmp_path):
    path = tmp_path / "rong.txt"
    path.write_bytes(b"")
    with pytest.raises(ReadError) as info:
        read_path(path)
    assert info.value.reason == "empty file"
    assert_names_file(info.value, path)


def test_whitespace_only_file(tmp_path):
    path = tmp_path / "trang.txt"
    path.write_text(" \n\n\t\n", encoding="utf-8")
    with pytest.raises(ReadError) as info:
        read_path(path)
    assert "no text" in info.value.reason
    assert_names_file(info.value, path)


def test_file_over_the_size_limit(tmp_path, seed_texts):
    path = tmp_path / "lon.txt"
    path.write_text(seed_texts[S003] * 20, encoding="utf-8")
    with pytest.raises(ReadError) as info:
        read_path(path, max_bytes=100 * 1024)
    assert re.fullmatch(r"file too large \(\d+(\.\d)? KB > 100 KB\)", info.value.reason)
    assert_names_file(info.value, path)
    assert read_path(path)[0].text.startswith("date 2022-06")  # outer whitespace trimmed  # fine under the default limit


def test_binary_named_txt(tmp_path):
    path = tmp_path / "anh.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _random_bytes(3000, seed=1))
    with pytest.raises(ReadError) as info:
        read_path(path)
    assert "not a text file" in info.value.reason
    assert_names_file(info.value, path)


@pytest.mark.parametrize("name", ["bang.xls", "cu.doc", "khong_duoi"])
def test_unsupported_type(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"something")
    with pytest.raises(ReadError) as info:
        read_path(path)
    assert info.value.reason.startswith("unsupported type")
    assert_names_file(info.value, path)


def test_missing_file(tmp_path):
    path = tmp_path / "khong_co.txt"
    with pytest.raises(ReadError) as info:
        read_path(path)
    assert info.value.reason == "file not found"
    assert_names_file(info.value, path)


def test_iter_files_expands_sorts_and_skips(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for rel in ["b/2.pdf", "a.txt", "b/1.docx", ".an.txt", ".git/x.txt", "ghi_chu.xls", "~$bc.docx", "c.JSONL", "d.jsonl.gz"]:
        (tmp_path / rel).write_bytes(b"x")
    explicit = tmp_path / "ghi_chu.xls"
    found = list(iter_files([tmp_path, explicit, tmp_path / "a.txt"]))
    rel = [p.relative_to(tmp_path).as_posix() for p in found]
    assert rel == ["a.txt", "b/1.docx", "b/2.pdf", "c.JSONL", "d.jsonl.gz", "ghi_chu.xls"]
    assert ".jsonl" in SUPPORTED_EXTENSIONS


def test_a_batch_never_crashes(tmp_path, seed_texts):
    """Every readable file is read; every other one gives a ReadError naming it; nothing else escapes."""
    good = {
        "a_utf8.txt": seed_texts[S000].encode("utf-8"),
        "b_tcvn3.txt": encode_tcvn3(seed_texts[S001]),
        "c_vni.md": encode_vni(seed_texts[S002]),
        "d_1258.txt": encode_cp1258(seed_texts[S003]),
        "e_web.txt": seed_texts[S004].encode("utf-8"),
        "f_wrong_ext.docx": seed_texts[S001].encode("utf-16"),
    }
    bad = {
        "g_empty.txt": b"",
        "h_random.pdf": _random_bytes(3000, seed=3),
        "i_cut.docx": b"PK\x03\x04" + _random_bytes(500, seed=4),
        "j_binary.htm": bytes(range(256)) * 4,
        "k_bad.jsonl": b"{]\n",
    }
    for name, data in {**good, **bad}.items():
        (tmp_path / name).write_bytes(data)
    read, failed = {}, {}
    for path in iter_files([tmp_path]):
        try:
            read[path.name] = read_path(path)
        except ReadError as err:
            assert_names_file(err, path)
            failed[path.name] = err.reason
    assert sorted(read) == sorted(good)
    assert sorted(failed) == sorted(bad)
    assert read["b_tcvn3.txt"][0].text.lower() == normalize_text(seed_texts[S001]).lower()
    assert read["e_web.txt"][0].text.startswith(TITLE_004)

"""Author byline, issuing unit and places read from the reports' own wording."""
import gzip
import json

import pytest

from corpus.metadata import extract_author, extract_places, extract_provenance, extract_unit

SEEDS = {
    # name: (author, unit, places that must be found)
    "000_46187f3b83518a7b.txt": (None, "Công an huyện Đăk Tô", ["huyện Đăk Tô"]),
    "001_39d7781fe940ac39.txt": ("Phương Hồng", "Công an thị xã Sông Cầu",
                                 ["thị xã Sông Cầu", "tỉnh Phú Yên", "thành phố Qui Nhơn", "tỉnh Bình Định"]),
    "002_d7785d41f27099bf.txt": ("Mạnh Tùng", "Công an tỉnh", []),
    "003_482e3ee27822c92f.txt": ("Quốc Hương", "Bộ Công an", ["tỉnh Thanh Hóa"]),
    "004_bae18dc72671c5b8.txt": ("Hà Thuỷ", "Công an huyện Tuyên Hóa", ["huyện Tuyên Hóa", "xã Thanh Hóa", "xã Châu Hóa"]),
}


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_provenance(seed_texts, name):
    author, unit, places = SEEDS[name]
    info = extract_provenance(seed_texts[name])
    assert info.author == author
    assert info.unit == unit
    for place in places:
        assert place in info.places
    assert not any(p.isupper() or "NĂM" in p for p in info.places)  # not cut out of an upper-case headline


def test_seed_places_in_order_of_first_mention(seed_texts):
    assert extract_places(seed_texts["001_39d7781fe940ac39.txt"])[:2] == ["thị xã Sông Cầu", "tỉnh Phú Yên"]


def test_byline_survives_trailing_site_furniture():
    text = "Công an huyện đã bắt giữ 12 đối tượng.\nĐây là kết quả tốt.\n\n   Hà Thuỷ\n\nCác tin khác\nTin liên quan"
    assert extract_author(text) == "Hà Thuỷ"


@pytest.mark.parametrize("ending, author", [
    ("Sơn Hải - Phương Hồng", "Sơn Hải, Phương Hồng"),
    ("Bài và ảnh: Minh Anh", "Minh Anh"),
    ("Hoàng Nam (CA huyện Đăk Tô)", "Hoàng Nam"),
    ("Nhóm PV", "Nhóm PV"),
    ("Đồng chí Thượng tá Trần Văn Quân phát biểu tại Hội nghị", None),  # a photo caption, not a byline
    ("Quốc Hương, ngày 12/3", None),
    ("Kết luận", None),
    ("Các tin khác", None),
    ("Tăng cường phối hợp với cấp ủy.", None),
])
def test_byline_forms(ending, author):
    assert extract_author(f"Chiều 3-6, Bộ Công an tổ chức hội nghị.\n{ending}") == author


def test_credit_in_the_closing_lines_names_the_unit():
    text = ("Vừa qua, Công an tỉnh Phú Yên và Công an thành phố Qui Nhơn tổ chức hội nghị. Công an thành phố Qui Nhơn "
            "báo cáo.\nẢnh: Sơn Hải (CA thị xã Sông Cầu)\nPhương Hồng")
    assert extract_unit(text) == "Công an thị xã Sông Cầu"


def test_unnamed_unit_takes_the_one_district_named():
    text = "Công an huyện đã triển khai. Công an huyện phối hợp với xã. Trên địa bàn huyện Hàm Tân tình hình ổn định."
    assert extract_unit(text) == "Công an huyện Hàm Tân"
    assert extract_unit("Không có đơn vị nào.") is None


def test_place_forms():
    places = extract_places("Công an TP HCM, quận 9, tỉnh Bà Rịa - Vũng Tàu và Thừa Thiên Huế; TP.HCM; Bình Phước: ...")
    assert places == ["thành phố Hồ Chí Minh", "quận 9", "tỉnh Bà Rịa - Vũng Tàu", "Thừa Thiên - Huế", "Bình Phước"]
    assert extract_places("Đảng ủy các xã, thị trấn và Huyện ủy") == []


def test_no_false_bylines_on_news_without_them(shared_dir):
    """VNTC articles mostly end without a byline; whatever is found must look like a person's name."""
    path = shared_dir / "data" / "news_vntc.jsonl.gz"
    if not path.exists():
        pytest.skip("news_vntc.jsonl.gz not found")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for _, line in zip(range(1500), fh)]
    found = [(extract_author(r["text"]), r["text"].rstrip().rsplit("\n", 1)[-1]) for r in rows]
    found = [(a, last) for a, last in found if a]
    assert 0 < len(found) < 30
    for author, last_line in found:  # each is the article's whole last line
        assert author.replace(", ", " - ") == last_line.strip() or author == last_line.strip()

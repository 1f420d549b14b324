"""Figure extraction on the sample reports' own sentences: what is counted, when, against what."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.chunking import split_sentences
from corpus.figures import Figure, extract_figures, is_furniture_number


def _one(sentence: str, text: str) -> Figure:
    found = [f for f in extract_figures(sentence) if f.text == text]
    assert len(found) == 1, [f.text for f in extract_figures(sentence)]
    return found[0]


def test_percent_with_direction_year_and_baseline() -> None:
    s = ("Do đó, tình hình tội phạm và vi phạm pháp luật trên địa bàn huyện trong 03 năm qua đã được kiềm chế, "
         "tỷ lệ tội phạm và vi phạm pháp luật năm sau giảm so với năm trước, cụ thể: năm 2020 giảm 16,4% so với "
         "năm 2019; năm 2021 giảm 19,2% so với năm 2020; không để hình thành các băng, ổ nhóm tội phạm.")
    f = _one(s, "16,4%")
    assert (f.value, f.unit, f.kind, f.direction, f.year, f.baseline) == (
        16.4, "%", "percent", "giảm", 2020, "so với năm 2019")
    assert "tội phạm và vi phạm pháp luật" in f.subject
    g = _one(s, "19,2%")
    assert (g.value, g.direction, g.year, g.baseline) == (19.2, "giảm", 2021, "so với năm 2020")
    assert "tội phạm và vi phạm pháp luật" in g.subject
    three = _one(s, "03 năm")
    assert (three.value, three.unit, three.direction) == (3, "năm", None)


def test_subject_comes_from_the_clause_that_says_what_fell() -> None:
    s = ("Tình hình trật tự an toàn giao thông có nhiều chuyển biến tích cực, trong đó tai nạn giao thông giảm so "
         "với thời điểm trước khi ký kết quy chế phối hợp, năm 2020 giảm 38% so với năm 2019; năm 2021 giảm 31% "
         "so với cùng kỳ năm 2020.")
    f = _one(s, "38%")
    assert (f.subject, f.direction, f.year, f.baseline) == ("tai nạn giao thông", "giảm", 2020, "so với năm 2019")
    g = _one(s, "31%")
    assert (g.subject, g.year, g.baseline) == ("tai nạn giao thông", 2021, "so với cùng kỳ năm 2020")


def test_ratio_with_counted_noun_and_predicate() -> None:
    s = ("thực hiện hiệu quả công tác xây dựng Phong trào toàn dân bảo vệ an ninh Tổ quốc, có 195/204 xã phường "
         "đạt tiêu chuẩn an toàn về ANTT, 180/188 xã đạt tiêu chuẩn an toàn về ANTT; duy trì 53 mô hình về ANTT, "
         "xây dựng mới 20 mô hình về ANTT…")
    f = _one(s, "195/204 xã phường")
    assert (f.kind, f.parts, f.value, f.unit, f.counted) == ("ratio", (195, 204), None, "xã phường", "xã phường")
    assert f.predicate == "đạt tiêu chuẩn an toàn về ANTT"
    assert _one(s, "180/188 xã").parts == (180, 188)
    assert _one(s, "53 mô hình").unit == "mô hình"
    assert _one(s, "20 mô hình").value == 20


def test_count_with_comma_joined_noun_and_share() -> None:
    s = ("Theo đó, Giám đốc Công an tỉnh đã điều động, bố trí 2.570 cán bộ, chiến sĩ (chiếm 33,76% biên chế của "
         "Công an tỉnh) từ các phòng nghiệp vụ thuộc Công an tỉnh.")
    figs = extract_figures(s)
    assert [f.text for f in figs] == ["2.570 cán bộ, chiến sĩ", "33,76%"]
    assert (figs[0].value, figs[0].counted, figs[0].unit) == (2570, "cán bộ, chiến sĩ", "cán bộ, chiến sĩ")
    assert (figs[1].value, figs[1].unit, figs[1].counted) == (33.76, "%", "biên chế")


def test_range_and_counts_in_one_sentence() -> None:
    s = ("Tại Thanh Hóa, từ tháng 11-2019 đến tháng 9- 2020, Công an tỉnh đã điều động 5 đợt đảm bảo mỗi công an "
         "xã có 5 đồng chí, mỗi công an thị trấn có từ 7 đến 11 đồng chí.")
    figs = extract_figures(s)
    assert [f.text for f in figs] == ["5 đợt", "5 đồng chí", "từ 7 đến 11 đồng chí"]
    r = figs[2]
    assert (r.kind, r.parts, r.unit, r.subject) == ("range", (7, 11), "đồng chí", "mỗi công an thị trấn")
    assert all(f.value != 2019 and f.value != 2020 for f in figs)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Tổ chức họp dân tuyên truyền pháp luật, phát động phong trào toàn dân tham gia bỏ phiếu tố giác tội phạm "
         "tại 196 điểm, có 33.446 lượt người tham gia.",
         [("196 điểm", 196, "điểm"), ("33.446 lượt người", 33446, "lượt người")]),
        ("Công an hai địa phương đã chủ động trao đổi, phối hợp kiểm tra xác minh hơn 100 nguồn tin liên quan đến an "
         "ninh trật tự; thực hiện 06 đợt cao điểm tấn công trấn áp tội phạm; chỉ đạo điều tra làm rõ 31/35 vụ phạm "
         "pháp hình sự ở địa bàn giáp ranh; trực tiếp phối hợp điều tra làm rõ 24 vụ phạm pháp hình sự, bắt xử lý 7 "
         "đối tượng.",
         [("hai địa phương", 2, "địa phương"), ("hơn 100 nguồn tin", 100, "nguồn tin"),
          ("06 đợt cao điểm tấn công", 6, "đợt"), ("31/35 vụ phạm pháp hình sự", None, "vụ"),
          ("24 vụ phạm pháp hình sự", 24, "vụ"), ("7 đối tượng", 7, "đối tượng")]),
        ("Tại Hội nghị, 4 tập thể và 10 cá nhân đã có thành tích xuất sắc.",
         [("4 tập thể", 4, "tập thể"), ("10 cá nhân", 10, "cá nhân")]),
        ("Lực lượng Công an xã bán chuyên trách hiện có 121 đồng chí bố trí tại 121 thôn, bản, tạo điều kiện.",
         [("121 đồng chí", 121, "đồng chí"), ("121 thôn, bản", 121, "thôn, bản")]),
        ("Triệu tập gọi hỏi răn đe 568 lượt đối tượng; đưa ra kiểm điểm trước dân 29 đối tượng.",
         [("568 lượt đối tượng", 568, "lượt đối tượng"), ("29 đối tượng", 29, "đối tượng")]),
        ("Lực lượng bảo vệ chuyên trách hiện có 08 đồng chí, bảo vệ bán chuyên trách 91 đồng chí.",
         [("08 đồng chí", 8, "đồng chí"), ("91 đồng chí", 91, "đồng chí")]),
        ("Ước tính thiệt hại hơn 1,2 tỷ đồng.", [("hơn 1,2 tỷ đồng", 1.2e9, "tỷ đồng")]),
        ("Hàng trăm người dân đã tham gia.", [("Hàng trăm người dân", 100, "người")]),
    ],
)
def test_seed_figures(sentence: str, expected: list[tuple[str, float | None, str]]) -> None:
    got = [(f.text, f.value, f.unit) for f in extract_figures(sentence)]
    assert got == [(t, pytest.approx(v) if v else v, u) for t, v, u in expected]


def test_approx_qualifier_is_kept() -> None:
    f = _one("xác minh hơn 100 nguồn tin liên quan", "hơn 100 nguồn tin")
    assert f.approx == "hơn" and f.predicate == "liên quan"
    g = _one("tỷ lệ tái phạm giảm gần 50% so với cùng kỳ", "gần 50%")
    assert (g.approx, g.direction, g.baseline) == ("gần", "giảm", "so với cùng kỳ")


@pytest.mark.parametrize(
    "sentence",
    [
        "Công an huyện đã tham mưu Ban chỉ đạo 138 huyện ban hành Kế hoạch số 01/BCĐ ngày 21/12/2021 về việc mở đợt.",
        "Duy trì thực hiện nghiêm túc Thông tư 23/2012/TT-BCA của Bộ Công an.",
        "Đã hoàn thành việc bố trí theo Nghị quyết số 11/2021/NQ-HĐND ngày 29/10/2021 của Hội đồng nhân dân tỉnh.",
        "Tiếp tục tham mưu thực hiện nghiêm túc Quyết định 521/TTg của Thủ tướng chính phủ về lấy ngày 19/8 làm "
        "Ngày hội toàn dân bảo vệ ANTQ.",
        "gồm chuyên án M519 đấu tranh với hoạt động tuyên truyền và chuyên án K420 đấu tranh.",
        "Bảo vệ an toàn tuyệt đối cuộc bầu cử đại biểu Quốc Hội khoá XV và đại biểu HĐND các cấp nhiệm kỳ "
        "2021 – 2026; tập trung thực hiện có hiệu quả công tác phòng chống dịch Covid-19 trên địa bàn tỉnh.",
        "Chiều 3-6, Bộ Công an đã tổ chức hội nghị trực tuyến sơ kết.",
        "Chiều ngày 14/4/2022, tại Hội trường Công an huyện.",
        "Năm 2021, tình hình thế giới, nhất là do đại dịch Covid - 19, diễn biến phức tạp.",
        "Chỉ thị 06 của Bộ Công an về “Tăng cường công tác phòng chống tội phạm”.",
    ],
)
def test_no_figures_in_dates_and_codes(sentence: str) -> None:
    assert extract_figures(sentence) == []


@pytest.mark.parametrize(
    "context, furniture",
    [
        ("Online 2", True),
        ("  • Hôm nay 2008", True),
        ("Tổng 6.264.528", True),
        ("126 người đã tham gia bình chọn", True),
        ("Số lượng và lượt người truy cập", True),
        ("Tổ chức họp dân tại 196 điểm, có 33.446 lượt người tham gia.", False),
        ("Tổng thiệt hại ước tính 5 tỷ đồng.", False),
    ],
)
def test_furniture(context: str, furniture: bool) -> None:
    assert is_furniture_number(context) is furniture
    if furniture:
        assert extract_figures(context) == []


def test_context_year_and_offsets() -> None:
    s = "Công an huyện đã kiểm tra tại địa bàn 18 xã, thị trấn."
    f = extract_figures(s, base_offset=1000, context_year=2021)[0]
    assert (f.text, f.value, f.unit, f.year, f.period) == ("18 xã, thị trấn", 18, "xã, thị trấn", 2021, None)
    assert (f.start, f.end) == (1000 + s.index("18 xã"), 1000 + s.index("18 xã") + len("18 xã, thị trấn"))
    assert (f.number_start, f.number_end) == (1000 + s.index("18"), 1000 + s.index("18") + 2)
    assert f.to_dict()["counted"] == "xã, thị trấn"
    g = extract_figures("Trong năm 2021 xây dựng mới 03 mô hình.", context_year=1999)[0]
    assert (g.value, g.year, g.period) == (3, 2021, "Trong năm 2021")


# ---------------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------------

_BASE = [
    "có 195/204 xã phường đạt tiêu chuẩn an toàn về ANTT",
    "năm 2020 giảm 16,4% so với năm 2019",
    "bố trí 2.570 cán bộ, chiến sĩ",
    "mỗi công an thị trấn có từ 7 đến 11 đồng chí",
    "Tổ chức họp dân tại 196 điểm, có 33.446 lượt người tham gia",
    "chỉ đạo điều tra làm rõ 31/35 vụ phạm pháp hình sự",
    "Công tác xây dựng lực lượng được quan tâm",
]
_dates = st.builds(
    lambda d, m, y, form: form.format(d=d, m=m, y=y),
    st.integers(1, 28), st.integers(1, 12), st.integers(1990, 2030),
    st.sampled_from(["Ngày {d}/{m}/{y}", "Chiều {d}-{m}", "ngày {d}-{m}-{y}", "tháng {m}-{y}",
                     "tháng {m}/{y}", "Sáng ngày {d}/{m}", "năm {y}", "Chiều ngày {d}/{m}/{y}"]),
)
_codes = st.builds(
    lambda n, y, form: form.format(n=n, y=y, y2=y + 5),
    st.integers(1, 999), st.integers(1990, 2030),
    st.sampled_from(["Thông tư {n}/{y}/TT-BCA", "Kế hoạch số {n}/BCĐ", "Nghị quyết số {n}/{y}/NQ-HĐND",
                     "Quyết định {n}/TTg", "Chỉ thị {n}", "Ban chỉ đạo {n}", "chuyên án M{n}", "COVID-19",
                     "Covid - 19", "nhiệm kỳ {y} - {y2}", "Nghị định {n}/{y}/NĐ-CP", "Điều {n}"]),
)


def _values(figs: list[Figure]) -> list[tuple]:
    return [(f.kind, f.value, f.parts) for f in figs]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_BASE), st.one_of(_dates, _codes), st.booleans())
def test_adding_a_date_or_code_never_adds_a_figure(base: str, extra: str, before: bool) -> None:
    combined = f"{extra}, {base}." if before else f"{base}; theo {extra}."
    assert _values(extract_figures(combined)) == _values(extract_figures(base + "."))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_BASE), st.integers(0, 10**6), st.text(" ,;abcđươ", max_size=5))
def test_figure_text_is_verbatim_at_its_offsets(base: str, offset: int, pad: str) -> None:
    sentence = pad + base + pad
    for f in extract_figures(sentence, base_offset=offset):
        assert sentence[f.start - offset:f.end - offset] == f.text
        assert sentence[f.number_start - offset:f.number_end - offset] in f.text


# ---------------------------------------------------------------------------------------------
# Whole corpora: never crash, offsets always exact
# ---------------------------------------------------------------------------------------------


def _check_document(text: str) -> int:
    n = 0
    for span in split_sentences(text):
        sentence = text[span.start:span.end]
        for f in extract_figures(sentence, base_offset=span.start):
            assert text[f.start:f.end] == f.text, f
            assert f.start <= f.number_start < f.number_end <= f.end
            assert f.kind in {"count", "percent", "ratio", "range", "money", "decimal"}
            n += 1
    return n


def test_every_seed_sentence(seed_texts: dict[str, str]) -> None:
    assert len(seed_texts) == 5
    total = sum(_check_document(t) for t in seed_texts.values())
    assert total >= 40
    furniture = next(t for t in seed_texts.values() if "Online 2" in t)
    cited = {furniture[f.start:f.end] for f in _figures_of(furniture)}
    assert not {"2", "2008", "6.264.528", "126 người"} & cited


def _figures_of(text: str) -> list[Figure]:
    out: list[Figure] = []
    for span in split_sentences(text):
        out += extract_figures(text[span.start:span.end], base_offset=span.start)
    return out


def test_first_300_vntc_articles(shared_dir: Path) -> None:
    path = shared_dir / "data" / "news_vntc.jsonl.gz"
    if not path.exists():
        pytest.skip(f"{path} not found")
    total = 0
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= 300:
                break
            total += _check_document(json.loads(line)["text"])
    assert total > 1000


_NOISY = st.lists(
    st.sampled_from(list("0123456789 ./-,%:;()\n“”") + ["năm", "giảm", "tăng", "so với", "hơn", "từ", "đến",
                                                        "vụ", "đồng", "tỷ", "hai mươi", "Ban", "cán bộ", "chiến sĩ",
                                                        "Online", "Tổng", "xã", "thứ"]),
    max_size=40,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_NOISY, st.text(max_size=120)))
def test_never_crashes_and_offsets_hold_on_noise(text: str) -> None:
    for f in extract_figures(text, base_offset=7):
        assert text[f.start - 7:f.end - 7] == f.text


@pytest.mark.parametrize("sentence, ranks", [
    ("Năm 2021, chỉ số cải cách hành chính của tỉnh xếp thứ 5/63 tỉnh, thành phố và đứng thứ hai khu vực.",
     [("thứ 5/63 tỉnh, thành phố", 5.0), ("thứ hai", 2.0)]),
    ("Công an tỉnh đứng thứ 3 toàn quốc về số vụ triệt phá ma túy với 1.250 vụ.", [("thứ 3", 3.0)]),
    ("Đại hội Đảng bộ Công an tỉnh lần thứ XIII đã thành công tốt đẹp.", [("thứ XIII", 13.0)]),
    # a rank in words (VNTC, on PERC's corruption ranking): its place in the list, with no number to read
    ("Thế nhưng, trong tình hình chung đó, VN vẫn đứng áp chót trên thang điểm 10 là “tệ nhất” và 0 là “sạch nhất”.",
     [("đứng áp chót", None)]),
    ("Năm 2021, Công an tỉnh dẫn đầu cả nước về số vụ bắt giữ ma túy.", [("dẫn đầu cả nước", 1.0)]),
    ("Người đứng đầu cơ quan, đơn vị phải chịu trách nhiệm khi để xảy ra tham nhũng.", []),  # the head of a body
])
def test_ranks_are_figures_only_when_asked_for(sentence: str, ranks: list[tuple[str, float]]) -> None:
    asked = [(f.text, f.value) for f in extract_figures(sentence, ordinals=True) if f.kind == "ordinal"]
    assert asked == ranks
    for f in extract_figures(sentence, ordinals=True):
        assert sentence[f.start:f.end] == f.text
    assert all(f.kind != "ordinal" and not f.text.startswith("thứ") for f in extract_figures(sentence))


def test_a_span_of_months_counts_no_word_after_it() -> None:
    # VNTC: before, "4 tháng đối" ("tháng" is five letters; the check read the last four)
    sentence = "- 4-4-2006: Khởi tố bị can, bắt tạm giam 4 tháng đối với ông Nguyễn Việt Tiến - thứ trưởng Bộ GTVT."
    assert [(f.text, f.counted) for f in extract_figures(sentence)] == [("4 tháng", "tháng")]
    assert [f.text for f in extract_figures("Qua 03 năm thực hiện Quy chế phối hợp")] == ["03 năm"]
    # VNTC PL_TT_(2026): a bare number before "đối với" counts nothing ("25 đối" of the warrant's number)
    sentence = ("Ngày 27-4, Trưởng ban chuyên án 420B, Thiếu tướng Phạm Xuân Quắc đã ra lệnh bắt tạm giam số 25 đối "
                "với Nguyễn Văn Hồng, và sáng 28-4 Viện KSNDTC lập tức phê chuẩn quyết định này.")
    assert all(f.counted is None for f in extract_figures(sentence))
    assert [f.counted for f in extract_figures("Công an đã bắt 25 đối tượng.")] == ["đối tượng"]


@pytest.mark.parametrize("sentence, text, counted", [
    # VNTC PL_VNE_T_(2034): teams and bodies counted ("tổ" ends a noun only as the verb "tổ chức" after one)
    ("Ban chuyên án được chia làm 12 tổ, mỗi tổ tối thiểu là 3 người, đồng loạt tiến hành khám xét.", "12 tổ", "tổ"),
    ("Hai tổ chức lừa đảo, đưa phụ nữ sang phục vụ tại các nhà chứa vừa bị triệt phá.", "Hai tổ chức lừa đảo",
     "tổ chức lừa đảo"),
    ("Có 100 người tổ chức đánh bạc.", "100 người", "người"),
    # VNTC XH_TN_T_(8356): where the things counted are placed is no part of them ...
    ("Trung tâm đã kết nối và nhận tín hiệu từ 30 camera đặt tại các giao lộ lớn.", "30 camera", "camera"),
    # ... what is booked or paid as a deposit is ("tiền đặt cọc", "phiếu đặt phòng")
    ("Lực lượng chức năng thu gần 250 phiếu đặt phòng, trên 4.300 hóa đơn.", "gần 250 phiếu đặt phòng",
     "phiếu đặt phòng"),
    ("Tòa buộc công ty trả lại 7 triệu tiền đặt cọc.", "7 triệu tiền đặt cọc", "tiền đặt cọc"),
])
def test_the_noun_a_figure_counts(sentence: str, text: str, counted: str) -> None:
    fig = next(f for f in extract_figures(sentence) if f.text.startswith(text.split()[0]))
    assert (fig.text, fig.counted) == (text, counted)


def test_ordinal_values() -> None:
    from corpus.numbers import ordinal_value

    assert [ordinal_value(r) for r in ("139", "ba", "tư", "XIII", "IV", "XL", "abc")] == [139, 3, 4, 13, 4, 40, None]


@pytest.mark.parametrize("sentence, text, unit", [
    # VNTC: "HĐXX cách ly thẩm vấn Chung Quốc Minh … liên quan đến 14 bị cáo khác"
    ("để làm rõ hành vi buôn bán 11.400 viên thuốc lắc liên quan đến 14 bị cáo khác.", "14 bị cáo khác", "bị cáo"),
    ("Cơ quan điều tra đã khởi tố 3 bị can về tội lừa đảo chiếm đoạt tài sản.", "3 bị can", "bị can"),
    ("Tòa tuyên phạt 5 bị cáo bị truy tố về tội mua bán trái phép chất ma túy.", "5 bị cáo", "bị cáo"),
])
def test_nouns_that_start_with_a_function_word_are_counted(sentence, text, unit):
    figs = [f for f in extract_figures(sentence) if f.text == text]
    assert figs and figs[0].unit == unit


@pytest.mark.parametrize("sentence, text", [
    # VNTC: the counted people's verb is not part of what is counted
    ("Hung thủ cùng 4 đồng phạm tiến vào pháp trường.", "4 đồng phạm"),
    ("Có 2 người con nói rằng họ không biết.", "2 người con"),
    ("Khi bị phát hiện, 3 tên xông vào khống chế nạn nhân.", "3 tên"),
    # VNTC PL_NLD_(4277): "tung" (put on the market) is what was done with the things counted
    ("Phạm Khiết Vân vẫn đặt mua nhiều lần với số lượng là 2.850 cái tung ra thị trường.", "2.850 cái"),
    # ... while verbs that build the noun stay in it
    ("Công an đã làm rõ 5 vụ cướp giật tài sản.", "5 vụ cướp giật tài sản"),
    ("Huy động 2 xe chữa cháy đến hiện trường.", "2 xe chữa cháy"),
    ("Phạm Sơn Lâm đã ký phúc tập 27 tờ khai nhập khẩu hàng dây kéo.", "27 tờ khai nhập khẩu hàng"),
    ("Công ty đưa 500 người lao động sang Malaysia.", "500 người lao động"),
    # VNTC PL_VNE_(1345): "thiệt mạng", "gây ra" are what the people did or suffered, not who they are
    ("… gia đình anh Nguyễn Văn Viện vì ghen tuông, khiến 3 người thiệt mạng.", "3 người"),
    ("… cho rằng việc hai người gây ra vụ nổ mìn làm vợ con và em trai anh Viện thiệt mạng", "hai người"),
    # VNTC PL_VNE_(782), PL_VNE_T_(647), PL_NLD_(4052): what was done with the goods, and "ngay", follow them
    ("Minh phát hiện Sơn đã tự ý lấy 3.000 viên thuốc lắc bán lấy tiền tiêu riêng", "3.000 viên thuốc lắc"),
    ("nhóm của Nam còn ngang nhiên lấy 3 chiếc máy nổ dùng để sản xuất gạch", "3 chiếc máy nổ"),
    # VNTC PL_VNE_T_(1349): "sử dụng" as "dùng" ("lịch sử" is one word)
    ("Cơ quan điều tra vừa phát hiện thêm 6 sinh viên sử dụng giấy báo điểm giả để được nhập học.", "6 sinh viên"),
    ("Thư viện nhận thêm 300 cuốn sách lịch sử của nhà xuất bản.", "300 cuốn sách lịch sử"),
    ("có một ngôi nhà 7 tầng với diện tích sàn lên tới 1.050 m2 ngay tại mặt phố Bà Triệu", "lên tới 1.050 m2"),
    # ... while right after the classifier they build the noun
    ("Phường còn 2 người bán hàng rong và 3 điểm bán lẻ.", "2 người bán hàng rong"),
    ("Phường còn 2 người bán hàng rong và 3 điểm bán lẻ.", "3 điểm bán lẻ"),
    ("Cơ quan chức năng đã triệt phá 37 vụ buôn bán ma túy.", "37 vụ buôn bán ma túy"),  # one word: "buôn bán"
    # VNTC PL_VNE_T_(893): "thu" (collected) goes on the things counted as "lấy" does ("thu được")
    ("Tại 5 thùng tài liệu thu được, công an xác định có nhiều công văn.", "5 thùng tài liệu"),
    ("Thành phố có 3 khoản thu nhập chính.", "3 khoản thu nhập chính"),  # ("thu nhập" is one word)
    # VNTC PL_VNE_(111): a vague numeral starts another figure ("gần 120 m3 gỗ hàng trăm" was one)
    ("Thu gần 120 m3 gỗ hàng trăm năm tuổi ở nhà trùm đầu nậu Hùng 'Định'", "gần 120 m3 gỗ"),
    ("Thu gần 120 m3 gỗ hàng trăm năm tuổi ở nhà trùm đầu nậu Hùng 'Định'", "hàng trăm năm"),
])
def test_a_predicate_verb_ends_the_counted_noun(sentence, text):
    assert text in [f.text for f in extract_figures(sentence)]


def test_a_house_number_is_no_count():
    # VNTC PL_VNE_(754): "688 Trần Hưng Đạo, thành phố" was a count, and the answer to "… còn nợ thuế bao nhiêu?"
    sentence = ("Cục Thuế Bình Định kết luận, Công ty TNHH Bái Loan (trụ sở 688 Trần Hưng Đạo, thành phố Quy Nhơn) "
                "không nộp tờ khai thu nhập doanh nghiệp.")
    assert extract_figures(sentence) == []
    # (a capitalised noun is still counted; "đề" ends "chuyên đề", one word)
    assert [f.text for f in extract_figures("Tổ chức 5 Hội nghị chuyên đề.")] == ["5 Hội nghị chuyên đề"]


@pytest.mark.parametrize("sentence, text", [
    # VNTC: a counted phrase cut at its five syllables never ends inside a word ("sự việc")
    ("… là có cơ sở vì có đến 18 nhân chứng xác nhận sự việc này.", "18 nhân chứng xác nhận"),
    ("Xảy ra 12 vụ phạm pháp hình sự trên địa bàn.", "12 vụ phạm pháp hình sự"),  # "hình sự" is whole
    ("TAND quận 5 đã tuyên bác yêu cầu của 29 tu nghiệp sinh kiện đòi Công ty", "29 tu nghiệp sinh kiện đòi"),
])
def test_a_counted_phrase_is_cut_between_words(sentence, text):
    from corpus.compounds import is_compound

    assert text in [f.text for f in extract_figures(sentence)]
    assert is_compound("sự", "việc") and is_compound("Hình", "sự") and not is_compound("nhận", "sự")


def test_a_birth_year_is_never_a_figures_period():
    # VNTC: the figure table read "1986: hai đối tượng" from "(SN 1986)"
    (fig,) = extract_figures("Tại Hà Nội, công an đã bắt Đào Khánh Toàn (SN 1986) và hai đối tượng khác.")
    assert fig.text.startswith("hai đối tượng") and fig.year is None and fig.period is None
    assert [f.text for f in extract_figures("Bị cáo (sinh năm 1954) bị phạt 6 năm tù.")] == ["6 năm"]


def test_bi_as_passive_is_still_no_counted_noun():
    (fig,) = extract_figures("Vụ tai nạn làm 3 bị thương nặng.")
    assert fig.text == "3" and fig.counted is None


@pytest.mark.parametrize("sentence, text, counted", [
    ("Theo báo cáo, 7 đến 10 phần trăm bác sĩ Mỹ tự phân phát thuốc.", "7 đến 10 phần trăm", "bác sĩ"),
    ("Có 7-10% bác sĩ tự phân phát thuốc.", "7-10%", "bác sĩ"),  # was read as the date 7 October, and dropped
    ("Tỷ lệ tội phạm giảm 5 đến 7% so với cùng kỳ.", "5 đến 7%", None),
])
def test_ranges_of_shares(sentence, text, counted):
    (fig,) = [f for f in extract_figures(sentence) if f.kind == "range"]
    assert fig.text == text and fig.unit == "%"
    assert (fig.counted or "").startswith(counted or "") and (counted is not None) == (fig.counted is not None)


def test_a_day_month_pair_without_a_share_stays_a_date():
    assert [f.text for f in extract_figures("Ngày 7-10, công an bắt 3 đối tượng.")] == ["3 đối tượng"]


def test_a_count_with_its_share_in_brackets_counts_what_follows_the_share() -> None:
    # XQuAD (Fresno): "68.511" was a bare number; it counts the "hộ gia đình" after its share
    figs = extract_figures("Có 158.349 hộ gia đình, trong đó 68.511 (43,3%) hộ gia đình có con dưới 18 tuổi sống.")
    by_text = {f.text: f for f in figs}
    count = by_text["68.511 (43,3%) hộ gia đình"]
    assert count.counted == "hộ gia đình" and count.predicate.startswith("có con dưới 18 tuổi")
    assert by_text["43,3%"].kind == "percent"  # the share is still a figure of its own
    assert extract_figures("Bắt 12 (hai nhóm) đối tượng.")[0].text == "12"  # only a share in brackets is skipped


@pytest.mark.parametrize("sentence, text, value", [
    # VNTC: a prison term in two parts was quoted as "6 năm"
    ("TAND Hà Nội tuyên phạt 6 năm 6 tháng tù giam về tội cướp tài sản.", "6 năm 6 tháng tù giam", 6.5),
    ("Tòa tuyên phạt bị cáo 3 năm 6 tháng tù và 2 năm quản chế.", "3 năm 6 tháng tù", 3.5),
    ("Sau 2 năm 3 tháng điều tra, vụ án kết thúc.", "2 năm 3 tháng điều tra", 2.25),
    # VNTC: "tháng 24" was read as a month, and the term lost its days
    ("tuyên phạt Phan Mạch Long (cũng là Việt kiều Mỹ) 1 năm 6 tháng 24 ngày tù (bằng thời hạn đã tạm giam)",
     "1 năm 6 tháng 24 ngày", 1.5 + 24 / 365),
    ("Bị cáo bị phạt 6 tháng 15 ngày tù.", "6 tháng 15 ngày", 6.5),
])
def test_a_duration_in_two_parts_is_one_figure(sentence, text, value) -> None:
    fig = extract_figures(sentence)[0]
    assert fig.text == text and fig.value == value and fig.counted == text.split()[1]
    assert sentence[fig.start : fig.end] == text
    # "2 năm quản chế" after "và" is a figure of its own
    assert [f.text for f in extract_figures("tuyên phạt 3 năm tù và 2 năm quản chế.")] == ["3 năm", "2 năm"]


@pytest.mark.parametrize("sentence, counted", [
    # VNTC: "ba viên kim cương trị giá" counted what they were worth and answered "trị giá bao nhiêu?"
    ("mua ba viên kim cương trị giá hơn 12.000 USD.", "viên kim cương"),
    ("bán 2 căn nhà với giá 3 tỷ đồng", "căn nhà"),
    ("thu 5 xe máy có giá trị 100 triệu đồng", "xe máy"),
])
def test_a_counted_noun_ends_before_its_price(sentence, counted) -> None:
    figs = extract_figures(sentence)
    assert figs[0].counted == counted and figs[1].kind == "money"


@pytest.mark.parametrize("sentence, text, counted", [
    # VNTC PL_NLD_(4156): "chỉ" (only) ends the noun; one word with the next, it goes on
    ("ông Bùi Tiến Dũng … đã cá độ tới 16 trận chỉ trong hơn một tháng", "16 trận", "trận"),
    ("Có 5 người chỉ bị thương nhẹ.", "5 người", "người"),
    ("Có 3 người chỉ có mặt.", "3 người", "người"),
    ("Lắp 3 bảng chỉ dẫn.", "3 bảng chỉ dẫn", "bảng chỉ dẫn"),
    # ... and so do "hầu hết" (mostly) and "tên" before a name (VNTC PL_VNE_T_(1221), PL_TN_(3236))
    ("21 nạn nhân hầu hết trú tại tỉnh Bình Định, Phú Yên và Gia Lai.", "21 nạn nhân", "nạn nhân"),
    ("cả 5 cán bộ tên Thắng của Ủy ban TDTT đều bị cấm xuất cảnh", "5 cán bộ", "cán bộ"),
    ("Bắt 2 tên cướp.", "2 tên cướp", "tên cướp"),
    ("phạt hành chính hợp tác xã số 2 tổng cộng 1,57 tỷ đồng", "2", None),  # "in all": no noun (VNTC PL_VNE_(1707))
    # a word that ends a count alone goes on when it ends a noun with the word before (VNTC)
    ("CQĐT đã thu giữ 7 chiếc máy tính.", "7 chiếc máy tính", "chiếc máy tính"),
    ("Có 2 người nước ngoài bị bắt.", "2 người nước ngoài", "người nước ngoài"),
    ("Cơ quan điều tra đã khởi tố 17 bị can liên quan đến vụ án.", "17 bị can", "bị can"),  # ("liên quan": a verb)
])
def test_adverbs_and_a_name_end_a_counted_noun(sentence, text, counted) -> None:
    fig = extract_figures(sentence)[0]
    assert (fig.text, fig.counted) == (text, counted)


def test_a_sack_is_counted_and_bao_gom_is_not():
    # VNTC: "51 bao tải" was a bare "51": "bao" was taken for the "bao" of "bao gồm", which ends a counted noun
    figs = extract_figures("Sau đó, đoàn phải điều động một xe tải nhẹ loại 1 tấn đến để chở 51 bao tải đựng đĩa về "
                           "trụ sở Sở VHTT TP.HCM.")
    assert [(f.text, f.counted) for f in figs] == [("1 tấn", "tấn"), ("51 bao tải đựng đĩa", "bao tải đựng đĩa")]
    assert [f.counted for f in extract_figures("Thu giữ 20 bao xi măng và 3 bao phân bón.")] == ["bao xi măng",
                                                                                                  "bao phân bón"]
    assert [f.counted for f in extract_figures("Huyện có 25 xã bao gồm 3 thị trấn.")] == ["xã", "thị trấn"]


def test_a_comma_joining_two_nouns_of_one_phrase():
    from corpus.figures import joins_nouns

    def at_comma(text: str) -> bool:
        return joins_nouns(text, text.index(","))

    assert at_comma("16 bị can nguyên là cán bộ, nhân viên ngành hải quan và hàng không")
    assert at_comma("2.570 cán bộ, chiến sĩ") and at_comma("3 xã, phường")
    assert not at_comma("xảy ra 12 vụ, xã Đăk Rơ Nga có 3 vụ")  # an item of a list ends
    assert not at_comma("một phó chủ tịch, phường …")


def test_a_counted_noun_ends_where_another_opens():
    # VNTC PL_VNE_(1267): "số tiền chiếm đoạt" is what is paid the nine banks, no part of them
    fig = extract_figures("Tòa cũng tuyên buộc hai bị cáo liên đới bồi thường cho 9 ngân hàng số tiền chiếm đoạt.")[-1]
    assert (fig.text, fig.counted) == ("9 ngân hàng", "ngân hàng")


def test_a_bare_number_joined_to_a_count_counts_what_it_counts():
    # VNTC PL_VNE_(1267): "lần lượt 22 và 16 năm tù": 22 is years too (its text stays "22")
    figs = extract_figures("TAND TP HCM tuyên phạt Ludimer Manalo Masangkey (29 tuổi) và Rolando Nivadura Radovan "
                           "(51 tuổi) mức án lần lượt 22 và 16 năm tù về tội lừa đảo.")
    by_text = {f.text: f for f in figs}
    assert (by_text["22"].unit, by_text["22"].counted) == ("năm", "năm")
    assert by_text["16 năm"].counted == "năm"
    # an amount is no count to share: "3 và 5 triệu đồng" leaves 3 bare
    three = next(f for f in extract_figures("xử phạt 3 và 5 triệu đồng") if f.text == "3")
    assert three.unit is None


def test_a_part_of_a_whole_counts_what_the_whole_counts():
    # VNTC XH_VNE_(855): "5 trong số 11 cửa hàng" reads through the whole, which stays a figure of its own
    figs = extract_figures("Phòng Cảnh sát Phòng cháy chữa cháy, Công an TP HCM vừa ra quyết định đình chỉ 5 trong số "
                           "11 cửa hàng bán lẻ xăng dầu vi phạm quy định an toàn phòng cháy chữa cháy.")
    assert [(f.text, f.value, f.counted) for f in figs] == [("5 trong số 11 cửa hàng", 5, "cửa hàng"),
                                                             ("11 cửa hàng", 11, "cửa hàng")]
    # VNTC PL_VNE_(1687): a whole with no number ("4" stays the text); VNTC PL_VNE_T_(101): "họ" points back
    four = extract_figures("TAND tỉnh Hà Tây đã tuyên phạt 4 trong số những người tham gia hành hung Thức mức án "
                           "24-30 tháng tù về tội cố ý gây thương tích")[0]
    assert (four.text, four.counted, four.predicate) == ("4", "người", "tham gia hành hung Thức mức án 24-30 tháng tù "
                                                         "về tội cố ý gây thương tích")
    assert extract_figures("Kết cục thật đau lòng, tất cả bị nhiễm HIV, 2 trong số họ đã chết")[0].counted is None
    # (nor a span of time: VNTC PL_TT_(1929)'s "ba trong số năm con bạc" counts no "năm" (years))
    assert extract_figures("do ba trong số năm con bạc góp tiền")[0].counted is None


def test_a_unit_of_time_ends_before_the_next_verbs_subject():
    # VNTC PL_VNE_(1338): "10 tháng công trình phải tạm dừng" is 10 months; the works are what stopped
    figs = extract_figures("Tức là sau 44 tháng mới hoàn thành, chậm so với thời gian dự kiến tới 24 tháng, trong đó "
                           "có đến 10 tháng công trình phải tạm dừng để... khắc phục sự cố lún.")
    assert [f.text for f in figs] == ["44 tháng", "24 tháng", "10 tháng"]
    assert extract_figures("Bị cáo lĩnh 42 tháng tù giam.")[0].text == "42 tháng tù giam"  # (goes on, as before)
    # VNTC PL_VNE_(874): "dành cho" is whom it is given to; before, "18 tháng tù giam dành"
    assert extract_figures("Phiên tòa khép lại với mức án 18 tháng tù giam dành cho Nguyễn Minh Hoàng về tội cố ý gây "
                           "thương tích.")[0].text == "18 tháng tù giam"
    assert extract_figures("trong vòng 1 tháng rưỡi đã thực hiện trót lọt 10 vụ cướp")[0].text == "1 tháng rưỡi"


@pytest.mark.parametrize("sentence, text, counted", [
    # VNTC PL_VNE_T_(3120): a length ends with its unit, and "cỡ" qualifies it
    ("Tôi là người lo mua từ cây cọc tre dài cỡ 2,5 m chôn xuống đất đến buộc khăn", "cỡ 2,5 m", "m"),
    ("chở 5 tấn xi măng về kho", "5 tấn xi măng", "tấn xi măng"),  # a weight has its goods after it
    # VNTC PL_VNE_T_(509): shots ("phát" opens no "phát hiện" after a number)
    ("Tới phố Phan Đình Phùng, Sĩ rút súng bắn 3 phát làm Hồng Tuấn và Ngọc Thắng chết ngay tại chỗ.", "3 phát",
     "phát"),
])
def test_lengths_and_shots_counted(sentence, text, counted):
    fig = next(f for f in extract_figures(sentence) if f.text == text)
    assert fig.counted == counted


@pytest.mark.parametrize("sentence, text", [
    # VNTC PL_VNE_T_(1803): a comma after a longer noun ends it ("…, cơ quan" was counted)
    ("Sau khi kiểm tra hành chính những địa điểm trên và thu giữ tổng cộng 406 chiếc điện thoại, cơ quan điều tra đã "
     "thực hiện lệnh bắt khẩn cấp đối với 7 người này.", "406 chiếc điện thoại"),
    ("Theo đó, Giám đốc Công an tỉnh đã điều động 2.570 cán bộ, chiến sĩ tham gia.", "2.570 cán bộ, chiến sĩ"),
    # VNTC PL_VNE_(6): an age ends with "tuổi" ("30 tuổi tên", "11 tuổi ngủ" were counted)
    ("Người đàn ông 30 tuổi tên Hoàng Nho, từng 24 lần đột nhập nhà dân ở huyện Hàm Tân.", "30 tuổi"),
    ("Công an huyện Hàm Tân nhận được tin báo tại xã Tân Bình một bé gái 11 tuổi ngủ dậy phát hiện …", "11 tuổi"),
    # a length ends with its unit, an old land measure goes on with its land
    ("Quãng đường dài 3 dặm đường đất.", "3 dặm"),
    ("Gia đình ông có 5 sào ruộng.", "5 sào ruộng"),
    # VNTC PL_VNE_T_(1159): nor does a comma after "tuổi" go on ("42 tuổi, xã" was counted)
    ("Tháng 8/2004, chị Minh (42 tuổi, xã Hòa Chính, Chương Mỹ, Hà Tây) đến bệnh viện 103 khám.", "42 tuổi"),
    # VNTC PL_VNE_T_(978), PL_VNE_T_(1561): a verb after the noun ends it ("6 thanh niên cầm gậy gộc", "15 đồng phạm
    # can tội" were counted)
    ("Khoảng 19h ngày 1/3, 6 thanh niên cầm gậy gộc, mã tấu bất ngờ xông vào nhà của bà Lê Thị Cá", "6 thanh niên"),
    ("VKSND TP HCM vừa quyết định trả toàn bộ hồ sơ vụ án Nguyễn Văn Thọ (tức Thọ \"Đại Úy\") cùng 15 đồng phạm can "
     "tội giết người", "15 đồng phạm"),
    ("Trong số này có Nguyễn Văn Thành, nguyên Viện trưởng VKSND quận 4, cùng 5 bị can nguyên là cán bộ công an.",
     "5 bị can"),
    # VNTC PL_TT_T_(3155): the word again starts a verb ("153 điều điều chỉnh" was counted)
    ("Gồm 9 chương, 153 điều điều chỉnh về sở hữu nhà ở, phát triển nhà ở.", "153 điều"),
    # VNTC PL_NLD_(4264): "thiết bị" is one noun ("2 thiết" was counted, "bị" read as a passive) ...
    ("Tại đây, Long lắp 2 thiết bị DHF rồi thiết kế 24 đường ra để khai thác các cuộc gọi quốc tế.", "2 thiết bị DHF"),
    # ... and a verb a word of the noun begins ends it before that word ("3 xe phục vụ chuyên" was counted)
    ("Theo hợp đồng, nhà thầu chỉ phải mua 3 xe phục vụ chuyên chở cán bộ, nhân viên đơn vị tư vấn giám sát.",
     "3 xe phục vụ"),
    ("Một toán người dùng 10 xe đạp chuyên chở số động vật trên.", "10 xe đạp"),
    # (while "bị" after another word stays a passive)
    ("Vụ nổ làm 2 người bị thương nặng.", "2 người"),
    # VNTC XH_VNE_T_(6572): a plural marker opens the next noun phrase ("14 điểm kinh doanh các" was counted) ...
    ("Đoàn công tác liên ngành của thành phố đã kiểm tra 14 điểm kinh doanh các ngành nghề thuộc diện nhạy cảm",
     "14 điểm kinh doanh"),
    ("Đến ngày 24/3, lực lượng Công an thu giữ 3 xe máy, 9 con dao các loại, 15 ĐTDĐ.", "9 con dao"),
    # ... and may open the counted one
    ("Bên cạnh cán bộ cấp tỉnh, còn có 11 các cán bộ chủ chốt của cấp huyện và xã.", "11 các cán bộ chủ chốt"),
    # VNTC PL_VNE_T_(736): an age written before its number
    ("Ở cái tuổi 17, cô có nhiều chàng trai để ý.", "tuổi 17"),
    ("Bà Ngô Bá Thành - Phó chủ tịch Hội luật gia hôm qua đã qua đời ở tuổi 73.", "tuổi 73"),
    # VNTC PL_VNE_(1769): a noun in quotes, its closing quote with it ("26" alone was read)
    ('Bởi vậy cuối cùng tất cả 26 "bị cáo hải quan" (gồm 3 cựu lãnh đạo và 23 cán bộ kiểm hóa) chỉ bị truy tố.',
     '26 "bị cáo hải quan"'),
    ("Theo điều tra, đường dây này có đến 30 “ổ” hoạt động mại dâm.", "30 “ổ”"),
    # VNTC PL_VNE_T_(140): "chỉ vì" is "only because" ("2 xương sườn chỉ" was counted)
    ("anh Vũ Mạnh Chiến bị đánh chấn thương đầu, ngực, gãy 2 xương sườn chỉ vì mặc áo lót vào mua hàng.",
     "2 xương sườn"),
    ("32 bị cáo đứng trước vành móng ngựa, trong đó phần lớn là cán bộ hải quan.", "32 bị cáo"),  # ("đứng": a verb)
    # VNTC PL_NLD_T_(4235): a qualifier before the next number ends the noun ("… nhập khẩu gần" was counted)
    ("Vũng Tàu Sinhanco được Bộ Thương mại đã lần lượt cấp 25 giấy phép nhập khẩu gần 12.000 bộ linh kiện xe gắn máy.",
     "25 giấy phép nhập khẩu"),
    # VNTC PL_VNE_(1026): ... and so does a measure's word before it ("3 cạnh dài khoảng" was counted)
    ("Thụ cầm chiếc dùi 3 cạnh dài khoảng 25 cm, bản rộng 7 cm tới giường Thiện đang ngủ.", "3 cạnh"),
])
def test_where_a_counted_noun_ends(sentence, text):
    assert text in [f.text for f in extract_figures(sentence)]


def test_a_name_ending_in_an_alley_word_is_no_alley():
    # VNTC PL_VNE_T_(2599): "Kiệt" ends a name here; before, "Kiệt 9" was an alley's number and no figure
    sentence = ("Sáng 28/10, tại trung tâm tư vấn và cai nghiện ma túy Bình Triệu, TAND TP HCM phạt Vương Văn Kiệt 9 "
                "năm tù, Vương Văn Tài 8 năm tù và Hồ Ngọc Cần 7 năm tù cùng về tội mua bán trái phép chất ma túy.")
    assert [f.text for f in extract_figures(sentence)] == ["9 năm", "8 năm", "7 năm"]
    assert extract_figures("Nhà em ở Kiệt 12 Hải Phòng, gần chợ.") == []  # (the alley itself names a number)


def test_a_house_number_with_a_slash_is_no_figure():
    # VNTC PL_NLD_(4195): before, "108/39 Trần Quang Diệu" was a ratio, and answered "bao nhiêu miếng dán"
    sentence = ("Công ty TNHH Nhật Việt Thiên Nhiên trụ sở chính là 108/39 Trần Quang Diệu, phường 14, quận 3 với vốn "
                "điều lệ là 4,8 tỉ đồng")
    assert [f.text for f in extract_figures(sentence)] == ["4,8 tỉ đồng"]
    assert [f.text for f in extract_figures("Toàn tỉnh có 195/204 xã đạt chuẩn.")] == ["195/204 xã"]


def test_nineteenth_round_figures():
    # VNTC PL_VNE_(1399): a part of a whole written as a number reads through it ("5" alone was read, and "7 người"
    # answered "Bao nhiêu người … nhất trí …?")
    figs = extract_figures("Trước những thiếu sót trên, tại cuộc họp diễn ra ngày 3/7 tại Đoàn Luật sư Hà Nội, 5 "
                           "trong 7 người tham gia đã nhất trí rằng ông Nguyễn Văn Chiến đã vi phạm nguyên tắc.")
    assert [(f.text, f.value, f.counted) for f in figs] == [("5 trong 7 người", 5, "người"), ("7 người", 7, "người")]
    assert [f.text for f in extract_figures("Có 3 trong 5 tháng đầu năm.")] == ["3"]  # (a span of time is no whole)
    # VNTC PL_VNE_T_(2332): an amount in "tỷ" whose next word opens the next clause, pocketed ('"ẵm"', in quotes)
    money = extract_figures('Tuy nhiên do Bế Hồng Cường đã "cao chạy xa bay" sau khi "ẵm" được 1,7 tỷ nên cơ quan '
                            'chức năng chưa có cơ sở đấu tranh xử lý.')
    assert [(f.text, f.kind) for f in money] == [("1,7 tỷ", "money")]
    assert extract_figures("Họ mời 3 triệu người xem.")[0].kind == "count"  # (a noun after it is counted)
    # VNTC PL_VNE_(580): an address's number ("2 xã" was counted)
    assert extract_figures("Trần Thị Yến có hộ khẩu thường trú tại thôn 2 xã Hòa Thắng, thành phố Buôn Mê Thuột.") == []
    assert extract_figures("ở xóm 2, Phú Phong, huyện Hương Khê") == []
    # (an amount after the word is none: "hàng xóm", "cùng xóm 11 triệu đồng")
    assert [f.text for f in extract_figures("Tôi phải vay mượn hàng xóm 1 triệu đồng.")] == ["1 triệu đồng"]
    assert [f.text for f in extract_figures("vay của ông Nguyễn Xuân Tư, cùng xóm 11 triệu đồng.")] == ["11 triệu đồng"]
    # VNTC PL_VNE_T_(1369): "tấc" (a tenth of a metre) is a length
    knife = extract_figures("Hung khí gây án là con dao Thái Lan cán vàng dài khoảng 1,7 tấc.")[0]
    assert (knife.text, knife.unit) == ("khoảng 1,7 tấc", "tấc")


@pytest.mark.parametrize("sentence, text, counted", [
    # VNTC PL_VNE_T_(282), PL_VNE_T_(2982), PL_VNE_T_(1421): the source lost the space before a name or a heading,
    # and the counted noun read the glued word ("3 luật sưPhạm", "220 bánh heroin doTrần")
    ("Mới đây nhất là việc khai trừ 3 luật sưPhạm Thị Hòa, Đỗ Anh Tài và Trần Mai Hữu Đức ra khỏi đoàn.", "3 luật sư",
     "luật sư"),
    ("… xét xử vụ mua bán trên 220 bánh heroin doTrần Xuân Hà cùng đồng phạm thực hiện.", "trên 220 bánh heroin",
     "bánh heroin"),
    ("Giải cứu con tin chỉ trong 2 phútChùm ảnh vụ giải cứu con tin ở Hà Tây", "2 phút", "phút"),
    # (a brand written with a capital inside is one word)
    ("Công an thu giữ 3 chiếc iPhone và 2 máy tính.", "3 chiếc iPhone", "chiếc iPhone"),
])
def test_a_word_glued_to_a_name_ends_the_counted_noun(sentence, text, counted):
    fig = extract_figures(sentence)[0]
    assert (fig.text, fig.counted) == (text, counted)


@pytest.mark.parametrize("sentence, text", [
    # VNTC PL_TT_(1998), PL_NLD_T_(4004), PL_VNE_T_(1206): "lãnh" (received) ends the noun counted, unless it makes
    # a word with the one before or after ("bảo lãnh", "lãnh sự")
    ("Chín bị cáo lãnh mức án chung thân là Nguyễn Thị Hoa, Nguyễn Thị Yến Anh.", "Chín bị cáo"),
    ("Thanh toán nhau kiểu xã hội đen, 13 bị cáo lãnh án (NLĐ)- Ngày 1-7, TAND TPHCM đã tuyên án.", "13 bị cáo"),
    ("… ký 33 chứng thư bảo lãnh cho các đơn vị khác.", "33 chứng thư bảo lãnh"),
    ("Đoàn có 5 cán bộ lãnh sự quán.", "5 cán bộ lãnh sự quán"),
])
def test_a_verb_of_receiving_ends_the_counted_noun(sentence, text):
    assert extract_figures(sentence)[0].text == text


@pytest.mark.parametrize("sentence, text", [
    # VNTC PL_VNE_(897), PL_TT_(1886): what the people counted must pay ("bồi") or need ("cần") ends their noun
    ("Bản án còn tuyên buộc hai bị cáo bồi thường thiệt hại hơn 300 triệu đồng cho 2 chủ tiệm cầm đồ ở Hải Phòng.",
     "hai bị cáo"),
    ("HĐXX tuyên buộc 3 bị cáo bồi thường thiệt hại cho 7 học sinh tử vong, mỗi nạn nhân 20 triệu đồng.", "3 bị cáo"),
    ("Thậm chí hai người này còn đưa ra một danh sách gồm 13 người cần được \"bồi dưỡng\" với số tiền rất cụ thể.",
     "13 người"),
    ("Liên quan đến sự việc này có ba khía cạnh cần được xem xét.", "ba khía cạnh"),
    # (after other nouns "bồi" goes on, and "cần" makes words: "cần sa", "cần câu")
    ("Tòa án các cấp đã nhận được 31 đơn yêu cầu bồi thường do bị xử oan.", "31 đơn yêu cầu bồi thường"),
    ("Thu giữ 5 cây cần sa trong vườn nhà Hùng.", "5 cây cần sa"),
    ("Lực lượng chức năng thu 3 chiếc cần câu điện.", "3 chiếc cần câu điện"),
])
def test_paying_or_needing_ends_the_counted_noun(sentence, text):
    assert text in [f.text for f in extract_figures(sentence)]


@pytest.mark.parametrize("sentence, text", [
    # VNTC PL_TT_T_(3267): "vừa" (just, both) follows the counted noun, never builds it ("4 tên vừa kiêm vận chuyển")
    ("Trong số 7 đối tượng bị bắt giữ có 4 tên vừa kiêm vận chuyển, buôn bán và sử dụng ma túy.", "4 tên"),
    ("Hai thanh niên vừa ăn cắp được một xe máy.", "Hai thanh niên"),
    ("Ba tháng vừa qua, toàn thành phố đã xảy ra gần 233.000 vụ vi phạm.", "Ba tháng"),
    # ... and "chỉ" that makes a word with the one before is no "only" ("hai địa chỉ trên" read "hai địa"), unless
    # that one is a word already ("gia đình chỉ cách nhau": "gia đình", then "only")
    ("Chúng thuê trọ tại hai địa chỉ trên với mục đích buôn bán ma túy.", "hai địa chỉ"),
    ("Tòa còn kiến nghị hủy 2 quyết định đình chỉ điều tra với Nguyễn Thị Vân.", "2 quyết định đình chỉ"),
    ("Hai gia đình chỉ cách nhau 700 m.", "Hai gia đình"),
    ("Bị cáo cá độ tới 16 trận chỉ trong hơn một tháng.", "16 trận"),
])
def test_an_adverb_after_the_counted_noun_ends_it(sentence, text):
    assert text in [f.text for f in extract_figures(sentence)]

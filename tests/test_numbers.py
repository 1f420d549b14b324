"""Vietnamese numeral parsing and classification, on real phrasing from the sample reports."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.numbers import FIGURE_KINDS, find_numeric_spans, format_vn_number, parse_vn_number


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2.570", 2570),
        ("6.264.528", 6264528),
        ("33.446", 33446),
        ("16,4", 16.4),
        ("33,76%", 33.76),
        ("03", 3),
        ("06", 6),
        ("08", 8),
        ("một", 1),
        ("mười", 10),
        ("mười lăm", 15),
        ("hai mươi lăm", 25),
        ("hai mươi mốt", 21),
        ("năm mươi tư", 54),
        ("một trăm linh năm", 105),
        ("ba trăm", 300),
        ("hai nghìn", 2000),
        ("ba ngàn", 3000),
        ("hai triệu ba trăm nghìn", 2_300_000),
        ("một tỷ hai trăm triệu", 1_200_000_000),
        ("hai tỉ", 2e9),
        ("1,2 tỷ đồng", 1.2e9),
        ("1,2 tỷ", 1.2e9),
        ("500 triệu", 5e8),
        ("2 triệu 500 nghìn", 2_500_000),
        ("một triệu rưỡi", 1_500_000),
        ("nửa tỷ", 5e8),  # VNTC PL_VNE_(81): "… mỗi ngày lên tới nửa tỷ đồng"
        ("hơn nửa triệu", 5e5),
        ("hàng trăm", 100),
        ("hơn 100", 100),
        ("1,234,567", 1234567),
    ],
)
def test_parse_vn_number(raw: str, expected: float) -> None:
    assert parse_vn_number(raw) == pytest.approx(expected)


@pytest.mark.parametrize(
    "raw",
    ["", "abc", "195/204", "14/4/2022", "mười năm", "hai ba", "0913123456", "một số", "lăm", "mươi"],
)
def test_parse_vn_number_rejects(raw: str) -> None:
    assert parse_vn_number(raw) is None


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(s.raw, s.kind) for s in find_numeric_spans(text)]


@pytest.mark.parametrize(
    "text, raw, kind",
    [
        # dates and times
        ("Chiều ngày 14/4/2022, tại Hội trường Công an huyện", "14/4/2022", "date"),
        ("Chiều 3-6, Bộ Công an đã tổ chức hội nghị", "3-6", "date"),
        ("Chiều ngày 14/01, Đảng uỷ Công an tỉnh", "14/01", "date"),
        ("lấy ngày 19/8 làm Ngày hội toàn dân bảo vệ ANTQ", "19/8", "date"),
        ("do Bộ Công an tổ chức (vào ngày 31-5-2021) đến nay", "31-5-2021", "date"),
        ("từ tháng 11-2019 đến tháng 9- 2020, Công an tỉnh", "11-2019", "date"),
        ("từ tháng 11-2019 đến tháng 9- 2020, Công an tỉnh", "9- 2020", "date"),
        ("ngày 14 tháng 4 năm 2022", "14 tháng 4 năm 2022", "date"),
        ("trả lương Thắng mỗi tháng 2 triệu đồng", "2 triệu đồng", "money"),  # an amount a month, not February
        ("Dự án của Công ty Phú Đức có qui mô hơn 3,4ha, với khoảng 84%", "3,4ha", "decimal"),  # was "4ha"
        (" date 2022-06 Nâng cao chất lượng", "2022-06", "date"),
        ("quý I/2021", "I/2021", "date"),
        ("Sáng 19.2, hai cán bộ", "19.2", "date"),
        ("Vào lúc 9 giờ 40 phút ngày 30-12", "9 giờ 40 phút", "time"),
        ("Đến 14h30 ngày 13/3, các", "14h30", "time"),
        # years and periods
        ("năm 2020 giảm 16,4% so với năm 2019", "2020", "year"),
        ("Do vậy, từ năm 2019 đến nay", "2019", "year"),
        ("đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 diễn ra", "2021 - 2026", "period"),
        ("nhiệm kỳ 2021 – 2026; tập trung", "2021 – 2026", "period"),
        ("Trong 2 năm (2020 – 2021), công tác", "2020 – 2021", "period"),
        ("6 tháng đầu năm 2021, toàn tỉnh", "6 tháng đầu năm 2021", "period"),
        # document codes and named numbers
        ("Thông tư 23/2012/TT-BCA của Bộ Công an", "23/2012/TT-BCA", "code"),
        ("ban hành Kế hoạch số 01/BCĐ ngày 21/12/2021", "01/BCĐ", "code"),
        ("theo Nghị quyết số 11/2021/NQ-HĐND ngày 29/10/2021", "11/2021/NQ-HĐND", "code"),
        ("thực hiện nghiêm túc Quyết định 521/TTg của Thủ tướng", "521/TTg", "code"),
        ("gồm chuyên án M519 đấu tranh với hoạt động", "M519", "code"),
        ("và chuyên án K420 đấu tranh", "K420", "code"),
        ("Chỉ thị 06 của Bộ Công an", "06", "code"),
        ("Ban chỉ đạo 138 huyện đã đề ra nhiều giải pháp", "138", "code"),
        ("đại biểu Quốc Hội khoá XV và", "XV", "code"),
        ("Quốc hội khóa XV và Đại biểu HĐND", "XV", "code"),
        ("đại dịch Covid - 19, ở trong nước", "Covid - 19", "code"),
        ("phòng chống dịch COVID-19 và xây dựng", "COVID-19", "code"),
        ("công tác phòng chống dịch Covid-19 trên địa bàn", "Covid-19", "code"),
        ("Ảnh 2: Đồng chí Trần Xuân Túc", "2", "code"),
        ("Công an quận 1 thu giữ", "1", "code"),
        ("tại số 91/1 Quốc lộ 13", "91/1", "code"),
        ("gọi số 0913.123.456", "0913.123.456", "code"),
        ("kỳ họp thứ 4 Quốc hội", "4", "ordinal"),
        # a person's birth year (VNTC: "Đinh Thị Tươi (SN 1971, ngụ huyện Hóc Môn)")
        ("Đinh Thị Tươi (SN 1971, ngụ huyện Hóc Môn)", "1971", "birth"),
        ("Phạm Sơn Lâm (sinh năm 1954, nguyên là đội phó)", "1954", "birth"),
        # figures
        ("năm 2020 giảm 16,4% so với năm 2019", "16,4%", "percent"),
        ("chiếm 33,76% biên chế", "33,76%", "percent"),
        ("đạt 50 phần trăm", "50 phần trăm", "percent"),
        ("có 195/204 xã phường đạt tiêu chuẩn", "195/204", "ratio"),
        ("làm rõ 31/35 vụ phạm pháp hình sự", "31/35", "ratio"),
        ("có từ 7 đến 11 đồng chí", "từ 7 đến 11", "range"),
        ("mỗi thị trấn có 7-11 đồng chí", "7-11", "range"),
        # VNTC (Tuổi Trẻ writes dates "19-10"): a term of years is no 6 August, a date before "năm 2005" or "năm nay" is
        ("Nguyễn Mạnh Hùng (nguyên Phó giám đốc PTSC) 6-8 năm và Trần Ngọc Long", "6-8", "range"),
        ("Trần Ngọc Long (nhân viên PTSC, em Trần Ngọc Giao) 4-6 năm cùng về tội", "4-6", "range"),
        ("vụ việc xảy ra 6-8 năm 2005 tại", "6-8", "date"),
        ("Hôm 6-8 năm nay, tại", "6-8", "date"),
        ("cháy 30-90%. Tổng thiệt hại", "30-90%", "range"),
        ("thiệt hại 1,2 tỷ đồng", "1,2 tỷ đồng", "money"),
        ("giá 200.000 đồng", "200.000 đồng", "money"),
        ("khoảng 12.000 USD", "12.000 USD", "money"),
        ("bố trí 2.570 cán bộ, chiến sĩ", "2.570", "count"),
        ("có 5 đồng chí", "5", "count"),
        ("Sơ kết 03 năm thực hiện", "03", "count"),
        ("Công an hai địa phương đã chủ động", "hai", "count"),
        ("hàng trăm người tham gia", "hàng trăm", "count"),
        ("mỗi ngày xảy ra 4,5 vụ tai nạn", "4,5", "decimal"),
    ],
)
def test_classification(text: str, raw: str, kind: str) -> None:
    assert (raw, kind) in _kinds(text), _kinds(text)


def test_values_parts_and_approximations() -> None:
    spans = {s.raw: s for s in find_numeric_spans(
        "xác minh hơn 100 nguồn tin; có 195/204 xã phường; có từ 7 đến 11 đồng chí; "
        "gần 50% số hộ; thiệt hại 1,2 tỷ đồng; hàng trăm người; bố trí 2.570 cán bộ"
    )}
    assert spans["100"].value == 100 and spans["100"].approx == "hơn"
    assert spans["195/204"].parts == (195, 204) and spans["195/204"].value is None
    assert spans["từ 7 đến 11"].parts == (7, 11)
    assert spans["50%"].value == 50 and spans["50%"].approx == "gần" and spans["50%"].unit == "%"
    assert spans["1,2 tỷ đồng"].value == pytest.approx(1.2e9) and spans["1,2 tỷ đồng"].unit == "tỷ đồng"
    assert spans["hàng trăm"].value == 100 and spans["hàng trăm"].approx == "hàng"
    assert spans["2.570"].value == 2570


def test_codes_and_dates_leave_no_count_behind() -> None:
    text = ("Kế hoạch số 01/BCĐ ngày 21/12/2021; Thông tư 23/2012/TT-BCA; Nghị quyết số "
            "11/2021/NQ-HĐND ngày 29/10/2021; Quyết định 521/TTg; chuyên án M519, K420; Chỉ thị 06; "
            "Ban chỉ đạo 138; khóa XV; nhiệm kỳ 2021 - 2026; Covid - 19; COVID-19; ngày 19/8; "
            "tháng 11-2019; Chiều 3-6, năm 2021.")
    assert [s for s in find_numeric_spans(text) if s.is_figure] == []


def test_word_numbers_are_not_read_into_names_or_idioms() -> None:
    assert _kinds("quận Hai Bà Trưng") == []
    assert _kinds("Một số nơi cấp ủy chưa quan tâm") == []
    assert _kinds("tăng cường đầu tư, tư tưởng vững vàng") == []
    assert ("mười", "count") in _kinds("trong mười năm qua")  # "năm" is "year" after "mười"
    # "năm" is five only before a counted noun, whole: a word of a two-word one alone is no count ("năm sinh",
    # "năm học" were five of "sinh", "học" — the list held "học sinh" split into its words; VNTC PL_TT_T_(3121) "60 năm
    # đối với nam" gave a second figure "năm đối"); "2006 tập trung" is the year
    for text in ("họ tên, quốc tịch, năm sinh của vị khách", "bỏ ngay kỳ thi Tiểu học vào năm học 2004-2005",
                 "kỷ niệm 50 năm chiến thắng lịch sử Điện Biên Phủ", "tuổi nghỉ hưu 60 năm đối với nam"):
        assert all(k != "count" or raw[0].isdigit() for raw, k in _kinds(text)), text
    assert ("2006", "year") in _kinds("Theo đó, từ 2006 tập trung vào 3 nội dung chính sau")
    assert ("năm", "count") in _kinds("bắt giữ năm đối tượng") and ("năm", "count") in _kinds("năm học sinh bị thương")
    # ... or before a thing's noun that no year is said with (VNTC PL_TT_(2436): "năm xe chữa cháy" was no figure, and
    # "… huy động bao nhiêu xe chữa cháy?" was answered "30 cán bộ chiến sĩ")
    assert ("năm", "count") in _kinds("Lực lượng cứu hỏa Bình Dương đã huy động năm xe chữa cháy và 30 cán bộ chiến sĩ")
    assert ("năm", "count") in _kinds("mua năm khẩu súng") and ("năm", "count") in _kinds("có năm ngôi nhà bao quanh")
    assert all(raw != "năm" for raw, _ in _kinds("cả năm xuất khẩu tăng")) and _kinds("năm con gà") == []
    assert _kinds("phần trăm") == []
    # "nửa" is half of what follows it, never a number alone
    assert _kinds("Một nửa số xã đạt chuẩn.") == [] and _kinds("Nửa đêm, công an ập vào.") == []
    assert ("nửa tỷ đồng", "money") in _kinds("số tiền cá độ mỗi ngày lên tới nửa tỷ đồng")
    # VNTC PL_VNE_T_(3245): a price per square metre, not the code "đồng/m2"
    assert _kinds("bán nền nhà chỉ với giá 2 triệu đồng/m2; tự ý thu") == [("2 triệu đồng", "money")]
    # VNTC PL_VNE_T_(3123): a boat's number after its province letters is a code, not a count ("TG 9055" read 9055)
    assert _kinds("tàu TG 9055 mới nhận tin") == [("TG 9055", "code")]
    assert ("TG 0808", "code") in _kinds("chiếc tàu TG 0808 (70 mã lực, tải trọng 50 tấn) đã bị chìm")
    assert _kinds("Năm 2021 ANTT 2021 ổn định") == [("2021", "year"), ("2021", "year")]  # a year stays one


def test_seed_spans_are_exact(seed_texts: dict[str, str]) -> None:
    assert seed_texts, "corpus/samples should hold the five sample reports"
    for name, text in seed_texts.items():
        for s in find_numeric_spans(text):
            assert text[s.start:s.end] == s.raw, (name, s)
            if s.approx_start is not None:
                assert text[s.approx_start:s.start + 1].lower().startswith(s.approx), (name, s)


def test_seed_furniture_numbers_classified(seed_texts: dict[str, str]) -> None:
    text = next(t for t in seed_texts.values() if "Thông tư 23/2012/TT-BCA" in t)
    kinds = {s.raw: s.kind for s in find_numeric_spans(text)}
    assert kinds["23/2012/TT-BCA"] == "code"
    assert kinds["01/BCĐ"] == "code"
    assert kinds["21/12/2021"] == "date"
    assert kinds["33.446"] == "count"
    assert kinds["6.264.528"] == "count"  # a count, but page furniture: see figures.is_furniture_number


# ---------------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=10**13))
def test_thousands_round_trip(n: int) -> None:
    written = format_vn_number(n)
    assert "," not in written
    assert parse_vn_number(written) == n


@given(st.integers(min_value=0, max_value=10**7), st.integers(min_value=1, max_value=99))
def test_decimal_comma_round_trip(whole: int, frac: int) -> None:
    written = f"{format_vn_number(whole)},{frac:02d}"
    assert parse_vn_number(written) == pytest.approx(whole + frac / 100)
    assert parse_vn_number(written + "%") == pytest.approx(whole + frac / 100)


_UNITS = ["hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


@given(st.integers(min_value=2, max_value=9), st.integers(min_value=0, max_value=9))
def test_tens_in_words(tens: int, unit: int) -> None:
    words = f"{_UNITS[tens - 2]} mươi"
    if unit:
        words += " " + {1: "mốt", 4: "tư", 5: "lăm"}.get(unit, (["một"] + _UNITS)[unit - 1])
    assert parse_vn_number(words) == tens * 10 + unit


_PIECES = st.sampled_from(
    list("0123456789 ./-,%:;()hàếsốxvụKMTB")
    + [" năm ", " ngày ", " tháng ", " đồng ", " tỷ ", "hai mươi", " từ ", " đến ", "hơn ", "Thông tư ", "thứ "]
)


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_spans_are_exact_and_disjoint(text: str) -> None:
    spans = find_numeric_spans(text)
    last_end = 0
    for s in spans:
        assert text[s.start:s.end] == s.raw
        assert s.start >= last_end
        last_end = s.end
        assert s.kind in FIGURE_KINDS | {"date", "year", "period", "code", "time", "ordinal"}


def test_ranges_spelled_in_words() -> None:
    # XQuAD-vi: "… phải mất năm tới mười năm mới đạt sản lượng đáng kể" (five to ten years), was read as "mười"
    spans = {s.raw: s for s in find_numeric_spans("thường phải mất năm tới mười năm mới đạt sản lượng đáng kể")}
    assert list(spans) == ["năm tới mười"] and spans["năm tới mười"].parts == (5, 10)
    assert [(s.raw, s.parts) for s in find_numeric_spans("từ hai đến ba tháng")] == [("từ hai đến ba", (2, 3))]
    assert [s.parts for s in find_numeric_spans("hai mươi đến ba mươi năm")] == [(20, 30)]
    # "năm tới" (next year), a falling pair, and a year after "từ năm" are no range
    assert all(s.kind != "range" for s in find_numeric_spans("năm tới sẽ có mười người"))
    assert all(s.kind != "range" for s in find_numeric_spans("mười đến năm người"))
    assert all(s.kind != "range" for s in find_numeric_spans("từ năm 2019 đến nay"))


@pytest.mark.parametrize("text, raw, parts, unit", [
    # VNTC: "… mỗi ngày, H. lời từ 40.000 đến 50.000 đồng nhờ bán kẹo cao su" was a range counting "đồng nhờ bán kẹo"
    ("H. lời từ 40.000 đến 50.000 đồng nhờ bán kẹo cao su", "từ 40.000 đến 50.000 đồng", (40000, 50000), "đồng"),
    # the first bound in the second's multiplier: before, (2, 3e9)
    ("thiệt hại từ 2 đến 3 tỷ đồng", "từ 2 đến 3 tỷ đồng", (2e9, 3e9), "tỷ đồng"),
    ("từ 1,5 đến 2 triệu USD mỗi năm", "từ 1,5 đến 2 triệu USD", (1.5e6, 2e6), "triệu USD"),
    ("mỗi công an thị trấn có từ 7 đến 11 đồng chí", "từ 7 đến 11", (7, 11), None),  # "đồng chí" is no currency
    # VNTC PL_NLD_(4314): the currency glued to the second bound; before, "7.000" a count and "10.000USD" alone
    ("Mỗi lao động khi đến nộp hồ sơ cũng phải đóng cho Huy và Thanh từ 7.000 đến 10.000USD.",
     "từ 7.000 đến 10.000USD", (7000, 10000), "USD"),
])
def test_ranges_of_money(text, raw, parts, unit):
    spans = [s for s in find_numeric_spans(text) if s.kind == "range"]
    assert [(s.raw, s.parts, s.unit) for s in spans] == [(raw, parts, unit)]


@pytest.mark.parametrize("text, raw", [
    # VNTC XH_VNE_T_(6809): a country's dollar keeps its name; before, "1 triệu đôla" read as if it were the US one
    ("mức phạt tối đa là 1 triệu đôla Hong Kong.", "1 triệu đôla Hong Kong"),
    ("thu lợi hơn 200.000 đô la Mỹ", "200.000 đô la Mỹ"),
    ("trả 30 triệu đôla cho họ", "30 triệu đôla"),  # (control: no country named)
])
def test_a_dollar_named_by_its_country(text, raw):
    assert [(s.raw, s.kind) for s in find_numeric_spans(text)] == [(raw, "money")]


def test_a_glued_amount_after_a_bound_no_range_takes_stays_an_amount():
    # (a year is no bound: "từ 1 đến 2000USD" keeps "2000USD"; nor a glued price per unit)
    assert ("2000USD", "money") in [(s.raw, s.kind) for s in find_numeric_spans("từ 1 đến 2000USD")]
    assert ("7đ/kg", "money") in [(s.raw, s.kind) for s in find_numeric_spans("từ 5 đến 7đ/kg")]


@pytest.mark.parametrize("text, raw, kind, value", [
    # VNTC PL_VNE_T_(2973): the currency goes without saying after "đền"; before, "3 triệu" was a count
    ('Cô phải đền cháu 3 triệu". Bà Thành muốn gặp con gái', "3 triệu", "money", 3e6),
    # VNTC PL_VNE_T_(1176): the sentence wrote "đồng" for the first amount only
    ('Nếu cung cấp cho một "đào" trẻ đẹp, Khiết được Nguyệt trả 6 triệu đồng; nhan sắc không mặn mà thì 4 triệu.',
     "4 triệu", "money", 4e6),
    # VNTC PL_VNE_T_(1459): what was paid, the next phrase opening with "trong"
    ("Năm 1997, nộp 4,6 triệu trong hơn 630 triệu đồng phải nộp.", "4,6 triệu", "money", 4.6e6),
    # VNTC PL_VNE_(557): embezzled
    ('"Tách ra, nhưng sao vẫn kết tôi tham ô hơn 71 tỷ, số tiền 13 tỷ đồng cũng nằm trong khoản tiền này?"',
     "71 tỷ", "money", 7.1e10),
    # VNTC PL_VNE_(1190): owed, a verb phrase after it ("không khả năng thanh toán"), no noun counted
    ("… thiệt hại cho Nhà nước hơn 2 tỷ đồng, trong đó Phạm Tấn Đạt đã nợ tới 1,3 tỷ không khả năng thanh toán",
     "1,3 tỷ", "money", 1.3e9),
    # VNTC PL_VNE_T_(354): two amounts joined, the second with its currency
    ('Mặc dù đã giao tiền đầy đủ, tổng cộng là 323 triệu và 1.500 USD nhưng gần 1 năm sau', "323 triệu", "money",
     3.23e8),
    # VNTC PL_VNE_T_(2809): money named before it ("khoản tiền", "số tiền"); before, "8,4 tỷ" was a count
    ("Về khoản tiền trên 8,4 tỷ trong tài khoản của Hà Kiều Anh tại Techcombank, VKS đề nghị tòa xem xét", "8,4 tỷ",
     "money", 8.4e9),
    # VNTC PL_VNE_T_(2712): lost at betting, the next amounts of the list with their multiplier only; before, a
    # count ("3,6 tỷ" was money, read after "trả")
    ("Trung thua 4,2 tỷ, đã trả 3,6 tỷ, còn nợ 600 triệu đồng.", "4,2 tỷ", "money", 4.2e9),
    ("… tham gia cá độ, số tiền đặt cược ít nhất là 1,5 triệu, nhiều nhất là 10 triệu đồng.", "1,5 triệu", "money",
     1.5e6),
    # VNTC PL_VNE_(1802): a list of shares, each after its holder's name, the first "hưởng" (received); before, only
    # the first was money, and "Be được hưởng bao nhiêu tiền?" led the fee "150 triệu đồng"
    ("Theo đó, Be được hưởng 35 triệu, Hoàng Anh 80 triệu, Bồi 30 triệu và Thanh 5 triệu.", "35 triệu", "money",
     3.5e7),
    ("Theo đó, Be được hưởng 35 triệu, Hoàng Anh 80 triệu, Bồi 30 triệu và Thanh 5 triệu.", "30 triệu", "money",
     3e7),
    ("Theo đó, Be được hưởng 35 triệu, Hoàng Anh 80 triệu, Bồi 30 triệu và Thanh 5 triệu.", "5 triệu", "money", 5e6),
    ("Dân số tỉnh 3 triệu, Hà Nội 8 triệu.", "8 triệu", "count", 8e6),  # (the first no amount: none of them is)
    ("Dân số đạt 90 triệu và 3 triệu người", "90 triệu", "count", 9e7),  # joined to a count, no amount
    ("Dân số cả nước đạt 90 triệu.", "90 triệu", "count", 9e7),  # nothing paid: a count
    ("Có 3 triệu người bị ảnh hưởng.", "3 triệu", "count", 3e6),  # a noun counted
    # VNTC PL_TT_(2256), PL_TT_T_(3183): the đồng's sign written apart ("50.000đ" glued was money already)
    ("… được Yến Anh trả công 50.000 đ.", "50.000 đ", "money", 5e4),
    ("Sao chủ xe Nguyễn Khắc Hải lại phải mua bảo kê 20.000.000 đ/tháng.", "20.000.000 đ", "money", 2e7),
])
def test_currency_left_unsaid(text, raw, kind, value):
    span = next(s for s in find_numeric_spans(text) if s.raw == raw)
    assert (span.kind, span.value) == (kind, value)


@pytest.mark.parametrize("text, raw, approx", [
    # VNTC PL_NLD_(3991): a unit written onto its number keeps its qualifier, as "khoảng 3.000 ha" does
    ("từ năm 1999 đến nay mỗi năm có khoảng 3.000ha rừng bị tàn phá.", "3.000ha", "khoảng"),
    ("tịch thu khoảng 26.000m3 gỗ, khởi tố hàng trăm vụ án hình sự.", "26.000m3", "khoảng"),
    ("tịch thu 26.000m3 gỗ", "26.000m3", None),
])
def test_a_glued_unit_keeps_its_qualifier(text, raw, approx):
    span = next(s for s in find_numeric_spans(text) if s.raw == raw)
    assert span.approx == approx


def test_an_amount_whose_currency_the_next_clause_writes():
    from corpus.figures import extract_figures

    # VNTC PL_VNE_T_(359): "Nam lấy bao nhiêu tiền?" was answered by another article's "100.000 đồng"
    figs = extract_figures("Nhận tiền xong, Nam lấy 20 triệu, còn Lưu được 15 triệu đồng.")
    assert [(f.text, f.kind) for f in figs] == [("20 triệu", "money"), ("15 triệu đồng", "money")]
    # a count stays one: people counted in the next clause, a noun after it
    assert extract_figures("Tỉnh có 20 triệu, còn huyện có 3 triệu người.")[0].kind == "count"
    assert extract_figures("Anh ta lấy 3 triệu viên ma túy.")[0].text == "3 triệu viên ma túy"


@pytest.mark.parametrize("text, raw, approx", [
    # VNTC PL_VNE_T_(1760): "ước khoảng" inside "nước khoảng" hid the "khoảng" after it (the figure read "200 tỷ đồng")
    ("Công ty RIT đang nợ các doanh nghiệp trong nước khoảng 200 tỷ đồng không có khả năng thanh toán", "200 tỷ đồng",
     "khoảng"),
    ("Trước khoảng 500 công nhân làm việc nhưng nay thì họ bỏ đi hết rồi.", "500", "khoảng"),  # ("ước" of "Trước")
    ("Dân số ước khoảng 2 triệu người.", "2 triệu", "ước khoảng"),
])
def test_a_qualifier_starts_a_word(text, raw, approx):
    span = next(s for s in find_numeric_spans(text) if s.raw == raw)
    assert span.approx == approx

"""Title, date and period read from the reports' own wording."""
import pytest

from corpus.metadata import dated_years, extract_metadata, latest_year, vietnamese_date, years_in
from webui.meta import display_date


@pytest.mark.parametrize("name, date, year, title_start", [
    ("000_46187f3b83518a7b.txt", "2022-04-14", 2022, "Đảng ủy Công an huyện phối hợp"),
    ("001_39d7781fe940ac39.txt", None, 2017, "SƠ KẾT QUI CHẾ PHỐI HỢP"),
    ("002_d7785d41f27099bf.txt", "2022-01-14", 2022, "Đảng uỷ Công an tỉnh đã tổ chức Hội nghị"),
    ("003_482e3ee27822c92f.txt", "2022-06-03", 2022, "Nâng cao chất lượng công tác bảo đảm an ninh"),
])
def test_seed_metadata(seed_texts, name, date, year, title_start):
    meta = extract_metadata(seed_texts[name])
    assert meta.date == date
    assert meta.year == year
    assert meta.title.startswith(title_start)


def test_date_stamp_is_removed_from_body(seed_texts):
    text = seed_texts["003_482e3ee27822c92f.txt"]
    meta = extract_metadata(text)
    assert text[meta.body_start :].startswith("Nâng cao chất lượng")


def test_years_ignore_dates_and_codes():
    text = "Kế hoạch số 01/BCĐ ngày 21/12/2021; Thông tư 23/2012/TT-BCA; năm 2020 giảm 38% so với năm 2019"
    assert years_in(text) == [2020, 2019]
    assert latest_year("nhiệm kỳ 2021 – 2026 và năm 2022") == 2022
    # a birth year is a person's age, not the year a news story reports on
    assert latest_year("Ngày 27-12-2005, công an bắt Nguyễn Mạnh Linh (SN 1986). Năm 2005 xảy ra 3 vụ.") == 2005
    assert years_in("Đinh Thị Tươi (SN 1971) lừa đảo từ năm 2004") == [2004]


def test_dates_and_months_give_their_years():
    # a full date's year, and (VNTC PL_VNE_T_(2295)) a month's: "tháng 12/2004" dates what the sentence says
    assert dated_years("Ngày 21/12/2021 và đến 12.11.1999, bị kết án") == [2021, 1999]
    assert dated_years("Từ tháng 1 đến cuối tháng 12/2004, công ty đã mua tổng cộng 312.000 chiếc") == [2004]
    assert dated_years("khoảng tháng 3.2005, có một người quen") == [2005]
    assert dated_years("Thông tư 23/2012/TT-BCA; tháng 12/2; 16/2021") == []


def test_heading_with_year_gives_period():
    meta = extract_metadata("KẾT QUẢ CÔNG TÁC XÂY DỰNG PHONG TRÀO NĂM 2021\n\nNăm 2021, tình hình ổn định. Năm 2022 tiếp tục.")
    assert meta.title.startswith("KẾT QUẢ") and meta.year == 2021 and meta.date is None


def test_vietnamese_date_order():
    assert vietnamese_date("2022-04-14") == "14/04/2022" and vietnamese_date("2022-06") == "06/2022"
    assert vietnamese_date(None) is None and display_date(None) == "không rõ ngày"

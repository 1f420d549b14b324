"""Provinces and cities named bare ("của Nghệ An", "Quảng Bình có …"): places, also where no loaded report names
them, so the answer says so instead of quoting another province's report."""
from __future__ import annotations

import pytest

from retrieval.provinces import CITIES, PROVINCES, named_provinces
from retrieval.question import analyze_question


def test_the_list_is_the_63_provinces_and_cities_and_hue():
    assert len(PROVINCES) == 58 and len(CITIES) == 6 and len(set(PROVINCES + CITIES)) == 64


@pytest.mark.parametrize("question, places", [
    ("Quảng Bình có bao nhiêu mô hình về ANTT?", ["tỉnh Quảng Bình"]),
    ("Kết quả phong trào toàn dân bảo vệ an ninh Tổ quốc của Nghệ An?", ["tỉnh Nghệ An"]),
    ("Công an Thanh Hóa điều động bao nhiêu cán bộ?", ["tỉnh Thanh Hóa"]),
    ("Tai nạn giao thông ở TP. Hồ Chí Minh năm 2021?", ["thành phố Hồ Chí Minh"]),
    ("Tại Bà Rịa-Vũng Tàu có bao nhiêu vụ?", ["tỉnh Bà Rịa - Vũng Tàu"]),
    ("So sánh Hà Nội, Hải Phòng và Đà Nẵng", ["thành phố Hà Nội", "thành phố Hải Phòng", "thành phố Đà Nẵng"]),
    ("Ông Trần Thái Bình là ai?", []),  # a person whose given names are a province's
    ("Nguyễn Văn An bị bắt ở đâu?", []),
    ("Vì sao hòa bình được giữ vững?", []),  # peace, in lower case
    ("Hoà Bình có bao nhiêu vụ?", ["tỉnh Hòa Bình"]),  # either tone placement
])
def test_provinces_named_bare(question, places):
    assert [f"{p.unit} {p.name}" for p in named_provinces(question)] == places


def test_a_province_named_with_its_unit_is_not_named_twice():
    analysis = analyze_question("Công an tỉnh Thanh Hóa điều động bao nhiêu cán bộ?")
    assert [str(p) for p in analysis.places] == ["tỉnh Thanh Hóa"]


@pytest.mark.parametrize("question, province", [
    # before: a sentence of the ministry's report on commune police ("… phong trào toàn dân bảo vệ an ninh Tổ
    # quốc") was quoted, which says nothing of Nghệ An
    ("Kết quả phong trào toàn dân bảo vệ an ninh Tổ quốc của Nghệ An?", "tỉnh Nghệ An"),
    ("Quảng Bình có bao nhiêu mô hình về ANTT?", "tỉnh Quảng Bình"),
    ("Tai nạn giao thông năm 2021 ở Hà Nội giảm bao nhiêu?", "thành phố Hà Nội"),
])
def test_a_province_no_report_names_is_said_to_be_missing(samples_assistant, question, province):
    ans = samples_assistant.ask(question)
    assert not ans.found and not ans.quotes
    assert ans.answer.startswith(f"Không báo cáo nào đã nạp nhắc đến {province}.")


def test_a_province_a_report_names_is_answered_from_that_report(samples_assistant):
    from tests.conftest import BO_CONG_AN

    ans = samples_assistant.ask("Công an Thanh Hóa điều động bao nhiêu cán bộ?")
    assert ans.found and ans.figures[0]["text"] == "2.570 cán bộ, chiến sĩ" and ans.quotes[0].doc_id == BO_CONG_AN


@pytest.mark.parametrize("text, name, named", [
    ("Công an Thừa Thiên - Huế đã bắt quả tang 7 đối tượng", "Thừa Thiên Huế", True),  # VNTC PL_TT_T_(3267)
    ("Công an tỉnh Thừa Thiên Huế đã bắt", "Thừa Thiên Huế", True),
    ("Tân Thành, Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu", True),
    ("Tân Thành, Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu", True),
    ("Tân Thành, Bà Rịa Vũng Tàu", "Bà Rịa - Vũng Tàu", True),
    ("TP Huế, Phòng Cảnh sát", "Thừa Thiên Huế", False),
    ("tại Thừa Thiên, Huế có mưa", "Thừa Thiên Huế", False),  # a comma parts them
])
def test_a_place_is_named_with_or_without_its_dash(text, name, named):
    from retrieval.places import Place, names_place, place_key

    assert names_place(place_key(text), Place("tỉnh", name)) is named

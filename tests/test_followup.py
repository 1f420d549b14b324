"""Follow-up questions are resolved against the previous question (subject, period, place carry over)."""
import pytest

from retrieval.followup import is_followup, places, resolve_followup, subject_of, years

CRIME = "Tỷ lệ tội phạm năm 2020 giảm bao nhiêu so với năm 2019?"
TRAFFIC = "Tai nạn giao thông năm 2020 giảm bao nhiêu phần trăm so với năm 2019?"
MOVEMENT = "Kết quả xây dựng phong trào toàn dân bảo vệ ANTQ trên địa bàn huyện Đăk Tô năm 2021?"


def test_new_year_replaces_the_year_and_shifts_the_baseline():
    r = resolve_followup("Còn năm 2021 thì sao?", CRIME)
    assert r.is_followup
    assert r.resolved == "Tỷ lệ tội phạm năm 2021 giảm bao nhiêu so với năm 2020?"
    assert r.carried["subject"] == "Tỷ lệ tội phạm giảm bao nhiêu"
    assert r.carried["period"] == "năm 2021"


def test_explicit_baseline_in_the_followup_wins():
    r = resolve_followup("Thế còn năm 2021 so với năm 2019?", TRAFFIC)
    assert r.resolved == "Tai nạn giao thông năm 2021 giảm bao nhiêu phần trăm so với năm 2019?"


def test_new_place_replaces_the_previous_place_and_keeps_the_period():
    r = resolve_followup("Ở huyện Tuyên Hóa thì thế nào?", MOVEMENT)
    assert r.is_followup
    assert r.resolved == "Kết quả xây dựng phong trào toàn dân bảo vệ ANTQ trên địa bàn huyện Tuyên Hóa năm 2021?"
    assert r.carried["place"] == "huyện Tuyên Hóa"
    assert r.carried["period"] == "năm 2021"
    assert "Đăk Tô" not in r.resolved


def test_new_place_is_added_when_the_previous_question_had_none():
    r = resolve_followup("Ở huyện Tuyên Hóa thì thế nào?", TRAFFIC)
    assert r.resolved == "Tai nạn giao thông năm 2020 giảm bao nhiêu phần trăm so với năm 2019 ở huyện Tuyên Hóa?"


def test_year_is_added_when_the_previous_question_had_none():
    r = resolve_followup("Còn năm 2021 thì sao?", "Bao nhiêu xã, phường đạt tiêu chuẩn an toàn về ANTT?")
    assert r.resolved == "Bao nhiêu xã, phường đạt tiêu chuẩn an toàn về ANTT năm 2021?"


def test_bare_year_is_a_followup():
    assert resolve_followup("Năm 2021?", CRIME).resolved == "Tỷ lệ tội phạm năm 2021 giảm bao nhiêu so với năm 2020?"


def test_questions_with_their_own_subject_are_left_alone():
    for q in ("Công tác phòng chống tội phạm ở huyện Tuyên Hóa như thế nào?",
              "Có bao nhiêu xã đạt chuẩn an toàn năm 2021?",
              "Còn công tác tuyên truyền thì sao?"):
        r = resolve_followup(q, CRIME)
        assert not r.is_followup, q
        assert r.resolved == q


def test_first_question_has_nothing_to_resolve_against():
    r = resolve_followup("Còn năm 2021 thì sao?", None)
    assert not r.is_followup and r.resolved == "Còn năm 2021 thì sao?"


def test_helpers_on_vietnamese_text():
    assert years("năm 2020 giảm 16,4% so với năm 2019; ngày 14/4/2022") == [2020, 2019]
    assert places("Công an huyện Đăk Tô và Công an tỉnh Phú Yên") == ["huyện Đăk Tô", "tỉnh Phú Yên"]
    assert subject_of(TRAFFIC) == "Tai nạn giao thông giảm bao nhiêu phần trăm"
    assert is_followup("Huyện Tuyên Hóa?")
    assert not is_followup("")


@pytest.mark.parametrize("previous, followup, resolved", [
    # a place said without its level, in the follow-up and in the question it follows
    ("Các số liệu chính của báo cáo Tuyên Hóa", "Còn Sông Cầu thì sao?", "Các số liệu chính của báo cáo Sông Cầu?"),
    ("Các số liệu chính của báo cáo Tuyên Hóa", "Còn huyện Đăk Tô?", "Các số liệu chính của báo cáo huyện Đăk Tô?"),
    ("Ai chủ trì hội nghị ở Đăk Tô?", "Còn ở Sông Cầu?", "Ai chủ trì hội nghị ở Sông Cầu?"),
    ("Tóm tắt báo cáo Sông Cầu", "Còn báo cáo Đăk Tô?", "Tóm tắt báo cáo Đăk Tô?"),
])
def test_places_named_without_their_level(previous, followup, resolved):
    r = resolve_followup(followup, previous)
    assert r.is_followup and r.resolved == resolved


def test_a_rank_and_a_name_are_not_a_bare_place():
    assert places("Đồng chí Bùi Tiến Lý tại Hội nghị") == []
    assert not resolve_followup("Còn Đại tướng Tô Lâm?", "Ai chủ trì hội nghị?").is_followup
    assert places("tại thị xã Sông Cầu") == ["thị xã Sông Cầu"]  # the level stays part of the place

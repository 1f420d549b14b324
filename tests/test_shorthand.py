"""Chat shorthand in questions is spelt out before search (retrieval/shorthand.py)."""
from __future__ import annotations

import pytest

from retrieval.shorthand import expand_shorthand


@pytest.mark.parametrize("typed, read", [
    ("Đoàn Văn Ngọc bị phạt bao nhiu tháng tù?", "Đoàn Văn Ngọc bị phạt bao nhiêu tháng tù?"),
    ("co bn vu tai nan giao thong", "co bao nhieu vu tai nan giao thong"),  # unaccented stays unaccented
    ("Năm 2021 có xảy ra khiếu nại ko?", "Năm 2021 có xảy ra khiếu nại không?"),
    ("Năm 2021 có xảy ra khiếu nại k?", "Năm 2021 có xảy ra khiếu nại không?"),
    ("Tai nạn giao thông đc kéo giảm ntn?", "Tai nạn giao thông được kéo giảm như thế nào?"),
    ("Hội nghị bàn j?", "Hội nghị bàn gì?"),
    ("Có bao nhiêu ng chết?", "Có bao nhiêu người chết?"),
    # left alone: "bn" opening a question is "bạn"; codes, capitals and "không" itself are no shorthand
    ("bn có biết không?", "bn có biết không?"),
    ("Chuyên án K420 do ai chủ trì?", "Chuyên án K420 do ai chủ trì?"),
    ("Thông tư 23/2012/TT-BCA quy định gì?", "Thông tư 23/2012/TT-BCA quy định gì?"),
    ("Washington DC có bao nhiêu dân?", "Washington DC có bao nhiêu dân?"),
    ("Khu vực k có gì đặc biệt?", "Khu vực k có gì đặc biệt?"),  # "k" only as the last word
])
def test_expand_shorthand(typed, read):
    assert expand_shorthand(typed) == read


def test_a_question_in_shorthand_gets_the_figure_and_says_how_it_was_read(samples_assistant):
    ans = samples_assistant.ask("Công an tỉnh Thanh Hóa đã điều động, bố trí bn cán bộ, chiến sĩ?")
    assert [f["text"] for f in ans.figures if f["lead"]] == ["2.570 cán bộ, chiến sĩ"]
    assert ans.understood_as == "Công an tỉnh Thanh Hóa đã điều động, bố trí bao nhiêu cán bộ, chiến sĩ?"

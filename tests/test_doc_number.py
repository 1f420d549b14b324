"""The number asked of a document or a thing ("tờ trình số mấy?", "biển số gì?", "Thông tư nào …?"): read from the
sentence that writes it, shown as the answer's lead, never as a count."""
from __future__ import annotations

import pytest

from retrieval.doc_number import asked_numbered, asks_which_document, number_of
from retrieval.question import answer_type


@pytest.mark.parametrize("question, noun", [
    ("Ông Long ký tờ trình số mấy?", "to trinh"),
    ("ong long ky to trinh so may", "to trinh"),
    ("Công an xã bán chuyên trách được bố trí theo nghị quyết số mấy?", "nghi quyet"),
    ("Nghị quyết số bao nhiêu quy định bố trí công an xã bán chuyên trách?", "nghi quyet"),
    ("Kế hoạch mở đợt tập trung tấn công trấn áp tội phạm ma túy ở xã Thanh Hóa số mấy?", "ke hoach"),
    ("Thông báo của Văn phòng Chính phủ về hồ Trị An số mấy?", "thong bao"),
    ("Xe khách ở Bình Thuận mang biển số gì?", "bien so"),
    ("Đầu máy kéo tàu E1 số hiệu bao nhiêu?", "so hieu"),
    ("Thông tư nào quy định tiêu chuẩn an toàn về ANTT?", "thong tu"),
    ("Móc nối ở toa số mấy bị vỡ?", "toa"),
    ("Công văn của PMU 18 gửi Thứ trưởng Nguyễn Việt Tiến số mấy?", "cong van"),  # a number among the words between
    # a place's number, read with its tone marks (VNTC PL_VNE_T_(1220): before, "55 tuổi" of the man who fell)
    ("Ông Lê Đức Khánh rơi từ tầng mấy?", "tang"),
    ("Nhà ông ở quận mấy?", "quan"),
    ("Bà Ánh ngụ khóm mấy?", "khom"),  # (every address part numbers a place: "khóm" was missing from the labels)
    ("Số vụ tăng bao nhiêu?", None),  # ("tăng" folds to "tang": a rise, no floor)
    # not a number: what was decided, which report, how many
    ("Quyết định gì được ban hành?", None),
    ("Văn bản nào nói về ma túy?", None),
    ("Công an bắt bao nhiêu đối tượng?", None),
    ("Có bao nhiêu mô hình về ANTT được duy trì?", None),
    ("Kế hoạch năm 2022 có mấy nhiệm vụ trọng tâm?", None),
    ("Tổng số mấy vụ được làm rõ?", None),
    ("Trong số mấy người bị bắt có bao nhiêu người nghiện?", None),
])
def test_the_thing_whose_number_is_asked(question, noun):
    assert asked_numbered(question) == noun


def test_a_number_asked_is_no_count_question():
    # before, "số mấy" made these figure questions, answered with "10.000 ĐKĐT" from the same sentence
    assert answer_type("Ông Long ký tờ trình số mấy?") == "other"
    assert answer_type("Nghị quyết số bao nhiêu quy định bố trí công an xã bán chuyên trách?") == "other"
    assert answer_type("Công an bắt bao nhiêu đối tượng?") == "figure"
    assert asks_which_document("Thông tư nào quy định tiêu chuẩn an toàn về ANTT?")
    assert not asks_which_document("Ông Long ký tờ trình số mấy?")


@pytest.mark.parametrize("sentence, noun, number", [
    ("Được biết, ngày 20-10-2003, ông Long ký tờ trình số 820/ĐLHCM-KD gửi phòng hợp tác quốc tế đề nghị thực hiện "
     "hợp đồng mua sắm 10.000 ĐKĐT do Linkton Singapore cung cấp.", "to trinh", "820/ĐLHCM-KD"),
    ("Theo lời khai ban đầu, chủ và phụ lái của ôtô khách mang biển 60L-2291 đã ép 11 hành khách phải mua vé 2 lần.",
     "bien so", "60L-2291"),
    # VNTC XH_TN_(1624): before, "29K" (the plate is written with a space before its dash)
    ("Khoảng 2 giờ sáng, chiếc xe ô tô biển số 29K -1726 do lái xe Trần Thế Quang (trú tại huyện Việt Yên, tỉnh Bắc "
     "Giang) đã bị chặn lại tại khu vực đèo Sài Hồ.", "bien so", "29K -1726"),
    ("Đoàn tàu E1 khởi hành từ Hà Nội lúc 23h đêm 11/3, gồm 13 toa xe do đầu máy Đổi Mới, số hiệu 909 kéo.",
     "so hieu", "909"),
    ("Theo nội dung thông báo số 54 của Văn phòng Chính phủ, Thủ tướng cho rằng …", "thong bao", "54"),
    ("Đã hoàn thành việc bố trí, sử dụng Công an xã bán chuyên trách theo Nghị quyết số 11/2021/NQ-HĐND ngày "
     "29/10/2021 của Hội đồng nhân dân tỉnh.", "nghi quyet", "11/2021/NQ-HĐND"),
    ("Duy trì thực hiện nghiêm túc Thông tư 23/2012/TT-BCA của Bộ Công an quy định về xây dựng khu dân cư …",
     "thong tu", "23/2012/TT-BCA"),
    ("Chỉ thị 06 của Bộ Công an về “Tăng cường công tác phòng chống tội phạm …”", "chi thi", "06"),
    ("… móc nối ở toa số 3 và toa số 4 (cũng là nơi đoàn tàu E1 bị đứt, văng xuống đầm) đã bị vỡ toang làm đôi.",
     "toa", "3 và toa số 4"),
    ("Duy trì thực hiện Thông tư 23/2012/TT-BCA và 5 văn bản khác.", "thong tu", "23/2012/TT-BCA"),
    # VNTC PL_VNE_T_(2233): the issuer's part after a spaced dash; a date after one is not part of it
    ("… qua cửa khẩu Xà Xía, Kiên Giang theo giấy phép số 405/TM - XNK ngày 7/4/2005 do Bộ Thương mại cấp.",
     "giay phep", "405/TM - XNK"),
    ("Theo công văn số 12/BC - ngày 7/4/2005.", "cong van", "12/BC"),
    # VNTC PL_TT_(2193): the document named again, its number in brackets with its date
    ("Trong công văn này (số 151 ngày 12-1-2006), Bùi Tiến Dũng đã bày tỏ …", "cong van", "151"),
    # a date or a count after the word is no number of it
    ("Ủy ban đã ra quyết định ngày 12/3/2005 về việc thu hồi đất.", "quyet dinh", None),
    ("Tỉnh xây dựng kế hoạch 5 năm phòng chống ma túy.", "ke hoach", None),
    ("Huyện đã gửi văn bản 3 lần nhưng không được trả lời.", "van ban", None),
    # a floor's bare number is its label (VNTC PL_VNE_T_(1220)); "tăng 5" is a rise
    ("Khoảng 10h ngày 8/4, ông Lê Đức Khánh (Phó giám đốc Ngân hàng Nhà nước tỉnh Phú Thọ) đã rơi từ tầng 5 toà nhà "
     "trụ sở ngân hàng xuống tiền sảnh.", "tang", "5"),
    ("Số vụ tai nạn tăng 5 vụ so với cùng kỳ.", "tang", None),
])
def test_the_number_a_sentence_writes(sentence, noun, number):
    found = number_of(sentence, noun)
    assert (found.text if found else None) == number
    if found:
        assert sentence[found.start : found.end] == number


@pytest.mark.parametrize("question, lead", [
    ("Công an xã bán chuyên trách được bố trí theo nghị quyết số mấy?", "11/2021/NQ-HĐND"),
    ("Ban chỉ đạo 138 huyện ban hành kế hoạch số mấy?", "01/BCĐ"),
    ("Thông tư nào quy định tiêu chuẩn an toàn về ANTT?", "Thông tư 23/2012/TT-BCA"),
])
def test_the_number_leads_the_answer_from_the_reports(samples_assistant, question, lead):
    ans = samples_assistant.ask(question)
    assert ans.found and ans.lead is not None and ans.lead["text"] == lead
    doc = samples_assistant.index.require().document(ans.lead["doc_id"])
    assert doc.text[ans.lead["start"] : ans.lead["end"]] == lead  # verbatim, at its offsets
    assert ans.answer.startswith(f"{lead} [")


@pytest.mark.parametrize("question, lead", [
    ("Ông Long ký tờ trình số mấy?", "820/ĐLHCM-KD"),
    ("Xe khách ở Bình Thuận mang biển số gì?", "60L-2291"),
    ("Móc nối ở toa số mấy bị vỡ?", "3 và toa số 4"),  # before: "4" (a figure, the last one)
])
def test_the_number_leads_the_answer_from_news(random_news, question, lead):
    ans = random_news.ask(question)
    assert ans.found and ans.lead is not None and ans.lead["text"] == lead
    assert not ans.figures or all(f["text"] != "10.000 ĐKĐT" for f in ans.figures if f.get("lead"))


@pytest.mark.parametrize("sentence, plate", [
    # VNTC XH_VNE_(376): the plate after the vehicle, "biển số" unwritten (before: nothing found)
    ("Hiện đã đình chỉ hoạt động của xe buýt số 53N-3635 và tài xế Võ Văn Dũng vì hành vi trên là hoàn toàn sai.",
     "53N-3635"),
    ("Khi xe số 53N-3635 tới, anh Nam hỏi và được cho biết là xe có đi Suối Tiên...", "53N-3635"),
    ("Chiếc ô tô 29A-123.45 đâm vào dải phân cách.", "29A-123.45"),
])
def test_a_plate_written_after_the_vehicle(sentence, plate):
    assert number_of(sentence, "bien so").text == plate


def test_a_count_of_vehicles_is_no_plate():
    assert number_of("Xe chở 30 người đi Suối Tiên.", "bien so") is None
    assert number_of("Hiện đã đình chỉ hoạt động của xe buýt số 53N-3635.", "to trinh") is None

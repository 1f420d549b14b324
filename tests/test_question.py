"""Question analysis: answer type, periods ("6 tháng đầu năm 2022", "quý I/2022", "cùng kỳ"), places, codes."""
from __future__ import annotations

import pytest

from retrieval.periods import Period, find_periods, mentions_same_period, period_years
from retrieval.places import Gazetteer, Place, find_places, mentions, mentions_place, place_key, unit_before
from retrieval.question import analyze_question, answer_type, asked_noun, codes_in
from tests.conftest import REPO


@pytest.mark.parametrize("question, expected", [
    ("Công an tỉnh Thanh Hóa đã điều động bao nhiêu cán bộ, chiến sĩ?", "figure"),
    ("Hội nghị được tổ chức vào ngày nào?", "date"),
    ("Ai là Phó Bí thư Thường trực Huyện ủy?", "person"),
    ("Chuyên án M519 đấu tranh với hoạt động gì?", "definition"),
    ("Kế hoạch số 01/BCĐ ban hành ngày bao nhiêu?", "date"),  # not a figure: "ngày bao nhiêu" asks a date
    # a count typed as a heading, with no question word
    ("Số vụ phạm pháp hình sự được làm rõ ở địa bàn giáp ranh", "figure"),
    ("Tổng số mô hình về ANTT được duy trì", "figure"),
    ("Số liệu về tai nạn giao thông", "digest"),  # not a count: the figures on a topic
    ("Số điện thoại đường dây nóng là gì?", "definition"),
    ("Số xã đạt chuẩn nào?", "other"),  # "nào" asks which, not how many
    # where to: a place; "đến đâu" only after a verb of moving ("điều tra đến đâu" asks how far it went)
    ("Anh Niềm bị đưa về đâu?", "place"),
    ("Sau khi khám xét nhà riêng, ông Tiến được đưa đến đâu?", "place"),
    ("Vụ án đã điều tra đến đâu?", "other"),
    # a birth year is a year, not a count ("SN 1975"); people born in a year are a count
    ("Nguyễn Thị Kim Ngọc sinh năm bao nhiêu?", "date"),
    ("Có bao nhiêu người sinh năm 1990?", "figure"),
])
def test_answer_type(question, expected):
    assert answer_type(question) == expected


@pytest.mark.parametrize("question, kind", [
    ("Ông Trần Ánh bị tai nạn lúc mấy giờ?", "date"),
    ("Ong Tran Anh bi tai nan luc may gio?", "date"),
    ("Mấy giờ thì hội nghị bắt đầu?", "date"),
    ("Hội nghị bắt đầu mấy giờ?", "date"),
    ("Mỗi ca trực kéo dài mấy giờ đồng hồ?", "figure"),  # how long, not when
    ("Có mấy người bị thương?", "figure"),
])
def test_a_time_of_day_is_a_date_question(question, kind):
    assert answer_type(question) == kind


def test_asked_noun():
    assert asked_noun("Có bao nhiêu thành viên Hội đồng bảo vệ ANTT?") == "thành viên"
    assert asked_noun("Công an tỉnh Thanh Hóa đã điều động bao nhiêu cán bộ, chiến sĩ?") == "cán bộ"
    # "bị" opening a noun is no passive (VNTC: "8 bị can", "7 bị cáo")
    assert asked_noun("Bao nhiêu bị can liên quan vụ cấp đất cho Việt kiều Lê Vạng?") == "bị can"
    assert asked_noun("Có mấy bị cáo kháng cáo?") == "bị cáo"
    # ... but after the noun it opens what was done to them
    assert asked_noun("Vụ ẩu đả làm bao nhiêu người bị thương?") == "người"
    # a preposition or verb after "bao nhiêu" is not what is counted
    assert asked_noun("Tai nạn giao thông năm 2021 giảm bao nhiêu so với cùng kỳ năm 2020?") is None
    assert asked_noun("Tai nan giao thong nam 2021 giam bao nhieu so voi cung ky nam 2020?") is None
    # (nor a conjunction: VNTC PL_TN_(3154) "… được phạt Dũng... 10 ngàn USD" is no count of "nếu")
    assert asked_noun("Bùi Tiến Dũng phạt bao nhiêu nếu bị bắt gặp hút thuốc?") is None
    # (a weight asked counts nothing: VNTC PL_TT_T_(3397))
    assert asked_noun("Số heroin thu giữ nặng bao nhiêu?") is None
    assert asked_noun("Trọng lượng số heroin là bao nhiêu?") is None
    assert asked_noun("Số người bị thương nặng là bao nhiêu?") == "người"  # (hurt badly: people counted)
    # a question headed by "Số"/"Tổng số"/"Số lượng" counts the noun after it ("là bao nhiêu" names none)
    assert asked_noun("Số vụ phạm pháp hình sự là bao nhiêu?") == "vụ phạm"
    assert asked_noun("Tổng số mô hình về ANTT được duy trì") == "mô hình"
    assert asked_noun("Số lượng cán bộ được điều động là bao nhiêu?") == "cán bộ"
    assert asked_noun("Số cán bộ điều động về xã chiếm bao nhiêu phần trăm biên chế?") is None  # a share
    assert asked_noun("Số liệu về tai nạn giao thông") is None
    # a sum of money headed by "số" is no count (VNTC PL_TT_(1955): "tổng số nợ của công ty … hơn 296,1 tỉ đồng")
    assert asked_noun("Tổng số nợ của Công ty giày Hiệp Hưng là bao nhiêu?") is None
    assert asked_noun("Số điện thoại đường dây nóng là gì?") is None
    # the heading's noun also when "bao nhiêu" is followed by no noun ("tăng bao nhiêu so với cùng kỳ")
    assert asked_noun("Số người chết vì tai nạn giao thông 10 tháng đầu năm 2004 tăng bao nhiêu so với cùng kỳ?") \
        == "người chết"


@pytest.mark.parametrize("question, span, months", [
    ("Tình hình tội phạm năm 2021 ra sao?", (2021, 2021), (1, 12)),
    ("6 tháng đầu năm 2022 bắt bao nhiêu đối tượng?", (2022, 2022), (1, 6)),
    ("6 thang cuoi nam 2021 co bao nhieu vu?", (2021, 2021), (7, 12)),
    ("Quý I/2022 xảy ra bao nhiêu vụ tai nạn giao thông?", (2022, 2022), (1, 3)),
    ("quý 3 năm 2021 có gì mới?", (2021, 2021), (7, 9)),
    ("Từ năm 2019 đến nay tình hình an ninh chính trị ra sao?", (2019, None), (1, 12)),
    ("Trong 2 năm (2020 – 2021) công tác phối hợp thế nào?", (2020, 2021), (1, 12)),
    ("Điều động cán bộ từ tháng 11/2019", (2019, 2019), (11, 11)),
])
def test_find_periods(question, span, months):
    (p,) = find_periods(question)
    assert (p.year_from, p.year_to) == span
    assert (p.month_from, p.month_to) == months


def test_dates_and_codes_are_not_periods():
    # a full date or a document number contains a year but names no period of the question
    assert find_periods("Hội nghị ngày 14/4/2022 và Thông tư 23/2012/TT-BCA") == []


def test_open_period_runs_to_now_and_same_period_adds_previous_year():
    since = find_periods("từ năm 2019 đến nay")
    assert period_years(since, now=2022) == [2019, 2020, 2021, 2022]
    q = "Tai nạn giao thông năm 2021 giảm bao nhiêu so với cùng kỳ?"
    assert mentions_same_period(q) and mentions_same_period("so voi cung ky")
    assert period_years(find_periods(q), same_period=True) == [2020, 2021]
    # two years named explicitly: "cùng kỳ" adds nothing more
    both = "năm 2021 giảm 31% so với cùng kỳ năm 2020"
    assert period_years(find_periods(both), same_period=True) == [2020, 2021]


def test_analysis_carries_periods_years_places_codes():
    a = analyze_question("Năm 2021 TNGT ở huyện Đăk Tô giảm bao nhiêu so với cùng kỳ năm 2020?", now=2022)
    assert a.answer_type == "figure"
    assert a.years == [2021, 2020]
    assert a.period_years == [2020, 2021]
    assert (a.year_from, a.year_to) == (2020, 2021)
    assert a.same_period
    assert a.places == [Place("huyện", "Đăk Tô")]
    assert "~tai_nan" in a.terms  # glossary expansion of TNGT still reaches the terms
    assert a.accented


def test_open_period_has_no_upper_year():
    a = analyze_question("Từ năm 2019 đến nay huyện đã làm gì?", now=2022)
    assert a.year_from == 2019 and a.year_to is None
    assert a.period_years[-1] == 2022


def test_unaccented_question_is_flagged():
    assert not analyze_question("cong an huyen dak to cam ket gi").accented


def test_codes_keep_numbers_whole_but_not_years():
    assert codes_in("Chuyên án M519 và K420 năm 2021") == ["M519", "K420"]
    assert codes_in("giảm 16,4% so với năm 2019; 195/204 xã; Thông tư 23/2012/TT-BCA; 2.570 cán bộ") == [
        "16,4%", "195/204", "23/2012/TT-BCA", "2.570"]


def test_find_places_from_real_reports(seed_texts):
    text = seed_texts["001_39d7781fe940ac39.txt"]
    found = find_places(text)
    assert Place("thị xã", "Sông Cầu") in found
    assert Place("tỉnh", "Phú Yên") in found
    assert Place("thành phố", "Qui Nhơn") in found
    # "các xã, thị trấn", "xã hội", "cấp xã" are not places
    assert all(p.name[0].isupper() for p in found)
    assert find_places("Đảng ủy các xã, thị trấn và trật tự an toàn xã hội") == []
    # a name is capitalised: the lower-case words after it are not read into it and lost to the next place
    assert find_places("Công an huyện Đăk Tô và tỉnh Thanh Hóa") == [Place("huyện", "Đăk Tô"), Place("tỉnh", "Thanh Hóa")]


def test_headline_in_capitals_does_not_swallow_following_words(seed_texts):
    found = find_places(seed_texts["004_bae18dc72671c5b8.txt"])
    assert Place("huyện", "TUYÊN HÓA") in found
    assert all("NĂM" not in p.name for p in found)


def test_gazetteer_finds_corpus_places_in_lowercase_unaccented_questions(seed_texts):
    gaz = Gazetteer.from_texts(seed_texts.values())
    assert [p.key for p in gaz.find("cong an huyen dak to cam ket gi?")] == ["dak to"]
    assert [p.key for p in gaz.find("thi xa song cau phoi hop voi qui nhon")] == ["song cau", "quy nhon"]
    assert gaz.find("tình hình an ninh chính trị") == []


def test_a_corpus_place_named_without_its_unit_is_still_a_place(seed_texts):
    gaz = Gazetteer.from_texts(seed_texts.values())
    # Đăk Tô is only ever a district here: asked bare, it is that place at any level
    assert gaz.named_in("Tai nạn giao thông năm 2020 ở Đăk Tô giảm bao nhiêu?") == [Place("", "Đăk Tô")]
    assert str(Place("", "Đăk Tô")) == "Đăk Tô" and Place("", "Đăk Tô").full_key == "dak to"
    # Thanh Hóa is a province (report 003) and a commune of Tuyên Hóa (report 004): bare, it is the province
    assert [str(p) for p in gaz.named_in("Hội nghị ở Thanh Hóa diễn ra khi nào?")] == ["tỉnh Thanh Hóa"]
    assert [str(p) for p in gaz.named_in("ma túy ở xã Thanh Hóa")] == ["xã Thanh Hóa"]  # the level written wins
    # a place the question already names with its unit is not found twice
    assert gaz.named_in("Công an huyện Đăk Tô", find_places("Công an huyện Đăk Tô")) == []
    assert gaz.named_in("tình hình an ninh chính trị") == []
    # ``located``: only a name after "ở", "tại" or a unit, or opening the question, is where something happened
    assert gaz.named_in("Đăk Tô có bao nhiêu xã?", located=True) == [Place("", "Đăk Tô")]
    assert gaz.named_in("Vì sao tai nạn khiến Đăk Tô trở thành điểm nóng?", located=True) == []
    assert gaz.named_in("Tai nạn giao thông năm 2020 ở Đăk Tô giảm bao nhiêu?", located=True) == [Place("", "Đăk Tô")]
    assert [str(p) for p in gaz.named_in("tai nan giao thong tai thanh hoa", located=True)] == ["tỉnh Thanh Hóa"]


def test_the_corpus_tells_the_places_a_comparison_sets_side_by_side(seed_texts):
    gaz = Gazetteer.from_texts(seed_texts.values())
    assert gaz.named_between("so sanh toi pham giua dak to va tuyen hoa") == [Place("", "Đăk Tô"), Place("", "Tuyên Hóa")]
    assert gaz.named_between("so sanh toi pham giua dak to va nam 2020") == []  # one place is no comparison
    assert gaz.named_between("dak to va tuyen hoa") == []  # nothing set "giữa"


def test_a_place_name_never_runs_over_punctuation():
    # XQuAD: "… tuyên bố nhất định, quan điểm tôn giáo …" was read as "Định Quán", a district VNTC names
    gaz = Gazetteer([Place("huyện", "Định Quán")])
    question = "Bởi vì những tuyên bố nhất định, quan điểm tôn giáo của ông là gì?"
    assert gaz.find(question) == [] and gaz.named_in(question, located=True) == []
    assert gaz.named_in("Định Quán có bao nhiêu xã?", located=True) == [Place("", "Định Quán")]
    assert gaz.named_in("tai nạn ở Định Quán, năm 2020", located=True) == [Place("", "Định Quán")]


def test_mentions_is_whole_word():
    key = place_key("Đoạn này nói về tỉnh Thanh Hóa và huyện Tuyên Hóa.")
    assert mentions(key, "thanh hoa")
    assert not mentions(key, "thanh ho")
    assert not mentions(place_key("Thanh Hóa"), "")


def test_a_place_is_named_at_the_level_asked():
    commune = place_key("gia tăng tại xã Thanh Hóa, Công an huyện đã tham mưu")  # a commune of Tuyên Hóa
    assert unit_before(commune, commune.index("thanh hoa")) == "xã"
    assert not mentions_place(commune, "thanh hoa", "tỉnh") and mentions_place(commune, "thanh hoa", "xã")
    assert mentions_place(commune, "thanh hoa")  # no level asked: any
    # a bare name or the same level counts; the first occurrence at another level does not hide a later one
    assert mentions_place(place_key("Tại Thanh Hóa, Giám đốc Công an tỉnh đã điều động"), "thanh hoa", "tỉnh")
    assert mentions_place(place_key("xã Thanh Hóa; Công an tỉnh Thanh Hóa"), "thanh hoa", "tỉnh")
    assert not mentions_place(place_key("Công an tỉnh Thanh Hóa"), "thanh hoa", "huyện")
    assert mentions_place(place_key("UBND TP Qui Nhơn"), "quy nhon", "thành phố")  # "TP" is "thành phố"


def test_period_dataclass_years():
    assert Period("2020-2022", 2020, 2022).years() == [2020, 2021, 2022]


@pytest.mark.parametrize("question, nouns", [
    ("Bao nhiêu tập thể và cá nhân được khen thưởng ở Sông Cầu?", ["cá nhân"]),
    ("Chỉ đạo điều tra làm rõ bao nhiêu vụ, bắt xử lý bao nhiêu đối tượng?", ["đối tượng"]),
    ("Bao nhiêu vụ và đối tượng bị bắt?", ["đối tượng"]),
    ("bao nhieu tap the va ca nhan", ["ca nhan"]),
    ("Có bao nhiêu cán bộ, chiến sĩ được điều động?", []),  # one noun: "2.570 cán bộ, chiến sĩ"
    ("Có bao nhiêu xã, phường đạt tiêu chuẩn an toàn về ANTT?", []),
    ("Giảm bao nhiêu so với năm 2019 và cùng kỳ?", []),  # nothing counted
    ("Có bao nhiêu xã đạt chuẩn và bao nhiêu xã chưa đạt?", []),  # the same noun again
])
def test_also_asked_nouns(question, nouns):
    from retrieval.question import also_asked_nouns

    assert also_asked_nouns(question) == nouns


@pytest.mark.parametrize("question", ["Có không?", "Có phải không?", "Đã chưa", "Bao nhiêu?", "Như thế nào ạ?",
                                      "Ai?", "Là gì?", "Tại sao?", "co khong", "???", ""])
def test_a_question_of_asking_words_alone_names_nothing(question):
    assert analyze_question(question).names_nothing


@pytest.mark.parametrize("question", ["Đăk Tô?", "Năm 2021?", "M519?", "ANTT?", "Tăng hay giảm?", "Fulro là gì?",
                                      "ai la giam doc cong an tinh thanh hoa", "Còn năm 2020 thì sao?",
                                      # VNTC PL_VNE_(1582): "Nhung" is "những" folded; typed with accents, a name
                                      "Nhung là ai?"])
def test_one_word_of_substance_is_enough(question):
    assert not analyze_question(question).names_nothing


def test_no_real_question_is_taken_for_an_empty_one(shared_dir):
    """Every hand-written question on the reports and every XQuAD-vi question says what it asks about."""
    import json

    files = [REPO / "eval" / "seeds_dev" / "questions.jsonl", shared_dir / "data" / "xquad_vi_dev" / "questions.jsonl"]
    questions = [json.loads(line)["question"] for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    assert len(questions) > 600
    assert [q for q in questions if analyze_question(q).names_nothing] == []


@pytest.mark.parametrize("question", ["Tài xế Lê Văn Thế bị cướp xe ở tỉnh nào?", "Vụ án xảy ra tại huyện nào?",
                                      "Nghi phạm bị bắt ở nước nào?", "vu an xay ra o tinh nao"])
def test_which_province_or_district_asks_where(question):
    from retrieval.question import answer_type

    assert answer_type(question) == "place"


@pytest.mark.parametrize("question, noun", [
    # VNTC PL_VNE_T_(2228): "trong" opens where the money was, no part of the noun (before: "tiền trong", and the
    # bare "4" of "(trạm 4)" answered)
    ("Trung uý Đào Văn Út có bao nhiêu tiền trong túi?", "tiền"),
    ("Bao nhiêu người của công ty bị bắt?", "người"),
    ("Có bao nhiêu vụ tai nạn giao thông?", "vụ tai"),  # ("tai" is no "tại": the noun as typed)
    # VNTC PL_NLD_(3991): hectares ("ha" is also "hả" folded, a particle)
    ("Mỗi năm Bình Phước có bao nhiêu ha rừng bị tàn phá?", "ha rừng"),
    ("Bà Phương mua đất giá bao nhiêu một m2?", None),  # VNTC PL_VNE_T_(354): per square metre, nothing counted
    # VNTC PL_NLD_T_(3973): a unit of volume or area keeps its power (before: "m", and "m3" was a key word the
    # report, which writes "8.249m3", never used)
    ("Đạt bán bao nhiêu m3 gỗ?", "m3 gỗ"),
    ("Nhà rộng bao nhiêu m2?", "m2"),
    # VNTC PL_VNE_(1769): the tax is asked, an amount; "hàng" is no noun counted
    ("Tổng số hàng phải đóng thuế bao nhiêu?", None),
    # VNTC PL_TN_(3719): the value the seized goods are reckoned at is asked, no count of them ("7 điểm" led)
    ("Số tang vật thu giữ tạm tính lên đến bao nhiêu?", None),
    ("Tổng số tiền là bao nhiêu?", "tiền"),
    # VNTC (round 45, "Nguyên giám đốc sở nông nghiệp …"): the damage is asked, an amount ("hơn 3 tỷ đồng"); before,
    # "giống cây" was a count asked, and no figure answered
    ("Số giống cây bị khô héo gây thiệt hại bao nhiêu?", None),
    ("Số nhà bị thiệt hại là bao nhiêu căn?", "căn"),  # (a count asked after "bao nhiêu" still is)
    # VNTC PL_TT_T_(3202): "qua" and "do" after an accented "bao nhiêu" open how or why; typed without accents they
    # are "quả", "độ"
    ("Quang bỏ túi bao nhiêu qua vụ bán thầu?", None),
    ("Ông ấy nhận bao nhiêu do buôn lậu?", None),
    ("Mua bao nhieu qua cam?", "qua cam"),
    ("Có bao nhiêu quả bom?", "quả bom"),
    # VNTC PL_TN_T_(3633): what the count is per is no part of the noun
    ("Các nhân chứng nhận bao nhiêu tiền mỗi lần?", "tiền"),
    ("Bao nhiêu người một ngày?", "người"),
])
def test_asked_noun_ends_before_a_preposition(question, noun):
    assert asked_noun(question) == noun

"""Sentence and passage offsets on the real sample reports."""
from corpus.chunking import MAX_CHARS, build_passages, split_sentences


def test_sentences_are_exact_stripped_substrings(seed_texts):
    for name, text in seed_texts.items():
        spans = split_sentences(text)
        assert len(spans) > 5, name
        for s in spans:
            piece = text[s.start : s.end]
            assert piece and piece == piece.strip(), (name, piece)
        assert all(a.end <= b.start for a, b in zip(spans, spans[1:])), name


def test_known_sentence_boundaries(seed_texts):
    text = seed_texts["000_46187f3b83518a7b.txt"]
    sentences = [text[s.start : s.end] for s in split_sentences(text)]
    assert "Toàn cảnh Hội nghị" in sentences  # a caption line is its own sentence
    fig = [s for s in sentences if "giảm 38%" in s]
    assert len(fig) == 1 and fig[0].startswith("Tình hình trật tự an toàn giao thông")
    assert fig[0].endswith("năm 2021 giảm 31% so với cùng kỳ năm 2020.")


def test_passages_cover_every_sentence_once(seed_texts):
    for name, text in seed_texts.items():
        sentences = split_sentences(text)
        passages = build_passages("d", text, sentences)
        assert [p.ordinal for p in passages] == list(range(len(passages)))
        covered = [s for p in passages for s in p.sentences]
        assert covered == sentences, name
        for p in passages:
            assert p.text == text[p.start : p.end]
            assert p.start == p.sentences[0].start and p.end == p.sentences[-1].end
            assert len(p.text) <= MAX_CHARS or len(p.sentences) == 1


def test_byline_joins_previous_passage(seed_texts):
    text = seed_texts["002_d7785d41f27099bf.txt"]
    last = build_passages("d", text)[-1]
    assert last.text.endswith("Mạnh Tùng") and len(last.text) > 200


def test_run_on_sentence_is_cut_at_punctuation():
    clause = "Công an huyện đã phối hợp kiểm tra " + "các cơ sở kinh doanh có điều kiện, " * 40
    text = clause.strip().rstrip(",") + "."
    spans = split_sentences(text)
    assert len(spans) > 1
    assert all(s.end - s.start <= 700 for s in spans)
    assert "".join(text[s.start : s.end] for s in spans).replace(" ", "") == text.replace(" ", "")


def test_a_question_mark_in_brackets_ends_no_sentence():
    # real text (VNTC PL_TT_T_(3350)): the splitter cut at "(?" and began the next "sentence" with ")"
    text = ("Ngoài ra, tại cáo trạng còn thể hiện chiếc xe gỗ bị sạt lề chỉ cách UBND khoảng 100m, nhưng sau khi vụ "
            "án xảy ra, một phụ nữ không rõ tên (?) kêu xe khác kéo chiếc xe tang vật ra khỏi hiện trường. Hạ bị "
            "phạt 12 tháng tù.")
    spans = split_sentences(text)
    said = [text[s.start : s.end] for s in spans]
    assert len(said) == 2 and said[0].endswith("ra khỏi hiện trường.") and "(?) kêu xe khác" in said[0]
    assert said[1] == "Hạ bị phạt 12 tháng tù."


def test_initials_and_a_photo_credit():
    # real text (VNTC PL_NLD_(4052)): the splitter cut "Ảnh:C.T.V" after "C.T." and began the next sentence "V Từ …"
    text = ("Bùi Tiến Dũng (áo xám) tham gia không “thấm tháp” gì so với dây độ của Ngô Tiến Dũng. Ảnh:C.T.V Từ một "
            "tội phạm, Ngô Tiến Dũng (tên giả là Lại Thành Hữu) nhanh chóng trở thành một tên mafia quốc tế.")
    said = [text[s.start : s.end] for s in split_sentences(text)]
    assert said[1:] == ["Ảnh:C.T.V", "Từ một tội phạm, Ngô Tiến Dũng (tên giả là Lại Thành Hữu) nhanh chóng trở "
                                     "thành một tên mafia quốc tế."]
    # ... and "T.E.S.T" (VNTC), cut into "Trường T.E.", "S.", "T International College …"
    text = "Kim đại diện Trường T.E.S.T International ký hợp đồng. Trung tâm đã đóng cửa."
    said = [text[s.start : s.end] for s in split_sentences(text)]
    assert said == ["Kim đại diện Trường T.E.S.T International ký hợp đồng.", "Trung tâm đã đóng cửa."]
    # ... and "anh N.T.A, Kim Ngọc …" (VNTC PL_NLD_(4302)), cut into "… anh N.T." and "A, Kim Ngọc đã chuyển …"
    text = "Lần thứ 3, với sự chứng kiến của anh N.T.A, Kim Ngọc đã chuyển số tiền 10 triệu đồng. Ngọc nói dối."
    said = [text[s.start : s.end] for s in split_sentences(text)]
    assert said == ["Lần thứ 3, với sự chứng kiến của anh N.T.A, Kim Ngọc đã chuyển số tiền 10 triệu đồng.",
                    "Ngọc nói dối."]


def test_initials_ending_with_a_dot_before_a_comma():
    # real text (VNTC PL_NLD_(4144)): the splitter cut after "chị N.T.K.N." and "bé L.M.C.", and the next
    # "sentences" opened with a comma (", ngụ ở quận Bình Thạnh …", ", 6 tuổi, …")
    text = ("Mỗi ngày, vào lúc 19 giờ, chị N.T.K.N., ngụ ở quận Bình Thạnh - TPHCM, đưa con gái là bé L.M.C., 6 tuổi, "
            "đến nhà thờ để học giáo lý và sau một giờ lại đến đón con về. Trong một lần đợi mẹ đến đón, bé C. đi vệ "
            "sinh.")
    said = [text[s.start : s.end] for s in split_sentences(text)]
    assert said[0].endswith("lại đến đón con về.") and not any(s.startswith(",") for s in said)


def test_a_name_abbreviated_after_a_form_of_address():
    # real text (VNTC PL_NLD_(4602)): the splitter cut after "bà Ch." and the sentence "… đã được tòa án thụ lý giải
    # quyết." lost its date
    text = ("Ngày 6-4-2004, đơn khởi kiện của bà Ch. đã được tòa án thụ lý giải quyết. Trong thời gian đó, bà L. cũng "
            "làm đơn khiếu nại tại UBND huyện Bình Chánh.")
    said = [text[s.start : s.end] for s in split_sentences(text)]
    assert said == ["Ngày 6-4-2004, đơn khởi kiện của bà Ch. đã được tòa án thụ lý giải quyết.",
                    "Trong thời gian đó, bà L. cũng làm đơn khiếu nại tại UBND huyện Bình Chánh."]


def test_closing_marks_of_a_quotation_stay_with_it():
    # real text (VNTC PL_VNE_(557)): underthesea cut after the "?" inside the quotation and left '".' alone, which
    # then opened the next quote ('". Bà Oanh giải thích …')
    text = ('HĐXX chất vấn: "Việc chuyển nhượng như vậy là bất hợp pháp?". Bà Oanh giải thích rằng đã xin phép một '
            'lãnh đạo UBND Hà Nội.')
    said = [text[s.start : s.end] for s in split_sentences(text)]
    assert said == ['HĐXX chất vấn: "Việc chuyển nhượng như vậy là bất hợp pháp?".',
                    "Bà Oanh giải thích rằng đã xin phép một lãnh đạo UBND Hà Nội."]

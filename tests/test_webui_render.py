"""Rendering: report text is always escaped, citations link to their source, matches are marked."""
from webui.render import answer_stages, esc, highlight, query_spans, render_document, render_search_results, \
    render_sources_panel

PAYLOAD = "Báo cáo <script>alert('x')</script><img src=x onerror=\"alert(1)\"> năm 2021 giảm 19,2% $$x$$"


def _answer(text: str = PAYLOAD) -> dict:
    start = 100
    return {"question": "q", "found": True, "answer": text, "answer_type": "figure",
            "quotes": [{"citation": 1, "doc_id": "d1", "text": text, "start": start, "end": start + len(text)}],
            "figures": [{"text": "19,2%", "doc_id": "d1", "subject": "tỷ lệ tội phạm <b>"}],
            "sources": [{"citation": 1, "doc_id": "d1", "title": "Tiêu đề <i>x</i>", "date": "2022-04-14",
                         "path": "/a/<b>.txt", "passage_id": 7, "start": start, "end": start + len(text), "text": text,
                         "highlights": [[start, start + len(text)]]}]}


def _no_live_markup(html: str) -> None:
    assert "<script" not in html and "<img" not in html and "onerror=\"" not in html
    assert "$$" not in html  # would start LaTeX rendering in the chat


def test_answer_escapes_report_text_and_links_citations():
    stages = answer_stages(_answer(), turn=3, resolved_note="Còn <script>năm 2021</script>?")
    final = stages[-1]
    _no_live_markup(final)
    assert "&lt;script&gt;" in final and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in final
    assert "<span class='vnqa-figure-value'>19,2%</span>" in final
    assert "href='#vnqa-src-3-1'" in final
    assert "Câu hỏi được hiểu là" in final


def test_answer_streams_figure_before_quotes():
    stages = answer_stages(_answer(), turn=1)
    assert "vnqa-figure-value" in stages[0] and "vnqa-quote" not in stages[0]
    assert "vnqa-quote" in stages[-1]


def test_every_lead_figure_is_shown_as_the_answer():
    ans = _answer("Tại Hội nghị, 4 tập thể và 10 cá nhân đã có thành tích xuất sắc")
    ans["figures"] = [{"text": "4 tập thể", "doc_id": "d1", "lead": True},
                      {"text": "10 cá nhân", "doc_id": "d1", "lead": True},
                      {"text": "2 đợt", "doc_id": "d1", "lead": False}]
    final = answer_stages(ans, turn=1)[-1]
    assert "<span class='vnqa-figure-value'>4 tập thể</span>" in final
    assert "<span class='vnqa-figure-value'>10 cá nhân</span>" in final
    assert "<span class='vnqa-figure-value'>2 đợt</span>" not in final  # listed with the quote's figures only
    assert "<b>2 đợt</b>" in final


def test_not_found_answer_says_so():
    ans = {"found": False, "answer": "Không tìm thấy <b>gì</b>", "sources": []}
    html = answer_stages(ans, 1)[-1]
    assert "Không tìm thấy &lt;b&gt;gì&lt;/b&gt;" in html and "Bộ lọc đang bật" not in html
    assert "Bộ lọc đang bật" in answer_stages(ans, 1, filtered=True)[-1]


def test_repeated_citation_gets_one_anchor():
    ans = _answer()
    extra = dict(ans["sources"][0], passage_id=8, highlights=[])
    ans["sources"].append(extra)
    html = render_sources_panel([{"question": "q", "resolved": "q", "answer": ans, "units": {}}])
    assert html.count("id='vnqa-src-1-1'") == 1 and html.count("đoạn khác") == 1


def test_sources_panel_escapes_and_carries_citation_metadata():
    turn = {"question": "q <script>", "resolved": "q <script>", "answer": _answer(), "units": {"d1": "Công an huyện Đăk Tô"}}
    html = render_sources_panel([turn])
    _no_live_markup(html)
    assert "id='vnqa-src-1-1'" in html and " open" in html
    assert "14/04/2022" in html and "Công an huyện Đăk Tô" in html and "Tiêu đề &lt;i&gt;x&lt;/i&gt;" in html
    assert "data-cite='" in html and "data-open='d1|100|" in html


def test_highlight_marks_offsets_relative_to_the_passage():
    text = "Năm 2020 giảm 16,4%; năm 2021 giảm 19,2%."
    html = highlight(text, 1000, [(1000 + text.index("năm 2021"), 1000 + len(text) - 1)])
    assert html == "Năm 2020 giảm 16,4%; <mark>năm 2021 giảm 19,2%</mark>."


def test_query_spans_join_adjacent_words():
    text = "trong đó tai nạn giao thông giảm; tệ nạn xã hội"
    assert [text[a:b] for a, b in query_spans(text, "Tai nạn giao thông")] == ["tai nạn giao thông", "nạn"]


def test_search_results_and_document_are_escaped():
    rows = [{"rank": 1, "doc_id": "d1", "title": "<b>T</b>", "date": None, "unit": None, "path": "x.txt",
             "start": 0, "end": len(PAYLOAD), "text": PAYLOAD, "score": 0.5}]
    html = render_search_results(rows, "giảm")
    _no_live_markup(html)
    assert "<mark>giảm</mark>" in html and "không rõ ngày" in html
    assert "được hiểu là" not in html
    restored = render_search_results(rows, "giam <x>", understood="giảm <x>")
    assert "Truy vấn được hiểu là: <i>giảm &lt;x&gt;</i>" in restored
    _no_live_markup(restored)
    doc = render_document("<t>", "meta", PAYLOAD, 0, 6)
    _no_live_markup(doc)
    assert "<mark id='vnqa-at' class='vnqa-at'>Báo cá</mark>" in doc


def test_esc():
    assert esc("a<b>&\"'$") == "a&lt;b&gt;&amp;&quot;&#x27;&#36;"

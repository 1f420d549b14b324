"""The web app in a real browser: Debian's headless Chromium driven by Playwright.

Starts ``python app.py serve`` on a free port with an empty data dir (so the first-start ingest
of corpus/samples runs), asks a seed question, checks the figure and that its citation opens the
right passage with the quoted sentence highlighted, follows up with "Còn năm 2021 thì sao?",
opens the whole document, visits the other tabs, and saves screenshots at laptop and phone size
(into $VNQA_SCREENSHOTS_DIR, default a temporary folder; docs/ holds the committed ones).
"""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("VNQA_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-quic"]
SEED = "Tỷ lệ tội phạm và vi phạm pháp luật năm 2020 giảm bao nhiêu so với năm 2019?"
SIZES = {"laptop": (1366, 900), "phone": (390, 844)}

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright==1.65.2)")
if not Path(CHROMIUM).exists():
    pytest.skip(f"chromium not found at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data = tmp_path_factory.mktemp("browser-data")
    port = _free_port()
    log = open(data / "server.log", "w")
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "GRADIO_ANALYTICS_ENABLED": "False"}
    env.pop("VNQA_USERS", None)
    env.pop("VNQA_USERS_FILE", None)
    proc = subprocess.Popen([sys.executable, "app.py", "serve", "--port", str(port), "--data-dir", str(data / "index")],
                            cwd=REPO, stdout=log, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.time() + 60
    while time.time() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the app exited early:\n{(data / 'server.log').read_text()[-2000:]}")
        try:
            urllib.request.urlopen(url, timeout=2)
            break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("the app did not start within 60 s")
    yield {"url": url, "data": data}
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots_dir(tmp_path_factory) -> Path:
    d = Path(os.environ.get("VNQA_SCREENSHOTS_DIR") or tmp_path_factory.mktemp("screenshots"))
    d.mkdir(parents=True, exist_ok=True)
    return d


def _open(browser, server, width: int = 1366, height: int = 900):
    """A page on the app, once its status says the index is ready."""
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(server["url"])
    page.wait_for_selector("#vnqa-status:has-text('Sẵn sàng')", timeout=90000)
    return page


def _ask(page, question: str, turn: int) -> None:
    page.fill("#vnqa-question textarea", question)
    page.click("#vnqa-send")
    page.wait_for_selector(f"#vnqa-turn-{turn}", timeout=60000)


def _no_horizontal_overflow(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


@pytest.mark.parametrize("size", list(SIZES))
def test_chat_answer_citation_and_followup(server, browser, shots_dir, size):
    w, h = SIZES[size]
    page = _open(browser, server, w, h)
    page.wait_for_selector("#vnqa-examples button", timeout=30000)
    assert "Tỷ lệ tội phạm" in page.inner_text("#vnqa-examples")  # example drawn from the loaded reports
    page.screenshot(path=str(shots_dir / f"{size}-start.png"))

    _ask(page, SEED, 1)
    figure = page.locator("#vnqa-chat .vnqa-figure-value").last
    assert figure.inner_text() == "16,4%"
    page.wait_for_timeout(600)
    page.screenshot(path=str(shots_dir / f"{size}-answer.png"))
    # the citation opens the source passage, with the quoted sentence highlighted and the report's metadata
    page.locator("#vnqa-chat .vnqa-figure a.vnqa-cite").last.click()
    source = page.locator("#vnqa-src-1-1").first
    assert source.evaluate("el => el.open")
    assert "16,4% so với năm 2019" in source.locator("mark").first.inner_text()
    meta = source.locator(".vnqa-meta").inner_text()
    assert "14/04/2022" in meta and "Công an huyện Đăk Tô" in meta
    assert "Sơ kết 03 năm" in source.locator("summary").inner_text()
    copy = source.locator("button.vnqa-copy")
    assert "16,4% so với năm 2019" in copy.get_attribute("data-cite")
    copy.click()
    page.wait_for_selector("#vnqa-src-1-1 button.vnqa-copy:has-text('Đã sao chép')", timeout=5000)
    assert _no_horizontal_overflow(page)
    page.wait_for_timeout(900)  # the smooth scroll to the source
    page.screenshot(path=str(shots_dir / f"{size}-citation.png"))

    _ask(page, "Còn năm 2021 thì sao?", 2)
    last = page.locator("#vnqa-chat .vnqa-answer").last
    assert "năm 2021 giảm bao nhiêu so với năm 2020" in last.locator(".vnqa-resolved").inner_text()
    assert last.locator(".vnqa-figure-value").inner_text() == "19,2%"
    page.locator("#vnqa-src-2-1 button.vnqa-open").first.click()
    page.wait_for_selector("#vnqa-modal #vnqa-at", timeout=15000)
    assert "19,2%" in page.inner_text("#vnqa-modal #vnqa-at")
    page.screenshot(path=str(shots_dir / f"{size}-document.png"))
    page.keyboard.press("Escape")
    assert page.locator("#vnqa-modal").count() == 0
    assert page.locator("#vnqa-dl-all-docx").is_enabled()
    page.close()
    audit = (server["data"] / "index" / "audit.jsonl").read_text(encoding="utf-8")
    assert SEED in audit and "000_46187f3b83518a7b" in audit


def test_search_documents_and_figures_tabs(server, browser, shots_dir):
    page = _open(browser, server)
    page.get_by_role("tab", name="Tìm kiếm").click()
    page.fill("#vnqa-search-query textarea", "tai nạn giao thông")
    page.click("#vnqa-search-btn")
    page.wait_for_selector("#vnqa-search-results .vnqa-hit", timeout=30000)
    marks = page.locator("#vnqa-search-results .vnqa-hit").first.locator("mark")
    assert "tai nạn giao thông" in [m.lower() for m in marks.all_inner_texts()]
    page.screenshot(path=str(shots_dir / "laptop-search.png"))

    page.get_by_role("tab", name="Tài liệu").click()
    page.wait_for_selector("#vnqa-docs:has-text('TUYÊN HÓA')", timeout=15000)
    listing = page.inner_text("#vnqa-docs")
    for doc_id in ("000_46187f3b83518a7b", "001_39d7781fe940ac39", "002_d7785d41f27099bf", "003_482e3ee27822c92f",
                   "004_bae18dc72671c5b8"):
        assert doc_id in listing
    assert "Công an huyện Đăk Tô" in listing and "Kéo thả tệp vào đây" in page.inner_text("#vnqa-upload")
    page.screenshot(path=str(shots_dir / "laptop-documents.png"))

    # upload: two files at once, one good report and one empty file, with a per-file result list
    up = server["data"] / "to-upload"
    up.mkdir(exist_ok=True)
    (up / "bao-cao-moi.txt").write_text(
        "BÁO CÁO KẾT QUẢ CÔNG TÁC NĂM 2023 CỦA CÔNG AN HUYỆN MINH HÓA\n\nNăm 2023, Công an huyện Minh Hóa đã "
        "tổ chức 45 đợt tuần tra kiểm soát, phát hiện 120 trường hợp vi phạm trật tự an toàn giao thông.",
        encoding="utf-8")
    (up / "rong.txt").write_bytes(b"")
    page.locator("#vnqa-upload input[type=file]").set_input_files([str(up / "bao-cao-moi.txt"), str(up / "rong.txt")])
    page.click("#vnqa-ingest")
    page.wait_for_selector("#vnqa-upload-result:has-text('bao-cao-moi.txt')", timeout=60000)
    result = page.inner_text("#vnqa-upload-result")
    assert "đã thêm" in result and "tệp rỗng" in result
    page.wait_for_selector("#vnqa-docs:has-text('MINH HÓA')", timeout=15000)
    page.screenshot(path=str(shots_dir / "laptop-upload.png"))

    page.get_by_role("tab", name="Số liệu").click()
    page.wait_for_selector("#vnqa-figures:has-text('19,2%')", timeout=15000)
    page.wait_for_selector("#vnqa-chart canvas, #vnqa-chart svg", timeout=15000)
    assert "Tỷ lệ tội phạm" in page.locator("#vnqa-series input").input_value()
    page.screenshot(path=str(shots_dir / "laptop-figures.png"))
    page.close()


def test_app_never_shows_a_stack_trace(server, browser):
    page = _open(browser, server)
    _ask(page, "<img src=x onerror=\"window.__pwned=1\"> Trạm vũ trụ trên sao Hỏa có bao nhiêu phi hành gia?", 1)
    text = page.inner_text("#vnqa-chat")
    assert "Traceback" not in text
    assert page.evaluate("window.__pwned") is None
    page.close()


def test_unaccented_question_is_understood_and_shown(server, browser, shots_dir):
    """Typed on a bare keyboard: the chat says how it read the question and answers it; search says so too."""
    page = _open(browser, server)
    _ask(page, "So can bo duoc dieu dong ve xa chiem bao nhieu phan tram bien che Cong an tinh?", 1)
    last = page.locator("#vnqa-chat .vnqa-answer").last
    assert "điều động về xã chiếm bao nhiêu phần trăm biên chế Công an tỉnh" in last.locator(".vnqa-resolved").inner_text()
    assert last.locator(".vnqa-figure-value").inner_text() == "33,76%"
    page.wait_for_timeout(600)
    page.screenshot(path=str(shots_dir / "laptop-unaccented.png"))
    page.get_by_role("tab", name="Tìm kiếm").click()
    page.fill("#vnqa-search-query textarea", "tai nan giao thong nam 2021")
    page.click("#vnqa-search-btn")
    page.wait_for_selector("#vnqa-search-results .vnqa-hit", timeout=30000)
    assert "tai nạn giao thông năm 2021" in page.inner_text("#vnqa-search-results .vnqa-resolved")
    page.close()


def test_digest_followup_and_report_questions(server, browser, shots_dir):
    """A report's figures as a list, a follow-up naming another place without its level, and the reports asked about."""
    page = _open(browser, server)
    _ask(page, "Các số liệu chính của báo cáo Tuyên Hóa", 1)
    last = page.locator("#vnqa-chat .vnqa-answer").last
    assert "Số liệu trong báo cáo «KẾT QUẢ CÔNG TÁC" in last.locator(".vnqa-digest").inner_text()
    items = last.locator(".vnqa-digest-figures li").all_inner_texts()
    assert len(items) == 10 and items[2].startswith("33.446 lượt người")
    _ask(page, "Còn Sông Cầu thì sao?", 2)
    last = page.locator("#vnqa-chat .vnqa-answer").last
    assert "báo cáo Sông Cầu" in last.locator(".vnqa-resolved").inner_text()
    assert any(t.startswith("31/35 vụ phạm pháp hình sự") for t in last.locator(".vnqa-digest-figures li").all_inner_texts())
    _ask(page, "Báo cáo nào nói về quy chế phối hợp?", 3)
    last = page.locator("#vnqa-chat .vnqa-answer").last
    assert last.locator(".vnqa-report-title").count() >= 3
    _ask(page, "Có bao nhiêu báo cáo đã được nạp?", 4)
    last = page.locator("#vnqa-chat .vnqa-answer").last
    loaded = re.search(r"Đã nạp (\d+) báo cáo", last.inner_text())  # five, and what an earlier test uploaded
    assert loaded and int(loaded.group(1)) >= 5
    assert last.locator(".vnqa-report-list li").count() == int(loaded.group(1))
    assert _no_horizontal_overflow(page)
    page.wait_for_timeout(600)
    page.screenshot(path=str(shots_dir / "laptop-digest.png"))
    page.close()


def test_digest_across_reports_nearest_figure_and_newest_report(server, browser, shots_dir):
    """A topic digested report by report, a refusal that shows the nearest figure, the newest report."""
    page = _open(browser, server)
    _ask(page, "Những con số nổi bật về mô hình", 1)
    last = page.locator("#vnqa-chat .vnqa-answer").last
    assert last.locator(".vnqa-digest").count() == 2 and last.locator(".vnqa-digest-figures").count() == 2
    assert "46 mô hình" in last.locator(".vnqa-digest-figures").first.inner_text()
    assert "53 mô hình" in last.locator(".vnqa-digest-figures").nth(1).inner_text()
    _ask(page, "Tội phạm hình sự năm 2021 giảm bao nhiêu phần trăm?", 2)
    last = page.locator("#vnqa-chat .vnqa-answer").last
    assert "không dùng từ «hình sự»" in last.locator(".vnqa-notfound").inner_text()
    assert last.locator(".vnqa-near .vnqa-figure-value").inner_text() == "19,2%"
    assert "giảm 19,2%" in last.locator(".vnqa-quote").inner_text()
    page.wait_for_timeout(600)
    page.screenshot(path=str(shots_dir / "laptop-nearest.png"))
    _ask(page, "Báo cáo mới nhất là báo cáo nào?", 3)
    last = page.locator("#vnqa-chat .vnqa-answer").last
    assert "Báo cáo mới nhất:" in last.inner_text() and last.locator(".vnqa-report-list li").count() >= 5
    assert _no_horizontal_overflow(page)
    page.close()


def test_yes_no_verdict_and_a_question_over_several_meetings(server, browser, shots_dir):
    """A yes/no question led by the verdict and its evidence; a vague question quoting two reports' meetings."""
    page = _open(browser, server)
    _ask(page, "Năm 2021 ở Đăk Tô có xảy ra khiếu nại không?", 1)
    last = page.locator("#vnqa-chat .vnqa-answer").last
    verdict = last.locator(".vnqa-verdict")
    assert verdict.locator(".vnqa-figure-value").inner_text() == "Không"
    assert "«không xảy ra việc khiếu nại»" in verdict.inner_text()
    page.wait_for_timeout(600)
    page.screenshot(path=str(shots_dir / "laptop-verdict.png"))
    _ask(page, "Hội nghị được tổ chức bằng hình thức nào?", 2)
    last = page.locator("#vnqa-chat .vnqa-answer").last
    quotes = last.locator(".vnqa-quote")
    assert quotes.count() >= 2 and "Hội nghị trực tuyến" in " ".join(quotes.all_inner_texts())
    assert last.locator(".vnqa-verdict").count() == 0
    page.close()

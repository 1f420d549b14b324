"""The Gradio web app: chat with highlighted sources, search, documents, figures and export.

On first start with an empty data directory the bundled sample reports are indexed in a
background thread; the page shows the progress and answers as soon as the index is ready.
Every error reaches the page as a Vietnamese sentence, never as a stack trace.
"""
from __future__ import annotations

import tempfile
import threading
import time
import traceback
from pathlib import Path

import gradio as gr
import pandas as pd

from retrieval.assistant import Assistant
from webui import figures_tab
from webui.assets import CSS, JS, OPEN_DOC_JS
from webui.audit import append_audit, audit_path, audit_record
from webui.auth import load_users
from webui.catalog import Catalog
from webui.chat import SEARCHING, make_turn, turn_stages
from webui.examples import GENERAL, pick_examples
from webui.export import conversation_docx, conversation_markdown
from webui.documents_tab import UPLOAD_COLUMNS, ingest_uploads, upload_paths
from webui.errors import friendly_error
from webui.meta import display_date, file_name
from webui.render import esc, render_document, render_search_results, render_sources_panel
from webui.search_tab import search_rows
from webui.upload import MAX_UPLOAD_MB, TRANSFER_CAP_MB

STAGE_DELAY = 0.12  # seconds between streamed stages of an answer
DOC_COLUMNS = ["Tiêu đề", "Ngày", "Đơn vị", "Số đoạn", "Ký tự", "Tệp", "Mã"]
MODES = [("Kết hợp (ngữ nghĩa + từ khoá)", "hybrid"), ("Ngữ nghĩa", "dense"), ("Từ khoá", "keyword")]
WELCOME = ("### Xin chào!\nHãy đặt câu hỏi bằng tiếng Việt về các báo cáo đã nạp. Câu trả lời trích **nguyên văn** từ "
           "báo cáo, số liệu được làm nổi bật; bấm vào **[1]**, **[2]**… để mở đúng đoạn nguồn.\n\n"
           "Có thể hỏi tiếp: *“Còn năm 2021 thì sao?”*, *“Ở huyện Tuyên Hóa thì thế nào?”*")
# Gradio has no Vietnamese locale: its own English strings are overridden for every browser.
UI_STRINGS = {"upload_text.drop_file": "Kéo thả tệp vào đây", "upload_text.click_to_upload": "bấm để chọn tệp",
              "common.or": "hoặc", "common.clear": "Xoá", "common.submit": "Gửi", "common.stop": "Dừng",
              "common.copy": "Sao chép", "common.download": "Tải về", "common.fullscreen": "Toàn màn hình",
              "common.loading": "Đang tải", "chatbot.copy": "Sao chép", "chatbot.copied": "Đã sao chép"}


class _Startup:
    """Progress of the first-start sample ingest, polled by the page."""

    def __init__(self):
        self.ready = threading.Event()
        self.fraction = 0.0
        self.message = "Đang khởi động…"
        self.error: str | None = None
        self.examples: list[str] = []


def _start_background_ingest(assistant: Assistant, state: _Startup, samples: bool) -> None:
    def run():
        try:
            if samples and assistant.index.is_empty:
                state.message = "Đang nạp các báo cáo mẫu (lần chạy đầu tiên)…"

                def progress(frac: float, msg: str) -> None:
                    state.fraction, state.message = frac, msg

                assistant.ensure_samples(progress=progress)
            state.message = "Đang tải mô hình và chuẩn bị câu hỏi mẫu…"
            if not assistant.index.is_empty:
                state.examples = pick_examples(assistant, assistant.index.store.figures())
            state.message = "Sẵn sàng."
        except Exception as exc:  # shown in the page, never as a stack trace
            traceback.print_exc()
            state.error = f"Không thể chuẩn bị chỉ mục: {exc}"
        finally:
            state.fraction = 1.0
            state.ready.set()

    threading.Thread(target=run, daemon=True, name="vnqa-startup").start()


def _status_text(catalog: Catalog, state: _Startup) -> str:
    if state.error:
        return f"⚠ {state.error}"
    if not state.ready.is_set():
        return f"Đang chuẩn bị: {state.message} ({state.fraction:.0%})"
    docs = catalog.docs()
    passages = sum(d["passages"] for d in docs)
    return f"**Sẵn sàng** — {len(docs)} báo cáo, {passages} đoạn văn đã được lập chỉ mục."


def _write_exports(turns: list[dict], user: str | None) -> tuple[str, str, str, str]:
    """Four files: last answer and whole conversation, each as DOCX and Markdown."""
    folder = Path(tempfile.mkdtemp(prefix="vnqa-export-"))
    stamp = time.strftime("%Y%m%d-%H%M")
    paths = []
    for scope, items in (("cau-tra-loi", turns[-1:]), ("hoi-thoai", turns)):
        docx = folder / f"{scope}-{stamp}.docx"
        docx.write_bytes(conversation_docx(items, user=user))
        md = folder / f"{scope}-{stamp}.md"
        md.write_text(conversation_markdown(items, user=user), encoding="utf-8")
        paths += [str(docx), str(md)]
    return paths[0], paths[1], paths[2], paths[3]


def build_ui(assistant: Assistant, state: _Startup, *, audit_file: Path | None = None) -> gr.Blocks:
    catalog = Catalog(assistant)

    def open_document(key: str) -> str:
        """Server function for the "Mở toàn văn" buttons: the whole report with the passage marked."""
        try:
            doc_id, start, end = (key or "").rsplit("|", 2)
            doc = assistant.document(doc_id)
            if doc is None:
                return "<div class='vnqa-doc'><div class='vnqa-doc-body'>Tài liệu không còn trong chỉ mục.</div></div>"
            unit = catalog.units().get(doc_id)
            meta = " · ".join(x for x in (display_date(doc.date, doc.year), unit, file_name(doc.path)) if x)
            return render_document(doc.title, meta, doc.text, int(start), int(end))
        except Exception as exc:
            return f"<div class='vnqa-doc'><div class='vnqa-doc-body'>Không mở được tài liệu: {esc(friendly_error(exc))}</div></div>"

    with gr.Blocks(title="Trợ lý hỏi đáp báo cáo", fill_width=True) as demo:
        turns_state = gr.State([])
        gr.HTML("<div id='vnqa-header'><div class='logo'>⚖</div><div><h1>Trợ lý hỏi đáp báo cáo công an</h1>"
                "<p>Trả lời bằng trích dẫn nguyên văn từ báo cáo — kèm số liệu, nguồn, ngày và đơn vị ban hành. "
                "Bộ lọc (năm, đơn vị, báo cáo) ở thanh bên trái.</p>"
                "</div></div>", js_on_load=None)
        status = gr.Markdown(_status_text(catalog, state), elem_id="vnqa-status")

        with gr.Sidebar(label="Bộ lọc", open=False, elem_id="vnqa-sidebar"):
            gr.Markdown("### Bộ lọc\nÁp dụng cho **Hỏi đáp** và **Tìm kiếm**.")
            with gr.Row():
                year_from = gr.Dropdown(label="Từ năm", choices=[], value=None, allow_custom_value=True,
                                        elem_id="vnqa-year-from", min_width=100)
                year_to = gr.Dropdown(label="Đến năm", choices=[], value=None, allow_custom_value=True,
                                      elem_id="vnqa-year-to", min_width=100)
            unit_filter = gr.Dropdown(label="Nguồn / đơn vị", choices=[], value=None, allow_custom_value=False,
                                      elem_id="vnqa-unit-filter")
            doc_filter = gr.Dropdown(label="Chỉ trong các báo cáo", choices=[], value=[], multiselect=True,
                                     elem_id="vnqa-doc-filter")
            clear_filters = gr.Button("Xoá bộ lọc", size="sm")
            filter_note = gr.Markdown("")
        filter_inputs = [year_from, year_to, unit_filter, doc_filter]

        with gr.Tabs(elem_id="vnqa-tabs"):
            # ---------------------------------------------------------------- chat
            with gr.Tab("Hỏi đáp", id="chat"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3, min_width=300):
                        chatbot = gr.Chatbot(elem_id="vnqa-chat", height=440, show_label=False, buttons=["copy"],
                                             placeholder=WELCOME, group_consecutive_messages=False,
                                             feedback_options=None, latex_delimiters=[], autoscroll=False)
                        with gr.Row(equal_height=True):
                            box = gr.Textbox(placeholder="Nhập câu hỏi, ví dụ: Bao nhiêu xã, phường đạt tiêu chuẩn an toàn về ANTT?",
                                             show_label=False, scale=5, min_width=180, elem_id="vnqa-question",
                                             autofocus=True, max_length=500, submit_btn=False)
                            send = gr.Button("Hỏi", variant="primary", scale=1, min_width=70, elem_id="vnqa-send")
                        examples = gr.Dataset(components=[box], samples=[[q] for q in GENERAL[:3]],
                                              label="Câu hỏi mẫu (từ các báo cáo đã nạp)", elem_id="vnqa-examples",
                                              samples_per_page=6)
                        with gr.Row():
                            dl_answer_docx = gr.DownloadButton("Tải câu trả lời (DOCX)", value=None, size="sm",
                                                               interactive=False, elem_id="vnqa-dl-answer-docx", min_width=150)
                            dl_answer_md = gr.DownloadButton("Tải câu trả lời (Markdown)", value=None, size="sm",
                                                             interactive=False, elem_id="vnqa-dl-answer-md", min_width=150)
                            dl_all_docx = gr.DownloadButton("Tải cả hội thoại (DOCX)", value=None, size="sm",
                                                            interactive=False, elem_id="vnqa-dl-all-docx", min_width=150)
                            dl_all_md = gr.DownloadButton("Tải cả hội thoại (Markdown)", value=None, size="sm",
                                                          interactive=False, elem_id="vnqa-dl-all-md", min_width=150)
                            new_chat = gr.Button("Cuộc hỏi đáp mới", size="sm", elem_id="vnqa-new-chat", min_width=150)
                    with gr.Column(scale=2, min_width=280):
                        gr.Markdown("#### Nguồn trích dẫn")
                        sources = gr.HTML(render_sources_panel([]), elem_id="vnqa-sources", js_on_load=OPEN_DOC_JS,
                                          server_functions=[open_document], max_height=640, autoscroll=False)

            # ---------------------------------------------------------------- search
            with gr.Tab("Tìm kiếm", id="search"):
                with gr.Row(equal_height=True):
                    query = gr.Textbox(placeholder="Từ khoá hoặc câu hỏi, ví dụ: tai nạn giao thông", show_label=False,
                                       scale=4, min_width=200, elem_id="vnqa-search-query", max_length=500)
                    search_btn = gr.Button("Tìm", variant="primary", scale=1, min_width=70, elem_id="vnqa-search-btn")
                with gr.Row():
                    mode = gr.Radio(MODES, value="hybrid", label="Cách tìm", scale=3)
                    k = gr.Slider(3, 30, value=10, step=1, label="Số kết quả", scale=2)
                results = gr.HTML("<p class='vnqa-count'>Nhập từ khoá để tìm các đoạn văn liên quan.</p>",
                                  elem_id="vnqa-search-results", js_on_load=OPEN_DOC_JS, server_functions=[open_document])

            # ---------------------------------------------------------------- documents
            with gr.Tab("Tài liệu", id="documents"):
                docs_table = gr.Dataframe(headers=DOC_COLUMNS, value=[], interactive=False, wrap=True,
                                          elem_id="vnqa-docs", label="Các báo cáo đã nạp", column_widths=[
                                              "34%", "10%", "16%", "8%", "8%", "14%", "10%"])
                with gr.Row(equal_height=False):
                    with gr.Column(min_width=280):
                        upload = gr.File(file_count="multiple", label=f"Kéo thả tệp báo cáo vào đây (tối đa {MAX_UPLOAD_MB} MB/tệp)",
                                         file_types=[".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".jsonl", ".gz"],
                                         elem_id="vnqa-upload", height=150)
                        ingest_btn = gr.Button("Nạp các tệp đã chọn", variant="primary", elem_id="vnqa-ingest")
                        upload_result = gr.Dataframe(headers=UPLOAD_COLUMNS, value=[], interactive=False, wrap=True,
                                                     label="Kết quả nạp", elem_id="vnqa-upload-result")
                        upload_note = gr.Markdown("")
                    with gr.Column(min_width=280):
                        view_doc = gr.Dropdown(label="Xem toàn văn báo cáo", choices=[], value=None, elem_id="vnqa-view-doc")
                        remove_docs = gr.Dropdown(label="Chọn báo cáo cần xoá khỏi chỉ mục", choices=[], value=[],
                                                  multiselect=True, elem_id="vnqa-remove-docs")
                        remove_btn = gr.Button("Xoá các báo cáo đã chọn", variant="stop", elem_id="vnqa-remove")
                        remove_note = gr.Markdown("")
                doc_view = gr.HTML("", elem_id="vnqa-doc-view")

            # ---------------------------------------------------------------- figures
            with gr.Tab("Số liệu", id="figures"):
                with gr.Row():
                    fig_subject = gr.Dropdown(label="Chỉ tiêu", choices=[], value=None, scale=3)
                    fig_year = gr.Dropdown(label="Năm", choices=[], value=None, scale=1)
                series_pick = gr.Dropdown(label="Chuỗi số liệu theo năm", choices=[], value=None, elem_id="vnqa-series")
                chart = gr.BarPlot(_chart_frame(None), x="Kỳ", y="Mức", elem_id="vnqa-chart",
                                   y_title="Mức thay đổi so với năm trước", x_title="", height=340,
                                   sort=None, label="Biểu đồ (số liệu nguyên văn của báo cáo)", tooltip="all")
                figures_table = gr.Dataframe(headers=figures_tab.COLUMNS, value=[], interactive=False, wrap=True,
                                             label="Số liệu trong các báo cáo", elem_id="vnqa-figures")

        # ================================================================ handlers
        def refresh_all():
            """Everything that depends on the loaded reports (after startup, upload or removal)."""
            docs_rows = catalog.table()
            choices = catalog.doc_choices()
            figs = assistant.index.store.figures() if assistant.index.store else []
            titles = catalog.titles()
            ser = figures_tab.series(figs, titles)
            first = next(iter(ser), None)
            years = sorted({(f.get("data") or {}).get("year") for f in figs} - {None})
            samples = [[q] for q in (state.examples or GENERAL[:3])]
            doc_years = catalog.years()
            return (gr.Dropdown(choices=doc_years), gr.Dropdown(choices=doc_years), gr.Dataset(samples=samples),
                    gr.Dropdown(choices=catalog.unit_choices()), gr.Dropdown(choices=choices), docs_rows, gr.Dropdown(choices=choices), gr.Dropdown(choices=choices, value=[]),
                    gr.Dropdown(choices=figures_tab.subjects(figs)), gr.Dropdown(choices=years),
                    gr.Dropdown(choices=list(ser), value=first), _chart(ser.get(first)),
                    figures_tab.figure_rows(figs, titles), _status_text(catalog, state))

        refresh_outputs = [year_from, year_to, examples, unit_filter, doc_filter, docs_table, view_doc, remove_docs,
                           fig_subject, fig_year, series_pick, chart, figures_table, status]

        timer = gr.Timer(1.0)

        def tick():  # each page polls until the index is ready, then fills itself once and stops
            if state.ready.is_set():
                return (*refresh_all(), gr.Timer(active=False))
            return (*[gr.skip()] * (len(refresh_outputs) - 1), _status_text(catalog, state),
                    gr.Timer(active=not state.ready.is_set()))

        timer.tick(tick, outputs=[*refresh_outputs, timer], show_progress="hidden")
        demo.load(lambda: refresh_all() if state.ready.is_set() else [gr.skip()] * len(refresh_outputs),
                  outputs=refresh_outputs, show_progress="hidden")

        # ---- filters
        def describe_filters(yf, yt, unit, ids):
            try:
                f = catalog.filters(yf, yt, unit, ids)
            except ValueError as exc:
                return f"⚠ {exc}"
            if f is None:
                return "Đang dùng: **tất cả báo cáo**."
            bits = []
            if f.year_from or f.year_to:
                bits.append(f"năm {f.year_from or '…'}–{f.year_to or '…'}")
            if unit:
                bits.append(f"đơn vị: {unit}")
            if f.doc_ids:
                bits.append(f"{len(f.doc_ids)} báo cáo")
            return "Đang lọc: " + "; ".join(bits)

        for comp in filter_inputs:
            comp.change(describe_filters, filter_inputs, filter_note, show_progress="hidden")
        clear_filters.click(lambda: (None, None, None, []), outputs=filter_inputs)

        # ---- chat
        def respond(question, turns, yf, yt, unit, ids, request: gr.Request):
            turns = list(turns or [])
            question = (question or "").strip()
            history = _history(turns)
            no_change = (gr.skip(),) * 5
            if not question:
                yield "", history, turns, gr.skip(), *no_change[:4]
                return
            history = history + [{"role": "user", "content": esc(question)}, {"role": "assistant", "content": SEARCHING}]
            yield "", history, turns, gr.skip(), *no_change[:4]
            if not state.ready.is_set():
                history[-1]["content"] = f"Đang chuẩn bị: {state.message} Vui lòng hỏi lại sau giây lát."
                yield "", history, turns, gr.skip(), *no_change[:4]
                return
            try:
                filters = catalog.filters(yf, yt, unit, ids)
                turn = make_turn(assistant, question, turns, filters, catalog.units())
            except Exception as exc:
                history[-1]["content"] = f"⚠ Không trả lời được câu hỏi: {esc(friendly_error(exc))}"
                yield "", history, turns, gr.skip(), *no_change[:4]
                return
            turns.append(turn)
            for stage in turn_stages(turn, len(turns)):
                history[-1]["content"] = stage
                yield "", history, turns, gr.skip(), *no_change[:4]
                time.sleep(STAGE_DELAY)
            user = getattr(request, "username", None) if request else None
            if audit_file:
                try:
                    append_audit(audit_file, audit_record(user, turn["question"], turn["resolved"], turn["answer"]))
                except OSError:
                    traceback.print_exc()
            files = _write_exports(turns, user)
            yield ("", history, turns, render_sources_panel(turns),
                   *[gr.DownloadButton(value=p, interactive=True) for p in files])

        chat_outputs = [box, chatbot, turns_state, sources, dl_answer_docx, dl_answer_md, dl_all_docx, dl_all_md]
        box.submit(respond, [box, turns_state, *filter_inputs], chat_outputs)
        send.click(respond, [box, turns_state, *filter_inputs], chat_outputs)
        examples.click(lambda s: s[0], examples, box).then(respond, [box, turns_state, *filter_inputs], chat_outputs)
        new_chat.click(lambda: ("", [], [], render_sources_panel([]),
                                *[gr.DownloadButton(value=None, interactive=False)] * 4), outputs=chat_outputs)

        # ---- search
        def do_search(q, mode_value, k_value, yf, yt, unit, ids):
            q = (q or "").strip()
            if not q:
                return "<p class='vnqa-notfound'>Hãy nhập từ khoá cần tìm.</p>"
            if not state.ready.is_set():
                return f"<p class='vnqa-wait'>{esc(state.message)}</p>"
            try:
                filters = catalog.filters(yf, yt, unit, ids)
                rows = search_rows(assistant, catalog.docs(), q, k_value, mode_value, filters)
                return render_search_results(rows, q, understood=assistant.restore_diacritics(q))
            except Exception as exc:
                return f"<p class='vnqa-notfound'>⚠ Không tìm được: {esc(friendly_error(exc))}</p>"

        search_inputs = [query, mode, k, *filter_inputs]
        query.submit(do_search, search_inputs, results)
        search_btn.click(do_search, search_inputs, results)

        # ---- documents
        def do_ingest(files, progress=gr.Progress()):
            if not files:
                return [], "⚠ Chưa chọn tệp nào: kéo thả tệp vào ô phía trên.", *[gr.skip()] * (len(refresh_outputs) + 1)
            if not state.ready.is_set():
                return [], "Đang chuẩn bị chỉ mục, vui lòng thử lại sau.", *[gr.skip()] * (len(refresh_outputs) + 1)
            rows, note = ingest_uploads(assistant, upload_paths(files), lambda frac, msg: progress(frac, desc=msg))
            state.examples = pick_examples(assistant, assistant.index.store.figures()) if assistant.index.store else []
            return rows, note, None, *refresh_all()

        ingest_btn.click(do_ingest, [upload], [upload_result, upload_note, upload, *refresh_outputs])

        def do_remove(ids):
            if not ids:
                return "⚠ Hãy chọn ít nhất một báo cáo cần xoá.", *[gr.skip()] * len(refresh_outputs)
            try:
                report = assistant.remove(list(ids))
                lines = [r.line() for r in report.results]
                note = "\n".join(f"- {esc(x)}" for x in lines) or "Không có gì để xoá."
            except Exception as exc:
                note = f"⚠ Không xoá được: {esc(friendly_error(exc))}"
            return note, *refresh_all()

        remove_btn.click(do_remove, [remove_docs], [remove_note, *refresh_outputs])

        def show_doc(doc_id):
            if not doc_id:
                return ""
            doc = assistant.document(doc_id)
            if doc is None:
                return "<p class='vnqa-notfound'>Tài liệu không còn trong chỉ mục.</p>"
            unit = catalog.units().get(doc_id)
            meta = " · ".join(x for x in (display_date(doc.date, doc.year), unit, file_name(doc.path)) if x)
            return "<div class='vnqa-doc-inline'>" + render_document(doc.title, meta, doc.text).replace(
                "<button type='button' class='vnqa-close'>✕ Đóng</button>", "") + "</div>"

        view_doc.change(show_doc, view_doc, doc_view)

        # ---- figures
        def filter_figures(subject, year):
            figs = assistant.index.store.figures() if assistant.index.store else []
            return figures_tab.figure_rows(figs, catalog.titles(), subject=subject or None, year=year or None)

        fig_subject.change(filter_figures, [fig_subject, fig_year], figures_table)
        fig_year.change(filter_figures, [fig_subject, fig_year], figures_table)

        def pick_series(name):
            figs = assistant.index.store.figures() if assistant.index.store else []
            return _chart(figures_tab.series(figs, catalog.titles()).get(name))

        series_pick.change(pick_series, series_pick, chart)
    return demo


def _chart_frame(points: list[dict] | None) -> pd.DataFrame:
    """Bar heights are the stated magnitudes; each label says the year, rise or fall, and the verbatim figure."""
    rows = []
    for p in points or []:
        trend = "giảm" if p["Giá trị"] < 0 else ("tăng" if p.get("directional") else "")
        label = f"{p['Năm']}: {trend} {p['Số liệu']}".replace("  ", " ")  # the baseline is in the table below
        rows.append({"Kỳ": label, "Mức": abs(p["Giá trị"]), "Xu hướng": trend or "giá trị", "Số liệu": p["Số liệu"]})
    return pd.DataFrame(rows, columns=["Kỳ", "Mức", "Xu hướng", "Số liệu"])


def _chart(points: list[dict] | None):
    df = _chart_frame(points)
    top = float(df["Mức"].max()) if len(df) else 1.0
    return gr.BarPlot(value=df, y_lim=[0, round(top * 1.2 + 0.5, 1)])


def _history(turns: list[dict]) -> list[dict]:
    out = []
    for i, t in enumerate(turns, start=1):
        out.append({"role": "user", "content": esc(t["question"])})
        out.append({"role": "assistant", "content": list(turn_stages(t, i))[-1]})
    return out


def launch(*, data_dir=None, model=None, host: str = "127.0.0.1", port: int = 7860, samples: bool = True) -> None:
    users = load_users()
    assistant = Assistant(data_dir, model=model)
    state = _Startup()
    _start_background_ingest(assistant, state, samples)
    demo = build_ui(assistant, state, audit_file=audit_path(assistant.data_dir))
    demo.queue(default_concurrency_limit=2).launch(
        server_name=host, server_port=port, css=CSS, js=JS, theme=gr.themes.Soft(primary_hue="blue"),
        show_error=False, auth=users, auth_message="Đăng nhập để dùng trợ lý hỏi đáp báo cáo." if users else None,
        max_file_size=f"{TRANSFER_CAP_MB}mb", footer_links=[], i18n=gr.I18n(en=UI_STRINGS))

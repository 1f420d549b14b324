"""The Gradio web app: a Vietnamese chat that answers with quotes, citations and figures.

On first start with an empty data directory the bundled sample reports are indexed in a
background thread; the page shows the progress and answers as soon as the index is ready.
"""
from __future__ import annotations

import threading
import traceback

import gradio as gr

from retrieval.assistant import Assistant
from webui.render import render_answer, render_figures_table

EXAMPLES = [
    "Bao nhiêu xã, phường đạt tiêu chuẩn an toàn về ANTT?",
    "Tai nạn giao thông năm 2020 giảm bao nhiêu phần trăm so với năm 2019?",
    "Công an tỉnh Thanh Hóa đã điều động bao nhiêu cán bộ, chiến sĩ về công an xã?",
    "Hội nghị sơ kết quy chế phối hợp ở địa bàn giáp ranh có những ai tham dự?",
]

CSS = """
.vnqa-figure-value {font-size: 1.5em; font-weight: 700; color: #b42318;}
.vnqa-quote {border-left: 4px solid #2563eb; margin: .4em 0; padding: .2em .8em; background: #f5f8ff;}
.vnqa-source summary {cursor: pointer;}
.vnqa-passage {padding: .4em .8em; line-height: 1.5;}
.vnqa-passage mark {background: #fde68a; padding: 0 2px;}
.vnqa-notfound {color: #92400e;}
"""


class _Startup:
    """Progress of the first-start sample ingest, polled by the page."""

    def __init__(self):
        self.ready = threading.Event()
        self.fraction = 0.0
        self.message = "Đang khởi động…"
        self.error: str | None = None


def _start_background_ingest(assistant: Assistant, state: _Startup, samples: bool) -> None:
    def run():
        try:
            if samples and assistant.index.is_empty:
                state.message = "Đang nạp các báo cáo mẫu (lần chạy đầu tiên)…"

                def progress(frac: float, msg: str) -> None:
                    state.fraction, state.message = frac, msg

                assistant.ensure_samples(progress=progress)
            state.message = "Đang tải mô hình…"
            assistant.search("khởi động", 1)  # warm the model so the first answer is fast
            state.message = "Sẵn sàng."
        except Exception as exc:  # shown in the page, never as a stack trace
            traceback.print_exc()
            state.error = f"Không thể chuẩn bị chỉ mục: {exc}"
        finally:
            state.fraction = 1.0
            state.ready.set()

    threading.Thread(target=run, daemon=True, name="vnqa-startup").start()


def _status_text(assistant: Assistant, state: _Startup) -> str:
    if state.error:
        return f"⚠️ {state.error}"
    if not state.ready.is_set():
        return f"⏳ {state.message} ({state.fraction:.0%})"
    docs = assistant.documents()
    return f"✅ Sẵn sàng — {len(docs)} báo cáo đã được lập chỉ mục."


def build_ui(assistant: Assistant, state: _Startup) -> gr.Blocks:
    with gr.Blocks(title="Trợ lý hỏi đáp báo cáo") as demo:
        gr.Markdown("# Trợ lý hỏi đáp báo cáo công an\nĐặt câu hỏi bằng tiếng Việt; câu trả lời trích nguyên văn từ báo cáo, "
                    "kèm nguồn và số liệu.")
        status = gr.Markdown(_status_text(assistant, state), elem_id="vnqa-status")
        with gr.Row():
            with gr.Column(scale=3):
                chat = gr.Chatbot(label="Hỏi đáp", height=560, elem_id="vnqa-chat")
                with gr.Row():
                    box = gr.Textbox(placeholder="Ví dụ: Bao nhiêu xã, phường đạt tiêu chuẩn an toàn về ANTT?",
                                     show_label=False, scale=5, elem_id="vnqa-question", autofocus=True)
                    send = gr.Button("Hỏi", variant="primary", scale=1, elem_id="vnqa-send")
                gr.Examples(EXAMPLES, inputs=box, label="Câu hỏi mẫu")
            with gr.Column(scale=2):
                figures = gr.Dataframe(headers=["Số liệu", "Giá trị", "Đơn vị", "Câu", "Tài liệu"],
                                       label="Số liệu trong câu trả lời", interactive=False, wrap=True,
                                       elem_id="vnqa-figures")
        timer = gr.Timer(1.0)

        def tick():
            text = _status_text(assistant, state)
            return text, gr.Timer(active=not state.ready.is_set())

        timer.tick(tick, outputs=[status, timer])

        def respond(question: str, history: list):
            history = list(history or [])
            question = (question or "").strip()
            if not question:
                return "", history, gr.skip()
            history.append({"role": "user", "content": question})
            if not state.ready.is_set():
                history.append({"role": "assistant", "content": f"⏳ {state.message} Vui lòng hỏi lại sau giây lát."})
                return "", history, gr.skip()
            try:
                ans = assistant.ask(question)
            except Exception as exc:
                traceback.print_exc()
                history.append({"role": "assistant", "content": f"⚠️ Không trả lời được câu hỏi: {exc}"})
                return "", history, []
            history.append({"role": "assistant", "content": render_answer(ans)})
            return "", history, render_figures_table(ans)

        box.submit(respond, [box, chat], [box, chat, figures])
        send.click(respond, [box, chat], [box, chat, figures])
    return demo


def launch(*, data_dir=None, model=None, host: str = "127.0.0.1", port: int = 7860, samples: bool = True) -> None:
    assistant = Assistant(data_dir, model=model)
    state = _Startup()
    _start_background_ingest(assistant, state, samples)
    demo = build_ui(assistant, state)
    demo.queue(default_concurrency_limit=2).launch(server_name=host, server_port=port, css=CSS,
                                                    theme=gr.themes.Soft(), show_error=False)

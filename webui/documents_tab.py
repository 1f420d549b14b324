"""The documents tab's upload: stage the files safely, ingest them, and list a result per file."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from webui.errors import friendly_error
from webui.meta import file_name
from webui.upload import stage_uploads

UPLOAD_COLUMNS = ["Tệp", "Kết quả", "Số đoạn", "Ghi chú"]
STATUS_LABEL = {"added": "đã thêm", "updated": "đã cập nhật", "unchanged": "không đổi", "duplicate": "trùng lặp",
                "removed": "đã xoá", "error": "LỖI"}


def upload_paths(files) -> list[str]:
    """Gradio hands over paths (or objects with ``.name``) of its temporary copies."""
    return [f if isinstance(f, str) else getattr(f, "name", str(f)) for f in files or []]


def ingest_uploads(assistant, paths: list[str], progress: Callable[[float, str], None] | None = None,
                   *, max_mb: float | None = None) -> tuple[list[list], str]:
    """Rows (see UPLOAD_COLUMNS) for every file, rejected ones included, and a one-line summary."""
    kwargs = {"max_mb": max_mb} if max_mb is not None else {}
    staged, rejected = stage_uploads(paths, Path(assistant.data_dir) / "uploads", [Path(p).name for p in paths], **kwargs)
    rows = [[name, STATUS_LABEL["error"], 0, reason] for name, reason in rejected]
    if not staged:
        return rows, "⚠ Không có tệp nào hợp lệ để nạp."
    try:
        report = assistant.ingest(staged, progress=progress)
    except Exception as exc:
        return rows, f"⚠ Không nạp được: {friendly_error(exc)}"
    for r in report.results:
        rows.append([file_name(r.path), STATUS_LABEL.get(r.status, r.status), r.passages, r.message])
    return rows, f"Xong: {report.summary()}"

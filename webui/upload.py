"""Uploads: safe file names, a size limit and a copy into the data dir before ingesting.

A browser sends whatever name it likes ("../../etc/passwd", "C:\\x\\bc.docx"); only the last
path component survives, reduced to letters, digits, ``-``, ``_``, ``.`` and spaces (Vietnamese
letters kept), never starting with a dot.
"""
from __future__ import annotations

import re
import shutil
import unicodedata
from datetime import datetime
from pathlib import Path

from corpus.readers import SUPPORTED_EXTENSIONS

MAX_UPLOAD_MB = 20
# Gradio's own transfer cap, set well above ours: a file between the two reaches ``save_uploads``,
# which refuses it with a Vietnamese line naming the file (Gradio's own refusal is an English toast).
TRANSFER_CAP_MB = 5 * MAX_UPLOAD_MB
_UNSAFE = re.compile(r"[^\w\-. ]+", re.UNICODE)


def sanitize_filename(name: str, fallback: str = "tai-lieu.txt") -> str:
    base = re.split(r"[\\/]", unicodedata.normalize("NFC", name or ""))[-1]
    base = _UNSAFE.sub("_", base).strip(" .")
    base = re.sub(r"_+", "_", base)
    base = base.lstrip(".-_ ")
    if not base or base in (".", ".."):
        return fallback
    if len(base) > 120:
        stem, dot, ext = base.rpartition(".")
        base = (stem[: 110] + dot + ext) if dot and len(ext) <= 9 else base[:120]
    return base


def supported(name: str) -> bool:
    lower = name.lower()
    return any(lower.endswith(ext) for ext in SUPPORTED_EXTENSIONS)


def stage_uploads(files: list[str | Path], dest_root: Path | str, original_names: list[str] | None = None, *,
                  max_mb: float = MAX_UPLOAD_MB) -> tuple[list[Path], list[tuple[str, str]]]:
    """Copy accepted uploads into a fresh folder; return (staged paths, [(name, reason)] rejected)."""
    dest = Path(dest_root) / datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    staged, rejected = [], []
    names = original_names or [Path(f).name for f in files]
    for src, name in zip(files, names):
        safe = sanitize_filename(name)
        size = Path(src).stat().st_size
        if not supported(safe):
            rejected.append((safe, "định dạng không hỗ trợ (chấp nhận: " + ", ".join(sorted(SUPPORTED_EXTENSIONS)) + ")"))
            continue
        if size > max_mb * 1024 * 1024:
            rejected.append((safe, f"tệp quá lớn ({size / 1048576:.1f} MB; giới hạn {max_mb:g} MB)"))
            continue
        if size == 0:
            rejected.append((safe, "tệp rỗng"))
            continue
        dest.mkdir(parents=True, exist_ok=True)
        target = dest / safe
        i = 1
        while target.exists():
            stem, dot, ext = safe.partition(".")
            target = dest / f"{stem}-{i}{dot}{ext}"
            i += 1
        shutil.copyfile(src, target)
        staged.append(target)
    return staged, rejected

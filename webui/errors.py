"""Errors as the page shows them: one Vietnamese sentence; the stack trace goes to the server log."""
from __future__ import annotations

import traceback


def friendly_error(exc: Exception) -> str:
    from index.indexer import IndexModelMismatch
    from index.report_index import EmptyIndexError

    traceback.print_exc()
    text = str(exc) or exc.__class__.__name__
    if isinstance(exc, (ValueError, EmptyIndexError, IndexModelMismatch, FileNotFoundError)):
        return text  # these already say what to do
    return f"đã xảy ra lỗi khi xử lý ({exc.__class__.__name__}: {text[:200]})"

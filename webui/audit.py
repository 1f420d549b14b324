"""Audit log: one JSON line per question (time, user, question, resolved question, cited documents).

Appended under a lock with one ``write`` per record, so concurrent answers never interleave lines.
"""
from __future__ import annotations

import json
import os
import threading
from datetime import datetime, timezone
from pathlib import Path

_LOCK = threading.Lock()


def audit_record(user: str | None, question: str, resolved: str, answer: dict, *, now: datetime | None = None) -> dict:
    docs, seen = [], set()
    for s in answer.get("sources", []):
        if s.get("highlights") and s["doc_id"] not in seen:  # documents actually quoted
            seen.add(s["doc_id"])
            docs.append({"doc_id": s["doc_id"], "title": s.get("title"), "citation": s["citation"]})
    return {"time": (now or datetime.now(timezone.utc)).isoformat(timespec="seconds"),
            "user": user or "anonymous", "question": question, "resolved_question": resolved,
            "found": bool(answer.get("found")), "cited_documents": docs}


def audit_path(data_dir: Path | str) -> Path:
    return Path(os.environ.get("VNQA_AUDIT_LOG") or Path(data_dir) / "audit.jsonl")


def append_audit(path: Path | str, record: dict) -> None:
    line = json.dumps(record, ensure_ascii=False) + "\n"
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with _LOCK, open(path, "a", encoding="utf-8") as fh:
        fh.write(line)

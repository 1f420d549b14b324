"""One chat turn: resolve a follow-up, answer with filters, and stream the message in stages.

The turn dict (question, resolved question, ``Answer.to_dict()``, units, time) is what the page
renders, the export writes and the audit log summarises, so all three always agree.
"""
from __future__ import annotations

from datetime import datetime
from typing import Iterator

from retrieval.followup import resolve_followup
from webui.render import answer_stages

SEARCHING = "<div class='vnqa-answer'><p class='vnqa-wait'>Đang tìm trong các báo cáo…</p></div>"


def previous_question(turns: list[dict]) -> str | None:
    return turns[-1]["resolved"] if turns else None


def make_turn(assistant, question: str, turns: list[dict], filters, units: dict) -> dict:
    """Answer ``question`` (diacritics restored if typed without any, then resolved against the last turn)
    and package it as a turn dict."""
    res = resolve_followup(assistant.restore_diacritics(question), previous_question(turns))
    ans = assistant.ask(res.resolved, filters=filters).to_dict()
    return {"question": question, "resolved": res.resolved, "is_followup": res.is_followup,
            "carried": res.carried, "answer": ans, "filtered": bool(filters),
            "units": {s["doc_id"]: units.get(s["doc_id"]) for s in ans.get("sources", [])},
            "time": datetime.now().isoformat(timespec="seconds")}


def turn_stages(turn: dict, number: int) -> Iterator[str]:
    note = turn["resolved"] if turn.get("is_followup") or turn["resolved"] != turn["question"] else None
    read = turn["answer"].get("understood_as")  # a misspelt name corrected ("Sheeshanks" -> "Sheepshanks")
    if read and read != turn["resolved"]:
        note = read
    yield from answer_stages(turn["answer"], number, note, filtered=turn.get("filtered", False))

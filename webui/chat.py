"""One chat turn: resolve a follow-up, answer with filters, and stream the message in stages.

The turn dict (question, resolved question, ``Answer.to_dict()``, units, time) is what the page
renders, the export writes and the audit log summarises, so all three always agree.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Iterator

from retrieval.author_answer import author_topic
from retrieval.followup import resolve_followup
from retrieval.hybrid import Filters
from retrieval.question import asks_author
from webui.render import answer_stages

SEARCHING = "<div class='vnqa-answer'><p class='vnqa-wait'>Đang tìm trong các báo cáo…</p></div>"


def previous_question(turns: list[dict]) -> str | None:
    return turns[-1]["resolved"] if turns else None


def previous_report(turns: list[dict]) -> tuple[str, str] | None:
    """The report the last answer that found one quoted first (doc id, title): what "bài này" points at."""
    for turn in reversed(turns):
        ans = turn["answer"]
        first = next(iter(ans.get("quotes") or ans.get("sources") or []), None) if ans.get("found") else None
        if first:
            return first["doc_id"], first.get("title") or first["doc_id"]
    return None


def make_turn(assistant, question: str, turns: list[dict], filters, units: dict) -> dict:
    """Answer ``question`` (diacritics restored if typed without any, then resolved against the last turn)
    and package it as a turn dict."""
    res = resolve_followup(assistant.restore_diacritics(question), previous_question(turns))
    about = previous_report(turns) if asks_author(res.resolved) and not author_topic(res.resolved) else None
    if about:  # "Ai viết bài này?": the report the previous answer quoted
        doc_id, title = about
        res = replace(res, resolved=f"Ai viết bài «{title}»?", is_followup=True, carried={"report": title})
        filters = replace(filters or Filters(), doc_ids=[doc_id])
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

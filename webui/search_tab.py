"""The search tab: ranked passages with their report's metadata, ready for ``render_search_results``."""
from __future__ import annotations

from retrieval.hybrid import Filters

# Two passages per report: enough to see a report's second relevant place, not enough for one long
# report to push every other report off the page.
PER_REPORT = 2


def search_rows(assistant, docs: list[dict], query: str, k: int, mode: str, filters: Filters | None,
                per_report: int | None = PER_REPORT) -> list[dict]:
    """One dict per hit: rank, score, passage offsets and text, and the report's title, date, unit, path."""
    result = assistant.search(query, int(k), filters=filters, mode=mode, per_doc=per_report)
    by_id = {d["doc_id"]: d for d in docs}
    rows = []
    for rank, h in enumerate(result.hits, start=1):
        d = by_id.get(h.doc_id, {})
        rows.append({"rank": rank, "doc_id": h.doc_id, "title": d.get("title"), "date": d.get("date"),
                     "unit": d.get("unit"), "path": d.get("path"), "start": h.passage.start, "end": h.passage.end,
                     "text": h.passage.text, "score": h.score})
    return rows

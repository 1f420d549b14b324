"""The loaded reports as the page lists and filters them, cached per index version.

Units come from each report's stored metadata (read at ingest, correctable with ``app.py meta``);
an index built before units were stored falls back to reading the text once, so the list is cached
on the index version to keep that off the answer path.
"""
from __future__ import annotations

import threading

from retrieval.hybrid import Filters
from corpus.metadata import extract_unit
from webui.meta import display_date, file_name


class Catalog:
    def __init__(self, assistant):
        self.assistant = assistant
        self._lock = threading.Lock()
        self._version: str | None = "-"
        self._docs: list[dict] = []

    def docs(self) -> list[dict]:
        """Document summaries plus ``unit``; recomputed only when the index changed."""
        index = self.assistant.index
        index.refresh()
        with self._lock:
            if index.version != self._version:
                docs = self.assistant.documents()
                store = index.store
                for d in docs:
                    d["unit"] = (d.get("meta") or {}).get("unit")
                    if not d["unit"] and "unit" not in (d.get("meta") or {}) and store:
                        full = store.document(d["doc_id"])
                        d["unit"] = extract_unit(full.text) if full else None
                self._docs, self._version = docs, index.version
            return list(self._docs)

    def units(self) -> dict[str, str | None]:
        return {d["doc_id"]: d["unit"] for d in self.docs()}

    def titles(self) -> dict[str, str]:
        return {d["doc_id"]: d["title"] or file_name(d["path"]) for d in self.docs()}

    def years(self) -> list[int]:
        return sorted({d["year"] for d in self.docs() if d.get("year")})

    def unit_choices(self) -> list[str]:
        return sorted({d["unit"] for d in self.docs() if d["unit"]})

    def doc_choices(self) -> list[tuple[str, str]]:
        return [(f"{(d['title'] or file_name(d['path']))[:70]} ({display_date(d['date'], d.get('year'))})", d["doc_id"]) for d in self.docs()]

    def table(self) -> list[list]:
        return [[d["title"], display_date(d["date"], d.get("year")), d["unit"] or "—", d["passages"], f"{d['chars']:,}".replace(",", "."),
                 file_name(d["path"]), d["doc_id"]] for d in self.docs()]

    def filters(self, year_from, year_to, unit: str | None, doc_ids: list[str] | None) -> Filters | None:
        """Filters for search; a unit becomes the documents it issued. Raises ValueError when nothing matches."""
        yf, yt = _year(year_from, "Từ năm"), _year(year_to, "Đến năm")
        if yf and yt and yf > yt:
            raise ValueError(f"khoảng năm không hợp lệ: từ {yf} đến {yt}")
        ids = list(doc_ids or [])
        if unit:
            by_unit = [d["doc_id"] for d in self.docs() if d["unit"] == unit]
            ids = [i for i in ids if i in by_unit] if ids else by_unit
            if not ids:
                raise ValueError("không có báo cáo nào vừa thuộc đơn vị đã chọn vừa nằm trong các báo cáo đã chọn")
        f = Filters(doc_ids=ids or None, year_from=yf, year_to=yt)
        return f if f.active() else None


def _year(value, label: str) -> int | None:
    """A filter year; empty or 0 (an untouched number box) means no bound."""
    if value in (None, "", 0):
        return None
    try:
        year = int(float(value))
    except (TypeError, ValueError):
        raise ValueError(f"{label}: '{value}' không phải là năm") from None
    if not 1900 <= year <= 2100:
        raise ValueError(f"{label}: năm {year} nằm ngoài khoảng 1900–2100")
    return year

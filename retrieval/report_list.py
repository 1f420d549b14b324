"""Answers about the reports themselves: which reports speak of a topic, and which reports are loaded.

"Báo cáo nào nói về ma túy?" asks for reports, not for the one best sentence: the answer names each report that
speaks of it (one search hit per report) with its best sentence quoted. "Có bao nhiêu báo cáo đã được nạp?" is
about the collection, which no report states: the answer counts and lists the loaded reports. "Báo cáo mới nhất
là báo cáo nào?" is answered from the reports' dates (read at ingest), the reports on a topic when one is named.
"""
from __future__ import annotations

from dataclasses import replace

from corpus.metadata import vietnamese_date
from index.doc_store import DocStore
from index.keyword_index import KeywordIndex
from retrieval.answer import (MIN_COVERAGE, NOT_FOUND, SENTENCE_POOL, Answer, _candidates, _figure_dict, _quote,
                              _sources, antecedent_start)
from retrieval.glossary import expand_terms
from retrieval.hybrid import Hit
from retrieval.question import QuestionAnalysis, asks_inventory, asks_newest
from retrieval.text_analysis import QUERY_STOPWORDS, fold, without_phrases

MAX_REPORTS = 5  # reports named in a "báo cáo nào" answer (one search hit each)
MAX_LISTED = 20  # reports listed by an inventory answer before "… và N báo cáo khác"
DATED_DEPTH = 30  # reports searched (one passage each) for the newest or the oldest on a topic
COMPARED_PER_REPORT = 4  # passages searched per report when places are compared ("giữa Đăk Tô và Tuyên Hóa")
ON_TOPIC = 0.8  # share of the best sentence's coverage a report's sentence needs to count as speaking of it

# "nói về", "đề cập đến", "nhắc tới", "liên quan": how the question points at the topic, not the topic
POINTING_PHRASES = QUERY_STOPWORDS + (
    "nói", "đề cập", "nhắc", "đến", "tới", "liên quan", "viết", "ghi", "ghi nhận", "đưa", "nêu", "phản ánh", "báo cáo",
    "tài liệu", "văn bản", "tất cả", "mọi",
    # "So sánh … giữa các địa phương": the comparison asked, not its topic
    "so sánh", "đối chiếu", "giữa", "địa phương", "đơn vị", "huyện", "tỉnh", "nơi")
# "mới nhất", "gần đây nhất", "cũ nhất": which end of the reports' dates, not a topic
RECENCY_PHRASES = ("mới nhất", "gần đây nhất", "gần nhất", "muộn nhất", "sau cùng", "cũ nhất", "sớm nhất", "đầu tiên",
                   "lâu nhất", "được nạp", "nạp")


def topic_terms(question: str, *, recency: bool = False) -> list[str]:
    """The question's terms without its pointing words ("Báo cáo nào nói về quy chế phối hợp?" -> quy chế phối
    hợp) and, with ``recency``, without "mới nhất" and the like."""
    phrases = POINTING_PHRASES + (RECENCY_PHRASES if recency else ())
    return expand_terms(without_phrases(question, phrases))


def _topic_analysis(analysis: QuestionAnalysis, *, recency: bool = False) -> QuestionAnalysis:
    terms = topic_terms(analysis.text, recency=recency)
    if analysis.compared:  # "… giữa Đăk Tô và Tuyên Hóa": each report speaks of its own place, not of the others
        names = tuple(p.name for p in analysis.compared) + tuple(fold(p.name) for p in analysis.compared)
        terms = expand_terms(without_phrases(analysis.text, POINTING_PHRASES + names))
    return replace(analysis, terms=terms or analysis.terms)


def date_key(doc) -> str:
    """A report's date as it sorts: its date, else its year (read at ingest), else '' (undated)."""
    date = doc.get("date") if isinstance(doc, dict) else doc.date
    year = doc.get("year") if isinstance(doc, dict) else doc.year
    return date or (str(year) if year else "")


_END = {"newest": "mới nhất", "oldest": "cũ nhất"}


def _when(doc) -> str:
    """The date shown beside a report's title ("03/06/2022", "2017", "không ghi ngày")."""
    key = date_key(doc)
    return vietnamese_date(key) if key else "không ghi ngày"


def compose_which_reports(question: str, hits: list[Hit], store: DocStore, keywords: KeywordIndex,
                          analysis: QuestionAnalysis, *, max_sources: int = 5, order: str | None = None) -> Answer:
    """One quote per report that speaks of the topic, best report first (``order`` "newest"/"oldest": by date,
    undated reports last)."""
    topic = _topic_analysis(analysis, recency=bool(order))
    idf = keywords.idf(list(set(topic.terms)))
    # newest or oldest: every report searched competes (the newest may rank tenth), but only those saying about
    # as much of the topic as the best one does ("quy chế phối hợp", not "phối hợp" alone)
    # places compared: each place's reports are searched several passages deep (the best passage for the whole
    # question, both places named, is rarely the one on the topic)
    compared = analysis.compared
    candidates = _candidates(hits, store, topic, idf, depth=len(hits) if order or compared else SENTENCE_POOL)
    bar = MIN_COVERAGE
    if order and candidates:
        bar = max(bar, ON_TOPIC * max(c.coverage for c in candidates))
    best: dict[str, object] = {}
    for c in candidates:  # best first
        if c.hit.doc_id not in best and c.coverage >= bar:
            best[c.hit.doc_id] = c
    chosen = list(best.values())
    if order:
        dated = [c for c in chosen if date_key(store.document(c.hit.doc_id))]
        dated.sort(key=lambda c: date_key(store.document(c.hit.doc_id)), reverse=order == "newest")
        chosen = dated + [c for c in chosen if c not in dated]
    more = max(0, len(chosen) - MAX_REPORTS)
    chosen = chosen[:MAX_REPORTS]
    if not chosen:
        sources = _sources(hits[:max_sources], store, {}, {})
        return Answer(question, False, NOT_FOUND + " Các đoạn gần nhất được liệt kê bên dưới.", sources=sources,
                      answer_type=analysis.answer_type)
    citations: dict[str, int] = {}
    quotes, lines, figures = [], [], []
    highlights: dict[int, list[tuple[int, int]]] = {}
    for c in chosen:
        n = citations.setdefault(c.hit.doc_id, len(citations) + 1)
        doc = store.document(c.hit.doc_id)
        start = antecedent_start(doc.text, c.hit, c.start, c.end)
        quote = _quote(store, doc.doc_id, start, c.end, c.score, c.hit.passage_id, n)
        quotes.append(quote)
        highlights.setdefault(c.hit.passage_id, []).append((start, c.end))
        lines.append(f"[{n}] {doc.title}: «{quote.text}»")
        figures.extend({**_figure_dict(f), "lead": False} for f in c.figures)
    # a place compared that no quoted report speaks of is said to be missing, not silently left out
    lines += [f"Không báo cáo nào về {p} đã nạp nói đến nội dung này." for p in compared
              if not any(f"place {p.key}" in c.hit.boosts for c in chosen)]
    count = len(chosen)
    head = f"{count} báo cáo nói đến nội dung này:" if count > 1 else "Một báo cáo nói đến nội dung này:"
    if order:
        first = store.document(chosen[0].hit.doc_id)
        end = _END[order]
        head = (f"Báo cáo {end} nói đến nội dung này: «{first.title}» ({_when(first)})."
                + (f" {count + more} báo cáo nói đến nội dung này, {end} trước"
                   + (f" ({count} báo cáo đầu):" if more else ":") if count > 1 else ""))
    ordered = [next(h for h in hits if h.passage_id == c.hit.passage_id) for c in chosen]
    rest = [h for h in hits if h not in ordered]
    sources = _sources((ordered + rest)[: max(max_sources, len(ordered))], store, citations, highlights)
    return Answer(question, True, head + "\n" + "\n".join(lines), quotes, figures, sources, analysis.answer_type)


def compose_inventory(question: str, store: DocStore, analysis: QuestionAnalysis, *, order: str = "newest",
                      answer_first: bool = False) -> Answer:
    """The loaded reports, counted and listed (title, unit, date), each cited by its opening passage; newest
    first (``order`` "oldest": oldest first), undated reports last. ``answer_first``: the head names the first
    one ("Báo cáo mới nhất: …")."""
    docs = store.document_summaries()
    if not docs:
        return Answer(question, False, "Chưa có báo cáo nào được nạp.", answer_type=analysis.answer_type)
    dated = sorted((d for d in docs if date_key(d)), key=lambda d: (date_key(d), d["doc_id"]),
                   reverse=order == "newest")
    docs = dated + [d for d in docs if not date_key(d)]
    hits = []
    for d in docs[:MAX_LISTED]:
        pid = store.passage_id(d["doc_id"], 0)
        if pid is None:
            continue
        passage = store.passages([pid]).get(pid)
        if passage is not None:
            hits.append(Hit(pid, d["doc_id"], passage, 0.0))
    citations = {h.doc_id: i + 1 for i, h in enumerate(hits)}
    lines = []
    for d in docs[:MAX_LISTED]:
        n = citations.get(d["doc_id"])
        unit = (d.get("meta") or {}).get("unit")
        bits = [b for b in (unit, vietnamese_date(date_key(d))) if b]
        lines.append(f"[{n}] {d['title'] or d['doc_id']}" + (f" — {', '.join(bits)}" if bits else ""))
    if len(docs) > MAX_LISTED:
        lines.append(f"… và {len(docs) - MAX_LISTED} báo cáo khác (xem thẻ Tài liệu).")
    passages = sum(int(d.get("passages") or 0) for d in docs)
    head = f"Đã nạp {len(docs)} báo cáo ({passages} đoạn văn):"
    if answer_first:
        end = _END[order]
        first = docs[0]
        if not date_key(first):
            head = f"Không báo cáo nào ghi ngày, nên không biết báo cáo nào {end}. " + head
        else:
            head = (f"Báo cáo {end}: «{first['title'] or first['doc_id']}» ({_when(first)}). Đã nạp {len(docs)} "
                    f"báo cáo, {end} trước:")
    sources = _sources(hits, store, dict(citations), {})
    return Answer(question, True, head + "\n" + "\n".join(lines), [], [], sources, analysis.answer_type)


def compose_reports_answer(question: str, hits: list[Hit], store: DocStore, keywords: KeywordIndex,
                           analysis: QuestionAnalysis, *, max_sources: int = 5) -> Answer | None:
    """The answer to a question about the reports, or None when the search found nothing to name."""
    order = asks_newest(analysis.text)
    if asks_inventory(analysis.text):
        return compose_inventory(question, store, analysis, order=order or "newest", answer_first=bool(order))
    if order:
        if not topic_terms(analysis.text, recency=True):  # "Báo cáo mới nhất là báo cáo nào?": the whole collection by date
            return compose_inventory(question, store, analysis, order=order, answer_first=True)
    if not hits:
        return None
    return compose_which_reports(question, hits, store, keywords, analysis, max_sources=max_sources, order=order)

"""Answers about the reports themselves: which reports speak of a topic, and which reports are loaded.

"Báo cáo nào nói về ma túy?" asks for reports, not for the one best sentence: the answer names each report that
speaks of it (one search hit per report) with its best sentence quoted. "Có bao nhiêu báo cáo đã được nạp?" is
about the collection, which no report states: the answer counts and lists the loaded reports.
"""
from __future__ import annotations

from dataclasses import replace

from corpus.metadata import vietnamese_date
from index.doc_store import DocStore
from index.keyword_index import KeywordIndex
from retrieval.answer import (MIN_COVERAGE, NOT_FOUND, Answer, _candidates, _figure_dict, _quote, _sources,
                              antecedent_start)
from retrieval.hybrid import Hit
from retrieval.question import QuestionAnalysis, asks_inventory
from retrieval.text_analysis import QUERY_STOPWORD_SYLLABLES, terms_without

MAX_REPORTS = 5  # reports named in a "báo cáo nào" answer (one search hit each)
MAX_LISTED = 20  # reports listed by an inventory answer before "… và N báo cáo khác"

# "nói về", "đề cập đến", "nhắc tới", "liên quan": how the question points at the topic, not the topic
_POINTING = frozenset("noi de cap nhac den toi lien quan viet ghi dua neu".split()) | QUERY_STOPWORD_SYLLABLES
def _topic_analysis(analysis: QuestionAnalysis) -> QuestionAnalysis:
    # the words of the pointing and the pairs across it ("nói về", "về quy") go
    terms = terms_without(analysis.terms, _POINTING, pairs_touching=True)
    return replace(analysis, terms=terms or analysis.terms)


def compose_which_reports(question: str, hits: list[Hit], store: DocStore, keywords: KeywordIndex,
                          analysis: QuestionAnalysis, *, max_sources: int = 5) -> Answer:
    """One quote per report that speaks of the topic, best report first."""
    topic = _topic_analysis(analysis)
    idf = keywords.idf(list(set(topic.terms)))
    best: dict[str, object] = {}
    for c in _candidates(hits, store, topic, idf):  # best first
        if c.hit.doc_id not in best and c.coverage >= MIN_COVERAGE:
            best[c.hit.doc_id] = c
    chosen = list(best.values())[:MAX_REPORTS]
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
    count = len(chosen)
    head = f"{count} báo cáo nói đến nội dung này:" if count > 1 else "Một báo cáo nói đến nội dung này:"
    ordered = [next(h for h in hits if h.passage_id == c.hit.passage_id) for c in chosen]
    rest = [h for h in hits if h not in ordered]
    sources = _sources((ordered + rest)[: max(max_sources, len(ordered))], store, citations, highlights)
    return Answer(question, True, head + "\n" + "\n".join(lines), quotes, figures, sources, analysis.answer_type)


def compose_inventory(question: str, store: DocStore, analysis: QuestionAnalysis) -> Answer:
    """The loaded reports, counted and listed (title, unit, date), each cited by its opening passage."""
    docs = store.document_summaries()
    if not docs:
        return Answer(question, False, "Chưa có báo cáo nào được nạp.", answer_type=analysis.answer_type)
    docs.sort(key=lambda d: (d.get("date") or "", d["doc_id"]), reverse=True)  # newest first
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
        bits = [b for b in (unit, vietnamese_date(d.get("date"))) if b]
        lines.append(f"[{n}] {d['title'] or d['doc_id']}" + (f" — {', '.join(bits)}" if bits else ""))
    if len(docs) > MAX_LISTED:
        lines.append(f"… và {len(docs) - MAX_LISTED} báo cáo khác (xem thẻ Tài liệu).")
    passages = sum(int(d.get("passages") or 0) for d in docs)
    head = f"Đã nạp {len(docs)} báo cáo ({passages} đoạn văn):"
    sources = _sources(hits, store, dict(citations), {})
    return Answer(question, True, head + "\n" + "\n".join(lines), [], [], sources, analysis.answer_type)

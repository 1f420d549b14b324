"""Who wrote a report: "Ai viết bài về hội nghị ở Sông Cầu?" is answered with the byline of the report the topic
names ("Phương Hồng"), quoted where the report prints it, not with a sentence of its text.

The byline is read at ingest (``corpus.metadata.extract_author``, correctable with ``app.py meta``). The answer
quotes it at its place in the report (document offsets), names the report it closes, and quotes the sentence
that shows the report is the one asked about. A report that prints no byline is said to have none, with its
source when one is known; a byline given only in a sidecar file is reported as such, never as a quote.
"""
from __future__ import annotations

import re
from dataclasses import replace

from index.doc_store import DocStore
from index.keyword_index import KeywordIndex
from retrieval.answer import MIN_COVERAGE, NOT_FOUND, Answer, Quote, _candidates, _quote, _sources, antecedent_start
from retrieval.glossary import expand_terms
from retrieval.hybrid import Hit
from retrieval.question import QuestionAnalysis, asks_many_authors
from retrieval.report_list import MAX_LISTED, MAX_REPORTS, ON_TOPIC, POINTING_PHRASES
from retrieval.text_analysis import fold, normalize, without_phrases

# how a question asks for the writer, not what the report is about
AUTHOR_PHRASES = POINTING_PHRASES + (
    "ai", "là ai", "do ai", "bởi ai", "của ai", "người nào", "phóng viên", "phóng viên nào", "tác giả", "người viết",
    "bút danh", "viết", "đưa tin", "soạn", "biên soạn", "chấp bút", "gửi bài", "bài viết", "bài báo", "bản tin", "bài",
    "nào", "đã", "là người", "những", "các", "này", "đó", "ấy", "trên")

_ASKING_WORDS = {fold(w) for p in AUTHOR_PHRASES for w in normalize(p).split()}


def author_topic(question: str) -> list[str]:
    """The question's terms without the words asking for the writer: "Ai viết bài về hội nghị ở Sông Cầu?" ->
    hội nghị, Sông Cầu."""
    if all(w in _ASKING_WORDS for w in re.findall(r"[^\W\d_]+", fold(normalize(question)))):
        return []  # "bài nay do ai viet" (half restored): no topic in any spelling
    return expand_terms(without_phrases(question, AUTHOR_PHRASES))


def byline_span(text: str, author: str | None) -> tuple[int, int] | None:
    """Where the report prints its byline: the last occurrence of the author's name (bylines close a report)."""
    if not author:
        return None
    at = text.rfind(author)
    return (at, at + len(author)) if at >= 0 else None


def _credit(doc) -> str:
    """"; nguồn: VnExpress": where a report without a byline came from, when that is known."""
    source = doc.meta.get("site") or (doc.source if doc.source and "/" not in doc.source else None)
    return f" (nguồn: {source})" if source else ""


def compose_author_answer(question: str, hits: list[Hit], store: DocStore, keywords: KeywordIndex,
                          analysis: QuestionAnalysis, *, max_sources: int = 5) -> Answer:
    """The byline of the report the topic names (of each, when several reports are asked for); every loaded
    report's when no topic is named ("Ai là tác giả các báo cáo?")."""
    terms = author_topic(analysis.text)
    many = asks_many_authors(analysis.text)
    if not terms:  # no topic: the one report searched (a filter, a one-report index), or every loaded report
        searched = list(dict.fromkeys(h.doc_id for h in hits))
        ids = searched if len(searched) == 1 else [d["doc_id"] for d in store.document_summaries()[:MAX_LISTED]]
        docs = [store.document(doc_id) for doc_id in ids]
        if len(docs) > 1 and not many:
            return Answer(question, False, "Câu hỏi chưa nói bài nào. Hãy nêu nội dung bài cần hỏi, ví dụ: «Ai viết "
                          "bài về hội nghị sơ kết quy chế phối hợp?», hoặc hỏi «Ai là tác giả các báo cáo?».",
                          answer_type=analysis.answer_type)
        chosen = [(doc, None) for doc in docs if doc is not None]
    else:
        topic = replace(analysis, terms=terms)
        idf = keywords.idf(list(set(terms)))
        cands = _candidates(hits, store, topic, idf, depth=len(hits))
        bar = max([MIN_COVERAGE] + [ON_TOPIC * c.coverage for c in cands[:1]])
        best: dict = {}
        for c in cands:
            if c.hit.doc_id not in best and c.coverage >= bar:
                best[c.hit.doc_id] = c
        chosen = [(store.document(doc_id), c) for doc_id, c in best.items()][: MAX_REPORTS if many else 1]
    if not chosen:
        return Answer(question, False, NOT_FOUND + " Các đoạn gần nhất được liệt kê bên dưới.",
                      sources=_sources(hits[:max_sources], store, {}, {}), answer_type=analysis.answer_type)

    citations: dict[str, int] = {}
    quotes: list[Quote] = []
    lines: list[str] = []
    shown: list[Hit] = []
    highlights: dict[int, list[tuple[int, int]]] = {}
    lead = None
    for doc, cand in chosen:
        n = citations.setdefault(doc.doc_id, len(citations) + 1)
        author = doc.meta.get("author")
        span = byline_span(doc.text, author)
        pid = store.passage_at(doc.doc_id, span[0]) if span else None
        if span and pid is not None:
            passage = store.passages([pid])[pid]
            quotes.append(_quote(store, doc.doc_id, span[0], span[1], 1.0, pid, n))
            highlights.setdefault(pid, []).append(span)
            shown.append(Hit(pid, doc.doc_id, passage, 0.0))
            lines.append(f"{author} [{n}] — tác giả bài «{doc.title}»")
            lead = lead or {"text": author, "doc_id": doc.doc_id, "start": span[0], "end": span[1], "citation": n}
        elif author:  # given in a sidecar file, not printed in the text: said, but not as a quote
            lines.append(f"{author} [{n}] — tác giả bài «{doc.title}» (theo thông tin nhập kèm báo cáo, không in "
                         "trong bài)")
        else:
            lines.append(f"Bài «{doc.title}» [{n}] không ghi tên tác giả{_credit(doc)}.")
        if cand is not None:  # the sentence that shows this is the report asked about
            start = antecedent_start(doc.text, cand.hit, cand.start, cand.end)
            quotes.append(_quote(store, doc.doc_id, start, cand.end, cand.score, cand.hit.passage_id, n))
            lines.append(f"«{quotes[-1].text}» [{n}]")
            highlights.setdefault(cand.hit.passage_id, []).append((start, cand.end))
            shown.append(cand.hit)
        elif not (span and pid is not None):
            first = store.passage_id(doc.doc_id, 0)
            if first is not None:
                shown.append(Hit(first, doc.doc_id, store.passages([first])[first], 0.0))
    rest = [h for h in hits if h.doc_id in citations and all(h.passage_id != s.passage_id for s in shown)]
    sources = _sources(shown + rest[: max(0, max_sources - len(shown))], store, citations, highlights)
    head = [] if len(chosen) == 1 else [f"Tác giả của {len(chosen)} bài:"]
    return Answer(question, True, "\n".join(head + lines), quotes, [], sources, analysis.answer_type, lead=lead)

"""Extractive answers: the best sentences of the top passages, quoted verbatim, with citations.

No language model is involved, so nothing can be invented: every quote is ``document.text[start:end]``
of a stored report, and every figure listed is a verbatim part of a quoted sentence. Sentences are
ranked by how much of the question's (idf-weighted) vocabulary they contain, the rank of their
passage, and - for "bao nhiêu" questions - whether they state a figure.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from corpus.figures import extract_figures
from index.doc_store import DocStore
from index.keyword_index import KeywordIndex
from retrieval.hybrid import Hit
from retrieval.question import QuestionAnalysis
from retrieval.text_analysis import index_terms, normalize

NOT_FOUND = "Không tìm thấy thông tin phù hợp trong các báo cáo đã nạp."
SENTENCE_POOL = 5  # passages whose sentences compete for the quote
MAX_QUOTES = 3
MIN_COVERAGE = 0.34  # share of the question's idf mass a sentence must contain to be quoted alone
MIN_DENSE = 0.84  # ... or the passage must be this close semantically (e5 cosine)


@dataclass
class Quote:
    citation: int
    doc_id: str
    title: str
    date: str | None
    path: str
    text: str
    start: int
    end: int
    score: float
    passage_id: int

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Source:
    citation: int
    doc_id: str
    title: str
    date: str | None
    path: str
    passage_id: int
    start: int
    end: int
    text: str
    highlights: list[tuple[int, int]] = field(default_factory=list)  # absolute offsets of quoted sentences

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Answer:
    question: str
    found: bool
    answer: str
    quotes: list[Quote] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    answer_type: str = "other"
    timings: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "question": self.question,
            "answer": self.answer,
            "found": self.found,
            "answer_type": self.answer_type,
            "quotes": [{"doc_id": q.doc_id, "title": q.title, "text": q.text, "start": q.start, "end": q.end,
                        "score": round(q.score, 4), "citation": q.citation, "date": q.date, "path": q.path}
                       for q in self.quotes],
            "figures": self.figures,
            "sources": [s.to_dict() for s in self.sources],
            "timings": {k: round(v, 2) for k, v in self.timings.items()},
        }


@dataclass
class _Candidate:
    hit_rank: int
    hit: Hit
    start: int
    end: int
    coverage: float
    score: float
    figures: list = field(default_factory=list)


def _coverage(q_terms: list[str], sentence: str, idf: dict[str, float]) -> float:
    if not q_terms:
        return 0.0
    s_terms = set(index_terms(sentence))
    total = sum(idf[t] for t in set(q_terms))
    if total <= 0:
        return 0.0
    return sum(idf[t] for t in set(q_terms) if t in s_terms) / total


def _candidates(hits: list[Hit], store: DocStore, analysis: QuestionAnalysis, idf: dict[str, float]) -> list[_Candidate]:
    out = []
    for rank, hit in enumerate(hits[:SENTENCE_POOL]):
        doc = store.document(hit.doc_id)
        if doc is None:
            continue
        for span in hit.passage.sentences:
            sentence = doc.text[span.start : span.end]
            cov = _coverage(analysis.terms, sentence, idf)
            try:
                figs = extract_figures(sentence, base_offset=span.start, context_year=doc.year)
            except Exception:
                figs = []
            score = 0.65 * cov + 0.35 / (1 + rank)
            if analysis.wants_figure:
                score += 0.15 if figs else -0.1
            out.append(_Candidate(rank, hit, span.start, span.end, cov, score, figs))
    out.sort(key=lambda c: -c.score)
    return out


def _is_relevant(best: _Candidate, hits: list[Hit]) -> bool:
    top_dense = max((h.dense_score or 0.0) for h in hits) if hits else 0.0
    return best.coverage >= MIN_COVERAGE or (top_dense >= MIN_DENSE and best.coverage >= 0.2)


def _figure_context(fig, sentence: str, sentence_start: int) -> str:
    """The words that say what a figure measures: its own record plus the phrase around it."""
    a, b = fig.start - sentence_start, fig.end - sentence_start
    left = max(sentence.rfind(";", 0, a), sentence.rfind(".", 0, a)) + 1
    right_candidates = [i for i in (sentence.find(";", b), sentence.find(".", b)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(sentence)
    fields = [getattr(fig, name, None) or "" for name in ("subject", "counted", "predicate", "baseline", "period")]
    return " ".join([sentence[left:right], *fields])


def _rank_figures(cands: list["_Candidate"], store: DocStore, analysis: QuestionAnalysis, idf: dict[str, float]):
    """Figures of the quoted sentences, the one that answers the question first.

    A figure answers when the words around it (its clause, counted noun, subject, baseline)
    cover the question's words and its year is the year asked about; ties keep text order.
    """
    scored = []
    for order, c in enumerate(cands):
        doc = store.document(c.hit.doc_id)
        sentence = doc.text[c.start : c.end]
        for pos, fig in enumerate(c.figures):
            ctx = _figure_context(fig, sentence, c.start)
            near = sentence[max(0, fig.start - c.start - 40) : fig.end - c.start + 60]
            score = _coverage(analysis.terms, ctx, idf) + 0.5 * _coverage(analysis.terms, near, idf)
            if analysis.years:
                score += 0.3 if getattr(fig, "year", None) in analysis.years else 0.0
            if analysis.asked_noun:
                counted = normalize(" ".join(filter(None, [getattr(fig, "counted", None), fig.unit])))
                first = analysis.asked_noun.split()[0]
                score += 0.6 if counted.startswith(analysis.asked_noun) else 0.3 if counted.split()[:1] == [first] else 0.0
            score -= 0.05 * order
            scored.append((score, order, pos, fig, sentence, doc.doc_id))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    return [(fig, sentence, doc_id) for _s, _o, _p, fig, sentence, doc_id in scored]


def _figure_dict(fig, sentence: str, doc_id: str) -> dict:
    data = fig.to_dict() if hasattr(fig, "to_dict") else dict(fig)
    data.update({"text": fig.text, "value": fig.value, "unit": fig.unit, "sentence": sentence, "doc_id": doc_id,
                 "start": fig.start, "end": fig.end})
    return data


def compose_answer(question: str, hits: list[Hit], store: DocStore, keywords: KeywordIndex,
                   analysis: QuestionAnalysis, *, max_sources: int = 5) -> Answer:
    """Quote the best sentences of ``hits`` verbatim; say plainly when nothing relevant was found."""
    if not hits:
        return Answer(question, False, NOT_FOUND, answer_type=analysis.answer_type)
    idf = keywords.idf(list(set(analysis.terms)))
    cands = _candidates(hits, store, analysis, idf)
    if not cands or not _is_relevant(cands[0], hits):
        sources = _sources(hits[:max_sources], store, {}, {})
        return Answer(question, False, NOT_FOUND + " Các đoạn gần nhất được liệt kê bên dưới.",
                      sources=sources, answer_type=analysis.answer_type)

    best = cands[0]
    chosen = [best]
    for c in cands[1:]:
        if len(chosen) >= MAX_QUOTES:
            break
        if c.score < 0.8 * best.score or c.coverage < MIN_COVERAGE:
            continue
        if any(c.hit.passage_id == o.hit.passage_id and abs(c.start - o.start) < 5 for o in chosen):
            continue
        if any(c.hit.doc_id == o.hit.doc_id for o in chosen) and c.score < 0.95 * best.score:
            continue
        chosen.append(c)

    citations: dict[str, int] = {}
    for c in chosen:
        citations.setdefault(c.hit.doc_id, len(citations) + 1)
    for h in hits[:max_sources]:
        citations.setdefault(h.doc_id, len(citations) + 1)

    quotes, figures, lines = [], [], []
    highlights: dict[int, list[tuple[int, int]]] = {}
    for c in chosen:
        doc = store.document(c.hit.doc_id)
        text = doc.text[c.start : c.end]
        n = citations[c.hit.doc_id]
        quotes.append(Quote(n, doc.doc_id, doc.title, doc.date, doc.path, text, c.start, c.end, round(c.score, 4),
                            c.hit.passage_id))
        highlights.setdefault(c.hit.passage_id, []).append((c.start, c.end))
        lines.append(f"«{text}» [{n}]")
    ranked = _rank_figures(chosen, store, analysis, idf) if analysis.wants_figure else [
        (fig, store.document(c.hit.doc_id).text[c.start : c.end], c.hit.doc_id) for c in chosen for fig in c.figures]
    figures = [_figure_dict(fig, sentence, doc_id) for fig, sentence, doc_id in ranked]
    if analysis.wants_figure and figures:
        lead = figures[0]
        answer_text = f"{lead['text']} [{citations[lead['doc_id']]}]\n" + "\n".join(lines)
    else:
        answer_text = "\n".join(lines)
    sources = _sources(hits[:max_sources], store, citations, highlights)
    return Answer(question, True, answer_text, quotes, figures, sources, analysis.answer_type)


def _sources(hits: list[Hit], store: DocStore, citations: dict[str, int], highlights: dict[int, list]) -> list[Source]:
    out, seen = [], set()
    next_n = max(citations.values(), default=0) + 1
    for h in hits:
        if h.passage_id in seen:
            continue
        seen.add(h.passage_id)
        doc = store.document(h.doc_id)
        if h.doc_id not in citations:
            citations[h.doc_id] = next_n
            next_n += 1
        out.append(Source(citations[h.doc_id], doc.doc_id, doc.title, doc.date, doc.path, h.passage_id,
                          h.passage.start, h.passage.end, h.passage.text, highlights.get(h.passage_id, [])))
    out.sort(key=lambda s: s.citation)
    return out

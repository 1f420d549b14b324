"""Digest answers: the main figures, or the gist, of one report, quoted verbatim.

"Cho tôi biết các số liệu chính của báo cáo Tuyên Hóa", "Tóm tắt báo cáo Sông Cầu": a leader asks for a
report's gist, not for one fact, and one best sentence is not an answer. Without a language model the gist is
the report's own sentences: the sentences that state its figures (for "số liệu", "con số") or its opening
sentence and those (for "tóm tắt", "nội dung chính"), in the report's order, each quoted with its offsets and
every figure listed. A topic named besides the report ("số liệu về tai nạn giao thông") keeps only the
sentences about it, from each report (up to three) that speaks of it. The report is the best search hit, or the
best one in the place the question names.
"""
from __future__ import annotations

import re

from index.doc_store import DocStore
from index.keyword_index import KeywordIndex
from retrieval.answer import (MIN_COVERAGE, NO_FIGURE, NOT_FOUND, Answer, _figure_dict, _quote, _share, _sources, antecedent_start,
                              credited_terms, is_caption, is_heading, line_of)
from retrieval.figure_answer import sentence_candidates
from retrieval.glossary import expand_terms
from retrieval.hybrid import Hit
from retrieval.question import REPORT_WORD, QuestionAnalysis, asks_gist
from retrieval.text_analysis import QUERY_STOPWORDS, fold, index_terms, without_phrases

UNNAMED = ("Câu hỏi chưa nói rõ báo cáo nào. Hãy nêu tên, đơn vị, địa phương hoặc chủ đề của báo cáo (ví dụ: «Tóm tắt "
           "báo cáo Sông Cầu», «Các số liệu chính về tai nạn giao thông»), hoặc chọn một báo cáo ở bộ lọc.")
MAX_SENTENCES = 6  # quoted sentences in a digest
MAX_REPORTS = 3  # reports a digest on a topic quotes
MAX_LEADS = 10  # figures listed first (the rest stay in the quotes' figure list)
TOPIC_SHARE = 0.5  # with a topic, a sentence must cover this share of the best sentence's coverage
MIN_OPENING_WORDS = 8  # the opening sentence of a summary: not a dateline, a photo line or a menu

# words that ask for a digest, not what it is about ("báo cáo" names the document)
# (the qualifiers only after what they qualify: "chính" of "công an xã chính quy" is the topic's)
DIGEST_PHRASES = QUERY_STOPWORDS + tuple(
    f"{head} {qualifier}" for head in ("số liệu", "con số", "nội dung", "điểm", "kết quả")
    for qualifier in ("chính", "nổi bật", "quan trọng", "chủ yếu", "cơ bản")) + (
    "số liệu", "con số", "tóm tắt", "tóm lược", "nội dung", "tổng hợp", "báo cáo", "tài liệu", "văn bản", "nêu",
    "nói", "đề cập", "viết", "điều gì", "việc gì", "vấn đề gì", "mọi", "tất cả")
_SUMMARY = re.compile(r"(?i)\b(tóm tắt|tom tat|tóm lược|tom luoc|nội dung chính|noi dung chinh|điểm chính|diem chinh|"
                      r"tổng hợp|tong hop)\b")


_NAMES_REPORT = re.compile(r"(?i)(?<!các )(?<!cac )(?<!những )(?<!nhung )(?<!mọi )(?<!moi )(?<!cả )(?<!ca )"
                           rf"\b{REPORT_WORD}\b")


def names_report(question: str) -> bool:
    """"Tóm tắt báo cáo về hội nghị ngày 14/01": the other words say which report, and the digest is of all of
    it; "số liệu về tai nạn giao thông" asks for the figures on that topic only, and so does "… trong các báo
    cáo" (no report in particular)."""
    return bool(_NAMES_REPORT.search(question))


_MANY = re.compile(r"(?i)\b(?:các|cac|những|nhung|mọi|moi|tất cả|tat ca)\s+(?:các\s+)?"
                   rf"(?:{REPORT_WORD}|bài|bai|tin|vụ|vu)\b")


def asks_many(question: str) -> bool:
    """"… trong các báo cáo", "Tóm tắt các vụ …": several reports asked for. A summary on a topic is of the one
    report most on it ("Tóm tắt vụ án Công ty Việt Hùng") unless so."""
    return bool(_MANY.search(question))


def wants_summary(question: str) -> bool:
    """A summary ("tóm tắt", "nội dung chính", "báo cáo … nói về gì") quotes the report's opening too; a figure
    digest only figures."""
    return bool(_SUMMARY.search(question)) or asks_gist(question)


def topic_terms(analysis: QuestionAnalysis, hit: Hit | None) -> list[str]:
    """The question's terms about a topic: not the digest words, nor the place and year its report satisfies."""
    credited = credited_terms(hit, analysis.terms, analysis.places) if hit is not None else set()
    place_words = {w for t in credited for w in fold(t.lstrip("~")).lower().split("_")}
    terms = expand_terms(without_phrases(analysis.text, DIGEST_PHRASES))
    return [t for t in terms if t not in credited and not set(fold(t.lstrip("~")).split("_")) <= place_words]


def _report_hit(hits: list[Hit]) -> Hit:
    """The report to digest: the best hit, or the best one in the place the question names (the search boosts
    that place, but a report elsewhere can still lead on the other words)."""
    placed = [h for h in hits if any(b.startswith("place ") for b in h.boosts)]
    return placed[0] if placed else hits[0]


_DURATIONS = frozenset({"năm", "tháng", "ngày", "tuần", "giờ", "phút"})


def _is_statistic(c, doc_text: str) -> bool:
    """A figure a digest lists: written in digits ("hai địa phương" is wording, not a statistic) and not a
    span of time ("Trong 2 năm (2020 – 2021)", "Sơ kết 03 năm thực hiện")."""
    numeral = doc_text[c.figure.number_start : c.figure.number_end]
    counted = (c.figure.counted or c.figure.unit or "").split(" ")[0].lower()
    return any(ch.isdigit() for ch in numeral) and counted not in _DURATIONS


def _report_rows(doc, store: DocStore, topic: list[str], idf: dict[str, float], summary: bool) -> list[tuple]:
    """The sentences a digest of ``doc`` may quote: (start, end, passage id, figures, topic coverage, is_opening),
    in the report's order."""
    ids = store.passage_ids_where(doc_ids=[doc.doc_id])
    passages = store.passages(ids)
    rows = []
    opening_taken = False
    for pid in sorted(passages, key=lambda i: passages[i].start):
        p = passages[pid]
        for span in p.sentences:
            sentence = doc.text[span.start : span.end]
            heading = is_heading(sentence, doc.title, line_of(doc.text, span.start, span.end))
            if heading or is_caption(sentence) or not any(c.isalpha() for c in sentence):
                continue
            figs = [c for c in sentence_candidates(doc.doc_id, sentence, span.start, context_year=doc.year)
                    if _is_statistic(c, doc.text)]
            opening = summary and not opening_taken and len(sentence.split()) >= MIN_OPENING_WORDS
            opening_taken = opening_taken or opening
            if not figs and not opening and not (summary and topic):  # a summary on a topic: any sentence on it
                continue
            cov = _share(topic, set(index_terms(sentence)), idf) if topic else 0.0
            rows.append((span.start, span.end, pid, figs, cov, opening))
    return rows


def _choose(rows_by_doc: dict[str, list[tuple]], topic: list[str], about: str | None = None) -> dict[str, list[tuple]]:
    """The sentences to quote, per report. With a topic: those covering at least ``TOPIC_SHARE`` of the best
    sentence's coverage (of any report), from the ``MAX_REPORTS`` reports most on it, best first across reports
    but each kept report's best one in, at most ``MAX_SENTENCES`` in all. When no figure sentence covers the
    topic well, ``about`` (the best hit's report, when it uses every topic word) gives the figure sentences
    nearest it ("Số liệu về công an xã chính quy": the ministry's report says "công an xã" beside its figures,
    "chính quy" elsewhere). Without a topic: the opening and the first figure sentences of
    the one report."""
    if not topic:
        (doc_id, rows), = rows_by_doc.items()
        openings = [r for r in rows if r[5]]
        return {doc_id: openings + [r for r in rows if not r[5]][: MAX_SENTENCES - len(openings)]}
    best = max((r[4] for rows in rows_by_doc.values() for r in rows), default=0.0)
    if best < MIN_COVERAGE:  # no figure sentence covers the topic as much as a quoted answer must
        if about not in rows_by_doc:
            return {}
        # ... but the best hit's report is about it as a whole: its figures, those nearest the topic
        rows_by_doc = {about: rows_by_doc[about]}
        best = max((r[4] for r in rows_by_doc[about]), default=0.0)
    kept = {d: sorted((r for r in rows if r[4] > 0 and r[4] >= TOPIC_SHARE * best), key=lambda r: -r[4])
            for d, rows in rows_by_doc.items()}
    kept = {d: rows for d, rows in kept.items() if rows}
    kept = dict(sorted(kept.items(), key=lambda kv: -kv[1][0][4])[:MAX_REPORTS])  # the reports most on the topic
    chosen = {d: rows[:1] for d, rows in kept.items()}
    rest = sorted(((d, r) for d, rows in kept.items() for r in rows[1:]), key=lambda x: -x[1][4])
    budget = max(0, MAX_SENTENCES - len(chosen))
    for d, r in rest[:budget]:
        chosen[d].append(r)
    return chosen


def _about(doc, topic: list[str], idf: dict[str, float]) -> bool:
    """Does the report use every one of the topic's words (its whole text, title included)?"""
    words = [t for t in topic if not t.startswith("~")]
    return bool(words) and _share(words, set(index_terms(f"{doc.title}\n{doc.text}")), idf) >= 1.0


def compose_digest(question: str, hits: list[Hit], store: DocStore, keywords: KeywordIndex,
                   analysis: QuestionAnalysis, *, max_sources: int = 5) -> Answer:
    if not hits:
        return Answer(question, False, NOT_FOUND, answer_type=analysis.answer_type)
    if not topic_terms(analysis, None) and len({h.doc_id for h in hits}) > 1:
        # "Tóm tắt báo cáo", "Các số liệu chính": no word says which report, and the best hit would be a guess
        return Answer(question, False, UNNAMED, sources=_sources(hits[:max_sources], store, {}, {}),
                      answer_type=analysis.answer_type)
    top = _report_hit(hits)
    summary = wants_summary(analysis.text)
    named = names_report(analysis.text)
    topic = [] if named else topic_terms(analysis, top)
    idf = keywords.idf(list(set(topic))) if topic else {}
    if topic and not any(b.startswith("place ") for b in top.boosts) and (not summary or asks_many(analysis.text)):
        # a topic across the reports ("Những con số nổi bật về tai nạn giao thông"): each report that speaks of it
        doc_ids = list(dict.fromkeys(h.doc_id for h in hits))
    else:
        doc_ids = [top.doc_id]
    docs = {d: store.document(d) for d in doc_ids}
    rows_by_doc = {d: _report_rows(docs[d], store, topic, idf, summary) for d in doc_ids if docs[d] is not None}
    if not topic:
        rows_by_doc = {top.doc_id: rows_by_doc.get(top.doc_id, [])}
    about = top.doc_id if topic and docs.get(top.doc_id) is not None and _about(docs[top.doc_id], topic, idf) else None
    chosen = {d: sorted(rows, key=lambda r: r[0]) for d, rows in _choose(rows_by_doc, topic, about).items() if rows}
    if not chosen:
        sources = _sources(hits[:max_sources], store, {}, {})
        text = NO_FIGURE if not summary else NOT_FOUND + " Các đoạn gần nhất được liệt kê bên dưới."
        return Answer(question, False, text, sources=sources, answer_type=analysis.answer_type)

    citations: dict[str, int] = {}
    quotes, lines, figures = [], [], []
    highlights: dict[int, list[tuple[int, int]]] = {}
    shown: list[Hit] = []
    for doc_id in sorted(chosen, key=lambda d: -max(r[4] for r in chosen[d])) if topic else list(chosen):
        doc, rows = docs[doc_id], chosen[doc_id]
        n = citations.setdefault(doc_id, len(citations) + 1)
        taken = [start for start, _e, _pid, _f, _c, _o in rows]
        doc_lines, doc_figures = [], []
        passages = store.passages(sorted({r[2] for r in rows}))
        for start, end, pid, figs, cov, _opening in rows:
            hit = next((h for h in hits if h.passage_id == pid), None) or Hit(pid, doc_id, passages[pid], 0.0)
            if all(h.passage_id != pid for h in shown):
                shown.append(hit)
            begin = antecedent_start(doc.text, hit, start, end, taken)
            quotes.append(_quote(store, doc_id, begin, end, cov, pid, n))
            highlights.setdefault(pid, []).append((begin, end))
            doc_lines.append(f"«{doc.text[begin:end]}» [{n}]")
            doc_figures.extend(_figure_dict(c) for c in figs)
        for i, f in enumerate(doc_figures):
            f["lead"] = i < MAX_LEADS
        listed = "; ".join(f["text"] for f in doc_figures[:MAX_LEADS])
        head = f"{'Tóm tắt theo' if summary else 'Số liệu trong'} báo cáo «{doc.title}» [{n}]"
        lines += [head + (f": {listed}" if listed else "")] + doc_lines
        figures += doc_figures
    rest = [h for h in hits if all(h.passage_id != s.passage_id for s in shown)]
    sources = _sources((shown + rest)[: max(max_sources, len(shown))], store, citations, highlights)
    return Answer(question, True, "\n".join(lines), quotes, figures, sources, analysis.answer_type)

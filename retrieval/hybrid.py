"""Hybrid passage search: dense (FAISS) and keyword (BM25) candidate lists, fused, boosted, deduplicated.

Pipeline (each step a small pure function, so the benchmark can tune fusion without re-embedding):
  1. ``retrieve``: the top ``depth`` passages of each list (after explicit filters), and each list's own
     score for the passages only the other one found (a stored vector's cosine, a passage's BM25 score);
     an unaccented question is searched in its diacritic-restored form (``retrieval/diacritics.py``);
  2. fusion: a weighted sum of per-list min-max normalised scores over the union of both lists ("convex";
     e5 cosines sit in a narrow band and BM25 scores are unbounded, so each list is rescaled to [0, 1] over
     the candidates; completing the missing scores instead of counting them as 0 gained 0.2–2.5 nDCG@10
     on the held-out halves of the three news sets, at the same weights). It beat
     weighted RRF on every dev set because it keeps score gaps (an exact code far ahead in BM25 stays
     ahead); RRF remains available (``method="rrf"``). The keyword list weighs more when the query carries a
     number or a code ("195/204", "M519", "23/2012/TT-BCA"), which embeddings blur and BM25 keeps whole,
     and when it is typed without diacritics, which e5 reads poorly;
  3. sentence re-rank: each of the fused top ``sentence_depth`` gains ``sentence_weight`` × the cosine of
     the question with its best sentence (``index/sentence_vectors.py``, stored at
     ingest): the passage that holds the answering sentence overtakes a sibling passage on the same topic;
  4. boosts: a candidate whose passage or document speaks of the period ("năm 2021", "quý I/2022") or the
     place ("huyện Đăk Tô") the question names, or whose passage writes the person it names ("Bùi Tiến Lý"),
     gets its fused score multiplied by ``1 + boost``;
  5. per-document limit (``per_doc``) so one long report cannot fill the page, and for each hit that opens
     with an anaphor ("Qua đó", "Đồng chí", "Theo đó") the previous passage as ``context``.
Parameters were chosen on the dev sets (seeds + XQuAD-vi with 2,000 VNTC distractors); see eval/README.md.
"""
from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field, replace

import numpy as np

from corpus.document import Passage
from index.report_index import ReportIndex
from index.sentence_vectors import best_sentence_scores
from retrieval.diacritics import restore_if_unaccented
from retrieval.lexicon import BY_ROLE
from retrieval.places import Gazetteer, mentions_place, place_key
from retrieval.post_holder import named_people
from retrieval.question import QuestionAnalysis, analyze_question, asks_comparison
from retrieval.shorthand import expand_shorthand
from retrieval.spelling import corrections
from retrieval.text_analysis import UPPER

MODES = ("hybrid", "dense", "keyword")


@dataclass(frozen=True)
class FusionConfig:
    """Everything tunable about fusion; the defaults are the values chosen on the dev sets."""

    method: str = "convex"  # "convex" (weighted sum of min-max normalised scores), "dbsf" or "rrf" (reciprocal rank)
    depth: int = 50  # candidates taken from each list
    rrf_k: int = 60  # used by "rrf" only
    dense_weight: float = 1.0
    keyword_weight: float = 2.0
    code_keyword_weight: float = 3.0  # keyword weight instead, when the query has a number, code or abbreviation
    folded_keyword_weight: float = 2.0  # keyword weight instead, when the query has no diacritics at all
    year_boost: float = 0.1
    # a place the question names is its scope: ×1.5 lifts "ở Đăk Tô" above news of TP HCM's traffic (×1.1 did not)
    place_boost: float = 0.5
    person_boost: float = 1.0  # a passage writing the full name the question names ("Bùi Tiến Lý", not "Bùi Tiến Dũng")
    boost_depth: int = 100  # boosts re-rank this many fused candidates (each costs a text look-up, cached per report)
    complete_scores: bool = True  # score every candidate on both lists (see ``completed_lists``)
    restore_diacritics: bool = True  # a question typed without diacritics is searched in its restored form
    restored_keyword_weight: float = 2.0  # keyword weight instead, when the diacritics were restored
    correct_spelling: bool = True  # a long word the corpus never uses also searches its one-edit neighbour
    sentence_weight: float = 15.0  # weight of the best sentence's cosine in the re-rank of the fused top ...
    sentence_depth: int = 20  # ... this many candidates (0 or a weight of 0: no sentence re-rank)
    sentence_scale: str = "raw"  # the cosine as it is ("raw": a small spread moves little) or "minmax" over them

    def __post_init__(self) -> None:
        if self.sentence_scale not in ("raw", "minmax"):
            raise ValueError(f"FusionConfig.sentence_scale: expected 'raw' or 'minmax', got {self.sentence_scale!r}")


DEFAULT_CONFIG = FusionConfig()
DEFAULT_DEPTH = DEFAULT_CONFIG.depth
RRF_K = DEFAULT_CONFIG.rrf_k


@dataclass
class Filters:
    doc_ids: list[str] | None = None
    year_from: int | None = None
    year_to: int | None = None
    source: str | None = None

    def active(self) -> bool:
        return bool(self.doc_ids or self.year_from or self.year_to or self.source)


@dataclass
class Hit:
    passage_id: int
    doc_id: str
    passage: Passage
    score: float
    dense_rank: int | None = None
    keyword_rank: int | None = None
    dense_score: float | None = None
    keyword_score: float | None = None
    boosts: list[str] = field(default_factory=list)  # why the score was raised: "year 2021", "place dak to"
    sentence_score: float | None = None  # cosine of the question with the passage's best sentence (re-rank)
    context: Passage | None = None  # the previous passage, when this one opens with an anaphor


@dataclass
class SearchResult:
    hits: list[Hit]
    analysis: QuestionAnalysis
    timings: dict = field(default_factory=dict)


@dataclass
class Candidates:
    """The two ranked lists, best first, as (passage id, score), and each list's score for the passages only
    the other list retrieved (``dense_extra``: cosine of a BM25-only passage; ``keyword_extra``: BM25 of a
    dense-only passage), so fusion can compare every candidate on both scores."""

    dense: list[tuple[int, float]] = field(default_factory=list)
    keyword: list[tuple[int, float]] = field(default_factory=list)
    dense_extra: dict[int, float] = field(default_factory=dict)
    keyword_extra: dict[int, float] = field(default_factory=dict)
    query_vec: np.ndarray | None = None  # the embedded question, for the sentence re-rank


def completed_lists(cands: Candidates, depth: int) -> tuple[list[tuple[int, float]], list[tuple[int, float]]]:
    """Both lists over the union of their top ``depth``, each passage with its real score in both (a score
    that could not be had falls back to the list's lowest). Missing scores counted as 0 after min-max
    normalisation punish a passage one retriever ranked 51st as if it were the worst in the corpus."""
    dense, keyword = cands.dense[:depth], cands.keyword[:depth]
    union = list(dict.fromkeys([p for p, _ in dense] + [p for p, _ in keyword]))
    out = []
    for ranked, extra in ((cands.dense, cands.dense_extra), (cands.keyword, cands.keyword_extra)):
        known = {**extra, **dict(ranked)}
        known = {p: s for p, s in known.items() if s == s}  # drop NaN (a vector the store no longer has)
        floor = min(known.values(), default=0.0)
        out.append([(p, known.get(p, floor)) for p in union])
    return out[0], out[1]


# ---------------------------------------------------------------------------------------------- fusion math


def rrf_fuse(rankings: list[list[int]], weights: list[float] | None = None, k: int = RRF_K) -> dict[int, float]:
    """Reciprocal rank fusion: sum of w / (k + rank) over the lists an item appears in (rank from 1)."""
    weights = weights or [1.0] * len(rankings)
    fused: dict[int, float] = {}
    for ranking, w in zip(rankings, weights):
        for rank, item in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + w / (k + rank)
    return fused


def convex_fuse(score_lists: list[list[tuple[int, float]]], weights: list[float]) -> dict[int, float]:
    """Weighted sum of per-list min-max normalised scores (an item missing from a list scores 0 there).

    Unlike RRF it keeps score gaps: a BM25 hit far ahead of the rest (an exact code or name) stays ahead."""
    fused: dict[int, float] = {}
    for items, w in zip(score_lists, weights):
        if not items:
            continue
        scores = [s for _, s in items]
        lo, hi = min(scores), max(scores)
        span = hi - lo
        for pid, s in items:
            norm = (s - lo) / span if span > 0 else 1.0
            fused[pid] = fused.get(pid, 0.0) + w * norm
    return fused


def dbsf_fuse(score_lists: list[list[tuple[int, float]]], weights: list[float]) -> dict[int, float]:
    """Distribution-based score fusion: each list rescaled by its own mean ± 3 standard deviations, clipped
    to [0, 1] (an outlier top score does not squash the rest, as it does under min-max)."""
    fused: dict[int, float] = {}
    for items, w in zip(score_lists, weights):
        if not items:
            continue
        scores = np.asarray([s for _, s in items], dtype=np.float64)
        mu, sd = float(scores.mean()), float(scores.std())
        lo, hi = mu - 3 * sd, mu + 3 * sd
        for pid, s in items:
            norm = min(1.0, max(0.0, (s - lo) / (hi - lo))) if hi > lo else 1.0
            fused[pid] = fused.get(pid, 0.0) + w * norm
    return fused


def list_weights(analysis: QuestionAnalysis, config: FusionConfig) -> tuple[float, float]:
    """(dense, keyword) weights for this query: numbers, codes, abbreviations and bare-keyboard queries
    lean on BM25 (exact terms and the glossary serve them; embeddings blur them)."""
    kw = config.keyword_weight
    if analysis.codes or analysis.abbreviations:
        kw = max(kw, config.code_keyword_weight)
    if not analysis.accented:
        kw = max(kw, config.folded_keyword_weight)
    if analysis.restored:
        kw = max(kw, config.restored_keyword_weight)
    return config.dense_weight, kw


def fuse(cands: Candidates, analysis: QuestionAnalysis, config: FusionConfig, mode: str = "hybrid") -> dict[int, float]:
    if mode == "dense":
        return {pid: s for pid, s in cands.dense}
    if mode == "keyword":
        return {pid: s for pid, s in cands.keyword}
    weights = list(list_weights(analysis, config))
    if config.method in ("convex", "dbsf"):
        lists = (list(completed_lists(cands, config.depth)) if config.complete_scores
                 else [cands.dense[: config.depth], cands.keyword[: config.depth]])
        return (convex_fuse if config.method == "convex" else dbsf_fuse)(lists, weights)
    dense = [pid for pid, _ in cands.dense[: config.depth]]
    keyword = [pid for pid, _ in cands.keyword[: config.depth]]
    return rrf_fuse([dense, keyword], weights, config.rrf_k)


def sentence_rerank(order: list[int], fused: dict[int, float], best: dict[int, float], weight: float,
                    depth: int, scale: str = "raw") -> dict[int, float]:
    """The fused scores of the top ``depth`` candidates plus ``weight`` × their best-sentence cosine above the
    lowest of them (``scale="minmax"``: divided by the spread too); the rest keep theirs, so they stay below.
    Only the top moves: between a passage whose one sentence answers and a sibling passage on the same topic,
    the passage vector can barely tell, the sentence vector can; deeper down the re-rank would mostly reshuffle
    the irrelevant. Raw cosines won on the dev sets: when every candidate's best sentence is about as close
    (a short, vague question), min-max would still stretch their differences over the whole weight."""
    top = [pid for pid in order[:depth] if pid in best]
    if weight <= 0 or len(top) < 2:
        return fused
    values = [best[pid] for pid in top]
    lo, hi = min(values), max(values)
    if hi <= lo:
        return fused
    span = (hi - lo) if scale == "minmax" else 1.0
    out = dict(fused)
    for pid in top:
        out[pid] = fused[pid] + weight * (best[pid] - lo) / span
    return out


def rank_order(scores: dict[int, float]) -> list[int]:
    """Best first; ties broken by passage id so results are reproducible."""
    return sorted(scores, key=lambda pid: (-scores[pid], pid))


def limit_per_document(order: list[int], doc_of: dict[int, str], per_doc: int | None) -> list[int]:
    """Keep at most ``per_doc`` passages of each document, in order (None or 0: no limit)."""
    if not per_doc:
        return list(order)
    seen: dict[str, int] = {}
    out = []
    for pid in order:
        doc = doc_of.get(pid)
        if doc is None:
            continue
        if seen.get(doc, 0) < per_doc:
            seen[doc] = seen.get(doc, 0) + 1
            out.append(pid)
    return out


# ---------------------------------------------------------------------------------------------- context

# a date opening a sentence ("Năm 2000 …", "Ngày 24/8, …"), which may come before what points back
_DATED = (r"(?:(?:(?:đến |tới |trong |sang )?năm \d{4}|(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\s+\d{1,2}[/-]\d{1,2}"
          r"(?:[/-]\d{2,4})?),?\s+)?")
# Openings that refer to something named before: who "Đồng chí" is, what "Theo đó" follows.
_REFERRING = (r"theo đó|qua đó|từ đó|trong đó|cụ thể|như vậy|(?:lý do|lí do|nguyên nhân)\s+(?:là|được cho là)|sở dĩ|"
              r"đồng chí(?=\s+(?:đề nghị|nhấn mạnh|yêu cầu|cho biết|khẳng định|chỉ đạo|đánh giá|ghi nhận|phát biểu))|"
              # "Ông này", "Ông Hà cho biết" point back; "Ông Dương Quốc Hà được bổ nhiệm …" names him in full (also
              # after a date: "Ngày 12/9/1994, ông bị Công an thành phố Mỹ Tho khởi tố …")
              rf"{_DATED}(?:ông|bà)(?=\s+(?-i:(?![{UPPER}]\w*\s+[{UPPER}]))[^\W\d_])|"
              # (after a short opening of time at most: "Một tháng sau, hắn bị Công an Cao Bằng bắt giữ …")
              r"(?:(?:một|hai|ba|vài|mấy|ít|nhiều)\s+(?:giờ|ngày|tuần|tháng|năm|hôm)\s+sau,\s+)?"
              r"(?:họ\s|nó\s|chúng(?!\s+(?:ta|tôi|mình|em|con)\b)\s|"
              # the pronouns of police news for a suspect: "Hắn cũng đang thụ án 12 năm tù …", "Y rao: …", "Thị khai …"
              r"hắn\s|(?:y|thị)(?=\s+(?:đã|bị|khai|cũng|là|còn|đang|vẫn|lại|liền|bèn|rao|nói|không|được|tiếp tục)\b))|"
              # the suspect named before, by his role alone: "Đối tượng thay biển số giả và đem đi bán …", "Bị cáo
              # khai …" ("Đối tượng Nguyễn Văn A" names him), also after a date ("Chiều 21/2, đối tượng bị bắt.")
              rf"{_DATED}{BY_ROLE}|"
              # a noun phrase with a demonstrative: "Vụ việc trên …", "Số tiền này …", "Các đối tượng này …", also
              # after a date ("Năm 2000 con số này tăng lên gấp đôi": which number? "Ngày 24/8, địa điểm này …")
              rf"{_DATED}(?:[\"“”]?[a-zà-ỹđ]+[\"“”]?\s){{1,3}}(?:này|trên)(?=[\s,])|"
              # "Cú ngã đó …", "Lúc đó …" (which fall? when?); "Do đó", "Sau đó", "Tiếp đó" only go on
              r"(?!(?:do|sau|trước|từ|bên cạnh|ngoài|vì|qua|theo|trong|thay|tiếp)\s)(?:[a-zà-ỹđ]+\s){1,2}đó(?=[\s,])")
# Discourse connectives: the sentence reads on its own, but a passage that opens with one continues another.
_CONNECTIVE = r"do đó|vì vậy|do vậy|tuy vậy|tuy nhiên|bên cạnh đó|ngoài ra|đồng thời|sau đó"
_ANAPHOR = re.compile(rf"^\W*(?:{_REFERRING}|{_CONNECTIVE})", re.IGNORECASE)
_REFERS_BACK = re.compile(rf"^\W*(?:{_REFERRING})", re.IGNORECASE)


def needs_antecedent(text: str) -> bool:
    """True when a passage opens by pointing back ("Qua đó, …", "Đồng chí đề nghị …", "Tuy nhiên, …"): shown
    alone, the reader cannot tell who or what it is about, so the previous passage is brought along."""
    return bool(_ANAPHOR.match(text.lstrip()[:60]))


def refers_back(text: str) -> bool:
    """True when a sentence names nothing itself ("Đồng chí đề nghị …", "Theo đó, …"): a quote of it must
    start one sentence earlier. Connectives ("Tuy nhiên", "Do đó") do not count: the sentence reads alone."""
    return bool(_REFERS_BACK.match(text.lstrip()[:60]))


# ---------------------------------------------------------------------------------------------- boosts

_YEAR_WORD = re.compile(r"(?<![\d/.,-])((?:19|20)\d{2})(?![\d])")


class _IndexCaches:
    """Per-index-version caches (a searcher is created per request, the caches outlive it)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.version: object = None
        self.gazetteer: Gazetteer | None = None
        self.docs: OrderedDict[str, tuple[int | None, str]] = OrderedDict()

    def reset_if(self, version: object) -> None:
        if version != self.version:
            self.version, self.gazetteer, self.docs = version, None, OrderedDict()


_CACHES: dict[str, _IndexCaches] = {}


def _caches(index: ReportIndex) -> _IndexCaches:
    key = str(index.data.root)
    c = _CACHES.setdefault(key, _IndexCaches())
    c.reset_if(index.version)
    return c


def _doc_key(index: ReportIndex, doc_id: str) -> tuple[int | None, str]:
    """(document year, folded title + text) of one document, cached."""
    c = _caches(index)
    with c.lock:
        got = c.docs.get(doc_id)
        if got is not None:
            c.docs.move_to_end(doc_id)
            return got
    doc = index.require().document(doc_id)
    got = (doc.year, place_key(f"{doc.title}\n{doc.source}\n{doc.text}")) if doc else (None, "")
    with c.lock:
        c.docs[doc_id] = got
        while len(c.docs) > 4000:
            c.docs.popitem(last=False)
    return got


def corpus_gazetteer(index: ReportIndex) -> Gazetteer:
    """Place names the indexed reports use, built once per index version."""
    c = _caches(index)
    with c.lock:
        if c.gazetteer is None:
            store = index.require()
            c.gazetteer = Gazetteer.from_texts(p.text for _, p, _ in store.all_passages())
        return c.gazetteer


def question_places(analysis: QuestionAnalysis, gazetteer: Gazetteer | None) -> list[tuple[str, str | None]]:
    """Folded place names to look for, each with the unit the question gives it ("tỉnh") or None: capitalised
    ones from the question, plus corpus names found in it (``Gazetteer.named_in``)."""
    places = list(analysis.places)
    if gazetteer is not None:
        places += gazetteer.named_in(analysis.text, places)
    return list({p.key: p.unit or None for p in places}.items())


def boost_reasons(passage_key: str, doc: tuple[int | None, str], years: list[int],
                  places: list[tuple[str, str | None]]) -> list[str]:
    """Which of the question's years / places this passage or its document speaks of (a place at the level the
    question names it: "tỉnh Thanh Hóa" is not the commune "xã Thanh Hóa")."""
    reasons = []
    doc_year, doc_key = doc
    if years:
        wanted = set(years)
        named = {int(y) for y in _YEAR_WORD.findall(passage_key)}
        if named & wanted or doc_year in wanted:
            reasons.append("year " + ",".join(str(y) for y in sorted((named & wanted) or {doc_year})))
    for key, unit in places:
        if mentions_place(passage_key, key, unit) or mentions_place(doc_key, key, unit):
            reasons.append("place " + key)
    return reasons


# ---------------------------------------------------------------------------------------------- searcher


class HybridSearcher:
    def __init__(self, index: ReportIndex, embedder, *, depth: int | None = None, rrf_k: int | None = None,
                 dense_weight: float | None = None, keyword_weight: float | None = None,
                 config: FusionConfig | None = None, per_doc: int | None = None, neighbours: bool = True):
        config = config or DEFAULT_CONFIG
        overrides = {k: v for k, v in dict(depth=depth, rrf_k=rrf_k, dense_weight=dense_weight,
                                            keyword_weight=keyword_weight).items() if v is not None}
        self.config = replace(config, **overrides)
        self.index = index
        self.embedder = embedder
        self.per_doc = per_doc
        self.neighbours = neighbours

    def _allowed(self, filters: Filters | None) -> np.ndarray | None:
        if filters is None or not filters.active():
            return None
        store = self.index.require()
        ids = store.passage_ids_where(doc_ids=filters.doc_ids, year_from=filters.year_from,
                                      year_to=filters.year_to, source=filters.source)
        return np.asarray(ids, dtype=np.int64)

    def analyze(self, query: str, config: FusionConfig | None = None) -> QuestionAnalysis:
        """The question as search uses it: typed without any diacritic, it is restored from the corpus's own
        words first ("tai nan giao thong nam 2021" → "tai nạn giao thông năm 2021") and chat shorthand is spelt out
        ("bn" → "bao nhiêu", ``retrieval/shorthand.py``), the typed text kept; a long
        word the corpus never uses also searches the corpus word one edit away (``retrieval/spelling.py``)."""
        config = config or self.config
        analysis = None
        spelt = expand_shorthand(query)  # "bị phạt bao nhiu tháng tù", "có xảy ra ko": spelt out first
        if config.restore_diacritics:
            restored = restore_if_unaccented(spelt, self.index.diacritic_model)
            if restored != query:
                analysis = analyze_question(restored, typed=query)
        if analysis is None and spelt != query:
            analysis = analyze_question(spelt)
        analysis = analysis or analyze_question(query)
        if spelt != query:
            analysis.shorthand = query
        keywords = self.index.keywords
        if config.correct_spelling and keywords is not None and len(keywords):
            # "John Sheeshanks" -> also "sheepshanks": a long word the corpus never uses, one edit from one it does
            words = [t for t in analysis.terms if not t.startswith("~") and "_" not in t]
            analysis.corrections = corrections(words, keywords.known, keywords.folded_words())
            analysis.terms = analysis.terms + ["~" + w for w in analysis.corrections.values()]
        if self.index.store is not None:
            gazetteer = corpus_gazetteer(self.index)
            if config.place_boost:
                # "… ở Đăk Tô …": a place the reports name, asked without its unit word, is a place all the same
                analysis.places = analysis.places + gazetteer.named_in(analysis.text, analysis.places, located=True)
            if not analysis.compared and asks_comparison(analysis.text):
                # "so sanh toi pham giua dak to va tuyen hoa": the places compared, told by the corpus, not capitals
                analysis.compared = gazetteer.named_between(analysis.text)
                if analysis.compared:
                    known = {p.key for p in analysis.places}
                    analysis.places += [p for p in analysis.compared if p.key not in known]
                    analysis.answer_type = "reports"
        return analysis

    def retrieve(self, query: str, analysis: QuestionAnalysis, depth: int, *, mode: str = "hybrid",
                 allowed: np.ndarray | None = None, timings: dict | None = None) -> Candidates:
        """The raw candidate lists, ``depth`` deep (what fusion works on); the dense side embeds the restored
        question when the analysis carries one."""
        timings = timings if timings is not None else {}
        cands = Candidates()
        if mode in ("hybrid", "dense"):
            t = time.perf_counter()
            qvec = self.embedder.encode_queries([analysis.text if analysis.restored else query])
            timings["embed_ms"] = (time.perf_counter() - t) * 1000
            t = time.perf_counter()
            scores, ids = self.index.dense_search(qvec, depth, allowed)
            cands.dense = [(int(i), float(s)) for i, s in zip(ids, scores)]
            cands.query_vec = np.asarray(qvec, dtype=np.float32).reshape(-1)
            timings["dense_ms"] = (time.perf_counter() - t) * 1000
        if mode in ("hybrid", "keyword"):
            t = time.perf_counter()
            scores, ids = self.index.keyword_search(analysis.terms, depth, allowed)
            cands.keyword = [(int(i), float(s)) for i, s in zip(ids, scores)]
            timings["keyword_ms"] = (time.perf_counter() - t) * 1000
        if mode == "hybrid":
            t = time.perf_counter()
            in_dense, in_keyword = {p for p, _ in cands.dense}, {p for p, _ in cands.keyword}
            only_kw = [p for p, _ in cands.keyword if p not in in_dense]
            only_dense = [p for p, _ in cands.dense if p not in in_keyword]
            cands.dense_extra = dict(zip(only_kw, map(float, self.index.dense_scores(qvec, only_kw))))
            cands.keyword_extra = dict(zip(only_dense, map(float, self.index.keyword_scores(analysis.terms, only_dense))))
            timings["complete_ms"] = (time.perf_counter() - t) * 1000
        return cands

    def rank(self, cands: Candidates, analysis: QuestionAnalysis, k: int, *, mode: str = "hybrid",
             config: FusionConfig | None = None, per_doc: int | None = None,
             timings: dict | None = None) -> list[Hit]:
        """Fuse, boost, limit per document and cut at ``k`` (no model call: cheap to repeat while tuning)."""
        config = config or self.config
        timings = timings if timings is not None else {}
        store = self.index.require()
        t = time.perf_counter()
        fused = fuse(cands, analysis, config, mode)
        order = rank_order(fused)
        best: dict[int, float] = {}
        if mode == "hybrid" and config.sentence_weight > 0 and config.sentence_depth > 0:
            ts = time.perf_counter()
            fused, best = self._sentence_rerank(cands, fused, order, config)
            order = rank_order(fused)
            timings["sentence_ms"] = (time.perf_counter() - ts) * 1000
        per_doc = per_doc if per_doc is not None else self.per_doc
        hybrid = mode == "hybrid"
        people = [place_key(n) for n in named_people(analysis.text)] if hybrid and config.person_boost else []
        named = question_places(analysis, corpus_gazetteer(self.index)) if people or (hybrid and config.place_boost) else []
        # "xã Lâm Hóa", "Hà Nội": a family name opens them, but the reports name them as places
        people_rx = [(n, re.compile(rf"(?<!\w){re.escape(n)}(?!\w)")) for n in people
                     if n not in {key for key, _unit in named}]
        # a person named: every candidate is looked at (BM25 ranks "Bùi Tiến Dũng" ×20 above "Bùi Tiến Lý" ×1)
        pool = order if per_doc or people_rx else order[: max(config.boost_depth, k * 3, 30)]
        passages = store.passages(pool)
        reasons: dict[int, list[str]] = {}
        if hybrid and (config.year_boost or config.place_boost or people_rx):
            years = analysis.period_years if config.year_boost else []
            places = named if config.place_boost else []
            if years or places or people_rx:
                fused = dict(fused)
                for rank, pid in enumerate(pool):
                    p = passages.get(pid)
                    if p is None or (rank >= config.boost_depth and not people_rx):
                        continue
                    key = place_key(p.text)
                    why = boost_reasons(key, _doc_key(self.index, p.doc_id), years, places) \
                        if rank < config.boost_depth else []
                    why += [f"person {n}" for n, rx in people_rx if rx.search(key)]
                    if why:
                        reasons[pid] = why
                        factor = 1.0
                        factor += config.year_boost if any(w.startswith("year") for w in why) else 0.0
                        factor += config.place_boost if any(w.startswith("place") for w in why) else 0.0
                        factor += config.person_boost if any(w.startswith("person") for w in why) else 0.0
                        fused[pid] *= factor
                pool = rank_order({pid: fused[pid] for pid in pool})
        doc_of = {pid: p.doc_id for pid, p in passages.items()}
        chosen = limit_per_document(pool, doc_of, per_doc)[:k]
        d_rank = {pid: r for r, (pid, _) in enumerate(cands.dense, start=1)}
        k_rank = {pid: r for r, (pid, _) in enumerate(cands.keyword, start=1)}
        d_score, k_score = dict(cands.dense), dict(cands.keyword)
        hits = [Hit(pid, passages[pid].doc_id, passages[pid], fused[pid], d_rank.get(pid), k_rank.get(pid),
                    d_score.get(pid), k_score.get(pid), reasons.get(pid, []), best.get(pid)) for pid in chosen]
        timings["fuse_ms"] = (time.perf_counter() - t) * 1000
        if self.neighbours:
            self._add_context(hits)
        return hits

    def _sentence_rerank(self, cands: Candidates, fused: dict[int, float], order: list[int],
                         config: FusionConfig) -> tuple[dict[int, float], dict[int, float]]:
        """``sentence_rerank`` with each top candidate's best sentence cosine, and those cosines; a passage
        stored without sentence vectors counts with its passage cosine (an index older than them re-ranks
        nothing)."""
        qvec = getattr(cands, "query_vec", None)
        if qvec is None:
            return fused, {}
        top = order[: config.sentence_depth]
        vectors = self.index.sentence_vectors(top)
        if not vectors:
            return fused, {}
        scores = best_sentence_scores(qvec, vectors, top)
        dense = {**cands.dense_extra, **dict(cands.dense)}
        best = {pid: (s if s is not None else dense.get(pid)) for pid, s in zip(top, scores)}
        best = {pid: s for pid, s in best.items() if s is not None and s == s}
        return (sentence_rerank(order, fused, best, config.sentence_weight, config.sentence_depth,
                                config.sentence_scale), best)

    def _add_context(self, hits: list[Hit]) -> None:
        store = self.index.require()
        wanted = {}
        for h in hits:
            if h.passage.ordinal > 0 and needs_antecedent(h.passage.text):
                prev = store.passage_id(h.doc_id, h.passage.ordinal - 1)
                if prev is not None:
                    wanted[h.passage_id] = prev
        if wanted:
            got = store.passages(wanted.values())
            for h in hits:
                if h.passage_id in wanted:
                    h.context = got.get(wanted[h.passage_id])

    def search(self, query: str, k: int = 10, *, filters: Filters | None = None, mode: str = "hybrid",
               analysis: QuestionAnalysis | None = None, per_doc: int | None = None,
               config: FusionConfig | None = None) -> SearchResult:
        """Ranked passages for ``query``; ``mode`` is "hybrid", "dense" or "keyword"; ``per_doc`` caps the
        passages per document (default: the searcher's, None = no cap, which answer composition wants)."""
        if mode not in MODES:
            raise ValueError(f"unknown search mode {mode!r}: use hybrid, dense or keyword")
        self.index.refresh()
        self.index.require()
        config = config or self.config
        analysis = analysis or self.analyze(query, config)
        timings: dict[str, float] = {}
        depth = max(config.depth, k)
        cands = self.retrieve(query, analysis, depth, mode=mode, allowed=self._allowed(filters), timings=timings)
        hits = self.rank(cands, analysis, k, mode=mode, config=config, per_doc=per_doc, timings=timings)
        return SearchResult(hits, analysis, timings)

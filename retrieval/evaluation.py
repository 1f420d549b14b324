"""Document-level retrieval metrics and the eval runner behind ``python app.py eval``.

A document's rank is that of its best passage. Metrics follow the usual IR definitions with binary
relevance: Recall@k (share of questions with a relevant document in the top k), MRR@10, nDCG@10.
"""
from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable


def recall_at_k(ranked: list[str], relevant: set[str], k: int) -> float:
    if not relevant:
        return 0.0
    return 1.0 if any(d in relevant for d in ranked[:k]) else 0.0


def mrr_at_k(ranked: list[str], relevant: set[str], k: int = 10) -> float:
    for i, d in enumerate(ranked[:k], start=1):
        if d in relevant:
            return 1.0 / i
    return 0.0


def ndcg_at_k(ranked: list[str], relevant: set[str], k: int = 10) -> float:
    dcg = sum(1.0 / math.log2(i + 1) for i, d in enumerate(ranked[:k], start=1) if d in relevant)
    ideal = sum(1.0 / math.log2(i + 1) for i in range(1, min(len(relevant), k) + 1))
    return dcg / ideal if ideal else 0.0


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    idx = min(len(ordered) - 1, max(0, math.ceil(p / 100 * len(ordered)) - 1))
    return ordered[idx]


def documents_in_rank_order(doc_ids: Iterable[str]) -> list[str]:
    seen, out = set(), []
    for d in doc_ids:
        if d not in seen:
            seen.add(d)
            out.append(d)
    return out


def read_jsonl(path: Path, required: tuple[str, ...]) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not valid JSON ({exc.msg})") from exc
            missing = [f for f in required if f not in row]
            if missing:
                raise ValueError(f"{path}:{n}: missing field(s) {', '.join(missing)}")
            rows.append(row)
    return rows


def _squash(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def figure_matches(figure: dict, gold: Iterable[str]) -> bool:
    """Does an answer's figure state a gold figure? (the figure@1 rule)

    Gold figures are written exactly as the report states them, usually numeral + unit as the
    report words it ("2.570 cán bộ, chiến sĩ", "hơn 100 nguồn tin"), sometimes also the bare numeral
    ("2.570"). The figure matches when, after collapsing spaces and case:
      * its text, or its text without the qualifier ("100 nguồn tin" of "hơn 100 nguồn tin"), or its
        numeral alone (``number_start:number_end``) equals a gold string; or
      * one of text/gold extends the other by whole words after the unit ("06 đợt" vs the extracted
        "06 đợt cao điểm tấn công"), so a longer or shorter counted noun is not a different figure.
    """
    gold_set = {_squash(g) for g in gold if str(g).strip()}
    if not gold_set:
        return False
    text = figure.get("text") or ""
    forms = {_squash(text)}
    numeral = None
    start, ns, ne = figure.get("start"), figure.get("number_start"), figure.get("number_end")
    if isinstance(start, int) and isinstance(ns, int) and isinstance(ne, int) and 0 <= ns - start <= ne - start <= len(text):
        numeral = _squash(text[ns - start : ne - start])
        forms.add(numeral)
        forms.add(_squash(text[ns - start :]))
    if forms & gold_set:
        return True
    for form in forms - ({numeral} if numeral else set()):
        for g in gold_set:
            short, long_ = sorted((form, g), key=len)
            has_unit = len(short.split()) >= 2 or short.endswith("%")
            if has_unit and long_.startswith(short + " ") and (numeral is None or numeral in short):
                return True
    return False


@dataclass
class EvalResult:
    metrics: dict
    details: list[dict]


def evaluate(assistant, questions: list[dict], *, k: int = 10, mode: str = "hybrid", answers: bool = False) -> EvalResult:
    """Run every question through search (and ``ask`` when answers are scored) and aggregate."""
    sums = {"recall@1": 0.0, "recall@5": 0.0, "recall@10": 0.0, "mrr@10": 0.0, "ndcg@10": 0.0}
    latencies, details = [], []
    figure_hits: dict[str, int] = {}
    figure_total: dict[str, int] = {}
    # warm up the model so the first question's latency is not the model load
    assistant.search("khởi động", 1, mode=mode)
    for q in questions:
        relevant = set(q.get("positive_doc_ids") or [])
        t = time.perf_counter()
        result = assistant.search(q["question"], max(k, 10) * 3, mode=mode)
        latency = (time.perf_counter() - t) * 1000
        ranked = documents_in_rank_order(h.doc_id for h in result.hits)[: max(k, 10)]
        latencies.append(latency)
        sums["recall@1"] += recall_at_k(ranked, relevant, 1)
        sums["recall@5"] += recall_at_k(ranked, relevant, 5)
        sums["recall@10"] += recall_at_k(ranked, relevant, 10)
        sums["mrr@10"] += mrr_at_k(ranked, relevant, 10)
        sums["ndcg@10"] += ndcg_at_k(ranked, relevant, 10)
        detail = {"qid": q.get("qid"), "question": q["question"], "ranked_doc_ids": ranked[:10],
                  "latency_ms": round(latency, 2)}
        gold = q.get("gold_figures")
        if answers or gold:
            ans = assistant.ask(q["question"])
            detail["found"] = ans.found
            detail["figures"] = [f["text"] for f in ans.figures]
            if gold:
                hit = bool(ans.figures) and figure_matches(ans.figures[0], gold)
                detail["gold_figures"] = list(gold)
                detail["figure@1"] = hit
                for group in ("all", q.get("set")):
                    if group:
                        figure_total[group] = figure_total.get(group, 0) + 1
                        figure_hits[group] = figure_hits.get(group, 0) + int(hit)
        details.append(detail)
    n = max(1, len(questions))
    metrics = {key: round(v / n, 4) for key, v in sums.items()}
    metrics["latency_ms_mean"] = round(sum(latencies) / n, 2)
    metrics["latency_ms_p95"] = round(percentile(latencies, 95), 2)
    metrics["questions"] = len(questions)
    for group, total in figure_total.items():
        key = "figure@1" if group == "all" else f"figure@1[{group}]"
        metrics[key] = round(figure_hits[group] / total, 4)
    if figure_total:
        metrics["figure_questions"] = figure_total["all"]
    return EvalResult(metrics, details)

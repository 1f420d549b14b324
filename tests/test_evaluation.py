"""Retrieval metrics against hand-computed values, and `app.py eval` on the Vietnamese XQuAD set."""
from __future__ import annotations

import json
import math
import subprocess
import sys

import pytest

from retrieval.evaluation import documents_in_rank_order, mrr_at_k, ndcg_at_k, percentile, recall_at_k
from tests.conftest import REPO


def test_metrics_by_hand():
    ranked = ["a", "b", "c", "d"]
    assert recall_at_k(ranked, {"c"}, 2) == 0.0 and recall_at_k(ranked, {"c"}, 3) == 1.0
    assert mrr_at_k(ranked, {"c"}, 10) == pytest.approx(1 / 3)
    assert mrr_at_k(ranked, {"z"}, 10) == 0.0
    # one relevant doc at rank 3: DCG = 1/log2(4), ideal = 1
    assert ndcg_at_k(ranked, {"c"}, 10) == pytest.approx(0.5)
    # two relevant at ranks 1 and 4: (1 + 1/log2 5) / (1 + 1/log2 3)
    assert ndcg_at_k(ranked, {"a", "d"}, 10) == pytest.approx((1 + 1 / math.log2(5)) / (1 + 1 / math.log2(3)))
    assert percentile([5, 1, 3, 2, 4], 95) == 5 and percentile([1, 2, 3, 4], 50) == 2
    assert documents_in_rank_order(["x", "y", "x", "z"]) == ["x", "y", "z"]


def test_eval_command_on_xquad_vi(shared_dir, tmp_path):
    data = shared_dir / "data" / "xquad_vi_dev"
    details = tmp_path / "details.jsonl"
    proc = subprocess.run(
        [sys.executable, str(REPO / "app.py"), "eval", "--corpus", str(data / "corpus.jsonl"),
         "--questions", str(data / "questions.jsonl"), "--data-dir", str(tmp_path / "idx"), "--json",
         "--details", str(details)],
        capture_output=True, text=True, timeout=1800, cwd=REPO)
    assert proc.returncode == 0, proc.stderr[-2000:]
    metrics = json.loads(proc.stdout.strip().splitlines()[-1])
    assert {"recall@1", "recall@5", "recall@10", "mrr@10", "ndcg@10", "latency_ms_mean", "latency_ms_p95",
            "questions"} <= set(metrics)
    assert metrics["questions"] == 565
    assert metrics["recall@5"] >= 0.9
    assert metrics["recall@1"] <= metrics["recall@5"] <= metrics["recall@10"]
    lines = [json.loads(line) for line in details.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 565
    assert {"qid", "question", "ranked_doc_ids", "latency_ms"} <= set(lines[0])
    assert all(len(d["ranked_doc_ids"]) <= 10 for d in lines)

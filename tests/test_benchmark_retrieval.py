"""The retrieval benchmark on a set of the user's own (``--corpus``/``--questions``), as for a new domain.

The five seed reports and a few of their dev questions; a hashing embedder stands in for the model (the
keyword side and the fusion are the real ones), so the numbers are those of BM25 and of its fusion."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.fakes import HashEmbedder

REPO = Path(__file__).resolve().parent.parent
SEEDS_DEV = REPO / "eval" / "seeds_dev"
sys.path.insert(0, str(REPO / "scripts"))

import benchmark_retrieval  # noqa: E402


@pytest.fixture()
def own_set(tmp_path, monkeypatch):
    monkeypatch.setenv("VNQA_BENCH_DIR", str(tmp_path / "bench"))
    monkeypatch.setattr("index.embedder.Embedder.from_spec", staticmethod(lambda spec=None: HashEmbedder()))
    wanted = {"seed_001", "seed_002"}  # "16,4%" question and its unaccented twin
    rows = [json.loads(line) for line in (SEEDS_DEV / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    picked = [r for r in rows if r["qid"] in wanted or r.get("kind") == "code"][:6]
    assert {"seed_001", "seed_002"} <= {r["qid"] for r in picked}
    questions = tmp_path / "my_domain" / "questions.jsonl"
    questions.parent.mkdir()
    questions.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in picked), encoding="utf-8")
    return questions, picked


def test_own_set_is_benchmarked_with_all_three_methods(own_set, capsys):
    questions, picked = own_set
    code = benchmark_retrieval.main(["--corpus", str(SEEDS_DEV / "corpus.jsonl"), "--questions", str(questions),
                                     "--json", "--no-latency"])
    assert code == 0
    (result,) = json.loads(capsys.readouterr().out)
    assert result["set"] == "my_domain" and result["questions"] == len(picked) and result["documents"] == 5
    assert set(result["modes"]) == {"keyword", "dense", "hybrid"}
    # the accented question and its unaccented twin both find the 2020 report first with BM25
    assert result["modes"]["keyword"]["R@1"] == 100.0
    assert result["modes"]["hybrid"]["twins"]["no_diacritics"]["R@5"] == 100.0


def test_table_states_the_gain_over_the_better_single_method(own_set, capsys):
    questions, _ = own_set
    benchmark_retrieval.main(["--corpus", str(SEEDS_DEV / "corpus.jsonl"), "--questions", str(questions),
                              "--name", "mine", "--no-latency"])
    out = capsys.readouterr().out
    assert "| mine (all) |" in out
    line = next(ln for ln in out.splitlines() if "vs the better single method" in ln)
    assert line.strip().startswith("mine hybrid nDCG@10")


def test_missing_file_is_named(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        benchmark_retrieval.main(["--corpus", str(tmp_path / "absent.jsonl"), "--questions", str(tmp_path / "q.jsonl")])
    assert exc.value.code == 2
    assert "absent.jsonl" in capsys.readouterr().err


def test_corpus_needs_questions(capsys):
    with pytest.raises(SystemExit):
        benchmark_retrieval.main(["--corpus", str(SEEDS_DEV / "corpus.jsonl")])
    assert "--corpus and --questions go together" in capsys.readouterr().err


def test_sentence_rerank_grid_prints_every_setting_and_marks_the_defaults(own_set, capsys):
    questions, _ = own_set
    code = benchmark_retrieval.main(["--corpus", str(SEEDS_DEV / "corpus.jsonl"), "--questions", str(questions),
                                     "--name", "mine", "--tune-sentences"])
    assert code == 0
    lines = capsys.readouterr().out.splitlines()
    per_set = next(ln for ln in lines if ln.startswith("mine all "))
    assert "raw0.0/d10:" in per_set and "raw30.0/d30:" in per_set and "minmax1.0/d20:" in per_set
    grid = [ln for ln in lines if " weight " in ln and " depth " in ln]
    assert len(grid) == 27 and sum("(defaults)" in ln for ln in grid) == 1
    best = float(grid[0].split()[0])
    assert all(float(ln.split()[0]) <= best for ln in grid)  # best mean first

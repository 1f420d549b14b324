"""Latency of a whole answer (search, sentence selection, figures, citations) on an existing index.

    python scripts/benchmark_answer.py --data-dir D --questions Q.jsonl [--limit N]

The model is loaded and one question answered before timing; then every question is answered once.
Prints passages, questions, mean, p50 and p95 in milliseconds.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from retrieval.assistant import Assistant  # noqa: E402
from retrieval.evaluation import percentile, read_jsonl  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", required=True, type=Path)
    ap.add_argument("--questions", required=True, type=Path)
    ap.add_argument("--limit", type=int, default=0, help="first N questions only")
    args = ap.parse_args(argv)

    questions = [q["question"] for q in read_jsonl(args.questions, ("question",))]
    if args.limit:
        questions = questions[: args.limit]
    assistant = Assistant(args.data_dir)
    if assistant.index.require().count_passages() == 0 or not questions:
        print("nothing to time: empty index or no questions", file=sys.stderr)
        return 2
    assistant.ask(questions[0])  # model load and first-query warm-up are not answer latency
    times = []
    for question in questions:
        started = time.perf_counter()
        assistant.ask(question)
        times.append((time.perf_counter() - started) * 1000)
    print(f"passages {assistant.index.store.count_passages()}, questions {len(times)}: "
          f"mean {statistics.mean(times):.1f} ms, p50 {percentile(times, 50):.1f} ms, p95 {percentile(times, 95):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Latency and quality of whole answers (search, sentence selection, figures, citations) on an existing index.

    python scripts/benchmark_answer.py --data-dir D --questions Q.jsonl [--limit N] [--misses]

The model is loaded and one question answered before timing; then every question is answered once.
Prints passages, questions, mean, p50 and p95 in milliseconds. When the questions carry ``answer_text``
(parts separated by "; ", as in eval/seeds_dev), also how many answers quote it: the first quote (or the
leading figure's sentence) contains one of its parts, overall and per ``variant``; ``--misses`` lists the rest.
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
    ap.add_argument("--misses", action="store_true", help="list the questions whose answer does not quote the gold text")
    args = ap.parse_args(argv)

    rows = read_jsonl(args.questions, ("question",))
    if args.limit:
        rows = rows[: args.limit]
    questions = [q["question"] for q in rows]
    assistant = Assistant(args.data_dir)
    if assistant.index.require().count_passages() == 0 or not questions:
        print("nothing to time: empty index or no questions", file=sys.stderr)
        return 2
    assistant.ask(questions[0])  # model load and first-query warm-up are not answer latency
    times, quoted = [], []
    for row in rows:
        started = time.perf_counter()
        ans = assistant.ask(row["question"])
        times.append((time.perf_counter() - started) * 1000)
        if row.get("answer_text"):
            quoted.append((row, answer_quoted(ans, row["answer_text"]), ans))
    print(f"passages {assistant.index.store.count_passages()}, questions {len(times)}: "
          f"mean {statistics.mean(times):.1f} ms, p50 {percentile(times, 50):.1f} ms, p95 {percentile(times, 95):.1f} ms")
    if quoted:
        print(f"answer quoted: {sum(ok for _, ok, _ in quoted)}/{len(quoted)}")
        variants = sorted({r.get("variant") or "-" for r, _, _ in quoted})
        for v in variants:
            part = [ok for r, ok, _ in quoted if (r.get("variant") or "-") == v]
            print(f"  {v}: {sum(part)}/{len(part)}")
        if args.misses:
            for r, ok, ans in quoted:
                if not ok:
                    first = ans.quotes[0].text[:120] if ans.quotes else ans.answer[:120]
                    print(f"  MISS {r.get('qid')}: {r['question']} | want {r['answer_text']!r} | got {first!r}")
    return 0


def answer_quoted(ans, answer_text: str) -> bool:
    """Does the answer's first quote (or its leading figure's sentence) contain a part of the gold answer?"""
    shown = [ans.quotes[0].text] if ans.quotes else []
    if ans.figures:
        shown.append(ans.figures[0]["sentence"])
    return ans.found and any(part.strip() and part.strip() in text for part in answer_text.split("; ") for text in shown)


if __name__ == "__main__":
    sys.exit(main())

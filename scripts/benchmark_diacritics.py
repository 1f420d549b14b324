"""Word accuracy of diacritic restoration: accented questions are folded, restored, and compared word by word.

    python scripts/benchmark_diacritics.py --corpus C.jsonl [C2.jsonl ...] --questions Q.jsonl [Q2.jsonl ...]

The model is built from the corpus texts as an index generation builds it (plus the bundled question
phrases). Questions typed without diacritics in the files (``variant: no_diacritics``) are skipped: their
accented original is in the file already. Prints, per questions file, the share of words restored exactly
(after tone-mark normalisation) and of questions restored entirely, and the mean time per question.
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from retrieval.diacritics import DiacriticModel, is_unaccented, restore_diacritics  # noqa: E402
from retrieval.evaluation import read_jsonl  # noqa: E402
from retrieval.text_analysis import fold, normalize  # noqa: E402

_WORD = re.compile(r"[^\W\d_]+")


def words(text: str) -> list[str]:
    return [normalize(w) for w in _WORD.findall(text)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", nargs="+", required=True, type=Path)
    ap.add_argument("--questions", nargs="+", required=True, type=Path)
    ap.add_argument("--misses", type=int, default=0, help="print up to N questions not restored entirely")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    texts = [f"{r.get('title') or ''}\n{r['text']}" for c in args.corpus for r in read_jsonl(c, ("text",))]
    model = DiacriticModel.from_texts(texts)
    print(f"model from {len(texts)} documents in {time.perf_counter() - started:.1f} s: "
          f"{len(model.unigrams)} syllables, {len(model.bigrams)} pairs")
    for qfile in args.questions:
        right = total = whole = n = 0
        times, misses = [], []
        for row in read_jsonl(qfile, ("question",)):
            accented = row["question"]
            if row.get("variant") == "no_diacritics" or is_unaccented(accented):
                continue
            typed = fold(accented)
            t = time.perf_counter()
            got = restore_diacritics(typed, model)
            times.append((time.perf_counter() - t) * 1000)
            a, b = words(got), words(accented)
            ok = sum(x == y for x, y in zip(a, b))
            right, total, n = right + ok, total + len(b), n + 1
            whole += ok == len(b)
            if ok < len(b) and len(misses) < args.misses:
                misses.append(f"  {got} | {accented}")
        print(f"{qfile}: {n} questions, words {100 * right / max(total, 1):.1f}% right, whole questions "
              f"{100 * whole / max(n, 1):.1f}%, {statistics.fmean(times or [0]):.2f} ms per question")
        print("\n".join(misses)) if misses else None
    return 0


if __name__ == "__main__":
    sys.exit(main())

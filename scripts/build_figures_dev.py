"""Build the corpus for the figure dev set (eval/figures_dev/questions.jsonl) outside the repository.

The corpus is the five sample reports (doc ids = file stems) plus the VNTC news articles the
questions are about and some random VNTC distractors, one JSON line per document. VNTC text is
never committed: it is read from ../shared/data/news_vntc.jsonl.gz and written to a cache folder.
Every gold figure is checked to appear verbatim in one of its question's positive documents.

    python scripts/build_figures_dev.py [--out /tmp/vnqa-cache/figures_dev/corpus.jsonl] [--distractors 120]
    python app.py eval --corpus /tmp/vnqa-cache/figures_dev/corpus.jsonl --questions eval/figures_dev/questions.jsonl
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QUESTIONS = REPO / "eval" / "figures_dev" / "questions.jsonl"
SAMPLES = REPO / "corpus" / "samples"
VNTC = REPO.parent / "shared" / "data" / "news_vntc.jsonl.gz"
DEFAULT_OUT = Path("/tmp/vnqa-cache/figures_dev/corpus.jsonl")


def build(questions: Path, vntc: Path, out: Path, distractors: int, seed: int = 0) -> dict:
    rows = [json.loads(line) for line in questions.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = {d for r in rows for d in r["positive_doc_ids"] if d.startswith("vntc::")}
    docs: dict[str, dict] = {}
    for path in sorted(SAMPLES.glob("*.txt")):
        docs[path.stem] = {"doc_id": path.stem, "text": path.read_text(encoding="utf-8")}
    articles = [json.loads(line) for line in gzip.open(vntc, "rt", encoding="utf-8")]
    for a in articles:
        if a["doc_id"] in wanted:
            docs[a["doc_id"]] = {"doc_id": a["doc_id"], "title": a.get("title") or "", "source": a.get("source"),
                                 "text": a["text"]}
    missing = wanted - docs.keys()
    if missing:
        raise SystemExit(f"articles not found in {vntc}: {sorted(missing)}")
    problems = []
    for r in rows:
        texts = [docs[d]["text"] for d in r["positive_doc_ids"] if d in docs]
        if not any(g in t for g in r["gold_figures"] for t in texts):
            problems.append(f"{r['qid']}: no gold figure {r['gold_figures']} in its positive document(s)")
    if problems:
        raise SystemExit("\n".join(problems))
    rng = random.Random(seed)
    pool = [a for a in articles if a["doc_id"] not in docs and 400 < len(a["text"]) < 4000]
    for a in rng.sample(pool, min(distractors, len(pool))):
        docs[a["doc_id"]] = {"doc_id": a["doc_id"], "title": a.get("title") or "", "source": a.get("source"),
                             "text": a["text"]}
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        for d in docs.values():
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    return {"documents": len(docs), "targets": len(wanted), "distractors": len(docs) - len(wanted) - 5,
            "questions": len(rows), "out": str(out)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--questions", type=Path, default=QUESTIONS)
    p.add_argument("--vntc", type=Path, default=VNTC)
    p.add_argument("--out", type=Path, default=DEFAULT_OUT)
    p.add_argument("--distractors", type=int, default=120)
    args = p.parse_args(argv)
    print(json.dumps(build(args.questions, args.vntc, args.out, args.distractors), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Ingest throughput on real news: the first N articles of news_vntc.jsonl.gz into a fresh data dir.

    python scripts/benchmark_ingest.py [--n 2000] [--data PATH] [--model SPEC] [--keep DIR]

Prints documents, passages, duplicates skipped, seconds, passages/s (embedding and end to end),
peak RSS, and the time of a second, unchanged re-ingest (which must embed nothing).
"""
from __future__ import annotations

import argparse
import gzip
import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from index.embedder import Embedder  # noqa: E402
from index.indexer import ingest_paths  # noqa: E402
from index.report_index import ReportIndex  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "data" / "news_vntc.jsonl.gz"


def write_slice(source: Path, n: int, folder: Path) -> Path:
    """The first ``n`` lines as a plain .jsonl file (what a user would ingest)."""
    out = folder / f"news_vntc_first{n}.jsonl"
    with gzip.open(source, "rt", encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i >= n:
                break
            dst.write(line)
    return out


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--model", default=None)
    ap.add_argument("--keep", type=Path, help="use this data dir and keep it (default: a temporary one)")
    args = ap.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="vnqa-bench-"))
    data_dir = args.keep or work / "data"
    if data_dir.exists() and any(data_dir.iterdir()):
        print(f"{data_dir} is not empty; the benchmark needs a fresh data dir", file=sys.stderr)
        return 2
    try:
        corpus = write_slice(args.data, args.n, work)
        embedder = Embedder.from_spec(args.model)
        t0 = time.perf_counter()
        first = ingest_paths(data_dir, [corpus], embedder, show_progress=True)
        total = time.perf_counter() - t0
        for r in first.results:
            if r.status == "error" or r.message:
                print(r.line()[:2000], file=sys.stderr)
        idx = ReportIndex(data_dir)
        docs, passages = idx.store.count_documents(), idx.store.count_passages()
        duplicates = [d for r in first.results for d in getattr(r, "duplicates", [])]
        for d in duplicates:
            print(f"duplicate: {d}", file=sys.stderr)
        t1 = time.perf_counter()
        second = ingest_paths(data_dir, [corpus], embedder)
        reingest = time.perf_counter() - t1
        stats = {
            "articles": args.n, "model": embedder.name, "documents": docs, "passages": passages,
            "duplicates_skipped": len(duplicates), "seconds": round(total, 1),
            "embed_seconds": round(first.embed_seconds, 1),
            "passages_per_s_embedding": round(first.passages_per_second, 2),
            "passages_per_s_end_to_end": round(passages / total, 2) if total else 0.0,
            "peak_rss_mb": round(peak_rss_mb(), 1),
            "unchanged_reingest_seconds": round(reingest, 2),
            "unchanged_reingest_passages_embedded": second.passages_added,
            "unchanged_reingest_same_version": second.version == first.version,
        }
        for key, value in stats.items():
            print(f"{key:>36}: {value}")
        print(json.dumps(stats, ensure_ascii=False))
    finally:
        shutil.rmtree(work, ignore_errors=True)  # the slice, and the data dir unless --keep
    return 0


if __name__ == "__main__":
    sys.exit(main())

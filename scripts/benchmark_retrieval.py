"""Retrieval benchmark: BM25 alone, dense alone and hybrid on each dev set, with latency.

    python scripts/benchmark_retrieval.py                       # every set whose data is available
    python scripts/benchmark_retrieval.py --sets seeds --json   # one set, machine-readable
    python scripts/benchmark_retrieval.py --tune                # grid over fusion settings (tune half)
    python scripts/benchmark_retrieval.py --corpus C.jsonl --questions Q.jsonl   # any set in the eval format

Sets (see eval/README.md):
  seeds            eval/seeds_dev: 84 questions over the five sample reports (in the repo);
  seeds_vntc2000   the same questions, the five reports hidden among 2,000 VNTC news articles;
  xquad_vntc2000   XQuAD-vi dev (565 questions, 120 contexts) + the same 2,000 VNTC distractors;
  vntc_ict         300 news questions with no lexical shortcut: a sentence removed from its article
                   (inverse cloze) among the 2,000 VNTC articles; vntc_ict_short: its first 12 syllables;
  vntc_title       300 news headlines, each to find its article (headline removed) among the same 2,000.
The last five are built by scripts/build_dev_sets.py outside the repo. ``--corpus``/``--questions`` add a set
of your own in the eval format (``python app.py eval`` reads the same files), e.g. one from a new domain. Indexes are cached under
$VNQA_BENCH_DIR (default /tmp/vnqa-cache/bench), one folder per corpus hash, and reused.

Metrics are document-level (a document ranks where its best passage ranks): R@1, R@5, MRR@10, nDCG@10;
latency is the wall time of one ``HybridSearcher.search`` call (query embedding included), p50/p95.
Each question set is split in two halves by a hash of the question id (twins stay together): "tune"
chose the parameters, "held-out" checks them; ``--half`` picks one.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import shutil
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from retrieval.evaluation import documents_in_rank_order, mrr_at_k, ndcg_at_k, percentile, read_jsonl, recall_at_k  # noqa: E402

SEEDS_DIR = REPO / "eval" / "seeds_dev"
MODES = ("keyword", "dense", "hybrid")
TUNED = ("method", "complete_scores", "depth", "rrf_k", "keyword_weight", "code_keyword_weight", "folded_keyword_weight",
         "restored_keyword_weight", "year_boost", "place_boost")
MODE_LABEL = {"keyword": "BM25", "dense": "dense", "hybrid": "hybrid"}


def bench_root() -> Path:
    return Path(os.environ.get("VNQA_BENCH_DIR") or "/tmp/vnqa-cache/bench")


def dev_sets_root() -> Path:
    return Path(os.environ.get("VNQA_DEV_SETS") or "/tmp/vnqa-cache/dev_sets")


def _digest(*files: Path) -> str:
    h = hashlib.sha1()
    for f in files:
        h.update(f.read_bytes())
    h.update((os.environ.get("VNQA_MODEL") or "").encode())
    return h.hexdigest()[:12]


def half_of(q: dict) -> str:
    """"tune" or "held-out", fixed per question (twins follow their reference question)."""
    anchor = q.get("twin_of") or q.get("qid") or q["question"]
    return "tune" if int(hashlib.sha1(anchor.encode()).hexdigest(), 16) % 2 == 0 else "held-out"


def set_specs() -> dict[str, dict]:
    """name -> corpus files (ingested in order) and questions file; sets whose data is missing are skipped."""
    xq = dev_sets_root() / "xquad_vntc2000"
    ict = dev_sets_root() / "vntc_ict"
    title = dev_sets_root() / "vntc_title"
    shared = Path(os.environ.get("VNQA_SHARED") or REPO.parent / "shared")
    return {
        "xquad": {"corpora": [shared / "data" / "xquad_vi_dev" / "corpus.jsonl"],
                  "questions": shared / "data" / "xquad_vi_dev" / "questions.jsonl"},
        "seeds": {"corpora": [SEEDS_DIR / "corpus.jsonl"], "questions": SEEDS_DIR / "questions.jsonl"},
        "seeds_vntc2000": {"corpora": [xq / "corpus.jsonl", SEEDS_DIR / "corpus.jsonl"],
                           "questions": SEEDS_DIR / "questions.jsonl"},
        "xquad_vntc2000": {"corpora": [xq / "corpus.jsonl"], "questions": xq / "questions.jsonl"},
        "vntc_ict": {"corpora": [ict / "corpus.jsonl"], "questions": ict / "questions.jsonl"},
        "vntc_ict_short": {"corpora": [ict / "corpus.jsonl"], "questions": ict / "questions_short.jsonl",
                           "index": "vntc_ict"},
        "vntc_title": {"corpora": [title / "corpus.jsonl"], "questions": title / "questions.jsonl"},
    }


def ensure_index(name: str, corpora: list[Path], *, quiet: bool = False):
    """An Assistant over a cached data dir holding ``corpora``; a set that extends a cached one starts from a copy."""
    from retrieval.assistant import Assistant

    root = bench_root()
    data_dir = root / f"{name}-{_digest(*corpora)}"
    if not data_dir.exists() and len(corpora) > 1:
        base = root / f"{corpora[0].parent.name}-{_digest(corpora[0])}"
        if base.exists():
            shutil.copytree(base, data_dir)
            (data_dir / ".complete").unlink(missing_ok=True)  # the copy still lacks the extra corpora
    assistant = Assistant(data_dir)
    assistant.index.refresh()
    if assistant.index.is_empty or not (data_dir / ".complete").exists() or _lacks_sentence_vectors(assistant):
        for c in corpora:
            report = assistant.ingest([c], show_progress=not quiet)
            if not quiet:
                print(f"[{name}] {c.name}: {report.summary()}", file=sys.stderr)
        (data_dir / ".complete").write_text("ok")
    return assistant


def _lacks_sentence_vectors(assistant) -> bool:
    """An index cached before sentence vectors existed: ingesting its unchanged corpus again adds them."""
    from index import sentence_vectors

    store = assistant.index.store
    return sentence_vectors.enabled() and store is not None and bool(store.passages_without_sentence_vectors())


def base_config(args):
    """The shipped fusion settings, or with ``--no-restore`` the same without diacritic restoration."""
    from retrieval.hybrid import DEFAULT_CONFIG

    return replace(DEFAULT_CONFIG, restore_diacritics=not getattr(args, "no_restore", False))


def score(ranked_docs: list[str], relevant: set[str]) -> dict[str, float]:
    return {"R@1": recall_at_k(ranked_docs, relevant, 1), "R@5": recall_at_k(ranked_docs, relevant, 5),
            "MRR@10": mrr_at_k(ranked_docs, relevant, 10), "nDCG@10": ndcg_at_k(ranked_docs, relevant, 10)}


def mean_metrics(rows: list[dict[str, float]]) -> dict[str, float]:
    if not rows:
        return {}
    return {k: round(100 * statistics.fmean(r[k] for r in rows), 1) for k in rows[0]}


def collect(assistant, questions: list[dict], depth: int = 100, config=None):
    """Per question: analysis and candidate lists (one embedding each), for cheap re-ranking.

    The lists are cached beside the index (keyed by index version, questions and the terms their analysis
    searches, so a change to question analysis is never measured on stale lists), so re-runs skip the model."""
    from retrieval.hybrid import HybridSearcher

    searcher = HybridSearcher(assistant.index, assistant.embedder, config=config)
    restore = searcher.config.restore_diacritics
    analyses = [searcher.analyze(q["question"]) for q in questions]
    key = hashlib.sha1(json.dumps(["completed+qvec", assistant.index.version, depth, restore, [q["question"] for q in questions],
                                   [a.terms for a in analyses]], ensure_ascii=False).encode()).hexdigest()[:12]
    cache = assistant.data_dir / f"candidates-{key}.pkl"
    cached = pickle.loads(cache.read_bytes()) if cache.exists() else None
    out = []
    for i, (q, analysis) in enumerate(zip(questions, analyses)):
        cands = cached[i] if cached else searcher.retrieve(q["question"], analysis, depth)
        out.append((q, analysis, cands))
    if not cached:
        cache.write_bytes(pickle.dumps([c for _, _, c in out]))
    return searcher, out


def evaluate_config(searcher, collected, mode: str, config) -> list[dict[str, float]]:
    rows = []
    for q, analysis, cands in collected:
        hits = searcher.rank(cands, analysis, 30, mode=mode, config=config)
        ranked = documents_in_rank_order(h.doc_id for h in hits)[:10]
        rows.append(score(ranked, set(q["positive_doc_ids"])))
    return rows


def latencies(searcher, questions: list[dict], mode: str) -> list[float]:
    out = []
    for q in questions:
        t = time.perf_counter()
        searcher.search(q["question"], 10, mode=mode)
        out.append((time.perf_counter() - t) * 1000)
    return out


def twin_gaps(questions: list[dict], rows: list[dict[str, float]]) -> dict[str, float]:
    """R@5 of variants against their reference questions (no-diacritics vs accented, abbreviation vs spelled)."""
    by_qid = {q.get("qid"): r for q, r in zip(questions, rows)}
    gaps = {}
    for variant in ("no_diacritics", "abbreviation"):
        pairs = [(r, by_qid[q["twin_of"]]) for q, r in zip(questions, rows)
                 if q.get("variant") == variant and q.get("twin_of") in by_qid]
        if pairs:
            gaps[variant] = {"n": len(pairs), "R@5": round(100 * statistics.fmean(a["R@5"] for a, _ in pairs), 1),
                             "R@5 twin": round(100 * statistics.fmean(b["R@5"] for _, b in pairs), 1),
                             "nDCG@10": round(100 * statistics.fmean(a["nDCG@10"] for a, _ in pairs), 1),
                             "nDCG@10 twin": round(100 * statistics.fmean(b["nDCG@10"] for _, b in pairs), 1)}
    return gaps


def run_set(name: str, spec: dict, args) -> dict:
    questions = read_jsonl(spec["questions"], ("question", "positive_doc_ids"))
    if args.half != "all":
        questions = [q for q in questions if half_of(q) == args.half]
    if args.limit:
        questions = questions[: args.limit]
    assistant = ensure_index(spec.get("index", name), spec["corpora"], quiet=args.json)
    searcher, collected = collect(assistant, questions, config=base_config(args))
    n_passages = assistant.index.store.count_passages()
    result = {"set": name, "questions": len(questions), "passages": n_passages,
              "documents": assistant.index.store.count_documents(), "half": args.half, "modes": {}}
    searcher.search("khởi động", 1)  # warm-up: model load, gazetteer
    for mode in MODES:
        rows = evaluate_config(searcher, collected, mode, searcher.config)
        lat = latencies(searcher, questions, mode) if not args.no_latency else []
        m = mean_metrics(rows)
        if lat:
            m["p50 ms"] = round(percentile(lat, 50), 1)
            m["p95 ms"] = round(percentile(lat, 95), 1)
        m["twins"] = twin_gaps(questions, rows)
        result["modes"][mode] = m
    if args.pad_to and n_passages < args.pad_to and not args.no_latency:
        result["padded"] = padded_latency(assistant, searcher, questions, args.pad_to)
    return result


def padded_latency(assistant, searcher, questions: list[dict], target: int) -> dict:
    """Hybrid latency with the FAISS index padded by random unit vectors up to ``target`` passages (in memory
    only; BM25 keeps the real passages): the dense search then costs what it would at ``target`` passages."""
    import numpy as np

    vectors = assistant.index.vectors
    n_extra = target - len(vectors)
    rng = np.random.default_rng(0)
    extra = rng.standard_normal((n_extra, vectors.dim)).astype(np.float32)
    extra /= np.linalg.norm(extra, axis=1, keepdims=True)
    start = 10_000_000
    vectors.add(np.arange(start, start + n_extra, dtype=np.int64), extra)
    lat = latencies(searcher, questions, "hybrid")
    return {"vectors": len(vectors), "p50 ms": round(percentile(lat, 50), 1), "p95 ms": round(percentile(lat, 95), 1)}


def print_table(results: list[dict]) -> None:
    cols = ["R@1", "R@5", "MRR@10", "nDCG@10", "p50 ms", "p95 ms"]
    print("| set | questions | passages | method | " + " | ".join(cols) + " |")
    print("|---|---|---|---|" + "---|" * len(cols))
    for r in results:
        for mode in MODES:
            m = r["modes"][mode]
            print(f"| {r['set']} ({r['half']}) | {r['questions']} | {r['passages']} | {MODE_LABEL[mode]} | "
                  + " | ".join(str(m.get(c, "-")) for c in cols) + " |")
    for r in results:
        nd = {mode: r["modes"][mode].get("nDCG@10") for mode in MODES}
        if None not in nd.values():
            single = max(nd["keyword"], nd["dense"])
            print(f"  {r['set']} hybrid nDCG@10 {nd['hybrid']} vs the better single method {single}: "
                  f"{nd['hybrid'] - single:+.1f}")
    for r in results:
        if "padded" in r:
            p = r["padded"]
            print(f"  {r['set']} hybrid with FAISS padded to {p['vectors']} vectors: p50 {p['p50 ms']} ms, "
                  f"p95 {p['p95 ms']} ms")
    for r in results:
        for mode in MODES:
            for variant, g in r["modes"][mode]["twins"].items():
                print(f"  {r['set']} {MODE_LABEL[mode]:>6} {variant:>13} (n={g['n']}): R@5 {g['R@5']} vs twin "
                      f"{g['R@5 twin']}; nDCG@10 {g['nDCG@10']} vs twin {g['nDCG@10 twin']}")


def load_half(name: str, spec: dict, args):
    """(assistant, searcher, collected candidate lists) of a set's ``--half``, for the grids."""
    questions = read_jsonl(spec["questions"], ("question", "positive_doc_ids"))
    if args.half != "all":
        questions = [q for q in questions if half_of(q) == args.half]
    assistant = ensure_index(spec.get("index", name), spec["corpora"], quiet=True)
    searcher, collected = collect(assistant, questions, config=base_config(args))
    return assistant, searcher, collected


def tune(name: str, spec: dict, args) -> None:
    """Grid over fusion settings on the chosen half; prints the best settings by mean nDCG@10."""
    from retrieval.hybrid import DEFAULT_CONFIG, fuse, rank_order

    assistant, searcher, collected = load_half(name, spec, args)
    searcher.search("khởi động", 1)
    store = assistant.index.store
    doc_of = {}
    for _, _, c in collected:
        doc_of.update({pid: None for pid, _ in c.dense + c.keyword})
    doc_of = {pid: p.doc_id for pid, p in store.passages(list(doc_of)).items()}

    def fast(cfg):  # fusion without boosts needs no passage text: rank documents straight from the lists
        rows = []
        for q, analysis, cands in collected:
            order = rank_order(fuse(cands, analysis, cfg))
            ranked = documents_in_rank_order(doc_of[p] for p in order if p in doc_of)[:10]
            rows.append(score(ranked, set(q["positive_doc_ids"])))
        return rows

    def run(cfgs):
        rows = []
        for cfg in cfgs:
            boosted = cfg.year_boost or cfg.place_boost
            m = mean_metrics(evaluate_config(searcher, collected, "hybrid", cfg) if boosted else fast(cfg))
            rows.append({"config": {k: getattr(cfg, k) for k in TUNED}, **m, "_cfg": cfg})
        return rows

    # stage 1: fusion proper; stage 2: boosts on top of the best fusion
    stage1 = [replace(DEFAULT_CONFIG, method="rrf", depth=d, rrf_k=rk, keyword_weight=kw, code_keyword_weight=ckw,
                      folded_keyword_weight=fkw, year_boost=0.0, place_boost=0.0)
              for d in (20, 50, 100) for rk in (10, 30, 60) for kw in (0.7, 1.0, 1.5, 2.0)
              for ckw in (1.0, 1.5, 2.0, 3.0) for fkw in (1.0, 1.5, 2.0)]
    stage1 = [replace(c, restored_keyword_weight=c.folded_keyword_weight) for c in stage1]
    stage1 += [replace(DEFAULT_CONFIG, method=method, complete_scores=complete, depth=d, keyword_weight=kw,
                       code_keyword_weight=ckw, folded_keyword_weight=fkw, restored_keyword_weight=fkw,
                       year_boost=0.0, place_boost=0.0)
               for method in ("convex", "dbsf") for complete in (False, True) for d in (20, 50, 100)
               for kw in (0.5, 0.7, 1.0, 1.5, 2.0, 2.5) for ckw in (1.0, 1.5, 2.0, 3.0) for fkw in (1.0, 1.5, 2.0)]
    if args.grid_limit:
        stage1 = stage1[: args.grid_limit]
    out = run(stage1)
    best = max(out, key=lambda r: (r["nDCG@10"], r["MRR@10"]))["_cfg"]
    out += run([replace(best, year_boost=yb, place_boost=pb) for yb in (0.0, 0.1, 0.25, 0.5)
                for pb in (0.0, 0.1, 0.25, 0.5)])
    out += run([DEFAULT_CONFIG])
    for row in out:
        row.pop("_cfg")
    with open(args.tune_out or bench_root() / f"tune-{name}-{args.half}.jsonl", "w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row) + "\n")
    for row in sorted(out, key=lambda r: (-r["nDCG@10"], -r["MRR@10"]))[:10]:
        print(name, args.half, row)
    print(name, args.half, "current defaults:", out[-1])


def tune_joint(names: list[str], specs: dict, args) -> None:
    """One grid over several sets at once (their ``--half``), ranked by mean nDCG@10 across the sets, so a
    setting must serve every domain; prints the gain of each over the better single method per set."""
    from retrieval.hybrid import DEFAULT_CONFIG, fuse, rank_order

    loaded = {}
    for name in names:
        assistant, _, collected = load_half(name, specs[name], args)
        pids = list({pid for _, _, c in collected for pid, _ in c.dense + c.keyword})
        loaded[name] = (collected, {pid: p.doc_id for pid, p in assistant.index.store.passages(pids).items()})

    def ndcg(cfg, mode="hybrid") -> dict[str, float]:
        out = {}
        for name, (collected, doc_of) in loaded.items():
            rows = []
            for q, analysis, cands in collected:
                order = rank_order(fuse(cands, analysis, cfg, mode))
                ranked = documents_in_rank_order(doc_of[p] for p in order if p in doc_of)[:10]
                rows.append(score(ranked, set(q["positive_doc_ids"])))
            out[name] = mean_metrics(rows)["nDCG@10"]
        return out

    single = {m: ndcg(DEFAULT_CONFIG, m) for m in ("keyword", "dense")}
    best_single = {n: max(single["keyword"][n], single["dense"][n]) for n in names}
    grid = [replace(DEFAULT_CONFIG, method=method, complete_scores=complete, keyword_weight=kw,
                    code_keyword_weight=max(kw, ckw), folded_keyword_weight=max(kw, 2.0),
                    restored_keyword_weight=max(kw, 2.0))
            for method in ("convex", "dbsf") for complete in (False, True)
            for kw in (0.7, 1.0, 1.25, 1.5, 2.0, 2.5) for ckw in (2.0, 3.0)]
    grid += [replace(DEFAULT_CONFIG, method="rrf", rrf_k=k, keyword_weight=kw, code_keyword_weight=2 * kw,
                     folded_keyword_weight=kw, restored_keyword_weight=kw) for k in (10, 30, 60) for kw in (1.0, 1.5)]
    rows = []
    for cfg in grid + [DEFAULT_CONFIG]:
        got = ndcg(cfg)
        rows.append((statistics.fmean(got.values()), cfg, got))
    print("BM25", single["keyword"])
    print("dense", single["dense"])
    default = rows.pop()
    for mean, cfg, got in sorted(rows, key=lambda r: -r[0])[:12] + [default]:
        label = "current defaults" if cfg is DEFAULT_CONFIG else ""
        shown = {k: getattr(cfg, k) for k in TUNED[:7] if k != "rrf_k" or cfg.method == "rrf"}
        gains = {n: round(got[n] - best_single[n], 1) for n in names}
        print(f"{mean:.2f} {label} {shown} nDCG {got} gain {gains}")


def tune_sentences(names: list[str], specs: dict, args) -> None:
    """The sentence re-rank's weight × depth on each set's ``--half`` (the whole ranking, boosts included),
    with the mean over the sets; fusion itself stays at the defaults."""
    from retrieval.hybrid import DEFAULT_CONFIG

    weights = [("raw", w) for w in (0.0, 5.0, 10.0, 15.0, 20.0, 30.0)] + [("minmax", w) for w in (0.5, 1.0, 2.0)]
    depths = (10, 20, 30)
    got: dict[tuple[str, float, int], dict[str, float]] = {}
    for name in names:
        _, searcher, collected = load_half(name, specs[name], args)
        for scale, w in weights:
            for d in depths:
                cfg = replace(base_config(args), sentence_weight=w, sentence_depth=d, sentence_scale=scale)
                nd = mean_metrics(evaluate_config(searcher, collected, "hybrid", cfg))["nDCG@10"]
                got.setdefault((scale, w, d), {})[name] = nd
        print(name, args.half, " ".join(f"{sc}{w}/d{d}:{got[(sc, w, d)][name]}" for sc, w in weights for d in depths),
              flush=True)
    default = (DEFAULT_CONFIG.sentence_scale, DEFAULT_CONFIG.sentence_weight, DEFAULT_CONFIG.sentence_depth)
    for (sc, w, d), per_set in sorted(got.items(), key=lambda kv: -statistics.fmean(kv[1].values())):
        label = " (defaults)" if (sc, w, d) == default else ""
        print(f"{statistics.fmean(per_set.values()):.2f} {sc} weight {w} depth {d}{label} {per_set}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", nargs="*", help="set names (default: every available set)")
    ap.add_argument("--half", choices=["all", "tune", "held-out"], default="all")
    ap.add_argument("--limit", type=int, default=0, help="first N questions only (smoke runs)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-latency", action="store_true")
    ap.add_argument("--pad-to", type=int, default=10_000, help="also time hybrid with FAISS padded to N vectors")
    ap.add_argument("--no-restore", action="store_true", help="search unaccented questions as typed (for comparison)")
    ap.add_argument("--tune", action="store_true")
    ap.add_argument("--tune-joint", action="store_true", help="one grid over all the sets, by mean nDCG@10")
    ap.add_argument("--tune-sentences", action="store_true", help="the sentence re-rank's weight and depth, per set")
    ap.add_argument("--grid-limit", type=int, default=0)
    ap.add_argument("--tune-out")
    ap.add_argument("--corpus", nargs="+", type=Path, help="a set of your own: corpus file(s) in the eval format")
    ap.add_argument("--questions", type=Path, help="its questions (qid, question, positive_doc_ids)")
    ap.add_argument("--name", help="its name in the table and the index cache (default: the questions' folder)")
    args = ap.parse_args(argv)
    specs = set_specs()
    names = args.sets or list(specs)
    if bool(args.corpus) != bool(args.questions):
        ap.error("--corpus and --questions go together")
    if args.corpus:
        for f in args.corpus + [args.questions]:
            if not f.is_file():
                ap.error(f"no such file: {f}")
        name = args.name or args.questions.resolve().parent.name or args.questions.stem
        specs[name] = {"corpora": [f.resolve() for f in args.corpus], "questions": args.questions.resolve()}
        names = (args.sets or []) + [name]
    unknown = [n for n in names if n not in specs]
    if unknown:
        ap.error(f"unknown set(s) {unknown}; known: {list(specs)}")
    missing = [n for n in names if not all(p.is_file() for p in specs[n]["corpora"] + [specs[n]["questions"]])]
    for n in missing:
        print(f"skipping {n}: data missing (run scripts/build_dev_sets.py)", file=sys.stderr)
    names = [n for n in names if n not in missing]
    if args.tune_joint:
        tune_joint(names, specs, args)
        return 0
    if args.tune_sentences:
        tune_sentences(names, specs, args)
        return 0
    if args.tune:
        for n in names:
            tune(n, specs[n], args)
        return 0
    results = [run_set(n, specs[n], args) for n in names]
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    else:
        print_table(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

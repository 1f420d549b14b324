"""Do underthesea compound words help the keyword index? BM25 with and without them, per dev set.

    python scripts/experiment_compounds.py --store DATA_DIR_OR_STORE --questions Q.jsonl [--store ... --questions ...]

For each (index, question set) pair: the passages of the index's SQLite store are analysed twice,
(a) our terms (syllables, numbers/codes, folded forms, folded adjacent-syllable bigrams), and
(b) the same plus one folded term per multi-syllable word of ``underthesea.word_tokenize``
("~dien_thoai_di_dong"); questions get the same treatment. Prints document-level R@1, R@5, nDCG@10
of BM25 alone for both, and the segmentation time. The benchmark indexes of
``scripts/benchmark_retrieval.py`` are suitable inputs.
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from index.keyword_index import KeywordIndex  # noqa: E402
from retrieval.evaluation import documents_in_rank_order, ndcg_at_k, read_jsonl, recall_at_k  # noqa: E402
from retrieval.text_analysis import FOLD_PREFIX, fold, index_terms, query_terms  # noqa: E402


def compound_terms(text: str) -> list[str]:
    """One folded term per multi-syllable word of underthesea's segmentation."""
    from underthesea import word_tokenize

    return [FOLD_PREFIX + "_".join(fold(w.lower()).split()) for w in word_tokenize(text) if " " in w.strip()]


def _store_file(path: Path) -> Path:
    if path.is_file():
        return path
    current = (path / "CURRENT").read_text().strip()
    return path / current / "store.sqlite"


def run(store: Path, questions_file: Path) -> dict:
    db = sqlite3.connect(str(_store_file(store)))
    rows = db.execute("SELECT id, doc_id, text FROM passages ORDER BY id").fetchall()
    ids = [r[0] for r in rows]
    doc_of = {r[0]: r[1] for r in rows}
    base = [index_terms(r[2]) for r in rows]
    t0 = time.perf_counter()
    extra = [compound_terms(r[2]) for r in rows]
    seg_seconds = time.perf_counter() - t0
    questions = read_jsonl(questions_file, ("question", "positive_doc_ids"))
    out = {"passages": len(rows), "questions": len(questions), "segment_s": round(seg_seconds, 1)}
    for name, terms in (("bm25", base), ("bm25+compounds", [a + b for a, b in zip(base, extra)])):
        index = KeywordIndex.build(ids, terms)
        r1 = r5 = nd = 0.0
        for q in questions:
            q_terms = query_terms(q["question"]) + (compound_terms(q["question"]) if name != "bm25" else [])
            _scores, hit_ids = index.search(q_terms, 100)
            ranked = documents_in_rank_order(doc_of[int(i)] for i in hit_ids)
            relevant = set(q["positive_doc_ids"])
            r1 += recall_at_k(ranked, relevant, 1)
            r5 += recall_at_k(ranked, relevant, 5)
            nd += ndcg_at_k(ranked, relevant, 10)
        n = len(questions)
        out[name] = {"R@1": round(100 * r1 / n, 1), "R@5": round(100 * r5 / n, 1), "nDCG@10": round(100 * nd / n, 1)}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, action="append", required=True, help="data dir (or store.sqlite)")
    ap.add_argument("--questions", type=Path, action="append", required=True)
    args = ap.parse_args(argv)
    if len(args.store) != len(args.questions):
        ap.error("give one --questions per --store")
    for store, questions in zip(args.store, args.questions):
        print(store.name, run(store, questions))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build the retrieval dev sets that cannot live in the repo (their data is not ours to commit).

``xquad_vntc2000``: the 120 XQuAD-vi dev contexts plus 2,000 VNTC news articles as distractors, with the
565 XQuAD-vi questions. The distractors are a fixed random sample (seed ``SEED``) of the VNTC file sorted
by doc_id, so every run, on every machine, builds byte-identical files (and hence the same cached index:
``python app.py eval`` keys its data dir by the corpus file's hash).

    python scripts/build_dev_sets.py [--shared ../shared] [--out /tmp/vnqa-cache/dev_sets]

``vntc_ict``: a news-domain set with no lexical shortcut (an *inverse cloze* task): 300 of those 2,000 VNTC
articles each lose one sentence from their middle, and that sentence is the question; its article (with
the sentence removed) is the only relevant document. Finding it needs the topic, not a copied phrase, so
BM25 and dense both have headroom here, unlike XQuAD (questions written from the paragraph) or the seed
questions. ``vntc_ict_short`` asks the first 12 syllables of each removed sentence (a terse, question-
length query) over the same corpus.

``vntc_title``: headline retrieval in the same register: 300 of the 2,000 articles whose headline is not
part of their text lose it (the corpus keeps no trace of it), and the headline is the question. Headlines
are compressed and figurative ("Phá một 'lò' sản xuất rượu giả"), so they share fewer words with the
body than a removed sentence does.

prints the folder of each set built. Nothing is written inside the repository.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SEED = 20241122
N_DISTRACTORS = 2000
SET_NAME = "xquad_vntc2000"
ICT_NAME = "vntc_ict"
ICT_SEED = 20261201
N_ICT = 300
SHORT_WORDS = 12
TITLE_NAME = "vntc_title"
TITLE_SEED = 20261202


def default_cache_root() -> Path:
    """Outside the repo: $VNQA_DEV_SETS, else /tmp/vnqa-cache/dev_sets."""
    return Path(os.environ.get("VNQA_DEV_SETS") or "/tmp/vnqa-cache/dev_sets")


def default_shared() -> Path:
    return Path(os.environ.get("VNQA_SHARED") or REPO.parent / "shared")


def _read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def sample_distractors(rows: list[dict], n: int = N_DISTRACTORS, seed: int = SEED) -> list[dict]:
    """A fixed sample: independent of file order (sorted first), non-empty texts only."""
    pool = sorted((r for r in rows if (r.get("text") or "").strip()), key=lambda r: r["doc_id"])
    picked = random.Random(seed).sample(pool, min(n, len(pool)))
    return sorted(picked, key=lambda r: r["doc_id"])


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    tmp.replace(path)


def build_xquad_vntc(shared: Path, out_root: Path, n: int = N_DISTRACTORS) -> Path:
    """XQuAD-vi contexts + ``n`` VNTC distractors; returns the set's folder (corpus.jsonl, questions.jsonl)."""
    xq = shared / "data" / "xquad_vi_dev"
    contexts = _read_jsonl(xq / "corpus.jsonl")
    questions = _read_jsonl(xq / "questions.jsonl")
    distractors = sample_distractors(_read_jsonl(shared / "data" / "news_vntc.jsonl.gz"), n)
    corpus = [{"doc_id": r["doc_id"], "title": r.get("title", ""), "source": "xquad", "text": r["text"]}
              for r in contexts]
    corpus += [{"doc_id": r["doc_id"], "title": r.get("title", ""), "source": r.get("source", "vntc"),
                "text": r["text"]} for r in distractors]
    known = {r["doc_id"] for r in corpus}
    qs = [q for q in questions if set(q["positive_doc_ids"]) <= known]
    folder = out_root / (SET_NAME if n == N_DISTRACTORS else f"xquad_vntc{n}")
    folder.mkdir(parents=True, exist_ok=True)
    _write_jsonl(folder / "corpus.jsonl", corpus)
    _write_jsonl(folder / "questions.jsonl", qs)
    return folder


def pick_cloze_sentence(text: str, rng: random.Random) -> tuple[int, int] | None:
    """(start, end) of a sentence from the article's middle fit to be a question (60–300 characters, not
    the lead with its headline, not the last two, not a quote or byline), or None."""
    from corpus.chunking import split_sentences

    spans = split_sentences(text)
    if len(spans) < 6:
        return None
    middle = [s for s in spans[2:-2] if 60 <= s.end - s.start <= 300
              and not re.search(r"[\"“”]|\(.*\)", text[s.start:s.end])]
    if not middle:
        return None
    s = rng.choice(middle)
    return s.start, s.end


def remove_span(text: str, start: int, end: int) -> str:
    """The text without ``text[start:end]``, the gap closed with one space (or the line break it had)."""
    before, after = text[:start].rstrip(" "), text[end:].lstrip(" ")
    joiner = "" if before.endswith("\n") or after.startswith("\n") or not before or not after else " "
    return before + joiner + after


def build_vntc_ict(shared: Path, out_root: Path, n: int = N_ICT) -> Path:
    """The inverse-cloze news set (see the module doc); ``vntc_ict_short`` shares its corpus."""
    distractors = sample_distractors(_read_jsonl(shared / "data" / "news_vntc.jsonl.gz"), N_DISTRACTORS)
    rng = random.Random(ICT_SEED)
    order = list(range(len(distractors)))
    rng.shuffle(order)
    all_text = "\n".join(r["text"] for r in distractors)
    chosen: dict[int, tuple[int, int]] = {}
    for i in order:
        if len(chosen) >= n:
            break
        span = pick_cloze_sentence(distractors[i]["text"], rng)
        if span is None:
            continue
        sentence = distractors[i]["text"][span[0]:span[1]]
        if all_text.count(sentence) > 1:  # a near-duplicate article states it too: no single right answer
            continue
        chosen[i] = span
    corpus, questions, short = [], [], []
    for i, r in enumerate(distractors):
        text = r["text"]
        if i in chosen:
            start, end = chosen[i]
            sentence = text[start:end]
            text = remove_span(text, start, end)
            qid = f"ict-{len(questions):03d}"
            questions.append({"qid": qid, "question": sentence, "positive_doc_ids": [r["doc_id"]]})
            words = sentence.split()
            short.append({"qid": qid + "-short", "question": " ".join(words[:SHORT_WORDS]),
                          "positive_doc_ids": [r["doc_id"]]})
        corpus.append({"doc_id": r["doc_id"], "title": r.get("title", ""), "source": r.get("source", "vntc"),
                       "text": text})
    folder = out_root / ICT_NAME
    folder.mkdir(parents=True, exist_ok=True)
    _write_jsonl(folder / "corpus.jsonl", corpus)
    _write_jsonl(folder / "questions.jsonl", questions)
    _write_jsonl(folder / "questions_short.jsonl", short)
    return folder


def build_vntc_title(shared: Path, out_root: Path, n: int = N_ICT) -> Path:
    """The headline set (see the module doc): its own corpus, the 300 asked headlines blanked."""
    distractors = sample_distractors(_read_jsonl(shared / "data" / "news_vntc.jsonl.gz"), N_DISTRACTORS)
    titles = [(r.get("title") or "").strip() for r in distractors]
    counts: dict[str, int] = {}
    for t in titles:
        counts[t.casefold()] = counts.get(t.casefold(), 0) + 1
    all_text = "\n".join(r["text"] for r in distractors)
    fit = [i for i, t in enumerate(titles)
           if len(t.split()) >= 4 and counts[t.casefold()] == 1 and t not in all_text]
    chosen = set(random.Random(TITLE_SEED).sample(fit, min(n, len(fit))))
    corpus, questions = [], []
    for i, r in enumerate(distractors):
        title = titles[i]
        if i in chosen:
            questions.append({"qid": f"title-{len(questions):03d}", "question": title,
                              "positive_doc_ids": [r["doc_id"]]})
            title = ""
        corpus.append({"doc_id": r["doc_id"], "title": title, "source": r.get("source", "vntc"),
                       "text": r["text"]})
    folder = out_root / TITLE_NAME
    folder.mkdir(parents=True, exist_ok=True)
    _write_jsonl(folder / "corpus.jsonl", corpus)
    _write_jsonl(folder / "questions.jsonl", questions)
    return folder


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=default_shared())
    ap.add_argument("--out", type=Path, default=default_cache_root())
    ap.add_argument("--distractors", type=int, default=N_DISTRACTORS)
    args = ap.parse_args(argv)
    if not (args.shared / "data" / "xquad_vi_dev").is_dir():
        print(f"{args.shared}/data/xquad_vi_dev not found (use --shared)", file=sys.stderr)
        return 2
    print(build_xquad_vntc(args.shared, args.out, args.distractors))
    print(build_vntc_ict(args.shared, args.out))
    print(build_vntc_title(args.shared, args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

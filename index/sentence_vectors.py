"""Each passage's sentences embedded on their own, for the sentence max-sim re-rank of hybrid search.

A passage vector averages everything the passage says: when one sentence of a five-sentence passage answers
the question, its sibling passage that shares the topic can score as high. The cosine of the question with
the passage's best sentence separates them (measured in eval/README.md, "Fifth round"). The vectors live
in the document store beside their passage (float16, deleted with it), because they are looked up by
passage id for a few candidates, never searched.

``VNQA_SENTENCE_VECTORS=0`` turns them off at ingest (half the embedding time); search then falls back to
the passage cosine for a passage without them.
"""
from __future__ import annotations

import os
from typing import Callable, Iterable

import numpy as np

from corpus.document import Passage
from index.doc_store import DocStore
from index.vector_store import check_vectors

ProgressFn = Callable[[int, int], None]
BATCH_PASSAGES = 64  # passages whose sentences go to the model together (sorted by length inside it)


def enabled() -> bool:
    """Whether ingest embeds sentences (on unless VNQA_SENTENCE_VECTORS is 0/false/no/off)."""
    return (os.environ.get("VNQA_SENTENCE_VECTORS") or "1").strip().lower() not in ("0", "false", "no", "off")


def sentence_texts(doc_text: str, passage: Passage) -> list[str]:
    """The passage's sentences as stored (offsets into the document), blank ones dropped; the passage
    itself when it has no sentence spans."""
    texts = [doc_text[s.start : s.end].strip() for s in passage.sentences]
    texts = [t for t in texts if t]
    return texts or [passage.text]


def embed_sentences(store: DocStore, embedder, items: Iterable[tuple[int, list[str]]], *,
                    progress: ProgressFn | None = None) -> int:
    """Embed and store the sentences of each (passage id, sentence texts); returns how many sentences."""
    items = list(items)
    done_sentences = 0
    for i in range(0, len(items), BATCH_PASSAGES):
        batch = items[i : i + BATCH_PASSAGES]
        flat = [t for _, texts in batch for t in texts]
        vecs = check_vectors(embedder.encode_passages(flat), embedder.dim, "sentence vectors")
        if vecs.shape[0] != len(flat):
            raise ValueError(f"sentence vectors: the model returned {vecs.shape[0]} vectors for {len(flat)} sentences")
        at = 0
        for pid, texts in batch:
            store.add_sentence_vectors(pid, vecs[at : at + len(texts)])
            at += len(texts)
        done_sentences += len(flat)
        if progress:
            progress(min(len(items), i + BATCH_PASSAGES), len(items))
    return done_sentences


def missing_items(store: DocStore) -> list[tuple[int, list[str]]]:
    """(passage id, sentence texts) of every stored passage without sentence vectors (an index built
    before they existed, or with them turned off)."""
    ids = store.passages_without_sentence_vectors()
    out: list[tuple[int, list[str]]] = []
    texts: dict[str, str] = {}
    for chunk in range(0, len(ids), 500):
        for pid, passage in sorted(store.passages(ids[chunk : chunk + 500]).items()):
            if passage.doc_id not in texts:
                texts = {passage.doc_id: store.text_of(passage.doc_id) or ""}  # passages come in document order
            out.append((pid, sentence_texts(texts[passage.doc_id], passage)))
    return out


def best_sentence_scores(query: np.ndarray, vectors: dict[int, np.ndarray], ids: list[int]) -> list[float | None]:
    """For each id, the highest cosine of the query with one of its sentences (None: no sentence vectors)."""
    q = np.asarray(query, dtype=np.float32).reshape(-1)
    out: list[float | None] = []
    for pid in ids:
        v = vectors.get(pid)
        out.append(float((v @ q).max()) if v is not None and v.shape[1] == q.shape[0] else None)
    return out

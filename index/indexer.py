"""The write path: add, update and remove documents in one atomic generation.

Everything that can fail slowly (reading files, splitting sentences) happens before the writer
lock; embedding and storage happen inside a new generation that only becomes current once all of
it is on disk (see ``index.storage``). One bad file yields an error line and the batch goes on.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from corpus.chunking import build_passages
from corpus.document import Document
from corpus.figures import FIGURES_VERSION, extract_figures
from corpus.loader import LoadResult, load_paths, path_suffix
from index import sentence_vectors
from index.dedup import SCHEME as DEDUP_SCHEME
from index.dedup import DuplicateFinder, minhash, shingles
from index.doc_store import DB_FILE, DocStore
from index.keyword_index import KeywordIndex
from index.storage import DataDir, write_manifest
from index.vector_store import create_vector_store, load_vector_store
from retrieval.text_analysis import index_terms

ProgressFn = Callable[[float, str], None]
EMBED_BATCH = 64


class IndexModelMismatch(RuntimeError):
    """The data directory was built with another embedding model; mixing vectors would be meaningless."""


@dataclass
class FileResult:
    path: str
    status: str  # added | updated | unchanged | duplicate | removed | skipped | error
    doc_ids: list[str] = field(default_factory=list)
    passages: int = 0
    message: str = ""
    duplicates: list[str] = field(default_factory=list)  # "new_id ≈ stored_id (Jaccard 0.93)" / "new_id = stored_id"

    def line(self) -> str:
        label = {"added": "đã thêm", "updated": "đã cập nhật", "unchanged": "không đổi", "duplicate": "trùng lặp",
                 "removed": "đã xoá", "skipped": "bỏ qua", "error": "LỖI"}.get(self.status, self.status)
        extra = f" ({self.passages} đoạn)" if self.passages else ""
        message = " ".join(self.message.replace(f"{self.path}: ", "").split())  # one line, the path said once
        msg = f": {message}" if message else ""
        return f"[{label}] {self.path}{extra}{msg}"


@dataclass
class IngestReport:
    results: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0
    embed_seconds: float = 0.0
    passages_added: int = 0
    version: str | None = None
    figures_refreshed: int = 0  # stored documents whose figures were re-extracted (a newer figure extractor)
    sentences_embedded: int = 0
    sentence_vectors_backfilled: int = 0  # stored passages of an older index whose sentences were embedded now

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def passages_per_second(self) -> float:
        return self.passages_added / self.embed_seconds if self.embed_seconds else 0.0

    def summary(self) -> str:
        """Counts are of files (a .jsonl file is one file of many documents), then documents and passages."""
        parts = [f"{self.count(s)} {label}" for s, label in (
            ("added", "tệp mới"), ("updated", "cập nhật"), ("unchanged", "không đổi"),
            ("duplicate", "trùng lặp"), ("removed", "đã xoá"), ("skipped", "bỏ qua"), ("error", "lỗi"))]
        docs = sum(len(r.doc_ids) for r in self.results if r.status in ("added", "updated"))
        rate = f", {self.passages_per_second:.1f} đoạn/giây" if self.passages_added else ""
        refreshed = (f"; số liệu của {self.figures_refreshed} tài liệu đã có được trích lại (figures re-extracted)"
                     if self.figures_refreshed else "")
        backfilled = (f"; câu của {self.sentence_vectors_backfilled} đoạn đã có được nhúng (sentence vectors added)"
                      if self.sentence_vectors_backfilled else "")
        return (f"{', '.join(parts)}; {docs} tài liệu, {self.passages_added} đoạn được lập chỉ mục "
                f"trong {self.seconds:.1f} s{rate}{refreshed}{backfilled}")

    def to_dict(self) -> dict:
        return {"results": [r.__dict__ for r in self.results], "seconds": round(self.seconds, 3),
                "passages_added": self.passages_added, "passages_per_second": round(self.passages_per_second, 2),
                "version": self.version, "figures_refreshed": self.figures_refreshed,
                "sentences_embedded": self.sentences_embedded,
                "sentence_vectors_backfilled": self.sentence_vectors_backfilled, "summary": self.summary()}


def _embedding_text_title(doc: Document) -> str:
    return doc.title or ""


def _check_model(store: DocStore, embedder) -> None:
    recorded = store.get_meta("model")
    if recorded is None:
        store.set_meta("model", embedder.name)
        store.set_meta("dim", str(embedder.dim))
    elif recorded != embedder.name and store.count_passages():
        raise IndexModelMismatch(
            f"this index was built with the embedding model {recorded!r}, not {embedder.name!r}; "
            f"use the same model (VNQA_MODEL / --model) or a new --data-dir"
        )


def _figure_rows(doc: Document, passage_ids: list[int], passages) -> list[dict]:
    rows = []
    for pid, passage in zip(passage_ids, passages):
        for sent in passage.sentences:
            sentence = doc.text[sent.start : sent.end]
            try:
                figures = extract_figures(sentence, base_offset=sent.start, context_year=doc.year)
            except Exception:  # a figure the grammar cannot read must not stop the ingest
                continue
            for fig in figures:
                data = fig.to_dict()
                rows.append({"doc_id": doc.doc_id, "passage_id": pid, "start": fig.start, "end": fig.end,
                             "sentence_start": sent.start, "sentence_end": sent.end, "text": fig.text,
                             "value": fig.value, "unit": fig.unit, "data": data})
    return rows


def figures_stale(store: DocStore) -> bool:
    """Were the stored figures extracted by another version of the figure extractor (or before it had one)?"""
    return store.count_documents() > 0 and store.get_meta("figures_version") != str(FIGURES_VERSION)


def refresh_figures(store: DocStore, skip: set[str] = frozenset()) -> int:
    """Re-extract the figures of every stored document (but ``skip``) from its stored text and sentences:
    a newer extractor reads more ("14 bị cáo"); nothing is re-embedded. Returns how many documents."""
    done = 0
    for doc in store.documents():
        if doc.doc_id in skip:
            continue
        ids = store.passage_ids_where(doc_ids=[doc.doc_id])
        passages = store.passages(ids)
        store.replace_figures(doc.doc_id, _figure_rows(doc, ids, [passages[i] for i in ids]))
        done += 1
    return done


def _load_finder(reader: DocStore | None, backfill: dict[str, np.ndarray]) -> DuplicateFinder:
    """LSH buckets of every stored document.

    Documents of an older index (no signature, or another scheme) get one computed from their
    text; ``backfill`` collects those so the next generation stores them.
    """
    if reader is None:
        return DuplicateFinder()
    finder = DuplicateFinder(text_of=reader.text_of)
    same_scheme = reader.get_meta("dedup_scheme") == DEDUP_SCHEME
    for doc_id, blob in reader.signatures().items():
        if blob is None or not same_scheme:
            sig = minhash(shingles(reader.text_of(doc_id) or ""))
            backfill[doc_id] = sig
        else:
            sig = np.frombuffer(blob, dtype=np.uint32)
        finder.add(doc_id, sig)
    return finder


CORRECTABLE = ("title", "date", "source", "unit", "author", "places")


def _field(doc_or_header, name: str):
    if isinstance(doc_or_header, dict):
        return doc_or_header.get(name) if name in ("title", "date", "source") else doc_or_header["meta"].get(name)
    return getattr(doc_or_header, name) if name in ("title", "date", "source") else doc_or_header.meta.get(name)


def carry_corrections(doc: Document, header: dict | None) -> None:
    """Keep corrections made with ``app.py meta`` when the same document is ingested again.

    A sidecar file wins over an earlier command-line correction of the same field (it is newer
    information the user put next to the file); other fields keep the stored correction.
    """
    if not header:
        return
    stored = dict(header["meta"].get("corrected") or {})
    from_sidecar = set(doc.meta.get("sidecar_fields") or [])
    kept = {k: v for k, v in stored.items() if k not in from_sidecar}
    doc.set_fields(kept)
    if kept:
        doc.meta["corrected"] = kept


def same_metadata(doc: Document, header: dict) -> bool:
    """Whether re-ingesting an unchanged text would change nothing a user sees or filters on."""
    if any((_field(doc, n) or None) != (_field(header, n) or None) for n in CORRECTABLE):
        return False
    return (doc.year == header.get("year") and doc.path == header.get("path")
            and (doc.meta.get("corrected") or {}) == (header["meta"].get("corrected") or {}))


def rebuild_keyword_index(store: DocStore) -> KeywordIndex:
    """BM25 over every passage (with its document title), and the diacritic model from the same texts."""
    from retrieval.diacritics import DiacriticModel

    ids, terms, texts = [], [], []
    for pid, passage, title in store.all_passages():
        ids.append(pid)
        text = f"{title}\n{passage.text}" if title else passage.text
        terms.append(index_terms(text))
        texts.append(text)
    return KeywordIndex.build(ids, terms, DiacriticModel.from_texts(texts))


def _assign_ids(docs: list[Document], store: DocStore | None, batch_paths: dict[str, str]) -> None:
    """Keep doc ids unique per source path: two 'report.txt' in different folders are two documents."""
    for doc in docs:
        owner = batch_paths.get(doc.doc_id)
        stored_doc = store.document_header(doc.doc_id) if store is not None else None
        stored_path = stored_doc["path"] if stored_doc is not None else None
        if (owner and owner != doc.path) or (stored_path and stored_path != doc.path and not doc.path.endswith(".jsonl") and "#" not in doc.path):
            doc.doc_id = f"{doc.doc_id}-{path_suffix(doc.path)}"
        batch_paths.setdefault(doc.doc_id, doc.path)


def ingest_documents(data_dir: Path, loads: list[LoadResult], embedder, *, progress: ProgressFn | None = None,
                     show_progress: bool = False) -> IngestReport:
    """Index already-loaded documents; see ``ingest_paths`` for files."""
    started = time.perf_counter()
    report = IngestReport()
    data = DataDir(data_dir)
    with data.lock():
        current = data.current()
        reader = DocStore(current / DB_FILE, readonly=True) if current else None
        plan: list[tuple[LoadResult, list[Document], list[str]]] = []  # (load, docs to add, doc ids to replace)
        batch_hashes: dict[str, str] = {}
        batch_paths: dict[str, str] = {}
        finder: DuplicateFinder | None = None  # loaded only when some document is new or changed
        signatures: dict[str, np.ndarray] = {}
        backfill: dict[str, np.ndarray] = {}  # signatures missing from an older index
        meta_updates: list[Document] = []
        stale = False  # figures stored by another extractor version: re-extracted in the next generation
        sentences_missing = False  # stored passages without sentence vectors (an index older than them)
        try:
            if reader is not None and embedder is not None:
                recorded = reader.get_meta("model")
                if recorded and recorded != embedder.name and reader.count_passages():
                    raise IndexModelMismatch(
                        f"this index was built with the embedding model {recorded!r}, not {embedder.name!r}; "
                        f"use the same model (VNQA_MODEL / --model) or a new --data-dir")
            for load in loads:
                if load.skipped:
                    report.results.append(FileResult(load.path, "skipped", message="; ".join(load.errors)))
                    continue
                if load.errors and not load.documents:
                    report.results.append(FileResult(load.path, "error", message="; ".join(load.errors)))
                    continue
                _assign_ids(load.documents, reader, batch_paths)
                to_add, replace, unchanged, dup, meta_only = [], [], [], [], []
                for doc in load.documents:
                    h = doc.content_hash
                    header = reader.document_header(doc.doc_id) if reader else None
                    existing_hash = header["content_hash"] if header else None
                    if existing_hash == h:
                        carry_corrections(doc, header)
                        if same_metadata(doc, header):
                            unchanged.append(doc.doc_id)
                        else:
                            meta_only.append(doc)
                        continue
                    other = (reader.find_by_hash(h) if reader else None) or batch_hashes.get(h)
                    if other and other != doc.doc_id:
                        dup.append(f"{doc.doc_id} = {other}")
                        continue
                    if finder is None:
                        finder = _load_finder(reader, backfill)
                    shingle_set = shingles(doc.text)
                    sig = minhash(shingle_set)
                    match = finder.find(shingle_set, sig, exclude={doc.doc_id})
                    if match is not None:
                        dup.append(f"{doc.doc_id} ≈ {match.doc_id} (Jaccard {match.jaccard:.2f})")
                        continue
                    finder.add(doc.doc_id, sig, shingle_set)
                    signatures[doc.doc_id] = sig
                    batch_hashes[h] = doc.doc_id
                    if existing_hash is not None:
                        carry_corrections(doc, header)
                        replace.append(doc.doc_id)
                    to_add.append(doc)
                plan.append((load, to_add, replace))
                meta_updates.extend(meta_only)
                status = ("updated" if replace or meta_only else "added" if to_add else "unchanged" if unchanged
                          else "duplicate" if dup else "unchanged")
                msg_parts = list(load.errors)
                if meta_only and not replace:
                    msg_parts.append("chỉ cập nhật siêu dữ liệu (metadata only)")
                if dup:
                    shown = ", ".join(dup[:5]) + (f" … (+{len(dup) - 5})" if len(dup) > 5 else "")
                    msg_parts.append(f"{len(dup)} trùng nội dung với tài liệu đã có, không lập chỉ mục lại "
                                     f"(duplicate of): {shown}")
                report.results.append(FileResult(load.path, status,
                                                 [d.doc_id for d in to_add + meta_only] or unchanged,
                                                 message="; ".join(msg_parts), duplicates=dup))
            stale = reader is not None and figures_stale(reader)
            sentences_missing = (reader is not None and embedder is not None and sentence_vectors.enabled()
                                 and bool(reader.passages_without_sentence_vectors()))
        finally:
            if reader is not None:
                reader.close()

        if not any(to_add for _, to_add, _ in plan) and not meta_updates and not stale and not sentences_missing:
            report.version = data.version()
            report.seconds = time.perf_counter() - started
            return report

        with data.new_generation() as gen:
            store = DocStore(gen / DB_FILE)
            _check_model(store, embedder)
            vectors = load_vector_store("faiss", gen, embedder.dim) if current else create_vector_store("faiss", embedder.dim)
            removed: list[int] = []
            new_ids: list[int] = []
            new_texts: list[str] = []
            new_titles: list[str] = []
            per_result = {r.path: r for r in report.results}
            chunk_bar = None
            if show_progress:
                from tqdm import tqdm
                chunk_bar = tqdm(total=sum(len(a) for _, a, _ in plan), unit="tài liệu", desc="Chia đoạn")
            for load, to_add, replace in plan:
                for doc_id in replace:
                    removed.extend(store.remove_document(doc_id))
                for doc in to_add:
                    store.add_document(doc)
                    if doc.doc_id in signatures:
                        store.set_signature(doc.doc_id, signatures[doc.doc_id].tobytes())
                    passages = build_passages(doc.doc_id, doc.text)
                    ids = store.add_passages(passages)
                    store.add_figures(_figure_rows(doc, ids, passages))
                    new_ids.extend(ids)
                    new_texts.extend(p.text for p in passages)
                    new_titles.extend([_embedding_text_title(doc)] * len(passages))
                    per_result[load.path].passages += len(passages)
                    if chunk_bar is not None:
                        chunk_bar.update(1)
            if chunk_bar is not None:
                chunk_bar.close()
            store.set_meta("dedup_scheme", DEDUP_SCHEME)
            if stale:
                report.figures_refreshed = refresh_figures(store, skip={d.doc_id for _, a, _ in plan for d in a})
            store.set_meta("figures_version", str(FIGURES_VERSION))
            for doc_id, sig in backfill.items():
                if doc_id not in signatures:  # a replaced document has its new signature already
                    store.set_signature(doc_id, sig.tobytes())
            for doc in meta_updates:
                store.update_document_meta(doc.doc_id, title=doc.title, date=doc.date, year=doc.year,
                                           source=doc.source, meta=doc.meta)
            vectors.remove(np.asarray(removed, dtype=np.int64))
            embed_started = time.perf_counter()
            bar = None
            if show_progress:
                from tqdm import tqdm
                bar = tqdm(total=len(new_texts), unit="đoạn", desc="Nhúng vector")
            for i in range(0, len(new_texts), EMBED_BATCH):
                vecs = embedder.encode_passages(new_texts[i : i + EMBED_BATCH], titles=new_titles[i : i + EMBED_BATCH])
                vectors.add(np.asarray(new_ids[i : i + EMBED_BATCH], dtype=np.int64), vecs)
                done = min(len(new_texts), i + EMBED_BATCH)
                if bar is not None:
                    bar.update(done - i)
                if progress:
                    progress(done / max(1, len(new_texts)), f"Đã nhúng {done}/{len(new_texts)} đoạn")
            if bar is not None:
                bar.close()
            _embed_missing_sentences(store, embedder, report, len(new_ids), progress, show_progress)
            report.embed_seconds = time.perf_counter() - embed_started
            report.passages_added = len(new_texts)
            if progress:
                progress(1.0, "Đang xây dựng chỉ mục từ khoá…")
            if len(vectors) != store.count_passages():
                raise RuntimeError(f"index inconsistent: {len(vectors)} vectors for {store.count_passages()} passages")
            _finish_generation(gen, store, vectors, embedder.name, embedder.dim)
        report.version = data.version()
    report.seconds = time.perf_counter() - started
    return report


def _embed_missing_sentences(store: DocStore, embedder, report: IngestReport, new_passages: int,
                             progress: ProgressFn | None, show_progress: bool) -> None:
    """Sentence vectors for the new passages, and for stored ones an older index holds without them."""
    if not sentence_vectors.enabled():
        return
    items = sentence_vectors.missing_items(store)
    if not items:
        return
    bar = None
    if show_progress:
        from tqdm import tqdm
        bar = tqdm(total=len(items), unit="đoạn", desc="Nhúng câu")

    def step(done: int, total: int) -> None:
        if bar is not None:
            bar.update(done - bar.n)
        if progress:
            progress(done / max(1, total), f"Đã nhúng câu của {done}/{total} đoạn")

    report.sentences_embedded = sentence_vectors.embed_sentences(store, embedder, items, progress=step)
    report.sentence_vectors_backfilled = max(0, len(items) - new_passages)
    if bar is not None:
        bar.close()


def _finish_generation(gen: Path, store: DocStore, vectors, model: str | None, dim: int) -> None:
    """Rebuild BM25 from the store, commit, and write store, vectors, keywords and manifest into ``gen``
    (the caller's ``DataDir`` transaction makes the generation current only after this returns)."""
    keywords = rebuild_keyword_index(store)
    store.commit()
    manifest = {"model": model, "dim": dim, "documents": store.count_documents(), "passages": store.count_passages(),
                "vector_backend": "faiss", "created": time.strftime("%Y-%m-%dT%H:%M:%S")}
    store.close()
    vectors.save(gen)
    keywords.save(gen)
    write_manifest(gen, manifest)


def ingest_paths(data_dir: Path, paths: list[Path], embedder, *, progress: ProgressFn | None = None,
                 show_progress: bool = False, max_bytes: int | None = None) -> IngestReport:
    """Ingest files and folders; unreadable files are reported, never fatal."""
    loading = load_paths(paths, max_bytes=max_bytes)
    if show_progress:
        from tqdm import tqdm
        loading = tqdm(loading, unit="tệp", desc="Đọc tệp")
    loads = list(loading)
    if not loads:
        report = IngestReport()
        for p in paths:
            report.results.append(FileResult(str(p), "error", message="không tìm thấy tệp được hỗ trợ (no supported file found)"))
        return report
    return ingest_documents(data_dir, loads, embedder, progress=progress, show_progress=show_progress)


def remove_documents(data_dir: Path, targets: list[str]) -> IngestReport:
    """Remove documents by doc id or by source path, in one atomic generation."""
    started = time.perf_counter()
    report = IngestReport()
    data = DataDir(data_dir)
    with data.lock():
        current = data.current()
        if current is None:
            report.results = [FileResult(t, "error", message="chỉ mục trống (empty index)") for t in targets]
            return report
        reader = DocStore(current / DB_FILE, readonly=True)
        resolved: dict[str, list[str]] = {}
        for t in targets:
            ids = [t] if reader.document(t) else reader.find_by_path(t) or reader.find_by_path(str(Path(t).resolve()))
            resolved[t] = ids
        dim = int(reader.get_meta("dim") or 0)
        reader.close()
        if not any(resolved.values()):
            report.results = [FileResult(t, "error", message="không có tài liệu này trong chỉ mục (not in the index)") for t in targets]
            return report
        with data.new_generation() as gen:
            store = DocStore(gen / DB_FILE)
            vectors = load_vector_store("faiss", gen, dim)
            for t, ids in resolved.items():
                if not ids:
                    report.results.append(FileResult(t, "error", message="không có tài liệu này trong chỉ mục (not in the index)"))
                    continue
                removed = []
                for doc_id in ids:
                    removed.extend(store.remove_document(doc_id))
                vectors.remove(np.asarray(removed, dtype=np.int64))
                report.results.append(FileResult(t, "removed", ids, passages=len(removed)))
            _finish_generation(gen, store, vectors, store.get_meta("model"), dim)
        report.version = data.version()
    report.seconds = time.perf_counter() - started
    return report


def update_metadata(data_dir: Path, target: str, changes: dict) -> FileResult:
    """Correct a document's title, date, unit, author, source or places, in one atomic generation.

    Text, passages and vectors are untouched; corrected fields are remembered in
    ``meta["corrected"]`` so that ingesting the same file again keeps them (see ``carry_corrections``).
    An empty value clears a field. Dates are normalised like sidecar dates.
    """
    from corpus.loader import clean_overrides  # the same validation as sidecar files

    fields, warnings = clean_overrides(changes, "meta")
    if warnings:
        return FileResult(target, "error", message="; ".join(w.removeprefix("meta: ").replace(" ignored", "") for w in warnings))
    data = DataDir(data_dir)
    with data.lock():
        current = data.current()
        if current is None:
            return FileResult(target, "error", message="chỉ mục trống (empty index)")
        reader = DocStore(current / DB_FILE, readonly=True)
        try:
            ids = [target] if reader.document_header(target) else (
                reader.find_by_path(target) or reader.find_by_path(str(Path(target).resolve())))
            if len(ids) != 1:
                reason = ("không có tài liệu này trong chỉ mục (not in the index)" if not ids else
                          f"đường dẫn này ứng với {len(ids)} tài liệu, hãy dùng mã tài liệu (use a doc id): {', '.join(ids[:5])}")
                return FileResult(target, "error", message=reason)
            header = reader.document_header(ids[0])
        finally:
            reader.close()
        if not fields:
            return FileResult(target, "unchanged", ids, message=json.dumps(_public_meta(header), ensure_ascii=False))
        meta = dict(header["meta"])
        columns: dict = {}
        for key, value in fields.items():
            if key in ("title", "source"):
                columns[key] = value or ""
            elif key == "date":
                columns["date"] = value
                if "year" not in fields:
                    columns["year"] = int(value[:4]) if value else None
            elif key == "year":
                columns["year"] = value
            elif value is None:
                meta.pop(key, None)
            else:
                meta[key] = value
        meta["corrected"] = {**(meta.get("corrected") or {}), **fields}
        with data.new_generation() as gen:
            store = DocStore(gen / DB_FILE)
            store.update_document_meta(ids[0], meta=meta, **columns)
            keywords = rebuild_keyword_index(store) if "title" in fields else None  # titles are keyword terms
            store.commit()
            manifest = {**json.loads((current / "manifest.json").read_text(encoding="utf-8")),
                        "created": time.strftime("%Y-%m-%dT%H:%M:%S")}
            updated = store.document_header(ids[0])
            store.close()
            if keywords is not None:
                keywords.save(gen)
            write_manifest(gen, manifest)
    return FileResult(target, "updated", ids, message=json.dumps(_public_meta(updated), ensure_ascii=False))


def _public_meta(header: dict) -> dict:
    meta = header.get("meta") or {}
    return {"doc_id": header["doc_id"], "title": header["title"], "date": header["date"], "year": header["year"],
            "source": header["source"], "unit": meta.get("unit"), "author": meta.get("author"),
            "places": meta.get("places") or [], "corrected": sorted(meta.get("corrected") or {})}

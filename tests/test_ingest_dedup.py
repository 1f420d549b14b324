"""Near-duplicates (one article saved twice, or reprinted by another site) are indexed once."""
from __future__ import annotations

import gzip
import json
import sqlite3
import time
from pathlib import Path

import pytest

from index.dedup import DuplicateFinder, is_near_duplicate, jaccard, minhash, shingles
from index.doc_store import DB_FILE
from index.indexer import ingest_paths
from index.report_index import ReportIndex
from index.storage import DataDir
from tests.fakes import HashEmbedder

S000 = "000_46187f3b83518a7b.txt"
S004 = "004_bae18dc72671c5b8.txt"

# pairs in ../shared/data/news_vntc.jsonl.gz (line numbers from 0) and their Jaccard on syllable 5-grams
SAME_ARTICLE = [(981, 1924), (2879, 7871)]  # 0.97: Tuổi Trẻ / VnExpress; 0.76: the same text minus its lead
REWRITES = [(6755, 7319), (36, 184)]  # 0.54 and 0.69: one story told twice, each with its own facts


@pytest.fixture(scope="module")
def vntc(shared_dir) -> list[dict]:
    path = shared_dir / "data" / "news_vntc.jsonl.gz"
    if not path.exists():
        pytest.skip("news_vntc.jsonl.gz not found")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_shingles_ignore_case_punctuation_and_spacing():
    a = shingles("Chiều 3-6, Bộ Công an đã tổ chức hội nghị trực tuyến sơ kết.")
    b = shingles("chiều 3 - 6 Bộ  CÔNG AN đã tổ chức “hội nghị” trực tuyến sơ kết")
    assert a == b and len(a) == 11  # 15 syllables
    assert jaccard(a, shingles("Sáng 4-6, Bộ Tư pháp tổ chức hội nghị trực tuyến tổng kết.")) < 0.2


def test_minhash_estimates_jaccard(seed_texts):
    text = seed_texts[S004]
    half = text[: len(text) // 2]
    a, b = shingles(text), shingles(half)
    estimate = float((minhash(a) == minhash(b)).mean())
    assert abs(estimate - jaccard(a, b)) < 0.12
    assert (minhash(a) == minhash(set(a))).all()  # deterministic: signatures are stored across runs


def test_rule_on_real_reprints(vntc):
    for i, j in SAME_ARTICLE:
        a, b = shingles(vntc[i]["text"]), shingles(vntc[j]["text"])
        assert is_near_duplicate(a, b)[0] and is_near_duplicate(b, a)[0]
    for i, j in REWRITES:
        a, b = shingles(vntc[i]["text"]), shingles(vntc[j]["text"])
        assert not is_near_duplicate(a, b)[0] and not is_near_duplicate(b, a)[0]


def test_finder_uses_lsh_then_exact_check(vntc):
    finder = DuplicateFinder()
    for k in [*range(200), 981]:
        s = shingles(vntc[k]["text"])
        finder.add(vntc[k]["doc_id"], minhash(s), s)
    s = shingles(vntc[1924]["text"])
    match = finder.find(s, minhash(s))
    assert match is not None and match.doc_id == vntc[981]["doc_id"] and match.jaccard > 0.95
    assert finder.find(s, minhash(s), exclude={vntc[981]["doc_id"]}) is None
    other = shingles(vntc[5000]["text"])
    assert finder.find(other, minhash(other)) is None


def test_reprint_in_the_same_batch_and_in_a_later_one(tmp_path, vntc):
    data = tmp_path / "data"
    folder = tmp_path / "in"
    folder.mkdir()
    rows = [vntc[981], vntc[1924], vntc[6755], vntc[7319], vntc[10]]
    report = ingest_paths(data, [_write_jsonl(folder / "a.jsonl", rows)], HashEmbedder())
    (result,) = report.results
    assert result.status == "added"
    assert vntc[1924]["doc_id"] + " ≈ " + vntc[981]["doc_id"] in result.message
    assert "\n" not in result.line()
    store = ReportIndex(data).store
    ids = {d.doc_id for d in store.documents()}
    assert ids == {vntc[k]["doc_id"] for k in (981, 6755, 7319, 10)}  # rewrites are both kept
    # the same story from another site, later, as a saved web page with the site's furniture around it
    page = (f"<html><head><title>{vntc[7871]['title'] or 'Tin'}</title></head><body><nav>Trang chủ | Pháp luật</nav>"
            f"<article>{''.join(f'<p>{p}</p>' for p in vntc[7871]['text'].split(chr(10)))}</article>"
            "<footer>Bản quyền thuộc về báo. Liên hệ quảng cáo</footer></body></html>")
    (folder / "b.jsonl").write_text(json.dumps(vntc[2879], ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "ban-sao.html").write_text(page, encoding="utf-8")
    second = ingest_paths(data, [folder], HashEmbedder())
    by_name = {Path(r.path).name: r for r in second.results}
    assert by_name["a.jsonl"].status == "unchanged"
    assert by_name["b.jsonl"].status == "added"
    assert by_name["ban-sao.html"].status == "duplicate"
    assert vntc[2879]["doc_id"] in by_name["ban-sao.html"].message
    assert "trùng lặp" in by_name["ban-sao.html"].line()
    assert ReportIndex(data).store.count_documents() == 5


def test_longer_version_is_kept_and_own_update_is_not_a_duplicate(tmp_path, seed_texts):
    data = tmp_path / "data"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / S000).write_text(seed_texts[S000], encoding="utf-8")
    ingest_paths(data, [folder], HashEmbedder())
    # the same report edited in place: replaces itself, never "duplicate of itself"
    (folder / S000).write_text(seed_texts[S000] + "\nBổ sung: đã bắt giữ 12 đối tượng.", encoding="utf-8")
    assert ingest_paths(data, [folder], HashEmbedder()).results[0].status == "updated"
    # a second copy with a whole other report appended carries new content: indexed
    (folder / "ban-day-du.txt").write_text(seed_texts[S000] + "\n" + seed_texts[S004], encoding="utf-8")
    # a copy with one sentence less adds nothing: duplicate
    (folder / "ban-rut-gon.txt").write_text(seed_texts[S000].rsplit("Tại Hội nghị sơ kết", 1)[0], encoding="utf-8")
    report = ingest_paths(data, [folder], HashEmbedder())
    status = {Path(r.path).name: r.status for r in report.results}
    assert status == {S000: "unchanged", "ban-day-du.txt": "added", "ban-rut-gon.txt": "duplicate"}


def test_index_without_signatures_still_finds_duplicates(tmp_path, seed_texts):
    """Indexes written before signatures existed: the finder computes them from the stored text."""
    data = tmp_path / "data"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / S000).write_text(seed_texts[S000], encoding="utf-8")
    ingest_paths(data, [folder], HashEmbedder())
    db = sqlite3.connect(DataDir(data).current() / DB_FILE)
    db.execute("DROP TABLE doc_signatures")
    db.commit()
    db.close()
    (folder / "luu-lai.txt").write_text("  " + seed_texts[S000].replace("./.", ".") + "\n", encoding="utf-8")
    report = ingest_paths(data, [folder], HashEmbedder())
    assert {Path(r.path).name: r.status for r in report.results} == {S000: "unchanged", "luu-lai.txt": "duplicate"}


def test_unchanged_reingest_is_fast_and_writes_nothing(tmp_path, vntc):
    data = tmp_path / "data"
    corpus = _write_jsonl(tmp_path / "slice.jsonl", vntc[:120])
    first = ingest_paths(data, [corpus], HashEmbedder())
    version = first.version
    emb = HashEmbedder()
    started = time.perf_counter()
    again = ingest_paths(data, [corpus], emb)
    elapsed = time.perf_counter() - started
    assert again.results[0].status == "unchanged" and again.passages_added == 0
    assert emb.calls == 0 and again.version == version
    assert elapsed < 5.0, elapsed  # ~0.3 s here: read, hash, compare; no chunking, no embedding

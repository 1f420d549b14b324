"""Index mechanics: idempotent re-ingest, updates, removal, bad files, and crash safety."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from index.indexer import IndexModelMismatch, ingest_paths, remove_documents
from index.report_index import ReportIndex
from index.storage import DataDir
from retrieval.hybrid import HybridSearcher
from tests.conftest import REPO, SAMPLES
from tests.fakes import HashEmbedder


@pytest.fixture
def reports(tmp_path) -> Path:
    folder = tmp_path / "reports"
    shutil.copytree(SAMPLES, folder)
    return folder


def _state(data: Path) -> tuple[int, int, str]:
    idx = ReportIndex(data)
    return idx.store.count_documents(), idx.store.count_passages(), idx.version


def test_ingest_samples_and_reingest_is_idempotent(tmp_path, reports):
    data = tmp_path / "data"
    emb = HashEmbedder()
    first = ingest_paths(data, [reports], emb)
    assert first.count("added") == 5 and first.count("error") == 0
    docs, passages, version = _state(data)
    assert docs == 5 and passages > 30
    second = ingest_paths(data, [reports], emb)
    assert second.count("unchanged") == 5 and second.passages_added == 0
    assert _state(data) == (docs, passages, version)  # no new generation at all


def test_web_furniture_is_not_indexed(tmp_path, reports):
    data = tmp_path / "data"
    ingest_paths(data, [reports], HashEmbedder())
    doc = ReportIndex(data).store.document("004_bae18dc72671c5b8")
    for furniture in ("Bình chọn", "Thống kê truy cập", "Online 2", "Hôm nay 2008", "6.264.528", "Các tin khác"):
        assert furniture not in doc.text
    assert doc.text.rstrip().endswith("Hà Thuỷ")
    assert doc.title.startswith("KẾT QUẢ CÔNG TÁC XÂY DỰNG PHONG TRÀO TOÀN DÂN BẢO VỆ ANTQ")


def test_passage_offsets_point_into_stored_text(tmp_path, reports):
    data = tmp_path / "data"
    ingest_paths(data, [reports], HashEmbedder())
    idx = ReportIndex(data)
    for pid, passage, _title in idx.store.all_passages():
        doc = idx.store.document(passage.doc_id)
        assert doc.text[passage.start : passage.end] == passage.text
        for s in passage.sentences:
            assert passage.start <= s.start < s.end <= passage.end


def test_changed_file_replaces_its_passages(tmp_path, reports):
    data = tmp_path / "data"
    emb = HashEmbedder()
    ingest_paths(data, [reports], emb)
    target = reports / "001_39d7781fe940ac39.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\n\nBổ sung: đã bắt giữ 12 đối tượng trong đợt cao điểm.",
                      encoding="utf-8")
    report = ingest_paths(data, [reports], emb)
    assert report.count("updated") == 1 and report.count("unchanged") == 4
    idx = ReportIndex(data)
    assert idx.store.count_documents() == 5
    assert "đã bắt giữ 12 đối tượng" in idx.store.document("001_39d7781fe940ac39").text
    assert len(idx.vectors) == idx.store.count_passages() == len(idx.keywords)


def test_remove_by_id_and_by_path(tmp_path, reports):
    data = tmp_path / "data"
    ingest_paths(data, [reports], HashEmbedder())
    remove_documents(data, ["000_46187f3b83518a7b"])
    remove_documents(data, [str(reports / "001_39d7781fe940ac39.txt")])
    idx = ReportIndex(data)
    assert [d.doc_id for d in idx.store.documents()] == ["002_d7785d41f27099bf", "003_482e3ee27822c92f",
                                                         "004_bae18dc72671c5b8"]
    assert len(idx.vectors) == idx.store.count_passages()
    bad = remove_documents(data, ["khong-co"])
    assert bad.results[0].status == "error"


def test_one_bad_file_does_not_stop_the_batch(tmp_path, reports):
    (reports / "rong.txt").write_bytes(b"")
    (reports / "hong.pdf").write_bytes(os.urandom(2048))
    report = ingest_paths(tmp_path / "data", [reports], HashEmbedder())
    assert report.count("added") == 5
    errors = {Path(r.path).name: r.message for r in report.results if r.status == "error"}
    assert set(errors) == {"rong.txt", "hong.pdf"}
    assert all(msg for msg in errors.values())


def test_other_model_is_refused(tmp_path, reports):
    data = tmp_path / "data"
    ingest_paths(data, [reports / "000_46187f3b83518a7b.txt"], HashEmbedder("test:a"))
    with pytest.raises(IndexModelMismatch, match="test:a"):
        ingest_paths(data, [reports / "001_39d7781fe940ac39.txt"], HashEmbedder("test:b"))


def test_failure_half_way_keeps_previous_index(tmp_path, reports):
    data = tmp_path / "data"
    ingest_paths(data, [reports / "000_46187f3b83518a7b.txt"], HashEmbedder())
    before = _state(data)
    with pytest.raises(RuntimeError, match="simulated"):
        ingest_paths(data, [reports], HashEmbedder(fail_after=0))
    assert _state(data) == before
    assert not [p for p in data.iterdir() if p.name.endswith(".tmp")]
    idx = ReportIndex(data)
    hits = HybridSearcher(idx, HashEmbedder()).search("tai nạn giao thông năm 2020", 3).hits
    assert hits and hits[0].doc_id == "000_46187f3b83518a7b"


def test_kill_during_ingest_leaves_index_loadable(tmp_path, reports):
    data = tmp_path / "data"
    ingest_paths(data, [reports / "000_46187f3b83518a7b.txt"], HashEmbedder())
    before = _state(data)
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        from pathlib import Path
        from index.indexer import ingest_paths
        from tests.fakes import HashEmbedder
        print("start", flush=True)
        ingest_paths(Path({str(data)!r}), [Path({str(reports)!r})], HashEmbedder(delay=0.5))
        print("done", flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "start"
    deadline = time.time() + 60
    while time.time() < deadline and not [p for p in data.iterdir() if p.name.endswith(".tmp")]:
        time.sleep(0.05)
    time.sleep(0.7)  # inside the embedding loop of the new generation
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert _state(data) == before
    idx = ReportIndex(data)
    assert idx.store.document("000_46187f3b83518a7b") is not None
    assert HybridSearcher(idx, HashEmbedder()).search("quy chế phối hợp", 3).hits
    # the next writer sweeps the half-written generation and succeeds
    report = ingest_paths(data, [reports], HashEmbedder())
    assert report.count("added") == 4
    assert not [p for p in data.iterdir() if p.name.endswith(".tmp")]
    assert DataDir(data).current().name != before[2]


def test_postings_name_exactly_the_passages_that_use_a_term(tmp_path, reports):
    """What answers use to ask "does this report use the word at all?" without re-tokenising it."""
    from retrieval.text_analysis import index_terms

    data = tmp_path / "data"
    ingest_paths(data, [reports], HashEmbedder())
    idx = ReportIndex(data)
    terms_of = {pid: set(index_terms(f"{title}\n{p.text}" if title else p.text))
                for pid, p, title in idx.store.all_passages()}
    for term in ("m519", "~m519", "2.570", "tuyên", "~tuyen", "33,76%", "~an_ninh"):
        want = {pid for pid, terms in terms_of.items() if term in terms}
        assert want, term
        assert set(idx.keywords.passages_with(term).tolist()) == want, term
    assert idx.keywords.passages_with("không-có-từ-này").size == 0


def test_figures_of_an_older_extractor_are_re_extracted_at_the_next_ingest_without_embedding(tmp_path, reports):
    import sqlite3

    from corpus.figures import FIGURES_VERSION
    from index.doc_store import DB_FILE

    data = tmp_path / "data"
    emb = HashEmbedder()
    ingest_paths(data, [reports], emb)
    fresh = ReportIndex(data).store.figures()
    assert any(f["text"] == "2.570 cán bộ, chiến sĩ" for f in fresh)
    # an index written before figures were versioned, whose extractor missed the Thanh Hóa report's figures
    db = DataDir(data).current() / DB_FILE
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM meta WHERE key = 'figures_version'")
        conn.execute("DELETE FROM figures WHERE doc_id = '003_482e3ee27822c92f'")
    assert len(ReportIndex(data).store.figures()) < len(fresh)
    calls = emb.calls
    again = ingest_paths(data, [reports], emb)
    assert again.count("unchanged") == 5 and again.passages_added == 0 and emb.calls == calls  # nothing embedded
    assert again.figures_refreshed == 5 and "trích lại" in again.summary()
    store = ReportIndex(data).store
    assert store.get_meta("figures_version") == str(FIGURES_VERSION)
    key = lambda f: (f["doc_id"], f["start"], f["end"], f["text"])  # noqa: E731
    assert sorted(map(key, store.figures())) == sorted(map(key, fresh))
    _, _, version = _state(data)
    assert ingest_paths(data, [reports], emb).figures_refreshed == 0 and _state(data)[2] == version  # up to date

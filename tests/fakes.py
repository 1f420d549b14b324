"""A small deterministic embedder for tests of the index mechanics (not of retrieval quality).

It hashes syllables into a fixed-width bag-of-words vector, so it needs no model files and runs
in microseconds; tests of answer quality use the real multilingual-e5-small model instead.
"""
from __future__ import annotations

import hashlib
import time

import numpy as np


class HashEmbedder:
    def __init__(self, name: str = "test:hash-64", dim: int = 64, delay: float = 0.0, fail_after: int | None = None):
        self.name, self.dim, self.delay, self.fail_after = name, dim, delay, fail_after
        self.calls = 0

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        for word in text.lower().split():
            v[int(hashlib.md5(word.encode()).hexdigest()[:8], 16) % self.dim] += 1.0
        n = np.linalg.norm(v)
        return v / n if n else v + 1.0 / np.sqrt(self.dim)

    def encode_passages(self, texts, titles=None, **_):
        self.calls += 1
        if self.fail_after is not None and self.calls > self.fail_after:
            raise RuntimeError("simulated failure while embedding")
        if self.delay:
            time.sleep(self.delay)
        return np.stack([self._vec(t) for t in texts]).astype(np.float32)

    def encode_queries(self, texts):
        return np.stack([self._vec(t) for t in texts]).astype(np.float32)

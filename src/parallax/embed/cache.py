"""Embeddings cached by text hash and encoder version, so nothing is embedded twice.

``CachedEncoder`` wraps an encoder with a key-value cache; ``MemoryCache`` keeps vectors
in a dict, the store's ``embeddings`` table keeps them across runs (``store/vectors.py``).
"""

from __future__ import annotations

import hashlib
import time
from typing import Protocol

import numpy as np

from parallax.embed.encoder import Encoder, Vectors


def text_key(version: str, text: str) -> str:
    return hashlib.sha256(f"{version}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


class VectorCache(Protocol):
    def get_many(self, keys: list[str]) -> dict[str, Vectors]: ...

    def known(self, keys: list[str]) -> set[str]: ...  # those of ``keys`` it holds

    def put_many(self, items: dict[str, Vectors]) -> None: ...


class MemoryCache:
    def __init__(self) -> None:
        self.vectors: dict[str, Vectors] = {}

    def get_many(self, keys: list[str]) -> dict[str, Vectors]:
        return {k: self.vectors[k] for k in keys if k in self.vectors}

    def known(self, keys: list[str]) -> set[str]:
        return {k for k in keys if k in self.vectors}

    def put_many(self, items: dict[str, Vectors]) -> None:
        self.vectors.update(items)


class CachedEncoder:
    """An encoder that looks each text up in a cache before encoding it."""

    def __init__(self, encoder: Encoder, cache: VectorCache):
        self.encoder = encoder
        self.cache = cache
        self.name, self.version, self.dim = encoder.name, encoder.version, encoder.dim
        self.encoded = 0  # texts actually sent to the encoder
        self.seconds = 0.0  # time spent in the encoder itself

    def encode(self, texts: list[str]) -> Vectors:
        keys = [text_key(self.version, t) for t in texts]
        found = self.cache.get_many(list(dict.fromkeys(keys)))
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True)
                                     if k not in found))
        if missing:
            started = time.perf_counter()
            vectors = self.encoder.encode(missing)
            self.seconds += time.perf_counter() - started
            self.encoded += len(missing)
            new = {text_key(self.version, t): v for t, v in zip(missing, vectors, strict=True)}
            self.cache.put_many(new)
            found.update(new)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([found[k] for k in keys]).astype(np.float32)

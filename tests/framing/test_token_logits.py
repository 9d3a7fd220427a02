"""The cached word-level logits equal the sums of ``token_features``' rows on real texts."""

from itertools import chain

import numpy as np
import pytest

from parallax.framing.features import token_features, words
from parallax.framing.lexicon import token_hits
from parallax.framing.model import FramingModel, default_model
from tests.conftest import one_article, shared_file


def _reference(model: FramingModel, text: str, start: int, end: int, lang: str) -> np.ndarray:
    toks = words(text, start, end)
    rows = token_features(text, toks, start, token_hits(toks, lang), lang)
    flat = np.fromiter(chain.from_iterable(rows), dtype=np.int64)
    offsets = np.cumsum([0] + [len(row) for row in rows[:-1]])
    return np.asarray(np.add.reduceat(model.token_w[flat], offsets, axis=0))


@pytest.mark.parametrize("seed", ["000_c6003d2db5c56764.txt", "003_ba776f5750207993.txt"])
def test_equal_to_summing_the_feature_rows(seed: str) -> None:
    model = default_model()
    article = one_article(str(shared_file("corpus", "seeds", seed)))
    lang = article.language or "und"
    checked = 0
    for sentence in article.sentences:
        toks = words(article.text, sentence.start, sentence.end)
        if not toks:
            continue
        hits = token_hits(toks, lang)
        got = model.token_logits(article.text, toks, sentence.start, hits, lang)
        want = _reference(model, article.text, sentence.start, sentence.end, lang)
        assert got.shape == want.shape
        assert np.abs(got - want).max() < 1e-4
        checked += 1
    assert checked >= 10
    # the Dutch seed's lexicon words and quotes exercise the lexicon and in-quote terms
    if lang == "nl":
        assert any(h for s in article.sentences
                   for h in token_hits(words(article.text, s.start, s.end), lang))

"""Word-level logits of the framing model, from cached sums of weights.

The word model is linear: a word's logit is the sum of the weights of its hashed
features (``features.token_features``). Most of those features belong to one word (its
identity, affixes, shape), to one word as a neighbour, or to one pair of adjacent words,
so their weights are summed once per word or pair and kept; a sentence then costs a few
array additions instead of a list of bucket numbers per word. The result equals summing
``token_features``' rows (up to float rounding): a test holds the two together, and
training still reads ``token_features``.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from parallax.framing.features import (
    BIAS,
    IN_QUOTE,
    POSITION,
    Word,
    language_bucket,
    lexicon_buckets,
    lexicon_neighbour_bucket,
    neighbour_buckets,
    pair_buckets,
    quote_parity,
    shape,
    word_buckets,
)

WORD_CACHE = 1 << 16
PAIR_CACHE = 1 << 17


class TokenLogits:
    """The word-level logits of one weight matrix (buckets × techniques)."""

    def __init__(self, weights: np.ndarray):
        self.weights = weights
        self.position = weights[list(POSITION)]
        self.in_quote = weights[IN_QUOTE]
        self.word = lru_cache(maxsize=WORD_CACHE)(self._word)
        self.neighbour = lru_cache(maxsize=WORD_CACHE)(self._neighbour)
        self.pair = lru_cache(maxsize=PAIR_CACHE)(self._pair)
        self.base = lru_cache(maxsize=64)(self._base)
        self.lexicon = lru_cache(maxsize=256)(self._lexicon)
        self.lexicon_neighbour = lru_cache(maxsize=16)(self._lexicon_neighbour)

    def _sum(self, buckets: tuple[int, ...] | list[int]) -> np.ndarray:
        return np.asarray(self.weights[list(buckets)].sum(axis=0))

    def _word(self, lower: str, word_shape: str, lang: str) -> np.ndarray:
        return self._sum(word_buckets(lower, word_shape, lang))

    def _neighbour(self, lower: str) -> np.ndarray:
        """(4, techniques): the word as the one before, after, two before, two after."""
        return np.asarray(self.weights[list(neighbour_buckets(lower))])

    def _pair(self, first: str, second: str) -> np.ndarray:
        """(2, techniques): the pair seen from its second word, and from its first."""
        return np.asarray(self.weights[list(pair_buckets(first, second))])

    def _base(self, lang: str) -> np.ndarray:
        return self._sum([BIAS, language_bucket(lang)])

    def _lexicon(self, hit: str, lang: str) -> np.ndarray:
        return self._sum(lexicon_buckets(hit, lang))

    def _lexicon_neighbour(self, hit: str) -> np.ndarray:
        return np.asarray(self.weights[lexicon_neighbour_bucket(hit)])

    def __call__(self, text: str, tokens: list[Word], sentence_start: int,
                 hits: list[str | None], lang: str) -> np.ndarray:
        """(words, techniques) logits of one sentence's words, before the bias."""
        n = len(tokens)
        padded = ["<s>", "<s>", *(t.lower for t in tokens), "</s>", "</s>"]
        around = np.stack([self.neighbour(w) for w in padded])  # (n + 4, 4, k)
        pairs = np.stack([self.pair(a, b) for a, b in zip(padded[1:-2], padded[2:-1],
                                                          strict=True)])  # (n + 1, 2, k)
        out = np.stack([self.word(t.lower, shape(t.text), lang) for t in tokens])
        out += self.base(lang)
        # word i sits at i + 2 in ``padded``: one before it is row i + 1, and so on
        out += around[1 : n + 1, 0]
        out += around[3 : n + 3, 1]
        out += around[0:n, 2]
        out += around[4 : n + 4, 3]
        out += pairs[0:n, 0]
        out += pairs[1 : n + 1, 1]
        out += self.position[np.minimum(np.arange(n), len(POSITION) - 1)]
        quoted = np.flatnonzero(quote_parity(text, tokens, sentence_start))
        out[quoted] += self.in_quote
        for i, hit in enumerate(hits):
            if hit:
                out[i] += self.lexicon(hit, lang)
                for k in (i - 1, i + 1):
                    if 0 <= k < n:
                        out[k] += self.lexicon_neighbour(hit)
        return out

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
        return self.many(text, [(sentence_start, tokens, hits)], lang)[0]

    def many(self, text: str, sentences: list[tuple[int, list[Word], list[str | None]]],
             lang: str) -> list[np.ndarray]:
        """The logits of several sentences' words (each: its start, words and lexicon
        hits), worked out together: each distinct word and word pair is looked up once,
        and one set of array operations serves them all."""
        padded: list[str] = []  # every sentence's words between two "<s>" and two "</s>"
        at: list[int] = []  # each word's place in ``padded``
        rank: list[int] = []  # each word's place in its sentence
        quoted: list[bool] = []
        shaped: list[tuple[str, str]] = []
        for start, tokens, _ in sentences:
            base = len(padded) + 2
            padded += ["<s>", "<s>", *(t.lower for t in tokens), "</s>", "</s>"]
            at += range(base, base + len(tokens))
            rank += range(len(tokens))
            quoted += quote_parity(text, tokens, start)
            shaped += [(t.lower, shape(t.text)) for t in tokens]
        if not at:
            return [np.zeros((0, self.weights.shape[1]), dtype=self.weights.dtype)
                    for _ in sentences]
        where = np.array(at)
        words_ = {w: k for k, w in enumerate(dict.fromkeys(padded))}
        around = np.stack([self.neighbour(w) for w in words_])[[words_[w] for w in padded]]
        # the pair (padded[g], padded[g + 1]) for every g a word's pairs start at
        firsts = sorted({g + d for g in at for d in (-1, 0)})
        pair_of = {g: k for k, g in enumerate(firsts)}
        pairs = np.stack([self.pair(padded[g], padded[g + 1]) for g in firsts])
        kinds = {key: k for k, key in enumerate(dict.fromkeys(shaped))}
        out = np.stack([self.word(w, sh, lang) for w, sh in kinds])[[kinds[k] for k in shaped]]
        out += self.base(lang)
        out += around[where - 1, 0]  # the word before, as seen from this one
        out += around[where + 1, 1]
        out += around[where - 2, 2]
        out += around[where + 2, 3]
        out += pairs[[pair_of[g - 1] for g in at], 0]
        out += pairs[[pair_of[g] for g in at], 1]
        out += self.position[np.minimum(np.array(rank), len(POSITION) - 1)]
        out[np.flatnonzero(quoted)] += self.in_quote
        results = np.split(out, np.cumsum([len(t) for _, t, _ in sentences])[:-1])
        for logits, (_, tokens, hits) in zip(results, sentences, strict=True):
            for i, hit in enumerate(hits):
                if hit:
                    logits[i] += self.lexicon(hit, lang)
                    for k in (i - 1, i + 1):
                        if 0 <= k < len(tokens):
                            logits[k] += self.lexicon_neighbour(hit)
        return results

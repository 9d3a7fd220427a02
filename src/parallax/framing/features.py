"""Hashed features for the framing tagger: per word token and per sentence.

Features are strings hashed with CRC-32 into a fixed number of buckets, so the model is a
plain weight matrix (no vocabulary to ship) and the same text always gives the same
indices, in training and at run time, on every machine.
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache
from typing import NamedTuple

from parallax.extract.tokens import QUOTES

TOKEN_BUCKETS = 1 << 18
SENTENCE_BUCKETS = 1 << 16

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)


class Word(NamedTuple):
    start: int
    end: int
    text: str
    lower: str


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    stop = len(text) if end is None else end
    return [
        Word(m.start(), m.end(), m.group(), m.group().casefold())
        for m in _WORD.finditer(text, start, stop)
    ]


@lru_cache(maxsize=1 << 18)
def bucket(feature: str, size: int) -> int:
    return zlib.crc32(feature.encode("utf-8")) % size


def _shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if word.isupper() and len(word) > 1:
        return "XX"
    if word[0].isupper():
        return "Xx"
    return "x"


def _quote_parity(text: str, tokens: list[Word], sentence_start: int) -> list[bool]:
    """Per word: whether an odd number of quote marks precede it in the sentence."""
    if not tokens or QUOTES.isdisjoint(text[sentence_start : tokens[-1].start]):
        return [False] * len(tokens)
    inside, cursor, out = False, sentence_start, []
    for tok in tokens:
        inside ^= sum(1 for ch in text[cursor:tok.start] if ch in QUOTES) % 2 == 1
        cursor = tok.start
        out.append(inside)
    return out


@lru_cache(maxsize=1 << 16)
def _word_buckets(word: str, shape: str, lang: str) -> tuple[int, ...]:
    """The features of a word on its own (identity, affixes, shape, 5-grams)."""
    names = [f"w={word}", f"p3={word[:3]}", f"p4={word[:4]}", f"s3={word[-3:]}",
             f"s4={word[-4:]}", f"sh={shape}", f"len={min(len(word), 12)}"]
    if len(word) >= 6:
        names += [f"c5={word[k:k + 5]}" for k in range(0, len(word) - 4, 2)]
    return tuple(bucket(n, TOKEN_BUCKETS) for n in names)


@lru_cache(maxsize=1 << 16)
def _own_buckets(text: str, lang: str) -> tuple[int, ...]:
    """A word's features that do not depend on its neighbours: bias, language, and
    those of ``_word_buckets`` (for its lowered form and its shape)."""
    return (_BIAS, bucket(f"L={lang}", TOKEN_BUCKETS),
            *_word_buckets(text.casefold(), _shape(text), lang))


@lru_cache(maxsize=1 << 16)
def _neighbour_buckets(word: str) -> tuple[int, int, int, int]:
    """The word as the one before, after, two before and two after another word."""
    return (bucket(f"w-1={word}", TOKEN_BUCKETS), bucket(f"w+1={word}", TOKEN_BUCKETS),
            bucket(f"w-2={word}", TOKEN_BUCKETS), bucket(f"w+2={word}", TOKEN_BUCKETS))


@lru_cache(maxsize=1 << 17)
def _pair_buckets(first: str, second: str) -> tuple[int, int]:
    """Two adjacent words, as seen from the second ("bg-") and from the first ("bg+")."""
    return (bucket(f"bg-={first}|{second}", TOKEN_BUCKETS),
            bucket(f"bg+={first}|{second}", TOKEN_BUCKETS))


_POSITION = tuple(bucket(f"pos={i}", TOKEN_BUCKETS) for i in range(6))
_IN_QUOTE = bucket("inq", TOKEN_BUCKETS)
_BIAS = bucket("b", TOKEN_BUCKETS)


def token_features(
    text: str, tokens: list[Word], sentence_start: int, lexicon_hits: list[str | None], lang: str
) -> list[list[int]]:
    """Bucket indices for each word of one sentence (the features are named strings,
    hashed; those of single words and word pairs are cached)."""
    padded = ["<s>", "<s>", *(t.lower for t in tokens), "</s>", "</s>"]
    around = [_neighbour_buckets(w) for w in padded]
    pairs = [_pair_buckets(a, b) for a, b in zip(padded[1:-2], padded[2:-1], strict=True)]
    quoted = _quote_parity(text, tokens, sentence_start)
    rows = []
    for i, tok in enumerate(tokens):
        j = i + 2
        row = [*_own_buckets(tok.text, lang),
               around[j - 1][0], around[j + 1][1], around[j - 2][2], around[j + 2][3],
               pairs[i][0], pairs[i + 1][1], _POSITION[min(i, 5)]]
        if quoted[i]:
            row.append(_IN_QUOTE)
        hit = lexicon_hits[i]
        if hit:
            row += [bucket(f"lex={hit}", TOKEN_BUCKETS), bucket(f"lex={hit}|L={lang}",
                                                               TOKEN_BUCKETS)]
        for k in (i - 1, i + 1):
            if 0 <= k < len(tokens) and lexicon_hits[k]:
                row.append(bucket(f"lexn={lexicon_hits[k]}", TOKEN_BUCKETS))
        rows.append(row)
    return rows


@lru_cache(maxsize=1 << 16)
def _sentence_word_buckets(word: str) -> tuple[int, ...]:
    """A word's sentence features: itself, and its first five letters when longer."""
    if len(word) > 5:
        return bucket(f"w={word}", SENTENCE_BUCKETS), bucket(f"p5={word[:5]}", SENTENCE_BUCKETS)
    return (bucket(f"w={word}", SENTENCE_BUCKETS),)


@lru_cache(maxsize=1 << 17)
def _sentence_pair_bucket(first: str, second: str) -> int:
    return bucket(f"bg={first}|{second}", SENTENCE_BUCKETS)


def sentence_features(text: str, tokens: list[Word], lexicon_hits: list[str | None],
                      lang: str) -> list[int]:
    """Bucket indices for a sentence as a whole: its words, word pairs and punctuation."""
    lowered = [t.lower for t in tokens]
    found = {bucket(n, SENTENCE_BUCKETS) for n in (
        "b", f"L={lang}", f"n={min(len(tokens) // 5, 10)}")}
    for w in lowered:
        found.update(_sentence_word_buckets(w))
    found.update(_sentence_pair_bucket(a, b) for a, b in zip(lowered, lowered[1:],
                                                              strict=False))
    found.update(bucket(f"ch={ch}", SENTENCE_BUCKETS) for ch in "?!\"“”«»„" if ch in text)
    found.update(bucket(f"lex={h}", SENTENCE_BUCKETS) for h in lexicon_hits if h)
    if any(ch.isdigit() for ch in text):  # str.isdigit, not \d: "CO₂" counts
        found.add(bucket("digit", SENTENCE_BUCKETS))
    return sorted(found)

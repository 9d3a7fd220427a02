"""Hashed features for the framing tagger: per word token and per sentence.

Features are strings hashed with CRC-32 into a fixed number of buckets, so the model is a
plain weight matrix (no vocabulary to ship) and the same text always gives the same
indices, in training and at run time, on every machine.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from functools import lru_cache

from parallax.extract.tokens import QUOTES

TOKEN_BUCKETS = 1 << 18
SENTENCE_BUCKETS = 1 << 16

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)


@dataclass(frozen=True)
class Word:
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


def token_features(
    text: str, tokens: list[Word], sentence_start: int, lexicon_hits: list[str | None], lang: str
) -> list[list[int]]:
    """Bucket indices for each word of one sentence."""
    lowered = [t.lower for t in tokens]
    padded = ["<s>", "<s>", *lowered, "</s>", "</s>"]
    quoted = _quote_parity(text, tokens, sentence_start)
    base = [bucket("b", TOKEN_BUCKETS), bucket(f"L={lang}", TOKEN_BUCKETS)]
    rows = []
    for i, tok in enumerate(tokens):
        w = tok.lower
        j = i + 2
        names = [
            f"w-1={padded[j - 1]}", f"w+1={padded[j + 1]}", f"w-2={padded[j - 2]}",
            f"w+2={padded[j + 2]}", f"bg-={padded[j - 1]}|{w}", f"bg+={w}|{padded[j + 1]}",
            f"pos={min(i, 5)}",
        ]
        if quoted[i]:
            names.append("inq")
        hit = lexicon_hits[i]
        if hit:
            names += [f"lex={hit}", f"lex={hit}|L={lang}"]
        for k in (i - 1, i + 1):
            if 0 <= k < len(tokens) and lexicon_hits[k]:
                names.append(f"lexn={lexicon_hits[k]}")
        rows.append([*base, *_word_buckets(w, _shape(tok.text), lang),
                     *(bucket(n, TOKEN_BUCKETS) for n in names)])
    return rows


def sentence_features(text: str, tokens: list[Word], lexicon_hits: list[str | None],
                      lang: str) -> list[int]:
    """Bucket indices for a sentence as a whole: its words, word pairs and punctuation."""
    lowered = [t.lower for t in tokens]
    names = ["b", f"L={lang}", f"n={min(len(tokens) // 5, 10)}"]
    names += [f"w={w}" for w in lowered]
    names += [f"p5={w[:5]}" for w in lowered if len(w) > 5]
    names += [f"bg={a}|{b}" for a, b in zip(lowered, lowered[1:], strict=False)]
    names += [f"ch={ch}" for ch in "?!\"“”«»„" if ch in text]
    names += [f"lex={h}" for h in lexicon_hits if h]
    if any(ch.isdigit() for ch in text):
        names.append("digit")
    return sorted({bucket(n, SENTENCE_BUCKETS) for n in names})

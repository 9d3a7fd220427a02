"""Word tokens with character offsets, shared by the extractors."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# a word: letters/digits with inner apostrophes, hyphens, dots ("U.S.", "al-Hakim", "70.000")
_TOKEN = re.compile(
    r"\d+(?:[.,\u00a0\u202f]\d+)*(?![\w])|[^\W_](?:[\w'’.\-/]*[^\W_])?\.?|[^\w\s]", re.UNICODE
)
QUOTES = set("\"“”„«»‘’'‹›")
CLOSING_QUOTES = set("\"”»’'›")


class Token(NamedTuple):
    """A word or punctuation token (a named tuple: millions are made, cheaply)."""

    start: int
    end: int
    text: str
    lower: str  # casefolded, read over and over by the phrase matchers

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Word and punctuation tokens of ``text``, offsets shifted by ``offset``. Several
    extractors tokenize the same sentence, so results are cached (tokens are frozen)."""
    return list(_tokenize(text, offset))


@lru_cache(maxsize=2048)
def _tokenize(text: str, offset: int) -> tuple[Token, ...]:
    tokens = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        end = m.end()
        # a trailing dot belongs to the sentence unless the word is an abbreviation like "U.S."
        if word.endswith(".") and len(word) > 1 and "." not in word[:-1]:
            word, end = word[:-1], end - 1
        tokens.append(Token(offset + m.start(), offset + end, word, word.casefold()))
    return tuple(tokens)


class Phrases(dict[tuple[str, ...], str]):
    """Phrases as lower-cased token tuples mapped to a value, indexed by their first and
    last token so that matching at a position looks at a handful of candidates."""

    def __init__(self, items: dict[tuple[str, ...], str]):
        super().__init__(items)
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        self.by_last: dict[str, list[tuple[str, ...]]] = {}
        for key in sorted(items, key=len, reverse=True):
            self.by_first.setdefault(key[0], []).append(key)
            self.by_last.setdefault(key[-1], []).append(key)


def phrase_at(tokens: list[Token], i: int, phrases: Phrases) -> tuple[int, str]:
    """The longest phrase starting at token ``i``: (number of tokens, value), or (0, "")."""
    if i >= len(tokens) or i < 0:
        return 0, ""
    for key in phrases.by_first.get(tokens[i].lower, ()):
        n = len(key)
        if i + n <= len(tokens) and all(tokens[i + k].lower == key[k] for k in range(1, n)):
            return n, phrases[key]
    return 0, ""


def phrase_before(tokens: list[Token], i: int, phrases: Phrases) -> tuple[int, str]:
    """The longest phrase ending just before token ``i``."""
    if i - 1 < 0 or i - 1 >= len(tokens):
        return 0, ""
    for key in phrases.by_last.get(tokens[i - 1].lower, ()):
        n = len(key)
        if i - n >= 0 and all(tokens[i - n + k].lower == key[k] for k in range(n - 1)):
            return n, phrases[key]
    return 0, ""


def phrase_keys(words: list[str] | dict[str, str]) -> Phrases:
    """Phrases as lower-cased token tuples, mapped to a value (the phrase itself for lists)."""
    items = words.items() if isinstance(words, dict) else ((w, w) for w in words)
    out: dict[tuple[str, ...], str] = {}
    for phrase, value in items:
        key = tuple(t.lower for t in tokenize(phrase))
        if key:
            out[key] = str(value)
    return Phrases(out)

"""Word tokens with character offsets, shared by the extractors."""

from __future__ import annotations

import re
from dataclasses import dataclass

# a word: letters/digits with inner apostrophes, hyphens, dots ("U.S.", "al-Hakim", "70.000")
_TOKEN = re.compile(
    r"\d+(?:[.,\u00a0\u202f]\d+)*(?![\w])|[^\W_](?:[\w'’.\-/]*[^\W_])?\.?|[^\w\s]", re.UNICODE
)
QUOTES = set("\"“”„«»‘’'‹›")
CLOSING_QUOTES = set("\"”»’'›")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.casefold()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    tokens = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        end = m.end()
        # a trailing dot belongs to the sentence unless the word is an abbreviation like "U.S."
        if word.endswith(".") and len(word) > 1 and "." not in word[:-1]:
            word, end = word[:-1], end - 1
        tokens.append(Token(offset + m.start(), offset + end, word))
    return tokens


def phrase_at(tokens: list[Token], i: int, phrases: dict[tuple[str, ...], str]) -> tuple[int, str]:
    """The longest phrase (as lower-cased token tuples) starting at token ``i``:
    (number of tokens, value), or (0, "")."""
    best = (0, "")
    for key, value in phrases.items():
        n = len(key)
        if n > best[0] and i + n <= len(tokens):
            if all(tokens[i + k].lower == key[k] for k in range(n)):
                best = (n, value)
    return best


def phrase_before(
    tokens: list[Token], i: int, phrases: dict[tuple[str, ...], str]
) -> tuple[int, str]:
    """The longest phrase ending just before token ``i``."""
    best = (0, "")
    for key, value in phrases.items():
        n = len(key)
        if n > best[0] and i - n >= 0:
            if all(tokens[i - n + k].lower == key[k] for k in range(n)):
                best = (n, value)
    return best


def phrase_keys(words: list[str] | dict[str, str]) -> dict[tuple[str, ...], str]:
    """Phrases as lower-cased token tuples, mapped to a value (the phrase itself for lists)."""
    items = words.items() if isinstance(words, dict) else ((w, w) for w in words)
    out: dict[tuple[str, ...], str] = {}
    for phrase, value in items:
        key = tuple(t.lower for t in tokenize(phrase))
        if key:
            out[key] = str(value)
    return out

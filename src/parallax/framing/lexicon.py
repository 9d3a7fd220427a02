"""Loaded-language and name-calling lexicons from ``lang/<code>.toml`` (section ``framing``).

An entry is a word (``schurkenstaat``), a prefix (``genocid*``), a suffix (``*staat``) or a
phrase of such words (``joodse lobby``). The lexicon gives the tagger a feature in every
language and, for languages without training data, spans of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from parallax.framing.features import Word
from parallax.lang import language

LOADED = "Loaded_Language"
NAME_CALLING = "Name_Calling-Labeling"
_KEYS = {"name_calling": NAME_CALLING, "loaded": LOADED}
SHORT = {LOADED: "LL", NAME_CALLING: "NC"}


@dataclass(frozen=True)
class Pattern:
    parts: tuple[str, ...]
    technique: str


def _matches(part: str, word: str) -> bool:
    if part.endswith("*") and part.startswith("*"):
        return part[1:-1] in word
    if part.endswith("*"):
        return word.startswith(part[:-1])
    if part.startswith("*"):
        return word.endswith(part[1:]) and len(word) > len(part)
    return word == part


@lru_cache(maxsize=32)
def patterns(code: str) -> tuple[Pattern, ...]:
    data = language(code)
    found = []
    for key, technique in _KEYS.items():
        for entry in data.words("framing", key):
            parts = tuple(entry.casefold().split())
            if parts:
                found.append(Pattern(parts, technique))
    # longer phrases first, name-calling before loaded language
    return tuple(sorted(found, key=lambda p: (-len(p.parts), p.technique != NAME_CALLING)))


def lexicon_matches(tokens: list[Word], code: str) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, technique) for each lexicon match, without overlaps."""
    found: list[tuple[int, int, str]] = []
    taken = [False] * len(tokens)
    for pattern in patterns(code):
        n = len(pattern.parts)
        for i in range(len(tokens) - n + 1):
            if any(taken[i:i + n]):
                continue
            if all(_matches(p, tokens[i + k].lower) for k, p in enumerate(pattern.parts)):
                found.append((i, i + n, pattern.technique))
                for k in range(i, i + n):
                    taken[k] = True
    return sorted(found)


def token_hits(tokens: list[Word], code: str) -> list[str | None]:
    """Per token: "LL", "NC" or None."""
    hits: list[str | None] = [None] * len(tokens)
    for first, last, technique in lexicon_matches(tokens, code):
        for k in range(first, last):
            hits[k] = SHORT[technique]
    return hits

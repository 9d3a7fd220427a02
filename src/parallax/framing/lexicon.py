"""Loaded-language and name-calling lexicons from ``lang/<code>.toml`` (section ``framing``).

An entry is a word (``schurkenstaat``), a prefix (``genocid*``), a suffix (``*staat``) or a
phrase of such words (``joodse lobby``). The lexicon gives the tagger a feature in every
language and, for languages without training data, spans of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from parallax.framing.features import Word
from parallax.lang import language

LOADED = "Loaded_Language"
NAME_CALLING = "Name_Calling-Labeling"
_KEYS = {"name_calling": NAME_CALLING, "loaded": LOADED}
SHORT = {LOADED: "LL", NAME_CALLING: "NC"}
WORDS_KEPT = 1 << 16  # words whose lexicon look-up a language keeps


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


@dataclass(frozen=True)
class SingleWords:
    """One-word entries of one technique, compiled for fast checks."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]

    def match(self, word: str) -> bool:
        return (word in self.exact or word.startswith(self.prefixes)
                or (word.endswith(self.suffixes)  # cheap check first, then the length rule
                    and any(word.endswith(s) and len(word) > len(s) for s in self.suffixes)))


@dataclass(frozen=True)
class Lexicon:
    phrases: tuple[Pattern, ...]  # several words, longest first
    single: tuple[tuple[str, SingleWords], ...]  # name-calling first
    phrase_starts: SingleWords  # first words of the phrases: a cheap pre-check
    start_anywhere: bool = False  # a phrase starts with "*x*": check every position
    # per word seen: (may it start a phrase, its one-word technique): words recur, and
    # the prefix and suffix checks cost more than a look-up (bounded: ``WORDS_KEPT``)
    _seen: dict[str, tuple[bool, str | None]] = field(default_factory=dict, compare=False)

    def word(self, lower: str) -> tuple[bool, str | None]:
        found = self._seen.get(lower)
        if found is None:
            found = (self.start_anywhere or self.phrase_starts.match(lower),
                     next((t for t, entries in self.single if entries.match(lower)), None))
            if len(self._seen) >= WORDS_KEPT:
                self._seen.clear()
            self._seen[lower] = found
        return found


@lru_cache(maxsize=32)
def lexicon(code: str) -> Lexicon:
    data = language(code)
    phrases, single = [], []
    for key, technique in _KEYS.items():
        entries = [tuple(e.casefold().split()) for e in data.words("framing", key)]
        phrases += [Pattern(p, technique) for p in entries if len(p) > 1]
        words_ = [p[0] for p in entries if len(p) == 1]
        single.append((technique, SingleWords(
            frozenset(w for w in words_ if "*" not in w),
            tuple(w[:-1] for w in words_ if w.endswith("*") and not w.startswith("*")),
            tuple(w[1:] for w in words_ if w.startswith("*") and not w.endswith("*")),
        )))
    phrases.sort(key=lambda p: (-len(p.parts), p.technique != NAME_CALLING))
    firsts = [p.parts[0] for p in phrases]
    starts = SingleWords(
        frozenset(w for w in firsts if "*" not in w),
        tuple(w[:-1] for w in firsts if w.endswith("*") and not w.startswith("*")),
        tuple(w[1:] for w in firsts if w.startswith("*") and not w.endswith("*")),
    )
    anywhere = any(w.startswith("*") and w.endswith("*") for w in firsts)
    return Lexicon(tuple(phrases), tuple(single), starts, anywhere)


def lexicon_matches(tokens: list[Word], code: str) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, technique) for each lexicon match, without overlaps."""
    lex = lexicon(code)
    found: list[tuple[int, int, str]] = []
    taken = [False] * len(tokens)
    seen = [lex.word(t.lower) for t in tokens]
    starts = [i for i, (may_start, _) in enumerate(seen) if may_start]
    for pattern in lex.phrases if starts else ():
        n = len(pattern.parts)
        for i in starts:
            if i + n > len(tokens) or any(taken[i:i + n]):
                continue
            if all(_matches(p, tokens[i + k].lower) for k, p in enumerate(pattern.parts)):
                found.append((i, i + n, pattern.technique))
                for k in range(i, i + n):
                    taken[k] = True
    for i, (_, technique) in enumerate(seen):
        if technique is not None and not taken[i]:
            found.append((i, i + 1, technique))
    return sorted(found)


def token_hits(tokens: list[Word], code: str,
               matches: list[tuple[int, int, str]] | None = None) -> list[str | None]:
    """Per token: "LL", "NC" or None."""
    hits: list[str | None] = [None] * len(tokens)
    for first, last, technique in lexicon_matches(tokens, code) if matches is None else matches:
        for k in range(first, last):
            hits[k] = SHORT[technique]
    return hits

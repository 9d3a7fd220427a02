"""Sentence splitting that copes with text whose punctuation was stripped.

Line breaks are the most reliable signal, so every non-empty line is split on its own.
Inside a line, sentence punctuation followed by a capital marks a boundary (minus the
language's abbreviations and ordinals). A long line with almost no punctuation (machine
translation, transcripts) is further split before a capitalised sentence starter
("... on wet paper The confrontations ..."), the starters being data in ``lang/*.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from parallax.lang import language
from parallax.language.detect import sentence_language
from parallax.model import Sentence
from parallax.pipeline import Doc

_PUNCT_BOUNDARY = re.compile(
    r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«„‚»›(\[¿¡]?[A-ZÀ-ÖØ-Þ0-9Ѐ-Я])"
    r"|[.!?…؟]+(?=\s*[\u0620-\u064A])"  # caseless Arabic script, often no space after
)
_TOKEN_BEFORE = re.compile(r"(\S+?)[.!?…]+[\"'”’»)\]]*$")
_WORD = re.compile(r"\S+")
# any punctuation: a long sentence with commas is punctuated; stripped text has none
_PUNCT = re.compile(r"[.!?…,;:]")
UNPUNCTUATED_MIN_WORDS = 25
WORDS_PER_PUNCT = 30
MIN_PIECE_WORDS = 4


@dataclass(frozen=True)
class SplitRules:
    abbreviations: frozenset[str]
    starters: frozenset[str]
    joiners: frozenset[str]


@lru_cache(maxsize=64)
def rules_for(code: str | None) -> SplitRules:
    data = language(code or "en")
    return SplitRules(
        abbreviations=frozenset(a.casefold() for a in data.words("sentences", "abbreviations")),
        starters=frozenset(data.words("sentences", "starters")),
        joiners=frozenset(j.casefold() for j in data.words("sentences", "joiners")),
    )


def _line_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            yield start + lead, start + lead + len(stripped)
        start = end + 1


def _punctuation_cuts(text: str, start: int, end: int, rules: SplitRules) -> list[int]:
    cuts = []
    segment = text[start:end]
    for m in _PUNCT_BOUNDARY.finditer(segment):
        before = _TOKEN_BEFORE.search(segment[: m.end()])
        token = before.group(1).casefold() if before else ""
        token = token.lstrip("(\"'“‘«")
        if token in rules.abbreviations or (len(token) == 1 and token.isalpha()):
            continue
        if token.isdigit() and len(token) <= 2 and segment[m.start()] == ".":
            continue  # ordinals and dates: "3. Oktober", "12. 5."
        cut = start + m.end()
        while cut < end and text[cut].isspace():
            cut += 1
        cuts.append(cut)
    return cuts


def _starter_cuts(text: str, start: int, end: int, rules: SplitRules) -> list[int]:
    """Boundaries before capitalised starters in a stretch with almost no punctuation."""
    words = [(m.start() + start, m.group()) for m in _WORD.finditer(text[start:end])]
    punct = len(_PUNCT.findall(text[start:end]))
    if len(words) < UNPUNCTUATED_MIN_WORDS or punct * WORDS_PER_PUNCT > len(words):
        return []
    cuts = []
    last = 0
    for k in range(MIN_PIECE_WORDS, len(words) - MIN_PIECE_WORDS + 1):
        pos, word = words[k]
        previous = words[k - 1][1]
        if (
            word in rules.starters
            and previous[-1:].isalnum()
            and previous.casefold() not in rules.joiners
            and k - last >= MIN_PIECE_WORDS
        ):
            cuts.append(pos)
            last = k
    return cuts


def sentence_spans(text: str, code: str | None) -> list[tuple[int, int]]:
    rules = rules_for(code)
    spans: list[tuple[int, int]] = []
    for line_start, line_end in _line_spans(text):
        cuts = [line_start, *_punctuation_cuts(text, line_start, line_end, rules), line_end]
        for a, b in zip(cuts, cuts[1:], strict=False):
            inner = [a, *_starter_cuts(text, a, b, rules), b]
            for s, e in zip(inner, inner[1:], strict=False):
                piece = text[s:e].rstrip()
                if piece:
                    spans.append((s, s + len(piece)))
    return spans


def split_sentences(doc: Doc) -> Doc:
    doc.sentences = [
        Sentence(s, e, sentence_language(doc.text[s:e], doc.language))
        for s, e in sentence_spans(doc.text, doc.language)
    ]
    return doc

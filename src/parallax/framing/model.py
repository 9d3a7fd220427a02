"""The framing tagger: hashed-feature logistic models over words and sentences.

- Word level (Loaded_Language, Name_Calling-Labeling: short spans): each word gets a
  probability per technique; runs of words above the technique's threshold become spans.
- Sentence level (the other 21 techniques, whose spans are clauses or whole sentences):
  each sentence gets a probability per technique; a sentence above threshold is a span.
- Lexicon matches (``lang/<code>.toml``, section ``framing``) are features of the word
  model and, with a fixed floor, spans of their own: so Dutch or Spanish, which have no
  training data, still get the curated words.

Weights live in ``framing/data/framing.npz`` with the training record (command, seed,
data hash, thresholds), written by ``parallax train framing``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np

from parallax.framing.features import (
    Word,
    sentence_features,
    token_features,
    words,
)
from parallax.framing.lexicon import LOADED, NAME_CALLING, lexicon_matches, token_hits
from parallax.model import FramingSpan

TOKEN_TECHNIQUES = (LOADED, NAME_CALLING)
SENTENCE_TECHNIQUES = (
    "Appeal_to_Authority", "Appeal_to_Fear-Prejudice", "Appeal_to_Hypocrisy",
    "Appeal_to_Popularity", "Appeal_to_Time", "Appeal_to_Values", "Causal_Oversimplification",
    "Consequential_Oversimplification", "Conversation_Killer", "Doubt",
    "Exaggeration-Minimisation", "False_Dilemma-No_Choice", "Flag_Waving",
    "Guilt_by_Association", "Obfuscation-Vagueness-Confusion", "Questioning_the_Reputation",
    "Red_Herring", "Repetition", "Slogans", "Straw_Man", "Whataboutism",
)
TECHNIQUES = TOKEN_TECHNIQUES + SENTENCE_TECHNIQUES
LEXICON_FLOOR = 0.6  # a curated lexicon word is a span even where the model is unsure
# In a language the model was not trained on, only confident word-level predictions are
# kept (on the Dutch seed, weaker ones were nationality adjectives and plain nouns), and
# the sentence-level techniques are off: nothing measured shows that they transfer.
UNTRAINED_WORD_THRESHOLD = 0.8
MODEL_FILE = "framing.npz"


@dataclass
class SentenceScores:
    start: int
    end: int
    words: list[Word]
    token_probs: np.ndarray  # (words, len(TOKEN_TECHNIQUES))
    sentence_probs: np.ndarray  # (len(SENTENCE_TECHNIQUES),)
    lexicon: list[tuple[int, int, str]]


def _row_sums(weights: np.ndarray, rows: list[list[int]]) -> np.ndarray:
    """For each row of feature indices, the sum of those weight rows."""
    flat = np.fromiter(chain.from_iterable(rows), dtype=np.int64)
    offsets = np.zeros(len(rows), dtype=np.int64)
    np.cumsum([len(row) for row in rows[:-1]], out=offsets[1:])
    return np.add.reduceat(weights[flat], offsets, axis=0)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30.0, 30.0)))


@dataclass
class FramingModel:
    token_w: np.ndarray
    token_b: np.ndarray
    sentence_w: np.ndarray
    sentence_b: np.ndarray
    thresholds: dict[str, float]
    info: dict[str, Any]

    @classmethod
    def load(cls, path: Path | None = None) -> FramingModel:
        if path is None:
            with resources.as_file(resources.files("parallax.framing") / "data" / MODEL_FILE) as p:
                return cls._read(p)
        return cls._read(path)

    @classmethod
    def _read(cls, path: Path) -> FramingModel:
        with np.load(path, allow_pickle=False) as data:
            info = json.loads(str(data["info"]))
            return cls(
                data["token_w"].astype(np.float32), data["token_b"].astype(np.float32),
                data["sentence_w"].astype(np.float32), data["sentence_b"].astype(np.float32),
                {k: float(v) for k, v in info.pop("thresholds").items()}, info,
            )

    def save(self, path: Path) -> None:
        info = dict(self.info, thresholds=self.thresholds)
        np.savez_compressed(
            path, token_w=self.token_w.astype(np.float16), token_b=self.token_b,
            sentence_w=self.sentence_w.astype(np.float16), sentence_b=self.sentence_b,
            info=np.array(json.dumps(info, sort_keys=True)),
        )

    def score(self, text: str, sentences: list[tuple[int, int]], lang: str) -> list[SentenceScores]:
        """Features sentence by sentence; the weights of all of an article's words and
        sentences are then summed and squashed in one pass each."""
        found: list[tuple[int, int, list[Word], list[tuple[int, int, str]]]] = []
        token_rows: list[list[int]] = []
        sentence_rows: list[list[int]] = []
        for start, end in sentences:
            toks = words(text, start, end)
            if not toks:
                continue
            matches = lexicon_matches(toks, lang)
            hits = token_hits(toks, lang, matches)
            token_rows += token_features(text, toks, start, hits, lang)
            sentence_rows.append(sentence_features(text[start:end], toks, hits, lang))
            found.append((start, end, toks, matches))
        if not found:
            return []
        token_probs = _sigmoid(_row_sums(self.token_w, token_rows) + self.token_b)
        sentence_probs = _sigmoid(_row_sums(self.sentence_w, sentence_rows) + self.sentence_b)
        scored, first = [], 0
        for k, (start, end, toks, matches) in enumerate(found):
            scored.append(SentenceScores(start, end, toks, token_probs[first:first + len(toks)],
                                         sentence_probs[k], matches))
            first += len(toks)
        return scored

    def decode(self, scored: list[SentenceScores],
               thresholds: dict[str, float] | None = None) -> list[FramingSpan]:
        limits = thresholds or self.thresholds
        spans: list[FramingSpan] = []
        for sentence in scored:
            for k, technique in enumerate(TOKEN_TECHNIQUES):
                probs = sentence.token_probs[:, k].copy()
                limit = limits.get(technique, 0.5)
                floor = max(limit, LEXICON_FLOOR) if limit <= 1.0 else 0.0
                for first, last, hit in sentence.lexicon:
                    if hit == technique:
                        probs[first:last] = np.maximum(probs[first:last], floor)
                spans += _runs(sentence.words, probs, limit, technique)
            for k, technique in enumerate(SENTENCE_TECHNIQUES):
                p = float(sentence.sentence_probs[k])
                if p >= limits.get(technique, 0.5):
                    spans.append(FramingSpan(sentence.words[0].start, sentence.words[-1].end,
                                             technique, round(p, 3)))
        return sorted(spans, key=lambda s: (s.start, s.end, s.technique))

    def thresholds_for(self, lang: str) -> dict[str, float]:
        if lang in self.info.get("languages", ()):
            return self.thresholds
        limits = {t: 2.0 for t in SENTENCE_TECHNIQUES}
        limits.update({t: max(self.thresholds.get(t, 0.5), UNTRAINED_WORD_THRESHOLD)
                       for t in TOKEN_TECHNIQUES})
        return limits

    def spans(self, text: str, sentences: list[tuple[int, int]], lang: str) -> list[FramingSpan]:
        return self.decode(self.score(text, sentences, lang), self.thresholds_for(lang))


def _runs(toks: list[Word], probs: np.ndarray, limit: float, technique: str) -> list[FramingSpan]:
    """Runs of words at or above ``limit`` (a single weaker word between two may join them)."""
    spans = []
    i, n = 0, len(toks)
    while i < n:
        if probs[i] < limit:
            i += 1
            continue
        j = i
        while j + 1 < n and (probs[j + 1] >= limit or (
                j + 2 < n and probs[j + 1] >= limit / 2 and probs[j + 2] >= limit)):
            j += 1
        spans.append(FramingSpan(toks[i].start, toks[j].end, technique,
                                 round(float(probs[i:j + 1].max()), 3)))
        i = j + 1
    return spans


@lru_cache(maxsize=1)
def default_model() -> FramingModel:
    return FramingModel.load()

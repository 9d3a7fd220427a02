"""The framing stage of the pipeline, and the article-level signals built on its spans.

- ``tag_framing``: technique spans from the framing model over the article's sentences,
  plus one ``Figure_Without_Source`` span per counted or measured quantity (it has a
  unit: deaths, percent, money, countries …) in a claim that names no speaker (a Parallax
  flag beside the SemEval techniques: the figure may be true, but the article does not
  say who counted it). Spans of time ("three decades") are not figures in this sense.
- ``loaded_share``: the share of an article's words inside Loaded_Language or
  Name_Calling-Labeling spans, the number fact-checkers compare across outlets.
"""

from __future__ import annotations

from parallax.framing.features import words
from parallax.framing.lexicon import LOADED, NAME_CALLING
from parallax.framing.model import default_model
from parallax.model import Article, Claim, FramingSpan
from parallax.pipeline import Doc

UNSOURCED_FIGURE = "Figure_Without_Source"
LOADED_TECHNIQUES = (LOADED, NAME_CALLING)


def unsourced_figures(claims: list[Claim]) -> list[FramingSpan]:
    return [
        FramingSpan(q.start, q.end, UNSOURCED_FIGURE, 1.0)
        for claim in claims
        if claim.attribution.speaker is None
        for q in claim.quantities
        if q.unit is not None
    ]


def framing_spans(text: str, sentences: list[tuple[int, int]], language: str | None,
                  claims: list[Claim]) -> list[FramingSpan]:
    spans = default_model().spans(text, sentences, language or "und")
    spans += unsourced_figures(claims)
    return sorted(spans, key=lambda s: (s.start, s.end, s.technique))


def tag_framing(doc: Doc) -> Doc:
    sentences = [(s.start, s.end) for s in doc.sentences]
    doc.framing = framing_spans(doc.text, sentences, doc.language, doc.claims)
    return doc


def loaded_share(article: Article) -> float:
    """Share of the article's words that lie inside a loaded-language or name-calling span."""
    all_words = words(article.text)
    if not all_words:
        return 0.0
    spans = [s for s in article.framing if s.technique in LOADED_TECHNIQUES]
    inside = sum(1 for w in all_words if any(s.start <= w.start < s.end for s in spans))
    return inside / len(all_words)

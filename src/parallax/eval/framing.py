"""``parallax eval framing``: framing spans against a span-annotated folder.

Each document's text is tagged as the pipeline would (language detected from the text,
sentences split by the language's rules). Scores, with overlap matching and the
SemEval-2020 soft-overlap F1 (``parallax.framing.scoring``):
- per technique, overall and per language;
- technique-agnostic: every predicted span against every gold span, techniques ignored.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parallax.framing.corpus import read_corpus
from parallax.framing.model import TECHNIQUES, FramingModel, default_model
from parallax.framing.scoring import SpanCounts
from parallax.language.detect import identify
from parallax.language.sentences import sentence_spans


@dataclass
class FramingScores:
    documents: int = 0
    agnostic: SpanCounts = field(default_factory=SpanCounts)
    agnostic_by_language: dict[str, SpanCounts] = field(default_factory=dict)
    by_technique: dict[str, SpanCounts] = field(default_factory=dict)
    by_language: dict[str, dict[str, SpanCounts]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "technique_agnostic": self.agnostic.as_dict(),
            "technique_agnostic_by_language": {
                k: v.as_dict() for k, v in sorted(self.agnostic_by_language.items())},
            "by_technique": {k: v.as_dict() for k, v in self.by_technique.items() if v.gold},
            "by_language": {
                lang: {t: c.as_dict() for t, c in techniques.items() if c.gold}
                for lang, techniques in sorted(self.by_language.items())
            },
        }


def evaluate_framing(folder: Path, model: FramingModel | None = None) -> FramingScores:
    tagger = model or default_model()
    scores = FramingScores()
    by_technique: dict[str, SpanCounts] = defaultdict(SpanCounts)
    by_language: dict[str, dict[str, SpanCounts]] = defaultdict(lambda: defaultdict(SpanCounts))
    agnostic_by_language: dict[str, SpanCounts] = defaultdict(SpanCounts)
    for doc in read_corpus(folder):
        code = identify(doc.text)[0] or doc.language
        predicted = tagger.spans(doc.text, sentence_spans(doc.text, code), code)
        scores.documents += 1
        pred_all = [(s.start, s.end) for s in predicted]
        gold_all = [(s.start, s.end) for s in doc.spans]
        scores.agnostic.add(pred_all, gold_all)
        agnostic_by_language[doc.language].add(pred_all, gold_all)
        for technique in TECHNIQUES:
            pred = [(s.start, s.end) for s in predicted if s.technique == technique]
            gold = [(s.start, s.end) for s in doc.spans if s.technique == technique]
            by_technique[technique].add(pred, gold)
            by_language[doc.language][technique].add(pred, gold)
    scores.by_technique = dict(by_technique)
    scores.by_language = {k: dict(v) for k, v in by_language.items()}
    scores.agnostic_by_language = dict(agnostic_by_language)
    return scores

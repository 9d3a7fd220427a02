"""Span matching for framing: overlap counts and the SemEval-2020 soft-overlap score.

- Overlap: a predicted span is correct when it overlaps a gold span (of the same
  technique, when the caller filters by technique); a gold span is found when a predicted
  span overlaps it. Precision and recall count spans; F1 is their harmonic mean.
- Soft overlap (SemEval-2020 Task 11, span identification): precision is the mean over
  predicted spans of the share of each covered by gold spans, recall the mean over gold
  spans of the share of each covered by predicted spans.
"""

from __future__ import annotations

from dataclasses import dataclass

Span = tuple[int, int]


@dataclass
class SpanCounts:
    predicted: int = 0
    predicted_hit: int = 0
    gold: int = 0
    gold_hit: int = 0
    soft_precision_sum: float = 0.0
    soft_recall_sum: float = 0.0

    def add(self, pred: list[Span], gold: list[Span]) -> None:
        pred, gold = sorted(set(pred)), sorted(set(gold))
        self.predicted += len(pred)
        self.gold += len(gold)
        self.predicted_hit += sum(any(_inter(p, g) for g in gold) for p in pred)
        self.gold_hit += sum(any(_inter(p, g) for p in pred) for g in gold)
        self.soft_precision_sum += sum(_covered_share(p, gold) for p in pred)
        self.soft_recall_sum += sum(_covered_share(g, pred) for g in gold)

    @property
    def precision(self) -> float:
        return self.predicted_hit / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.gold_hit / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return _harmonic(self.precision, self.recall)

    @property
    def soft_f1(self) -> float:
        p = self.soft_precision_sum / self.predicted if self.predicted else 0.0
        r = self.soft_recall_sum / self.gold if self.gold else 0.0
        return _harmonic(p, r)

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "soft_f1": round(self.soft_f1, 4),
                "predicted": self.predicted, "gold": self.gold}


def _harmonic(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _inter(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _covered_share(span: Span, others: list[Span]) -> float:
    """Share of ``span`` covered by the union of ``others``."""
    length = span[1] - span[0]
    if length <= 0:
        return 0.0
    pieces = sorted((max(span[0], o[0]), min(span[1], o[1])) for o in others if _inter(span, o))
    covered, reach = 0, span[0]
    for start, end in pieces:
        start = max(start, reach)
        if end > start:
            covered += end - start
            reach = end
    return covered / length


def overlap_f1(pred: list[list[Span]], gold: list[list[Span]]) -> float:
    counts = SpanCounts()
    for p, g in zip(pred, gold, strict=True):
        counts.add(p, g)
    return counts.f1

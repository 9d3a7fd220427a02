"""What one feature's weight does to the plain pair model's scores (a test helper)."""

import numpy as np
import pytest

from parallax.assess import pair_model
from parallax.assess.align import PairScorer


def _logit(p: float) -> float:
    return float(np.log(p / (1 - p)))


def weight_effect(scorer: PairScorer, feature: str,
                  monkeypatch: pytest.MonkeyPatch) -> tuple[float, float]:
    """How much the log-odds of pair (0, 1) and of pair (0, 2) of a three-claim scorer
    (no story centre: the plain model alone) fall when ``feature``'s weight is set to 0."""
    pairs = np.arange(3)
    with_it = scorer.block(pairs, pairs)
    monkeypatch.setitem(pair_model.PAIR_WEIGHTS, feature, 0.0)
    without = scorer.block(pairs, pairs)
    return (_logit(with_it[0, 1]) - _logit(without[0, 1]),
            _logit(with_it[0, 2]) - _logit(without[0, 2]))

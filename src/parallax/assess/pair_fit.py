"""Fitting a pair model (``pair_model.PairModel``) to labelled pairs of claims.

A pair is labelled 1 when a gold alignment holds both claims, 0 when two gold alignments
of one story hold them. Positives are up-weighted (``POSITIVE_WEIGHT``): they are few
beside the pairs of different facts, and average linkage needs a group's pairs to score
high on the whole. ``parallax eval grades --held-out`` refits both models leaving each
gold story out in turn, so the grouping F1 it prints was earned on stories the weights
never saw.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from parallax.assess.pair_model import COSINE_TERMS, OTHER_FEATURES, PairModel

POSITIVE_WEIGHT = 3.0
FEATURE_NAMES = COSINE_TERMS + OTHER_FEATURES


def design(cos: np.ndarray, other: Mapping[str, np.ndarray]) -> np.ndarray:
    """One row per pair, one column per ``FEATURE_NAMES`` (the inputs are 1-D, per pair)."""
    cross = np.asarray(other["cross_language"], dtype=np.float64)
    cos = np.asarray(cos, dtype=np.float64)
    columns = [cos, cos * cos, cos * cross]
    columns += [np.asarray(other[name], dtype=np.float64) for name in OTHER_FEATURES]
    return np.stack(columns, axis=1)


def fit_pair_model(rows: np.ndarray, labels: np.ndarray) -> PairModel:
    """A logistic model on ``design`` rows and their 0/1 labels (both must occur)."""
    from sklearn.linear_model import LogisticRegression

    labels = np.asarray(labels, dtype=int)
    if len(set(labels.tolist())) < 2:
        raise ValueError("fitting a pair model needs pairs of both labels")
    model = LogisticRegression(C=1.0, class_weight={0: 1.0, 1: POSITIVE_WEIGHT},
                               max_iter=5000).fit(rows, labels)
    weights = dict(zip(FEATURE_NAMES, (float(w) for w in model.coef_[0]), strict=True))
    return PairModel(weights, float(model.intercept_[0]))

"""Fitting a pair model to labelled pairs."""

import numpy as np
import pytest

from parallax.assess.pair_fit import FEATURE_NAMES, design, fit_pair_model
from parallax.assess.pair_model import OTHER_FEATURES, PAIR_WEIGHTS


def _other(n: int, cross: np.ndarray) -> dict[str, np.ndarray]:
    other = {name: np.zeros(n) for name in OTHER_FEATURES}
    other["cross_language"] = cross
    return other


def test_design_holds_the_cosine_terms_and_every_other_feature() -> None:
    cos, cross = np.array([0.5, 0.8]), np.array([0.0, 1.0])
    rows = design(cos, _other(2, cross))
    assert rows.shape == (2, len(FEATURE_NAMES))
    assert rows[:, 0].tolist() == [0.5, 0.8]
    assert rows[:, 1] == pytest.approx([0.25, 0.64])
    assert rows[:, 2] == pytest.approx([0.0, 0.8])  # cosine × cross-language
    assert set(FEATURE_NAMES) == set(PAIR_WEIGHTS)


def test_a_fitted_model_ranks_pairs_by_the_feature_that_tells_them_apart() -> None:
    rng = np.random.default_rng(0)
    cos = rng.random(400)
    labels = (cos + rng.normal(0, 0.1, 400) > 0.6).astype(int)
    model = fit_pair_model(design(cos, _other(400, np.zeros(400))), labels)
    assert model.weights["cos"] + model.weights["cos2"] > 0
    probe = np.array([0.2, 0.5, 0.9])
    p = model.probability(probe, _other(3, np.zeros(3)))
    assert p[0] < p[1] < p[2] and p[0] < 0.5 < p[2]


def test_one_label_alone_cannot_be_fitted() -> None:
    with pytest.raises(ValueError):
        fit_pair_model(design(np.array([0.1, 0.2]), _other(2, np.zeros(2))), np.array([0, 0]))

"""``parallax train framing`` reproduces the shipped model from the shared data."""

from pathlib import Path

import numpy as np

from parallax.framing.model import FramingModel
from parallax.framing.train import train_framing
from tests.conftest import shared_file


def test_training_reproduces_the_shipped_model(tmp_path: Path) -> None:
    train = shared_file("corpus", "framing", "train")
    dev = shared_file("corpus", "framing")
    out = tmp_path / "framing.npz"
    train_framing(train, dev, out, log=False)
    shipped, fresh = FramingModel.load(), FramingModel.load(out)
    assert fresh.info["train_hash"] == shipped.info["train_hash"]
    assert fresh.info["seed"] == shipped.info["seed"]
    assert fresh.thresholds == shipped.thresholds
    np.testing.assert_array_equal(fresh.token_w, shipped.token_w)
    np.testing.assert_array_equal(fresh.sentence_w, shipped.sentence_w)
    assert out.stat().st_size < 8_000_000

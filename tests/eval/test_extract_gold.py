"""The extraction scores on the gold files must not drop below what the issue demands
(seeds) or below what was measured (dev). The gold files are read, never copied."""

from parallax.eval.extract import evaluate_extract, same_speaker, same_via
from tests.conftest import shared_file


def test_seed_gold_thresholds() -> None:
    scores = evaluate_extract(shared_file("corpus", "seeds", "gold.json")).overall.as_dict()
    assert scores["quantity_f1"] >= 0.95, scores
    assert scores["speaker_accuracy"] >= 0.90, scores
    assert scores["via_exact"] >= 0.80, scores
    assert scores["claim_recall"] >= 0.90, scores


def test_dev_gold_thresholds() -> None:
    scores = evaluate_extract(shared_file("corpus", "dev", "gold.json")).overall.as_dict()
    assert scores["quantity_f1"] >= 0.85, scores
    assert scores["claim_recall"] >= 0.80, scores
    assert scores["speaker_accuracy"] >= 0.80, scores


def test_name_normalisation() -> None:
    assert same_speaker("Amnesty International", "Amnesty")
    assert same_speaker("Donald Trump", "Donald J. Trump")
    assert same_speaker("Auswärtiges Amt", "Auswärtige Amt")
    assert same_speaker(None, None)
    assert not same_speaker(None, "Amnesty")
    assert not same_speaker("Vladimir Putin", "Arayik Harutyunyan")
    assert same_speaker("USA", "US") and same_speaker("Teheran", "Tehran")  # one place
    assert not same_speaker("Washington", "Tehran")
    assert same_via(["The Media Line", "The Jerusalem Post"], ["Media Line", "Jerusalem Post"])
    assert not same_via(["AFP"], [])

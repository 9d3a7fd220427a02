"""``parallax eval framing`` on the dev split: the technique-agnostic goal holds."""

from parallax.eval.framing import evaluate_framing
from tests.conftest import shared_file


def test_dev_technique_agnostic_span_f1_reaches_half() -> None:
    scores = evaluate_framing(shared_file("corpus", "framing")).as_dict()
    assert scores["documents"] == 195
    assert scores["technique_agnostic"]["f1"] >= 0.50
    assert set(scores["by_language"]) == {"ar", "de", "en", "fr", "it", "pl", "ru"}
    for technique in ("Loaded_Language", "Name_Calling-Labeling"):
        d = scores["by_technique"][technique]
        assert 0.0 < d["f1"] <= 1.0 and d["predicted"] > 0

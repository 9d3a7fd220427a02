"""The shipped framing model on real texts: the Dutch seed's gold framing spans."""

from parallax.framing.component import UNSOURCED_FIGURE, loaded_share
from parallax.framing.model import TECHNIQUES, default_model
from tests.conftest import SEEDS, one_article, seed_gold, shared_file


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def test_dutch_seed_gold_framing_spans_are_found() -> None:
    gold = [g for g in seed_gold()["framing"]]
    assert gold
    for g in gold:
        article = one_article(str(shared_file("corpus", "seeds", g["file"])))
        start = article.text.find(g["text"])
        assert start >= 0, g["text"]
        gold_span = (start, start + len(g["text"]))
        found = [s for s in article.framing
                 if _overlaps((s.start, s.end), gold_span) and s.technique in g["techniques"]]
        assert found, f"no span of {g['techniques']} over {g['text']!r}"


def test_dutch_seed_unsourced_figures_and_loaded_share() -> None:
    article = one_article(str(SEEDS / "000_c6003d2db5c56764.txt"))
    figures = [article.text[s.start:s.end] for s in article.framing
               if s.technique == UNSOURCED_FIGURE]
    assert any("60%" in f for f in figures)  # "Israël levert 60% van het wapentuig"
    assert 0.0 < loaded_share(article) < 0.2


def test_spans_are_valid_offsets_with_known_techniques() -> None:
    article = one_article(str(SEEDS / "003_ba776f5750207993.txt"))
    assert article.language == "en"
    for span in article.framing:
        assert 0 <= span.start < span.end <= len(article.text)
        assert span.technique in TECHNIQUES or span.technique == UNSOURCED_FIGURE
        assert 0.0 <= span.confidence <= 1.0
    # "three decades" is a span of time, not a figure that needs a source
    assert not any(article.text[s.start:s.end] == "three decades" for s in article.framing)


def test_untrained_language_keeps_only_confident_words() -> None:
    model = default_model()
    assert "nl" not in model.info["languages"] and "en" in model.info["languages"]
    limits = model.thresholds_for("nl")
    assert limits["Doubt"] > 1.0 and limits["Loaded_Language"] >= 0.8

"""The outlet's own clause after a postposed attribution is a claim of its own."""

import pytest

from parallax.model import Article, Hints, SourceItem
from parallax.pipeline import default_pipeline


def _claims(text: str, url: str, language: str) -> list[tuple[str | None, str, tuple[str, ...]]]:
    article = default_pipeline().process(SourceItem(
        url, text, "text", Hints(title="Irak", language=language)))
    assert isinstance(article, Article)
    return [(c.attribution.speaker, article.text[c.start : c.end], c.attribution.via)
            for c in article.claims]


def test_a_clause_after_the_speaker_is_the_outlets_claim() -> None:
    # laraza.com, 31 December 2019
    text = ("El presidente Donald Trump amenazó este martes a Irán.\n\n“Irán será plenamente "
            "responsable de las vidas perdidas o los daños ocasionados en cualquiera de nuestras "
            "instalaciones”, tuiteó el presidente poco después de que evacuaran por seguridad al "
            "embajador y a diplomáticos estadounidenses.")
    claims = _claims(text, "https://laraza.com/x", "es")
    assert claims[1][0] == "Donald Trump"
    assert claims[1][1].endswith("tuiteó el presidente")  # the speaker's phrase ends there
    assert claims[1][2] == ("Twitter",)
    assert claims[2] == (None, "poco después de que evacuaran por seguridad al embajador y a "
                               "diplomáticos estadounidenses.", ())


@pytest.mark.parametrize(
    ("text", "url", "language"),
    [
        # nypost.com, 31 December 2019: "before" opens a phrase here, not a clause
        ("“No, I don’t think Iran would want that to happen. It would go very quickly,” Trump "
         "told reporters before a New Year’s Eve celebration at his Mar-a-Lago resort in "
         "Florida.", "https://nypost.com/x", "en"),
        # the clause belongs to what is reported when the speaker comes first
        ("Der Sprecher sagte, die Botschaft sei geräumt worden, nachdem Demonstranten das "
         "Tor gestürmt hatten.", "https://www.welt.de/x", "de"),
    ],
)
def test_no_split_without_a_clause_after_a_postposed_speaker(
        text: str, url: str, language: str) -> None:
    speaker, last, _ = _claims(text, url, language)[-1]
    assert speaker is not None
    assert last.endswith(("Florida.", "hatten.")) and not last.startswith(("before", "nachdem"))

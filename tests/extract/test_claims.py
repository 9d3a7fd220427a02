"""Claims: which sentences are claims, and whose."""

from parallax.model import Article, Hints, SourceItem
from parallax.pipeline import default_pipeline


def _claims(text: str, url: str, language: str) -> list[tuple[str | None, str]]:
    article = default_pipeline().process(SourceItem(
        url, text, "text", Hints(title="Irak", language=language)))
    assert isinstance(article, Article)
    return [(c.attribution.speaker, article.text[c.start : c.end]) for c in article.claims]


# dpa, as freiepresse.de ran it on 1 January 2020
ESPER = ("«Die Vereinigten Staaten werden unsere Bürger und Interessen überall auf der Welt "
         "schützen», versicherte US-Verteidigungsminister Mark Esper am Dienstagabend "
         "(Ortszeit). ")
TROOPS = "Es stünden weitere Truppen bereit, um in den nächsten Tagen auszurücken."


def test_reported_speech_in_konjunktiv_ii_continues_the_last_speaker() -> None:
    # "stünden" stands for the Konjunktiv I "stehen", which reads as the indicative: the
    # sentence reports what Esper said, though it names no one
    claims = _claims(ESPER + TROOPS, "https://www.freiepresse.de/x", "de")
    assert (claims[-1][0], claims[-1][1]) == ("Mark Esper", TROOPS)


def test_without_a_speaker_before_it_the_sentence_is_no_claim() -> None:
    # no figure, no source, no named actor: nothing to check
    text = "Die Lage in Bagdad blieb am Mittwoch angespannt. " + TROOPS
    assert all(TROOPS not in claim for _, claim in _claims(text, "https://x.de/y", "de"))

"""Datelines before the first sentence of a report (dev corpus), and sentences that only
look like one."""

import pytest

from parallax.extract.datelines import after_dateline
from parallax.model import Hints, SourceItem
from parallax.pipeline import default_pipeline


@pytest.mark.parametrize(
    ("sentence", "dateline"),
    [
        ("Wien | Die konservative ÖVP und die Grünen haben sich in Österreich auf einen "
         "Koalitionsvertrag geeinigt.", "Wien | "),
        ("Bagdad/Washington (dpa) - Die versuchte Erstürmung der amerikanischen Botschaft "
         "in Bagdad durch Demonstranten hat die Spannungen verschärft.",
         "Bagdad/Washington (dpa) - "),
        ("MOSCÚ (Sputnik) — Al menos 16 personas perdieron la vida y cinco sufrieron "
         "lesiones.", "MOSCÚ (Sputnik) — "),
        ("(Bloomberg) -- Hungarian Prime Minister Viktor Orban said he’s ready to start a "
         "new political platform.", "(Bloomberg) -- "),
        ("EVERETT — The dread of driving a clunker to an emissions test is over.",
         "EVERETT — "),
        ("Dubai: Dozens of Iraqi militiamen and their supporters stormed the U.S. Embassy "
         "complex in Baghdad on Tuesday.", "Dubai: "),
        # no dateline
        ("ÖVP-Chef Sebastian Kurz wagt nun einen Richtungswechsel.", ""),
        ("Kurz: Wir haben ein gutes Ergebnis erzielt.", ""),  # a speaker, not a place
        ("„Das ist keine Warnung – das ist eine Drohung“, schrieb Trump.", ""),
        ("Die USA - ein Land im Wahlkampf - schicken 750 Soldaten.", ""),
        ("Los ultras arrancaron esa cuota de poder - y la perdieron.", ""),
    ],
)
def test_dateline(sentence: str, dateline: str) -> None:
    text = "\n\n" + sentence
    assert text[2 : after_dateline(text, 2, len(text))] == dateline


def test_a_claim_starts_after_its_dateline_and_keeps_the_credit() -> None:
    text = ("Wien | Die konservative ÖVP und die Grünen haben sich in Österreich auf einen "
            "Koalitionsvertrag geeinigt. Das wurde der Deutschen Presse-Agentur am Mittwoch "
            "aus Verhandlerkreisen bestätigt.\n\nBagdad/Washington (dpa) - Die versuchte "
            "Erstürmung der amerikanischen Botschaft in Bagdad durch Demonstranten hat die "
            "Spannungen zwischen den USA und dem Iran noch einmal deutlich verschärft.")
    article = default_pipeline().process(SourceItem(
        "https://news.example/wien", text, "text", Hints(title="Nachricht", language="de")))
    claims = [article.text[c.start : c.end] for c in article.claims]
    assert claims[0].startswith("Die konservative ÖVP") and claims[0].endswith("bestätigt.")
    assert article.claims[0].attribution.speaker == "Verhandlerkreisen"
    assert claims[1].startswith("Die versuchte Erstürmung")
    assert "dpa" in article.claims[1].attribution.via

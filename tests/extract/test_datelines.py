"""Datelines before the first sentence of a report (dev corpus), and sentences that only
look like one."""

import pytest

from parallax.extract.datelines import DATELINE_PARAGRAPHS, after_dateline, opening_sentences
from parallax.model import Article, Hints, Sentence, SourceItem
from parallax.pipeline import default_pipeline


@pytest.mark.parametrize(
    ("sentence", "dateline", "code"),
    [
        ("Wien | Die konservative ÖVP und die Grünen haben sich in Österreich auf einen "
         "Koalitionsvertrag geeinigt.", "Wien | ", "de"),
        ("Bagdad/Washington (dpa) - Die versuchte Erstürmung der amerikanischen Botschaft "
         "in Bagdad durch Demonstranten hat die Spannungen verschärft.",
         "Bagdad/Washington (dpa) - ", "de"),
        ("MOSCÚ (Sputnik) — Al menos 16 personas perdieron la vida y cinco sufrieron "
         "lesiones.", "MOSCÚ (Sputnik) — ", "es"),
        ("(Bloomberg) -- Hungarian Prime Minister Viktor Orban said he’s ready to start a "
         "new political platform.", "(Bloomberg) -- ", "en"),
        ("EVERETT — The dread of driving a clunker to an emissions test is over.",
         "EVERETT — ", "en"),
        ("Dubai: Dozens of Iraqi militiamen and their supporters stormed the U.S. Embassy "
         "complex in Baghdad on Tuesday.", "Dubai: ", "en"),
        # run in: a place, then a word that is never a name
        ("Wien Seit dem Wahlabend im September standen in Österreich die Zeichen auf "
         "schwarz-grün.", "Wien ", "de"),
        ("Berlin Er inszenierte Wagner in Bayreuth.", "Berlin ", "de"),
        # no dateline
        ("ÖVP-Chef Sebastian Kurz wagt nun einen Richtungswechsel.", "", "de"),
        ("Kurz: Wir haben ein gutes Ergebnis erzielt.", "", "de"),  # a speaker, not a place
        ("„Das ist keine Warnung – das ist eine Drohung“, schrieb Trump.", "", "de"),
        ("Die USA - ein Land im Wahlkampf - schicken 750 Soldaten.", "", "de"),
        ("Los ultras arrancaron esa cuota de poder - y la perdieron.", "", "es"),
        ("Berlin Alexanderplatz ist ein Roman von Alfred Döblin.", "", "de"),
    ],
)
def test_dateline(sentence: str, dateline: str, code: str) -> None:
    text = "\n\n" + sentence
    assert text[2 : after_dateline(text, 2, len(text), code)] == dateline


def test_a_claim_starts_after_its_dateline_and_keeps_the_credit() -> None:
    text = ("Wien | Die konservative ÖVP und die Grünen haben sich in Österreich auf einen "
            "Koalitionsvertrag geeinigt. Das wurde der Deutschen Presse-Agentur am Mittwoch "
            "aus Verhandlerkreisen bestätigt.\n\nBagdad/Washington (dpa) - Die versuchte "
            "Erstürmung der amerikanischen Botschaft in Bagdad durch Demonstranten hat die "
            "Spannungen zwischen den USA und dem Iran noch einmal deutlich verschärft.")
    article = default_pipeline().process(SourceItem(
        "https://news.example/wien", text, "text", Hints(title="Nachricht", language="de")))
    assert isinstance(article, Article)
    claims = [article.text[c.start : c.end] for c in article.claims]
    assert claims[0].startswith("Die konservative ÖVP") and claims[0].endswith("bestätigt.")
    assert article.claims[0].attribution.speaker == "Verhandlerkreisen"
    assert claims[1].startswith("Die versuchte Erstürmung")
    assert "dpa" in article.claims[1].attribution.via


def test_a_dateline_opens_the_text_not_a_later_paragraph() -> None:
    # a web page's "Lage: Google Maps …" far down, or a score table's "Central: …"
    paragraphs = [f"Absatz {n} erzählt etwas." for n in range(DATELINE_PARAGRAPHS + 2)]
    text = "\n\n".join(paragraphs)
    sentences, at = [], 0
    for p in paragraphs:
        sentences.append(Sentence(text.index(p, at), text.index(p, at) + len(p)))
        at = sentences[-1].end
    assert opening_sentences(text, sentences) == DATELINE_PARAGRAPHS
    assert opening_sentences(text, sentences[:3]) == 3

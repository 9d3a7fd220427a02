"""International bodies keyed alike across the languages' names and abbreviations."""

import pytest

from parallax.assess.align import speaker_code
from parallax.assess.grade import speaker_key
from parallax.extract.entities import classify_name, find_mentions
from parallax.extract.organisations import organisation_key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("World Health Organization", "WHO"),  # dw.com (dev)
        ("la OMS", "WHO"),
        ("l’OMS", "WHO"),
        ("die Weltgesundheitsorganisation", "WHO"),
        ("the U.N.", "UN"),
        ("die Vereinten Nationen", "UN"),
        ("Amnesty", "Amnesty"),  # the Dutch seed's "zegt Amnesty"
        ("Human Rights Watch", "HRW"),
        # a party family named alike in every language (dev, s01: ÖVP and Greens in
        # Austria, in German and Spanish)
        ("die Grünen", "Greens"),
        ("Grüne", "Greens"),
        ("Los Verdes", "Greens"),
        ("les Verts", "Greens"),
        # armed groups as Welt (dpa), Bloomberg and Heraldo name them (dev, s17)
        ("die Volksmobilisierungseinheiten", "PMF"),
        ("Popular Mobilization Forces", "PMF"),
        ("Multitud Popular", "PMF"),
        ("Kataib Hisbollah", "KataibHezbollah"),
        ("Hisbollah-Brigaden", "KataibHezbollah"),
        ("Kataieb Hezbollah", "KataibHezbollah"),
        ("Estado Islámico", "IS"),
        ("Daesh", "IS"),
        ("the German Red Cross", "DRK"),
    ],
)
def test_a_body_has_one_key_in_every_language(name: str, key: str) -> None:
    assert organisation_key(name) == key


@pytest.mark.parametrize(
    "name", ["Who", "ÖVP", "Hezbollah Brigades Street", "Mark Esper", "the", "Grüne Zone", "Verdes"]
)
def test_anything_else_has_none(name: str) -> None:
    # an abbreviation counts in capitals only: "Who" opening a question is no body
    assert organisation_key(name) is None


def test_one_body_is_one_source_and_one_speaker_across_languages() -> None:
    # grading counts "OMS" and "WHO" as one source, and alignment as one speaker
    assert speaker_key("la OMS") == speaker_key("World Health Organization")
    assert speaker_code("la OMS") == speaker_code("WHO")
    assert speaker_key("Amnesty International") != speaker_key("Human Rights Watch")


def test_a_body_of_the_table_is_recognised_as_an_organisation_in_running_text() -> None:
    # "Los Verdes" is no person, place or known marker word: the table makes it a body
    text = ("El Partido Popular austríaco (ÖVP) y el ecologista y progresista Los Verdes "
            "han pactado este miércoles una coalición")  # heraldo.es (dev)
    found = {(m.name, m.kind) for m in find_mentions(text, 0, len(text), "es")}
    assert ("Los Verdes", "organisation") in found
    assert classify_name("die Grünen") == ("organisation", None)

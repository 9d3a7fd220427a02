"""A cue word's form: a participle used as an adjective reports nothing (welt.de, dev)."""

import pytest

from parallax.extract.attribution_rules import attribution_rules
from parallax.extract.attributions import attribute_sentence
from parallax.extract.cue_forms import attributive
from parallax.extract.tokens import tokenize


def _speaker(sentence: str, code: str) -> str | None:
    found = attribute_sentence(sentence, tokenize(sentence), code).speaker
    return None if found is None else (found.name or found.text)


def test_a_participle_between_a_determiner_and_its_noun_is_an_adjective() -> None:
    sentence = ("Zudem zirkulierte das Virus bereits seit Mitte Februar und damit Wochen, bevor "
                "der erste bestätigte Infektionsfall bekannt wurde.")
    tokens = tokenize(sentence)
    cue = next(i for i, t in enumerate(tokens) if t.text == "bestätigte")
    assert attributive(tokens, cue, attribution_rules("de"))
    assert _speaker(sentence, "de") is None  # not "Infektionsfall"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the same word as a verb: after a noun, and after a statement pronoun
        ("Der Sprecher bestätigte den Bericht am Abend.", "Der Sprecher"),
        ("Eine Einigung gebe es noch nicht, das bestätigte Kurz am Dienstag.", "Kurz"),
    ],
)
def test_the_verb_still_reports(sentence: str, speaker: str) -> None:
    assert _speaker(sentence, "de") == speaker


def test_a_cue_ending_a_subordinate_clause_takes_the_subject_after_its_subordinator() -> None:
    # zeit.de (dev): not the object "Personalentscheidungen" before the verb
    sentence = ("Das künftige schwarz-grüne Kabinett steht in großen Teilen fest, nachdem ÖVP und "
                "Grüne laut der österreichischen Nachrichtenagentur APA weitere "
                "Personalentscheidungen bestätigten.")
    assert _speaker(sentence, "de") == "ÖVP"
    # the verb not last in its clause: the rule does not apply
    assert _speaker("Die Regierung will sparen, weil die Einnahmen sinken, sagte der "
                    "Minister.", "de") == "der Minister"

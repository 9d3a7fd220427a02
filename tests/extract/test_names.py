"""Names compared across spellings and inflections."""

import pytest

from parallax.extract.names import fold, inflected_alike, surname_key


def test_fold_drops_case_accents_and_spacing() -> None:
    assert fold("  Sécurité  routière") == "securite routiere"
    assert fold("Orbán") == "orban"


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("Auswärtigen Amts", "Auswärtige Amt", True),  # genitive, nominative
        ("Batı Mahallesi Orhan Maltepe Caddesi", "Batı Mahalle Orhan Maltepe Caddesi", True),
        ("Niger", "Nigeria", False),  # one word alone: no inflection told
        ("Auswärtige Amt", "Auswärtige Ausschuss", False),
        ("South Korea", "South Korea Times", False),  # not the same words
        ("Harry Kupfer", "Harry Kupferstecher", False),  # more than an ending
    ],
)
def test_inflected_alike(a: str, b: str, alike: bool) -> None:
    assert inflected_alike(a, b) is alike


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("khamenei", "jamenai", True),  # English and Spanish (dev, s17)
        ("chamenei", "khamenei", True),  # German and English
        ("schallenberg", "shallenberg", True),
        ("kurz", "kogler", False),
        ("esper", "asper", False),  # a different vowel, not a spelling of one
    ],
)
def test_one_surname_key_for_its_spellings(a: str, b: str, same: bool) -> None:
    assert (surname_key(a) == surname_key(b)) is same

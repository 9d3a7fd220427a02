"""Names compared across spellings and inflections."""

import pytest

from parallax.extract.names import fold, inflected_alike


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

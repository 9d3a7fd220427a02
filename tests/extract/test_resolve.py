"""The article's name registry: short forms expand to the fullest name it gives, without
role words, a leading place or an affiliation (names from dev articles: Welt on the New
York genome studies, Zeit on the Austrian coalition)."""

from parallax.extract.attribution_rules import attribution_rules
from parallax.extract.entities import classify_name
from parallax.extract.resolve import NameRegistry


def test_affiliation_is_cut_at_the_last_particle() -> None:
    registry = NameRegistry(["Harm van Bakel von der Icahn School of Medicine",
                             "Dr. Heguy von der NYU"], attribution_rules("de"))
    assert registry.names == ["Harm van Bakel", "Dr. Heguy"]
    assert registry.canonical("Bakel") == "Harm van Bakel"


def test_a_given_name_that_a_town_bears_is_no_leading_place() -> None:
    # "Sebastian" is a town in Florida, "Anna" one in Russia: still the person's name
    registry = NameRegistry(["Sebastian Kurz von der Österreichischen Volkspartei",
                             "Anna Maria Lang"], attribution_rules("de"))
    assert registry.names == ["Sebastian Kurz", "Anna Maria Lang"]
    assert registry.canonical("Kurz") == "Sebastian Kurz"


def test_a_party_named_by_a_compound_on_partei_is_an_organisation() -> None:
    assert classify_name("Österreichischen Volkspartei")[0] == "organisation"
    assert classify_name("Christelijke Volkspartij")[0] == "organisation"
    assert classify_name("Volkspartei")[0] != "organisation"  # alone, a common noun
    assert classify_name("Sebastian Kurz")[0] == "person"

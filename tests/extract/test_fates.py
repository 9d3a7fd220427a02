"""What befell the people a figure counts (sentences of the dev corpus: the Cieneguillas
prison brawl in Sputnik, La Prensa, El Siglo; the Baghdad embassy story in the New York
Post and Times of Israel; dpa), and sentences where nothing befell them."""

import pytest

from parallax.extract.fates import with_fates
from parallax.extract.quantities import find_quantities
from parallax.extract.tolls import with_tolls


def _figures(sentence: str, code: str) -> list[tuple[float, str | None]]:
    found = with_tolls(sentence, 0, len(sentence), code,
                       find_quantities(sentence, 0, len(sentence), code))
    return [(q.value, q.unit) for q in with_fates(sentence, 0, len(sentence), code, found)]


@pytest.mark.parametrize(
    ("code", "sentence", "figures"),
    [
        # the fate after the counted group, in its clause
        ("es", "Al menos 16 personas perdieron la vida y cinco sufrieron lesiones como "
               "resultado de una pelea que tuvo lugar en el último día del año 2019 en un "
               "centro penal del estado de Zacatecas, en México, informó la Vocería de "
               "Seguridad Pública.", [(16.0, "deaths"), (5.0, "injured")]),
        ("es", "Al menos 16 presos murieron este martes en una pelea registrada en un "
               "centro penal de Cieneguillas.", [(16.0, "deaths")]),
        ("de", "15 Insassen seien dabei ums Leben gekommen, sechs weitere mit Verletzungen "
               "ins Krankenhaus gebracht worden.", [(15.0, "deaths"), (6.0, "injured")]),
        # a German clause closes with its verb, far from the figure
        ("de", "Mindestens 16 Menschen sind kurz vor dem Jahreswechsel bei einer "
               "Massenschlägerei in einem Gefängnis in Mexiko getötet und fünf weitere "
               "verletzt worden.", [(16.0, "deaths"), (5.0, "injured")]),
        # the fate before the figure
        ("en", "The unrest erupted after US jet fighters attacked five bases in Iraq and "
               "Syria belonging to the Iranian-backed Kataib Hezbollah over the weekend, "
               "killing 25 fighters.", [(5.0, None), (25.0, "deaths")]),
        ("en", "The rare direct U.S. assault on an Iranian proxy on Sunday claimed the lives "
               "of 25 fighters.", [(25.0, "deaths")]),
        ("de", "Dabei starben 25 Menschen, 50 weitere wurden verletzt.",
         [(25.0, "deaths"), (50.0, "injured")]),
        ("es", "Las autoridades investigan este suceso en el que un grupo de reclusos se "
               "enfrentó con pistolas y cuchillos y que dejó heridas a otras cinco personas.",
         [(5.0, "injured")]),
    ],
)
def test_a_fate_names_what_a_figure_of_people_counts(
        code: str, sentence: str, figures: list[tuple[float, str | None]]) -> None:
    assert _figures(sentence, code) == figures


@pytest.mark.parametrize(
    ("code", "sentence", "figures"),
    [
        # a slogan's "death" befalls no one
        ("en", "Hundreds of protesters chanted death to America as 100 demonstrators "
               "camped outside.", [(100.0, "people")]),
        # the fate is in another clause: reported speech, or after "and"
        ("en", "25 people said that 3 were killed.", [(25.0, "people"), (3.0, "deaths")]),
        ("es", "Unas 300 personas protestaron y la policía mató a dos.", [(300.0, "people")]),
        # no fate at all; those killed are not those counted
        ("de", "Über 300 Menschen nahmen an der Trauerfeier für die Getöteten teil.",
         [(300.0, "people")]),
        # a figure of things, not of people, keeps its unit
        ("en", "US jets hit five bases in Iraq where soldiers were killed.", [(5.0, None)]),
    ],
)
def test_no_fate_no_change(code: str, sentence: str,
                           figures: list[tuple[float, str | None]]) -> None:
    assert _figures(sentence, code) == figures

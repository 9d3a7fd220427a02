"""Figures after a toll count what the toll counts (dw.com, dev corpus, and the same
sentence shapes in the other languages with tolls in their lang file)."""

import pytest

from parallax.extract.quantities import find_quantities
from parallax.extract.tolls import with_tolls


def _figures(sentence: str, code: str) -> list[tuple[float, str | None]]:
    found = with_tolls(sentence, 0, len(sentence), code,
                       find_quantities(sentence, 0, len(sentence), code))
    return [(q.value, q.unit) for q in found]


@pytest.mark.parametrize(
    ("code", "sentence", "figures"),
    [
        ("en", "The death toll in China reaches 81, with 2,700 affected worldwide.",
         [(81.0, "deaths"), (2700.0, "people")]),
        ("en", "The death toll rose to 41 on Friday.", [(41.0, "deaths")]),
        ("de", "Die Zahl der Toten stieg auf 81.", [(81.0, "deaths")]),
        ("es", "La cifra de fallecidos se eleva a 81, según el gobierno.", [(81.0, "deaths")]),
        ("nl", "Het dodental is opgelopen tot 81.", [(81.0, "deaths")]),
        ("en", "The number of injured climbed to 230.", [(230.0, "injured")]),
        # a change is not the toll; the figure it goes to is
        ("de", "Die Zahl der Todesopfer stieg um 5 auf 81.", [(5.0, None), (81.0, "deaths")]),
        ("de", "Die Zahl der Toten stieg von 12 auf 41.", [(12.0, None), (41.0, "deaths")]),
        # a figure of something else, or past a clause's end, is not the toll's
        ("en", "The death toll rose after 2 days of fighting.", [(2.0, "days")]),
        ("en", "The death toll is unclear; 40 were arrested.", [(40.0, "arrests")]),
    ],
)
def test_a_figure_after_a_toll_counts_what_it_counts(
        code: str, sentence: str, figures: list[tuple[float, str | None]]) -> None:
    assert _figures(sentence, code) == figures

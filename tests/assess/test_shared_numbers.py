"""Numbers two claims share, unless what they count clashes (dw.com's timeline, dev)."""

import numpy as np

from parallax.assess.shared_numbers import SharedNumbers
from parallax.model import Attribution, Claim, Quantity


def _claim(*quantities: Quantity) -> Claim:
    return Claim(0, 0, 0, Attribution(None), quantities=quantities)


def _q(value: float, unit: str | None, of: str | None) -> Quantity:
    return Quantity(0, 0, value, unit=unit, of=of)


CLAIMS = [
    _claim(_q(3, "people", "people"), _q(200, None, None)),  # three people have died
    _claim(_q(3, "incidents", "cases")),  # French authorities confirm three cases
    _claim(_q(3, None, "months")),  # vaccines within three months
    _claim(_q(3, None, "days")),  # holidays extended by three days
    _claim(_q(3, "deaths", "muertos"), _q(200, None, "heridos")),  # another language
    _claim(_q(3, None, "meses")),  # "tres meses", another language
]
LANGUAGES: list[str | None] = ["en", "en", "en", "en", "es", "es"]


def test_a_number_counts_unless_what_it_counts_clashes() -> None:
    every = np.arange(len(CLAIMS))
    shared = SharedNumbers(CLAIMS, LANGUAGES).count(every, every)
    assert np.array_equal(shared, shared.T) and not shared.diagonal().any()
    assert shared[0, 1] == 0  # people and cases: two kinds
    assert shared[2, 3] == 0  # months and days, one language: two nouns
    assert shared[0, 4] == 2  # people and deaths are both people; 200 (big enough) too
    assert shared[0, 2] == 0  # people and months, one language: two nouns
    # "three months" and "tres meses": nouns of two languages are not compared, and a small
    # number of no known kind is shared by chance too often to count across languages
    assert shared[2, 5] == 0


def test_a_small_number_of_a_kind_beside_one_of_none_is_chance_across_languages() -> None:
    # heraldo.es's "diez ministerios" and svz.de's "zehn Jahre eher" (dev, s01)
    claims = [_claim(_q(10, None, "ministerios")), _claim(_q(10, "years", "Jahre")),
              _claim(_q(10, "years", "años"))]
    shared = SharedNumbers(claims, ["es", "de", "es"]).count(np.arange(3), np.arange(3))
    assert shared[0, 1] == 0
    assert shared[0, 2] == 0  # within one language the two nouns clash
    assert shared[1, 2] == 1  # the same span, told in two languages


def test_blocks_of_any_shape_equal_the_whole_matrix() -> None:
    index = SharedNumbers(CLAIMS, LANGUAGES)
    whole = index.count(np.arange(6), np.arange(6))
    for rows, cols in [([4, 0], [0, 2, 4]), ([5, 5, 2], [3, 2])]:
        got = index.count(np.array(rows), np.array(cols))
        assert np.array_equal(got, whole[np.ix_(rows, cols)]), (rows, cols)

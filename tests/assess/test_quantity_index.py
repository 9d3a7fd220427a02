"""The vectorised figure match must agree with ``one_referent`` pair by pair."""

import itertools

import numpy as np

from parallax.assess.intervals import one_referent
from parallax.assess.quantity_index import QuantityIndex
from parallax.extract.casualties import find_casualties
from parallax.extract.quantities import find_quantities
from parallax.model import Attribution, Claim, Quantity


def _claim(*quantities: Quantity) -> Claim:
    return Claim(0, 0, 0, Attribution(None), quantities=quantities)


def _q(value: float, unit: str | None, *, bound: str | None = None, approx: bool = False,
       of: str | None = None, value_max: float | None = None) -> Quantity:
    return Quantity(0, 0, value, value_max=value_max, bound=bound, approx=approx, unit=unit,
                    of=of)


# figures from the seeds and the dev stories: "about 5000 deaths", "at least 4", "70,000 to
# 75,000 displaced", "60 % of the weapons", "four US soldiers", a bare "2,700", "about 100
# Marines" and "120 marines", "5000 soldiers"
CLAIMS = [
    _claim(_q(5000, "deaths", approx=True)),
    _claim(_q(3000, "deaths")),
    _claim(_q(4, "deaths", bound="at_least"), _q(7, "injured")),
    _claim(_q(7, "deaths")),
    _claim(_q(70000, "displaced", value_max=75000)),
    _claim(_q(72000, "displaced")),
    _claim(_q(0.6, "fraction", of="weapons")),
    _claim(_q(0.6, "fraction", of="Weapons"), _q(0.5, "fraction")),
    _claim(_q(4, "soldiers"), _q(2, "factor")),
    _claim(_q(2700, None)),
    _claim(),
    _claim(_q(4800, "deaths")),
    _claim(_q(100, "soldiers", approx=True)),
    _claim(_q(120, "soldiers")),
    _claim(_q(5000, "soldiers", approx=True)),
]


def _expected(rows: list[int], cols: list[int]) -> np.ndarray:
    return np.array([[float(r != c and any(one_referent(x, y)
                                           for x in CLAIMS[r].quantities
                                           for y in CLAIMS[c].quantities))
                      for c in cols] for r in rows])


def test_agrees_with_the_pairwise_tests_on_every_pair() -> None:
    index = QuantityIndex(CLAIMS)
    every = list(range(len(CLAIMS)))
    got = index.matches(np.array(every), np.array(every))
    assert np.array_equal(got, _expected(every, every))
    assert got[0, 11] == 1.0  # "about 5000" holds 4,800
    assert got[0, 1] == 1.0 and got[12, 13] == 1.0  # one count disputed: 5000 / 3000, 100 / 120
    assert got[13, 14] == 0.0 and got[3, 0] == 0.0  # 120 and 5000 soldiers, 7 and 5000 deaths
    assert got[2, 3] == 1.0 and got[4, 5] == 1.0 and got[6, 7] == 1.0


def test_blocks_of_any_shape_and_order() -> None:
    index = QuantityIndex(CLAIMS)
    for rows, cols in [([3, 0], [11, 2, 1, 0]), ([10], [0, 1]), ([5, 4, 4], [4, 5])]:
        got = index.matches(np.array(rows), np.array(cols))
        assert np.array_equal(got, _expected(rows, cols)), (rows, cols)
    for order in itertools.permutations([0, 3, 11]):
        assert index.matches(np.array(order), np.array([11])).sum() == 1.0


def _extracted(sentence: str, code: str) -> Claim:
    found = find_quantities(sentence, 0, len(sentence), code)
    return _claim(*found, *find_casualties(sentence, 0, len(sentence), code, found))


def test_a_count_of_one_is_no_shared_figure() -> None:
    # the Times of Israel and Bloomberg on the Baghdad embassy story: one person killed in
    # each, two different facts; beside them the "about 100" and "120" Marines of one count
    claims = [
        _extracted("Trump said in a tweet that Iran “will be held fully responsible” for the "
                   "embassy assault as well the killing of an American contractor in Iraq.",
                   "en"),
        _extracted("The U.S. strikes in Iraq and Syria on Sunday targeted the Kataib "
                   "Hezbollah militia group, which was blamed for an attack last week that "
                   "killed a U.S. citizen.", "en"),
        _extracted("Zuvor hatte das US-Militär bereits die Verlegung von rund 100 "
                   "Marineinfanteristen aus Kuwait angekündigt.", "de"),
        _extracted("Tras los graves incidentes, un total de 120 marines estadounidenses "
                   "fueron trasladados a Bagdad.", "es"),
    ]
    assert [[q.value for q in c.quantities] for c in claims] == [[1.0], [1.0], [100.0], [120.0]]
    got = QuantityIndex(claims).matches(np.arange(4), np.arange(4))
    assert got[0, 1] == 0.0 and got[1, 0] == 0.0
    assert got[2, 3] == 1.0 and got[3, 2] == 1.0

"""Whether two figures can both hold, and whether one can be the other's counterpart."""

from parallax.assess.intervals import comparable, compatible, counterpart
from parallax.model import Quantity


def _q(value: float, unit: str | None, bound: str | None = None, approx: bool = False) -> Quantity:
    return Quantity(0, 0, value, bound=bound, approx=approx, unit=unit)


def test_bounds_ranges_and_approximation() -> None:
    assert compatible(_q(4, "deaths", "at_least"), _q(7, "deaths"))
    assert not compatible(_q(5000, "deaths", approx=True), _q(3000, "deaths"))
    assert compatible(_q(5000, "deaths", approx=True), _q(4500, "deaths"))
    assert not comparable(_q(5000, "soldiers"), _q(4, "soldiers"))  # different referents


def test_almost_stops_short_of_its_value() -> None:
    # dpa first gave "fast 300 Delegierte", a later version 276: they cannot both hold
    almost = Quantity(0, 0, 300, approx=True, nearly=True, unit="people")
    assert not compatible(almost, _q(276, "people"))
    assert compatible(almost, _q(290, "people"))
    assert not compatible(almost, _q(320, "people"))  # "almost 300" is not over 300
    assert compatible(_q(300, "people", approx=True), _q(276, "people"))  # "about" is wider


def test_a_counterpart_is_a_figure_of_the_same_order() -> None:
    # dw.com: "killed over 80 people … infected at least 2,800": the 80 is no counterpart
    # of "2,700 affected", though 2,700 is "over 80"
    assert not counterpart(_q(2700, "people"), (_q(80, "people", "more_than"),))
    assert counterpart(_q(5, "injured"), (_q(16, "deaths"), _q(5, "people")))
    assert counterpart(_q(90, "people"), (_q(80, "people", "more_than"),))


def test_an_exact_figure_covers_what_it_can_be_rounded_from() -> None:
    # dw.com's timeline gives "2,700 affected", its body "at least 2,800"
    assert not compatible(_q(2700, "cases"), _q(2800, "cases", "at_least"))
    assert compatible(_q(5000, "deaths"), _q(4850, "deaths"))  # "5,000" may be rounded
    assert compatible(_q(1_200_000, "people"), _q(1_215_000, "people"))
    assert not compatible(_q(16, "deaths"), _q(15, "deaths"))
    assert compatible(_q(276, "people"), _q(280, "people"))  # "280" may be rounded
    assert not compatible(_q(276, "people"), _q(290, "people"))
    assert not compatible(_q(2_000_000, "people"), _q(1_600_000, "people"))  # at most ±10 %

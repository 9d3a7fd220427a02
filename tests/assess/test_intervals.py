"""Whether two figures can both hold, and whether one can be the other's counterpart."""

from parallax.assess.intervals import comparable, compatible, counterpart, fates_clash
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


def test_fates_clash_only_for_one_exact_count_given_one_fate_in_each_claim() -> None:
    one_dead, one_hurt, four_hurt = _q(1, "deaths"), _q(1, "injured"), _q(4, "injured")
    # dpa: a contractor and four soldiers wounded; NY Post: the contractor killed, four wounded
    assert fates_clash(one_hurt, one_dead, (one_hurt, four_hurt), (one_dead, four_hurt))
    assert not fates_clash(four_hurt, one_dead, (one_hurt, four_hurt), (one_dead, four_hurt))
    # "one killed, one wounded" beside "one killed": the wounded one is someone else
    assert not fates_clash(one_hurt, one_dead, (one_dead, one_hurt), (one_dead,))
    # bounds and approximations say too little of who it was
    assert not fates_clash(_q(1, "injured", "at_least"), one_dead, (), ())
    assert not fates_clash(_q(16, "injured", approx=True), _q(16, "deaths"), (), ())
    # equal counts of more than one: as often two events (six wounded in Zacatecas, six
    # dead in Morelos, dev s18) as one
    assert not fates_clash(_q(6, "injured"), _q(6, "deaths"), (), ())
    assert not fates_clash(one_hurt, _q(1, "people"), (), ())


def test_spans_of_time_compare_in_days_across_units() -> None:
    # heraldo.es "los 17 meses que duró su coalición" and wr.de "nach eineinhalb Jahren"
    # (dev, s01): one government's life; t-online's "zwei Wochen" and "14 Tage" of
    # quarantine (s16); Heraldo's "siete semanas" of talks and RT's "dos meses" after the
    # election (s01): two whole units are rounded figures
    assert comparable(_q(17, "months"), _q(1.5, "years"))
    assert compatible(_q(17, "months"), _q(1.5, "years"))
    assert compatible(_q(2, "weeks"), _q(14, "days"))
    assert compatible(_q(7, "weeks"), _q(2, "months"))
    assert not compatible(_q(10, "days"), _q(3, "months"))
    assert not comparable(_q(3, "months"), _q(3, "people"))
    # two figures in years are ages and eras as often as one span ("mit 33 Jahren", "ein
    # Durchschnittsalter von 46 Jahren"): they are not compared
    assert not comparable(_q(33, "years"), _q(46, "years"))

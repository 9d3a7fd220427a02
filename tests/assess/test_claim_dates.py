"""Claims dated far apart state different facts (dev corpus: the Cieneguillas brawl story
recalls earlier riots "im Februar 2016" and "el año pasado")."""

import dataclasses
from datetime import date

import numpy as np
import pytest

from parallax.assess import pair_model
from parallax.assess.align import PairScorer, all_vectors
from parallax.assess.claim_dates import DATE_GAP_DAYS, DateSpans, date_span
from tests.assess.pair_weights import weight_effect
from tests.conftest_corpus import dev_articles


def test_a_date_is_the_span_of_days_it_names() -> None:
    assert date_span("2016") == (date(2016, 1, 1).toordinal(), date(2016, 12, 31).toordinal())
    assert date_span("2016-02") == (date(2016, 2, 1).toordinal(), date(2016, 2, 29).toordinal())
    assert date_span("2019-12") == (date(2019, 12, 1).toordinal(),
                                    date(2019, 12, 31).toordinal())
    assert date_span("2019-12-31") == (date(2019, 12, 31).toordinal(),) * 2
    assert date_span(None) is None and date_span("") is None and date_span("2019-13") is None


def test_spans_apart_beyond_the_gap_only() -> None:
    claim = next(c for a in dev_articles().values() for c in a.claims)
    dated = [dataclasses.replace(claim, date=d) for d in
             ("2016-02", "2017", "2019-12-31", "2020-01-01", None,
              date.fromordinal(date(2019, 12, 31).toordinal() + DATE_GAP_DAYS).isoformat())]
    spans = DateSpans(dated)
    idx = np.arange(len(dated))
    apart = spans.apart(idx, idx)
    assert apart.tolist() == apart.T.tolist() and not apart.diagonal().any()
    assert apart[0, 1] and apart[1, 2] and apart[0, 3]  # 2016, 2017, this week
    assert not apart[2, 3]  # a day apart
    assert not apart[2, 5]  # at the gap exactly: still one time
    assert not apart[4].any()  # undated: apart from nothing


def test_claims_dated_apart_are_less_likely_one_fact(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = dev_articles()
    # Sputnik (dev): "Bei einem Aufruhr in der Haftanstalt Topo Chico waren im Februar 2016
    # fast 50 Menschen umgekommen." — dated 2016
    riot = next(c for a in articles.values() for c in a.claims
                if "Topo Chico" in a.text[c.start : c.end])
    assert riot.date == "2016"
    now = dataclasses.replace(riot, date="2019-12-31")
    vectors = np.ones((3, 4), dtype=np.float32) / 2
    scorer = PairScorer([riot, now, riot], ["a", "b", "c"], ["de"] * 3,
                        all_vectors((vectors, vectors)))
    moved, unmoved = weight_effect(scorer, "dates_apart", monkeypatch)
    assert moved == pytest.approx(pair_model.DATES_APART) and pair_model.DATES_APART < 0
    assert unmoved == pytest.approx(0.0, abs=1e-9)

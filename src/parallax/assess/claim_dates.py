"""When each claim says its fact happened, as a span of days; two claims whose spans lie
far apart state different facts.

"Bei einem Aufruhr in der Haftanstalt Topo Chico waren im Februar 2016 fast 50 Menschen
umgekommen" and "en 2017, fueron 28 los fallecidos en un penal de Acapulco" both count
the dead of a prison riot, with figures close enough to be one count disputed; their
years tell two riots apart. A claim's date (``Claim.date``: a day, a month or a year) is
the span of days it names; an undated claim is apart from nothing.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from parallax.model import Claim

# Spans further apart than this are two times ("last month", read as 30 days back, stays
# one time with a date of this week; "last year" does not)
DATE_GAP_DAYS = 45


def date_span(value: str | None) -> tuple[int, int] | None:
    """The first and last day (as ordinals) of "2016", "2016-02" or "2016-02-11"."""
    if not value:
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
        month = int(parts[1])
        if len(parts) == 2:
            first = date(year, month, 1)
            after = date(year + month // 12, month % 12 + 1, 1)
            return first.toordinal(), (after - timedelta(days=1)).toordinal()
        day = date(year, month, int(parts[2])).toordinal()
        return day, day
    except ValueError:
        return None


class DateSpans:
    """The claims' date spans as arrays (NaN where a claim has none)."""

    def __init__(self, claims: list[Claim]):
        spans = [date_span(c.date) for c in claims]
        self.first = np.array([s[0] if s else np.nan for s in spans], dtype=np.float64)
        self.last = np.array([s[1] if s else np.nan for s in spans], dtype=np.float64)

    def apart(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """True where claim ``rows[i]`` and claim ``cols[j]`` both have dates, and their
        spans lie more than ``DATE_GAP_DAYS`` apart."""
        after = self.first[cols][None, :] - self.last[rows][:, None] > DATE_GAP_DAYS
        before = self.first[rows][:, None] - self.last[cols][None, :] > DATE_GAP_DAYS
        return after | before

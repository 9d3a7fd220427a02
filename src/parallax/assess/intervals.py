"""Can two quantities both be true? Values as intervals, with bounds, ranges and
approximation respected: "at least 4" and "7" agree; "about 5000" and "3000" do not."""

from __future__ import annotations

import math

from parallax.model import Quantity

APPROX_TOLERANCE = 0.15  # "about 5000" covers 4250–5750
EXACT_TOLERANCE = 0.02  # rounding: "1.2 million" and "1,215,000"


def interval(q: Quantity) -> tuple[float, float]:
    v = q.value
    if q.value_max is not None:
        low, high = v, q.value_max
    elif q.bound in ("more_than", "at_least"):
        low, high = v, math.inf
    elif q.bound in ("less_than", "at_most", "up_to"):
        low, high = 0.0, v
    else:
        low = high = v
    tolerance = APPROX_TOLERANCE if q.approx else EXACT_TOLERANCE
    return low * (1 - tolerance), high * (1 + tolerance)


def comparable(a: Quantity, b: Quantity) -> bool:
    """Quantities about the same kind of thing: the same unit, both known."""
    return a.unit is not None and a.unit == b.unit and a.unit != "factor"


def compatible(a: Quantity, b: Quantity) -> bool:
    (a_low, a_high), (b_low, b_high) = interval(a), interval(b)
    return a_low <= b_high and b_low <= a_high

"""Which pairs of claims give a figure for one referent, for a block of pairs at once.

The same test as ``one_referent(x, y)`` over the claims' quantities (``intervals.py``):
figures that both can hold, or that disagree but lie close ("about 100 Marines" and "120
marines" are one count disputed, which grading shows as a conflict, so alignment must put
them in one group). Each quantity's interval and kind is worked out once, so a story of a
thousand claims compares arrays instead of calling the test a million times.

A count of one takes no part: "an American contractor", "un contratista", "a U.S.
citizen" is how any sentence about one person or thing reads, not a figure two reports
share. A one still counts among the numbers two claims share (``shared_numbers.py``, where
what the two figures count must not clash). Dev grouping F1 0.735 → 0.738 (grades
unchanged); leaving each gold story out in turn and refitting, grouping F1 0.652 → 0.670
(P 0.749 → 0.759, R 0.578 → 0.599; all of it in the Zacatecas prison story, with the
figure match weighed more by the refit: 2.6 → 2.9 fitted on all the gold), pair ranking
unchanged (AUC 0.878), held-out grade accuracy 0.714 → 0.694 (two groups of other
stories, moved by the refitted weights). Taking ones out of the shared numbers as well
gave 0.632.
"""

from __future__ import annotations

import numpy as np

from parallax.assess.intervals import (
    NEAR_RATIO,
    SAME_REFERENT_RATIO,
    interval,
    kind_of,
    magnitude,
)
from parallax.model import Claim


def _kind(unit: str | None, of: str | None) -> str | None:
    """What a quantity counts, as far as ``comparable`` tells kinds apart; None when it is
    comparable with nothing (no unit, a factor, a share of something unnamed)."""
    if unit is None or unit == "factor":
        return None
    if unit == "fraction":
        return f"fraction|{of.casefold()}" if of else None
    return kind_of(unit)


class QuantityIndex:
    """The comparable quantities of a list of claims, as flat arrays: the claim each
    belongs to, its kind (a code), its magnitude and its interval."""

    def __init__(self, claims: list[Claim]):
        kinds: dict[str, int] = {}
        owner, kind, size, low, high, years = [], [], [], [], [], []
        for i, claim in enumerate(claims):
            for q in claim.quantities:
                k = _kind(q.unit, q.of)
                if k is None or (q.value == 1 and q.value_max is None):
                    continue
                lo, hi = interval(q)
                owner.append(i)
                kind.append(kinds.setdefault(k, len(kinds)))
                size.append(magnitude(q) or 1e-9)
                low.append(lo)
                high.append(hi)
                years.append(q.unit == "years")
        self.owner = np.array(owner, dtype=np.int64)
        self.kind = np.array(kind, dtype=np.int64)
        self.size = np.array(size, dtype=np.float64)
        self.low = np.array(low, dtype=np.float64)
        self.high = np.array(high, dtype=np.float64)
        self.years = np.array(years, dtype=bool)  # two in years compare not (``comparable``)

    def matches(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """1 where claim ``rows[i]`` and claim ``cols[j]`` (not the same claim) have a
        comparable quantity that both can hold or that lies within ``NEAR_RATIO``, else 0."""
        out = np.zeros((len(rows), len(cols)))
        qa, ra = quantities_of(self.owner, np.asarray(rows, dtype=np.int64))
        qb, cb = quantities_of(self.owner, np.asarray(cols, dtype=np.int64))
        if not len(qa) or not len(qb):
            return out
        big = np.maximum(self.size[qa][:, None], self.size[qb][None, :])
        small = np.minimum(self.size[qa][:, None], self.size[qb][None, :])
        both_hold = ((self.low[qa][:, None] <= self.high[qb][None, :])
                     & (self.low[qb][None, :] <= self.high[qa][:, None]))
        hit = ((self.kind[qa][:, None] == self.kind[qb][None, :])
               & ~(self.years[qa][:, None] & self.years[qb][None, :])
               & (big / small <= SAME_REFERENT_RATIO)
               & (both_hold | (big / small <= NEAR_RATIO)))
        i, j = np.nonzero(hit)
        out[ra[i], cb[j]] = 1.0
        return spread(out, rows, cols)


def quantities_of(owner: np.ndarray, claims: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(the numbers of the quantities, given the claim each belongs to, that belong to
    ``claims``; the position in ``claims`` of each one's claim)."""
    position = np.full(int(max(claims.max(initial=-1), owner.max(initial=-1))) + 1,
                       -1, dtype=np.int64)
    position[claims] = np.arange(len(claims))  # a repeated claim keeps its last place
    at = position[owner] if len(owner) else owner
    picked = np.flatnonzero(at >= 0)
    return picked, at[picked]


def spread(out: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Copy each claim's row and column to its repeats in ``rows`` and ``cols``
    (``quantities_of`` gave each claim its last place only) and clear the pairs of a claim
    with itself."""
    rows, cols = np.asarray(rows), np.asarray(cols)
    last_row = {int(c): k for k, c in enumerate(rows)}
    last_col = {int(c): k for k, c in enumerate(cols)}
    out = out[[last_row[int(c)] for c in rows]][:, [last_col[int(c)] for c in cols]]
    out[rows[:, None] == cols[None, :]] = 0.0
    return out

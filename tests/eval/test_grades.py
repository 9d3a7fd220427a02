"""Scoring predicted claim groups against gold alignments, and the rows that show misses."""

from __future__ import annotations

import pytest

from parallax.eval.grades import missed, score_alignments

ALIGNMENTS = [
    {"id": "G1", "grade": "corroborated", "claims": ["a", "b", "c", "x"]},
    {"id": "G2", "grade": "single-source", "claims": ["d"]},
    {"id": "G3", "grade": "unattributed", "claims": ["e", "f"]},
]
PREDICTED = {"a": "p1", "b": "p1", "c": "p2", "d": "p1", "e": "p3", "f": "p3"}  # x unmatched
GRADES = {"p1": "corroborated", "p2": "single-source", "p3": "unattributed"}
REASONS: dict[str, tuple[str, ...]] = {"p1": ("2 independent sources: AFP, Amnesty",),
                                       "p3": ("no source named",)}


def test_each_gold_group_row_tells_where_its_claims_went() -> None:
    scores = score_alignments(ALIGNMENTS, PREDICTED, GRADES, REASONS)
    rows = {r["id"]: r for r in scores.groups}
    assert rows["G1"] == {
        "id": "G1", "gold": "corroborated", "predicted": "corroborated", "claims": 4,
        "unmatched": 1, "predicted_groups": 2, "together": 2, "joined": ["d"],
        "reasons": ["2 independent sources: AFP, Amnesty"]}
    assert rows["G2"]["predicted"] == "corroborated"  # the grade of the group it fell in
    assert rows["G2"]["joined"] == ["a", "b"]
    assert rows["G3"]["joined"] == [] and rows["G3"]["predicted_groups"] == 1
    assert [r["id"] for r in scores.groups if missed(r)] == ["G1", "G2"]
    # pairs: (a,b) and (e,f) together and right; (a,d) and (b,d) together but wrong;
    # (a,c) and (b,c) apart but together in the gold
    assert scores.pair_precision == pytest.approx(2 / 4)
    assert scores.pair_recall == pytest.approx(2 / 4)
    assert scores.grade_accuracy == pytest.approx(2 / 3)


def test_a_gold_group_with_no_matched_claim_has_no_grade_and_counts_as_missed() -> None:
    scores = score_alignments([{"id": "G", "grade": "unattributed", "claims": ["y"]}],
                              {}, {})
    (row,) = scores.groups
    assert row["predicted"] is None and row["unmatched"] == 1 and row["reasons"] == []
    assert missed(row)

"""The dev gold's alignments, grouped and graded end to end: the goals of issue 5."""

from parallax.eval.grades import evaluate_grades
from tests.conftest import shared_file
from tests.conftest_corpus import encoder


def test_dev_grouping_and_grades_reach_their_goals() -> None:
    scores = evaluate_grades(shared_file("corpus", "dev", "gold.json"), encoder())
    # measured: grouping P 0.896 R 0.650 F1 0.753, grade accuracy 0.817
    assert scores.pair_f1 >= 0.75, (scores.pair_precision, scores.pair_recall, scores.pair_f1)
    assert scores.grade_accuracy >= 0.80, scores.per_grade

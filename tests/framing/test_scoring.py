from parallax.framing.scoring import SpanCounts, overlap_f1


def test_overlap_counts_spans_not_characters() -> None:
    counts = SpanCounts()
    counts.add(pred=[(0, 5), (20, 30), (50, 60)], gold=[(3, 8), (40, 45)])
    assert (counts.predicted_hit, counts.predicted) == (1, 3)
    assert (counts.gold_hit, counts.gold) == (1, 2)
    assert abs(counts.f1 - 2 * (1 / 3) * 0.5 / (1 / 3 + 0.5)) < 1e-9


def test_soft_overlap_gives_partial_credit() -> None:
    counts = SpanCounts()
    counts.add(pred=[(0, 10)], gold=[(5, 10)])
    # precision: half of the predicted span is gold; recall: all of the gold span is found
    assert abs(counts.soft_precision_sum - 0.5) < 1e-9
    assert abs(counts.soft_recall_sum - 1.0) < 1e-9
    assert abs(counts.soft_f1 - 2 * 0.5 / 1.5) < 1e-9


def test_no_predictions_scores_zero_and_duplicates_count_once() -> None:
    assert overlap_f1([[]], [[(0, 4)]]) == 0.0
    assert overlap_f1([[(0, 4), (0, 4)]], [[(1, 2)]]) == 1.0

"""Held-out claim grouping on the dev gold: each story grouped by pair models that never
saw its labels."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from parallax.assess.align import PairModels
from parallax.eval.grades import evaluate_grades
from parallax.eval.held_out import (
    GoldStory,
    gold_stories,
    held_out_grouping,
    held_out_groups,
    pair_ranking,
)
from tests.conftest import shared_file
from tests.conftest_corpus import encoder


@pytest.fixture(scope="module")
def stories() -> list[GoldStory]:
    return gold_stories(shared_file("corpus", "dev", "gold.json"), encoder())


def test_every_dev_story_with_gold_claims_is_found(stories: list[GoldStory]) -> None:
    # the dev gold's alignments span seven stories; each keeps gold pairs of both labels
    assert len(stories) >= 5
    labels = [label for s in stories for label in s.labelled_pairs()[1]]
    assert 0 < sum(labels) < len(labels)


def test_shipped_models_group_as_eval_grades_does(stories: list[GoldStory]) -> None:
    scores = held_out_grouping(stories)
    graded = evaluate_grades(shared_file("corpus", "dev", "gold.json"), encoder())
    assert scores.shipped == pytest.approx(
        (graded.pair_precision, graded.pair_recall, graded.pair_f1))
    assert scores.stories == len(stories)
    assert 0.0 < scores.held_out[2] < 1.0
    assert set(scores.weights) == {"plain", "centred"}


def test_a_story_s_own_labels_do_not_change_its_held_out_groups(
        stories: list[GoldStory]) -> None:
    # relabel the first story's gold claims as if every one stated a fact of its own: its
    # held-out groups stay as they were (its models are fitted on the other stories), the
    # models fitted on everything change
    first = stories[0]
    scrambled = dataclasses.replace(first, group={cid: cid for cid in first.group})
    before, after = held_out_groups(stories), held_out_groups([scrambled, *stories[1:]])
    assert {c: before[c] for c in first.rows} == {c: after[c] for c in first.rows}
    assert held_out_grouping(stories).weights != held_out_grouping(
        [scrambled, *stories[1:]]).weights


def test_pair_ranking_scores_the_order_of_the_probabilities() -> None:
    labels = np.array([1, 1, 0, 0, 0])
    assert pair_ranking(np.array([0.9, 0.8, 0.3, 0.2, 0.1]), labels) == {
        "auc": 1.0, "average_precision": 1.0}
    assert pair_ranking(np.array([0.1, 0.2, 0.3, 0.8, 0.9]), labels)["auc"] == 0.0
    # one positive ranked below one negative: 5 of the 6 (positive, negative) pairs in order
    assert pair_ranking(np.array([0.9, 0.25, 0.3, 0.2, 0.1]), labels)["auc"] == pytest.approx(
        5 / 6, abs=1e-4)
    with pytest.raises(ValueError, match="both labels"):
        pair_ranking(np.array([0.5, 0.6]), np.array([1, 1]))


def test_held_out_ranking_is_of_the_stories_labelled_pairs(stories: list[GoldStory]) -> None:
    scores = held_out_grouping(stories)
    probabilities, labels = [], []
    for story in stories:
        pairs, story_labels = story.labelled_pairs()
        if pairs:
            i, j = np.array(pairs).T
            probabilities.append(PairModels().score(story.features)[0][i, j])
            labels += story_labels
    assert scores.ranking["shipped"] == pair_ranking(np.concatenate(probabilities),
                                                     np.array(labels))
    # models that never saw a story still rank its pairs far better than chance (dev: 0.88)
    held = scores.ranking["held_out"]
    assert 0.8 < held["auc"] <= 1.0 and 0.0 < held["average_precision"] <= 1.0

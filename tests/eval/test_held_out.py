"""Held-out claim grouping on the dev gold: each story grouped by pair models that never
saw its labels."""

from __future__ import annotations

import dataclasses

import pytest

from parallax.eval.grades import evaluate_grades
from parallax.eval.held_out import GoldStory, gold_stories, held_out_grouping, held_out_groups
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

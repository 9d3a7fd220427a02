"""Grade accuracy on the dev gold with pair models that never saw a story's labels."""

from __future__ import annotations

import dataclasses

import pytest

from parallax.assess.align import PairModels
from parallax.eval.grades import evaluate_grades
from parallax.eval.held_out import (
    GoldFile,
    GoldStory,
    fit_models,
    gold_file,
    held_out_models,
)
from parallax.eval.held_out_grades import graded, held_out_grades
from tests.conftest import shared_file
from tests.conftest_corpus import encoder


@pytest.fixture(scope="module")
def dev() -> GoldFile:
    return gold_file(shared_file("corpus", "dev", "gold.json"), encoder())


def test_shipped_grades_are_those_eval_grades_prints(dev: GoldFile) -> None:
    ours = graded([dev], {}, PairModels(), encoder())
    theirs = evaluate_grades(dev.path, encoder())
    assert ours.grade_accuracy == theirs.grade_accuracy
    assert ours.per_grade == theirs.per_grade
    assert ours.pair_f1 == pytest.approx(theirs.pair_f1)


def test_held_out_grades_are_reported_beside_the_shipped(dev: GoldFile) -> None:
    held_models = held_out_models(dev.stories)
    grades = held_out_grades([dev], dev.stories, held_models, encoder())
    held, shipped = grades["held_out"], grades["shipped"]
    total = sum(c["total"] for c in held["per_grade"].values())
    assert total == len(dev.gold.alignments)
    assert held["grade_accuracy"] == pytest.approx(
        sum(c["correct"] for c in held["per_grade"].values()) / total)
    assert 0.0 < held["grade_accuracy"] < 1.0
    assert shipped["grade_accuracy"] == evaluate_grades(dev.path, encoder()).grade_accuracy
    # the groups graded wrong are listed, as many as the accuracy leaves
    for scores in (held, shipped):
        wrong = scores["wrong"]
        assert len(wrong) == round(total * (1 - scores["grade_accuracy"]))
        ids = {f"{dev.path}:{a['id']}": a["grade"] for a in dev.gold.alignments}
        assert all(w["predicted"] != w["gold"] == ids[w["id"]] for w in wrong)


def test_a_story_s_own_labels_do_not_change_its_held_out_grades(dev: GoldFile) -> None:
    # every gold claim of the first story relabelled as a fact of its own: the models that
    # grade that story were fitted on the others, so its predicted groups and grades stay
    first = dev.stories[0]
    scrambled = [dataclasses.replace(first, group={c: c for c in first.group}),
                 *dev.stories[1:]]

    mine = {f"{dev.path}:{a['id']}" for a in dev.gold.alignments
            if any(c in first.rows for c in a["claims"])}

    def grades_of_first(stories: list[GoldStory]) -> dict[str, str | None]:
        models = {s.name: m for s, m in zip(stories, held_out_models(stories), strict=True)}
        scores = graded([dev], models, fit_models(stories), encoder())
        return {g["id"]: g["predicted"] for g in scores.groups if g["id"] in mine}

    before = grades_of_first(dev.stories)
    assert before and before == grades_of_first(scrambled)

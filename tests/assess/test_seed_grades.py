"""The seeds' alignments (read from the gold file), graded end to end."""

import pytest

from parallax.eval.grades import evaluate_grades
from tests.conftest import shared_file
from tests.conftest_corpus import encoder

Groups = dict[str, tuple[str, str | None]]  # gold group id → (gold grade, predicted grade)


@pytest.fixture(scope="module")
def seed_groups() -> dict[str, tuple[str, str | None]]:
    scores = evaluate_grades(shared_file("corpus", "seeds", "gold.json"), encoder())
    return {g["id"]: (g["gold"], g["predicted"]) for g in scores.groups}


def _gold_id(seed_gold_grade: str, groups: dict[str, tuple[str, str | None]],
             fact_words: str) -> str:
    from tests.conftest import seed_gold

    for alignment in seed_gold()["alignments"]:
        if fact_words in alignment["fact"] and alignment["grade"] == seed_gold_grade:
            return str(alignment["id"])
    raise AssertionError(fact_words)


def test_unsourced_figure_is_unattributed(seed_groups: Groups) -> None:
    key = _gold_id("unattributed", seed_groups, "60%")
    assert seed_groups[key][1] == "unattributed"


def test_single_speaker_figure_is_single_source(seed_groups: Groups) -> None:
    key = _gold_id("single-source", seed_groups, "5000")
    assert seed_groups[key][1] == "single-source"


def test_displaced_numbers_are_not_conflicting(seed_groups: Groups) -> None:
    key = _gold_id("single-source", seed_groups, "displaced")
    assert seed_groups[key][1] != "conflicting"


def test_amnesty_and_hrw_corroborate(seed_groups: Groups) -> None:
    key = _gold_id("corroborated", seed_groups, "cluster munitions")
    assert seed_groups[key][1] == "corroborated"

"""How stories split between the caller and the grading helper."""

from parallax.assess.grading_pool import GradeJob, split_jobs


def test_biggest_story_first_to_the_lighter_side() -> None:
    jobs: list[GradeJob] = [(f"s{n}", [f"a{k}" for k in range(n)], {})
                            for n in (5, 40, 1, 30, 12, 12)]
    mine, theirs = split_jobs(jobs)
    assert sorted(j[0] for j in mine + theirs) == sorted(j[0] for j in jobs)  # all, once
    assert [j[0] for j in mine][:1] == ["s40"] and [j[0] for j in theirs][:1] == ["s30"]
    load = [sum(len(j[1]) for j in side) for side in (mine, theirs)]
    assert abs(load[0] - load[1]) <= 5  # 100 articles split 50/50 or near


def test_one_story_stays_with_the_caller() -> None:
    mine, theirs = split_jobs([("s1", ["a", "b"], {})])
    assert [j[0] for j in mine] == ["s1"] and theirs == []

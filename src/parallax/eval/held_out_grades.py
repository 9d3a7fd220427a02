"""Grade accuracy with held-out pair models: ``parallax eval grades --held-out``.

Grades rest on the claim groups (a gold group takes the grade of the predicted group most
of its claims fall in) and on how strongly the pair model links two sources' claims
(``grade.CORROBORATING_LINK``), so the accuracy ``eval grades`` prints for the gold the
shipped models were fitted on is partly learnt by heart, as their grouping F1 is. Here
every story of every gold file is aligned and graded by pair models fitted without its
own gold pairs (``held_out.held_out_models``; a story with no gold pairs of its own, by
the models fitted on all), and the accuracy is taken over the gold groups of all the
files together; the shipped models' accuracy over the same groups is given beside it.
"""

from __future__ import annotations

from typing import Any

from parallax.assess.align import PairModels
from parallax.assess.corpus import grade_story
from parallax.embed.encoder import Encoder
from parallax.eval.grades import GradeScores, score_alignments
from parallax.eval.held_out import GoldFile, GoldStory, fit_models
from parallax.model import ClaimRef


def graded(files: list[GoldFile], models_of: dict[str, PairModels], fallback: PairModels,
           encoder: Encoder) -> GradeScores:
    """Every gold file's alignments scored together, each story graded by the models
    ``models_of`` gives for its name (``fallback`` for any other story)."""
    alignments: list[dict[str, Any]] = []
    predicted: dict[str, str] = {}
    grade_of: dict[str, str] = {}
    reasons_of: dict[str, tuple[str, ...]] = {}
    for gold_file in files:
        group_of: dict[ClaimRef, str] = {}
        for linked in gold_file.state.linker.stories:
            models = models_of.get(gold_file.story_name(linked.id), fallback)
            for group in grade_story(gold_file.state, linked.id, encoder, models):
                grade_of[group.id] = group.grade
                reasons_of[group.id] = group.reasons
                group_of.update((ref, group.id) for ref in group.members)
        # claim and group ids are only unique within one file
        predicted.update((f"{gold_file.path}:{cid}", group_of[ref])
                         for cid, ref in gold_file.gold.refs.items() if ref in group_of)
        alignments += [{**a, "id": f"{gold_file.path}:{a['id']}",
                        "claims": [f"{gold_file.path}:{c}" for c in a["claims"]]}
                       for a in gold_file.gold.alignments]
    return score_alignments(alignments, predicted, grade_of, reasons_of)


def held_out_grades(files: list[GoldFile], stories: list[GoldStory],
                    held_models: list[PairModels], encoder: Encoder) -> dict[str, Any]:
    """Grade accuracy (and per grade: correct, total) over the files' gold groups, held
    out (``held_models``: per story of ``stories``) and shipped, with each gold group
    graded wrong (its id, gold and predicted grade, and the reasons given), so two runs
    can be compared group by group."""
    held = graded(files, {s.name: m for s, m in zip(stories, held_models, strict=True)},
                  fit_models(stories), encoder)
    shipped = graded(files, {}, PairModels(), encoder)

    def summary(scores: GradeScores) -> dict[str, Any]:
        return {"grade_accuracy": scores.grade_accuracy,
                "per_grade": {g: {"correct": c, "total": t}
                              for g, (c, t) in scores.per_grade.items()},
                "wrong": [{k: row[k] for k in ("id", "gold", "predicted", "reasons")}
                          for row in scores.groups if row["predicted"] != row["gold"]]}

    return {"held_out": summary(held), "shipped": summary(shipped)}

"""``parallax eval …``: scores against gold data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from parallax.cli.common import (
    JsonFlag,
    console,
    eval_app,
    print_json,
)


@eval_app.command("extraction")
def eval_extraction(
    gold: Annotated[Path, typer.Option("--gold", help="gold.jsonl of the extraction set.")],
    as_json: JsonFlag = False,
) -> None:
    """Snippet precision/recall/F1 of body extraction, ours beside plain trafilatura."""
    from parallax.eval.extraction import evaluate_extraction

    results = evaluate_extraction(gold)
    if as_json:
        print_json({name: s.as_dict() for name, s in results.items()})
        return
    table = Table("extractor", "TP", "FP", "FN", "TN", "precision", "recall", "F1",
                  title=f"Extraction on {gold}")
    for name, s in results.items():
        table.add_row(name, str(s.tp), str(s.fp), str(s.fn), str(s.tn),
                      f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.4f}")
    console.print(table)


@eval_app.command("extract")
def eval_extract(
    gold: Annotated[Path, typer.Option("--gold", help="A gold.json (shared/corpus/GOLD.md).")],
    as_json: JsonFlag = False,
) -> None:
    """Claims, speakers, via chains and quantities against a gold file, per language."""
    from parallax.eval.extract import evaluate_extract

    result = evaluate_extract(gold)
    rows = {"all": result.overall.as_dict()}
    rows.update({lang: c.as_dict() for lang, c in sorted(result.by_language.items())})
    if as_json:
        print_json({"scores": rows, "misses": result.misses})
        return
    table = Table("language", "gold claims", "claim recall", "speaker acc.", "via exact",
                  "speaker P/R/F1", "via P/R/F1", "quantity P/R/F1",
                  title=f"Extraction vs {gold}")
    for lang, d in rows.items():
        table.add_row(
            lang, str(int(d["gold_claims"])), f"{d['claim_recall']:.3f}",
            f"{d['speaker_accuracy']:.3f}", f"{d['via_exact']:.3f}",
            "/".join(f"{d[k]:.2f}" for k in ("speaker_precision", "speaker_recall",
                                              "speaker_f1")),
            "/".join(f"{d[k]:.2f}" for k in ("via_precision", "via_recall", "via_f1")),
            "/".join(f"{d[k]:.3f}" for k in ("quantity_precision", "quantity_recall",
                                              "quantity_f1")),
        )
    console.print(table)




@eval_app.command("stories")
def eval_stories(
    gold: Annotated[Path, typer.Option("--gold", help="stories.jsonl with gold story groups.")],
    as_json: JsonFlag = False,
) -> None:
    """B³ and pairwise precision/recall/F1 of story linking, cross-language pairs included."""
    from parallax.eval.stories import evaluate_stories

    s = evaluate_stories(gold)
    if as_json:
        print_json(s.as_dict())
        return
    console.print(
        f"stories vs {gold}: B³ P {s.b3_precision:.3f} R {s.b3_recall:.3f} F1 {s.b3_f1:.3f}; "
        f"pairwise P {s.pair_precision:.3f} R {s.pair_recall:.3f} F1 {s.pair_f1:.3f}; "
        f"cross-language pairs {s.cross_language_pairs}, recall {s.cross_language_recall:.3f}; "
        f"{s.articles} articles, {s.predicted_stories} predicted vs {s.gold_stories} gold stories"
    )


@eval_app.command("grades")
def eval_grades(
    gold: Annotated[list[Path], typer.Option("--gold", help="gold.json file(s) with alignments.")],
    as_json: JsonFlag = False,
    held_out: Annotated[bool, typer.Option(
        "--held-out", help="Also group each gold story with pair models refitted on the "
        "other stories of all --gold files (and print the weights fitted on all).")] = False,
    misses: Annotated[bool, typer.Option(
        "--misses", help="Also list each gold group graded wrong, split over predicted "
        "groups, or grouped with other gold claims, with the predicted grade's reasons.")
    ] = False,
) -> None:
    """Claim grouping (pairwise P/R/F1) and grade accuracy against gold alignments."""
    from parallax.eval.grades import evaluate_grades, missed
    from parallax.eval.held_out import evaluate_held_out

    results = {str(g): evaluate_grades(g) for g in gold}
    try:
        apart = evaluate_held_out(gold) if held_out else None
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--held-out") from exc
    if as_json:
        out = {k: v.as_dict() for k, v in results.items()}
        print_json({**out, "held_out": apart.as_dict()} if apart else out)
        return
    for name, s in results.items():
        per = ", ".join(f"{g} {c}/{t}" for g, (c, t) in s.per_grade.items())
        console.print(
            f"grades vs {name}: grouping pairwise P {s.pair_precision:.3f} R {s.pair_recall:.3f} "
            f"F1 {s.pair_f1:.3f}; grade accuracy {s.grade_accuracy:.3f} ({per})"
        )
        for row in (r for r in s.groups if misses and missed(r)):
            console.print("  " + _miss_line(row), highlight=False, markup=False)
    if apart:
        held, shipped = apart.held_out, apart.shipped
        console.print(
            f"held-out grouping over {apart.stories} stories (pair models refitted without "
            f"each): P {held[0]:.3f} R {held[1]:.3f} F1 {held[2]:.3f}; shipped models on "
            f"the same stories: P {shipped[0]:.3f} R {shipped[1]:.3f} F1 {shipped[2]:.3f}")
        rank = apart.ranking
        console.print(
            "  labelled pairs ranked by probability (ROC AUC / average precision): held out "
            f"{rank['held_out']['auc']:.3f} / {rank['held_out']['average_precision']:.3f}, "
            f"shipped {rank['shipped']['auc']:.3f} / {rank['shipped']['average_precision']:.3f}",
            highlight=False)
        held_grades, shipped_grades = apart.grades["held_out"], apart.grades["shipped"]
        per = ", ".join(
            f"{g} {c['correct']}/{c['total']} ({shipped_grades['per_grade'][g]['correct']})"
            for g, c in held_grades["per_grade"].items())
        console.print(
            f"  grade accuracy over all the files' gold groups: held out "
            f"{held_grades['grade_accuracy']:.3f}, shipped {shipped_grades['grade_accuracy']:.3f}"
            f" (held out per grade, shipped in parentheses: {per})", highlight=False)
        console.print("  per story, gold pairs together and right / together but wrong / "
                      "apart but together in the gold:", highlight=False)
        for row in apart.per_story:
            h, p = row["held_out"], row["shipped"]
            console.print(f"  {row['story']}: {row['gold_claims']} gold claims; held out "
                          f"{h['tp']}/{h['fp']}/{h['fn']}, shipped {p['tp']}/{p['fp']}/"
                          f"{p['fn']}", highlight=False)
        for name, weights in apart.weights.items():
            console.print(f"  {name} model fitted on all: " + ", ".join(
                f"{k} {v:g}" for k, v in weights.items()), highlight=False)


def _miss_line(row: dict[str, Any]) -> str:
    """One gold group's miss: "s01-G1 corroborated → single-source: 6 claims, 3 together
    in 4 predicted groups; its group also holds s01-G9-a; reasons: …"."""
    grade = row["gold"] if row["predicted"] == row["gold"] else \
        f"{row['gold']} → {row['predicted'] or 'no group'}"
    matched = row["claims"] - row["unmatched"]
    parts = [f"{row['claims']} claim{'s' if row['claims'] != 1 else ''}"
             + (f" ({row['unmatched']} unmatched)" if row["unmatched"] else "")]
    if row["predicted_groups"] > 1:
        parts.append(f"{row['together']} of {matched} together, in "
                     f"{row['predicted_groups']} predicted groups")
    if row["joined"]:
        parts.append("its group also holds " + ", ".join(row["joined"]))
    if row["reasons"]:
        parts.append("reasons: " + "; ".join(row["reasons"]))
    return f"{row['id']} {grade}: " + "; ".join(parts)


@eval_app.command("framing")
def eval_framing(
    gold: Annotated[Path, typer.Option("--gold", help="Folder with articles.jsonl + spans.jsonl.")],
    as_json: JsonFlag = False,
) -> None:
    """Framing spans: overlap P/R/F1 and soft-overlap F1 per technique and per language."""
    from parallax.eval.framing import evaluate_framing

    if not (gold / "articles.jsonl").is_file() or not (gold / "spans.jsonl").is_file():
        raise typer.BadParameter(f"{gold} is not a folder with articles.jsonl and spans.jsonl",
                                 param_hint="--gold")
    scores = evaluate_framing(gold).as_dict()
    if as_json:
        print_json(scores)
        return
    agnostic = scores["technique_agnostic"]
    table = Table("technique", "predicted", "gold", "P", "R", "F1", "soft F1",
                  title=f"Framing vs {gold} ({scores['documents']} documents)")
    rows = [("technique-agnostic", agnostic), *scores["by_technique"].items()]
    for name, d in rows:
        table.add_row(name, str(d["predicted"]), str(d["gold"]), f"{d['precision']:.3f}",
                      f"{d['recall']:.3f}", f"{d['f1']:.3f}", f"{d['soft_f1']:.3f}")
    console.print(table)
    by_lang = Table("language", "agnostic F1", "agnostic soft F1", "Loaded_Language F1",
                    "Name_Calling-Labeling F1", title="Per language (overlap F1)")
    for lang, d in scores["technique_agnostic_by_language"].items():
        per = scores["by_language"].get(lang, {})
        by_lang.add_row(lang, f"{d['f1']:.3f}", f"{d['soft_f1']:.3f}",
                        *(f"{per[t]['f1']:.3f}" if t in per else "—"
                          for t in ("Loaded_Language", "Name_Calling-Labeling")))
    console.print(by_lang)
    console.print(f"framing vs {gold}: technique-agnostic overlap F1 {agnostic['f1']:.3f}, "
                  f"soft F1 {agnostic['soft_f1']:.3f}")

"""``parallax eval grades``: claim grouping and grades against gold ``alignments``.

The gold file's articles are analysed from scratch (stories, alignment, grading). Each
gold claim is matched to a predicted claim as in ``eval extract``; then
- grouping: over pairs of matched gold claims, a pair is together in the gold when one
  alignment holds both, and predicted together when one claim group holds both →
  pairwise precision, recall, F1;
- grades: each gold group's predicted grade is that of the claim group holding most of
  its claims → accuracy overall and per gold grade.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parallax.assess.corpus import analyse
from parallax.embed.encoder import Encoder, default_encoder
from parallax.eval.corpus_gold import gold_articles
from parallax.eval.extract import match_claim
from parallax.model import Article, ClaimRef


@dataclass
class GradeScores:
    pair_precision: float = 0.0
    pair_recall: float = 0.0
    pair_f1: float = 0.0
    grade_accuracy: float = 0.0
    per_grade: dict[str, tuple[int, int]] = field(default_factory=dict)
    groups: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "pair_precision": self.pair_precision, "pair_recall": self.pair_recall,
            "pair_f1": self.pair_f1, "grade_accuracy": self.grade_accuracy,
            "per_grade": {g: {"correct": c, "total": t} for g, (c, t) in self.per_grade.items()},
            "groups": self.groups,
        }


@dataclass
class GoldClaims:
    """A gold file read and run through the pipeline: its alignments, its articles (by
    gold key) and the predicted claim each gold claim matched (``match_claim``)."""

    alignments: list[dict[str, Any]]
    articles: dict[str, Article]
    refs: dict[str, ClaimRef]  # gold claim id → the claim it matched


def gold_claims(gold_path: Path) -> GoldClaims:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    claims = {c["id"]: c for c in gold.get("claims", [])}
    keys = {c.get("file") or c.get("article_id") for c in claims.values()}
    articles = gold_articles(gold_path.parent, {k for k in keys if k})
    refs: dict[str, ClaimRef] = {}
    for cid, c in claims.items():
        article = articles.get(c.get("file") or c.get("article_id"))
        index = None if article is None else match_claim(article, c["quote"])
        if article is not None and index is not None:
            refs[cid] = ClaimRef(article.id, index)
    return GoldClaims(gold.get("alignments", []), articles, refs)


def evaluate_grades(gold_path: Path, encoder: Encoder | None = None) -> GradeScores:
    gold = gold_claims(gold_path)
    _, groups = analyse(list(gold.articles.values()), encoder or default_encoder())
    group_of: dict[ClaimRef, str] = {}
    grade_of: dict[str, str] = {}
    for g in groups:
        grade_of[g.id] = g.grade
        for ref in g.members:
            group_of[ref] = g.id
    predicted = {cid: group_of[ref] for cid, ref in gold.refs.items()}
    return score_alignments(gold.alignments, predicted, grade_of,
                            {g.id: g.reasons for g in groups})


def score_alignments(alignments: list[dict[str, Any]], predicted: dict[str, str],
                     grade_of: dict[str, str],
                     reasons_of: dict[str, tuple[str, ...]] | None = None) -> GradeScores:
    """Grouping and grades of the gold ``alignments``: ``predicted`` maps a gold claim to
    its predicted group, ``grade_of`` a predicted group to its grade (``reasons_of``, if
    given, to the reasons for it); a gold group takes the grade of the predicted group
    most of its claims are in. Each gold group's row tells how it fared (``group_row``)."""
    gold_group = {cid: a["id"] for a in alignments for cid in a["claims"]}
    scores = GradeScores()
    scores.pair_precision, scores.pair_recall, scores.pair_f1 = pair_scores(
        *pair_counts(gold_group, predicted))
    per_grade: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    correct = 0
    members: dict[str, list[str]] = defaultdict(list)  # predicted group → its gold claims
    for cid in gold_group:
        if cid in predicted:
            members[predicted[cid]].append(cid)
    for alignment in alignments:
        row = group_row(alignment, predicted, members, gold_group)
        main = row.pop("main")
        guess = None if main is None else grade_of[main]
        per_grade[alignment["grade"]][1] += 1
        if guess == alignment["grade"]:
            per_grade[alignment["grade"]][0] += 1
            correct += 1
        reasons = [] if main is None or reasons_of is None else list(reasons_of.get(main, ()))
        scores.groups.append({"id": alignment["id"], "gold": alignment["grade"],
                              "predicted": guess, **row, "reasons": reasons})
    scores.grade_accuracy = correct / len(alignments) if alignments else 0.0
    scores.per_grade = {g: (c, t) for g, (c, t) in sorted(per_grade.items())}
    return scores


def group_row(alignment: dict[str, Any], predicted: dict[str, str],
              members: dict[str, list[str]], gold_group: dict[str, str]) -> dict[str, Any]:
    """How one gold group fared: its claims (and how many matched no predicted claim),
    the predicted groups they fell into, how many sit in the main one (the group most of
    them are in, whose grade the gold group takes; ``main``: its id), and the claims of
    other gold groups that the main group holds too."""
    claims = alignment["claims"]
    votes = Counter(predicted[c] for c in claims if c in predicted)
    main = votes.most_common(1)[0][0] if votes else None
    return {
        "claims": len(claims), "unmatched": sum(1 for c in claims if c not in predicted),
        "predicted_groups": len(votes), "together": votes[main] if main else 0,
        "joined": sorted(c for c in members.get(main, []) if gold_group[c] != alignment["id"])
        if main else [],
        "main": main,
    }


def missed(row: dict[str, Any]) -> bool:
    """Whether a gold group's row (``GradeScores.groups``) shows a miss: a wrong grade, its
    claims split over predicted groups, or its main group holding other gold claims."""
    return (row["predicted"] != row["gold"] or row["predicted_groups"] > 1
            or bool(row["joined"]))


def pair_counts(gold_group: dict[str, str], predicted: dict[str, Any]) -> tuple[int, int, int]:
    """(true positive, false positive, false negative) pairs of the gold claims that were
    matched: together in one gold group (``gold_group``: claim → group) and together in
    one predicted group (``predicted``: claim → group)."""
    matched = sorted(cid for cid in gold_group if cid in predicted)
    tp = fp = fn = 0
    for a, b in itertools.combinations(matched, 2):
        same_gold = gold_group[a] == gold_group[b]
        same_pred = predicted[a] == predicted[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return tp, fp, fn


def pair_scores(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 (1 where nothing was there to get wrong)."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0

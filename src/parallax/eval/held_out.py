"""``parallax eval grades --held-out``: claim grouping with the pair models refitted on
every gold story but the one being grouped, in turn.

The shipped pair models (``assess/pair_model.py``) were fitted on the dev and seed gold
alignments, so the grouping F1 that ``eval grades`` prints for those files is partly
learnt by heart. Here each story's claims are grouped as the pipeline groups them
(``alignment.story_pairs``, average linkage at ``MERGE_THRESHOLD``) but by models fitted
(``pair_fit.py``) on the labelled pairs of the other stories only: the number a new story
can expect. The shipped models' score over the same stories is printed beside it, and the
weights fitted on all of them, for a refit of the shipped ones.

Grouping F1 over a few stories swings by a few hundredths when one large gold group
splits or joins, so it also prints how well the probabilities rank the labelled pairs
(ROC AUC and average precision, held out and shipped): a change to the pair features
that ranks pairs better shows there even where the groups it makes happen not to move.

Only a story's head (``HEAD_CLAIMS``) is grouped; gold claims past it are left out.
Grade accuracy with the same held-out models: ``held_out_grades.py``.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from parallax.assess.align import MERGE_THRESHOLD, PairFeatures, PairModels, agglomerate
from parallax.assess.alignment import HEAD_CLAIMS, story_pairs
from parallax.assess.corpus import CorpusState, add_articles
from parallax.assess.pair_fit import design, fit_pair_model
from parallax.assess.pair_model import PairModel
from parallax.embed.cache import CachedEncoder, MemoryCache
from parallax.embed.encoder import Encoder, default_encoder
from parallax.eval.grades import GoldClaims, gold_claims, pair_counts, pair_scores


@dataclass
class GoldStory:
    """One linked story of a gold file: its head pairs' features and its gold claims."""

    name: str  # gold file : story id
    features: PairFeatures  # head × head
    rows: dict[str, int]  # gold claim id → its distinct claim (in the head)
    group: dict[str, str]  # gold claim id → gold alignment id (qualified by file)

    def labelled_pairs(self) -> tuple[list[tuple[int, int]], list[int]]:
        """Pairs of distinct gold claims, labelled 1 when one gold alignment holds both."""
        labels: dict[tuple[int, int], int] = {}
        for a, b in itertools.combinations(sorted(self.rows), 2):
            i, j = sorted((self.rows[a], self.rows[b]))
            if i != j:
                labels[i, j] = max(labels.get((i, j), 0), int(self.group[a] == self.group[b]))
        pairs = sorted(labels)
        return pairs, [labels[p] for p in pairs]


@dataclass
class HeldOutScores:
    stories: int = 0
    held_out: tuple[float, float, float] = (0.0, 0.0, 0.0)  # precision, recall, F1
    shipped: tuple[float, float, float] = (0.0, 0.0, 0.0)
    weights: dict[str, dict[str, float]] = field(default_factory=dict)  # fitted on all
    # how the probabilities rank the labelled pairs ("held_out", "shipped" → "auc",
    # "average_precision")
    ranking: dict[str, dict[str, float]] = field(default_factory=dict)
    # grade accuracy over the gold groups ("held_out", "shipped" → "grade_accuracy",
    # "per_grade"): ``held_out_grades.py``
    grades: dict[str, dict[str, Any]] = field(default_factory=dict)
    # per story: its gold claims and its pairs' counts (tp, fp, fn) both ways; a gold group
    # split across stories counts its pairs between them in neither story
    per_story: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        def named(values: tuple[float, float, float]) -> dict[str, float]:
            return dict(zip(("pair_precision", "pair_recall", "pair_f1"), values, strict=True))

        return {"stories": self.stories, "held_out": named(self.held_out),
                "shipped": named(self.shipped), "pair_ranking": self.ranking,
                "grades": self.grades,
                "weights_fitted_on_all": self.weights, "per_story": self.per_story}


@dataclass
class GoldFile:
    """A gold file run through the corpus stages: its gold claims, the linked corpus, and
    the stories of it that hold gold claims."""

    path: Path
    gold: GoldClaims
    state: CorpusState
    stories: list[GoldStory]

    def story_name(self, story_id: str) -> str:
        return f"{self.path}:{story_id}"


def gold_file(gold_path: Path, encoder: Encoder) -> GoldFile:
    """Link a gold file's articles; keep each story with gold claims in its head."""
    gold = gold_claims(gold_path)
    refs = gold.refs
    group = {cid: f"{gold_path}:{a['id']}" for a in gold.alignments
             for cid in a["claims"] if cid in refs}
    state = CorpusState()
    add_articles(state, list(gold.articles.values()), encoder)
    out = GoldFile(gold_path, gold, state, [])
    for linked in state.linker.stories:
        found, scorer = story_pairs(state.members(linked.id), encoder)
        head = np.arange(min(HEAD_CLAIMS, len(found.refs)))
        row_of = found.rows()
        rows = {cid: row_of[refs[cid]] for cid in group
                if refs[cid] in row_of and row_of[refs[cid]] < len(head)}
        if rows:
            out.stories.append(GoldStory(out.story_name(linked.id),
                                         scorer.features(head, head), rows,
                                         {cid: group[cid] for cid in rows}))
    return out


def gold_stories(gold_path: Path, encoder: Encoder) -> list[GoldStory]:
    """The stories the pipeline links from a gold file's articles, with gold claims."""
    return gold_file(gold_path, encoder).stories


def fit_models(stories: list[GoldStory]) -> PairModels:
    """Both pair models fitted on the labelled pairs of ``stories``."""
    plain, centred, other, labels = [], [], [], []
    for story in stories:
        pairs, story_labels = story.labelled_pairs()
        if not pairs:
            continue
        i, j = np.array(pairs).T
        f = story.features
        plain.append(f.plain[i, j])
        centred.append((f.centred if f.centred is not None else f.plain)[i, j])
        other.append({name: np.asarray(value)[i, j] for name, value in f.other.items()})
        labels += story_labels
    if not other:
        raise ValueError("no labelled pairs to fit the pair models on")
    joined = {name: np.concatenate([o[name] for o in other]) for name in other[0]}
    return PairModels(fit_pair_model(design(np.concatenate(plain), joined), np.array(labels)),
                      fit_pair_model(design(np.concatenate(centred), joined),
                                     np.array(labels)))


def _grouped(story: GoldStory, models: PairModels, key: int) -> dict[str, tuple[int, int]]:
    """Each gold claim of the story → (story key, its predicted group)."""
    clusters = agglomerate(models.score(story.features)[0], MERGE_THRESHOLD)
    cluster_of = {row: n for n, cluster in enumerate(clusters) for row in cluster}
    return {cid: (key, cluster_of[row]) for cid, row in story.rows.items()}


def held_out_models(stories: list[GoldStory]) -> list[PairModels]:
    """Per story, the pair models fitted on the other stories' labelled pairs alone."""
    if sum(1 for s in stories if s.labelled_pairs()[0]) < 2:
        raise ValueError("held-out grouping needs gold pairs in two stories at least, "
                         f"and the gold files link {len(stories)} story(ies) with gold claims")
    return [fit_models([s for s in stories if s is not story]) for story in stories]


def held_out_groups(stories: list[GoldStory]) -> dict[str, tuple[int, int]]:
    """Each gold claim → (its story's index, its group), the story grouped by pair models
    fitted on the other stories' labelled pairs alone."""
    out: dict[str, tuple[int, int]] = {}
    for key, (story, models) in enumerate(zip(stories, held_out_models(stories),
                                              strict=True)):
        out.update(_grouped(story, models, key))
    return out


def pair_ranking(probabilities: np.ndarray, labels: np.ndarray) -> dict[str, float]:
    """How well ``probabilities`` rank the pairs labelled 1 above those labelled 0: ROC
    AUC and average precision (both need pairs of both labels)."""
    from sklearn.metrics import average_precision_score, roc_auc_score

    labels = np.asarray(labels, dtype=int)
    if len(set(labels.tolist())) < 2:
        raise ValueError("ranking pairs needs pairs of both labels")
    return {"auc": round(float(roc_auc_score(labels, probabilities)), 4),
            "average_precision": round(float(average_precision_score(labels, probabilities)),
                                       4)}


def _ranked(stories: list[GoldStory], models: list[PairModels]) -> dict[str, float]:
    """``pair_ranking`` of every story's labelled pairs, each scored by its own models."""
    probabilities, labels = [], []
    for story, story_models in zip(stories, models, strict=True):
        pairs, story_labels = story.labelled_pairs()
        if pairs:
            i, j = np.array(pairs).T
            probabilities.append(story_models.score(story.features)[0][i, j])
            labels += story_labels
    return pair_ranking(np.concatenate(probabilities), np.array(labels))


def held_out_grouping(stories: list[GoldStory],
                      held_models: list[PairModels] | None = None) -> HeldOutScores:
    """Pairwise grouping scores over ``stories``: each grouped by models fitted on the
    others (held out: ``held_models``, fitted here unless given) and by the shipped
    models."""
    gold_group = {cid: g for s in stories for cid, g in s.group.items()}
    shipped: dict[str, tuple[int, int]] = {}
    held: dict[str, tuple[int, int]] = {}
    held_models = held_models or held_out_models(stories)
    for key, (story, models) in enumerate(zip(stories, held_models, strict=True)):
        shipped.update(_grouped(story, PairModels(), key))
        held.update(_grouped(story, models, key))
    everything = fit_models(stories)
    per_story = []
    for story in stories:
        mine = {cid: story.group[cid] for cid in story.rows}
        per_story.append({
            "story": story.name, "gold_claims": len(story.rows),
            "held_out": dict(zip(("tp", "fp", "fn"), pair_counts(mine, held), strict=True)),
            "shipped": dict(zip(("tp", "fp", "fn"), pair_counts(mine, shipped), strict=True)),
        })
    return HeldOutScores(
        stories=len(stories),
        held_out=pair_scores(*pair_counts(gold_group, held)),
        shipped=pair_scores(*pair_counts(gold_group, shipped)),
        weights={"plain": _rounded(everything.plain), "centred": _rounded(everything.centred)},
        ranking={"held_out": _ranked(stories, held_models),
                 "shipped": _ranked(stories, [PairModels()] * len(stories))},
        per_story=per_story,
    )


def _rounded(model: PairModel) -> dict[str, float]:
    return {**{k: round(v, 3) for k, v in model.weights.items()}, "bias": round(model.bias, 3)}


def evaluate_held_out(gold_paths: list[Path], encoder: Encoder | None = None) -> HeldOutScores:
    """Held-out grouping and grades over the stories of all ``gold_paths`` together."""
    from parallax.eval.held_out_grades import held_out_grades

    # every story is aligned three times (features, held out, shipped): embed each text once
    encoder = CachedEncoder(encoder or default_encoder(), MemoryCache())
    files = [gold_file(path, encoder) for path in gold_paths]
    stories = [s for f in files for s in f.stories]
    held_models = held_out_models(stories)
    scores = held_out_grouping(stories, held_models)
    scores.grades = held_out_grades(files, stories, held_models, encoder)
    return scores

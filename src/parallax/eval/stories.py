"""``parallax eval stories``: story linking against gold story groups (``stories.jsonl``).

B³ precision/recall/F1 (per article: the share of its predicted story that is in its gold
story, and of its gold story that is in its predicted story) and pairwise F1 (over article
pairs), overall and for cross-language pairs.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from pathlib import Path

from parallax.assess.corpus import CorpusState, add_articles
from parallax.embed.encoder import Encoder, default_encoder
from parallax.eval.corpus_gold import gold_articles


@dataclass(frozen=True)
class StoryScores:
    b3_precision: float
    b3_recall: float
    b3_f1: float
    pair_precision: float
    pair_recall: float
    pair_f1: float
    cross_language_pairs: int
    cross_language_recall: float
    articles: int
    predicted_stories: int
    gold_stories: int

    def as_dict(self) -> dict[str, float]:
        return dict(self.__dict__)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_stories(gold: dict[str, str], predicted: dict[str, str],
                  languages: dict[str, str | None]) -> StoryScores:
    ids = sorted(gold)
    p_sum = r_sum = 0.0
    for i in ids:
        g = {j for j in ids if gold[j] == gold[i]}
        p = {j for j in ids if predicted[j] == predicted[i]}
        p_sum += len(g & p) / len(p)
        r_sum += len(g & p) / len(g)
    tp = fp = fn = 0
    cross = cross_found = 0
    for a, b in itertools.combinations(ids, 2):
        same_gold, same_pred = gold[a] == gold[b], predicted[a] == predicted[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
        if same_gold and languages[a] != languages[b]:
            cross += 1
            cross_found += same_pred
    bp, br = p_sum / len(ids), r_sum / len(ids)
    pp = tp / (tp + fp) if tp + fp else 1.0
    pr = tp / (tp + fn) if tp + fn else 1.0
    return StoryScores(bp, br, _f1(bp, br), pp, pr, _f1(pp, pr), cross,
                       cross_found / cross if cross else 1.0, len(ids),
                       len(set(predicted[i] for i in ids)), len(set(gold.values())))


def evaluate_stories(gold_path: Path, encoder: Encoder | None = None) -> StoryScores:
    gold: dict[str, str] = {}
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            for article_id in record["article_ids"]:
                gold[article_id] = record["story_id"]
    articles = gold_articles(gold_path.parent, set(gold))
    state = CorpusState()
    add_articles(state, list(articles.values()), encoder or default_encoder())
    predicted = {key: state.linker.by_article[a.id] for key, a in articles.items()}
    kept = {k: v for k, v in gold.items() if k in predicted}
    return score_stories(kept, predicted, {k: a.language for k, a in articles.items()})

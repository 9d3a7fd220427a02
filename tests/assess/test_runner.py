"""The corpus stages over a real SQLite store: incremental, resumable, cached."""

import json
from pathlib import Path

from pytest import MonkeyPatch
from sqlalchemy import select

from parallax.assess import runner
from parallax.assess.runner import update_corpus
from parallax.ingest.run import ingest
from parallax.store.corpus_repo import list_stories
from parallax.store.repository import Store
from parallax.store.tables import articles, claim_groups, claims, stories
from tests.conftest import CORPUS, store_url
from tests.conftest_corpus import encoder


def _membership(store: Store) -> dict[str, str]:
    with store.engine.connect() as conn:
        return dict(conn.execute(select(articles.c.id, articles.c.story_id)).all())


def _split_corpus(tmp_path: Path) -> tuple[Path, Path]:
    lines = (CORPUS / "dev" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    ordered = sorted(lines, key=lambda line: json.loads(line)["id"])
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("\n".join(ordered[:40]) + "\n", encoding="utf-8")
    second.write_text("\n".join(ordered[40:]) + "\n", encoding="utf-8")
    return first, second


def test_incremental_equals_one_shot_and_nothing_is_embedded_twice(tmp_path: Path) -> None:
    first, second = _split_corpus(tmp_path)
    one_shot = Store(store_url(tmp_path, "one"))
    ingest([str(first), str(second)], one_shot)
    update_corpus(one_shot, encoder())

    stepwise = Store(store_url(tmp_path, "step"))
    ingest([str(first)], stepwise)
    update_corpus(stepwise, encoder())
    ingest([str(second)], stepwise)
    result = update_corpus(stepwise, encoder())
    assert result.linked > 0
    assert _membership(stepwise) == _membership(one_shot)

    again = update_corpus(stepwise, encoder())
    assert again.linked == 0 and again.stories_updated == [] and again.encoded == 0
    assert len(list_stories(stepwise)) == len(list_stories(one_shot))


def test_a_story_left_ungraded_is_graded_on_the_next_run(tmp_path: Path) -> None:
    store = Store(store_url(tmp_path, "crash"))
    ingest([str(CORPUS / "seeds")], store)
    update_corpus(store, encoder())
    with store.engine.begin() as conn:  # as if the run died between linking and grading
        conn.execute(claim_groups.delete())
        conn.execute(stories.delete())
    result = update_corpus(store, encoder())
    assert result.linked == 0 and result.stories_updated
    assert list_stories(store)[0]["grades"]


def test_reextraction_replaces_claims_and_regrades(tmp_path: Path) -> None:
    from parallax.extract.claims import reextract

    store = Store(store_url(tmp_path, "again"))
    ingest([str(CORPUS / "seeds")], store)
    update_corpus(store, encoder())
    row = store.list_articles()[0]
    before = store.get_article(row["id"])
    assert before is not None and before.claims
    with store.engine.begin() as conn:  # as if stored by an older extractor
        conn.execute(claims.delete().where(claims.c.article_id == before.id))
    assert store.get_article(before.id).claims == []  # type: ignore[union-attr]
    store.replace_analysis(reextract(store.get_article(before.id)))  # type: ignore[arg-type]
    after = store.get_article(before.id)
    assert after is not None and after.claims == before.claims
    result = update_corpus(store, encoder())
    assert result.linked == 0 and result.stories_updated


def _graded(store: Store) -> list[tuple[object, ...]]:
    with store.engine.connect() as conn:
        return sorted(tuple(row) for row in conn.execute(
            select(claim_groups.c.story_id, claim_groups.c.idx, claim_groups.c.grade,
                   claim_groups.c.reasons, claim_groups.c.sources, claim_groups.c.members)
        ).all())


def test_grading_on_two_cores_equals_one(tmp_path: Path, monkeypatch: MonkeyPatch) -> None:
    alone = Store(store_url(tmp_path, "alone"))
    ingest([str(CORPUS / "dev" / "articles.jsonl")], alone)
    one = update_corpus(alone)  # the default encoder, which the helper can build too
    assert one.grade_helper_seconds == 0.0  # 64 articles: not worth a helper

    monkeypatch.setattr(runner, "GRADE_HELPER_FROM", 0)
    paired = Store(store_url(tmp_path, "paired"))
    ingest([str(CORPUS / "dev" / "articles.jsonl")], paired)
    two = update_corpus(paired)
    assert two.grade_helper_seconds > 0.0  # the helper graded some stories
    assert two.stories_updated == one.stories_updated
    assert _graded(paired) == _graded(alone)
    assert [s["label"] for s in list_stories(paired)] == [s["label"] for s in list_stories(alone)]

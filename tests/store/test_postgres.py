"""The same store code against a real PostgreSQL server (started by scripts/with-postgres.sh
in CI; skipped when PARALLAX_TEST_PG_URL is not set)."""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text

from parallax.assess.runner import update_corpus
from parallax.ingest.run import ingest
from parallax.store.corpus_repo import list_stories
from parallax.store.repository import Store
from tests.conftest import CORPUS
from tests.conftest_corpus import encoder

BASE_URL = os.environ.get("PARALLAX_TEST_PG_URL")
pytestmark = pytest.mark.skipif(not BASE_URL, reason="no PostgreSQL server (set "
                                "PARALLAX_TEST_PG_URL or run scripts/with-postgres.sh)")


@pytest.fixture
def pg_store() -> Store:
    assert BASE_URL is not None
    name = f"t_{uuid.uuid4().hex[:10]}"
    admin = create_engine(BASE_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return Store(BASE_URL.rsplit("/", 1)[0] + "/" + name)


def test_ingest_link_and_rerun_on_postgresql(pg_store: Store) -> None:
    first = ingest([str(CORPUS)], pg_store)
    assert (first.stored, first.duplicates, len(first.errors)) == (65, 1, 0)
    update_corpus(pg_store, encoder())
    stories = list_stories(pg_store)
    assert len(stories) >= 25 and any(len(s["languages"]) > 1 for s in stories)
    again = ingest([str(CORPUS)], pg_store)
    assert (again.stored, again.already_done) == (0, 66)
    rerun = update_corpus(pg_store, encoder())
    assert rerun.linked == 0 and rerun.stories_updated == []
    article = pg_store.get_article(stories[0]["article_ids"][0])
    assert article is not None and article.sentences and article.claims

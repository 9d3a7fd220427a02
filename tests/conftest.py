"""Shared test helpers: where the repository, its corpus and ../shared live."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import Any

import pytest

from parallax.ingest.sources import iter_sources
from parallax.model import Article, IngestError
from parallax.pipeline import default_pipeline
from parallax.store.repository import Store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
DEV = SHARED / "corpus" / "dev"


def shared_file(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared is beside the project in CI)")
    return path


def seed_gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(shared_file("corpus", "seeds", "gold.json").read_text())
    return data


def process(targets: list[str]) -> list[Article | IngestError]:
    return list(default_pipeline().stream(iter_sources(targets)))


def one_article(target: str) -> Article:
    (result,) = process([target])
    assert isinstance(result, Article), result
    return result


# The whole suite runs once on SQLite (default) and once on PostgreSQL
# (PARALLAX_TEST_BACKEND=postgresql with PARALLAX_TEST_PG_URL, as `.ci/run` does).
BACKEND = os.environ.get("PARALLAX_TEST_BACKEND", "sqlite")
PG_URL = os.environ.get("PARALLAX_TEST_PG_URL")


def store_url(folder: Path, name: str = "test") -> str:
    """A fresh, empty database for one test: a SQLite file in ``folder``, or a new
    PostgreSQL database on the test server."""
    if BACKEND != "postgresql":
        return f"sqlite:///{folder / (name + '.db')}"
    if not PG_URL:
        pytest.fail("PARALLAX_TEST_BACKEND=postgresql needs PARALLAX_TEST_PG_URL")
    from sqlalchemy import create_engine, text

    database = f"t_{name.lower()}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{database}"'))
    admin.dispose()
    return PG_URL.rsplit("/", 1)[0] + "/" + database


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(store_url(tmp_path))

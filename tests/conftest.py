"""Shared test helpers: where the repository, its corpus and ../shared live."""

from __future__ import annotations

import json
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


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(f"sqlite:///{tmp_path / 'test.db'}")

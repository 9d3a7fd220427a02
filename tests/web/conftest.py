"""A real store (the two seeds and a hostile page, linked and graded) served by uvicorn
on 127.0.0.1 for the API, browser and schemathesis tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from parallax.assess.runner import update_corpus
from parallax.ingest.run import ingest
from parallax.store.repository import Store
from parallax.web.app import create_app
from parallax.web.server import serve_in_thread
from tests.conftest import CORPUS, FIXTURES, store_url
from tests.conftest_corpus import encoder

ARTIFACTS = Path(__file__).resolve().parents[2] / "out" / "test-artifacts"


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(store_url(tmp_path_factory.mktemp("web"), "web"))
    report = ingest([str(CORPUS / "seeds"), str(FIXTURES / "hostile.html")], store)
    assert report.stored == 3 and not report.errors
    update_corpus(store, encoder())
    return store


@pytest.fixture(scope="session")
def live_server(web_store: Store) -> Iterator[str]:
    with serve_in_thread(create_app(web_store, allow_private_urls=True)) as url:
        yield url


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS

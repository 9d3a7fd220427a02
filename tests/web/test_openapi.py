"""schemathesis against the live server's /openapi.json: generated requests for every
operation, none may get a 5xx, and responses must match the documented schemas."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.checks import response_schema_conformance

from parallax.assess.runner import update_corpus
from parallax.ingest.run import ingest
from parallax.store.repository import Store
from parallax.web.app import create_app
from parallax.web.server import serve_in_thread
from tests.conftest import CORPUS, store_url
from tests.conftest_corpus import encoder


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = Store(store_url(tmp_path_factory.mktemp("fuzz"), "fuzz"))
    ingest([str(CORPUS / "seeds")], store)
    update_corpus(store, encoder())
    # URL ingest stays refused for private hosts: generated URLs must not reach anything
    with serve_in_thread(create_app(store, allow_private_urls=False)) as url:
        yield url


def test_no_server_errors(fuzz_server: str) -> None:
    """Every operation of the schema gets generated cases (schemathesis strategies run
    by Hypothesis), each sent over HTTP to the live server."""
    schema = schemathesis.openapi.from_url(f"{fuzz_server}/openapi.json")
    results = list(schema.get_all_operations())
    assert all(isinstance(result, Ok) for result in results), results
    operations = [result.ok() for result in results if isinstance(result, Ok)]
    assert {f"{op.method.upper()} {op.path}" for op in operations} >= {
        "GET /api/v1/stories", "GET /api/v1/stories/{story_id}", "GET /api/v1/articles",
        "GET /api/v1/articles/{article_id}", "GET /api/v1/claims", "GET /api/v1/search",
        "POST /api/v1/ingest"}
    seen: dict[str, set[int]] = {}
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case: schemathesis.Case) -> None:
            response = case.call(timeout=60)
            seen.setdefault(f"{case.method} {case.path}", set()).add(response.status_code)
            assert response.status_code < 500, (case.method, case.path, response.text[:300])
            case.validate_response(response, checks=[response_schema_conformance])

        check()
    # the generated requests reached the handlers, not just the validators
    assert 200 in seen["GET /api/v1/stories"] and 200 in seen["GET /api/v1/claims"]
    assert seen["POST /api/v1/ingest"] & {201, 400, 422}

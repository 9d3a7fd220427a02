"""The JSON API over real HTTP on loopback."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from parallax.store.repository import Store
from parallax.web.app import create_app
from parallax.web.server import serve_in_thread
from tests.conftest import FIXTURES, store_url


def _get(base: str, path: str, **params: str | int) -> httpx.Response:
    return httpx.get(base + path, params=params, timeout=30)


def test_stories_list_story_and_pagination(live_server: str) -> None:
    page = _get(live_server, "/api/v1/stories", limit=1).json()
    assert page["total"] >= 2 and len(page["items"]) == 1 and page["limit"] == 1
    first = page["items"][0]
    assert first["article_count"] == 2 and set(first["languages"]) == {"en", "nl"}
    second = _get(live_server, "/api/v1/stories", limit=1, offset=1).json()["items"]
    assert second and second[0]["id"] != first["id"]
    story = _get(live_server, f"/api/v1/stories/{first['id']}").json()
    grades = {g["grade"] for g in story["claim_groups"]}
    assert "corroborated" in grades
    assert {a["language"] for a in story["articles"]} == {"en", "nl"}
    filtered = _get(live_server, "/api/v1/stories", language="nl").json()
    assert [s["id"] for s in filtered["items"]] == [first["id"]]
    assert _get(live_server, "/api/v1/stories", grade="conflicting", q="zzz").json()[
        "total"] == 0


def test_articles_claims_and_search(live_server: str) -> None:
    listed = _get(live_server, "/api/v1/articles", language="nl").json()
    assert listed["total"] == 1
    article_id = listed["items"][0]["id"]
    article = _get(live_server, f"/api/v1/articles/{article_id[:8]}").json()
    assert article["id"] == article_id and article["framing"] and article["claims"]
    claims = _get(live_server, f"/api/v1/articles/{article_id}/claims").json()
    assert len(claims) == len(article["claims"])
    amnesty = _get(live_server, "/api/v1/claims", speaker="amnesty").json()
    assert amnesty["total"] >= 1 and all("Amnesty" in c["speaker"] for c in amnesty["items"])
    assert all(c["text"] for c in amnesty["items"])
    found = _get(live_server, "/api/v1/search", q="clustermunitie").json()
    assert [a["id"] for a in found["articles"]] == [article_id]


def test_clear_client_errors(live_server: str) -> None:
    assert _get(live_server, "/api/v1/stories/s-nope").status_code == 404
    assert _get(live_server, "/api/v1/articles/ffffffffffff").status_code == 404
    assert _get(live_server, "/api/v1/stories", limit=0).status_code == 422
    assert _get(live_server, "/api/v1/stories", grade="great").status_code == 422
    assert _get(live_server, "/api/v1/search").status_code == 422
    bad = httpx.post(live_server + "/api/v1/ingest", json={"title": "no text"}, timeout=30)
    assert bad.status_code == 422
    junk = httpx.post(live_server + "/api/v1/ingest", content=b"{not json",
                      headers={"content-type": "application/json"}, timeout=30)
    assert junk.status_code == 422
    huge = httpx.post(live_server + "/api/v1/ingest", content=b"x" * (3 * 1024 * 1024),
                      headers={"content-type": "application/json"}, timeout=30)
    assert huge.status_code == 413


def test_ingest_a_document_then_the_same_again(live_server: str) -> None:
    text = ("Flood in Riverton\n\nThe mayor of Riverton said on Wednesday that 55 people "
            "had been evacuated as the river kept rising. The fire brigade said three "
            "bridges were closed.")
    body = {"text": text, "outlet": "riverton-post.example", "language": "en",
            "published": "2026-11-24"}
    first = httpx.post(live_server + "/api/v1/ingest", json=body, timeout=120)
    assert first.status_code == 201, first.text
    out = first.json()
    assert out["status"] == "stored" and out["article_id"] and out["story_id"]
    stored = _get(live_server, f"/api/v1/articles/{out['article_id']}").json()
    assert stored["outlet"] == "riverton-post.example"
    assert any(q["value"] == 55 for c in stored["claims"] for q in c["quantities"])
    again = httpx.post(live_server + "/api/v1/ingest", json=body, timeout=120).json()
    assert again["status"] == "already-done"


@pytest.fixture
def page_server() -> Iterator[str]:
    """A plain HTTP server on loopback that serves the fixtures folder."""
    handler = lambda *a: http.server.SimpleHTTPRequestHandler(  # noqa: E731
        *a, directory=str(FIXTURES))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_ingest_by_url_fetches_over_http(live_server: str, page_server: str,
                                         tmp_path: Path) -> None:
    url = f"{page_server}/hostile.html?copy=api"
    out = httpx.post(live_server + "/api/v1/ingest", json={"url": url}, timeout=120)
    assert out.status_code == 201, out.text
    assert out.json()["status"] in ("stored", "duplicate")
    # a server that does not allow private addresses refuses the same URL
    with serve_in_thread(create_app(Store(store_url(tmp_path, "p")))) as strict:
        refused = httpx.post(strict + "/api/v1/ingest", json={"url": url}, timeout=30)
        assert refused.status_code == 400 and "public" in refused.json()["detail"]
        scheme = httpx.post(strict + "/api/v1/ingest", json={"url": "file:///etc/passwd"},
                            timeout=30)
        assert scheme.status_code == 400


def test_security_headers(live_server: str) -> None:
    response = _get(live_server, "/")
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert _get(live_server, "/openapi.json").json()["info"]["title"] == "Parallax"


def test_web_store_fixture_is_real(web_store: Store) -> None:
    assert web_store.count_articles() >= 3


def test_a_big_story_is_cut_to_one_article_per_outlet_first(live_server: str) -> None:
    first = _get(live_server, "/api/v1/stories", language="nl").json()["items"][0]
    cut = _get(live_server, f"/api/v1/stories/{first['id']}", max_articles=1).json()
    assert cut["article_total"] == 2 and len(cut["articles"]) == 1
    shown = cut["articles"][0]["id"]
    assert all(c["article_id"] == shown for g in cut["claim_groups"] for c in g["claims"])
    corroborated = [g for g in cut["claim_groups"] if g["grade"] == "corroborated"]
    assert any(g["hidden_claims"] >= 1 for g in corroborated)  # the other side, counted

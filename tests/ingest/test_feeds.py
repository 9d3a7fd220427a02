"""Feeds and pages served over real HTTP on 127.0.0.1."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import cast

import pytest

from parallax.ingest.fetch import Fetcher, FetchError, FetchPolicy
from parallax.ingest.sources import iter_sources
from parallax.model import IngestError, SourceItem
from parallax.pipeline import default_pipeline

BODY = (
    "Amnesty International zegt dat clustermunitie is gebruikt in woonwijken van de stad. "
    "De organisatie analyseerde beelden en identificeerde de munitie, meldt de rechtengroep. "
)


def _page(title: str) -> bytes:
    paragraphs = "".join(f"<p>{BODY} Alinea {i}.</p>" for i in range(6))
    return (
        f"<html><head><title>{title}</title><meta property='article:published_time' "
        f"content='2020-10-06T10:00:00Z'></head><body><nav>Home | World</nav><article>"
        f"<h1>{title}</h1>{paragraphs}</article><footer>Lees meer</footer></body></html>"
    ).encode()


def _feed(base: str) -> bytes:
    items = "".join(
        f"<item><title>{name}</title><link>{base}/{path}</link>"
        f"<pubDate>Tue, 06 Oct 2020 08:00:00 GMT</pubDate>"
        f"<description>Korte samenvatting van {name}.</description></item>"
        for name, path in [("Eerste", "page/1"), ("Tweede", "error"), ("Derde", "slow")]
    )
    return (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Test</title>"
        f"<link>{base}/</link>{items}</channel></rss>"
    ).encode()


class Handler(BaseHTTPRequestHandler):
    hits: dict[str, int] = {}

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        Handler.hits[self.path] = Handler.hits.get(self.path, 0) + 1
        port = cast(tuple[str, int], self.server.server_address)[1]
        base = f"http://127.0.0.1:{port}"
        if self.path == "/feed.xml":
            self._send(200, _feed(base), "application/rss+xml")
        elif self.path.startswith("/page/"):
            self._send(200, _page("Pagina " + self.path[-1]), "text/html; charset=utf-8")
        elif self.path == "/error":
            self._send(500, b"boom", "text/plain")
        elif self.path == "/flaky" and Handler.hits[self.path] < 2:
            self._send(503, b"busy", "text/plain")
        elif self.path == "/flaky":
            self._send(200, _page("Flaky"), "text/html")
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, _page("Slow"), "text/html")
        elif self.path == "/redirect-loop":
            self.send_response(302)
            self.send_header("Location", "/redirect-loop")
            self.end_headers()
        elif self.path == "/garbage":
            self._send(200, b"<rss><channel><item>\x00\x01 garbage", "application/rss+xml")
        elif self.path == "/big":
            self._send(200, b"x" * 200_000, "text/html")
        else:
            self._send(404, b"nope", "text/plain")

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)


@pytest.fixture
def server() -> Iterator[str]:
    Handler.hits = {}
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _fetcher(timeout: float = 0.5) -> Fetcher:
    return Fetcher(FetchPolicy(timeout=timeout, retries=1, backoff=0.05, max_bytes=100_000))


def test_feed_items_fetch_their_pages_and_failures_are_per_item(server: str) -> None:
    with _fetcher() as fetcher:
        items = list(iter_sources([f"{server}/feed.xml"], fetcher))
        results = list(default_pipeline().stream(items))
    first, second, third = results
    assert not isinstance(first, IngestError)
    assert first.title == "Eerste"
    assert "Amnesty International zegt" in first.text
    assert first.published is not None and first.published.startswith("2020-10-06")
    assert first.outlet == "127.0.0.1"
    # a failed fetch keeps the summary, flagged, with the reason
    assert not isinstance(second, IngestError)
    assert "teaser" in second.flags
    assert any(f.startswith("fetch-failed: HTTP 500") for f in second.flags)
    assert not isinstance(third, IngestError)
    assert any("timed out" in f for f in third.flags)
    assert Handler.hits["/error"] == 2  # retried once


def test_retry_with_backoff_recovers(server: str) -> None:
    with _fetcher() as fetcher:
        page = fetcher.get(f"{server}/flaky")
    assert b"Flaky" in page.content


@pytest.mark.parametrize(
    ("path", "reason"),
    [("/redirect-loop", "redirects"), ("/big", "too large"), ("/missing", "HTTP 404")],
)
def test_fetch_failures_have_clear_reasons(server: str, path: str, reason: str) -> None:
    with _fetcher() as fetcher, pytest.raises(FetchError, match=reason):
        fetcher.get(server + path)


def test_url_failures_become_ingest_errors(server: str) -> None:
    with _fetcher() as fetcher:
        results = list(iter_sources([f"{server}/error", f"{server}/garbage"], fetcher))
    assert isinstance(results[0], IngestError) and "HTTP 500" in results[0].reason
    assert isinstance(results[1], IngestError) and "not a valid RSS/Atom feed" in results[1].reason


def test_user_agent_is_sent(server: str) -> None:
    with _fetcher() as fetcher:
        items = list(iter_sources([f"{server}/page/1"], fetcher))
    assert isinstance(items[0], SourceItem)
    assert "Parallax" in fetcher.client.headers["User-Agent"]

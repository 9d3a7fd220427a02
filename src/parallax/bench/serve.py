"""``parallax bench serve``: page and API timings over a store of N articles.

A synthetic corpus (the bundled articles, varied) is ingested and linked into a
temporary SQLite store, served by uvicorn on 127.0.0.1, and each page is requested
repeatedly over real HTTP. Server time comes from the app's ``Server-Timing`` header
(handler and rendering, without the network); the client time includes HTTP.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from parallax.assess.runner import update_corpus
from parallax.bench.ingest import synthetic_records
from parallax.embed.cache import CachedEncoder, MemoryCache
from parallax.embed.encoder import default_encoder
from parallax.ingest.run import ingest
from parallax.report.story_list import StoryFilter, story_page
from parallax.store.repository import Store
from parallax.web.app import create_app
from parallax.web.server import serve_in_thread


@dataclass
class PageTiming:
    path: str
    server_ms_median: float
    server_ms_p95: float
    client_ms_median: float
    bytes: int


@dataclass
class ServeBench:
    articles: int
    stories: int
    build_seconds: float
    pages: list[PageTiming] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, "stories": self.stories,
                "build_seconds": round(self.build_seconds, 1),
                "pages": [p.__dict__ for p in self.pages]}

    def summary(self) -> str:
        lines = [f"serve bench: {self.articles} articles, {self.stories} stories "
                 f"(store built in {self.build_seconds:.0f} s)"]
        for p in self.pages:
            lines.append(f"  {p.path:<48} server {p.server_ms_median:6.1f} ms median, "
                         f"{p.server_ms_p95:6.1f} ms p95; client {p.client_ms_median:6.1f} ms; "
                         f"{p.bytes / 1024:.0f} KiB")
        return "\n".join(lines)


def _server_ms(response: httpx.Response) -> float:
    timing = response.headers.get("server-timing", "app;dur=0")
    return float(timing.split("dur=")[1])


def _time(client: httpx.Client, base: str, path: str, repeat: int) -> PageTiming:
    server, client_ms, size = [], [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(base + path)
        client_ms.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
        server.append(_server_ms(response))
        size = len(response.content)
    ordered = sorted(server)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return PageTiming(path, round(statistics.median(server), 1), round(p95, 1),
                      round(statistics.median(client_ms), 1), size)


def bench_serve(corpus: Path, n: int, repeat: int = 20) -> ServeBench:
    encoder = CachedEncoder(default_encoder(), MemoryCache())
    with tempfile.TemporaryDirectory(prefix="parallax-bench-serve-") as tmp:
        source = Path(tmp) / "corpus.jsonl"
        source.write_text("".join(json.dumps(r) + "\n"
                                  for r in synthetic_records(corpus, n, "text")), "utf-8")
        store = Store(f"sqlite:///{tmp}/serve.db")
        started = time.perf_counter()
        ingest([str(source)], store)
        update_corpus(store, encoder)
        build = time.perf_counter() - started
        everything = story_page(store, StoryFilter(), limit=1)
        biggest = everything.stories[0]
        article_id = biggest["article_ids"][0]
        paths = ["/", "/?grade=conflicting", "/?q=Karabach&language=nl", "/?offset=500",
                 f"/stories/{biggest['id']}", f"/articles/{article_id}",
                 "/api/v1/stories?limit=50", f"/api/v1/stories/{biggest['id']}",
                 "/api/v1/search?q=Amnesty"]
        result = ServeBench(n, everything.total, build)
        with serve_in_thread(create_app(store)) as base, httpx.Client(timeout=60) as client:
            for path in paths:
                client.get(base + path)  # warm caches outside the timing
                result.pages.append(_time(client, base, path, repeat))
        store.close()
    return result

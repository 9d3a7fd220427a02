"""The per-article pipeline on a real Dask LocalCluster (worker processes)."""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from distributed import Client
from sqlalchemy import func, select

from parallax.assess.runner import update_corpus
from parallax.codec import claim_row
from parallax.distributed.cluster import ClusterSpecError, open_cluster
from parallax.distributed.run import cluster_analyze, cluster_ingest
from parallax.distributed.tasks import worker_pid
from parallax.ingest.run import ingest
from parallax.store.corpus_repo import story_partition
from parallax.store.repository import Store
from parallax.store.tables import articles, inputs, sentences
from tests.conftest import CORPUS, store_url
from tests.conftest_corpus import encoder


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with open_cluster("local:2") as c:
        assert len(c.scheduler_info()["workers"]) == 2
        yield c


def _snapshot(store: Store) -> dict[str, Any]:
    out = {}
    for row in store.list_articles():
        a = store.get_article(row["id"])
        assert a is not None
        out[a.id] = (a.language, [claim_row(c) for c in a.claims], a.framing,
                     len(a.sentences))
    return out


def test_cluster_run_equals_single_process(client: Client, tmp_path: Path) -> None:
    targets = [str(CORPUS)]
    on_cluster = Store(store_url(tmp_path, "cluster"))
    report = cluster_ingest(targets, on_cluster.url, client)
    assert (report.stored, report.duplicates, len(report.errors)) == (65, 1, 0)
    alone = Store(store_url(tmp_path, "alone"))
    ingest(targets, alone)
    assert _snapshot(on_cluster) == _snapshot(alone)
    update_corpus(on_cluster, encoder())
    update_corpus(alone, encoder())
    assert story_partition(on_cluster) == story_partition(alone)
    # re-analysis on the cluster changes nothing when the code has not changed
    ids = [r["id"] for r in on_cluster.list_articles()]
    assert cluster_analyze(ids, on_cluster.url, client) == 65
    assert _snapshot(on_cluster) == _snapshot(alone)


def _write_records(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            text = (f"Bericht {i}\n\n" + f"De gemeenteraad van stad {i} heeft dinsdag de "
                    f"begroting goedgekeurd na een debat over {i} voorstellen. " * 8)
            out.write(json.dumps({"text": text, "url": f"https://example.org/{i}"}) + "\n")


def _count(store: Store, table: Any) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)


def test_a_killed_worker_loses_nothing(client: Client, tmp_path: Path) -> None:
    n = 600
    corpus = tmp_path / "many.jsonl"
    _write_records(corpus, n)
    store = Store(store_url(tmp_path, "killed"))
    pids = client.run(worker_pid)
    with ThreadPoolExecutor(1) as pool:
        run = pool.submit(cluster_ingest, [str(corpus)], store.url, client)
        deadline = time.monotonic() + 120
        while _count(store, articles) < 40 and time.monotonic() < deadline:
            time.sleep(0.05)
        victim = sorted(pids.values())[0]
        os.kill(victim, signal.SIGKILL)
        at_kill = _count(store, articles)
        # the scheduler may give up on a task that was on the dead worker: re-run below
        with contextlib.suppress(Exception):
            run.result(timeout=600)
    assert 0 < at_kill < n, "the kill must land mid-run"
    rerun = cluster_ingest([str(corpus)], store.url, client)
    assert not rerun.errors
    assert _count(store, articles) == n and _count(store, inputs) == n
    with store.engine.connect() as conn:
        orphans = conn.execute(select(func.count()).select_from(articles).where(
            ~articles.c.id.in_(select(sentences.c.article_id)))).scalar()
    assert orphans == 0
    assert victim not in client.run(worker_pid).values()  # the nanny started a new one


@pytest.fixture
def pages(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    site = tmp_path / "site"
    site.mkdir()
    for i in range(3):
        (site / f"a{i}.html").write_text(
            f"<html><head><title>Dam report {i}</title></head><body><article><h1>Dam "
            f"report {i}</h1><p>The water board said on Monday that {10 + i} villages "
            f"near the dam were evacuated after heavy rain. Engineers said the wall "
            f"held.</p><p>Officials said {200 + i} people spent the night in schools "
            f"and sports halls, and that roads {i} to {i + 3} stayed closed.</p>"
            f"</article></body></html>", encoding="utf-8")
    handler = lambda *a: http.server.SimpleHTTPRequestHandler(  # noqa: E731
        *a, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", tmp_path
    httpd.shutdown()


def _gdelt_export(folder: Path, base: str) -> Path:
    """A GDELT 2.0 events export: 61 tab-separated columns, SOURCEURL last."""
    rows = []
    for i, name in enumerate(["a0.html", "a1.html", "a2.html", "a1.html", "missing.html"]):
        columns = [str(1000 + i), "20261124", "202611", "2026", "2026.9"] + [""] * 55
        columns.append(f"{base}/{name}")
        rows.append("\t".join(columns))
    path = folder / "20261124120000.export.CSV"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_gdelt_export_fetched_on_the_cluster(client: Client,
                                            pages: tuple[str, Path]) -> None:
    base, folder = pages
    export = _gdelt_export(folder, base)
    store = Store(store_url(folder, "gdelt"))
    report = cluster_ingest([str(export)], store.url, client)
    assert report.stored == 3
    assert [e.source for e in report.errors] == [f"{base}/missing.html"]
    titles = sorted(r["title"] for r in store.list_articles())
    assert titles == ["Dam report 0", "Dam report 1", "Dam report 2"]
    # the same export without a cluster: the same articles, nothing new
    again = ingest([str(export)], store)
    assert again.stored == 0 and again.already_done == 3


def test_bad_cluster_spec() -> None:
    with pytest.raises(ClusterSpecError), open_cluster("local:zero"):
        pass
    with pytest.raises(ClusterSpecError), open_cluster("somewhere"):
        pass

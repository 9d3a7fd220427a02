"""Client side of a cluster run: stream the work to the workers in bounded batches.

Inputs are read lazily (``iter_work``); at most ``window`` batches are in flight, so the
client's memory does not grow with the corpus. File contents travel with their batch;
URLs (and the URLs of GDELT exports) are fetched by the workers. Results come back as
small counts. The corpus stages then run on the client, incrementally, as usual.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from distributed import Client, as_completed

from parallax.distributed.tasks import BatchResult, analyze_batch, fetch_batch, ingest_batch
from parallax.ingest.run import IngestReport
from parallax.ingest.sources import FetchTask, Item, iter_work
from parallax.model import IngestError, IngestWarning

ITEM_BATCH = 32  # documents per task
URL_BATCH = 8  # URLs per task (each is a network fetch)


def _batches(targets: Iterable[str]) -> Iterator[tuple[str, list[Any]]]:
    items: list[Item] = []
    urls: list[str] = []
    for work in iter_work(targets):
        if isinstance(work, FetchTask):
            urls.append(work.url)
            if len(urls) >= URL_BATCH:
                yield "fetch", urls
                urls = []
        else:
            items.append(work)
            if len(items) >= ITEM_BATCH:
                yield "items", items
                items = []
    if items:
        yield "items", items
    if urls:
        yield "fetch", urls


def _window(client: Client) -> int:
    workers = len(client.scheduler_info().get("workers", {})) or 1
    return 2 * workers


def _merge(report: IngestReport, result: BatchResult) -> None:
    report.stored += result.stored
    report.duplicates += result.duplicates
    report.already_done += result.already_done
    report.errors += [IngestError(source, reason) for source, reason in result.errors]
    report.warnings += [IngestWarning(s, a, r) for s, a, r in result.warnings]


def cluster_ingest(targets: Iterable[str], db_url: str, client: Client,
                   on_batch: Callable[[BatchResult], None] | None = None) -> IngestReport:
    report = IngestReport()
    batches = _batches(targets)
    window = _window(client)
    pending = as_completed()

    def submit_next() -> bool:
        batch = next(batches, None)
        if batch is None:
            return False
        kind, payload = batch
        task = fetch_batch if kind == "fetch" else ingest_batch
        pending.add(client.submit(task, payload, db_url, pure=False))
        return True

    for _ in range(window):
        if not submit_next():
            break
    for future in pending:
        result: BatchResult = future.result()
        _merge(report, result)
        if on_batch is not None:
            on_batch(result)
        future.release()
        submit_next()
    return report


def cluster_analyze(article_ids: list[str], db_url: str, client: Client,
                    batch: int = 64) -> int:
    """Extraction and framing again over stored articles, on the cluster."""
    futures = [client.submit(analyze_batch, article_ids[i:i + batch], db_url, pure=False)
               for i in range(0, len(article_ids), batch)]
    return sum(f.result() for f in as_completed(futures))

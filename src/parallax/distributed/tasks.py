"""What runs on a worker: a batch of inputs through the pipeline into the store.

Every task is idempotent: the store's input log skips inputs already done, and articles
are inserted with ON CONFLICT DO NOTHING, so a task that a dead worker left half done can
run again anywhere. Each worker process keeps one store (engine) per database URL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from parallax.ingest.run import IngestReport, ingest_items
from parallax.ingest.sources import iter_sources
from parallax.model import IngestError, SourceItem
from parallax.store.repository import Store

_STORES: dict[str, Store] = {}


def _store(url: str) -> Store:
    if url not in _STORES:
        from parallax.runtime import single_threaded_blas

        single_threaded_blas()
        _STORES[url] = Store(url)
    return _STORES[url]


@dataclass
class BatchResult:
    """A batch's outcome, small enough to send back to the client."""

    stored: int = 0
    duplicates: int = 0
    already_done: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str, str]] = field(default_factory=list)

    @classmethod
    def of(cls, report: IngestReport) -> BatchResult:
        return cls(report.stored, report.duplicates, report.already_done,
                   [(e.source, e.reason) for e in report.errors],
                   [(w.source, w.article_id, w.reason) for w in report.warnings])


def ingest_batch(items: list[SourceItem | IngestError], db_url: str) -> BatchResult:
    """Source items read by the client (file contents, JSONL records …)."""
    return BatchResult.of(ingest_items(items, _store(db_url)))


def fetch_batch(urls: list[str], db_url: str) -> BatchResult:
    """URLs (pages or feeds, e.g. from a GDELT export) fetched here, on the worker, with
    the fetcher's limits."""
    return BatchResult.of(ingest_items(iter_sources(urls), _store(db_url)))


def analyze_batch(article_ids: list[str], db_url: str) -> int:
    """Extraction and framing again over stored articles (after an upgrade)."""
    from parallax.extract.claims import reextract

    store = _store(db_url)
    done = 0
    for article_id in article_ids:
        article = store.get_article(article_id)
        if article is not None:
            store.replace_analysis(reextract(article))
            done += 1
    return done


def worker_pid() -> Any:
    import os

    return os.getpid()

"""Ingest as a library call: sources → pipeline → store, a small batch of inputs at a time.

Each input is looked up in the store's input log first, so a re-run after a crash skips
what is done and finishes the rest. A batch's articles and log rows are written in one
transaction: a crash loses at most the batch in hand, which the re-run does again.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from parallax.ingest.fetch import Fetcher
from parallax.ingest.sources import iter_sources
from parallax.model import Article, IngestError, IngestWarning, SourceItem
from parallax.pipeline import Pipeline, default_pipeline
from parallax.runtime import settle_gc
from parallax.store.repository import Outcome, Store, input_key

BATCH = 32  # inputs a transaction: a larger one saves little and is redone after a crash

WARNING_FLAGS = (
    "paywall-stub",
    "teaser",
    "fetch-failed",
    "unsupported-language",
    "language-unknown",
    "language-hint-mismatch",
)


@dataclass
class IngestReport:
    stored: int = 0
    duplicates: int = 0
    already_done: int = 0
    errors: list[IngestError] = field(default_factory=list)
    warnings: list[IngestWarning] = field(default_factory=list)

    @property
    def readable(self) -> int:
        return self.stored + self.duplicates + self.already_done


def warning_reason(article: Article) -> str | None:
    notes = [f for f in article.flags if f.startswith(WARNING_FLAGS)]
    return "; ".join(notes) or None


def ingest(
    targets: Iterable[str],
    store: Store,
    pipeline: Pipeline | None = None,
    fetcher: Fetcher | None = None,
    on_result: Callable[[Article | IngestError], None] | None = None,
) -> IngestReport:
    return ingest_items(iter_sources(targets, fetcher), store, pipeline, on_result)


def ingest_items(
    items: Iterable[SourceItem | IngestError],
    store: Store,
    pipeline: Pipeline | None = None,
    on_result: Callable[[Article | IngestError], None] | None = None,
) -> IngestReport:
    """Take source items (from ``iter_sources``, a web request …) through the pipeline
    into the store; an input already done is skipped, a failed one logged. Items go a
    batch at a time (``BATCH``): one look-up of what is done, one transaction to write."""
    pipeline = pipeline or default_pipeline()
    report = IngestReport()
    stream = iter(items)
    while batch := list(itertools.islice(stream, BATCH)):
        _ingest_batch(batch, store, pipeline, report, on_result)
        settle_gc()  # after the first batch: the models and lexicons are loaded
    return report


def _ingest_batch(
    batch: list[SourceItem | IngestError], store: Store, pipeline: Pipeline,
    report: IngestReport, on_result: Callable[[Article | IngestError], None] | None,
) -> None:
    keys = [input_key(item.source, b"" if isinstance(item, IngestError) else item.content)
            for item in batch]
    done = store.done_keys([k for k, item in zip(keys, batch, strict=True)
                            if not isinstance(item, IngestError)])
    outcomes: list[Outcome] = []
    results: list[Article | IngestError] = []
    for key, item in zip(keys, batch, strict=True):
        if isinstance(item, IngestError):
            result: Article | IngestError = item
        elif key in done:
            report.already_done += 1
            continue
        else:
            done.add(key)  # the same input again in this batch is done too
            result = pipeline.process(item)
        if isinstance(result, IngestError):
            outcomes.append(Outcome(key, result.source, None, "error", result.reason))
        else:
            reason = warning_reason(result)
            outcomes.append(Outcome(key, result.source, result,
                                    "warning" if reason else "ok", reason))
        results.append(result)
    created = store.save_batch(outcomes)
    for result, outcome, new in zip(results, outcomes, created, strict=True):
        if isinstance(result, IngestError):
            report.errors.append(result)
        else:
            if new:
                report.stored += 1
            else:
                report.duplicates += 1
            if outcome.reason:
                report.warnings.append(IngestWarning(result.source, result.id, outcome.reason))
        if on_result is not None:
            on_result(result)

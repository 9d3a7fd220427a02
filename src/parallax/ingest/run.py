"""Ingest as a library call: sources → pipeline → store, one input at a time.

Each input is looked up in the store's input log first, so a re-run after a crash skips
what is done and finishes the rest; each article is saved in its own transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from parallax.ingest.fetch import Fetcher
from parallax.ingest.sources import iter_sources
from parallax.model import Article, IngestError, IngestWarning, SourceItem
from parallax.pipeline import Pipeline, default_pipeline
from parallax.store.repository import Store, input_key

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
    into the store; an input already done is skipped, a failed one logged."""
    pipeline = pipeline or default_pipeline()
    report = IngestReport()
    for item in items:
        if isinstance(item, IngestError):
            store.record_error(input_key(item.source, b""), item.source, item.reason)
            report.errors.append(item)
            result: Article | IngestError = item
        else:
            key = input_key(item.source, item.content)
            if store.is_done(key):
                report.already_done += 1
                continue
            result = pipeline.process(item)
            if isinstance(result, IngestError):
                store.record_error(key, result.source, result.reason)
                report.errors.append(result)
            else:
                reason = warning_reason(result)
                created = store.save(result, key, "warning" if reason else "ok", reason)
                if created:
                    report.stored += 1
                else:
                    report.duplicates += 1
                if reason:
                    report.warnings.append(IngestWarning(result.source, result.id, reason))
        if on_result is not None:
            on_result(result)
    return report

"""Reading the articles a gold file names (``file`` beside it, or ``article_id`` in the
``articles.jsonl`` beside it) and running them through the pipeline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from parallax.ingest.sources import iter_sources, record_item
from parallax.model import Article, IngestError
from parallax.pipeline import Pipeline, default_pipeline


def gold_articles(
    folder: Path, keys: set[str], pipeline: Pipeline | None = None, use_hints: bool = False
) -> dict[str, Article]:
    """Articles by gold key. The records' own ``language`` is dropped unless
    ``use_hints``: detection is part of what is evaluated."""
    pipeline = pipeline or default_pipeline()
    records: dict[str, dict[str, Any]] = {}
    jsonl = folder / "articles.jsonl"
    if jsonl.exists():
        for line in jsonl.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            records[record["id"]] = record
    out: dict[str, Article] = {}
    for key in sorted(keys):
        if key in records:
            record = dict(records[key])
            if not use_hints:
                record.pop("language", None)
            items = [record_item(record, key)]
        else:
            items = list(iter_sources([str(folder / key)]))
        for item in items:
            result = item if isinstance(item, IngestError) else pipeline.process(item)
            if isinstance(result, Article):
                out[key] = result
    return out

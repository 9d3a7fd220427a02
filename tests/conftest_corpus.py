"""Helpers for tests over the bundled dev corpus (real articles)."""

from __future__ import annotations

import json
from functools import lru_cache

from parallax.embed.cache import CachedEncoder, MemoryCache
from parallax.embed.encoder import Encoder, default_encoder
from parallax.ingest.sources import record_item
from parallax.model import Article, SourceItem
from parallax.pipeline import default_pipeline
from tests.conftest import CORPUS


@lru_cache(maxsize=1)
def encoder() -> Encoder:
    return CachedEncoder(default_encoder(), MemoryCache())


@lru_cache(maxsize=1)
def dev_articles() -> dict[str, Article]:
    pipeline = default_pipeline()
    out = {}
    for line in (CORPUS / "dev" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        item = record_item(record, record["id"])
        assert isinstance(item, SourceItem)
        article = pipeline.process(item)
        assert isinstance(article, Article)
        out[record["id"]] = article
    return out


def claim_index(article: Article, fragment: str) -> int:
    for index, claim in enumerate(article.claims):
        if fragment in article.text[claim.start : claim.end]:
            return index
    raise AssertionError(f"no claim with {fragment!r} in {article.id}")

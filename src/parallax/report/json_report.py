"""The JSON report: what the store holds, as data other tools can read.

This first version lists articles with their sentences, flags and removed chrome, and the
ingest log's errors; stories and claim groups join it as those stages land.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from parallax import __version__
from parallax.codec import claim_to_dict
from parallax.model import Article
from parallax.report.story_view import story_view
from parallax.store.corpus_repo import list_stories
from parallax.store.repository import Store

REPORT_VERSION = "0.2"


def article_json(article: Article, with_text: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": article.id,
        "source": article.source,
        "url": article.url,
        "outlet": article.outlet,
        "language": article.language,
        "title": article.title,
        "author": article.author,
        "published": article.published,
        "published_origin": article.published_origin,
        "raw_length": article.raw_length,
        "flags": list(article.flags),
        "removed": [{"rule": r.rule, "text": r.text} for r in article.removed],
    }
    data["claims"] = [claim_to_dict(c, article.text) for c in article.claims]
    if with_text:
        data["text"] = article.text
        data["sentences"] = [
            {"start": s.start, "end": s.end, "language": s.language,
             "text": s.text_of(article.text)}
            for s in article.sentences
        ]
    return data


def build_report(store: Store) -> dict[str, Any]:
    articles = []
    for row in store.list_articles():
        article = store.get_article(row["id"])
        if article is not None:
            articles.append(article_json(article, with_text=True))
    # the stories most outlets report first
    ordered = sorted(list_stories(store), key=lambda s: (-len(s["article_ids"]), s["id"]))
    views = [story_view(store, s["id"]) for s in ordered]
    return {
        "report_version": REPORT_VERSION,
        "generator": f"parallax {__version__}",
        "stories": [v for v in views if v is not None],
        "articles": articles,
        "ingest_errors": [
            {"source": r.source, "reason": r.reason} for r in store.input_log("error")
        ],
    }


def write_json_report(data: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)

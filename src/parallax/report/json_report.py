"""The JSON report: what the store holds, as data other tools can read.

Stories (with their claim groups), articles (with sentences, claims, framing spans, the
share of loaded words, flags and removed chrome), per-outlet framing figures, and the
ingest log's errors.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from parallax import __version__
from parallax.codec import claim_to_dict
from parallax.framing.component import UNSOURCED_FIGURE, loaded_share
from parallax.model import Article
from parallax.report.story_view import story_view
from parallax.store.corpus_repo import list_stories
from parallax.store.repository import Store

REPORT_VERSION = "0.4"


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
    data["framing"] = [
        {"start": f.start, "end": f.end, "technique": f.technique,
         "confidence": f.confidence, "text": article.text[f.start:f.end]}
        for f in article.framing
    ]
    data["loaded_share"] = round(loaded_share(article), 4)
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
        "outlets": outlet_framing(articles),
        "ingest_errors": [
            {"source": r.source, "reason": r.reason} for r in store.input_log("error")
        ],
    }


def outlet_framing(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per outlet: articles, mean share of loaded words, and figures given without source."""
    by_outlet: dict[str, list[dict[str, Any]]] = {}
    for a in articles:
        by_outlet.setdefault(a["outlet"] or "(unknown)", []).append(a)
    rows = []
    for outlet, items in sorted(by_outlet.items()):
        rows.append({
            "outlet": outlet, "articles": len(items),
            "loaded_share": round(sum(a["loaded_share"] for a in items) / len(items), 4),
            "unsourced_figures": sum(
                1 for a in items for f in a["framing"] if f["technique"] == UNSOURCED_FIGURE),
        })
    return rows


def write_json_report(data: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)

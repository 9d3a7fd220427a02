"""The HTML report: one self-contained page (no external assets, no script), safe to
mail. It renders the web UI's templates (``web/templates``) with in-page anchors instead
of server links and the stylesheet inlined, so it shows the same views: the story list
with grade bars, each story's timeline, citations and claim matrix, each article with its
highlights. Autoescaping is on: article text is hostile.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from parallax.report.article_view import article_view
from parallax.report.story_matrix import story_matrix
from parallax.store.repository import Store


def render_report(store: Store, data: dict[str, Any]) -> str:
    from parallax.web.render import anchor_link, render

    summaries = []
    matrices = []
    for view in data["stories"]:
        m = story_matrix(view)
        matrices.append(m)
        summaries.append({
            "id": view["id"], "label": view["label"],
            "first_published": view["first_published"],
            "last_published": view["last_published"],
            "article_count": len(view["articles"]),
            "languages": sorted({a["language"] or "?" for a in view["articles"]}),
            "outlets": sorted({a["label"] for a in view["articles"]}),
            "grades": m["grades"],
        })
    articles = []
    for a in data["articles"]:
        article = store.get_article(a["id"])
        if article is not None:
            articles.append(article_view(article))
    return render("report.html", link=anchor_link, standalone=True, summaries=summaries,
                  stories=matrices, articles=articles, errors=data["ingest_errors"],
                  generator=data["generator"])


def write_html_report(store: Store, data: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(render_report(store, data), encoding="utf-8")
    tmp.replace(path)

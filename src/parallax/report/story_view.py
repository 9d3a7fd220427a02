"""One story as data: its articles and its claim groups with every member claim.

Shared by ``parallax story --json``, the JSON and HTML reports, the web UI and the API.
A story that hundreds of outlets carry can be cut to ``max_articles`` columns: one
article per outlet first (earliest first), then the rest; the claims of articles left out
are counted per group (``hidden_claims``), and every group keeps its grade and reasons.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from parallax.codec import claim_to_dict
from parallax.model import Article, outlet_label
from parallax.store.corpus_repo import get_groups
from parallax.store.repository import Store
from parallax.store.tables import articles, stories


def _shown(rows: Sequence[Any], limit: int | None) -> list[str]:
    """Article ids to show: all, or one per outlet first, then by date, up to ``limit``."""
    ids = [r.id for r in rows]
    if limit is None or len(ids) <= limit:
        return ids
    seen: set[str] = set()
    first: list[str] = []
    rest: list[str] = []
    for r in rows:
        key = r.outlet or r.id
        (rest if key in seen else first).append(r.id)
        seen.add(key)
    chosen = set((first + rest)[:limit])
    return [i for i in ids if i in chosen]


def story_view(store: Store, story_id: str,
               max_articles: int | None = None) -> dict[str, Any] | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(stories).where(stories.c.id == story_id)).first()
        if row is None:
            return None
        member_rows = conn.execute(
            select(articles.c.id, articles.c.outlet).where(articles.c.story_id == story_id)
            .order_by(articles.c.published, articles.c.id)).all()
    members: dict[str, Article] = {}
    for article_id in _shown(member_rows, max_articles):
        article = store.get_article(article_id)
        if article is not None:
            members[article_id] = article
    groups = []
    for g in get_groups(store, story_id):
        claims, hidden = [], 0
        for ref in g.members:
            article = members.get(ref.article_id)
            if article is None or ref.index >= len(article.claims):
                hidden += 1
                continue
            claim = claim_to_dict(article.claims[ref.index], article.text)
            sentences = article.sentences
            n = claim["sentence"]
            claim.update({"article_id": article.id, "outlet": article.outlet,
                          "language": article.language, "index": ref.index,
                          "sentence_text": sentences[n].text_of(article.text)
                          if n < len(sentences) else claim["text"]})
            claims.append(claim)
        groups.append({"id": g.id, "grade": g.grade, "reasons": list(g.reasons),
                       "sources": list(g.sources), "claims": claims, "hidden_claims": hidden})
    return {
        "id": row.id, "label": row.label, "first_published": row.first_published,
        "last_published": row.last_published, "article_total": len(member_rows),
        "articles": [
            {"id": a.id, "outlet": a.outlet, "label": outlet_label(a), "language": a.language,
             "title": a.title,
             "published": a.published, "source": a.source,
             "cites": sorted({c.attribution.speaker for c in a.claims
                              if c.attribution.speaker})}
            for a in members.values()
        ],
        "claim_groups": groups,
    }

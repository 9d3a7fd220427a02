"""One story as data: its articles and its claim groups with every member claim.

Shared by ``parallax story --json``, the JSON and HTML reports, the web UI and the API."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from parallax.codec import claim_to_dict
from parallax.model import Article, outlet_label
from parallax.store.corpus_repo import get_groups
from parallax.store.repository import Store
from parallax.store.tables import articles, stories


def story_view(store: Store, story_id: str) -> dict[str, Any] | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(stories).where(stories.c.id == story_id)).first()
        if row is None:
            return None
        ids = list(conn.execute(select(articles.c.id).where(articles.c.story_id == story_id)
                                .order_by(articles.c.published, articles.c.id)).scalars())
    members: dict[str, Article] = {}
    for article_id in ids:
        article = store.get_article(article_id)
        if article is not None:
            members[article_id] = article
    groups = []
    for g in get_groups(store, story_id):
        claims = []
        for ref in g.members:
            article = members.get(ref.article_id)
            if article is None or ref.index >= len(article.claims):
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
                       "sources": list(g.sources), "claims": claims})
    return {
        "id": row.id, "label": row.label, "first_published": row.first_published,
        "last_published": row.last_published,
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

"""The store's side of the corpus stages: link features, stories, claim groups and the
embedding cache. Kept apart from ``repository.py`` (articles and ingest)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import numpy as np
from sqlalchemy import bindparam, delete, func, select, update

from parallax.embed.encoder import Vectors
from parallax.link.features import LinkFeatures
from parallax.model import ClaimGroup, ClaimRef, Story, outlet_key, outlets_in_order
from parallax.store.repository import Store
from parallax.store.tables import articles, claim_groups, embeddings, link_features, stories


class StoreVectorCache:
    """The ``embeddings`` table as a vector cache (float32 bytes by text key)."""

    def __init__(self, store: Store):
        self.store = store

    def get_many(self, keys: list[str]) -> dict[str, Vectors]:
        out: dict[str, Vectors] = {}
        with self.store.engine.connect() as conn:
            for start in range(0, len(keys), 500):
                rows = conn.execute(
                    select(embeddings).where(embeddings.c.key.in_(keys[start : start + 500]))
                )
                for row in rows:
                    out[row.key] = np.frombuffer(row.vector, dtype=np.float32)
        return out

    def known(self, keys: list[str]) -> set[str]:
        out: set[str] = set()
        with self.store.engine.connect() as conn:
            for start in range(0, len(keys), 500):
                out.update(conn.execute(select(embeddings.c.key).where(
                    embeddings.c.key.in_(keys[start : start + 500]))).scalars())
        return out

    def put_many(self, items: dict[str, Vectors]) -> None:
        if not items:
            return
        rows = [{"key": k, "vector": np.asarray(v, np.float32).tobytes()} for k, v in items.items()]
        with self.store.engine.begin() as conn:
            conn.execute(self.store._insert_ignore(embeddings, ["key"]), rows)


@dataclass(frozen=True)
class LinkedArticle:
    features: LinkFeatures
    story_id: str
    copy_group: str
    minhash: bytes


def load_linked(store: Store) -> list[LinkedArticle]:
    query = select(
        link_features.c.article_id, link_features.c.vector, link_features.c.entities,
        link_features.c.copy_group, link_features.c.minhash, articles.c.story_id,
        articles.c.published,
    ).join(articles, articles.c.id == link_features.c.article_id).where(
        articles.c.story_id.is_not(None)
    )
    out = []
    with store.engine.connect() as conn:
        for row in conn.execute(query):
            published = None
            if row.published:
                try:
                    published = date.fromisoformat(row.published[:10])
                except ValueError:
                    published = None
            features = LinkFeatures(row.article_id, np.frombuffer(row.vector, dtype=np.float32),
                                    frozenset(row.entities), published)
            out.append(LinkedArticle(features, row.story_id, row.copy_group, row.minhash))
    return out


def unlinked_ids(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        return list(conn.execute(
            select(articles.c.id).where(articles.c.story_id.is_(None)).order_by(articles.c.id)
        ).scalars())


@dataclass(frozen=True)
class Link:
    """Where linking put one article: its features, story, copy group and MinHash."""

    features: LinkFeatures
    story_id: str
    copy_group: str
    minhash: bytes


def save_links(store: Store, links: list[Link], encoder: str) -> None:
    """Write a batch of links in one transaction: a crash leaves those articles unlinked,
    and the next run links them again."""
    if not links:
        return
    with store.engine.begin() as conn:
        conn.execute(store._insert_ignore(link_features, ["article_id"]), [
            {"article_id": k.features.article_id, "encoder": encoder,
             "vector": np.asarray(k.features.vector, np.float32).tobytes(),
             "entities": sorted(k.features.entities), "copy_group": k.copy_group,
             "minhash": k.minhash}
            for k in links
        ])
        conn.execute(
            update(articles).where(articles.c.id == bindparam("linked_id"))
            .values(story_id=bindparam("linked_story")),
            [{"linked_id": k.features.article_id, "linked_story": k.story_id} for k in links],
        )


def save_story(store: Store, story: Story, groups: list[ClaimGroup]) -> None:
    """Replace the story's row and claim groups in one transaction."""
    row = {"id": story.id, "label": story.label, "first_published": story.first_published,
           "last_published": story.last_published, "article_count": len(story.article_ids),
           "updated_at": datetime.now(UTC)}
    with store.engine.begin() as conn:
        conn.execute(delete(claim_groups).where(claim_groups.c.story_id == story.id))
        conn.execute(delete(stories).where(stories.c.id == story.id))
        conn.execute(stories.insert().values(**row))
        if groups:
            conn.execute(claim_groups.insert(), [
                {"story_id": story.id, "idx": n, "grade": g.grade, "reasons": list(g.reasons),
                 "sources": list(g.sources),
                 "members": [[m.article_id, m.index] for m in g.members]}
                for n, g in enumerate(groups)
            ])


def story_partition(store: Store) -> set[frozenset[str]]:
    """The stored articles grouped by story: one set of article ids per story."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(articles.c.id, articles.c.story_id)).all()
    groups: dict[str | None, set[str]] = {}
    for article_id, story_id in rows:
        groups.setdefault(story_id, set()).add(article_id)
    return {frozenset(g) for g in groups.values()}


def list_stories(store: Store) -> list[dict[str, Any]]:
    """Stories with their articles' outlets and languages and claim groups by grade."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(stories).order_by(stories.c.first_published, stories.c.id))
        result = [dict(r._mapping) for r in rows]
        members = conn.execute(select(articles.c.story_id, articles.c.id, articles.c.outlet,
                                      articles.c.language, articles.c.source)
                               .where(articles.c.story_id.is_not(None)))
        grades = conn.execute(select(claim_groups.c.story_id, claim_groups.c.grade,
                                     func.count()).group_by(claim_groups.c.story_id,
                                                            claim_groups.c.grade))
        by_story: dict[str, dict[str, Any]] = {
            r["id"]: {"articles": [], "outlets": set(), "languages": set(), "grades": {}}
            for r in result
        }
        for story_id, article_id, outlet, language, source in members:
            if story_id in by_story:
                by_story[story_id]["articles"].append(article_id)
                by_story[story_id]["outlets"].add(outlet_key(outlet, source, article_id))
                by_story[story_id]["languages"].add(language or "?")
        for story_id, grade, count in grades:
            if story_id in by_story:
                by_story[story_id]["grades"][grade] = count
    for r in result:
        extra = by_story[r["id"]]
        r["article_ids"] = sorted(extra["articles"])
        r["outlets"] = outlets_in_order(extra["outlets"])
        r["languages"] = sorted(extra["languages"])
        r["grades"] = extra["grades"]
    return result


def get_groups(store: Store, story_id: str) -> list[ClaimGroup]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(claim_groups).where(claim_groups.c.story_id == story_id)
                            .order_by(claim_groups.c.idx))
        return [
            ClaimGroup(f"{story_id}/g{r.idx + 1}", story_id,
                       tuple(ClaimRef(a, int(i)) for a, i in r.members), r.grade,
                       tuple(r.reasons), tuple(r.sources))
            for r in rows
        ]

"""Articles, claims and search over the store, filtered and paginated in SQL (for the API
and the web UI)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, Text, cast, func, or_, select

from parallax.report.story_list import _like
from parallax.store.repository import Store
from parallax.store.tables import articles, claims, stories

ARTICLE_COLUMNS = (articles.c.id, articles.c.source, articles.c.url, articles.c.outlet,
                   articles.c.language, articles.c.title, articles.c.published,
                   articles.c.story_id, articles.c.flags)


def _count(store: Store, query: Select[Any]) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(query.subquery())).scalar()
                   or 0)


def article_page(store: Store, language: str | None = None, outlet: str | None = None,
                 limit: int = 50, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    query = select(*ARTICLE_COLUMNS)
    if language:
        query = query.where(articles.c.language == language)
    if outlet:
        query = query.where(articles.c.outlet == outlet)
    total = _count(store, query)
    with store.engine.connect() as conn:
        rows = conn.execute(query.order_by(articles.c.published, articles.c.id)
                            .limit(limit).offset(offset)).all()
    return total, [dict(r._mapping) | {"flags": list(r.flags or [])} for r in rows]


def claim_page(store: Store, speaker: str | None = None, language: str | None = None,
               with_quantities: bool | None = None, limit: int = 50,
               offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """Claims across the store, each with its article id, outlet, language and text."""
    text = func.substr(articles.c.text, claims.c.start + 1, claims.c.end - claims.c.start)
    query = (select(claims.c.article_id, claims.c.idx, claims.c.start, claims.c.end,
                    claims.c.speaker, claims.c.speaker_role, claims.c.cue, claims.c.via,
                    claims.c.quantities, articles.c.outlet, articles.c.language,
                    text.label("text"))
             .join(articles, articles.c.id == claims.c.article_id))
    if speaker:
        query = query.where(func.lower(claims.c.speaker).like(_like(speaker), escape="\\"))
    if language:
        query = query.where(articles.c.language == language)
    if with_quantities is not None:
        empty = func.length(cast(claims.c.quantities, Text)) <= 2
        query = query.where(~empty if with_quantities else empty)
    total = _count(store, query)
    with store.engine.connect() as conn:
        rows = conn.execute(query.order_by(claims.c.article_id, claims.c.idx)
                            .limit(limit).offset(offset)).all()
    return total, [dict(r._mapping) | {"via": list(r.via or []),
                                       "quantities": list(r.quantities or [])} for r in rows]


def search(store: Store, q: str, limit: int = 20) -> dict[str, list[dict[str, Any]]]:
    """Stories whose label, and articles whose title or text, contain ``q``."""
    pattern = _like(q)
    with store.engine.connect() as conn:
        story_rows = conn.execute(
            select(stories.c.id, stories.c.label, stories.c.article_count)
            .where(func.lower(stories.c.label).like(pattern, escape="\\"))
            .order_by(stories.c.article_count.desc(), stories.c.id).limit(limit)).all()
        article_rows = conn.execute(
            select(*ARTICLE_COLUMNS)
            .where(or_(func.lower(articles.c.title).like(pattern, escape="\\"),
                       func.lower(articles.c.text).like(pattern, escape="\\")))
            .order_by(articles.c.published, articles.c.id).limit(limit)).all()
    return {"stories": [dict(r._mapping) for r in story_rows],
            "articles": [dict(r._mapping) | {"flags": list(r.flags or [])}
                         for r in article_rows]}

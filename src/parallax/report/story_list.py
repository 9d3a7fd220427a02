"""Stories as a filtered, paginated list: what the web UI's front page and the API show.

Filtering and paging happen in SQL, so a page costs the same with 50 or 50,000 stories;
only the page's stories are then filled in with outlets, languages and grade counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select

from parallax.model import outlet_key, outlets_in_order
from parallax.store.repository import Store
from parallax.store.tables import articles, claim_groups, stories

GRADES = ("corroborated", "single-source", "conflicting", "unattributed")


@dataclass(frozen=True)
class StoryFilter:
    q: str | None = None
    language: str | None = None
    outlet: str | None = None
    grade: str | None = None
    date_from: str | None = None  # ISO date: stories still running on or after it
    date_to: str | None = None  # ISO date: stories that started on or before it


@dataclass
class StoryPage:
    total: int
    limit: int
    offset: int
    stories: list[dict[str, Any]] = field(default_factory=list)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped.lower()}%"


def _filtered(query: Select[Any], f: StoryFilter) -> Select[Any]:
    member = articles.c.story_id == stories.c.id
    if f.language:
        query = query.where(exists().where(and_(member, articles.c.language == f.language)))
    if f.outlet:
        query = query.where(exists().where(and_(member, articles.c.outlet == f.outlet)))
    if f.grade:
        query = query.where(exists().where(and_(claim_groups.c.story_id == stories.c.id,
                                                claim_groups.c.grade == f.grade)))
    if f.date_from:
        query = query.where(stories.c.last_published >= f.date_from)
    if f.date_to:
        query = query.where(stories.c.first_published <= f.date_to + "\uffff")
    if f.q:
        pattern = _like(f.q)
        query = query.where(or_(
            func.lower(stories.c.label).like(pattern, escape="\\"),
            exists().where(and_(member, func.lower(articles.c.title).like(pattern, escape="\\"))),
        ))
    return query


def story_page(store: Store, f: StoryFilter, limit: int = 50, offset: int = 0) -> StoryPage:
    """Stories matching ``f``, most-reported first, with their outlets, languages and
    claim groups counted by grade."""
    ids_query = _filtered(select(stories.c.id), f)
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(ids_query.subquery())).scalar()
        rows = conn.execute(
            _filtered(select(stories), f)
            .order_by(stories.c.article_count.desc(), stories.c.id).limit(limit).offset(offset)
        ).all()
        page = [dict(r._mapping) for r in rows]
        ids = [r["id"] for r in page]
        members = conn.execute(
            select(articles.c.story_id, articles.c.id, articles.c.outlet, articles.c.language,
                   articles.c.source).where(articles.c.story_id.in_(ids))
        ).all() if ids else []
        grades = conn.execute(
            select(claim_groups.c.story_id, claim_groups.c.grade, func.count())
            .where(claim_groups.c.story_id.in_(ids))
            .group_by(claim_groups.c.story_id, claim_groups.c.grade)
        ).all() if ids else []
    extra: dict[str, dict[str, Any]] = {
        i: {"article_ids": [], "outlets": set(), "languages": set(),
            "grades": dict.fromkeys(GRADES, 0)} for i in ids
    }
    for story_id, article_id, outlet, language, source in members:
        extra[story_id]["article_ids"].append(article_id)
        extra[story_id]["outlets"].add(outlet_key(outlet, source, article_id))
        extra[story_id]["languages"].add(language or "?")
    for story_id, grade, count in grades:
        extra[story_id]["grades"][grade] = int(count)
    for story in page:
        e = extra[story["id"]]
        story.update(article_ids=sorted(e["article_ids"]),
                     outlets=outlets_in_order(e["outlets"]),
                     languages=sorted(e["languages"]), grades=e["grades"],
                     article_count=len(e["article_ids"]))
        story.pop("updated_at", None)
    return StoryPage(int(total or 0), limit, offset, page)


def facets(store: Store) -> dict[str, list[str]]:
    """The values the filters offer: languages and outlets present in stories."""
    with store.engine.connect() as conn:
        languages = conn.execute(select(articles.c.language).distinct()
                                 .where(articles.c.story_id.is_not(None))
                                 .order_by(articles.c.language)).scalars().all()
        outlets = conn.execute(select(articles.c.outlet).distinct()
                               .where(articles.c.story_id.is_not(None))
                               .order_by(articles.c.outlet)).scalars().all()
    return {"languages": [x for x in languages if x], "outlets": [x for x in outlets if x],
            "grades": list(GRADES)}

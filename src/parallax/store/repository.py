"""The store: saving and reading articles, and the log of what became of each input.

Every article is written in one transaction with its sentences and its input row, so a
crash leaves either all of it or none of it; inserts ignore rows that already exist, so a
re-run (or a second process) never duplicates anything.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, Insert, Table, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from parallax.codec import claim_from_row, claim_row
from parallax.model import Article, FramingSpan, Mention, Removal, Sentence
from parallax.store.db import make_engine, migrate
from parallax.store.tables import (
    articles,
    claims,
    framing_spans,
    inputs,
    mentions,
    sentences,
)

ARTICLE_BATCH = 200


def input_key(source: str, content: bytes | str) -> str:
    data = content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
    digest = hashlib.sha256(source.encode("utf-8", "surrogatepass") + b"\0" + data)
    return digest.hexdigest()


@dataclass(frozen=True)
class Outcome:
    """What became of one input, for the store to write: an article (``ok`` or
    ``warning``) or an error (no article, ``error`` and its reason)."""

    key: str
    source: str
    article: Article | None
    status: str
    reason: str | None


@dataclass(frozen=True)
class InputRecord:
    source: str
    status: str
    article_id: str | None
    reason: str | None


def _now() -> datetime:
    return datetime.now(UTC)


class Store:
    def __init__(self, url: str, engine: Engine | None = None):
        self.url = url
        self.engine = engine or make_engine(url)
        migrate(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    # -- writing ----------------------------------------------------------------------

    def _insert_ignore(self, table: Table, keys: list[str]) -> Insert:
        name = self.engine.dialect.name
        if name == "postgresql":
            return postgresql.insert(table).on_conflict_do_nothing(index_elements=keys)
        if name == "sqlite":
            return sqlite.insert(table).on_conflict_do_nothing(index_elements=keys)
        raise NotImplementedError(f"unsupported database dialect {name!r}")

    def _upsert_inputs(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        stmt: Any
        if self.engine.dialect.name == "postgresql":
            stmt = postgresql.insert(inputs)
        else:
            stmt = sqlite.insert(inputs)
        update = {k: stmt.excluded[k] for k in ("article_id", "status", "reason", "updated_at")}
        conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_=update), rows)

    def save_batch(self, outcomes: list[Outcome]) -> list[bool]:
        """Write a batch of inputs' outcomes in one transaction: each new article with its
        sentences, claims, mentions and framing spans, and every input's row in the log.
        A crash leaves all of the batch or none of it. Returns, per outcome, whether its
        article was new (an article already stored, or earlier in the batch, was not)."""
        if not outcomes:
            return []
        with self.engine.begin() as conn:
            rows = {o.article.id: _article_row(o.article) for o in reversed(outcomes)
                    if o.article is not None}  # reversed: the first of equal ids wins
            new_ids: set[str] = set()
            if rows:
                # RETURNING names the rows really inserted on every backend, also when a
                # second process stored the same article a moment before
                new_ids = set(conn.execute(
                    self._insert_ignore(articles, ["id"]).returning(articles.c.id),
                    list(reversed(rows.values())),
                ).scalars())
            created = []
            for o in outcomes:
                is_new = o.article is not None and o.article.id in new_ids
                if o.article is not None:
                    new_ids.discard(o.article.id)  # a later copy in the batch is not new
                created.append(is_new)
            self._save_parts(conn, [o.article for o, new in zip(outcomes, created, strict=True)
                                    if new and o.article is not None])
            log = {o.key: {"key": o.key, "source": o.source,
                           "article_id": o.article.id if o.article else None,
                           "status": o.status, "reason": o.reason, "updated_at": _now()}
                   for o in outcomes}  # one row a key: the last outcome holds
            self._upsert_inputs(conn, list(log.values()))
        return created

    def _save_parts(
        self, conn: Connection, batch: list[Article], tables: tuple[Table, ...] | None = None
    ) -> None:
        """Insert the articles' sentences, claims and mentions (or only ``tables``), one
        statement a table for the whole batch."""
        parts: list[tuple[Table, list[dict[str, Any]]]] = [
            (sentences, [
                {"article_id": a.id, "idx": i, "start": s.start, "end": s.end,
                 "language": s.language}
                for a in batch for i, s in enumerate(a.sentences)
            ]),
            (claims, [{"article_id": a.id, "idx": i, **claim_row(c)}
                      for a in batch for i, c in enumerate(a.claims)]),
            (mentions, [
                {"article_id": a.id, "idx": i, "start": m.start, "end": m.end,
                 "kind": m.kind, "name": m.name, "country": m.country}
                for a in batch for i, m in enumerate(a.mentions)
            ]),
            (framing_spans, [
                {"article_id": a.id, "idx": i, "start": f.start, "end": f.end,
                 "technique": f.technique, "confidence": f.confidence}
                for a in batch for i, f in enumerate(a.framing)
            ]),
        ]
        for table, rows in parts:
            if rows and (tables is None or table in tables):
                conn.execute(self._insert_ignore(table, ["article_id", "idx"]), rows)

    def replace_analysis(self, article: Article) -> None:
        """Replace an article's claims, mentions and framing spans, and mark its story for
        re-grading."""
        from parallax.store.tables import stories

        with self.engine.begin() as conn:
            for table in (claims, mentions, framing_spans):
                conn.execute(delete(table).where(table.c.article_id == article.id))
            self._save_parts(conn, [article], (claims, mentions, framing_spans))
            story_id = conn.execute(
                select(articles.c.story_id).where(articles.c.id == article.id)
            ).scalar()
            if story_id:
                conn.execute(update(stories).where(stories.c.id == story_id)
                             .values(article_count=-1))

    # -- reading ----------------------------------------------------------------------

    def done_keys(self, keys: list[str]) -> set[str]:
        """Those of ``keys`` whose input is done (stored, or stored with a warning)."""
        done: set[str] = set()
        with self.engine.connect() as conn:
            for start in range(0, len(keys), ARTICLE_BATCH):
                batch = keys[start : start + ARTICLE_BATCH]
                done.update(conn.execute(
                    select(inputs.c.key).where(inputs.c.key.in_(batch))
                    .where(inputs.c.status.in_(("ok", "warning")))
                ).scalars())
        return done

    def count_articles(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(articles)).scalar() or 0)

    def list_articles(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Article summaries (no text), oldest first, with their sentence counts."""
        counts = (
            select(sentences.c.article_id, func.count().label("n"))
            .group_by(sentences.c.article_id)
            .subquery()
        )
        query = (
            select(
                articles.c.id, articles.c.source, articles.c.url, articles.c.outlet,
                articles.c.language, articles.c.title, articles.c.published,
                articles.c.published_origin, articles.c.flags,
                func.coalesce(counts.c.n, 0).label("sentences"),
            )
            .outerjoin(counts, counts.c.article_id == articles.c.id)
            .order_by(articles.c.ingested_at, articles.c.id)
            .offset(offset)
        )
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def find_article_id(self, prefix: str) -> str | None:
        """The id of the one article whose id starts with ``prefix``, if exactly one does."""
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        with self.engine.connect() as conn:
            ids = conn.execute(
                select(articles.c.id).where(articles.c.id.like(f"{escaped}%", escape="\\")).limit(2)
            ).scalars().all()
        return ids[0] if len(ids) == 1 else None

    def find_article(self, prefix: str) -> Article | None:
        """The one article whose id is or starts with ``prefix``, if exactly one is."""
        full = self.find_article_id(prefix) if prefix else None
        return self.get_article(full) if full else None

    def get_article(self, article_id: str) -> Article | None:
        found = self.get_articles([article_id])
        return found[0] if found else None

    def get_articles(self, ids: list[str], *, with_sentences: bool = True,
                     with_framing: bool = True) -> list[Article]:
        """The stored articles among ``ids``, in that order, read a batch at a time.
        Without sentences or framing those lists stay empty (the corpus stages
        need neither, and a big story's articles then take far less memory)."""
        parts = [claims, mentions, *([sentences] if with_sentences else []),
                 *([framing_spans] if with_framing else [])]
        found: dict[str, Article] = {}
        for start in range(0, len(ids), ARTICLE_BATCH):
            batch = list(dict.fromkeys(ids[start : start + ARTICLE_BATCH]))
            with self.engine.connect() as conn:
                rows = conn.execute(select(articles).where(articles.c.id.in_(batch))).all()
                children = {
                    table.name: conn.execute(
                        select(table).where(table.c.article_id.in_(batch))
                        .order_by(table.c.article_id, table.c.idx)
                    ).all()
                    for table in parts
                }
            by_article: dict[str, dict[str, list[Any]]] = {r._mapping["id"]: {} for r in rows}
            for name, child_rows in children.items():
                for row in child_rows:
                    by_article[row.article_id].setdefault(name, []).append(row)
            for row in rows:
                m = row._mapping
                found[m["id"]] = _article(m, by_article[m["id"]])
        return [found[i] for i in ids if i in found]

    def input_log(self, status: str | None = None) -> list[InputRecord]:
        query = select(inputs).order_by(inputs.c.updated_at)
        if status:
            query = query.where(inputs.c.status == status)
        with self.engine.connect() as conn:
            return [
                InputRecord(r.source, r.status, r.article_id, r.reason)
                for r in conn.execute(query)
            ]


def _article(m: Any, children: dict[str, list[Any]]) -> Article:
    """An article from its row and its child rows (by table name, in order)."""
    article_claims = [claim_from_row(c) for c in children.get(claims.name, [])]
    return Article(
        id=m["id"], source=m["source"], text=m["text"], raw_length=m["raw_length"],
        url=m["url"], outlet=m["outlet"], title=m["title"], author=m["author"],
        published=m["published"], published_origin=m["published_origin"],
        language=m["language"], flags=list(m["flags"] or []),
        removed=[Removal(r["rule"], r["text"]) for r in (m["removed"] or [])],
        sentences=[Sentence(s.start, s.end, s.language)
                   for s in children.get(sentences.name, [])],
        claims=article_claims,
        mentions=[Mention(r.start, r.end, r.kind, r.name, r.country)
                  for r in children.get(mentions.name, [])],
        framing=[FramingSpan(f.start, f.end, f.technique, f.confidence)
                 for f in children.get(framing_spans.name, [])],
        quantities=[q for c in article_claims for q in c.quantities],
        story_id=m["story_id"],
    )


def _article_row(article: Article) -> dict[str, Any]:
    return {
        "id": article.id, "source": article.source, "url": article.url,
        "outlet": article.outlet, "title": article.title, "author": article.author,
        "published": article.published, "published_origin": article.published_origin,
        "language": article.language, "text": article.text, "raw_length": article.raw_length,
        "flags": list(article.flags),
        "removed": [{"rule": r.rule, "text": r.text} for r in article.removed],
        "story_id": article.story_id, "ingested_at": _now(),
    }


def open_store(url: str) -> Store:
    return Store(url)

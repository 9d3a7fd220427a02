"""The database schema (SQLAlchemy Core). Migrations in ``migrations/`` create it.

Portable types only, so the same schema runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("outlet", String(255)),
    Column("title", Text),
    Column("author", Text),
    Column("published", String(40)),
    Column("published_origin", String(32)),
    Column("language", String(16)),
    Column("text", Text, nullable=False),
    Column("raw_length", Integer, nullable=False),
    Column("flags", JSON, nullable=False),
    Column("removed", JSON, nullable=False),
    Column("story_id", String(64)),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Index("ix_articles_language", "language"),
    Index("ix_articles_outlet", "outlet"),
    Index("ix_articles_story", "story_id"),
)

sentences = Table(
    "sentences",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("language", String(16)),
)

# One row per input the user asked for (a file, a JSONL line, a feed item): what became
# of it. Its key is a hash of the source name and the raw content, so a re-run skips
# what is done and a changed file is read again.
inputs = Table(
    "inputs",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("source", Text, nullable=False),
    Column("article_id", String(32)),
    Column("status", String(16), nullable=False),
    Column("reason", Text),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

claims = Table(
    "claims",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence", Integer, nullable=False),
    Column("speaker", Text),
    Column("speaker_role", Text),
    Column("cue", Text),
    Column("direct", Boolean, nullable=False),
    Column("via", JSON, nullable=False),
    Column("quantities", JSON, nullable=False),
    Column("entities", JSON, nullable=False),
    Column("date", String(40)),
    Index("ix_claims_speaker", "speaker"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("name", Text, nullable=False),
    Column("country", String(2)),
    Index("ix_mentions_name", "name"),
)

framing_spans = Table(
    "framing_spans",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("technique", String(48), nullable=False),
    Column("confidence", Float, nullable=False),
)

stories = Table(
    "stories",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("label", Text, nullable=False),
    Column("first_published", String(40)),
    Column("last_published", String(40)),
    Column("article_count", Integer, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

claim_groups = Table(
    "claim_groups",
    metadata,
    Column("story_id", String(64), ForeignKey("stories.id"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("grade", String(16), nullable=False),
    Column("reasons", JSON, nullable=False),
    Column("sources", JSON, nullable=False),
    Column("members", JSON, nullable=False),
)

# What story linking needs of each linked article, so that adding one article restores
# the linker without re-reading or re-embedding the corpus.
link_features = Table(
    "link_features",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id"), primary_key=True),
    Column("encoder", String(64), nullable=False),
    Column("vector", LargeBinary, nullable=False),
    Column("entities", JSON, nullable=False),
    Column("copy_group", String(32), nullable=False),
    Column("minhash", LargeBinary, nullable=False),
)

embeddings = Table(
    "embeddings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("vector", LargeBinary, nullable=False),
)

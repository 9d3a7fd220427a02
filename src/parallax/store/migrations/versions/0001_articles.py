"""articles, sentences and the input log

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.String(255)),
        sa.Column("title", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("published", sa.String(40)),
        sa.Column("published_origin", sa.String(32)),
        sa.Column("language", sa.String(16)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("raw_length", sa.Integer, nullable=False),
        sa.Column("flags", sa.JSON, nullable=False),
        sa.Column("removed", sa.JSON, nullable=False),
        sa.Column("story_id", sa.String(64)),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_articles_language", "articles", ["language"])
    op.create_index("ix_articles_outlet", "articles", ["outlet"])
    op.create_table(
        "sentences",
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id"), primary_key=True),
        sa.Column("idx", sa.Integer, primary_key=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("language", sa.String(16)),
    )
    op.create_table(
        "inputs",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("article_id", sa.String(32)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("inputs")
    op.drop_table("sentences")
    op.drop_index("ix_articles_outlet", "articles")
    op.drop_index("ix_articles_language", "articles")
    op.drop_table("articles")

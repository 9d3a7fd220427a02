"""claims, quantities and entity mentions

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "claims",
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id"), primary_key=True),
        sa.Column("idx", sa.Integer, primary_key=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("sentence", sa.Integer, nullable=False),
        sa.Column("speaker", sa.Text),
        sa.Column("speaker_role", sa.Text),
        sa.Column("cue", sa.Text),
        sa.Column("direct", sa.Boolean, nullable=False),
        sa.Column("via", sa.JSON, nullable=False),
        sa.Column("quantities", sa.JSON, nullable=False),
        sa.Column("entities", sa.JSON, nullable=False),
        sa.Column("date", sa.String(40)),
    )
    op.create_index("ix_claims_speaker", "claims", ["speaker"])
    op.create_table(
        "mentions",
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id"), primary_key=True),
        sa.Column("idx", sa.Integer, primary_key=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("country", sa.String(2)),
    )
    op.create_index("ix_mentions_name", "mentions", ["name"])


def downgrade() -> None:
    op.drop_index("ix_mentions_name", "mentions")
    op.drop_table("mentions")
    op.drop_index("ix_claims_speaker", "claims")
    op.drop_table("claims")

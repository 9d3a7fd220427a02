"""framing spans

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "framing_spans",
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id"), primary_key=True),
        sa.Column("idx", sa.Integer, primary_key=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("technique", sa.String(48), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("framing_spans")

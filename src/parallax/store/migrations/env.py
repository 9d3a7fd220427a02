"""Alembic environment: runs against the connection Parallax hands over, or the URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from parallax.store.tables import metadata

config = context.config
connection = config.attributes.get("connection")
x_url = context.get_x_argument(as_dictionary=True).get("url")


def run() -> None:
    if connection is not None:
        context.configure(connection=connection, target_metadata=metadata)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(x_url or config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=metadata)
        with context.begin_transaction():
            context.run_migrations()


run()

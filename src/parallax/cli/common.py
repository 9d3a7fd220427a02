"""Shared pieces of the command line: the Typer apps, options and printing helpers."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from sqlalchemy.exc import ArgumentError, OperationalError

from parallax.model import Article
from parallax.store.db import DEFAULT_URL
from parallax.store.repository import Store

app = typer.Typer(help="Parallax: one story from every side.", no_args_is_help=True)
eval_app = typer.Typer(help="Score a stage against gold data.", no_args_is_help=True)
bench_app = typer.Typer(help="Measure speed and memory: alone, the whole job end to end "
                        "at several sizes; or one part (subcommands).",
                        invoke_without_command=True)


@app.callback()
def _setup() -> None:
    """Parallax: one story from every side."""
    from parallax.runtime import single_threaded_blas

    single_threaded_blas()


app.add_typer(eval_app, name="eval")
app.add_typer(bench_app, name="bench")

console = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[str, typer.Option("--db", help="Database URL (SQLite or PostgreSQL).")]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
__all__ = ["DEFAULT_URL", "escape"]


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def open_store(db: str) -> Store:
    try:
        return Store(db)
    except (ArgumentError, OperationalError) as exc:
        err.print(f"cannot open database {escape(db)!r}: {escape(str(exc).splitlines()[0])}")
        raise typer.Exit(code=2) from exc


def resolve_article(store: Store, article_id: str) -> Article:
    article = store.find_article(article_id)
    if article is None:
        err.print(f"no single article with id {escape(article_id)!r}")
        raise typer.Exit(code=2)
    return article

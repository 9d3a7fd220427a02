"""``parallax bench …``: speed and memory."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from parallax.cli.common import (
    JsonFlag,
    bench_app,
    console,
    print_json,
)


@bench_app.command("ingest")
def bench_ingest(
    articles_n: Annotated[int, typer.Option("--articles", help="Corpus size.")] = 5000,
    source_format: Annotated[str, typer.Option("--format", help="text or html")] = "text",
    corpus: Annotated[Path, typer.Option(help="Bundled corpus to replicate.")] = Path("corpus"),
    as_json: JsonFlag = False,
) -> None:
    """Articles/s and peak RSS of ingest (pipeline + SQLite) on a replicated corpus."""
    from parallax.bench.ingest import bench_ingest as run

    result = run(corpus, articles_n, source_format)
    if as_json:
        print_json(result.as_dict())
    else:
        console.print(result.summary())


@bench_app.command("extract")
def bench_extract_command(
    articles_n: Annotated[int, typer.Option("--articles", help="Corpus size.")] = 1000,
    corpus: Annotated[Path, typer.Option(help="Bundled corpus to replicate.")] = Path("corpus"),
    as_json: JsonFlag = False,
) -> None:
    """Articles/s and peak RSS of the extraction stage alone."""
    from parallax.bench.extract import bench_extract

    result = bench_extract(corpus, articles_n)
    if as_json:
        print_json(result.as_dict())
    else:
        console.print(result.summary())




@bench_app.command("link")
def bench_link_command(
    articles_n: Annotated[int, typer.Option("--articles", help="Stored corpus size.")] = 5000,
    corpus: Annotated[Path, typer.Option(help="Bundled corpus to replicate.")] = Path("corpus"),
    as_json: JsonFlag = False,
) -> None:
    """Time to add one article to a stored, linked corpus; equality with a fresh run."""
    from parallax.bench.link import bench_link

    result = bench_link(corpus, articles_n)
    if as_json:
        print_json(result.as_dict())
    else:
        console.print(result.summary())

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


@bench_app.callback()
def bench_end_to_end_command(
    ctx: typer.Context,
    sizes: Annotated[str, typer.Option(help="Corpus sizes, comma-separated.")] = "1000,10000",
    source_format: Annotated[str, typer.Option("--format", help="text or html")] = "text",
    cluster: Annotated[str | None, typer.Option(
        "--cluster", help="Per-article stages on Dask: local:N or tcp://…")] = None,
    corpus: Annotated[Path, typer.Option(help="Bundled corpus to replicate.")] = Path("corpus"),
    unique_sentences: Annotated[bool, typer.Option(
        "--unique-sentences", help="Make every sentence new (no embedding cache hits), "
        "as in a real feed.")] = False,
    as_json: JsonFlag = False,
) -> None:
    """End to end (ingest → language → sentences → extract → framing → store → embed →
    link → assess): articles/s, stage times, peak RSS and growth ratio per size."""
    if ctx.invoked_subcommand is not None:
        return
    from parallax.bench.end_to_end import bench_end_to_end

    if source_format not in ("text", "html"):
        raise typer.BadParameter("--format must be text or html")
    try:
        counts = [int(x) for x in sizes.split(",") if x.strip()]
    except ValueError as exc:
        raise typer.BadParameter("--sizes: comma-separated integers") from exc
    result = bench_end_to_end(corpus, counts, source_format, cluster, unique_sentences)
    if as_json:
        print_json(result.as_dict())
    else:
        console.print(result.summary())


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
    from parallax.bench.stage import bench_stage

    result = bench_stage(corpus, articles_n, "extract")
    if as_json:
        print_json(result.as_dict())
    else:
        console.print(result.summary())


@bench_app.command("framing")
def bench_framing_command(
    articles_n: Annotated[int, typer.Option("--articles", help="Corpus size.")] = 1000,
    corpus: Annotated[Path, typer.Option(help="Bundled corpus to replicate.")] = Path("corpus"),
    as_json: JsonFlag = False,
) -> None:
    """Articles/s of the framing stage alone, and the size of the shipped model file."""
    from importlib import resources

    from parallax.bench.stage import bench_stage
    from parallax.framing.model import MODEL_FILE

    result = bench_stage(corpus, articles_n, "framing")
    model = resources.files("parallax.framing") / "data" / MODEL_FILE
    size_mb = len(model.read_bytes()) / 1e6
    if as_json:
        print_json(result.as_dict() | {"model_mb": round(size_mb, 2)})
    else:
        console.print(f"{result.summary()}; model file {size_mb:.1f} MB")


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


@bench_app.command("serve")
def bench_serve_command(
    articles_n: Annotated[int, typer.Option("--articles", help="Stored corpus size.")] = 5000,
    corpus: Annotated[Path, typer.Option(help="Bundled corpus to replicate.")] = Path("corpus"),
    repeat: Annotated[int, typer.Option(help="Requests per page.")] = 20,
    as_json: JsonFlag = False,
) -> None:
    """Server time per request for the stories list, a story, an article and the API."""
    from parallax.bench.serve import bench_serve

    result = bench_serve(corpus, articles_n, repeat)
    if as_json:
        print_json(result.as_dict())
    else:
        console.print(result.summary())

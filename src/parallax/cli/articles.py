"""Commands over articles: ingest, list, show, claims, report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from parallax.cli.common import (
    DEFAULT_URL,
    DbOption,
    JsonFlag,
    app,
    console,
    err,
    escape,
    open_store,
    print_json,
    resolve_article,
)
from parallax.ingest.run import IngestReport
from parallax.ingest.run import ingest as run_ingest
from parallax.model import Article, IngestError
from parallax.store.repository import Store


@app.command()
def ingest(
    targets: Annotated[list[str], typer.Argument(help="Files, folders, feeds or URLs.")],
    db: DbOption = DEFAULT_URL,
    report: Annotated[
        bool, typer.Option("--report", help="List what was skipped and why.")
    ] = False,
    as_json: JsonFlag = False,
    no_link: Annotated[
        bool, typer.Option("--no-link", help="Skip story linking and grading afterwards.")
    ] = False,
    cluster: Annotated[str | None, typer.Option(
        "--cluster", help="Run the per-article pipeline on Dask: local:N or "
                          "tcp://SCHEDULER:8786.")] = None,
) -> None:
    """Read articles from files, folders, JSONL, feeds, URLs or GDELT exports into the
    store; then link stories and grade claims (incrementally) unless --no-link."""
    store = open_store(db)
    progress = Progress(
        TextColumn("[bold]ingest"), BarColumn(), TextColumn("{task.completed} inputs"),
        TimeElapsedColumn(), console=err, transient=True, disable=as_json,
    )

    def tick(result: Article | IngestError) -> None:
        progress.advance(task)
        if isinstance(result, IngestError) and not as_json:
            err.print(f"[red]error[/red] {escape(str(result))}", highlight=False)

    with progress:
        task = progress.add_task("ingest", total=None)
        if cluster:
            from parallax.distributed.cluster import open_cluster
            from parallax.distributed.run import cluster_ingest

            with open_cluster(cluster) as client:
                outcome = cluster_ingest(targets, db, client, on_batch=lambda r: progress.advance(
                    task, r.stored + r.duplicates + r.already_done + len(r.errors)))
        elif no_link:
            outcome = run_ingest(targets, store, on_result=tick)
        else:
            outcome = _ingest_embedding_ahead(targets, store, tick)
    if as_json:
        print_json({
            "stored": outcome.stored, "duplicates": outcome.duplicates,
            "already_done": outcome.already_done,
            "errors": [{"source": e.source, "reason": e.reason} for e in outcome.errors],
            "warnings": [
                {"source": w.source, "article_id": w.article_id, "reason": w.reason}
                for w in outcome.warnings
            ],
        })
    else:
        console.print(
            f"stored {outcome.stored} new articles, {outcome.duplicates} duplicates, "
            f"{outcome.already_done} already done, {len(outcome.errors)} errors, "
            f"{len(outcome.warnings)} warnings → {escape(db)}"
        )
        if report:
            _print_skip_report(outcome.errors, outcome.warnings)
    if outcome.readable == 0 and outcome.errors:
        raise typer.Exit(code=1)
    if not no_link:
        from parallax.cli.corpus import run_corpus_stages

        run_corpus_stages(store, quiet=as_json)


def _ingest_embedding_ahead(
    targets: list[str], store: Store, tick: Callable[[Article | IngestError], None]
) -> IngestReport:
    """Ingest while a helper process embeds what story linking and grading will need."""
    from parallax.assess.runner import embed_ahead

    ahead = embed_ahead(store)

    def on_result(result: Article | IngestError) -> None:
        tick(result)
        if isinstance(result, Article):
            ahead.add(result)

    try:
        return run_ingest(targets, store, on_result=on_result)
    finally:
        ahead.close()
        if ahead.failure:
            err.print(f"[yellow]embedding ahead stopped[/yellow] ({escape(ahead.failure)}); "
                      "story linking embeds the rest", highlight=False)


def _print_skip_report(errors: list[IngestError], warnings: list[Any]) -> None:
    table = Table("input", "status", "reason", title="Skipped or flagged inputs")
    for e in errors:
        table.add_row(escape(e.source), "[red]skipped[/red]", escape(e.reason))
    for w in warnings:
        table.add_row(escape(w.source), "[yellow]kept, flagged[/yellow]", escape(w.reason))
    console.print(table if table.row_count else "nothing skipped")


@app.command()
def articles(db: DbOption = DEFAULT_URL, as_json: JsonFlag = False,
             limit: Annotated[int | None, typer.Option(help="Show at most this many.")] = None,
             ) -> None:
    """List stored articles."""
    rows = open_store(db).list_articles(limit=limit)
    if as_json:
        print_json([
            {k: r[k] for k in ("id", "source", "outlet", "language", "title", "published",
                               "published_origin", "flags", "sentences")}
            for r in rows
        ])
        return
    table = Table("id", "outlet", "lang", "title", "sentences", title=f"{len(rows)} articles")
    for r in rows:
        table.add_row(r["id"], escape(r["outlet"] or ""), r["language"] or "?",
                      escape((r["title"] or "")[:70]), str(r["sentences"]))
    console.print(table)


@app.command()
def show(article_id: Annotated[str, typer.Argument(help="Article id (or a unique prefix).")],
         db: DbOption = DEFAULT_URL, as_json: JsonFlag = False) -> None:
    """Show one article's cleaned text with numbered sentences."""
    from parallax.report.json_report import article_json

    article = resolve_article(open_store(db), article_id)
    if as_json:
        print_json(article_json(article, with_text=True))
        return
    console.print(f"[bold]{escape(article.title or '(untitled)')}[/bold]")
    console.print(f"{article.id} · {escape(article.outlet or '?')} · {article.language or '?'} · "
                  f"{escape(article.published or 'no date')} · {escape(article.source)}")
    if article.flags:
        console.print(f"[yellow]flags: {escape(', '.join(article.flags))}[/yellow]")
    for number, sentence in enumerate(article.sentences, start=1):
        console.print(f"[dim]{number:>3}[/dim] {escape(sentence.text_of(article.text))}",
                      highlight=False)


@app.command()
def claims(article_id: Annotated[str, typer.Argument(help="Article id (or a unique prefix).")],
           db: DbOption = DEFAULT_URL, as_json: JsonFlag = False) -> None:
    """The claims of one article: who said what, through whom, with which numbers."""
    from parallax.codec import claim_to_dict

    article = resolve_article(open_store(db), article_id)
    rows = [claim_to_dict(c, article.text) for c in article.claims]
    if as_json:
        print_json(rows)
        return
    table = Table("claim", "speaker", "via", "quantities", "date",
                  title=f"{len(rows)} claims in {article.id}", show_lines=True)
    for r in rows:
        quantities = "; ".join(_quantity_text(q) for q in r["quantities"])
        speaker = r["speaker"] or "[dim]unattributed[/dim]"
        if r["speaker_role"] and r["speaker"]:
            speaker += f" [dim]({escape(r['speaker_role'])})[/dim]"
        table.add_row(escape(r["text"]), speaker if r["speaker"] is None else speaker,
                      escape(" → ".join(r["via"])), escape(quantities), r["date"] or "")
    console.print(table)


def _quantity_text(q: dict[str, Any]) -> str:
    value = f"{q['value']:g}" + (f"–{q['value_max']:g}" if q["value_max"] else "")
    bound = (f"{q['bound'].replace('_', ' ')} " if q["bound"]
             else "almost " if q.get("nearly") else "~" if q["approx"] else "")
    return f"{q['text']} = {bound}{value} {q['unit'] or ''}".strip()


@app.command()
def report(
    db: DbOption = DEFAULT_URL,
    json_path: Annotated[Path | None, typer.Option("--json", help="Write the JSON report.")] = None,
    html_path: Annotated[Path | None, typer.Option("--html", help="Write the HTML report.")] = None,
) -> None:
    """Write the JSON and/or HTML report of everything in the store."""
    from parallax.report.html_report import write_html_report
    from parallax.report.json_report import build_report, write_json_report

    store = open_store(db)
    data = build_report(store)
    if json_path:
        write_json_report(data, json_path)
        console.print(f"JSON report: {json_path.resolve()}")
    if html_path:
        write_html_report(store, data, html_path)
        console.print(f"HTML report: {html_path.resolve()}")
    if not (json_path or html_path):
        print_json(data)



"""The command line: a thin face over the library (ingest, store, report, eval, bench)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from parallax.ingest.run import ingest as run_ingest
from parallax.model import Article, IngestError
from parallax.store.db import DEFAULT_URL
from parallax.store.repository import Store

app = typer.Typer(help="Parallax: one story from every side.", no_args_is_help=True)
eval_app = typer.Typer(help="Score a stage against gold data.", no_args_is_help=True)
bench_app = typer.Typer(help="Measure speed and memory.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.add_typer(bench_app, name="bench")

console = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[str, typer.Option("--db", help="Database URL (SQLite or PostgreSQL).")]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _open(db: str) -> Store:
    return Store(db)


@app.command()
def ingest(
    targets: Annotated[list[str], typer.Argument(help="Files, folders, feeds or URLs.")],
    db: DbOption = DEFAULT_URL,
    report: Annotated[
        bool, typer.Option("--report", help="List what was skipped and why.")
    ] = False,
    as_json: JsonFlag = False,
) -> None:
    """Read articles from files, folders, JSONL, feeds or URLs into the store."""
    store = _open(db)
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
        outcome = run_ingest(targets, store, on_result=tick)
    if as_json:
        _print_json({
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
    rows = _open(db).list_articles(limit=limit)
    if as_json:
        _print_json([
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


def _resolve(store: Store, article_id: str) -> Article:
    full = store.find_article_id(article_id)
    article = store.get_article(full) if full else None
    if article is None:
        err.print(f"no single article with id {escape(article_id)!r}")
        raise typer.Exit(code=2)
    return article


@app.command()
def show(article_id: Annotated[str, typer.Argument(help="Article id (or a unique prefix).")],
         db: DbOption = DEFAULT_URL, as_json: JsonFlag = False) -> None:
    """Show one article's cleaned text with numbered sentences."""
    from parallax.report.json_report import article_json

    article = _resolve(_open(db), article_id)
    if as_json:
        _print_json(article_json(article, with_text=True))
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

    article = _resolve(_open(db), article_id)
    rows = [claim_to_dict(c, article.text) for c in article.claims]
    if as_json:
        _print_json(rows)
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
    bound = f"{q['bound'].replace('_', ' ')} " if q["bound"] else ("~" if q["approx"] else "")
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

    data = build_report(_open(db))
    if json_path:
        write_json_report(data, json_path)
        console.print(f"JSON report: {json_path.resolve()}")
    if html_path:
        write_html_report(data, html_path)
        console.print(f"HTML report: {html_path.resolve()}")
    if not (json_path or html_path):
        _print_json(data)


@eval_app.command("extraction")
def eval_extraction(
    gold: Annotated[Path, typer.Option("--gold", help="gold.jsonl of the extraction set.")],
    as_json: JsonFlag = False,
) -> None:
    """Snippet precision/recall/F1 of body extraction, ours beside plain trafilatura."""
    from parallax.eval.extraction import evaluate_extraction

    results = evaluate_extraction(gold)
    if as_json:
        _print_json({name: s.as_dict() for name, s in results.items()})
        return
    table = Table("extractor", "TP", "FP", "FN", "TN", "precision", "recall", "F1",
                  title=f"Extraction on {gold}")
    for name, s in results.items():
        table.add_row(name, str(s.tp), str(s.fp), str(s.fn), str(s.tn),
                      f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.4f}")
    console.print(table)


@eval_app.command("extract")
def eval_extract(
    gold: Annotated[Path, typer.Option("--gold", help="A gold.json (shared/corpus/GOLD.md).")],
    as_json: JsonFlag = False,
) -> None:
    """Claims, speakers, via chains and quantities against a gold file, per language."""
    from parallax.eval.extract import evaluate_extract

    result = evaluate_extract(gold)
    rows = {"all": result.overall.as_dict()}
    rows.update({lang: c.as_dict() for lang, c in sorted(result.by_language.items())})
    if as_json:
        _print_json({"scores": rows, "misses": result.misses})
        return
    table = Table("language", "gold claims", "claim recall", "speaker acc.", "via exact",
                  "quantity P", "quantity R", "quantity F1", title=f"Extraction vs {gold}")
    for lang, d in rows.items():
        table.add_row(lang, str(int(d["gold_claims"])), f"{d['claim_recall']:.3f}",
                      f"{d['speaker_accuracy']:.3f}", f"{d['via_exact']:.3f}",
                      f"{d['quantity_precision']:.3f}", f"{d['quantity_recall']:.3f}",
                      f"{d['quantity_f1']:.3f}")
    console.print(table)


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
        _print_json(result.as_dict())
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
        _print_json(result.as_dict())
    else:
        console.print(result.summary())


if __name__ == "__main__":
    app()

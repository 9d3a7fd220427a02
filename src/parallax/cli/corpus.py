"""Commands over the corpus stages: link, stories, story."""

from __future__ import annotations

from typing import Annotated, Any

import typer
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
)
from parallax.store.repository import Store

GRADE_STYLE = {"corroborated": "green", "single-source": "yellow", "conflicting": "red",
               "unattributed": "magenta"}
GRADES = ("corroborated", "single-source", "conflicting", "unattributed")
GRADE_HEADERS = {"corroborated": "corr.", "single-source": "single", "conflicting": "confl.",
                 "unattributed": "unattr."}
LABEL_CHARS = 60
WIDE_COLUMNS = 110  # a terminal this wide shows each story's label and outlets too
TABLE_COLUMNS = 80  # narrower than this, no table: a line or two a story
GRADE_CELL, ARTICLE_CELL = 30, 24  # the story matrix's columns, at the least
CLAIM_CHARS = 160


def run_corpus_stages(store: Store, quiet: bool = False) -> None:
    from parallax.assess.runner import update_corpus

    result = update_corpus(store, on_progress=None if quiet else err.print)
    if not quiet:
        console.print(f"linked {result.linked} articles; updated "
                      f"{len(result.stories_updated)} stories; embedded {result.encoded} new "
                      "texts (any embedded before, or ahead while ingesting, come from the "
                      "store)")


@app.command()
def link(db: DbOption = DEFAULT_URL) -> None:
    """Link new articles into stories, then align and grade the stories that changed."""
    run_corpus_stages(open_store(db))


@app.command()
def analyze(
    db: DbOption = DEFAULT_URL,
    cluster: Annotated[str | None, typer.Option(
        "--cluster", help="Run on Dask: local:N or tcp://SCHEDULER:8786.")] = None,
) -> None:
    """Run extraction and framing again over every stored article (after an upgrade),
    on this process or a Dask cluster, then re-link and re-grade what changed."""
    from parallax.extract.claims import reextract

    store = open_store(db)
    ids = [row["id"] for row in store.list_articles()]
    if cluster:
        from parallax.distributed.cluster import open_cluster
        from parallax.distributed.run import cluster_analyze

        with open_cluster(cluster) as client:
            done = cluster_analyze(ids, db, client)
    else:
        done = 0
        for n, article_id in enumerate(ids, start=1):
            article = store.get_article(article_id)
            if article is not None:
                store.replace_analysis(reextract(article))
                done += 1
            if n % 500 == 0:
                err.print(f"re-analysed {n}/{len(ids)}")
    console.print(f"re-analysed {done} articles")
    run_corpus_stages(store)


@app.command(hidden=True)
def reanalyze(db: DbOption = DEFAULT_URL) -> None:
    """Old name of ``analyze``."""
    analyze(db=db, cluster=None)


@app.command()
def stories(db: DbOption = DEFAULT_URL, as_json: JsonFlag = False) -> None:
    """Stories: languages, outlets, articles, and claim groups by grade."""
    from parallax.store.corpus_repo import list_stories

    rows = list_stories(open_store(db))
    if as_json:
        print_json([{k: r[k] for k in ("id", "label", "first_published", "last_published",
                                       "languages", "outlets", "article_ids", "grades")}
                    for r in rows])
        return
    # the id is what `parallax story ID` takes: never wrapped or cut, however narrow the
    # terminal; the label and the outlets give way instead
    table = Table(title=f"{len(rows)} stories")
    if console.width < TABLE_COLUMNS:  # too narrow for the table: a line or two a story
        console.print(f"{len(rows)} stories")
        for r in rows:
            counts = "  ".join(f"[{GRADE_STYLE[g]}]{GRADE_HEADERS[g]} {r['grades'].get(g, 0)}[/]"
                               for g in GRADES)
            console.print(f"{escape(r['id'])}  {' '.join(r['languages'])}  "
                          f"{len(r['article_ids'])} articles  {counts}")
            console.print(f"  [italic]{escape(r['label'][:LABEL_CHARS])}[/italic]",
                          overflow="ellipsis", no_wrap=True)
            console.print(f"  [dim]{escape(_some(r['outlets']))}[/dim]")
        return
    wide = console.width >= WIDE_COLUMNS  # room for what each story is about, and where
    # narrow: what it is about and the outlets go under the id, cut at its width
    # ("China, Wuhan, Ger…", "dw.com, t-online.…")
    table.add_column("story", no_wrap=True, overflow="ellipsis",
                     width=len(rows[0]["id"]) if rows else None)
    if wide:
        table.add_column("about", overflow="fold")
    table.add_column("lang", width=5, overflow="fold")
    if wide:
        table.add_column("outlets", overflow="fold")
    for header in ("articles", *(GRADE_HEADERS[g] for g in GRADES)):
        table.add_column(header, justify="right", no_wrap=True, width=len(header))
    for r in rows:
        about = [f"[dim]{escape(r['label'][:LABEL_CHARS])}[/dim]"] if wide else []
        outlets = [escape(_some(r["outlets"]))] if wide else []
        story_cell = escape(r["id"]) if wide else (
            f"{escape(r['id'])}\n[italic]{escape(r['label'][:LABEL_CHARS])}[/italic]\n"
            f"[dim]{escape(_some(r['outlets']))}[/dim]")
        table.add_row(
            story_cell, *about, " ".join(r["languages"]), *outlets,
            str(len(r["article_ids"])),
            *(f"[{GRADE_STYLE[g]}]{r['grades'].get(g, 0)}[/]" for g in GRADES),
        )
    console.print(table)


def _some(outlets: list[str], shown: int = 3) -> str:
    """The first outlets, and how many more: "dw.com, t-online.de, rt.com +4"."""
    more = len(outlets) - shown
    return ", ".join(outlets[:shown]) + (f" +{more}" if more > 0 else "")


@app.command()
def story(story_id: Annotated[str, typer.Argument(help="Story id.")],
          db: DbOption = DEFAULT_URL, as_json: JsonFlag = False) -> None:
    """The claim matrix of one story: claim groups × articles, with grades and reasons."""
    from parallax.report.story_view import story_view

    store = open_store(db)
    view = story_view(store, story_id)
    if view is None:
        err.print(f"no story {escape(story_id)!r}")
        raise typer.Exit(code=2)
    if as_json:
        print_json(view)
        return
    _print_matrix(view)


def _print_matrix(view: dict[str, Any]) -> None:
    console.print(f"[bold]{escape(view['label'])}[/bold]  ({escape(view['id'])})")
    articles = view["articles"]
    if console.width < GRADE_CELL + ARTICLE_CELL * len(articles):
        _print_groups(view)  # no room for a column an article: a block a claim group
        return
    columns = [f"{a['label']} [{a['language']}]" for a in articles]
    table = Table("grade", *[escape(c) for c in columns], show_lines=True)
    for group in view["claim_groups"]:
        cells = []
        for a in articles:
            said = [c for c in group["claims"] if c["article_id"] == a["id"]]
            cells.append("\n".join(
                escape(c["text"][:CLAIM_CHARS]) + (f" [dim]— {escape(c['speaker'])}[/dim]"
                                           if c["speaker"] else "")
                for c in said))
        grade = group["grade"]
        reasons = escape("; ".join(group["reasons"]))
        table.add_row(f"[{GRADE_STYLE[grade]}]{grade}[/]\n[dim]{reasons}[/dim]", *cells)
    console.print(table)


def _print_groups(view: dict[str, Any]) -> None:
    """The claim matrix read row by row: each group's grade and reasons, then what each
    article says, for a terminal too narrow for a column an article."""
    labels = {a["id"]: f"{a['label']} [{a['language']}]" for a in view["articles"]}
    for group in view["claim_groups"]:
        grade = group["grade"]
        console.print(f"\n[{GRADE_STYLE[grade]}]{grade}[/] "
                      f"[dim]{escape('; '.join(group['reasons']))}[/dim]")
        for c in group["claims"]:
            speaker = f" [dim]— {escape(c['speaker'])}[/dim]" if c["speaker"] else ""
            console.print(f"  {escape(labels.get(c['article_id'], c['article_id']))}: "
                          f"{escape(c['text'][:CLAIM_CHARS])}{speaker}")


@app.command()
def serve(
    db: DbOption = DEFAULT_URL,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    allow_private_urls: Annotated[bool, typer.Option(
        "--allow-private-urls", help="Let POST /api/v1/ingest fetch loopback/private hosts.")
    ] = False,
) -> None:
    """The web UI and the JSON API (/api/v1/, OpenAPI at /openapi.json)."""
    import uvicorn

    from parallax.web.app import create_app

    app_ = create_app(open_store(db), allow_private_urls=allow_private_urls)
    console.print(f"Parallax on http://{host}:{port}/ (API: /api/v1/, /openapi.json)")
    uvicorn.run(app_, host=host, port=port, log_level="warning")

"""``parallax framing ID`` and ``parallax train framing``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from parallax.cli.common import (
    DEFAULT_URL,
    DbOption,
    JsonFlag,
    app,
    console,
    open_store,
    print_json,
    resolve_article,
)

train_app = typer.Typer(help="Train the learned parts from the shared data.",
                        no_args_is_help=True)
app.add_typer(train_app, name="train")

STYLES = {"Loaded_Language": "bold red", "Name_Calling-Labeling": "bold magenta",
          "Figure_Without_Source": "bold yellow"}


@app.command()
def framing(article_id: Annotated[str, typer.Argument(help="Article id (or a unique prefix).")],
            db: DbOption = DEFAULT_URL, as_json: JsonFlag = False) -> None:
    """One article's framing spans: its text with techniques marked, or the spans as JSON
    (offsets into the cleaned text that ``parallax show ID --json`` prints)."""
    from parallax.framing.component import loaded_share

    article = resolve_article(open_store(db), article_id)
    spans = [{"start": s.start, "end": s.end, "technique": s.technique,
              "confidence": s.confidence, "text": article.text[s.start:s.end]}
             for s in article.framing]
    if as_json:
        print_json({"article_id": article.id, "loaded_share": round(loaded_share(article), 4),
                    "spans": spans})
        return
    text = Text(article.text)
    for s in sorted(article.framing, key=lambda s: s.end - s.start, reverse=True):
        text.stylize(STYLES.get(s.technique, "underline cyan"), s.start, s.end)
    console.print(text, highlight=False)
    table = Table("technique", "confidence", "text", title=f"{len(spans)} framing spans; "
                  f"loaded words {loaded_share(article):.1%}")
    for span in article.framing:
        table.add_row(Text(span.technique, style=STYLES.get(span.technique, "cyan")),
                      f"{span.confidence:.2f}", Text(article.text[span.start:span.end]))
    console.print(table)


@train_app.command("framing")
def train_framing_command(
    train: Annotated[Path, typer.Option("--train", help="Training split folder.")] = Path(
        "../shared/corpus/framing/train"),
    dev: Annotated[Path, typer.Option("--dev", help="Dev split folder (thresholds).")] = Path(
        "../shared/corpus/framing"),
    out: Annotated[Path | None, typer.Option("--out", help="Model file to write "
                                             "(default: the packaged model).")] = None,
    noisy: Annotated[bool, typer.Option("--noisy", help="Add the noisy extra docs.")] = False,
) -> None:
    """Fit the framing tagger (fixed seed) and write its weights and training record."""
    from importlib import resources

    from parallax.framing.model import MODEL_FILE
    from parallax.framing.train import train_framing

    if out is None:
        with resources.as_file(resources.files("parallax.framing") / "data" / MODEL_FILE) as p:
            out = Path(p)
    train_framing(train, dev, out, noisy=noisy)

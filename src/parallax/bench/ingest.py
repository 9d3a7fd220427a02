"""``parallax bench ingest``: throughput and peak memory of ingest on a synthetic corpus.

The bundled articles are replicated to the requested size, each copy varied (a numbered
dateline and a shuffled paragraph order) so that content hashes differ and nothing is
skipped as a duplicate. ``--format html`` wraps each copy in a page with navigation,
related links and a footer, so the HTML path (trafilatura + cleanup) is measured too.
"""

from __future__ import annotations

import json
import random
import re
import resource
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from parallax.ingest.run import ingest
from parallax.ingest.sources import iter_sources
from parallax.model import IngestError
from parallax.pipeline import default_pipeline
from parallax.store.repository import Store


@dataclass
class BenchResult:
    articles: int
    source_format: str
    seconds: float
    stored: int
    errors: int
    peak_rss_mb: float
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles, "format": self.source_format,
            "seconds": round(self.seconds, 2), "articles_per_second": round(self.per_second, 1),
            "stored": self.stored, "errors": self.errors,
            "peak_rss_mb": round(self.peak_rss_mb, 1),
            "stage_seconds": {k: round(v, 2) for k, v in self.stage_seconds.items()},
        }

    def summary(self) -> str:
        stages = ", ".join(f"{k} {v:.1f}s" for k, v in self.stage_seconds.items())
        return (
            f"ingest bench ({self.source_format}): {self.articles} articles in "
            f"{self.seconds:.1f} s = {self.per_second:.1f} articles/s; stored {self.stored}, "
            f"errors {self.errors}; peak RSS {self.peak_rss_mb:.0f} MB\nstages: {stages}"
        )


def _base_articles(corpus: Path) -> list[dict[str, str]]:
    bases = []
    for item in iter_sources([str(corpus)]):
        if isinstance(item, IngestError) or item.format != "text":
            continue
        content = item.content
        text = content.decode("utf-8") if isinstance(content, bytes) else content
        bases.append({"title": item.hints.title or text.split("\n", 1)[0], "text": text,
                      "outlet": item.hints.outlet or "example.org"})
    if not bases:
        raise ValueError(f"no text articles under {corpus}")
    return bases


def _page(title: str, paragraphs: list[str], outlet: str) -> str:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
        f"<meta property='og:site_name' content='{escape(outlet)}'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
        f"<article><h1>{escape(title)}</h1>{body}</article>"
        "<aside><h3>Read more</h3><ul><li><a href='/a'>Another story</a></li>"
        "<li><a href='/b'>Yet another story</a></li></ul></aside>"
        "<footer>© Example Media. Subscribe to our newsletter.</footer></body></html>"
    )


_SENTENCE_END = re.compile(r"([.!?])(?=\s|$)")


def _letters(number: int) -> str:
    """1 → "a", 27 → "ba": a marker no extractor reads as a number or a name."""
    out = ""
    while True:
        number, digit = divmod(number, 26)
        out = "abcdefghijklmnopqrstuvwxyz"[digit] + out
        if not number:
            return out


def _mark_sentences(paragraph: str, copy: int) -> str:
    """Every sentence of the copy made distinct ("… the embassy (ref-h)."), as in a real
    feed where nearly every sentence is new: no embedding is found in the cache."""
    marker = f" (ref-{_letters(copy)})"
    marked, count = _SENTENCE_END.subn(lambda m: marker + m.group(1), paragraph)
    return marked if count else paragraph + marker


def synthetic_records(corpus: Path, n: int, source_format: str,
                      unique_sentences: bool = False) -> Iterator[dict[str, str]]:
    """``n`` varied copies of the bundled articles. By default a copy differs from its
    base by a dispatch line and its paragraph order, so its sentences repeat those of
    other copies (and their embeddings are cached); ``unique_sentences`` marks every
    sentence with the copy's number, so all of them are new to the encoder."""
    bases = _base_articles(corpus)
    rng = random.Random(20201029)
    for i in range(n):
        base = bases[i % len(bases)]
        paragraphs = [p for p in base["text"].split("\n\n") if p.strip()]
        head, rest = paragraphs[:1], paragraphs[1:]
        rng.shuffle(rest)
        paragraphs = [f"Dispatch {i + 1}.", *head, *rest]
        if unique_sentences:
            paragraphs = [_mark_sentences(p, i + 1) for p in paragraphs]
        record = {"title": base["title"], "outlet": base["outlet"],
                  "url": f"https://bench.example/{i + 1}"}
        if source_format == "html":
            record["html"] = _page(base["title"], paragraphs, base["outlet"])
        else:
            record["text"] = "\n\n".join(paragraphs)
        yield record


def bench_ingest(corpus: Path, n: int, source_format: str = "text") -> BenchResult:
    if source_format not in ("text", "html"):
        raise ValueError("format must be 'text' or 'html'")
    with tempfile.TemporaryDirectory(prefix="parallax-bench-") as tmp:
        path = Path(tmp) / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for record in synthetic_records(corpus, n, source_format):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        store = Store(f"sqlite:///{tmp}/bench.db")
        pipeline = default_pipeline(timed=True)
        started = time.perf_counter()
        report = ingest([str(path)], store, pipeline=pipeline)
        seconds = time.perf_counter() - started
        store.close()
    stages = dict(pipeline.timings or {})
    stages["store+read"] = max(0.0, seconds - sum(stages.values()))
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return BenchResult(
        articles=n, source_format=source_format, seconds=seconds, stored=report.stored,
        errors=len(report.errors), peak_rss_mb=peak_kb / 1024, stage_seconds=stages,
    )

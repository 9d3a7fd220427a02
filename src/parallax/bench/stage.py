"""``parallax bench extract`` and ``parallax bench framing``: one stage timed on its own.

The bundled corpus is replicated (as for ``bench ingest``), every article is taken
through the pipeline up to the stage once, and then the stage's component is timed on
its own, so the figure is articles/s of that stage, not of ingest.
"""

from __future__ import annotations

import resource
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parallax.bench.ingest import synthetic_records
from parallax.ingest.sources import record_item
from parallax.model import IngestError
from parallax.pipeline import Doc, default_pipeline


@dataclass
class StageBench:
    stage: str
    articles: int
    seconds: float
    produced: int  # claims for extract, spans for framing
    peak_rss_mb: float

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"stage": self.stage, "articles": self.articles,
                "seconds": round(self.seconds, 2),
                "articles_per_second": round(self.per_second, 1), "produced": self.produced,
                "peak_rss_mb": round(self.peak_rss_mb, 1)}

    def summary(self) -> str:
        what = "claims" if self.stage == "extract" else "spans"
        return (f"{self.stage} bench: {self.articles} articles in {self.seconds:.1f} s = "
                f"{self.per_second:.1f} articles/s; {self.produced} {what}; "
                f"peak RSS {self.peak_rss_mb:.0f} MB")


def _reset(doc: Doc, stage: str) -> None:
    if stage == "extract":
        doc.claims.clear()
        doc.quantities.clear()
        doc.mentions.clear()
    doc.framing.clear()


def _output(doc: Doc, stage: str) -> int:
    return len(doc.claims) if stage == "extract" else len(doc.framing)


def bench_stage(corpus: Path, n: int, stage: str) -> StageBench:
    pipeline = default_pipeline()
    names = pipeline.names
    components = dict(pipeline.components)
    upstream = [(name, components[name]) for name in names[: names.index(stage)]]
    component = components[stage]
    docs: list[Doc] = []
    for i, record in enumerate(synthetic_records(corpus, n, "text")):
        item = record_item(record, f"bench#{i}")
        if isinstance(item, IngestError):
            continue
        doc = Doc(item=item)
        for _, step in upstream:
            doc = step(doc)
        docs.append(doc)
    component(docs[0])  # load lexicons, gazetteers and models outside the timing
    started = time.perf_counter()
    produced = 0
    for doc in docs:
        _reset(doc, stage)
        produced += _output(component(doc), stage)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return StageBench(stage, len(docs), seconds, produced, peak)

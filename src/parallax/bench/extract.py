"""``parallax bench extract``: throughput of the extraction stage alone.

The bundled corpus is replicated (as for ``bench ingest``), every article is taken
through the pipeline up to sentences once, and then the extraction component is timed on
its own, so the figure is articles/s of extraction, not of ingest.
"""

from __future__ import annotations

import resource
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parallax.bench.ingest import synthetic_records
from parallax.extract.claims import extract_claims
from parallax.ingest.sources import record_item
from parallax.model import IngestError
from parallax.pipeline import Doc, default_pipeline


@dataclass
class ExtractBench:
    articles: int
    seconds: float
    claims: int
    peak_rss_mb: float

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, "seconds": round(self.seconds, 2),
                "articles_per_second": round(self.per_second, 1), "claims": self.claims,
                "peak_rss_mb": round(self.peak_rss_mb, 1)}

    def summary(self) -> str:
        return (f"extract bench: {self.articles} articles in {self.seconds:.1f} s = "
                f"{self.per_second:.1f} articles/s; {self.claims} claims; "
                f"peak RSS {self.peak_rss_mb:.0f} MB")


def bench_extract(corpus: Path, n: int) -> ExtractBench:
    pipeline = default_pipeline()
    upstream = [(name, c) for name, c in pipeline.components if name != "extract"]
    docs: list[Doc] = []
    for i, record in enumerate(synthetic_records(corpus, n, "text")):
        item = record_item(record, f"bench#{i}")
        if isinstance(item, IngestError):
            continue
        doc = Doc(item=item)
        for _, component in upstream:
            doc = component(doc)
        docs.append(doc)
    extract_claims(docs[0])  # load lexicons and gazetteers outside the timing
    docs[0].claims.clear()
    started = time.perf_counter()
    claims = 0
    for doc in docs:
        doc.claims.clear()
        doc.quantities.clear()
        doc.mentions.clear()
        claims += len(extract_claims(doc).claims)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return ExtractBench(len(docs), seconds, claims, peak)

"""``parallax bench link``: adding one article to a stored corpus, and whether the stories
then equal those of a from-scratch run.

A synthetic corpus (the bundled articles, varied) is ingested into a temporary SQLite
store and linked; then one more article is added and linked incrementally (timed), and
a second store gets all the articles at once; the two story partitions must be equal.
"""

from __future__ import annotations

import json
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parallax.assess.runner import update_corpus
from parallax.bench.ingest import synthetic_records
from parallax.embed.cache import CachedEncoder, MemoryCache
from parallax.embed.encoder import default_encoder
from parallax.ingest.run import ingest
from parallax.store.corpus_repo import story_partition
from parallax.store.repository import Store


@dataclass
class LinkBench:
    articles: int
    initial_seconds: float
    add_one_seconds: float
    add_one_link_seconds: float
    stories: int
    equal_to_scratch: bool

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def summary(self) -> str:
        return (f"link bench: {self.articles} articles linked from scratch in "
                f"{self.initial_seconds:.1f} s ({self.stories} stories); adding one more "
                f"article took {self.add_one_seconds * 1000:.0f} ms, of which linking "
                f"{self.add_one_link_seconds * 1000:.0f} ms and re-grading its story the rest; "
                f"stories equal to a from-scratch run: {self.equal_to_scratch}")


def bench_link(corpus: Path, n: int) -> LinkBench:
    encoder = CachedEncoder(default_encoder(), MemoryCache())
    records = list(synthetic_records(corpus, n + 1, "text"))
    # the added article is the last in link order: undated, with the largest id-to-be
    with tempfile.TemporaryDirectory(prefix="parallax-bench-link-") as tmp:
        base, extra = Path(tmp) / "base.jsonl", Path(tmp) / "extra.jsonl"
        base.write_text("".join(json.dumps(r) + "\n" for r in records[:n]), encoding="utf-8")
        extra.write_text(json.dumps(records[n]) + "\n", encoding="utf-8")
        store = Store(f"sqlite:///{tmp}/incremental.db")
        ingest([str(base)], store)
        started = time.perf_counter()
        update_corpus(store, encoder)
        initial = time.perf_counter() - started
        ingest([str(extra)], store)
        started = time.perf_counter()
        added = update_corpus(store, encoder)
        add_one = time.perf_counter() - started
        scratch = Store(f"sqlite:///{tmp}/scratch.db")
        ingest([str(base), str(extra)], scratch)
        update_corpus(scratch, encoder)
        partition = story_partition(store)
        equal = partition == story_partition(scratch)
        stories = len(partition)
        store.close()
        scratch.close()
    return LinkBench(n, initial, add_one, added.link_seconds, stories, equal)

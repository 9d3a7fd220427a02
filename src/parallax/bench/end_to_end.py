"""``parallax bench``: the whole job, end to end, at several corpus sizes.

For each size a synthetic corpus is built from the bundled articles (paragraphs shuffled,
a numbered dispatch line, so every article hashes differently), written as JSONL (text or
HTML records), then ingested into a fresh SQLite store and taken through the corpus
stages (story linking, alignment, grading). Each size runs in its own process, so its
peak RSS is its own. Stage times: the per-article pipeline's components (ingest = decode,
HTML extraction, boilerplate …; language; sentences; extract; framing), store (ingest
time outside the pipeline), embed (time inside the encoder in this process), link and
assess (without the encoder). In one process, ingest embeds ahead as ``parallax
ingest`` does (``embed/ahead.py``): a helper process encodes while the pipeline runs, so
its encoder time ("embed ahead (helper)") overlaps the rest and is reported apart, with
the time ingest waited for it. Grading a corpus of some size splits its stories with a
helper process (``assess/grading_pool.py``): "assess" is then the caller's part and
"assess (helper)" the helper's, which ran beside it. Peak RSS is that of all the job's
processes at once, sampled (``bench/memory.py``), beside the main process's own peak
plus the largest own peak among its ended helper processes (an upper bound).
With ``cluster``, the per-article stages run on Dask (``local:N`` or an address) and only
their total is known; each worker's own peak RSS is asked of it after ingest and their sum
reported apart (a local cluster's workers are children, so the sampled tree holds them
too; a remote cluster's are not).
"""

from __future__ import annotations

import json
import multiprocessing
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parallax.bench.memory import TreePeak, own_peak_mb, sum_of_peaks_mb

INGEST_STAGES = ("decode", "html", "text", "boilerplate", "outlet", "dates", "stubs")


@dataclass
class SizeResult:
    articles: int
    source_format: str
    cluster: str | None
    seconds: float
    stored: int
    stories: int
    peak_rss_mb: float  # the whole process tree at its fullest (``bench/memory.py``)
    stages: dict[str, float] = field(default_factory=dict)
    trafilatura_seconds: float = 0.0
    encoder_seconds: float = 0.0
    unique_sentences: bool = False  # every sentence new to the encoder (no cache hits)
    ahead_seconds: float = 0.0  # encoder time in the embed-ahead helper, during ingest
    waited_seconds: float = 0.0  # ingest's time waiting for that helper
    peak_rss_sum_mb: float = 0.0  # its own peak + its largest ended helper's: an upper bound
    helper_own_seconds: float = 0.0  # our code in the grading helper (beside the run's time)
    helper_encoder_seconds: float = 0.0  # the grading helper's encoder time
    workers_peak_mb: float = 0.0  # with a cluster: the sum of its workers' own peaks

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def own_seconds(self) -> float:
        """Time in our own code: the run's time outside trafilatura, the encoder and the
        waits for the embed-ahead helper."""
        return max(0.0, self.seconds - self.trafilatura_seconds - self.encoder_seconds
                   - self.waited_seconds)

    @property
    def own_share(self) -> float:
        """Our code's share of the work of our code, trafilatura and the encoder. Without
        helpers the three add up to the run's time; the embed-ahead helper encodes while
        ingest runs and the grading helper grades beside the caller, so their seconds are
        added as they were spent, to our code or to the encoder."""
        own = self.own_seconds + self.helper_own_seconds
        work = (own + self.trafilatura_seconds + self.encoder_seconds + self.ahead_seconds
                + self.helper_encoder_seconds)
        return own / work if work else 0.0

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["stages"] = {k: round(v, 2) for k, v in self.stages.items()}
        data.update(articles_per_second=round(self.per_second, 1),
                    own_share=round(self.own_share, 3))
        return data


def _run_size(corpus: str, n: int, source_format: str, cluster: str | None,
              unique_sentences: bool) -> SizeResult:
    from parallax.assess.runner import embed_ahead, update_corpus
    from parallax.bench.ingest import synthetic_records
    from parallax.embed.encoder import default_encoder
    from parallax.ingest.run import ingest
    from parallax.model import Article
    from parallax.pipeline import default_pipeline
    from parallax.runtime import single_threaded_blas
    from parallax.store.corpus_repo import list_stories
    from parallax.store.repository import Store

    single_threaded_blas()

    with tempfile.TemporaryDirectory(prefix="parallax-bench-e2e-") as tmp:
        path = Path(tmp) / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for record in synthetic_records(Path(corpus), n, source_format, unique_sentences):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        url = f"sqlite:///{tmp}/bench.db"
        store = Store(url)
        encoder = default_encoder()
        encoder.encode(["warm-up"])  # load the model outside the timing
        pipeline = default_pipeline(timed=True)
        ahead_seconds = waited = local = workers_peak = 0.0  # see embed/ahead.py
        tree = TreePeak()
        tree.start()
        if cluster:
            from parallax.distributed.cluster import open_cluster
            from parallax.distributed.run import cluster_ingest

            with open_cluster(cluster) as client:  # cluster start-up is not timed
                started = time.perf_counter()
                report = cluster_ingest([str(path)], url, client)
                ingest_seconds = time.perf_counter() - started
                workers_peak = sum(client.run(own_peak_mb).values())
        else:
            started = time.perf_counter()
            ahead = embed_ahead(store, version=encoder.version)
            report = ingest([str(path)], store, pipeline=pipeline,
                            on_result=lambda r: ahead.add(r) if isinstance(r, Article) else None)
            ahead.close()
            ingest_seconds = time.perf_counter() - started
            ahead_seconds, waited, local = ahead.seconds, ahead.waited, ahead.local_seconds
        started = time.perf_counter()
        corpus_update = update_corpus(store, encoder)
        seconds = ingest_seconds + time.perf_counter() - started
        tree.stop()
        stories = len(list_stories(store))
        store.close()
    stages: dict[str, float] = {}
    timings = pipeline.timings or {}
    if cluster:
        stages["per-article (cluster)"] = ingest_seconds
    else:
        stages["ingest"] = sum(timings.get(s, 0.0) for s in INGEST_STAGES)
        for name in ("language", "sentences", "extract", "framing"):
            stages[name] = timings.get(name, 0.0)
        stages["store"] = max(0.0, ingest_seconds - waited - local - sum(timings.values()))
    encoder_seconds = (corpus_update.link_encoder_seconds + corpus_update.grade_encoder_seconds
                       + local)
    stages["embed"] = encoder_seconds
    if not cluster:  # the cluster path does not embed ahead
        stages["embed ahead (helper)"] = ahead_seconds
        stages["waiting for the helper"] = waited
    stages["link"] = corpus_update.link_seconds - corpus_update.link_encoder_seconds
    stages["assess"] = corpus_update.grade_seconds - corpus_update.grade_encoder_seconds
    helper_encoder = corpus_update.grade_helper_encoder_seconds
    helper_own = corpus_update.grade_helper_seconds - helper_encoder
    if corpus_update.grade_helper_seconds:
        stages["assess (helper)"] = helper_own
    return SizeResult(n, source_format, cluster, seconds, report.stored, stories,
                      tree.peak_mb, stages, timings.get("html", 0.0), encoder_seconds,
                      unique_sentences, ahead_seconds, waited, sum_of_peaks_mb(),
                      helper_own, helper_encoder, workers_peak)


def run_size(corpus: Path, n: int, source_format: str, cluster: str | None,
             unique_sentences: bool = False) -> SizeResult:
    """One size in a fresh process (spawned), so peak RSS belongs to that size alone."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(_run_size, str(corpus), n, source_format, cluster,
                           unique_sentences).result()


@dataclass
class EndToEndBench:
    results: list[SizeResult]

    def growth_ratio(self) -> float | None:
        """Time at the second size over time at the first (10k / 1k by default)."""
        if len(self.results) < 2 or not self.results[0].seconds:
            return None
        return self.results[1].seconds / self.results[0].seconds

    def as_dict(self) -> dict[str, Any]:
        ratio = self.growth_ratio()
        return {"results": [r.as_dict() for r in self.results],
                "growth_ratio": round(ratio, 2) if ratio else None}

    def summary(self) -> str:
        lines = []
        for r in self.results:
            stages = ", ".join(f"{k} {v:.1f}" for k, v in r.stages.items())
            workers = (f"; the cluster's workers' own peaks {r.workers_peak_mb:.0f} MB in all"
                       if r.cluster else "")
            lines.append(
                f"{r.articles} {r.source_format} articles"
                f"{' (unique sentences)' if r.unique_sentences else ''}"
                f"{' on ' + r.cluster if r.cluster else ''}"
                f": {r.seconds:.1f} s = {r.per_second:.1f} articles/s end to end; "
                f"{r.stories} stories; peak RSS {r.peak_rss_mb:.0f} MB (all processes at "
                f"once; the main process's own peak plus its largest helper's "
                f"{r.peak_rss_sum_mb:.0f} MB){workers}; own code "
                f"{r.own_share:.0%} (trafilatura {r.trafilatura_seconds:.1f} s, encoder "
                f"{r.encoder_seconds + r.ahead_seconds + r.helper_encoder_seconds:.1f} s)"
                f"\n    stages (s): {stages}")
        ratio = self.growth_ratio()
        if ratio:
            a, b = self.results[0].articles, self.results[1].articles
            lines.append(f"growth ratio time({b}) / time({a}) = {ratio:.2f} "
                         f"(linear would be {b / a:.1f})")
        return "\n".join(lines)


def bench_end_to_end(corpus: Path, sizes: list[int], source_format: str = "text",
                     cluster: str | None = None,
                     unique_sentences: bool = False) -> EndToEndBench:
    return EndToEndBench([run_size(corpus, n, source_format, cluster, unique_sentences)
                          for n in sizes])

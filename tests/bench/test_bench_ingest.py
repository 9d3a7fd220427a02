import json
from pathlib import Path

from parallax.bench.ingest import bench_ingest, synthetic_records
from parallax.model import Article, SourceItem
from tests.conftest import CORPUS


def test_synthetic_copies_differ() -> None:
    records = list(synthetic_records(CORPUS, 140, "text"))
    assert len({r["text"] for r in records}) == 140


def test_bench_runs_both_formats() -> None:
    for fmt in ("text", "html"):
        result = bench_ingest(CORPUS, 30, fmt)
        assert result.stored == 30 and result.errors == 0
        assert result.per_second > 0 and result.peak_rss_mb > 0
        assert set(result.stage_seconds) >= {"language", "sentences", "store+read"}


def test_bench_extract_and_link_run() -> None:
    from parallax.bench.link import bench_link
    from parallax.bench.stage import bench_stage

    extracted = bench_stage(CORPUS, 40, "extract")
    assert extracted.articles == 40 and extracted.produced > 0 and extracted.per_second > 0
    framed = bench_stage(CORPUS, 40, "framing")
    assert framed.articles == 40 and framed.produced > 0 and framed.per_second > 0
    linked = bench_link(CORPUS, 60)
    assert linked.equal_to_scratch
    assert 0 < linked.add_one_link_seconds <= linked.add_one_seconds


def test_unique_sentences_share_no_claim_text_and_add_no_numbers(tmp_path: Path) -> None:
    from parallax.bench.ingest import _base_articles
    from parallax.ingest.sources import iter_sources
    from parallax.pipeline import default_pipeline

    n = len(_base_articles(CORPUS))
    path = tmp_path / "copies.jsonl"
    plain = list(synthetic_records(CORPUS, 2 * n, "text"))
    marked = list(synthetic_records(CORPUS, 2 * n, "text", unique_sentences=True))
    path.write_text("\n".join(json.dumps(r) for r in (plain[0], marked[0], marked[n])))
    pipeline = default_pipeline()
    items = list(iter_sources([str(path)]))
    assert all(isinstance(item, SourceItem) for item in items), items
    articles = [pipeline.process(item) for item in items if isinstance(item, SourceItem)]
    base, first, second = (a for a in articles if isinstance(a, Article))
    texts = [{a.text[c.start : c.end] for c in a.claims} for a in (first, second)]
    assert texts[0] and not texts[0] & texts[1]  # the same base, no claim text in common
    assert base.quantities
    assert sorted(q.value for q in first.quantities) == sorted(q.value for q in base.quantities)

from parallax.bench.ingest import bench_ingest, synthetic_records
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

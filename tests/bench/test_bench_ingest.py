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

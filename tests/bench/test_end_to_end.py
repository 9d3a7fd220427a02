"""The end-to-end bench in its own process, with the embed-ahead helper at work."""

from parallax.bench.end_to_end import SizeResult, run_size
from tests.conftest import CORPUS


def test_new_text_is_embedded_ahead_and_nothing_is_left_for_the_corpus_stages() -> None:
    result = run_size(CORPUS, 60, "text", None, unique_sentences=True)
    assert result.stored == 60 and result.stories > 0
    assert result.ahead_seconds > 0  # the helper (or the caller, when it was behind) encoded
    assert result.stages["embed"] >= 0 and result.stages["link"] > 0
    assert 0 < result.own_share < 1


def test_own_share_counts_the_helpers_encoder_time_as_work() -> None:
    # no helper: our code, trafilatura and the encoder add up to the run
    plain = SizeResult(1000, "html", None, seconds=40.0, stored=1000, stories=3,
                       peak_rss_mb=500, trafilatura_seconds=4.0, encoder_seconds=16.0)
    assert plain.own_seconds == 20.0 and plain.own_share == 0.5
    # with a helper: 10 s of its encoding overlapped the run, 2 s the run waited for it
    ahead = SizeResult(1000, "html", None, seconds=30.0, stored=1000, stories=3,
                       peak_rss_mb=500, trafilatura_seconds=4.0, encoder_seconds=4.0,
                       ahead_seconds=10.0, waited_seconds=2.0)
    assert ahead.own_seconds == 20.0
    assert ahead.own_share == 20.0 / (20.0 + 4.0 + 4.0 + 10.0)


def test_a_cluster_run_reports_its_workers_peaks() -> None:
    result = run_size(CORPUS, 20, "text", "local:1")
    assert result.stored == 20 and "per-article (cluster)" in result.stages
    # the worker ran the pipeline (its models and the lexicons): far more than an idle process
    assert result.workers_peak_mb > 100

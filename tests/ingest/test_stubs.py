from parallax.model import Hints, SourceItem
from parallax.pipeline import Doc, default_pipeline


def _run(text: str, hints: Hints | None = None) -> list[str]:
    item = SourceItem("x", text, "text", hints or Hints())
    return default_pipeline()(Doc(item=item)).flags


def test_paywall_stub_is_kept_but_flagged() -> None:
    text = (
        "Minister resigns after inquiry\n\nThe minister stepped down on Monday after an "
        "inquiry found that he had misled parliament.\n\nSubscribe to read the full article."
    )
    assert "paywall-stub" in _run(text)


def test_teaser_shorter_than_the_promised_summary() -> None:
    summary = "A long summary of the story " * 10
    flags = _run("Title\n\nA long summary of the story…", Hints(summary=summary))
    assert "teaser" in flags


def test_full_article_is_not_flagged() -> None:
    text = "Title\n\n" + "The council approved the budget after a long debate on Tuesday. " * 30
    assert _run(text) == []

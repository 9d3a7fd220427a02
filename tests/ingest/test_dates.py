import pytest

from parallax.ingest.dates import date_from_url, normalise_date, resolve_date
from parallax.model import Hints, SourceItem
from parallax.pipeline import Doc


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://dissident.one/2020/09/29/armenie-verdedigt/", "2020-09-29"),
        ("https://example.org/news/2021-03-05-story.html", "2021-03-05"),
        ("https://example.org/2020/13/45/not-a-date", None),
        ("https://example.org/id228037571.html", None),
    ],
)
def test_date_from_url(url: str, expected: str | None) -> None:
    assert date_from_url(url) == expected


def _doc(hints: Hints, page_date: str | None = None) -> Doc:
    doc = Doc(item=SourceItem("x", "text", "text", hints))
    doc.published = page_date
    if page_date:
        doc.published_origin = "page-metadata"
    return doc


def test_order_of_trust() -> None:
    url = "https://example.org/2020/09/29/x"
    feed = Hints(url=url, published="2020-09-30T08:00:00+00:00", published_origin="feed")
    assert resolve_date(_doc(feed, "2020-09-28")).published_origin == "page-metadata"
    assert resolve_date(_doc(feed)).published_origin == "feed"
    only_url = resolve_date(_doc(Hints(url=url)))
    assert (only_url.published, only_url.published_origin) == ("2020-09-29", "url")
    record = Hints(url=url, published="2020-10-01", published_origin="record")
    assert resolve_date(_doc(record, "2020-09-28")).published == "2020-10-01"


def test_normalise_date() -> None:
    assert normalise_date("2020-10-06T10:00:00Z") == "2020-10-06T10:00:00+00:00"
    assert normalise_date("Tue, 06 Oct 2020 08:00:00 GMT") == "2020-10-06T08:00:00+00:00"
    assert normalise_date("not a date at all") is None

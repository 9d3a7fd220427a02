"""RSS and Atom feeds: each item becomes an article.

An item that carries its full text is read from the feed; an item that carries only a
summary has its linked page fetched. When that fetch fails the summary is still kept,
flagged as a teaser with the reason, so nothing readable is lost.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import feedparser

from parallax.ingest.fetch import Fetcher, FetchError
from parallax.model import Hints, IngestError, SourceItem

FULL_TEXT_MIN_CHARS = 600
_TAG = re.compile(r"<[^>]+>")
_FEED_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.S)


def looks_like_feed(data: bytes, content_type: str = "") -> bool:
    ctype = content_type.lower()
    if any(t in ctype for t in ("rss", "atom", "rdf")):
        return True
    return bool(_FEED_START.match(data[:2048].lstrip(b"\xef\xbb\xbf")))


def _iso(struct: Any) -> str | None:
    if not struct:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(struct), tz=UTC).isoformat()
    except (TypeError, ValueError, OverflowError):
        return None


def _plain_len(html: str) -> int:
    return len(" ".join(_TAG.sub(" ", html).split()))


def feed_items(
    data: bytes, feed_source: str, fetcher: Fetcher | None
) -> Iterator[SourceItem | IngestError]:
    parsed = feedparser.parse(data)
    entries = [
        e for e in parsed.get("entries", [])
        if e.get("link") or e.get("title") or e.get("summary") or e.get("content")
    ]
    if not entries:
        reason = parsed.get("bozo_exception") or "no items"
        yield IngestError(feed_source, f"not a valid RSS/Atom feed ({reason})")
        return
    outlet = _feed_outlet(parsed)
    for index, entry in enumerate(entries):
        yield _entry_item(entry, index, feed_source, outlet, fetcher)


def _feed_outlet(parsed: Any) -> str | None:
    link = parsed.get("feed", {}).get("link")
    if link:
        from parallax.ingest.text_reader import outlet_from_url

        return outlet_from_url(link)
    return None


def _entry_item(
    entry: Any, index: int, feed_source: str, outlet: str | None, fetcher: Fetcher | None
) -> SourceItem | IngestError:
    link = entry.get("link")
    source = link or f"{feed_source}#item{index + 1}"
    summary = entry.get("summary") or ""
    contents = entry.get("content") or []
    full = max((c.get("value", "") for c in contents), key=len, default="")
    hints = Hints(
        url=link,
        title=entry.get("title"),
        author=entry.get("author"),
        outlet=outlet,
        published=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
        published_origin="feed",
        summary=_TAG.sub(" ", summary).strip() or None,
    )
    if _plain_len(full) >= FULL_TEXT_MIN_CHARS:
        return SourceItem(source, full, "html", hints)
    if link and fetcher is not None and link.startswith(("http://", "https://")):
        try:
            page = fetcher.get(link)
            return SourceItem(source, page.content, "html", hints)
        except FetchError as exc:
            reason = str(exc)
            if not (full or summary):
                return IngestError(source, f"fetching the item's page failed: {reason}")
            flagged = replace(hints, flags=("teaser", f"fetch-failed: {reason}"))
            return SourceItem(source, full or summary, "html", flagged)
    if full or summary:
        return SourceItem(source, full or summary, "html", hints)
    return IngestError(source, "feed item has no text and no link to fetch")

"""The published date, from the most trusted place that has one, with its origin.

Order of trust: a date the source record states explicitly (a JSONL ``published``), the
page's own metadata, the feed item, then a date in the URL (``/2020/09/29/``).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from parallax.pipeline import Doc

_URL_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?!\d)"
)
_ISO_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}")


def date_from_url(url: str | None) -> str | None:
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def normalise_date(value: str | None) -> str | None:
    """An ISO 8601 date or datetime string, or None when ``value`` is not a date."""
    if not value:
        return None
    value = value.strip()
    if len(value) == 10 and _ISO_PREFIX.match(value):
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            return None
    if _ISO_PREFIX.match(value):
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
        except ValueError:
            try:
                return date.fromisoformat(value[:10]).isoformat()
            except ValueError:
                return None
    from dateutil import parser as dateutil_parser

    try:
        return dateutil_parser.parse(value).isoformat()
    except (ValueError, OverflowError):
        return None


def resolve_date(doc: Doc) -> Doc:
    hints = doc.hints
    hinted = normalise_date(hints.published)
    if hinted and hints.published_origin == "record":
        doc.published, doc.published_origin = hinted, "record"
    elif doc.published:
        doc.published = normalise_date(doc.published) or doc.published
    elif hinted:
        doc.published, doc.published_origin = hinted, hints.published_origin or "feed"
    elif url_date := date_from_url(hints.url or doc.url):
        doc.published, doc.published_origin = url_date, "url"
    return doc

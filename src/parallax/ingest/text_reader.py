"""Plain text: taken verbatim; the first non-empty line is the title."""

from __future__ import annotations

from parallax.pipeline import Doc


def first_line(text: str) -> str | None:
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return None


def read_plain_text(doc: Doc) -> Doc:
    if doc.item.format != "text":
        return doc
    doc.text = doc.raw_text
    hints = doc.hints
    doc.title = hints.title or first_line(doc.text)
    doc.url = hints.url
    doc.outlet = hints.outlet or outlet_from_url(hints.url)
    doc.author = hints.author
    return doc


def outlet_from_url(url: str | None) -> str | None:
    """The outlet a URL belongs to: its host without ``www.``."""
    if not url or "://" not in url:
        return None
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None

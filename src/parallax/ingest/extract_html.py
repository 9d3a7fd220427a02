"""HTML pages: trafilatura for the body text and the page's own metadata."""

from __future__ import annotations

import logging
import re
import unicodedata
from html import unescape as _unescape

import trafilatura

from parallax.ingest.text_reader import outlet_from_url
from parallax.pipeline import Doc, Rejected

# trafilatura logs every page it cannot parse at ERROR level; we report per item instead
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")


def extract_body(html: str, url: str | None = None) -> tuple[str, dict[str, str | None]]:
    """The main text of a page and its metadata (title, author, date, sitename)."""
    document = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
    )
    text = ""
    meta: dict[str, str | None] = {}
    if document is not None and not isinstance(document, dict):
        text = document.text or ""
        meta = {
            "title": document.title,
            "author": document.author,
            "date": document.date,
            "sitename": document.sitename,
            "hostname": document.hostname,
            "description": document.description,
        }
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        # a page or fragment trafilatura cannot parse as an article still has readable text
        text = unicodedata.normalize("NFC", _fallback_text(html))
    return text, meta


def _fallback_text(html: str) -> str:
    try:
        _, text, _ = trafilatura.baseline(html)
    except Exception:  # noqa: BLE001 - malformed markup: fall through to tag stripping
        text = ""
    if text.strip():
        return str(text)
    stripped = _SCRIPT.sub(" ", html)
    return _unescape(_TAG.sub(" ", stripped)).strip()


def extract_html(doc: Doc) -> Doc:
    if doc.item.format != "html":
        return doc
    hints = doc.hints
    doc.html = doc.raw_text
    text, meta = extract_body(doc.raw_text, hints.url)
    if not text.strip():
        raise Rejected("no readable text in the HTML page")
    doc.text = text
    doc.url = hints.url
    doc.title = hints.title or meta.get("title")
    doc.author = hints.author or meta.get("author")
    doc.outlet = (
        hints.outlet or meta.get("sitename") or meta.get("hostname") or outlet_from_url(hints.url)
    )
    if meta.get("date"):
        doc.published, doc.published_origin = meta["date"], "page-metadata"
    doc.description = meta.get("description")
    return doc

"""HTML pages: trafilatura for the body text and the page's own metadata."""

from __future__ import annotations

import unicodedata

import trafilatura

from parallax.ingest.text_reader import outlet_from_url
from parallax.pipeline import Doc, Rejected


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
        # a page trafilatura cannot parse as an article still has readable text
        _, text, _ = trafilatura.baseline(html)
        text = unicodedata.normalize("NFC", text)
    return text, meta


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

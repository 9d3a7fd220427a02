"""Where documents come from: files, folders, JSONL/JSON records, feeds, URLs and GDELT
exports (lists of URLs).

``iter_sources`` turns what the user named into a stream of ``SourceItem``s and
``IngestError``s, one per input, so that nothing is skipped without a word.
``iter_work`` is the same stream before any network access: URLs stay ``FetchTask``s, so
a cluster can fetch them on its workers.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parallax.ingest.decode import MAX_DOCUMENT_BYTES
from parallax.ingest.feeds import feed_items, looks_like_feed
from parallax.ingest.fetch import Fetcher, FetchError
from parallax.ingest.gdelt import MAX_EXPORT_BYTES, gdelt_urls, is_gdelt_export
from parallax.model import Hints, IngestError, SourceItem

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
MAX_RECORD_BYTES = MAX_DOCUMENT_BYTES

Item = SourceItem | IngestError


@dataclass(frozen=True)
class FetchTask:
    """A URL (page or feed) still to be fetched."""

    url: str


Work = Item | FetchTask


def is_url(target: str) -> bool:
    return target.startswith(("http://", "https://"))


def iter_work(targets: Iterable[str]) -> Iterator[Work]:
    for target in targets:
        if is_url(target):
            yield FetchTask(target)
        else:
            yield from _path_items(Path(target))


def iter_sources(targets: Iterable[str], fetcher: Fetcher | None = None) -> Iterator[Item]:
    for work in iter_work(targets):
        if isinstance(work, FetchTask):
            yield from _url_items(work.url, fetcher)
        else:
            yield work


def _url_items(url: str, fetcher: Fetcher | None) -> Iterator[Item]:
    owned = fetcher is None
    fetcher = fetcher or Fetcher()
    try:
        try:
            page = fetcher.get(url)
        except FetchError as exc:
            yield IngestError(url, str(exc))
            return
        if looks_like_feed(page.content, page.content_type):
            yield from feed_items(page.content, url, fetcher)
        else:
            yield SourceItem(url, page.content, "html", Hints(url=page.url))
    finally:
        if owned:
            fetcher.close()


def _path_items(path: Path) -> Iterator[Work]:
    if path.is_dir():
        try:
            children = sorted(p for p in path.rglob("*") if p.is_file())
        except OSError as exc:
            yield IngestError(str(path), f"cannot list folder ({exc.strerror or exc})")
            return
        for child in children:
            yield from _file_items(child)
    elif path.exists():
        yield from _file_items(path)
    else:
        yield IngestError(str(path), "no such file or folder")


def _file_items(path: Path) -> Iterator[Work]:
    source = str(path)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_items(path)
        return
    if is_gdelt_export(path):
        yield from _gdelt_items(path)
        return
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            yield IngestError(
                source, f"file too large ({size / 1e6:.1f} MB > {MAX_DOCUMENT_BYTES / 1e6:.0f} MB)"
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield IngestError(source, f"cannot read file ({exc.strerror or exc})")
        return
    if suffix in TEXT_SUFFIXES:
        yield SourceItem(source, data, "text")
    elif suffix in HTML_SUFFIXES:
        yield SourceItem(source, data, "html")
    elif suffix == ".json":
        yield from _json_items(path, data)
    elif suffix in FEED_SUFFIXES or looks_like_feed(data):
        yield from feed_items(data, source, Fetcher())
    else:
        yield IngestError(source, f"unsupported file type '{suffix or path.name}'")


def _gdelt_items(path: Path) -> Iterator[Work]:
    try:
        size = path.stat().st_size
        if size > MAX_EXPORT_BYTES:
            yield IngestError(str(path), f"GDELT export too large ({size / 1e6:.0f} MB)")
            return
        urls = list(gdelt_urls(path))
    except (OSError, zipfile.BadZipFile) as exc:
        yield IngestError(str(path), f"cannot read GDELT export ({exc})")
        return
    if not urls:
        yield IngestError(str(path), "GDELT export lists no article URLs")
    for url in urls:
        yield FetchTask(url)


def _jsonl_items(path: Path) -> Iterator[Item]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield IngestError(str(path), f"cannot read file ({exc.strerror or exc})")
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            where = f"{path}#{number}"
            if not raw.strip():
                continue
            if len(raw) > MAX_RECORD_BYTES:
                yield IngestError(where, "record too large")
                continue
            try:
                record = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                yield IngestError(where, f"invalid JSON ({exc})")
                continue
            yield record_item(record, where)


def _json_items(path: Path, data: bytes) -> Iterator[Item]:
    try:
        document = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        yield IngestError(str(path), f"invalid JSON ({exc})")
        return
    records = document if isinstance(document, list) else [document]
    for number, record in enumerate(records, start=1):
        yield record_item(record, f"{path}#{number}")


def _str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    return str(value) if value not in (None, "") else None


def record_item(record: Any, where: str) -> Item:
    """One JSON record (``text`` or ``html``, optional metadata) as a source item."""
    if not isinstance(record, dict):
        return IngestError(where, "record is not a JSON object")
    text, html = record.get("text"), record.get("html")
    url = _str(record, "url")
    hints = Hints(
        url=url,
        title=_str(record, "title"),
        outlet=_str(record, "outlet"),
        author=_str(record, "author"),
        published=_str(record, "published"),
        published_origin="record" if record.get("published") else None,
        language=_str(record, "language"),
    )
    source = url or where
    if isinstance(html, str) and html.strip():
        return SourceItem(source, html, "html", hints)
    if isinstance(text, str) and text.strip():
        return SourceItem(source, text, "text", hints)
    return IngestError(where, "record has no 'text' or 'html'")

"""GDELT 2.0 exports as sources: the article URLs they list, to be fetched.

Recognised by name (as GDELT publishes them, optionally zipped): ``*.export.CSV``
(events, 61 tab-separated columns, SOURCEURL last), ``*.mentions.CSV`` (16 columns,
MentionIdentifier sixth, web mentions only) and ``*.gkg.csv`` (GKG 2.1, 27 columns,
DocumentIdentifier fifth, web documents only). Each URL is listed once per file.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

SUFFIXES = (".export.csv", ".mentions.csv", ".gkg.csv")
MAX_EXPORT_BYTES = 512 * 1024 * 1024


def is_gdelt_export(path: Path) -> bool:
    name = path.name.lower().removesuffix(".zip")
    return name.endswith(SUFFIXES)


def _lines(path: Path) -> Iterator[str]:
    if path.name.lower().endswith(".zip"):
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if not n.endswith("/")]
            if not names:
                return
            with archive.open(names[0]) as member:
                yield from io.TextIOWrapper(member, encoding="utf-8", errors="replace")
        return
    with path.open(encoding="utf-8", errors="replace") as handle:
        yield from handle


def _url_of(columns: list[str]) -> str | None:
    if len(columns) == 61:  # events: SOURCEURL
        return columns[60]
    if len(columns) == 16 and columns[4] == "1":  # mentions: MentionType 1 = web
        return columns[5]
    if len(columns) == 27 and columns[2] == "1":  # GKG: SourceCollectionIdentifier 1 = web
        return columns[4]
    return None


def gdelt_urls(path: Path) -> Iterator[str]:
    """The distinct http(s) article URLs an export lists, in file order."""
    seen: set[str] = set()
    for line in _lines(path):
        url = _url_of(line.rstrip("\r\n").split("\t"))
        if url and url.startswith(("http://", "https://")) and url not in seen:
            seen.add(url)
            yield url

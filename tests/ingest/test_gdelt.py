"""GDELT 2.0 exports: the URLs of events, mentions and GKG files, zipped or not."""

from __future__ import annotations

import zipfile
from pathlib import Path

from parallax.ingest.gdelt import gdelt_urls, is_gdelt_export
from parallax.ingest.sources import FetchTask, iter_work
from parallax.model import IngestError


def _row(n: int, values: dict[int, str]) -> str:
    columns = [""] * n
    for index, value in values.items():
        columns[index] = value
    return "\t".join(columns)


def test_events_mentions_and_gkg_columns(tmp_path: Path) -> None:
    events = tmp_path / "20261124120000.export.CSV"
    events.write_text("\n".join([
        _row(61, {0: "1", 60: "https://news.example/a"}),
        _row(61, {0: "2", 60: "https://news.example/a"}),  # the same article again
        _row(61, {0: "3", 60: "https://news.example/b"}),
        _row(61, {0: "4", 60: "not a url"}),
    ]) + "\n")
    mentions = tmp_path / "20261124120000.mentions.CSV"
    mentions.write_text("\n".join([
        _row(16, {4: "1", 5: "https://news.example/c"}),
        _row(16, {4: "2", 5: "citation-only-source"}),  # not a web mention
    ]) + "\n")
    gkg = tmp_path / "20261124120000.gkg.csv"
    gkg.write_text(_row(27, {2: "1", 4: "https://news.example/d"}) + "\n")
    assert list(gdelt_urls(events)) == ["https://news.example/a", "https://news.example/b"]
    assert list(gdelt_urls(mentions)) == ["https://news.example/c"]
    assert list(gdelt_urls(gkg)) == ["https://news.example/d"]
    zipped = tmp_path / "20261124120000.export.CSV.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.write(events, events.name)
    assert is_gdelt_export(zipped) and not is_gdelt_export(tmp_path / "data.csv")
    assert list(gdelt_urls(zipped)) == ["https://news.example/a", "https://news.example/b"]
    work = list(iter_work([str(zipped)]))
    assert work == [FetchTask("https://news.example/a"), FetchTask("https://news.example/b")]


def test_broken_or_empty_exports_are_errors(tmp_path: Path) -> None:
    broken = tmp_path / "20261124120000.export.CSV.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    empty = tmp_path / "20261124121500.gkg.csv"
    empty.write_text("")
    out = list(iter_work([str(broken), str(empty)]))
    assert all(isinstance(e, IngestError) for e in out) and len(out) == 2
    assert "cannot read GDELT export" in out[0].reason  # type: ignore[union-attr]
    assert "no article URLs" in out[1].reason  # type: ignore[union-attr]

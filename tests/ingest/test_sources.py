import json
import os
from pathlib import Path

import pytest

from parallax.model import Article, IngestError
from tests.conftest import CORPUS, process

GOOD = "Het leger rukte dinsdag op naar de hoofdstad, meldden getuigen aan persbureau AFP."


def _errors(results: list[Article | IngestError]) -> dict[str, str]:
    return {r.source: r.reason for r in results if isinstance(r, IngestError)}


def test_txt_title_is_first_non_empty_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"\n\n  Een titel  \n\n{GOOD}\n", encoding="utf-8")
    (article,) = process([str(path)])
    assert isinstance(article, Article)
    assert article.title == "Een titel"
    assert article.source == str(path)


def test_jsonl_records_keep_their_metadata(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    rows = [
        {"text": GOOD, "url": "https://news.example/2020/09/29/x", "title": "T", "outlet": "o.nl"},
        {"html": f"<html><body><article><p>{GOOD}</p><p>{GOOD[::-1]}</p></article></body></html>"},
        {"title": "no body"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n", encoding="utf-8")
    results = process([str(path)])
    articles = [r for r in results if isinstance(r, Article)]
    assert articles[0].source == "https://news.example/2020/09/29/x"
    assert articles[0].outlet == "o.nl"
    assert (articles[0].published, articles[0].published_origin) == ("2020-09-29", "url")
    assert GOOD in articles[1].text
    errors = _errors(results)
    assert errors[f"{path}#3"] == "record has no 'text' or 'html'"
    assert errors[f"{path}#4"].startswith("invalid JSON")


def test_json_array(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps([{"text": GOOD}, {"text": GOOD + " Twee."}]), encoding="utf-8")
    assert all(isinstance(r, Article) for r in process([str(path)]))


def test_folder_is_read_recursively_and_bad_items_are_named(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "good.txt").write_text(f"Titel\n\n{GOOD}", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(os.urandom(4096) + b"\x00" * 4096)
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "broken.html").write_text("<html><body><div><p>" + GOOD + "<p><b>unclosed", "utf-8")
    results = process([str(tmp_path), str(tmp_path / "missing.txt")])
    errors = _errors(results)
    assert errors[str(tmp_path / "empty.txt")] == "empty document"
    assert "binary" in errors[str(tmp_path / "blob.txt")]
    assert errors[str(tmp_path / "picture.png")] == "unsupported file type '.png'"
    assert errors[str(tmp_path / "missing.txt")] == "no such file or folder"
    texts = [r.text for r in results if isinstance(r, Article)]
    assert len(texts) == 2 and all(GOOD in t for t in texts)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(GOOD)
    path.chmod(0)
    assert "cannot read" in _errors(process([str(path)]))[str(path)]


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    assert "too large" in _errors(process([str(path)]))[str(path)]


def test_bundled_corpus_reads_without_errors() -> None:
    results = process([str(CORPUS)])
    assert not _errors(results)
    assert len(results) == 66

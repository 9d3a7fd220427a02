import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from parallax.ingest.run import ingest, ingest_items
from parallax.model import Article, IngestError, SourceItem
from parallax.store import repository
from parallax.store.repository import Store
from parallax.store.tables import articles, inputs, sentences
from tests.conftest import BACKEND, CORPUS, process, store_url


def test_migrations_create_the_schema(store: Store) -> None:
    tables = set(inspect(store.engine).get_table_names())
    assert {"articles", "sentences", "inputs", "alembic_version"} <= tables


def test_ingest_is_idempotent(store: Store) -> None:
    first = ingest([str(CORPUS)], store)
    assert first.stored == 65 and first.duplicates == 1 and not first.errors
    second = ingest([str(CORPUS)], store)
    assert second.stored == 0 and second.already_done == 66
    assert store.count_articles() == 65


def test_article_round_trip(store: Store) -> None:
    ingest([str(CORPUS / "seeds")], store)
    row = next(r for r in store.list_articles() if r["language"] == "nl")
    article = store.get_article(row["id"])
    assert article is not None
    assert article.sentences and article.removed
    assert article.sentences[0].text_of(article.text) == article.title
    assert store.find_article_id(row["id"][:6]) == row["id"]
    assert "framing_spans" in set(inspect(store.engine).get_table_names())
    fresh = process([str(CORPUS / "seeds" / "000_c6003d2db5c56764.txt")])[0]
    assert isinstance(fresh, Article) and fresh.framing
    assert article.framing == fresh.framing  # spans survive the store unchanged


def test_articles_read_in_batches_equal_articles_read_one_by_one(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest([str(CORPUS / "dev")], store)
    ids = [r["id"] for r in store.list_articles()][::-1] + ["no-such-id"]
    monkeypatch.setattr(repository, "ARTICLE_BATCH", 7)  # several batches
    batched = store.get_articles(ids)
    assert [a.id for a in batched] == ids[:-1]
    assert batched == [store.get_article(i) for i in ids[:-1]]
    assert any(a.framing for a in batched) and all(a.sentences for a in batched)
    light = store.get_articles(ids, with_sentences=False, with_framing=False)
    assert [(a.claims, a.mentions, a.text) for a in light] == [
        (a.claims, a.mentions, a.text) for a in batched]
    assert not any(a.sentences or a.framing for a in light)


def test_errors_are_logged_and_retried(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    report = ingest([str(bad)], store)
    assert [e.reason for e in report.errors] == ["empty document"]
    assert [r.reason for r in store.input_log("error")] == ["empty document"]
    bad.write_text("Titel\n\nDe regering heeft dinsdag nieuwe maatregelen aangekondigd.")
    assert ingest([str(bad)], store).stored == 1


def test_one_batch_holds_repeats_copies_and_errors(store: Store) -> None:
    """Inputs are written a batch at a time: within one batch an input seen again is done,
    a second input with the same text is a duplicate, and errors are logged beside."""
    text = "Titel\n\nDe regering heeft dinsdag nieuwe maatregelen aangekondigd voor de zorg."
    first = SourceItem("a.txt", text, "text")
    items: list[SourceItem | IngestError] = [
        first, first, SourceItem("b.txt", text, "text"), SourceItem("c.txt", "", "text"),
        IngestError("d.txt", "unreadable file"),
    ]
    seen: list[str] = []
    report = ingest_items(items, store, on_result=lambda r: seen.append(r.source))
    assert (report.stored, report.already_done, report.duplicates) == (1, 1, 1)
    assert [e.source for e in report.errors] == ["c.txt", "d.txt"]
    assert seen == ["a.txt", "b.txt", "c.txt", "d.txt"]  # in input order, each once
    assert store.count_articles() == 1
    log = {r.source: r.status for r in store.input_log()}
    assert log == {"a.txt": "ok", "b.txt": "ok", "c.txt": "error", "d.txt": "error"}
    again = ingest_items(items, store)
    assert (again.stored, again.already_done, len(again.errors)) == (0, 3, 2)


def _write_corpus(folder: Path, n: int) -> None:
    folder.mkdir()
    with (folder / "many.jsonl").open("w", encoding="utf-8") as out:
        for i in range(n):
            text = (
                f"Bericht {i}\n\nDe gemeenteraad van stad {i} heeft dinsdag de begroting "
                f"goedgekeurd na een lang debat over {i} voorstellen. " * 6
            )
            out.write(json.dumps({"text": text, "url": f"https://example.org/{i}"}) + "\n")


def _count(store: Store, table: object) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)  # type: ignore[arg-type]


def test_kill_and_resume(tmp_path: Path) -> None:
    n = 400
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, n)
    db = store_url(tmp_path, "resume")
    cmd = [sys.executable, "-m", "parallax.cli", "ingest", str(corpus), "--db", db]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    store = Store(db)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and _count(store, articles) < 20:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _count(store, articles)
    assert 0 < partial < n, "the kill must land mid-run"
    # every article that is there is whole: its input row and its sentences committed with it
    assert _count(store, inputs) == partial
    with store.engine.connect() as conn:
        orphans = conn.execute(
            select(func.count()).select_from(articles)
            .where(~articles.c.id.in_(select(sentences.c.article_id)))
        ).scalar()
    assert orphans == 0
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert _count(store, articles) == n
    assert _count(store, inputs) == n
    with store.engine.connect() as conn:
        dupes = conn.execute(
            select(inputs.c.source).group_by(inputs.c.source).having(func.count() > 1)
        ).all()
    assert dupes == []


@pytest.mark.skipif(os.name != "posix", reason="WAL check is for SQLite files")
@pytest.mark.skipif(BACKEND != "sqlite", reason="a SQLite setting")
def test_sqlite_runs_in_wal_mode(store: Store) -> None:
    with store.engine.connect() as conn:
        mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    assert mode == "wal"


def test_two_processes_ingest_into_one_database(tmp_path: Path) -> None:
    """Concurrent ingest of overlapping inputs: nothing lost, nothing stored twice."""
    n = 120
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, n)
    db = store_url(tmp_path, "shared")
    Store(db).close()  # migrate once before the race
    cmd = [sys.executable, "-m", "parallax.cli", "ingest", str(corpus), "--db", db,
           "--no-link"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True) for _ in range(2)]
    for proc in procs:
        _, stderr = proc.communicate(timeout=300)
        assert proc.returncode == 0, stderr
    store = Store(db)
    assert _count(store, articles) == n
    assert _count(store, inputs) == n
    with store.engine.connect() as conn:
        orphans = conn.execute(
            select(func.count()).select_from(articles)
            .where(~articles.c.id.in_(select(sentences.c.article_id)))
        ).scalar()
        per_article = conn.execute(
            select(sentences.c.article_id, func.count()).group_by(sentences.c.article_id)
        ).all()
    assert orphans == 0
    assert len({count for _, count in per_article}) == 1  # each article's sentences once

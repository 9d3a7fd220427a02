"""The CLI end to end, as a user runs it: a real process and a real SQLite file."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS, shared_file, store_url


def _run(*args: str, check: bool = True,
         columns: int | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": str(columns)} if columns else None
    result = subprocess.run(
        [sys.executable, "-m", "parallax.cli", *args], capture_output=True, text=True,
        timeout=300, env=env,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_ingest_articles_show(tmp_path: Path) -> None:
    db = store_url(tmp_path, "cli")
    out = json.loads(_run("ingest", str(CORPUS), "--db", db, "--json").stdout)
    assert out["stored"] == 65 and out["errors"] == []
    listed = json.loads(_run("articles", "--db", db, "--json").stdout)
    assert len(listed) == 65
    assert {"id", "source", "outlet", "language", "title", "published"} <= set(listed[0])
    dev = next(a for a in listed if a["source"].startswith("https://www.wr.de/"))
    assert dev["outlet"] == "wr.de"
    seed = next(a for a in listed if a["source"].endswith("000_c6003d2db5c56764.txt"))
    shown = json.loads(_run("show", seed["id"][:8], "--db", db, "--json").stdout)
    assert shown["id"] == seed["id"] and shown["language"] == "nl"
    for sentence in shown["sentences"]:
        assert shown["text"][sentence["start"] : sentence["end"]] == sentence["text"]
    text = _run("show", seed["id"], "--db", db).stdout
    assert "  1 De helft van de bevolking" in text
    table = _run("articles", "--db", db).stdout
    assert "65 articles" in table


def test_exit_code_only_when_nothing_could_be_read(tmp_path: Path) -> None:
    db = store_url(tmp_path, "cli")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    failed = _run("ingest", str(empty), str(tmp_path / "nope.txt"), "--db", db, check=False)
    assert failed.returncode == 1
    assert f"{empty}: empty document" in failed.stderr
    good = tmp_path / "good.txt"
    good.write_text("Titel\n\nDe regering heeft dinsdag nieuwe maatregelen aangekondigd.")
    mixed = _run("ingest", str(empty), str(good), "--db", db, "--report")
    assert "stored 1 new articles" in mixed.stdout
    assert "empty document" in mixed.stdout  # the --report table


def test_report_files(tmp_path: Path) -> None:
    db = store_url(tmp_path, "cli")
    _run("ingest", str(CORPUS / "seeds"), "--db", db)
    json_path, html_path = tmp_path / "out" / "r.json", tmp_path / "out" / "r.html"
    _run("report", "--db", db, "--json", str(json_path), "--html", str(html_path))
    data = json.loads(json_path.read_text())
    assert len(data["articles"]) == 2
    assert len(data["stories"]) == 1
    story = data["stories"][0]
    assert {a["language"] for a in story["articles"]} == {"en", "nl"}
    assert all(g["grade"] and g["claims"] for g in story["claim_groups"])
    assert html_path.read_text().startswith("<!doctype html>")


def test_unknown_article_id(tmp_path: Path) -> None:
    db = store_url(tmp_path, "cli")
    result = _run("show", "ffff", "--db", db, check=False)
    assert result.returncode == 2
    assert "no single article" in result.stderr


def test_claims_json_uses_the_gold_field_names(tmp_path: Path) -> None:
    db = store_url(tmp_path, "cli")
    _run("ingest", str(CORPUS / "seeds"), "--db", db)
    listed = json.loads(_run("articles", "--db", db, "--json").stdout)
    seed = next(a for a in listed if a["language"] == "nl")
    shown = json.loads(_run("show", seed["id"], "--db", db, "--json").stdout)
    claims = json.loads(_run("claims", seed["id"], "--db", db, "--json").stdout)
    assert claims
    for claim in claims:
        assert {"start", "end", "text", "speaker", "speaker_role", "via", "cue", "quantities",
                "entities", "date"} <= set(claim)
        assert shown["text"][claim["start"] : claim["end"]] == claim["text"]
        for q in claim["quantities"]:
            assert {"text", "value", "value_max", "bound", "approx", "unit", "of"} <= set(q)
    assert any(c["speaker"] and c["via"] for c in claims)
    table = _run("claims", seed["id"], "--db", db).stdout
    assert "unattributed" in table


def test_stories_and_story_json(tmp_path: Path) -> None:
    db = store_url(tmp_path, "cli")
    _run("ingest", str(CORPUS / "seeds"), "--db", db)
    stories = json.loads(_run("stories", "--db", db, "--json").stdout)
    assert len(stories) == 1 and stories[0]["languages"] == ["en", "nl"]
    assert sum(stories[0]["grades"].values()) > 0
    view = json.loads(_run("story", stories[0]["id"], "--db", db, "--json").stdout)
    assert {a["language"] for a in view["articles"]} == {"en", "nl"}
    for group in view["claim_groups"]:
        assert group["grade"] in {"corroborated", "single-source", "conflicting", "unattributed"}
        assert group["reasons"] and group["claims"]
        for claim in group["claims"]:
            assert {"article_id", "text", "speaker", "via", "quantities"} <= set(claim)
    assert "unattributed" in _run("story", stories[0]["id"], "--db", db).stdout
    # too narrow for a column an article, the matrix is read row by row
    rows = _run("story", stories[0]["id"], "--db", db, columns=60).stdout
    assert "┃" not in rows and "dissident.one [nl]: " in rows
    assert "┃" in _run("story", stories[0]["id"], "--db", db, columns=160).stdout
    # the id that `parallax story` takes is shown whole, and the counts, however narrow;
    # what the story is about and its outlets at least begin
    label = stories[0]["label"]
    assert len(label) > 12
    for columns, wide in ((60, False), (80, False), (160, True)):
        table = _run("stories", "--db", db, columns=columns).stdout
        assert stories[0]["id"] in table, columns
        assert str(stories[0]["grades"].get("unattributed", 0)) in table
        assert ("┃ about" in table) == wide and "dissident.one" in table
        assert label[:12] in table, columns


def test_framing_json_offsets_match_show(tmp_path: Path) -> None:
    db = store_url(tmp_path, "cli")
    seed = str(CORPUS / "seeds" / "000_c6003d2db5c56764.txt")
    _run("ingest", seed, "--db", db, "--no-link")
    (listed,) = json.loads(_run("articles", "--db", db, "--json").stdout)
    shown = json.loads(_run("show", listed["id"], "--db", db, "--json").stdout)
    framed = json.loads(_run("framing", listed["id"], "--db", db, "--json").stdout)
    assert framed["spans"] and 0 < framed["loaded_share"] < 1
    for span in framed["spans"]:
        assert shown["text"][span["start"]:span["end"]] == span["text"]
    techniques = {s["technique"] for s in framed["spans"]}
    assert {"Name_Calling-Labeling", "Figure_Without_Source"} <= techniques
    text_view = _run("framing", listed["id"][:8], "--db", db).stdout
    assert "schurkenstaat" in text_view and "Name_Calling-Labeling" in text_view


def test_ingest_on_a_local_cluster_then_analyze(tmp_path: Path) -> None:
    db = store_url(tmp_path, "cluster")
    out = json.loads(_run("ingest", str(CORPUS / "seeds"), "--db", db, "--cluster", "local:2",
                          "--json", "--no-link").stdout)
    assert out["stored"] == 2 and out["errors"] == []
    analyzed = _run("analyze", "--db", db, "--cluster", "local:1").stdout
    assert "re-analysed 2 articles" in analyzed
    assert _run("ingest", "x", "--cluster", "nowhere", "--db", db, check=False).returncode != 0


def test_a_plain_path_is_a_sqlite_file_and_a_bad_database_is_a_clear_error(
    tmp_path: Path,
) -> None:
    path = tmp_path / "plain.db"
    _run("ingest", str(CORPUS / "seeds"), "--db", str(path))
    assert path.is_file()
    assert len(json.loads(_run("articles", "--db", str(path), "--json").stdout)) == 2
    missing = _run("articles", "--db", str(tmp_path / "no" / "such" / "dir.db"), check=False)
    assert missing.returncode == 2
    assert "cannot open database" in missing.stderr and "Traceback" not in missing.stderr
    unknown = _run("articles", "--db", "nosuchdriver://x", check=False)
    assert unknown.returncode == 2 and "cannot open database" in unknown.stderr


def test_eval_framing_on_a_file_instead_of_a_folder_is_a_clear_error(tmp_path: Path) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text("{}", encoding="utf-8")
    result = _run("eval", "framing", "--gold", str(gold), check=False)
    assert result.returncode == 2
    assert "articles.jsonl" in result.stderr and "Traceback" not in result.stderr


def test_eval_grades_held_out_prints_both_groupings() -> None:
    gold = str(shared_file("corpus", "dev", "gold.json"))
    out = json.loads(_run("eval", "grades", "--gold", gold, "--held-out", "--json").stdout)
    apart, graded = out["held_out"], out[gold]
    assert apart["stories"] >= 5
    assert apart["shipped"]["pair_f1"] == graded["pair_f1"]  # the same stories, one file
    assert 0 < apart["held_out"]["pair_f1"] < 1
    assert set(apart["weights_fitted_on_all"]["plain"]) >= {"cos", "quantity_match", "bias"}
    assert set(apart["pair_ranking"]) == {"held_out", "shipped"}
    assert 0.5 < apart["pair_ranking"]["held_out"]["auc"] <= 1
    assert apart["grades"]["shipped"]["grade_accuracy"] == graded["grade_accuracy"]
    assert 0 < apart["grades"]["held_out"]["grade_accuracy"] < 1
    stories = apart["per_story"]
    assert len(stories) == apart["stories"]
    # within-story counts add up to no more than the pooled ones (a gold group split across
    # stories has pairs in none of them)
    tp = sum(s["shipped"]["tp"] for s in stories)
    fp = sum(s["shipped"]["fp"] for s in stories)
    assert fp == 0 or tp / (tp + fp) == pytest.approx(apart["shipped"]["pair_precision"])


def test_eval_grades_misses_lists_each_missed_gold_group_once() -> None:
    gold = str(shared_file("corpus", "seeds", "gold.json"))
    rows = json.loads(_run("eval", "grades", "--gold", gold, "--json").stdout)[gold]["groups"]
    lines = _run("eval", "grades", "--gold", gold, "--misses").stdout.splitlines()[1:]
    wrong = [r for r in rows if r["predicted"] != r["gold"]]
    assert wrong  # the seeds have a gold group graded wrong (accuracy 0.8)
    listed = [line.split()[0] for line in lines]
    assert len(listed) == len(set(listed)) and {r["id"] for r in wrong} <= set(listed)
    for row in wrong:
        line = next(x for x in lines if x.split()[0] == row["id"])
        assert f"{row['gold']} → {row['predicted']}" in line
        assert all(reason in line for reason in row["reasons"])
    assert len(_run("eval", "grades", "--gold", gold).stdout.splitlines()) == 1


def test_eval_grades_held_out_on_one_story_is_a_clear_error() -> None:
    gold = str(shared_file("corpus", "seeds", "gold.json"))
    result = _run("eval", "grades", "--gold", gold, "--held-out", check=False)
    assert result.returncode == 2
    flat = " ".join(result.stderr.replace("│", " ").split())  # the error box wraps lines
    assert "two stories at least" in flat and "Traceback" not in result.stderr

"""The reports over a real store: the JSON report validates against its schema, the HTML
report is one self-contained page with every hostile string escaped."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from parallax.assess.runner import update_corpus
from parallax.ingest.run import ingest
from parallax.report.html_report import render_report
from parallax.report.json_report import build_report
from parallax.store.repository import Store
from tests.conftest import CORPUS, FIXTURES, ROOT, store_url
from tests.conftest_corpus import encoder


@pytest.fixture(scope="module")
def report_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(store_url(tmp_path_factory.mktemp("report"), "r"))
    ingest([str(CORPUS / "seeds"), str(FIXTURES / "hostile.html"), "/no/such/file.txt"],
           store)
    update_corpus(store, encoder())
    return store


def test_json_report_matches_its_schema(report_store: Store) -> None:
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads(json.dumps(build_report(report_store)))
    jsonschema.validate(data, schema)
    assert len(data["articles"]) == 3 and data["ingest_errors"]
    seed_story = next(s for s in data["stories"] if len(s["articles"]) == 2)
    assert {a["language"] for a in seed_story["articles"]} == {"en", "nl"}
    dutch = next(a for a in data["articles"] if a["language"] == "nl")
    assert any(f["technique"] == "Name_Calling-Labeling" for f in dutch["framing"])
    # a schema that cannot fail is no check: a wrong grade must be refused
    seed_story["claim_groups"][0]["grade"] = "probably-true"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_html_report_is_self_contained_and_escaped(report_store: Store, tmp_path: Path) -> None:
    page = render_report(report_store, build_report(report_store))
    assert "<script" not in page and "<img" not in page and "<iframe" not in page
    assert 'href="javascript' not in page and "onerror=\"" not in page
    assert "&lt;script&gt;window.__xss" in page  # shown as text
    assert "default-src 'none'" in page and "<link rel=\"stylesheet\"" not in page
    assert "src=\"http" not in page and "href=\"/static" not in page
    assert '"Segoe UI"' in page  # the inlined stylesheet is not escaped (it is ours)
    # the same views as the web UI: story list, claim matrix, article highlights
    assert 'class="matrix"' in page and "fr-name-calling-labeling" in page
    assert page.count('id="story-') >= 2 and page.count('id="article-') == 3


def test_an_article_with_no_outlet_is_listed_by_its_file_name(report_store: Store) -> None:
    from parallax.report.story_list import StoryFilter, story_page
    from parallax.store.corpus_repo import list_stories

    # the English seed is a bare .txt file: no outlet, so its file name stands for it,
    # after the outlets that are named
    seed = next(s for s in list_stories(report_store) if len(s["article_ids"]) == 2)
    assert seed["outlets"] == ["dissident.one", "003_ba776f5750207993.txt"]
    page = story_page(report_store, StoryFilter())
    listed = next(s for s in page.stories if s["id"] == seed["id"])
    assert listed["outlets"] == seed["outlets"]

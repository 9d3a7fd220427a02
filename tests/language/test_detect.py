import json

import pytest

from parallax.model import Hints, SourceItem
from parallax.pipeline import Doc, default_pipeline
from tests.conftest import CORPUS, one_article, seed_gold, shared_file


def _detect(text: str, hints: Hints | None = None) -> Doc:
    return default_pipeline()(Doc(item=SourceItem("x", text, "text", hints or Hints())))


@pytest.mark.parametrize("index", [0, 1])
def test_seed_language(index: int) -> None:
    gold = seed_gold()["articles"][index]
    assert one_article(str(CORPUS / "seeds" / gold["file"])).language == gold["language"]


def test_every_dev_article_language_without_hints() -> None:
    path = shared_file("corpus", "dev", "articles.jsonl")
    wrong = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        doc = _detect(record["text"])  # the record's own language field is not given
        if doc.language != record["language"]:
            wrong.append((record["id"], record["language"], doc.language))
    assert wrong == []


def test_short_chrome_lines_inherit_the_article_language() -> None:
    sentence = "De regering heeft dinsdag nieuwe maatregelen aangekondigd. "
    text = "Titel\n\n" + sentence * 5 + "\n\nOK\n"
    doc = _detect(text)
    assert doc.language == "nl"
    assert all(s.language == "nl" for s in doc.sentences)


def test_confident_hint_mismatch_is_flagged() -> None:
    text = "The government announced new measures on Tuesday after a long debate. " * 5
    doc = _detect(text, Hints(language="de"))
    assert doc.language == "en"
    assert "language-hint-mismatch:de" in doc.flags


def test_unsupported_language_is_kept_and_flagged() -> None:
    text = "Hallitus ilmoitti tiistaina uusista toimenpiteistä pitkän keskustelun jälkeen. " * 4
    doc = _detect(text)
    assert doc.language == "fi"
    assert "unsupported-language:fi" in doc.flags

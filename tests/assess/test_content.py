"""What alignment compares of a claim: its statement and its reported content (real
sentences: wr.de / dpa and Heraldo, 1 January 2020)."""

from parallax.assess.content import (
    claim_content,
    claim_statement,
    compared_texts,
    without_asides,
)
from parallax.model import Article, Hints, SourceItem
from parallax.pipeline import default_pipeline


def _claims(text: str, code: str) -> tuple[Article, list[str]]:
    article = default_pipeline().process(SourceItem(
        "https://news.example/a", text, "text", Hints(title="Nachricht", language=code)))
    assert isinstance(article, Article)
    return article, [article.text[c.start : c.end] for c in article.claims]


def test_a_fact_and_the_sentence_that_attributes_it_state_the_fact() -> None:
    article, texts = _claims(
        "Die konservative ÖVP und die Grünen haben sich in Österreich auf einen "
        "Koalitionsvertrag geeinigt. Das wurde der Deutschen Presse-Agentur am Mittwoch aus "
        "Verhandlerkreisen bestätigt.", "de")
    claim = article.claims[0]
    assert texts[0].endswith("bestätigt.")  # one claim over both sentences
    fact = ("Die konservative ÖVP und die Grünen haben sich in Österreich auf einen "
            "Koalitionsvertrag geeinigt.")
    assert claim_statement(texts[0], claim) == fact
    assert claim_content(texts[0], claim) == fact
    assert compared_texts(texts, list(article.claims)) == ([fact], [fact])


def test_any_other_claim_states_its_whole_text_and_reports_what_follows_the_cue() -> None:
    article, texts = _claims(
        "Kurz, que compareció junto al jefe de Los Verdes, Werner Kogler, reconoció que la "
        "negociación, que ha durado siete semanas, no ha sido fácil.", "es")
    claim = article.claims[0]
    assert claim.attribution.speaker == "Kurz"
    assert claim_statement(texts[0], claim) == texts[0]
    assert claim_content(texts[0], claim) == ("la negociación, que ha durado siete semanas, "
                                              "no ha sido fácil.")


def test_asides_in_parentheses_are_not_compared() -> None:
    text = ("Erstmals werden dabei mehr Frauen (9) als Männer (8) im österreichischen "
            "Kabinett sitzen.")
    article, texts = _claims(text, "de")
    assert texts == [text]
    assert compared_texts(texts, list(article.claims)) == (
        ["Erstmals werden dabei mehr Frauen als Männer im österreichischen Kabinett sitzen."],
        ["Erstmals werden dabei mehr Frauen als Männer im österreichischen Kabinett sitzen."])
    assert [q.value for q in article.claims[0].quantities] == [9.0, 8.0]  # still counted
    assert without_asides("(dpa) (AFP)") == "(dpa) (AFP)"  # nothing left: kept whole


def test_reported_contents_lose_their_double_quotation_marks_but_not_apostrophes() -> None:
    # welt.de (dpa) and wsg, 1 January 2020: German „…“ and English “…” around one threat
    article, texts = _claims(
        "Trump schrieb auf Twitter, der Iran werde „einen sehr großen Preis zahlen“. Trump "
        "said that Baghdad’s neighbour Iran will “pay a very big price.”", "de")
    statements, contents = compared_texts(texts, list(article.claims))
    assert any("„" in s or "“" in s for s in statements)  # the sentences keep theirs
    assert contents and not any(m in c for c in contents for m in "„“”«»\"")
    assert any("Baghdad’s" in c for c in contents)

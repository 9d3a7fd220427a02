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


def test_an_aside_inside_a_quotation_says_what_the_quoted_words_mean() -> None:
    # welt.de (dpa, dev): the writer's "(der Fälle)" and "(Trump)" stay; "(Ortszeit)"
    # outside the quotation goes
    assert without_asides(
        "„Die Mehrheit (der Fälle) ist klar europäisch“, zitierte die Zeitung den "
        "Genforscher Harm van Bakel.") == (
        "„Die Mehrheit (der Fälle) ist klar europäisch“, zitierte die Zeitung den "
        "Genforscher Harm van Bakel.")
    assert without_asides(
        "«Seien Sie (Trump) doch mal logisch, was Sie ja nicht sind», schrieb Chamenei am "
        "Mittwoch (Ortszeit) auf Twitter.") == (
        "«Seien Sie (Trump) doch mal logisch, was Sie ja nicht sind», schrieb Chamenei am "
        "Mittwoch auf Twitter.")


def test_reported_contents_lose_their_double_quotation_marks_but_not_apostrophes() -> None:
    # welt.de (dpa) and wsg, 1 January 2020: German „…“ and English “…” around one threat
    article, texts = _claims(
        "Trump schrieb auf Twitter, der Iran werde „einen sehr großen Preis zahlen“. Trump "
        "said that Baghdad’s neighbour Iran will “pay a very big price.”", "de")
    statements, contents = compared_texts(texts, list(article.claims))
    assert any("„" in s or "“" in s for s in statements)  # the sentences keep theirs
    assert contents and not any(m in c for c in contents for m in "„“”«»\"")
    assert any("Baghdad’s" in c for c in contents)


def _content(text: str, code: str) -> str:
    article, texts = _claims(text, code)
    assert len(article.claims) == 1, texts
    assert article.claims[0].attribution.cue, texts  # a claim with a cue to cut at
    return claim_content(texts[0], article.claims[0])


def test_a_quotation_that_closes_at_the_cue_is_the_content() -> None:
    # welt.de, 9 April 2020: the cue follows the quotation, in the sentence's first half
    assert _content(
        "„Die Mehrheit (der Fälle) ist klar europäisch“, zitierte die Zeitung den "
        "Genforscher Harm van Bakel von der Icahn School of Medicine at Mount Sinai, der "
        "Mitautor einer der Studien ist.", "de") == "Die Mehrheit (der Fälle) ist klar europäisch"


def test_a_source_phrase_is_cut_out_wherever_it_stands() -> None:
    # Bloomberg / The Print, dpa / Welt, 1 January 2020; Welt, 9 April 2020
    assert _content(
        "The U.S. ambassador had departed two days earlier, according to a person familiar "
        "with the matter, who spoke on condition of anonymity because he wasn’t authorized "
        "to speak publicly.", "en") == "The U.S. ambassador had departed two days earlier"
    assert _content(
        "Wie Augenzeugen berichteten, wurden die zum Teil in Militäruniform marschierenden "
        "Demonstranten von den irakischen Sicherheitskräften an einem Kontrollpunkt vor der "
        "US-Botschaft nicht aufgehalten.", "de").startswith("wurden die zum Teil")
    assert _content(
        "Einen kompletten Sturm der diplomatischen Vertretung hat es nach US-Angaben nicht "
        "gegeben.", "de") == ("Einen kompletten Sturm der diplomatischen Vertretung hat es "
                              "nicht gegeben.")
    assert _content(
        "Das neuartige Coronavirus ist Studien zufolge vor allem von Menschen aus Europa in "
        "den Großraum der US-Metropole New York getragen worden.", "de") == (
        "Das neuartige Coronavirus ist vor allem von Menschen aus Europa in den Großraum der "
        "US-Metropole New York getragen worden.")


def test_a_complementizer_or_colon_a_few_words_after_the_verb_opens_the_content() -> None:
    # Bloomberg / The Print and El Confidencial, 1 January 2020
    assert _content(
        "Trump said in a tweet that Iran “will be held fully responsible” for the embassy "
        "assault.", "en") == "Iran “will be held fully responsible” for the embassy assault."
    assert _content(
        "Donald Trump tuiteó el martes por la tarde: “Irán será completamente responsable de "
        "las vidas perdidas”.", "es").startswith("Irán será completamente responsable")


def test_a_late_cue_leaves_what_precedes_its_speaker_phrase_whatever_the_letters() -> None:
    # dpa / Welt, 1 January 2020: "ß" casefolds to two letters, which once shifted the cut
    assert _content(
        "Deutschland verschließe zugleich die Augen vor den Einmischungen der USA in die "
        "inneren Angelegenheiten des Iraks, twitterte Außenamtssprecher Mussawi in Teheran.",
        "de") == ("Deutschland verschließe zugleich die Augen vor den Einmischungen der USA in "
                  "die inneren Angelegenheiten des Iraks")
    assert _content(
        "\"It was a disaster that we didn't do testing,\" she said of the early weeks in New "
        "York, Dr Adriana Heguy told the newspaper.", "en").startswith("It was a disaster")

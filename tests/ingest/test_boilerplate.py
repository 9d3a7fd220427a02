from pathlib import Path

import pytest

from parallax.ingest.boilerplate import clean_text
from parallax.model import Article, Hints, SourceItem
from parallax.pipeline import default_pipeline
from tests.conftest import CORPUS, one_article, seed_gold


@pytest.mark.parametrize("index", [0, 1])
def test_seed_chrome_is_removed_and_body_kept(index: int) -> None:
    gold = seed_gold()["articles"][index]
    article = one_article(str(CORPUS / "seeds" / gold["file"]))
    for chrome in gold["chrome"]:
        assert chrome not in article.text, chrome
    for body in gold["body_must_keep"]:
        assert body in article.text, body


def test_removed_chrome_is_recorded_with_its_rule() -> None:
    text = (
        "Het leger rukte dinsdag op naar de stad, meldden getuigen.\n\n"
        "Lees meer\nEen ander verhaal over iets anders\n\n"
        "De regering ontkende de berichten later op de dag.\n\n"
        "Meld je aan voor onze nieuwsbrief:\n\n[newsletter_form button_label=\"Ok\"]\n\n"
        "https://example.org/2020/09/29/story/\n"
    )
    cleaned, removed = clean_text(text)
    assert "Een ander verhaal" not in cleaned
    assert "newsletter_form" not in cleaned
    assert "https://example.org" not in cleaned
    assert "De regering ontkende de berichten later op de dag." in cleaned
    rules = {r.rule for r in removed}
    assert {"related-links", "shortcode"} <= rules or "bare-url" in rules


@pytest.mark.parametrize(
    "line",
    [
        "Lea también: Impiden ingreso a un reportero",
        "Czytaj też: Wyścig zbrojeń ruszył",
        "À lire aussi » Un autre article",
        "Lesen Sie auch: Ein anderer Artikel",
        "Read more: Another story entirely",
        "Fot. Jan Kowalski / Agencja",
        "© Jane Doe/Getty Images",
        "Leave a Reply",
        # dev corpus: Bloomberg's footer, a DW video widget, a rga.de video teaser, welt.de
        "To contact the reporter on this story: Zoltan Simon in Budapest at zsimon@bloomberg.net",
        "(Updates with quote, details from second paragraph.)",
        "Watch video 01:41 Share Wuhan in the grip of coronavirus Send Facebook google+ Whatsapp",
        "Mehr zur Ibiza-Affäre im Video: Wie sie die Regierung zu Fall brachte",
        "Verfolgen Sie alle Corona-Entwicklungen in unserem Liveticker",
    ],
)
def test_chrome_lines_in_many_languages(line: str) -> None:
    body = "The minister said on Tuesday that the talks would resume next week in Geneva."
    cleaned, removed = clean_text(f"{body}\n\n{body} Again.\n\n{line}\n")
    assert line not in cleaned
    assert body in cleaned
    assert removed


def test_repeated_caption_with_agency_credit() -> None:
    caption = "A medic treats a patient in a shelter on Thursday"
    first = "First paragraph of the story, which is long enough."
    text = f"{first}\n\n{caption}\n\n{caption} AFP\nNext."
    cleaned, removed = clean_text(text)
    assert f"{caption} AFP" not in cleaned
    assert caption in cleaned
    assert [r.rule for r in removed] == ["caption"]


def test_text_without_chrome_is_verbatim() -> None:
    text = "  Title line\r\n\r\nA body sentence that stays exactly as it was.  \n\n\n"
    cleaned, removed = clean_text(text)
    assert cleaned == text
    assert removed == []


def test_sentence_starting_with_a_marker_word_is_kept() -> None:
    text = (
        "Mira Sorvino dijo que volverá al cine el próximo año con una nueva película.\n\n"
        "Fotografie ist eine Kunst, die viele Menschen seit Jahrzehnten begeistert.\n"
    )
    cleaned, removed = clean_text(text)
    assert cleaned == text
    assert removed == []


def test_markers_live_in_data_files() -> None:
    lang_dir = Path(__file__).resolve().parents[2] / "src" / "parallax" / "lang"
    source = (lang_dir.parent / "ingest" / "boilerplate.py").read_text()
    assert "Lees meer" not in source and "Leave a Reply" not in source
    assert "Lees meer" in (lang_dir / "nl.toml").read_text()


def test_outlet_from_the_pages_own_links() -> None:
    from parallax.model import SourceItem
    from parallax.pipeline import Doc, default_pipeline

    text = ("Titel\n\nDe regering heeft dinsdag nieuwe maatregelen aangekondigd.\n\n"
            "https://www.nieuws.example/2020/09/29/ander-verhaal/\n")
    doc = default_pipeline()(Doc(item=SourceItem("a.txt", text, "text")))
    assert doc.outlet == "nieuws.example"
    assert "outlet-from-self-link" in doc.flags


def test_a_feeds_closing_line_is_removed_and_still_credits_the_outlet() -> None:
    # centrodeinformes.com.ar runs El Economista's feed: WordPress closes each item so
    text = ("Tras los graves incidentes, un total de 120 marines estadounidenses fueron "
            "trasladados a Bagdad hoy.\n\n"
            "El asalto a la embajada provocó una de las mayores crisis de la presidencia.\n\n"
            "La entrada La crisis de año nuevo de Trump: caos en la embajada de EE.UU. en "
            "Bagdad se publicó primero en El Economista.")
    cleaned, removed = clean_text(text)
    assert "se publicó primero" not in cleaned and "120 marines" in cleaned
    assert [r.rule for r in removed] == ["feed-footer"]
    article = default_pipeline().process(SourceItem(
        "https://www.centrodeinformes.com.ar/x", text, "text", Hints(language="es")))
    assert isinstance(article, Article)
    assert all(c.attribution.via == ("El Economista",) for c in article.claims)
    assert all(c.attribution.speaker is None for c in article.claims)
    # the same words early in a text are body text
    body = "El texto se publicó primero en El Economista, según el diario.\n\n" + "Más. " * 80
    assert clean_text(body)[0] == body


def test_arabic_markers_match_whatever_the_spelling() -> None:
    # arabstoday.net: "قد يهمك ايضـــًا :" (stretched, with a vowel mark) opens related links
    text = ("وختمت المحكمة بيانها بالقول إن الحكم نهائي.\n\n"
            "قد يهمك ايضـــًا :\n\n"
            "استشاري العلاقات الأسرية يكشف أسباب وعلاج الملل الزوجي\n\n"
            "4 صفات تكشف لكِ الزوج الأناني منها إهمال الأبناء")
    cleaned, removed = clean_text(text)
    assert cleaned == "وختمت المحكمة بيانها بالقول إن الحكم نهائي."
    assert {r.rule for r in removed} == {"related-links"}


def test_a_text_size_widget_is_chrome() -> None:
    cleaned, _ = clean_text("Text Size: A- A+\n\nDubai: Dozens of Iraqi militiamen stormed the "
                            "U.S. Embassy complex in Baghdad on Tuesday.")
    assert cleaned.startswith("Dubai:")


def test_a_photo_caption_with_a_copyright_sign_is_chrome() -> None:
    # rga.de (dpa): the caption's credit names the photographer, whom the speaker finder
    # had joined to Kurz ("Herbert Neubauer VP-Chef Sebastian Kurz")
    text = ("Bestätigung aus Verhandlerkreisen\n\n+ © dpa / Herbert Neubauer VP-Chef Sebastian "
            "Kurz (l) und Grünen-Chef Werner Kogler (r) bei den Koalitionsgesprächen. © dpa / "
            "Herbert Neubauer\n\nEs ist eine Premiere in Österreich.")
    cleaned, removed = clean_text(text)
    assert "Neubauer" not in cleaned and "Es ist eine Premiere" in cleaned
    assert [r.rule for r in removed] == ["caption"]


def test_a_photo_caption_that_ends_with_its_credit_is_chrome() -> None:
    # elsiglodetorreon (dev corpus, Zacatecas): the photo's caption opens the text
    text = ("Centro Regional de Reinserción Social (Cerereso) Varonil. Foto: Secretaría "
            "Seguridad Pública\n\n“La tarde de este martes se registró una riña al interior "
            "del Centro Regional de Reinserción Social (Cerereso) Varonil”, informó la "
            "Secretaría.\n\nLa riña dejó 16 muertos. Fuente: autoridades del penal")
    cleaned, removed = clean_text(text)
    assert not cleaned.startswith("Centro Regional") and "Foto:" not in cleaned
    assert [r.rule for r in removed] == ["caption"]
    # a body line that closes with its source stays: "Fuente" names no photo's author
    assert cleaned.endswith("Fuente: autoridades del penal")


def test_a_line_that_is_only_a_photo_credit_is_chrome() -> None:
    # elaragueno.com.ve (dev corpus): the credit, twice, opens the text
    body = ("Una riña en un penal de Cieneguillas, en el central estado mexicano de Zacatecas, "
            "dejó 16 muertos y cinco heridos durante la tarde del martes.")
    cleaned, removed = clean_text(f"Foto Cortesía Foto Cortesía\n\n{body}")
    assert cleaned == body and [r.rule for r in removed] == ["credit"]
    # a line that says what photos show is no credit
    kept = "Photos show the damage\n\nThe town was shelled overnight."
    assert clean_text(kept) == (kept, [])


def test_a_teaser_run_into_its_marker_and_an_embed_notice_are_chrome() -> None:
    # welt.de and svz.de (dev corpus), as their plain text came: the teaser's kicker and
    # headline on the marker's line, and a consent notice for an embedded tweet
    body = ("Die US-Regierung geht davon aus, dass der Iran seinen Einfluss auf schiitische "
            "Milizen zuletzt gezielt für Angriffe gegen das US-Militär genutzt hat.")
    notice = ("Empfohlener redaktioneller Inhalt An dieser Stelle finden Sie einen relevanten "
              "Inhalt einer externen Plattform, der den Artikel ergänzt. Sie können ihn sich "
              "einfach mit einem Klick anzeigen lassen und auch wieder ausblenden.")
    text = f"{body}\n\nLesen Sie auch Globales Chaos Die neue Weltordnung\n\n{notice}\n\n{body}"
    cleaned, removed = clean_text(text)
    assert cleaned == f"{body}\n\n{body}"
    assert [r.rule for r in removed] == ["related-links", "embed-notice"]
    # a sentence that opens with the marker words and ends as a sentence stays
    kept = "Lesen Sie auch die Analyse unseres Korrespondenten in Bagdad."
    assert clean_text(kept) == (kept, [])


def test_a_gallery_title_repeated_over_its_items_is_cut() -> None:
    # dw.com (dev corpus): a timeline gallery flattened into the text
    title = "Coronavirus: Timeline of the deadly virus in China and worldwide"
    items = [
        "Pneumonia-like virus hits Wuhan On December 31, 2019, China notifies the World "
        "Health Organization of a string of respiratory infections in the city of Wuhan.",
        "New strain of coronavirus identified Researchers initially rule out the SARS virus, "
        "the deadly respiratory illness that originated in China in 2002.",
        "First death in China On January 11, China announces the first death from the "
        "coronavirus.",
        "Virus reaches neighboring countries In the following days, countries such as "
        "Thailand and Japan begin to report cases of infections.",
    ]
    lead = "Germany is planning to join other western countries in evacuating people."
    cleaned, removed = clean_text("\n\n".join([lead, *(f"{title} {i}" for i in items)]))
    # each item's heading goes too where a sentence starter shows where it ends; one
    # with no such word after it stays ("identified Researchers initially …")
    headings = ["Pneumonia-like virus hits Wuhan", "First death in China",
                "Virus reaches neighboring countries"]
    kept = [items[0].removeprefix(headings[0] + " "), items[1],
            items[2].removeprefix(headings[1] + " "), items[3].removeprefix(headings[2] + " ")]
    assert cleaned == "\n\n".join([lead, *kept])
    assert kept[0].startswith("On December 31") and kept[3].startswith("In the following")
    assert [(r.rule, r.text) for r in removed] == [
        ("repeated-opening", title), *(("item-heading", h) for h in headings)]
    # the same sentence opening paragraphs whose rest is a word or two is text, not a title
    body = "\n\n".join(f"{lead} Paragraph {i}." for i in range(5))
    assert clean_text(body) == (body, [])


def test_sign_up_forms_and_app_promotions_are_removed() -> None:
    # independent.co.uk and theprint.in (dev): a newsletter form flattened into one long
    # line, an app promotion, a messenger promotion and a "show full article" button
    form = ("Daily coronavirus briefing No hype, just the advice and analysis you need Enter "
            "your email address Continue Continue Please enter an email address Email "
            "address is invalid Fill out this field Email address is invalid Email already "
            "exists. Log in to update your newsletter preferences Register with your social "
            "account or click here to log in I would like to receive morning headlines "
            "Monday - Friday plus breaking news alerts by email Update newsletter preferences")
    body = ("The researchers at Mount Sinai realised the cases they were seeing in New York "
            "were practically identical to the ones found circulating in Europe.")
    text = "\n\n".join([
        body, form,
        "Download the new Independent Premium app Sharing the full story, not just the "
        "headlines",
        "About two-thirds of the New York cases studied were European in origin.",
        "ThePrint is now on Telegram. For the best reports & opinion on politics, governance "
        "and more, subscribe to ThePrint on Telegram.",
        "Show Full Article"])
    cleaned, removed = clean_text(text)
    assert cleaned == body + "\n\nAbout two-thirds of the New York cases studied were " \
        "European in origin."
    assert sorted(r.rule for r in removed) == ["chrome", "form", "form", "form"]
    # one form phrase in a long paragraph of body text is body text
    long_body = body + " Readers were told to enter your email address " + "and wait. " * 30
    assert clean_text(long_body) == (long_body, [])

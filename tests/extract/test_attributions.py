"""Speakers, cues and channels in real news sentences (dev corpus and similar), per language."""

import pytest

from parallax.extract.attributions import attribute_sentence
from parallax.extract.outlets import is_outlet, listed_form, outlet_key
from parallax.extract.tokens import tokenize
from parallax.model import Article, Hints, SourceItem
from parallax.pipeline import default_pipeline


def _attr(sentence: str, code: str) -> tuple[str | None, list[str]]:
    found = attribute_sentence(sentence, tokenize(sentence), code)
    speaker = found.speaker
    name = None if speaker is None else (speaker.name or speaker.text)
    return name, found.channels


@pytest.mark.parametrize(
    ("code", "sentence", "speaker", "via"),
    [
        # speaker after the quote, with a role
        ("en", "“When we began the emission check program back in 1982, air pollution was a "
               "serious concern,” said Kathy Taylor, the manager of the Air Quality program.",
         "Kathy Taylor", []),
        ("en", "Several protesters set fire to the outside wall of the embassy, witnesses said.",
         "witnesses", []),
        ("en", "About 100 Marines will be sent to the compound, a U.S. official told Reuters.",
         "a U.S. official", ["Reuters"]),
        ("en", "Mohammed Mohieh, a spokesman for Kataib Hezbollah, said the group would not budge.",
         "Mohammed Mohieh", []),
        ("fr", "Le nombre de morts a reculé en 2019, a annoncé ce samedi le ministre de "
               "l’Intérieur, Christophe Castaner.", "Christophe Castaner", []),
        ("fr", "L’Hexagone a quasiment stagné en 2019, selon les données de la Sécurité routière.",
         "Sécurité routière", []),
        # independent.co.uk (dev): what researchers realised is what their study tells
        ("en", "The researchers at Mount Sinai realised the cases they were seeing in New York "
               "were practically identical to the ones found circulating Europe.",
         "Mount Sinai", []),
        # the body behind a statement or a report, after "from" or "by" and its article
        ("en", "According to a statement from the Health Ministry, dozens were hurt.",
         "Health Ministry", []),
        ("en", "Dozens were hurt, according to a report by the United Nations.",
         "United Nations", []),
        # theprint.in (Bloomberg, dev): an owner told by a common noun of a source
        ("en", "Dozens of protesters were hurt, some shot, others suffering from tear gas "
               "inhalation, according to a statement from the umbrella group to which Kataieb "
               "Hezbollah belongs.", "umbrella group", []),
        ("es", "Al menos 16 personas perdieron la vida en un centro penal, informó la Vocería de "
               "Seguridad Pública.", "Vocería de Seguridad Pública", []),
        ("es", "“Lo peor está en el este de Yakarta”, dijo Monardo, citado por The Jakarta Post.",
         "Monardo", ["The Jakarta Post"]),
        ("de", "Mehr als 650 amerikanische Fallschirmjäger machten sich auf den Weg, wie das "
               "US-Militär auf Twitter mitteilte.", "US-Militär", ["Twitter"]),
        ("de", "Das wurde der Deutschen Presse-Agentur am Mittwoch aus Verhandlerkreisen "
               "bestätigt, sagte Sebastian Kurz der dpa.", "Sebastian Kurz", ["dpa"]),
        # wr.de and rga.de (dpa): told to dpa, in a sentence that attributes the one before
        ("de", "Das wurde der Deutschen Presse-Agentur am Mittwoch aus Verhandlerkreisen "
               "bestätigt.", "Verhandlerkreisen", ["Deutsche Presse-Agentur"]),
        ("de", "Das wurde der Deutschen Presse-Agentur (dpa) aus Verhandlerkreisen "
               "bestätigt.", "Verhandlerkreisen", ["dpa"]),
        ("de", "Inzwischen wurden in den USA laut Johns-Hopkins-Universität mehr als 432.400 "
               "Infektionen bestätigt.", "Johns-Hopkins-Universität", []),
        # welt.de, 9 April 2020: the cited outlet in quotation marks
        ("de", "Zudem wurden laut „New York Times“ zunächst nur Personen auf das Virus "
               "getestet, die aus China eingereist waren.", None, ["New York Times"]),
        # zeit.de, 1 January 2020: a plural reporting verb, the speaker after it
        ("de", "Seit Montag teilten die beiden Parteien trotz fehlender endgültiger Einigung "
               "mit, welche Minister den Ressorts vorstehen sollen.", "die beiden Parteien", []),
        ("nl", "“De situatie is onhoudbaar,” zei minister Hugo de Jonge dinsdag tegen de NOS.",
         "Hugo de Jonge", ["NOS"]),
        ("nl", "Volgens het Rode Kruis zijn duizenden mensen op de vlucht, meldt persbureau ANP.",
         "Rode Kruis", ["ANP"]),
        ("ar", "أعلنت منظمة الأمم المتحدة عن نزوح حوالي 350 ألف مواطن سوري من إدلب.",
         "منظمة الأمم المتحدة", []),
        # entrelineas.com.mx (corpus): the name before an apposition that opens with a
        # role in lower case, not the capitalised words inside it
        ("es", "Hugo López-Gatell, subsecretario de Prevención y Promoción de la Salud, "
               "aseguró que no se usará la fuerza pública para reducir la movilidad.",
         "Hugo López-Gatell", []),
        # nypost.com (dev): two appositions, the second naming a member, after the body
        ("en", "The Popular Mobilization Forces, an umbrella group of mainly Shiite-aligned "
               "militias, including Kataib Hezbollah, called on its supporters to move away "
               "from the compound.", "The Popular Mobilization Forces", []),
        # dpa (dev): a body where it sits, the whole phrase
        ("de", "Die Führung in Teheran wies den Vorwurf jedoch vehement zurück.",
         "Führung in Teheran", []),
    ],
)
def test_speaker_and_channels(
    code: str, sentence: str, speaker: str | None, via: list[str]
) -> None:
    assert _attr(sentence, code) == (speaker, via)


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("en", "The escalation in the region is about to turn one month old."),
        ("de", "Eine schwarz-grüne Regierung wäre in Österreich auf Bundesebene eine Premiere."),
        ("es", "Los truces acordados en la región se han quedado en papel mojado."),
    ],
)
def test_no_source_is_unattributed(code: str, sentence: str) -> None:
    assert _attr(sentence, code) == (None, [])


def test_a_pronoun_opening_the_sentence_is_the_last_speaker() -> None:
    # dailypost.ng, 1 January 2020: "He" (capitalised) is Khamenei, not a name of its own
    from parallax.model import Article, Hints, SourceItem
    from parallax.pipeline import default_pipeline

    text = ("Iran’s Supreme Leader, Ayatollah Ali Khamenei, has said enemies were trying to "
            "drive a wedge between Tehran and Baghdad.\n\nHe said this in his condemnation of "
            "deadly U.S. airstrikes in Iraq, official IRNA news agency reported.\n\nHe said "
            "that the United States takes revenge on the Iraqi popular forces.")
    article = default_pipeline().process(SourceItem(
        "https://dailypost.ng/x", text, "text", Hints(title="Iraq: Iran attacks US")))
    assert isinstance(article, Article)
    speakers = [c.attribution.speaker for c in article.claims]
    assert speakers == ["Ali Khamenei"] * 3  # the title is his role


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # dpa via fr.de, 1 January 2020
        ("Die 2009 eröffnete US-Botschaft in Bagdad ist nach US-Angaben die größte Botschaft "
         "der Vereinigten Staaten weltweit.", "US"),
        ("Die Zahl der Toten stieg laut Polizei-Angaben auf zwölf.", "Polizei"),
        # t-online.de, 28 January 2020
        ("Neben der Besatzung begleitet nach Angaben aus Regierungskreisen ein "
         "Krisenunterstützungsteam den Flug.", "Regierungskreisen"),
    ],
)
def test_german_sources_inside_compounds_and_after_angaben_aus(sentence: str, speaker: str) -> None:
    assert _attr(sentence, "de")[0] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        # zeit.de, 2 January 2020: press reports, no named source
        "Presseberichten zufolge gehen auch das Justiz- und das Kulturressort an die Grünen.",
    ],
)
def test_a_german_common_noun_is_no_speaker(sentence: str) -> None:
    from parallax.model import Article, Hints, SourceItem
    from parallax.pipeline import default_pipeline

    article = default_pipeline().process(SourceItem(
        "https://www.svz.de/x", sentence, "text", Hints(title="Koalition", language="de")))
    assert isinstance(article, Article)
    assert [c.attribution.speaker for c in article.claims] in ([], [None])


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # svz.de, 2 January 2020: the coalition's plans are the source (a document)
        ("Die Einkommensteuer für Geringverdiener sinkt den Plänen zufolge von 25 auf 20 "
         "Prozent, auch die weiteren Stufen werden gesenkt.", "Plänen"),
        ("Der Eingangssteuersatz sinkt laut dem Koalitionsvertrag auf 20 Prozent.",
         "Koalitionsvertrag"),
    ],
)
def test_a_german_document_is_a_source(sentence: str, speaker: str) -> None:
    article = _analysed(sentence, "de")
    assert [c.attribution.speaker for c in article.claims] == [speaker]


def _analysed(text: str, code: str) -> Article:
    article = default_pipeline().process(SourceItem(
        "https://news.example/x", text, "text", Hints(title="Nachricht", language=code)))
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize(
    ("text", "code", "speaker"),
    [
        # wr.de (dpa), 1 January 2020
        ("Die konservative ÖVP und die Grünen haben sich in Österreich auf einen "
         "Koalitionsvertrag geeinigt. Das wurde der Deutschen Presse-Agentur am Mittwoch aus "
         "Verhandlerkreisen bestätigt.", "de", "Verhandlerkreisen"),
        ("The embassy was evacuated overnight after the attack. That is what Pentagon "
         "spokesman Jonathan Hoffman told reporters on Wednesday.", "en", "Jonathan Hoffman"),
    ],
)
def test_a_sentence_attributing_the_one_before_makes_one_claim(
    text: str, code: str, speaker: str
) -> None:
    claims = _analysed(text, code).claims
    assert [(c.start, c.end, c.attribution.speaker) for c in claims] == [
        (0, len(text), speaker)]


@pytest.mark.parametrize(
    ("text", "code", "speaker"),
    [
        # welt.de (dpa), 1 January 2020: "Dabei" points back at the strikes
        ("Auslöser der Proteste waren mehrere Luftangriffe der USA auf Einrichtungen der "
         "schiitischen Miliz Kataib Hisbollah am vergangenen Sonntag. Dabei starben 25 "
         "Menschen, 50 weitere wurden verletzt.", "de", None),
        ("The police detained 12 people after the match in the city centre, police chief "
         "Laurent Nuñez said. Among them were three minors and a local councillor.", "en",
         "Laurent Nuñez"),
    ],
)
def test_a_sentence_pointing_back_at_the_one_before_makes_one_claim(
    text: str, code: str, speaker: str | None
) -> None:
    claims = _analysed(text, code).claims
    assert [(c.start, c.end, c.attribution.speaker) for c in claims] == [
        (0, len(text), speaker)]
    assert len(claims[0].quantities) >= 2  # the figures of both sentences


def test_a_phrase_pointing_back_makes_one_claim_too() -> None:
    # rtve.es, 1 January 2020: "De esta manera" (three words) points back at the agreement
    text = ("El líder del conservador Partido Popular austríaco, Sebastian Kurz, llegó a un "
            "acuerdo de coalición con Los Verdes para garantizar su regreso al poder. De esta "
            "manera, el partido ecologista podrá unirse al Gobierno nacional por primera vez.")
    claims = _analysed(text, "es").claims
    assert [(c.start, c.end) for c in claims] == [(0, len(text))]


def test_a_quotation_of_two_sentences_is_one_claim_of_its_speaker() -> None:
    # welt.de (dpa), 1 January 2020
    text = ("Irans oberster Führer Ajatollah Ali Chamenei wies die Anschuldigungen als "
            "„absurd“ zurück: „Seien Sie (Trump) doch mal logisch, was Sie ja nicht sind. "
            "Fakt ist, dass die Völker in dieser Region die USA wegen ihrer Verbrechen hassen“, "
            "sagte der Ajatollah am Mittwoch.")
    claims = _analysed(text, "de").claims
    assert [(c.start, c.end) for c in claims] == [(0, len(text))]
    assert claims[0].attribution.speaker == "Ali Chamenei"


def test_a_sentence_pointing_back_across_a_paragraph_stays_apart() -> None:
    text = ("Mehrere Luftangriffe der USA trafen am Sonntag Einrichtungen der Miliz im Irak.\n\n"
            "Dabei starben 25 Menschen, 50 weitere wurden verletzt.")
    claims = _analysed(text, "de").claims
    assert [text[c.start : c.end].split()[0] for c in claims] == ["Mehrere", "Dabei"]


def test_a_statement_pronoun_is_no_speaker() -> None:
    text = ("The embassy was evacuated overnight after the attack. This was confirmed on "
            "Wednesday, officials in Baghdad said.")
    assert "This" not in [c.attribution.speaker for c in _analysed(text, "en").claims]


def test_a_demonstrative_before_a_noun_attributes_nothing_before() -> None:
    text = ("Tehran denied any role in the protests on Tuesday. This week the Pentagon said it "
            "would send 750 more soldiers to the region.")
    claims = _analysed(text, "en").claims
    assert [text[c.start : c.end].split()[0] for c in claims] == ["Tehran", "This"]


@pytest.mark.parametrize(
    ("code", "sentence", "speaker"),
    [
        # heraldo.es, 1 January 2020: a phrase between the verb and the speaker after it
        ("es", "\"Me alegra informarles de que hemos logrado un acuerdo\", anunció ante los "
               "medios el jefe del ÖVP, Sebastian Kurz, que con este pacto repetirá como "
               "canciller.", "Sebastian Kurz"),
        # a statement pronoun before the verb: the speaker comes after it
        ("es", "Así lo confirmó el ministro de Exteriores, Mohammed Ali al Hakim.",
         "Mohammed Ali"),
        ("en", "This was confirmed by Pentagon spokesman Jonathan Hoffman on Wednesday.",
         "Jonathan Hoffman"),
        # welt.de, 9 April 2020: the person, not her affiliation after "von der"
        ("de", "„Es war eine Katastrophe, dass wir keine Tests durchgeführt haben“, "
               "kritisierte die Virologin Dr. Heguy von der NYU in der „New York Times“.",
         "Dr. Heguy"),
    ],
)
def test_the_speaker_after_the_verb_past_an_interlude_or_a_pronoun(
    code: str, sentence: str, speaker: str
) -> None:
    assert _attr(sentence, code)[0] == speaker


def test_a_surname_expands_to_the_full_name_though_a_town_bears_the_given_name() -> None:
    # svz.de, 2 January 2020 ("Sebastian" is also a town in Florida)
    article = _analysed("Sebastian Kurz stellte das Kabinett am Donnerstag in Wien vor.\n\n"
                        'Kurz lobte sie als "junge und sehr erfahrene Integrationsexpertin".', "de")
    assert [c.attribution.speaker for c in article.claims] == [None, "Sebastian Kurz"]


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        # independent.co.uk, 9 April 2020: nobody named before, so the researchers speak
        ("en", "Researchers have found that most coronavirus cases in New York City originated "
               "from Europe, not Asia.\n\nThe study was published on Wednesday.", "Researchers"),
        ("es", "Los investigadores descubrieron que la mayoría de los casos llegaron desde "
               "Europa.\n\nEl estudio se publicó el miércoles.", "investigadores"),
        ("nl", "Onderzoekers ontdekten dat de meeste gevallen uit Europa kwamen.\n\n"
               "Het onderzoek verscheen woensdag.", "Onderzoekers"),
    ],
)
def test_a_finding_reports_its_finders(code: str, text: str, speaker: str) -> None:
    article = _analysed(text, code)
    assert article.claims[0].attribution.speaker == speaker
    assert article.claims[0].attribution.cue is not None


def test_finding_a_thing_is_no_report() -> None:
    article = _analysed("Police found the body of a 45-year-old man near the river on "
                        "Tuesday.\n\nThe man had been missing since 3 March.", "en")
    assert all(c.attribution.speaker is None for c in article.claims)


def test_an_unresolved_organisation_word_that_is_a_source_noun_speaks_for_itself() -> None:
    # cl.fr-style: "selon le gouvernement", with no government named anywhere
    article = _analysed("Selon le gouvernement, 3 244 personnes sont mortes sur les routes "
                        "en 2019.\n\nLe chiffre est le plus bas jamais enregistré.", "fr")
    assert article.claims[0].attribution.speaker == "gouvernement"


def test_a_name_closed_by_lower_case_words_speaks_before_its_verb() -> None:
    # charentelibre.fr, 28 January 2020
    article = _analysed("Statistiquement, la mortalité a quasiment stagné en 2019: la Sécurité "
                        "routière a comptabilisé neuf morts de moins qu'en 2018.\n\n"
                        "La Sécurité routière a déclaré que 3 239 personnes sont mortes.", "fr")
    assert [c.attribution.speaker for c in article.claims] == ["Sécurité routière"] * 2


def test_a_role_with_an_adjective_is_no_name() -> None:
    # no minister is named anywhere, so "El ministro español" resolves to no one (not to
    # the organisation that speaks next)
    article = _analysed("El ministro español dijo que cinco personas murieron.\n\n"
                        "La Protección civil informó que tres personas resultaron heridas.", "es")
    assert [c.attribution.speaker for c in article.claims] == [None, "Protección civil"]


def test_the_newspaper_is_the_outlet_cited_before() -> None:
    # welt.de, 9 April 2020: "laut „New York Times“ …", then "Der Zeitung zufolge …"
    article = _analysed("Laut „New York Times“ kam das Virus vor allem aus Europa nach New "
                        "York.\n\nDer Zeitung zufolge waren bereits 300 Reisende infiziert.", "de")
    assert [c.attribution.via for c in article.claims] == [("New York Times",)] * 2


def test_a_connector_before_a_comma_is_no_speaker() -> None:
    # "Además, aseguró que …": the sentence's first word is a connector, not a name
    article = _analysed("El Gobierno presentó el programa el jueves.\n\n"
                        "Además, aseguró que cinco ministros serán mujeres.", "es")
    assert all(c.attribution.speaker != "Además" for c in article.claims)
    assert _attr("Además, aseguró que cinco ministros serán mujeres.", "es")[0] is None


@pytest.mark.parametrize(
    ("code", "sentence", "speaker"),
    [
        ("en", "Officials in Baghdad said the attack killed 25 people on Sunday.",
         "Officials in Baghdad"),
        ("en", "Police in Kabul said 12 people were killed.", "Police in Kabul"),
        ("de", "Die Führung in Teheran wies den Vorwurf jedoch vehement zurück.",
         "Führung in Teheran"),
        # a source noun with a place elsewhere in the sentence stays alone
        ("en", "The attack in Baghdad killed 25 people, officials said.", "officials"),
    ],
)
def test_a_source_where_it_sits_is_the_whole_phrase(code: str, sentence: str, speaker: str) -> None:
    assert _attr(sentence, code)[0] == speaker


def test_a_sentence_adding_to_an_attributed_one_has_its_source() -> None:
    # laprensa.com.ni / Sputnik on the Zacatecas prison riot
    article = _analysed(
        "Motín en un penal de Zacatecas.\n\n"
        "Según el diario Excélsior, el incidente obligó a poner en marcha un fuerte "
        "operativo policial y bloquear los accesos al recinto.\n\n"
        "También hubo que enviar al centro una veintena de ambulancias y evacuar a los "
        "familiares de internos que estaban de visita.\n\n"
        "El penal tiene capacidad para 1.000 internos.\n\n"
        "También tiene 300 guardias desde el año pasado.\n\n"
        "También murieron 5 guardias, informó la Vocería de Seguridad Pública.", "es")
    by_start = {article.text[c.start : c.start + 12]: c.attribution for c in article.claims}
    # "el diario Excélsior": a newspaper cited, a channel (shared/corpus/GOLD.md)
    for opening in ("Según el dia", "También hubo"):
        assert by_start[opening].speaker is None and by_start[opening].via == ("Excélsior",)
    # no source before it: nothing to add to; a source of its own: its own
    assert by_start["El penal tie"].speaker is None
    assert by_start["También tien"].speaker is None and not by_start["También tien"].via
    assert by_start["También muri"].speaker == "Vocería de Seguridad Pública"


@pytest.mark.parametrize(
    ("code", "sentence", "speaker"),
    [
        # heraldo.es: the name before a relative clause speaks, not a name inside it
        ("es", "Kurz, que compareció junto al jefe de Los Verdes, Werner Kogler, reconoció "
               "que la negociación no había sido fácil.", "Kurz"),
        ("en", "Trump, who spoke with Prime Minister Adel Abdul Mahdi, said the embassy was "
               "safe.", "Trump"),
        # an apposition naming the speaker after a role still gives the name itself
        ("es", "El secretario de Seguridad Pública, Ismael Camberos Hernández, informó que "
               "murieron 16 personas.", "Ismael Camberos Hernández"),
    ],
)
def test_the_name_before_a_relative_clause_speaks(code: str, sentence: str, speaker: str) -> None:
    assert _attr(sentence, code)[0] == speaker


def test_a_reporting_verb_with_a_dropped_subject_continues_the_last_speaker() -> None:
    # heraldo.es: "Con todo, afirmó que …" after Kurz spoke; an impersonal "se informó
    # que" and a language that keeps its subjects name no one
    article = _analysed(
        "El líder conservador Sebastian Kurz habló ante los medios en Viena.\n\n"
        "\"Hemos logrado un acuerdo\", dijo Kurz el miércoles.\n\n"
        "Con todo, afirmó que se ha logrado un excelente resultado para ambos partidos.\n\n"
        "El miércoles se informó que el programa tendrá 300 páginas.", "es")
    by_start = {article.text[c.start : c.start + 12]: c.attribution for c in article.claims}
    assert by_start["Con todo, af"].speaker == "Sebastian Kurz"
    assert by_start["El miércoles"].speaker is None
    english = _analysed("Sebastian Kurz spoke to reporters in Vienna.\n\n"
                        "\"We have reached an agreement\", Kurz said on Wednesday.\n\n"
                        "Still, said that the result was excellent for both parties.", "en")
    assert all(c.attribution.speaker is None for c in english.claims
               if english.text[c.start:].startswith("Still"))


@pytest.mark.parametrize(
    ("code", "sentence", "speaker"),
    [
        # worldstagegroup.com and dailypost.ng on the Baghdad embassy protests
        ("en", "Tehran has blasted Washington’s “irrational response” to the protests and "
               "denied any involvement.", "Tehran"),
        ("en", "But the Iranian leader dismissed the U.S. officials’ claims that Iran was "
               "behind the protests.", "the Iranian leader"),
        ("es", "El Gobierno iraquí rechazó los ataques de Estados Unidos.", "El Gobierno iraquí"),
    ],
)
def test_rejecting_and_criticising_are_statements(code: str, sentence: str, speaker: str) -> None:
    assert _attr(sentence, code)[0] == speaker


@pytest.mark.parametrize(
    ("sentence", "via"),
    [
        # zeit.de: German capitalises the outlet noun, so it joins the outlet's name
        ("Das Kabinett steht fest, nachdem ÖVP und Grüne laut Nachrichtenagentur APA die "
         "Ressorts verteilt haben.", ["APA"]),
        ("„Das Kabinett nimmt Gestalt an“, berichtet die Tageszeitung Der Standard.",
         ["Der Standard"]),
        # and a lower-case agency after it is the channel, the noun no speaker
        ("Die Zahl stieg auf 12, berichtete die Nachrichtenagentur dpa.", ["dpa"]),
        ("Die Zahl stieg laut der Nachrichtenagentur dpa auf 12.", ["dpa"]),
    ],
)
def test_an_outlet_named_with_its_outlet_noun_is_a_channel(sentence: str, via: list[str]) -> None:
    assert _attr(sentence, "de") == (None, via)


def test_a_pronoun_after_an_agency_report_is_the_person_named_before() -> None:
    # zeit.de: "Er hat angekündigt" after "laut Nachrichtenagentur APA" and a sentence on
    # Kurz; a modal opening a sentence ("Sollte Sebastian Kurz …") is not part of the name
    article = _analysed(
        "Sollte Sebastian Kurz zum zweiten Mal nach 2017 Bundeskanzler werden, wäre er mit 33 "
        "Jahren der jüngste Regierungschef.\n\n"
        "Das Kabinett steht fest, nachdem ÖVP und Grüne laut Nachrichtenagentur APA die "
        "Ressorts verteilt haben.\n\n"
        "Sebastian Kurz vertritt beim Thema Einwanderung eine harte Linie.\n\n"
        "Er hat angekündigt, am Kampf gegen illegale Einwanderung festhalten zu wollen.", "de")
    assert {m.name for m in article.mentions if m.kind == "person"} == {"Sebastian Kurz"}
    last = article.claims[-1]
    assert article.text[last.start :].startswith("Er hat")
    assert last.attribution.speaker == "Sebastian Kurz"


def test_a_statement_made_in_a_tweet_came_through_twitter() -> None:
    # theprint.in (Bloomberg): "Trump said in a tweet that …"
    article = _analysed("Trump said in a tweet that Iran will be held fully responsible for "
                        "the embassy assault.\n\nThe tweet was deleted after 12 minutes.",
                        "en")
    first, second = article.claims
    assert first.attribution.via == ("Twitter",)
    assert second.attribution.via == ()  # a sentence naming no source names no channel


def test_demnach_continues_the_source_of_the_sentence_before() -> None:
    # zeit.de: "… laut Nachrichtenagentur APA … Demnach gehen die Ministerien …"
    article = _analysed(
        "Das Kabinett steht fest, nachdem ÖVP und Grüne laut Nachrichtenagentur APA die "
        "Ressorts verteilt haben.\n\n"
        "Demnach gehen die Ministerien für Inneres und Verteidigung an die ÖVP-Politiker "
        "Karl Nehammer und Klaudia Tanner.", "de")
    assert [c.attribution.via for c in article.claims] == [("APA",), ("APA",)]


@pytest.mark.parametrize(
    ("code", "sentence", "speaker"),
    [
        # worldstagegroup.com: a verb right after an opening quotation mark is quoted, and
        # speaking with someone is a meeting, not a statement
        ("en", "Trump spoke with Iraqi Prime Minister Adel Abdel-Mahdi by phone on Tuesday and "
               "“emphasised the need to protect U.S. personnel and facilities in Iraq”.", None),
        ("en", "The White House said Trump spoke with Iraq’s outgoing Prime Minister Adel "
               "Abdul Mahdi about the attack.", "The White House"),
        ("en", "Trump spoke to reporters on Tuesday about the attack.", "Trump"),
        ("de", "Merkel sprach mit dem französischen Präsidenten über die Lage in Libyen.", None),
    ],
)
def test_quoted_verbs_and_meetings_attribute_nothing(
    code: str, sentence: str, speaker: str | None
) -> None:
    assert _attr(sentence, code)[0] == speaker


def test_arabic_reporting_verbs_with_their_proclitic_and_caseless_subjects() -> None:
    # arabic.rt.com: "قال رئيس منظمة الطيران الإيرانية، علي عابد زادة، إن …" then
    # "وأضاف عابد زادة أن …" (and Abedzadeh added that …): the verb carries "و", and a
    # name in a script without capitals is the phrase between the verb and "أن"
    article = _analysed(
        "قال رئيس منظمة الطيران الإيرانية، علي عابد زادة، إن مزاعم إصابة الطائرة الأوكرانية "
        "بصاروخ لا يمكن أن تكون صحيحة.\n\n"
        "وأضاف عابد زادة أن هذه مزاعم غير علمية وغير منطقية ومستحيلة.", "ar")
    assert [c.attribution.speaker for c in article.claims] == ["عابد زادة", "عابد زادة"]


def test_a_role_with_what_it_heads_speaks_when_nobody_is_named_for_it() -> None:
    article = _analysed(
        "قال رئيس منظمة الطيران الإيرانية إن مزاعم إصابة الطائرة الأوكرانية بصاروخ لا "
        "يمكن أن تكون صحيحة.", "ar")
    assert [c.attribution.speaker for c in article.claims] == ["رئيس منظمة الطيران الإيرانية"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # svz.de (dpa), 2 January 2020: "bekannt" reports only in the perfect tense
        ("Die beiden Parteien haben sich in ihrem Koalitionspakt dazu bekannt, die "
         "Alpenrepublik bis 2040 klimaneutral zu machen.", "Die beiden Parteien"),
        # dev corpus (s17): the subject before the auxiliary, past a date
        ("Die Gruppe hatte bereits im Oktober 2017 angekündigt, für ein Ende der "
         "amerikanischen Präsenz zu kämpfen.", "Die Gruppe"),
        # welt.de, 9 April 2020: not the object ("Trump") or a noun before the participle
        ("Experten hatten Trump wiederholt für sein Krisenmanagement kritisiert.", "Experten"),
        ("„Die Zahl der Toten wird weiter ansteigen“, hatte Cuomo am Mittwoch auf seiner "
         "täglichen Pressekonferenz gewarnt.", "Cuomo"),
        # welt.de, 1 January 2020: an adverb before the subject; an object after the
        # auxiliary ("den Iran") is no subject
        ("Auch das Auswärtige Amt in Berlin hatte den Iran zuletzt aufgefordert, seine "
         "Politik der „Destabilisierung“ zu beenden.", "Auswärtige Amt in Berlin"),
        # a contracted preposition opens the clause: the subject follows the auxiliary
        ("Beim Thema Migration hat der Minister angekündigt, dass Asyl und Arbeitsmigration "
         "getrennt werden.", "der Minister"),
    ],
)
def test_the_subject_of_a_german_perfect_tense_cue(sentence: str, speaker: str) -> None:
    assert _attr(sentence, "de")[0] == speaker


@pytest.mark.parametrize("sentence", [
    "Es ist bekannt, dass die Steuern sinken.",
    "Wie bekannt wurde, sinken die Steuern.",
    # a participle that reports only in the active perfect: the passive's subject is asked
    "Die Bürger wurden aufgefordert, zu Hause zu bleiben.",
])
def test_bekannt_without_a_perfect_auxiliary_reports_nothing(sentence: str) -> None:
    assert _attr(sentence, "de")[0] is None


def test_after_a_cue_ending_in_that_comes_the_content_not_the_speaker() -> None:
    # independent.co.uk, 9 April 2020: "these results show that SARS-CoV-2 came …" names
    # no speaker in the virus
    sentence = ('"Taken together, these results show that SARS-CoV-2 came to New York City '
                'and environs predominantly via untracked transmission between the United '
                'States and Europe," a press release announcing the discovery said.')
    assert _attr(sentence, "en")[0] != "SARS-CoV-2"


def test_a_possessive_after_the_cue_is_no_speaker() -> None:
    # nypost.com, 31 December 2019: "called on its supporters" (before, "its" was the
    # speaker, and the article resolved it to Trump)
    sentence = ("The Popular Mobilization Forces, an umbrella group of mainly Shiite-aligned "
                "militias, including Kataib Hezbollah, called on its supporters to move away "
                "from the compound after the Iraqi government said their “message has been "
                "heard.”")
    found = attribute_sentence(sentence, tokenize(sentence), "en")
    assert found.speaker is not None and found.speaker.anaphora is None


@pytest.mark.parametrize(
    ("code", "sentence", "speaker", "via"),
    [
        # welt.de, 9 April 2020: the newspaper quotes the geneticist
        ("de", "„Die Mehrheit (der Fälle) ist klar europäisch“, zitierte die Zeitung den "
               "Genforscher Harm van Bakel von der Icahn School of Medicine at Mount Sinai.",
         "Harm van Bakel", ["Zeitung"]),
        ("en", "The New York Times quoted a senior official as saying the talks had failed.",
         "a senior official", ["The New York Times"]),
        # a name cut short by lower-case words is no speaker: "Iranian | state media"
        ("en", "Reuters quoted Iranian state media as saying that three people died.",
         None, ["Reuters"]),
        # the outlet in quotation marks after its article
        ("de", "Das Virus zirkulierte bereits seit Mitte Februar, wie die „New York Times“ am "
               "Mittwoch berichtete.", None, ["New York Times"]),
    ],
)
def test_a_quoting_outlet_is_the_channel_and_whom_it_quotes_the_speaker(
    code: str, sentence: str, speaker: str | None, via: list[str]
) -> None:
    assert _attr(sentence, code) == (speaker, via)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # t-online.de (dev): "it says in the letter of the Foreign Office"
        ("„Sie müssen damit rechnen, dass Ihre Mobilität in der ersten Zeit in Deutschland "
         "deutlich eingeschränkt wird“, heißt es in dem Schreiben des Auswärtigen Amts.",
         "Auswärtigen Amts"),
        ("Die Regierung will sparen, hieß es aus Regierungskreisen.", "Regierungskreisen"),
    ],
)
def test_german_document_and_profession_sources(sentence: str, speaker: str) -> None:
    assert _attr(sentence, "de")[0] == speaker


def test_the_letter_speaks_for_whoever_sent_it() -> None:
    # t-online.de (dev): "it says in the letter" is the Foreign Office, named as its sender
    article = _analysed(
        "In einem Schreiben, das der dpa vorliegt, informierte das Auswärtige Amt die "
        "Passagiere über den geplanten Starttermin und die Bedingungen für die Mitreise. "
        "„Die konkrete Höhe der Kostenbeteiligung steht bisher nicht fest. Sie wird sich an "
        "der Höhe eines normalen Economy-Flugtickets orientieren“, heißt es in dem "
        "Schreiben.", "de")
    assert [c.attribution.speaker for c in article.claims][-1] == "Auswärtige Amt"


def test_nurses_speak_for_themselves() -> None:
    # welt.de (dev): a profession is a source noun, not a common noun dropped as no speaker
    article = _analysed("Der Gesundheitszustand von Covid-19-Patienten verschlechtere sich "
                        "mitunter rasant, berichteten Krankenschwestern und Mediziner in New "
                        "York.", "de")
    assert [c.attribution.speaker for c in article.claims] == ["Krankenschwestern"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # theprint.in (Bloomberg, dev): what Trump did beside the storming, not its source
        ("Dozens of Iraqi militiamen and their supporters stormed the U.S. Embassy complex in "
         "Baghdad on Tuesday to protest deadly U.S. airstrikes against their Iranian-backed "
         "force, as President Donald Trump blamed Tehran.", None),
        # "as X said" at the end reports the sentence
        ("The embassy building itself was not stormed, as the ministry said.", "the ministry"),
    ],
)
def test_a_reporting_verb_in_an_added_clause_reports_that_clause(
    sentence: str, speaker: str | None
) -> None:
    assert _attr(sentence, "en")[0] == speaker


def test_he_is_the_source_just_described_not_the_last_one_named() -> None:
    # theprint.in (Bloomberg, dev)
    article = _analysed(
        "“We have taken appropriate force protection actions,” Defense Secretary Mark Esper "
        "said in a statement.\n\nEarlier, guards lobbed tear gas. The U.S. ambassador had "
        "departed two days earlier, according to a person familiar with the matter, who "
        "spoke on condition of anonymity. The actual embassy building wasn’t attacked, he "
        "said.", "en")
    speakers = [c.attribution.speaker for c in article.claims]
    assert speakers[0] == "Mark Esper"
    assert speakers[-2:] == ["person familiar"] * 2


@pytest.mark.parametrize(
    ("code", "sentence", "speaker", "via"),
    [
        # independent.co.uk (dev): the channel opens the sentence
        ("en", "Speaking to The New York Times, Harm van Bakel, a geneticist at Icahn School "
               "of Medicine at Mount Sinai, confirmed that the American infection was "
               "primarily carried over from Europe, not Asia.", "Harm van Bakel",
         ["The New York Times"]),
        # welt.de (dev): the channel after the speaker's affiliation, in quotation marks
        ("de", "„Es war eine Katastrophe, dass wir keine Tests durchgeführt haben“, kritisierte "
               "die Virologin Dr. Heguy von der NYU in der „New York Times“.",
         "Dr. Heguy", ["New York Times"]),
    ],
)
def test_a_channel_before_the_speaker_or_past_an_affiliation(
    code: str, sentence: str, speaker: str, via: list[str]
) -> None:
    assert _attr(sentence, code) == (speaker, via)


def test_a_state_broadcaster_in_the_genitive_is_a_channel() -> None:
    sentence = ("«Fakt ist, dass die Völker in dieser Region die USA wegen ihrer Verbrechen "
                "hassen», sagte der Ajatollah am Mittwoch nach Angaben des Staatssenders Irib.")
    assert _attr(sentence, "de")[1] == ["Irib"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # svz.de (dpa, dev): the reading of both parties is theirs
        ("Der am Donnerstag vorgelegte, mehr als 300-seitige Koalitionsvertrag von ÖVP und "
         "Grünen soll laut Lesart der beiden Parteien das Beste aus zwei Welten vereinen.",
         "Parteien"),
        ("Laut Darstellung der Polizei waren 300 Menschen beteiligt.", "Polizei"),
    ],
)
def test_the_owner_of_a_reading_speaks(sentence: str, speaker: str) -> None:
    assert _attr(sentence, "de")[0] == speaker


def test_arabic_sources_open_their_phrase_and_a_glued_preposition_is_no_part_of_the_outlet(
) -> None:
    # dostor.org (dev): "Syrian military sources reported …, according to the Syrian news
    # agency" — the head noun first, and "ل" (to) glued to the agency
    sentence = ("وأفادت مصادر عسكرية سورية، اليوم الخميس، بسيطرة الجيش السوري على قريتي أبوجريف "
                "وتل خطرة شرقي إدلب، وفقا لوكالة أنباء سوريا.")
    assert _attr(sentence, "ar") == ("مصادر عسكرية سورية", ["وكالة أنباء سوريا"])


def test_an_arabic_subject_set_off_from_its_verb_by_a_weekday() -> None:
    # dostor.org (dev): "The Syrian Observatory for Human Rights had, on Thursday, reported …"
    sentence = ("وكان المرصد السوري لحقوق الإنسان، الخميس، أفاد بمقتل 39 عنصرًا من قوات النظام "
                "والفصائل المقاتلة في معارك اندلعت في محافظة إدلب.")
    assert _attr(sentence, "ar")[0] == "المرصد السوري لحقوق الإنسان"


def test_a_body_does_not_expand_to_the_place_it_sits_in() -> None:
    # t-online.de (dpa, dev): "der Luftwaffe von Köln-Wahn" does not rename "Luftwaffe"
    article = _analysed(
        "Gegen 12 Uhr hebt der graue Airbus A 310 der Luftwaffe von Köln-Wahn ab. Die "
        "Luftwaffe hatte sich seit Tagen bereitgehalten und war nach Angaben aus der "
        "Luftwaffe praktisch durchgehend startbereit.", "de")
    assert [c.attribution.speaker for c in article.claims if c.attribution.speaker] == [
        "Luftwaffe"]


def test_both_parties_are_the_pair_named_last() -> None:
    # svz.de (dpa, dev)
    article = _analysed(
        "\"Aus Verantwortung für Österreich\" haben ÖVP und Grüne ihr Regierungsprogramm "
        "überschrieben.\n\nDie beiden Parteien haben sich in ihrem Koalitionspakt dazu "
        "bekannt, die Alpenrepublik bis 2040 klimaneutral zu machen.", "de")
    assert article.claims[-1].attribution.speaker == "ÖVP und Grüne"


def test_both_parties_are_the_pair_the_article_joins_most() -> None:
    # rga.de (dpa, dev): not the last pair joined ("SPÖ und die FPÖ"), nor the two names
    # of the sentence before ("Regierung", "FPÖ")
    article = _analysed(
        "Es ist eine Premiere für Österreich: ÖVP und Grüne wollen zusammen regieren.\n\n"
        "Drei Monate später haben ÖVP und Grüne eine Einigung erzielt.\n\n"
        "Bei der Wahl im September konnten ÖVP und Grüne dann deutliche Gewinne verbuchen, "
        "während die sozialdemokratische SPÖ und die FPÖ viele Wählerstimmen verloren.\n\n"
        "Bis zur Ibiza-Affäre hatte die rechtskonservative Regierung recht reibungslos "
        "gearbeitet, wurde aber immer wieder gestört, weil die FPÖ die Abgrenzung zum "
        "rechtsextremen Rand nicht in den Griff bekam.\n\n"
        "Beide Parteien betonten während den Verhandlungen, dass es zwischen ihnen große "
        "Unterschiede gebe.", "de")
    assert article.claims[-1].attribution.speaker == "ÖVP und Grüne"


def test_a_name_does_not_expand_to_a_compound_it_opens() -> None:
    # zeit.de (dev): "ÖVP" is neither "ÖVP-Politiker Karl Nehammer" nor "ÖVP-FPÖ-Regierung"
    article = _analysed(
        "Das Kabinett steht fest, nachdem ÖVP und Grüne laut der Nachrichtenagentur APA "
        "weitere Personalentscheidungen bestätigten. Demnach gehen die Ministerien an die "
        "ÖVP-Politiker Karl Nehammer und Klaudia Tanner. Er hatte das Amt nach dem Bruch der "
        "ÖVP-FPÖ-Regierung übernommen.", "de")
    assert [c.attribution.speaker for c in article.claims[:2]] == ["ÖVP", "ÖVP"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # welt.de / freiepresse.de (dpa, dev): the verb reports with the word closing it
        ("Die USA machen den Iran für die jüngsten Ausschreitungen verantwortlich.", "Die USA"),
        ("Teheran weist die Vorwürfe zurück.", "Teheran"),
        # without it, the same verb reports nothing
        ("Mehr als 650 amerikanische Fallschirmjäger machten sich am Mittwoch auf den Weg.",
         None),
    ],
)
def test_a_verb_closed_later_in_its_clause(sentence: str, speaker: str | None) -> None:
    assert _attr(sentence, "de")[0] == speaker


def test_militia_units_speak_in_the_perfect() -> None:
    # welt.de (dev): a compound ending in a source noun ("…einheiten") is no common noun
    article = _analysed(
        "Die überwiegend schiitischen Volksmobilisierungseinheiten hatten zuvor in einer "
        "Mitteilung dazu aufgerufen, sich von der US-Botschaft zurückzuziehen.", "de")
    assert [c.attribution.speaker for c in article.claims] == ["Volksmobilisierungseinheiten"]


@pytest.mark.parametrize(
    ("sentence", "code", "speaker"),
    [
        # svz.de, 2 January 2020: a capitalised particle opens the name
        ("Dazu braucht es #Zuversicht\", twitterte Van der Bellen, der 2003 als damaliger "
         "Grünen-Chef selbst ein solches Bündnis schmieden wollte.", "de", "Van der Bellen"),
        ("Van der Bellen sagte am Montag, das sei ein guter Tag.", "de", "Van der Bellen"),
        ("Ursula von der Leyen said the plan was a good start.", "en", "Ursula von der Leyen"),
        ("El presidente Alexander Van der Bellen dijo que era un buen día.", "es",
         "Alexander Van der Bellen"),
        ("The International Committee of the Red Cross said it was alarmed.", "en",
         "The International Committee of the Red Cross"),
    ],
)
def test_particles_inside_a_speakers_name(sentence: str, code: str, speaker: str) -> None:
    assert _attr(sentence, code)[0] == speaker


def test_a_german_noun_and_its_von_phrase_are_no_name() -> None:
    # welt.de, 9 April 2020: where every noun is capitalised, a given name must open it
    sentence = ("Getestet wurden nur Personen, die aus China eingereist waren und Symptome von "
                "Covid-19 zeigten.")
    assert "Symptome" not in (_attr(sentence, "de")[0] or "")


def test_an_indefinite_pronoun_names_no_source() -> None:
    # walesonline.co.uk (dev): customers' posts, nobody named
    sentence = 'Another added: "Lloyds taking the bank holiday a little too literally."'
    found = attribute_sentence(sentence, tokenize(sentence), "en")
    assert found.speaker is not None  # the phrase is found …
    article = _analysed(sentence + " Lloyds said 2 million customers were hit.", "en")
    assert [c.attribution.speaker for c in article.claims] in (
        [None, "Lloyds"], ["Lloyds"])  # … but it is no one


@pytest.mark.parametrize(
    ("text", "code", "speaker", "via"),
    [
        # capitaledomex.com.mx (dev): "as he said" is the speaker cited last, not "dijo"
        ("Ello, de acuerdo con Doni Monardo, teniente general de la Agencia Nacional de "
         "Mitigación de Desastres, quien además dijo que 16 personas murieron.\n\nSegún dijo, "
         "tres mil 535 personas estaban evacuadas en refugios temporales.", "es",
         "Doni Monardo", ()),
        # bladi.net (dev): "the same source" is the outlet cited before
        ("Selon le quotidien Assabah, il a été découvert des caméras cachées dans 40 annexes "
         "du ministère.\n\nLa même source indique que ces caméras servent à espionner les "
         "caïds.", "fr", None, ("Assabah",)),
    ],
)
def test_a_phrase_that_refers_back_is_the_source_cited_last(
        text: str, code: str, speaker: str | None, via: tuple[str, ...]) -> None:
    last = _analysed(text, code).claims[-1]
    assert (last.attribution.speaker, last.attribution.via) == (speaker, via)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # walesonline.co.uk (dev): a refusal reports nothing
        ("A spokeswoman was unable to say whether customers would get any compensation.", None),
        ("A spokesman declined to say how many customers were affected.", None),
        # the subject of a copula before "to say"
        ("The minister was quick to say that the plan had worked.", "The minister"),
    ],
)
def test_refusals_and_infinitives_after_a_copula(sentence: str, speaker: str | None) -> None:
    found = attribute_sentence(sentence, tokenize(sentence), "en").speaker
    assert (found.text if found else None) == speaker


def test_a_conjunction_opening_the_sentence_is_no_part_of_the_speaker() -> None:
    # welt.de (dev)
    sentence = ("Wie Augenzeugen berichteten, wurden die zum Teil in Militäruniform "
                "marschierenden Demonstranten von den irakischen Sicherheitskräften gestoppt.")
    assert _attr(sentence, "de")[0] == "Augenzeugen"


def test_a_short_german_sentence_of_nouns_is_no_headline() -> None:
    # svz.de (dpa, dev): four capitals in five words, closed by a full stop; its person
    # makes it a claim
    article = _analysed("Nehammer wird Innenminister. Außenminister bleibt Karrierediplomat "
                        "Alexander Schallenberg.", "de")
    claims = [article.text[c.start : c.end] for c in article.claims]
    assert "Außenminister bleibt Karrierediplomat Alexander Schallenberg." in claims
    # a headline in title case, without a full stop, still names nobody
    headline = _analysed("Trump Says Iran Will Be Held Fully Responsible\n\nThe president "
                         "spoke on Tuesday.", "en")
    assert not any("Trump" in m.name for m in headline.mentions)


def test_an_outlet_inflected_by_its_case_is_the_outlet_as_listed() -> None:
    assert listed_form("Deutschen Presse-Agentur") == "Deutsche Presse-Agentur"
    assert is_outlet("Deutschen Presse-Agentur")
    assert listed_form("Reuters") == "Reuters"
    # a wire's full name and its short one are one outlet
    assert outlet_key("der Deutschen Presse-Agentur".removeprefix("der ")) == outlet_key("DPA")
    assert outlet_key("the Associated Press") == "ap"
    assert outlet_key("Bloomberg") == "bloomberg"

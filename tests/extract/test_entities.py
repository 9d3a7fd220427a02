import pytest

from parallax.extract.credits import article_credits, wire_credit
from parallax.extract.entities import classify_name, find_mentions
from parallax.extract.gazetteer import lookup_place, place_of


@pytest.mark.parametrize(
    ("name", "country"),
    [("Azerbeidzjan", "AZ"), ("Azerbaiyán", "AZ"), ("أذربيجان", "AZ"), ("Bagdad", "IQ"),
     ("Wien", "AT"), ("Moskou", "RU"), ("EEUU", "US"), ("Bergkarabach", "AZ"),
     ("İran", "IR"), ("İrak", "IQ")],  # Turkish: a dotted capital I
)
def test_places_in_many_languages(name: str, country: str) -> None:
    place = lookup_place(name)
    assert place is not None and place.country == country


@pytest.mark.parametrize(
    ("names", "key"),
    [(["Europe", "Europa", "Avrupa"], "Europe"),
     # the city gazetteer also knows "Asia", a town in the Philippines
     (["Asia", "Asien", "Asie"], "Asia"),
     # dpa's "Richtung Nahost" and the New York Post's "to the Middle East" (dev, s17)
     (["the Middle East", "Nahost", "Nahen Osten", "Oriente Medio", "Moyen-Orient"],
      "Middle East")],
)
def test_continents_and_macro_regions_are_places_of_no_one_country(
    names: list[str], key: str
) -> None:
    for name in names:
        place = place_of(name)
        assert place is not None and (place.name, place.country) == (key, ""), name
        assert classify_name(name) == ("place", None)


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Human Rights Watch", "organisation"), ("Caspian News", "outlet"), ("AFP", "outlet"),
     ("Gallia Lindenstrauss", "person"), ("Irak", "place"), ("UNHCR", "organisation"),
     # a lower-case word closes an organisation's name, a particle a person's
     ("Sécurité routière", "organisation"), ("Protección civil", "organisation"),
     # a congress or senate in any language ("el Congreso Federal del partido", rt.com)
     ("Congreso Federal", "organisation"), ("Senado", "organisation"),
     ("Harm van Bakel", "person"), ("Adel Abdul Mahdi", "person"),
     ("Ursula von der Leyen", "person"),
     # a heading in capitals is no one's name (haberler.com, corpus: "BUILDING SEALED")
     ("BİNA MÜHÜRLENDİ", "unknown"),
     # an article opens a venue's or a place's name, not a person's (Argentine dev
     # articles: "en el barrio de El Zapato", "el complejo Los Olivos")
     ("El Zapato", "unknown"), ("Los Olivos", "unknown"), ("The Pentagon", "unknown")],
)
def test_classify(name: str, kind: str) -> None:
    assert classify_name(name)[0] == kind


def test_mentions_with_name_particles() -> None:
    text = ("Die Sprecherin des Internationalen Komitees sagte, Ursula von der Leyen habe "
            "mit Vertretern der Vereinten Nationen in Genf gesprochen.")
    found = {(m.name, m.kind) for m in find_mentions(text, 0, len(text), "de")}
    assert ("Ursula von der Leyen", "person") in found
    assert ("Genf", "place") in found


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        # onetz.de and katehon.com (dev corpus): capitalised noun pairs are no people
        ("Eigene Bahnlinie: Besucher Überschuhe und Helme tragen in 500 Meter Tiefe.", []),
        ("Diese Zahlen nannte FDP-Fraktionsvize Stephan Thomae am Sonntag.",
         ["FDP-Fraktionsvize Stephan Thomae"]),
        ("Das sagte Kanzlerin Merkel in Berlin.", ["Kanzlerin Merkel"]),
        ("Die Vorwürfe wies Ajatollah Ali Chamenei zurück.", ["Ali Chamenei"]),
    ],
)
def test_german_people_need_a_given_name_or_a_role(sentence: str, people: list[str]) -> None:
    found = find_mentions(sentence, 0, len(sentence), "de")
    assert [m.name for m in found if m.kind == "person"] == people


@pytest.mark.parametrize(
    ("sentence", "code", "person"),
    [
        # the roles before a name are no part of it (welt.de, nypost.com, dev corpus)
        ("Die Festnahme des britischen Botschafters Robert Macaire sei illegal.", "de",
         "Robert Macaire"),
        ("Das sagte US-Verteidigungsminister Mark Esper am Dienstag.", "de", "Mark Esper"),
        ("Defense Secretary Mark Esper said the US would deploy about 750 troops.", "en",
         "Mark Esper"),
        ("President Donald Trump blamed Iran.", "en", "Donald Trump"),
        # rga.de (dpa, dev): the role after the party in a compound
        ("ÖVP-Chef Sebastian Kurz wagt nun einen Richtungswechsel.", "de", "Sebastian Kurz"),
        # a compound on a short role, in the genitive (jungefreiheit.de, corpus)
        ("Die Zahlen zeigten, daß der Fall des libanesischen Clanchefs Ibrahim Miri „kein "
         "Einzelfall“ sei.", "de", "Ibrahim Miri"),
    ],
)
def test_a_persons_name_starts_after_the_roles_before_it(
        sentence: str, code: str, person: str) -> None:
    found = find_mentions(sentence, 0, len(sentence), code)
    assert [m.name for m in found if m.kind == "person"] == [person]


@pytest.mark.parametrize(
    ("code", "sentence", "names"),
    [
        # dev corpus: a possessive, a Turkish case ending, an opening quotation mark
        ("en", "Prime Minister Boris Johnson's official spokesman told reporters the "
               "government was concerned.", ["Boris Johnson"]),
        ("tr", "Van'ın Çaldıran ilçesinin İran sınırını kaçak yolla geçen göçmenler "
               "yakalandı.", ["Van"]),
        ("de", "«Das Ministerium rief heute den iranischen Botschafter an.", ["Ministerium"]),
        # an apostrophe of the name itself stays
        ("en", "Conan O'Brien met Massimo D'Alema in Rome.",
         ["Conan O'Brien", "Massimo D'Alema", "Rome"]),
    ],
)
def test_a_name_without_its_suffix_or_the_determiner_that_opens_a_quotation(
    code: str, sentence: str, names: list[str]
) -> None:
    found = find_mentions(sentence, 0, len(sentence), code)
    assert [m.name for m in found if m.name in names] == names
    assert all(sentence[m.start : m.end] == m.name for m in found)
    assert not any(m.name.endswith(("'s", "'ın")) or m.name.startswith("Das ")
                   for m in found)


def test_noun_pairs_are_people_in_english_still() -> None:
    # no given-name rule where nouns are not capitalised: "Artak Beglaryan" stays a person
    text = "Karabakh's ombudsman Artak Beglaryan told AFP that the town was shelled."
    assert ("Artak Beglaryan", "person") in {
        (m.name, m.kind) for m in find_mentions(text, 0, len(text), "en")}


def test_die_gruenen_are_an_organisation() -> None:
    text = "Die Grünen erhalten derweil ein Superministerium."
    assert [(m.name, m.kind) for m in find_mentions(text, 0, len(text), "de")] == [
        ("Grünen", "organisation")]


@pytest.mark.parametrize(
    ("text", "removed", "agencies"),
    [
        ("Berlin (dpa) - Die Regierung hat sich geeinigt.\n\nMehr Text.", [], ["dpa"]),
        ("Der Text des Artikels.\n\ndpa/afp", [], ["dpa", "AFP"]),
        # rga.de, 1 January 2020: the agency, then the editor's initials
        ("Die künftige Regierung plant eine Vorreiterrolle in Europa.\n\ndpa/frs", [],
         ["dpa"]),
        ("Der Text des Artikels.\n\nZum Thema/mehr", [], []),
        ("Texto de la noticia.", ["EFE"], ["EFE"]),
        ("Titel\n\n12.01.2020, 15:21 Uhr | Anna Muster und Max Beispiel, dpa\n\nText.", [],
         ["dpa"]),
        ("A story that mentions (AFP) in the middle of a sentence is not credited.", [], []),
    ],
)
def test_wire_credit(text: str, removed: list[str], agencies: list[str]) -> None:
    assert wire_credit(text, removed) == agencies


@pytest.mark.parametrize(
    ("text", "removed", "code", "credited"),
    [
        ("(Bloomberg) -- Hungarian Prime Minister Viktor Orban said on Thursday.\n\nMore.",
         [], "en", ["Bloomberg"]),
        ("First paragraph of the story.\n\nThe last sentence of the story. – Bloomberg", [],
         "en", ["Bloomberg"]),
        ("Primer párrafo de la noticia.\n\nVía La Patilla", [], "es", ["La Patilla"]),
        ("Texto.\n\nLa nota se publicó primero en El Economista.", [], "es", ["El Economista"]),
        ("Ein ganz normaler Artikel ohne Quellenangabe.\n\nNoch ein Absatz.", [], "de", []),
        # svz.de: the byline under the teaser, in lower case
        ("Für Österreich kann eine neue Ära beginnen.\n\nvon dpa\n\n02. Januar 2020, 19:22 Uhr"
         "\n\nWien | Die konservative ÖVP und die Grünen haben sich geeinigt.", [], "de", ["dpa"]),
        ("Ein Satz, den wir von dpa und anderen haben.\n\nNoch ein Absatz.", [], "de", []),
        # an author's byline is no outlet credit; an agency's still is
        ("Für Österreich kann eine neue Ära beginnen.\n\nvon Anna Müller\n\nWien | Die "
         "konservative ÖVP und die Grünen haben sich geeinigt.", [], "de", []),
    ],
)
def test_article_credits(text: str, removed: list[str], code: str, credited: list[str]) -> None:
    assert article_credits(text, removed, code) == credited


def test_what_a_number_counts_is_no_person() -> None:
    # prensalibre.com (dev corpus): the officialese for prisoners, after their count
    sentence = ("La riña dejó como saldo el fallecimiento de 16 Personas Privadas de su "
                "Libertad, así como cinco más lesionadas.")
    found = find_mentions(sentence, 0, len(sentence), "es")
    assert not [m.name for m in found if m.kind == "person"]


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        # t-online (dev): "Ein Flugzeug der Bundeswehr ist in Richtung China gestartet"
        ("Ein Flugzeug der Bundeswehr ist in Richtung China gestartet.", ["China"]),
        ("Die Kolonne fuhr in Richtung Bagdad.", ["Bagdad"]),
        # welt.de (dev): a place of two words after a common noun keeps both
        ("Das Virus wurde in den Großraum der US-Metropole New York getragen.", ["New York"]),
        ("Der erste bekannte Ausbruchsort war die chinesische Stadt Wuhan.", ["Wuhan"]),
    ],
)
def test_a_place_after_a_german_common_noun_is_the_place(sentence: str,
                                                         places: list[str]) -> None:
    mentions = find_mentions(sentence, 0, len(sentence), "de")
    assert [(m.name, m.kind) for m in mentions] == [(p, "place") for p in places]


def test_a_role_or_given_name_before_a_place_word_keeps_the_person() -> None:
    sentence = "Kanzlerin Merkel reiste nach China."
    mentions = find_mentions(sentence, 0, len(sentence), "de")
    assert [(m.name, m.kind) for m in mentions] == [("Kanzlerin Merkel", "person"),
                                                    ("China", "place")]


@pytest.mark.parametrize(
    ("code", "sentence", "names"),
    [
        # nypost.com and welt.de (dev): a militia, named with what backs it or what it is
        ("en", "US jet fighters attacked five bases belonging to the Iranian-backed Kataib "
               "Hezbollah over the weekend.", [("US", "place"),
                                               ("Kataib Hezbollah", "organisation")]),
        ("de", "Auslöser waren Luftangriffe der USA auf Einrichtungen der schiitischen Miliz "
               "Kataib Hisbollah am vergangenen Wochenende.",
         [("USA", "place"), ("Miliz Kataib Hisbollah", "organisation")]),
        ("de", "Die ÖVP-geführte Regierung hielt nicht.", [("Regierung", "organisation")]),
    ],
)
def test_militias_and_what_describes_a_name(code: str, sentence: str,
                                            names: list[tuple[str, str]]) -> None:
    mentions = find_mentions(sentence, 0, len(sentence), code)
    assert [(m.name, m.kind) for m in mentions] == names


@pytest.mark.parametrize(
    ("code", "sentence", "names"),
    [
        # El Diario Nuevo Día, Noticias Mendoza (dev): towns the gazetteer does not know
        ("es", "Ocurrió en un camping de la localidad cordobesa de Capilla del Monte.",
         [("Capilla del Monte", "place")]),
        ("es", "Fue capturado pasado el mediodía en el barrio de El Zapato.",
         [("El Zapato", "place")]),
        ("en", "The crash happened in the city of Mishawaka on Friday.",
         [("Mishawaka", "place")]),
        ("de", "Die Stadt Wuhan ist abgeriegelt.", [("Wuhan", "place")]),
        # no noun for a place: a person stays a person
        ("es", "El ex boxeador Jorge Rodrigo Barrios fue apuñalado.",
         [("Jorge Rodrigo Barrios", "person")]),
    ],
)
def test_a_noun_for_a_place_names_a_place(code: str, sentence: str,
                                          names: list[tuple[str, str]]) -> None:
    mentions = find_mentions(sentence, 0, len(sentence), code)
    assert [(m.name, m.kind) for m in mentions] == names


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        # welt.de (dev): the role's owner, not a "von" in the name
        ("Ein Sprecher von Boris Johnson versicherte außerdem, dass London dies möchte.",
         "Boris Johnson"),
        # svz.de (dev): a capitalised particle after the given name goes on to the name
        ("Bundespräsident Alexander Van der Bellen vereidigt die Regierung.",
         "Alexander Van der Bellen"),
        ("Kommissionschefin Ursula von der Leyen sagte das.", "Ursula von der Leyen"),
    ],
)
def test_particles_inside_and_before_a_german_name(sentence: str, person: str) -> None:
    mentions = find_mentions(sentence, 0, len(sentence), "de")
    assert [m.name for m in mentions if m.kind == "person"] == [person]


@pytest.mark.parametrize(
    "sentence",
    [
        # welt.de, dzonline.de (dev): "von" and "Sie" are in the given-name lists
        "Die Zahl von Angriffen auf US-Einrichtungen ist gestiegen.",
        "„Seien Sie doch mal logisch“, schrieb er.",
        "Die Trennung von Asyl und Arbeitsmigration bleibt.",
    ],
)
def test_a_particle_or_pronoun_is_no_given_name(sentence: str) -> None:
    mentions = find_mentions(sentence, 0, len(sentence), "de")
    assert [m.name for m in mentions if m.kind == "person"] == []


@pytest.mark.parametrize(
    ("code", "sentence", "person"),
    [
        # zeit.de, dw.com (dev): a person whose role names a body is a person
        ("de", "Das sagte Grünen-Chef Werner Kogler am Mittwoch.", "Werner Kogler"),
        ("en", "EU High Representative Josep Borrell said so.", "Josep Borrell"),
    ],
)
def test_a_role_naming_a_body_before_a_person(code: str, sentence: str, person: str) -> None:
    mentions = find_mentions(sentence, 0, len(sentence), code)
    assert [(m.name, m.kind) for m in mentions] == [(person, "person")]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # dw.com, theprint.in, independent.co.uk (dev): a sentence's first word is no part
        # of the name after it
        ("Both France and Germany sent planes.", [("France", "place"), ("Germany", "place")]),
        ("Now Iran says otherwise.", [("Iran", "place")]),
        ("Dozens of Iraqi militiamen stormed the embassy.", []),
    ],
)
def test_an_english_sentence_starter_is_no_name(sentence: str,
                                                names: list[tuple[str, str]]) -> None:
    mentions = find_mentions(sentence, 0, len(sentence), "en")
    assert [(m.name, m.kind) for m in mentions] == names


@pytest.mark.parametrize(
    ("code", "sentence", "names"),
    [
        # capitaledomex.com.mx (dev): a holiday is no one's name
        ("es", "Las lluvias de Año Nuevo inundaron Yakarta.", [("Yakarta", "place")]),
        ("en", "The Chinese Lunar New Year holiday was extended.", []),
    ],
)
def test_a_holiday_is_no_name(code: str, sentence: str, names: list[tuple[str, str]]) -> None:
    mentions = find_mentions(sentence, 0, len(sentence), code)
    assert [(m.name, m.kind) for m in mentions] == names


def test_an_acronym_of_a_thing_is_no_organisation() -> None:
    # washingtontimes.com (AP, dev): "an SUV" is no organisation; "the EU" is one
    sentence = "Two people drowned after an SUV plunged into a pond, the EU and NATO said."
    mentions = find_mentions(sentence, 0, len(sentence), "en")
    assert [(m.name, m.kind) for m in mentions] == [("EU", "organisation"),
                                                    ("NATO", "organisation")]


def test_a_person_and_the_body_after_a_particle_are_two_mentions() -> None:
    # welt.de (dev, s15): the run of capitals joins a geneticist to his school
    text = ("„Die Mehrheit (der Fälle) ist klar europäisch“, zitierte die Zeitung den "
            "Genforscher Harm van Bakel von der Icahn School of Medicine at Mount Sinai.")
    found = [(m.name, m.kind) for m in find_mentions(text, 0, len(text), "de")]
    assert ("Harm van Bakel", "person") in found and ("Icahn School", "organisation") in found
    # a particle inside a person's name still joins it
    text = "Ursula von der Leyen sprach mit Vertretern der Vereinten Nationen."
    assert ("Ursula von der Leyen", "person") in [
        (m.name, m.kind) for m in find_mentions(text, 0, len(text), "de")]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # welt.de / dpa (dev): "die Lage" is the situation, not Lage in Lippe; a pronoun
        # opening a sentence is no town in Côte d'Ivoire; countries keep their article
        ("Während sich am Botschaftskomplex in Bagdad damit die Lage zunächst beruhigte, "
         "nahmen die Spannungen zu.", [("Bagdad", "place")]),
        ("Man hatte sich, auch das wurde deutlich, schnell geeinigt.", []),
        ("Der Iran warf Deutschland daraufhin grundlose Unterstellungen vor.",
         [("Iran", "place"), ("Deutschland", "place")]),
        ("Das Konzert fand in Halle statt, nicht in der Halle in Berlin.",
         [("Halle", "place"), ("Berlin", "place")]),
    ],
)
def test_a_german_noun_after_a_determiner_is_no_town(sentence: str,
                                                     names: list[tuple[str, str]]) -> None:
    mentions = find_mentions(sentence, 0, len(sentence), "de")
    assert [(m.name, m.kind) for m in mentions] == names


def test_the_german_red_cross_is_one_body_in_any_case() -> None:
    sentence = "Anna Lang vom Deutschen Roten Kreuz sagte, ein Sprecher des DRK bestätige es."
    found = [(m.name, m.kind) for m in find_mentions(sentence, 0, len(sentence), "de")]
    assert found == [("Anna Lang", "person"), ("Deutschen Roten Kreuz", "organisation"),
                     ("DRK", "organisation")]
    assert classify_name("Deutsches Rotes Kreuz") == ("organisation", None)

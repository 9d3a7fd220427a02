"""Grading on real articles of the bundled dev corpus."""

from parallax.assess.corpus import analyse
from parallax.assess.grade import (
    Source,
    _wire_key,
    claim_source,
    generic,
    grade_group,
    same_name,
    speaker_key,
    text_credits,
)
from parallax.link.wire import WireIndex
from parallax.model import ClaimRef
from tests.conftest_corpus import claim_index, dev_articles, encoder

BLOOMBERG = "se22-1538841592"  # theprint.in runs Bloomberg: "about 100 Marines"
CENTRO = "se22-1484050046"  # centrodeinformes.com.ar: "un total de 120 marines"
DPA_COPIES = ("se22-1484207960", "se22-1484225978")  # freiepresse.de, dzonline.de (dpa)


def test_numbers_that_cannot_both_hold_are_conflicting() -> None:
    articles = dev_articles()
    refs = [ClaimRef(articles[BLOOMBERG].id, claim_index(articles[BLOOMBERG], "about 100 Marines")),
            ClaimRef(articles[CENTRO].id, claim_index(articles[CENTRO], "120 marines"))]
    by_id = {articles[k].id: articles[k] for k in (BLOOMBERG, CENTRO)}
    grade, reasons, _ = grade_group(refs, by_id, {})
    assert grade == "conflicting"
    assert "about 100 Marines" in reasons[0] and "120 marines" in reasons[0]


def test_a_wire_copy_run_by_two_outlets_is_one_source() -> None:
    articles = [dev_articles()[k] for k in DPA_COPIES]
    wires = WireIndex()
    copy_groups = {a.id: wires.add(a.id, a.text) for a in articles}
    assert len(set(copy_groups.values())) == 1  # the same dpa text
    refs = [ClaimRef(a.id, claim_index(a, "rund 5000 Soldaten")) for a in articles]
    grade, reasons, sources = grade_group(refs, {a.id: a for a in articles}, copy_groups)
    assert grade == "unattributed", (grade, reasons, sources)


def test_two_independent_named_sources_corroborate() -> None:
    articles = dev_articles()
    a, b = articles[BLOOMBERG], articles[DW]
    refs = [ClaimRef(a.id, i) for i, c in enumerate(a.claims) if c.attribution.speaker][:1]
    refs += [ClaimRef(b.id, i) for i, c in enumerate(b.claims) if c.attribution.speaker
             and c.attribution.speaker != a.claims[refs[0].index].attribution.speaker][:1]
    grade, _, sources = grade_group(refs, {a.id: a, b.id: b}, {})
    assert grade == "corroborated" and len(sources) == 2


def test_analysis_is_deterministic() -> None:
    articles = list(dev_articles().values())[:12]
    first = analyse(articles, encoder())
    second = analyse(list(reversed(articles)), encoder())
    assert first == second


PRENSA = "se22-1484208281"  # laprensa.com.ni: "dejó heridas a otras cinco personas"
SPUTNIK_DE = "se22-1483956795"  # Sputnik: "Mindestens 16 Menschen … getötet und fünf weitere"


def test_figures_matching_a_figure_of_the_other_claim_do_not_conflict() -> None:
    # 16 dead and 5 injured against 5 injured: the 5s agree; 16 ≠ 5 counts something else
    articles = dev_articles()
    a, b = articles[PRENSA], articles[SPUTNIK_DE]
    refs = [ClaimRef(a.id, claim_index(a, "otras cinco personas")),
            ClaimRef(b.id, claim_index(b, "Mindestens 16 Menschen"))]
    grade, reasons, _ = grade_group(refs, {a.id: a, b.id: b}, {})
    assert grade != "conflicting", reasons


def test_an_outlet_cited_in_the_sentence_is_a_named_source_a_text_credit_is_not() -> None:
    article = dev_articles()[CENTRO]  # the whole text credits El Economista
    assert text_credits(article) == frozenset({"el economista"})
    cited = article.claims[claim_index(article, "Muerte")]  # “…”, per the NY Times
    assert claim_source(cited, article, article.id, text_credits(article)).named
    relayed = article.claims[claim_index(article, "120 marines")]
    source = claim_source(relayed, article, article.id, text_credits(article))
    assert not source.named and source.label == "El Economista"


def test_sources_corroborate_only_through_strongly_linked_claims() -> None:
    articles = dev_articles()
    a, b = articles[BLOOMBERG], articles[CENTRO]
    refs = [ClaimRef(a.id, claim_index(a, "about 100 Marines")),
            ClaimRef(b.id, claim_index(b, "Muerte"))]
    by_id = {a.id: a, b.id: b}
    strong, _, _ = grade_group(refs, by_id, {}, lambda x, y: 0.9)
    weak, reasons, _ = grade_group(refs, by_id, {}, lambda x, y: 0.2)
    assert strong == "corroborated"
    assert weak == "single-source", reasons
    assert reasons[-1].startswith("not corroborated:") and "NY Times" in reasons[-1]


TONLINE = "se22-1544415198"  # t-online.de, dpa text: "rund 90 Deutsche"
DW = "se22-1505772379"  # dw.com: "A ministry spokeswoman told the DPA news agency … 90"


def test_a_wire_that_carries_a_named_source_relays_it_in_its_other_copies() -> None:
    articles = dev_articles()
    a, b = articles[TONLINE], articles[DW]
    # two dpa sentences with no source, one naming the ministry's spokeswoman via DPA
    refs = [ClaimRef(a.id, claim_index(a, "rund 90 Deutsche")),
            ClaimRef(a.id, claim_index(a, "So ist die Lage aber nicht")),
            ClaimRef(b.id, claim_index(b, "around 90 Germans"))]
    grade, reasons, _ = grade_group(refs, {a.id: a, b.id: b}, {})
    assert grade == "single-source", reasons


def test_one_name_spelled_in_several_languages_is_one_source() -> None:
    def named(name: str) -> Source:
        return Source(f"speaker:{speaker_key(name)}", name, True)

    khamenei = named("Ayatollah Ali Khamenei")
    assert same_name(khamenei, named("Ajatollah Ali Chamenei"))
    assert same_name(khamenei, named("Alí Jamenai"))
    assert not same_name(named("Donald Trump"), named("Harry Truman"))
    assert not same_name(named("Mark Esper"), named("Mike Pompeo"))


def test_two_offices_of_one_body_are_one_source() -> None:
    # prensalibre.com and Sputnik on Zacatecas: the Secretariat and its spokesman's office
    def named(name: str) -> Source:
        return Source(f"speaker:{speaker_key(name)}", name, True)

    assert same_name(named("Secretaría de Seguridad Pública"),
                     named("Vocería de Seguridad Pública"))
    assert not same_name(named("Ministry of Health"), named("Ministry of Defence"))
    assert not same_name(named("Department of Ecology"), named("Department of State"))


ELARAGUENO = "se22-1484162889"  # elaragueno.com.ve: "autoridades locales" and the Secretaría


def test_authorities_named_by_a_common_noun_are_no_second_witness_beside_a_body() -> None:
    def named(name: str) -> Source:
        return Source(f"speaker:{speaker_key(name)}", name, True)

    assert generic(named("autoridades locales")) and generic(named("örtliche Behörden"))
    assert not generic(named("Secretaría de Seguridad Pública"))
    assert not generic(named("Mark Esper")) and not generic(named("televised footage"))
    article = dev_articles()[ELARAGUENO]
    refs = [ClaimRef(article.id, claim_index(article, "dejó 16")),
            ClaimRef(article.id, claim_index(article, "se registró una riña"))]
    assert {article.claims[r.index].attribution.speaker for r in refs} == {
        "autoridades locales", "Secretaría de Seguridad Pública"}
    grade, reasons, _ = grade_group(refs, {article.id: article}, {}, lambda x, y: 0.9)
    assert grade == "single-source", reasons
    assert "Secretaría de Seguridad Pública" in reasons[0]


WELT_NYT = "se22-1573417533"  # welt.de: "laut „New York Times“ … aus China eingereist"
INDEPENDENT = "se22-1573613843"  # independent.co.uk: the same testing rule, no source named


def test_an_outlet_that_states_a_cited_outlets_fact_unsourced_relays_it() -> None:
    # half the claims name their source (an outlet cited in the sentence counts): the
    # other outlet, naming none, most likely relays the same report
    articles = dev_articles()
    a, b = articles[WELT_NYT], articles[INDEPENDENT]
    refs = [ClaimRef(a.id, claim_index(a, "aus China eingereist")),
            ClaimRef(b.id, claim_index(b, "coming from China"))]
    grade, reasons, sources = grade_group(refs, {a.id: a, b.id: b}, {}, lambda x, y: 0.9)
    assert grade == "single-source", (reasons, sources)
    assert "New York Times" in reasons[0]


WORLDSTAGE = "se22-1484322080"  # worldstagegroup.com: a wire text, no source named


def test_an_outlet_quoting_a_named_speakers_words_relays_that_speaker() -> None:
    # the wire text: Trump … “emphasised the need to protect U.S. personnel and facilities”;
    # Bloomberg: "The White House said … the president “emphasized the need to protect …”"
    articles = dev_articles()
    wire, bloomberg = articles[WORLDSTAGE], articles[BLOOMBERG]
    refs = [ClaimRef(wire.id, claim_index(wire, "Trump spoke with Iraqi Prime Minister")),
            ClaimRef(bloomberg.id, claim_index(bloomberg, "The White House said Trump"))]
    grade, reasons, sources = grade_group(refs, {wire.id: wire, bloomberg.id: bloomberg}, {})
    assert grade == "single-source", (grade, reasons, sources)
    assert sources == ("White House",)


def test_a_body_named_in_two_cases_is_one_source() -> None:
    # t-online (dpa, dev): "des Auswärtigen Amts" and "das Auswärtige Amt"
    def named(name: str) -> Source:
        return Source(f"speaker:{speaker_key(name)}", name, True)

    assert same_name(named("Auswärtigen Amts"), named("Auswärtige Amt"))
    assert not same_name(named("Auswärtige Amt"), named("Auswärtige Ausschuss"))


WELT = "se22-1483855960"  # welt.de (dpa): "ein dort stationierter US-Angestellter" wounded
NYPOST = "se22-1483971502"  # nypost.com: "killed an American contractor and wounded four"


def test_one_person_said_wounded_in_one_outlet_and_killed_in_another_is_conflicting() -> None:
    articles = dev_articles()
    a, b = articles[WELT], articles[NYPOST]
    refs = [ClaimRef(a.id, claim_index(a, "ein dort stationierter US-Angestellter")),
            ClaimRef(b.id, claim_index(b, "killed an American contractor"))]
    grade, reasons, _ = grade_group(refs, {a.id: a, b.id: b}, {})
    assert grade == "conflicting", reasons
    assert reasons[0].startswith("fates disagree")
    assert "US-Angestellter” wounded (welt.de)" in reasons[0]
    assert "American contractor” killed (nypost.com)" in reasons[0]
    # the four wounded soldiers both give agree, and alone they conflict with nothing
    refs_b = [ClaimRef(b.id, claim_index(b, "four US service members"))]
    assert grade_group(refs_b + refs_b, {b.id: b}, {})[0] != "conflicting"


def test_a_wire_named_in_full_is_that_wire() -> None:
    # "Das wurde der Deutschen Presse-Agentur … bestätigt" (wr.de): through dpa, as "(dpa)"
    assert _wire_key(("Deutsche Presse-Agentur",)) == _wire_key(("dpa",)) == "wire:dpa"
    assert _wire_key(("the Associated Press",)) == "wire:ap"
    assert _wire_key(("Bloomberg",)) is None

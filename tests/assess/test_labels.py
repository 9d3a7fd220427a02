"""Story labels: the main names and the key claim, from real articles (dev corpus, s17)."""

from parallax.assess.labels import key_claim, main_names, story_label
from parallax.model import Article, ClaimGroup, ClaimRef, Hints, Mention, SourceItem
from parallax.pipeline import default_pipeline

WELT = (
    "Nach dem Angriff auf die US-Botschaft in Bagdad schicken die USA 750 Soldaten "
    "zusätzlich in die Region. Pentagonchef Mark Esper spricht von einer "
    "Vorsichtsmaßnahme. Am vergangenen Freitag waren bei Raketenangriffen auf eine "
    "irakische Militärbasis in Kirkuk ein dort stationierter US-Amerikaner getötet und "
    "mehrere US-Soldaten verletzt worden."
)
PRESSE = (
    "Wegen der jüngsten Spannungen im Irak verlegen die USA mit sofortiger Wirkung 750 "
    "zusätzliche Soldaten in den Nahen Osten. Das teilte Verteidigungsminister Mark Esper "
    "am Dienstagabend mit. Am vergangenen Freitag waren bei Raketenangriffen auf eine "
    "irakische Militärbasis in Kirkuk ein dort stationierter US-Amerikaner getötet und "
    "mehrere US-Soldaten verletzt worden."
)
NYPOST = (
    "US troops on Wednesday fired tear gas at hundreds of protesters outside the US "
    "Embassy in Baghdad. Scores of demonstrators camped outside the embassy overnight. "
    "On Friday, a rocket attack on an Iraqi military base near Kirkuk killed a US "
    "contractor and wounded four US service members."
)


def _article(text: str, url: str, language: str, published: str) -> Article:
    article = default_pipeline().process(SourceItem(
        url, text, "text", Hints(title=text.split(".")[0], language=language,
                                 published=published)))
    assert isinstance(article, Article)
    return article


def _index(article: Article, words: str) -> int:
    return next(i for i, c in enumerate(article.claims)
                if words in article.text[c.start : c.end])


def _group(n: int, refs: list[ClaimRef]) -> ClaimGroup:
    return ClaimGroup(f"s/g{n}", "s", tuple(refs), "corroborated", (), ())


def _corpus() -> tuple[list[Article], list[ClaimGroup]]:
    welt = _article(WELT, "https://www.welt.de/a", "de", "2020-01-01")
    presse = _article(PRESSE, "https://www.freiepresse.de/b", "de", "2020-01-01")
    nypost = _article(NYPOST, "https://nypost.com/c", "en", "2020-01-01")
    troops = _group(1, [ClaimRef(welt.id, _index(welt, "750 Soldaten")),
                        ClaimRef(presse.id, _index(presse, "750"))])
    kirkuk = _group(2, [ClaimRef(welt.id, _index(welt, "Kirkuk")),
                        ClaimRef(presse.id, _index(presse, "Kirkuk")),
                        ClaimRef(nypost.id, _index(nypost, "Kirkuk"))])
    return [welt, presse, nypost], [kirkuk, troops]


def test_the_fact_the_articles_lead_with_is_the_key_claim_not_the_background_all_repeat():
    articles, groups = _corpus()
    # the Kirkuk attack is told by three articles, but last in each: background
    key = key_claim(articles, groups)
    assert key is not None and "750" in key and "Kirkuk" not in key
    assert key.startswith("Nach dem Angriff")  # the wording that comes first in its article


def test_copies_of_one_wording_lead_once():
    welt, presse, nypost = _corpus()[0]
    # a copy of welt.de's text with a sentence of its own (an article's id is its text's)
    copy = _article(WELT + " Die Lage in Bagdad bleibt angespannt.",
                    "https://www.dzonline.de/d", "de", "2020-01-02")
    assert copy.id != welt.id
    # one wording first in two articles (1), against two wordings first and second in
    # theirs (1 + 1/2): counted per article, the copied one would win (2)
    copied = _group(1, [ClaimRef(welt.id, 0), ClaimRef(copy.id, 0)])
    retold = _group(2, [ClaimRef(presse.id, 0), ClaimRef(nypost.id, 1)])
    key = key_claim([welt, presse, nypost, copy], [copied, retold])
    assert key is not None and key.startswith("Wegen der jüngsten Spannungen")


def test_without_a_fact_told_twice_the_earliest_headline_stands_in():
    articles, _ = _corpus()
    assert key_claim(articles, []) is None
    label = story_label(articles, [])
    assert label.endswith("— Nach dem Angriff auf die US-Botschaft in Bagdad schicken die "
                          "USA 750 Soldaten zusätzlich in die Region")


def test_label_names_what_most_articles_name():
    articles, groups = _corpus()
    names = main_names(articles)
    assert len(names) == 3 and "Kirkuk" in names
    assert story_label(articles, groups).startswith(", ".join(names) + " — Nach dem Angriff")



def _naming(*names: list[str]) -> list[Article]:
    """Articles that each name these (as organisations; a name twice, twice)."""
    out = []
    for n, named in enumerate(names):
        text = "".join(f"{name} spoke. " for name in named)
        mentions = []
        for name in named:
            at = text.find(name)
            mentions.append(Mention(at, at + len(name), "organisation", name, None))
        out.append(Article(id=f"a{n}", source=f"a{n}.txt", text=text, raw_length=len(text),
                           language="en", mentions=mentions))
    return out


def test_label_names_each_name_once_and_no_bare_marker():
    # dev corpus labels: "Washington, Washington Department of Ecology, Department of
    # Ecology"; "Batı Mahallesi … Caddesi, Batı Mahalle … Caddesi"; "GRB, DDR, Gruppe"
    ecology, short = "Washington Department of Ecology", "Department of Ecology"
    street, inflected = "Batı Mahallesi Orhan Maltepe Caddesi", "Batı Mahalle Orhan Maltepe Caddesi"
    articles = _naming([ecology, short, "Gruppe", street, inflected],
                       [ecology, ecology, short, "Gruppe", street, street, inflected,
                        "Kathy Taylor"],
                       ["Kathy Taylor", "Gruppe", "Ecology"])
    assert main_names(articles) == [street, ecology, "Kathy Taylor"]


def test_a_dateline_in_capitals_is_shown_as_the_text_writes_it():
    # washingtontimes.com (AP, corpus): "MISHAWAKA, Ind. (AP) -" and "Mishawaka firefighters"
    text = ("MISHAWAKA, Ind. (AP) - Two people drowned after an SUV plunged into a northern "
            "Indiana pond, authorities said. Mishawaka firefighters pulled four people from "
            "the submerged SUV. FEMA sent a team to Indiana.")
    mentions = [Mention(0, 9, "place", "MISHAWAKA", None),
                Mention(text.find("FEMA"), text.find("FEMA") + 4, "organisation", "FEMA", None)]
    article = Article(id="a", source="a.txt", text=text, raw_length=len(text), language="en",
                      mentions=mentions)
    assert sorted(main_names([article])) == ["FEMA", "Mishawaka"]

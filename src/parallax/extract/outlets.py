"""Is a name an outlet (a channel that relays statements) rather than a speaker?"""

from __future__ import annotations

from functools import lru_cache

from parallax.lang import all_languages


@lru_cache(maxsize=1)
def _known() -> tuple[frozenset[str], frozenset[str]]:
    data = all_languages()
    names = frozenset(n.casefold() for n in data.words("outlets", "names"))
    markers = frozenset(m.casefold() for m in data.words("outlets", "markers"))
    return names, markers


@lru_cache(maxsize=1)
def _outlet_nouns() -> frozenset[str]:
    return frozenset(n.casefold() for n in all_languages().words("outlets", "nouns"))


@lru_cache(maxsize=1)
def _clitics() -> tuple[str, ...]:
    return tuple(all_languages().words("outlets", "clitics"))


def without_clitic(word: str) -> str:
    """An outlet noun with a preposition glued to it, as Arabic writes it ("لوكالة", to the
    agency), without the preposition ("وكالة"); any other word as it is."""
    for clitic in _clitics():
        rest = word[len(clitic):]
        if word.startswith(clitic) and rest.casefold() in _outlet_nouns():
            return rest
    return word


def is_outlet_role(role: str | None) -> bool:
    """"el diario", "persbureau", "die Nachrichtenagentur": the name after it is an outlet."""
    return bool(role) and any(without_clitic(w) in _outlet_nouns()
                              for w in (role or "").casefold().split())


@lru_cache(maxsize=1)
def _inflected() -> dict[str, str]:
    return {k.casefold(): str(v) for k, v in all_languages().table("outlets", "inflected").items()}


def listed_form(name: str) -> str:
    """An outlet's name as listed, from a form a case inflects ("Deutschen Presse-Agentur"
    → "Deutsche Presse-Agentur"); any other name as it is."""
    return _inflected().get(" ".join(name.split()).casefold(), name)


@lru_cache(maxsize=1)
def wire_names() -> dict[str, str]:
    """A wire agency's full name, folded, to its short name ("deutsche presse-agentur" →
    "dpa"): ``[boilerplate] wire_names``."""
    table = all_languages().table("boilerplate", "wire_names")
    return {name.casefold(): str(short) for name, short in table.items()}


def outlet_key(name: str) -> str:
    """One key for an outlet's names: folded, without "the", a wire by its short name
    ("the Deutsche Presse-Agentur", "Deutschen Presse-Agentur", "DPA" → "dpa")."""
    folded = " ".join(listed_form(name).split()).casefold().removeprefix("the ")
    return wire_names().get(folded, folded).casefold()


def is_outlet(name: str) -> bool:
    name = listed_form(name)
    names, markers = _known()
    folded = " ".join(name.split()).casefold()
    if folded in names or folded.removeprefix("the ") in names:
        return True
    words = folded.replace("(", " ").replace(")", " ").split()
    return any(w in markers for w in words[1:] or words) and len(words) <= 6

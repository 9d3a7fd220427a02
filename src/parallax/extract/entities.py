"""A multilingual recogniser for people, organisations, places and outlets.

No NER model for nl, de or a multilingual one installs offline here, so candidates are
capitalised spans (with name particles such as "van", "al-", "of the" inside), and their
kind comes from gazetteers (places), organisation markers and the outlet list in the
lang files; a multi-word name that is none of these is a person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.extract.gazetteer import place_of
from parallax.extract.given_names import is_given_name
from parallax.extract.organisations import organisation_key
from parallax.extract.outlets import is_outlet
from parallax.extract.tokens import Token, tokenize
from parallax.lang import all_languages, language
from parallax.model import Mention


@lru_cache(maxsize=64)
def name_particles(code: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """(particles, chain articles) that continue a name in this language."""
    data = language(code or "en")
    return (
        frozenset(w.casefold() for w in data.words("entities", "particles")),
        frozenset(w.casefold() for w in data.words("entities", "chain_articles")),
    )


@lru_cache(maxsize=64)
def _single_name_particles(code: str | None) -> frozenset[str]:
    return frozenset(
        w.casefold() for w in language(code or "en").words("entities", "single_name_particles")
    )


@lru_cache(maxsize=64)
def _calendar_words(code: str | None) -> frozenset[str]:
    data = language(code or "en")
    return frozenset(
        w.casefold() for w in data.words("numbers", "weekdays") + data.words("numbers", "months")
    )


def particle_continues(tokens: list[Token], start: int, j: int, code: str | None) -> int:
    """If a name that began at ``start`` goes on through the particles at ``j``, the index
    of the capitalised word after them; else 0."""
    particles, chain_articles = name_particles(code)
    if tokens[j].lower in particles:
        if tokens[j].lower in _single_name_particles(code) and j - start != 1:
            return 0
        k = j + 1
    elif tokens[j].lower in chain_articles and tokens[j - 1].lower in particles and (
            tokens[j - 1].is_capitalised):
        k = j  # "(Alexander) Van der Bellen": a capitalised particle goes on to the name
    else:
        return 0
    while k < len(tokens) and tokens[k].lower in chain_articles:
        k += 1
    return k if k < len(tokens) and _name_word(tokens[k], code) else 0


@lru_cache(maxsize=1)
def _org_markers() -> frozenset[str]:
    return frozenset(m.casefold() for m in all_languages().words("entities", "org_markers"))


@lru_cache(maxsize=1)
def _org_suffixes() -> tuple[str, ...]:
    return tuple(m.casefold() for m in all_languages().words("entities", "org_suffixes"))


@lru_cache(maxsize=1)
def _name_org_markers() -> frozenset[str]:
    return frozenset(m.casefold() for m in all_languages().words("entities",
                                                                 "name_org_markers"))


def bare_marker(name: str) -> bool:
    """A name that is only organisation markers ("Gruppe", "Polizei", "Regierung"): it
    says what kind of body acts, not which one."""
    words = name.replace("-", " ").split()
    return bool(words) and all(w.casefold() in _org_markers() for w in words)


@lru_cache(maxsize=64)
def function_words(code: str | None) -> frozenset[str]:
    """A language's words that are never a name: boundaries, determiners, pronouns,
    auxiliaries and sentence starters ("Además", "Pero")."""
    data = language(code or "en")
    words: set[str] = set()
    for key in ("boundaries", "determiners", "pronouns_person", "pronouns_org", "auxiliaries"):
        words.update(w.casefold() for w in data.words("attribution", key))
    words.update(w.casefold() for w in data.words("sentences", "starters"))
    return frozenset(words)


@lru_cache(maxsize=1)
def _name_articles() -> frozenset[str]:
    return frozenset(all_languages().words("entities", "name_articles"))


@lru_cache(maxsize=1)
def _all_particles() -> frozenset[str]:
    data = all_languages()
    return frozenset(w.casefold() for key in ("particles", "chain_articles")
                     for w in data.words("entities", key))


@lru_cache(maxsize=1 << 16)
def classify_name(name: str) -> tuple[str, str | None]:
    """(kind, country) of a name: place, outlet, organisation, person or unknown (cached:
    the same names recur in every article)."""
    place = place_of(name)
    if place is not None:
        return "place", place.country or None  # a continent is of no one country
    if is_outlet(name):
        return "outlet", None
    if organisation_key(name) is not None:  # "Los Verdes", "die Grünen", "la OMS"
        return "organisation", None
    words = name.split()
    markers = _org_markers()
    if any(w.casefold() in markers for w in name.replace("-", " ").split()):
        return "organisation", None
    if len(words) >= 2 and words[-1].casefold().endswith(_org_suffixes()):
        return "organisation", None  # "Österreichischen Volkspartei" ("Volkspartei" alone
        # is a common noun)
    if len(words) >= 2 and words[-1].casefold() in _name_org_markers():
        return "organisation", None  # "Auswärtiges Amt"; "das Amt" alone is an office
    if len(words) == 1 and len(name) >= 2 and name.isupper():
        return "organisation", None
    if len(words) >= 2 and all(w.isupper() for w in words):
        return "unknown", None  # a heading in capitals ("BİNA MÜHÜRLENDİ"), no one's name
    if len(words) >= 2 and words[0] in _name_articles():
        return "unknown", None  # "El Zapato", "Los Olivos": a place or a venue, no person
    if len(words) >= 2:
        # "Sécurité routière", "Protezione civile": a lower-case word that is no name
        # particle ("van", "de", "bin") closes an organisation's name, not a person's
        if any(w[:1].islower() and w.casefold() not in _all_particles() for w in words[1:]):
            return "organisation", None
        return "person", None
    return "unknown", None


def _name_word(tok: Token, code: str | None = None) -> bool:
    """A capitalised word, not a date word, nor a compound adjective whose head is lower
    case ("Iranian-backed", "US-led", "ÖVP-geführte": they describe the name after them)."""
    return (
        tok.is_word and tok.is_capitalised and not any(ch.isdigit() for ch in tok.text)
        and tok.lower not in _calendar_words(code)
        and not ("-" in tok.text and tok.text.rsplit("-", 1)[1][:1].islower())
    )


def capitalised_runs(tokens: list[Token], code: str | None) -> list[tuple[int, int]]:
    """Token index ranges [i, j) of capitalised names in one sentence."""
    never_names = function_words(code)
    runs = []
    # the sentence's first word, after any opening quotation mark («Das Ministerium …»)
    opening = next((k for k, t in enumerate(tokens) if t.is_word), 0)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not _name_word(tok, code):
            i += 1
            continue
        if i == opening and tok.lower in never_names:
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and not _suffix_length(tokens[j - 1].text):  # "Van'ın" ends it
            if _name_word(tokens[j], code):
                j += 1
                continue
            k = particle_continues(tokens, i, j, code)
            if not k:
                break
            j = k
        if not (j - i == 1 and tok.lower in never_names):
            runs.append((i, j))
        i = j
    return runs


@lru_cache(maxsize=64)
def _noun_capitals(code: str | None) -> tuple[bool, frozenset[str], frozenset[str]]:
    """(whether the language capitalises every noun, its role words, its common words
    that are no names although a gazetteer knows them: "Ende")."""
    data = language(code or "en")
    return (bool(data.setting("entities", "capitalised_nouns", False)),
            frozenset(w.casefold() for w in data.words("attribution", "roles")),
            frozenset(data.words("entities", "not_names")))


def person_plausible(name: str, code: str | None) -> bool:
    """Where every noun is capitalised, two capitalised words are a person only with a
    given name ("Stephan Thomae", "Ajatollah Ali Chamenei", "Außenministers Mohammed" cut
    before "al-Hakim") or a role first ("Kanzlerin Merkel"); "Eigene Bahnlinie" and
    "Meter Tiefe" are not."""
    capitalises, roles, _ = _noun_capitals(code)
    if not capitalises:
        return True
    words = name.split()
    if _role_word(words[0].casefold(), roles, capitalises):
        return True
    # a lower-case particle or a pronoun is no given name, though the lists hold "von"
    # and "Sie" ("Zahl von Angriffen", "Seien Sie")
    never = function_words(code)
    return any(is_given_name(part) for w in words
               if w.casefold() not in never and w not in _all_particles()
               for part in w.split("-"))


COMPOUND_HEAD = 3  # letters before a short role that make it a compound's head


def _role_word(word: str, roles: frozenset[str], compounds: bool) -> bool:
    """Whether a word is a role: one of ``roles``, or a compound ending in one (a role
    of five letters or more, "Außenminister"; where nouns compound, a shorter one after
    three letters or more, "Clanchef", "Parteichef"), also in the genitive ("des
    Außenministers", "des Clanchefs")."""
    for w in (word, word.removesuffix("s")):
        if w in roles or any(
                w.endswith(r) and (len(r) >= 5 or (compounds and len(w) >= len(r) + COMPOUND_HEAD))
                for r in roles):
            return True
    return False


def _affiliation_after_person(tokens: list[Token], i: int, j: int, text: str,
                              code: str | None) -> tuple[int, int] | None:
    """Where a run of capitals that joins a person to a body through a particle splits:
    "Harm van Bakel | von der | Icahn School" (the index of the particle and of the body's
    first word), if the words before it are a person's name and those after it a body's
    or a place's."""
    particles, chain_articles = name_particles(code)
    for m in range(j - 2, i + 1, -1):
        if tokens[m].lower not in particles or not tokens[m - 1].is_capitalised:
            continue
        k = m + 1
        while k < j and tokens[k].lower in chain_articles:
            k += 1
        head = text[tokens[i].start : tokens[m - 1].end]
        tail = text[tokens[k].start : tokens[j - 1].end] if k < j else ""
        if tail and classify_name(tail)[0] in ("organisation", "place") \
                and classify_name(head)[0] == "person" and person_plausible(head, code):
            return m, k
    return None


def _runs(tokens: list[Token], text: str, code: str | None) -> list[tuple[int, int]]:
    """``capitalised_runs``, a person and the body after it split in two."""
    out = []
    for i, j in capitalised_runs(tokens, code):
        split = _affiliation_after_person(tokens, i, j, text, code) if j - i >= 4 else None
        if split is None:
            out.append((i, j))
        else:
            out += [(i, split[0]), (split[1], j)]
    return out


def find_mentions(text: str, start: int, end: int, code: str | None) -> list[Mention]:
    tokens = tokenize(text[start:end], start)
    mentions = []
    for i, j in _runs(tokens, text, code):
        end = tokens[j - 1].end - _suffix_length(tokens[j - 1].text)
        name = text[tokens[i].start : end]
        kind, country = classify_name(name)
        place = _place_after_noun(text, tokens, i, j, code) \
            if kind in ("person", "unknown") else None
        if place is not None:  # "in Richtung China", "der US-Metropole New York"
            i = place
            name = text[tokens[i].start : end]
            kind, country = classify_name(name)
        elif kind in ("person", "unknown"):
            named = _named_place(tokens, i, j, code)
            if named is not None:  # "la localidad cordobesa de Capilla del Monte"
                i, kind, country = named, "place", None
                name = text[tokens[i].start : end]
        if kind == "organisation":
            after = _after_roles(tokens, i, j, code)
            if after > i and is_given_name(tokens[after].text):
                # "Grünen-Chef Werner Kogler", "EU High Representative Josep Borrell": a
                # person whose role names a body
                kind, country, name = "person", None, text[tokens[i].start : end]
        if kind == "unknown" or (kind == "person" and not person_plausible(name, code)):
            continue
        if kind == "person" and i > 0 and tokens[i - 1].text.isdigit():
            continue  # what a number counts: "16 Personas Privadas de su Libertad"
        if name in _noun_capitals(code)[2] or (kind == "place"
                                               and _noun_not_town(tokens, i, j, name, code)):
            continue
        if kind == "person":
            i = _after_roles(tokens, i, j, code)
            name = text[tokens[i].start : end]
        mentions.append(Mention(tokens[i].start, end, kind, name, country))
    return mentions


def _noun_not_town(tokens: list[Token], i: int, j: int, name: str, code: str | None) -> bool:
    """Where every noun is capitalised, one word after a determiner that the gazetteer
    knows only as a town is a noun: "die Lage" (not Lage in Lippe), "in der Halle".
    Countries and regions take articles ("der Iran", "die Türkei") and stay places."""
    if j - i != 1 or i == 0 or not _noun_capitals(code)[0]:
        return False
    place = place_of(name)
    return place is not None and place.kind == "city" and tokens[i - 1].lower in _determiners(code)


@lru_cache(maxsize=64)
def _determiners(code: str | None) -> frozenset[str]:
    return frozenset(w.casefold() for w in language(code or "en").words("attribution",
                                                                        "determiners"))


def _place_after_noun(text: str, tokens: list[Token], i: int, j: int,
                      code: str | None) -> int | None:
    """Where every noun is capitalised, a run of common nouns then a place ends with the
    place: "Richtung China" (a gazetteer of given names knows "China" too) is no person,
    "der US-Metropole New York" names New York. The place's first token, the longest
    place that ends the run; None when a word before it is a given name or a role
    ("Kanzlerin Merkel")."""
    capitalises, roles, _ = _noun_capitals(code)
    if not capitalises or j - i < 2:
        return None
    for k in range(i + 1, j):
        if classify_name(text[tokens[k].start : tokens[j - 1].end])[0] == "place":
            if any(is_given_name(t.text) or _role_word(t.lower, roles, capitalises)
                   for t in tokens[i:k]):
                return None
            return k
    return None


PLACE_NOUN_WINDOW = 3  # words between a place noun and the name ("localidad cordobesa de")


@lru_cache(maxsize=64)
def _place_nouns(code: str | None) -> frozenset[str]:
    return frozenset(w.casefold() for w in language(code or "en").words("entities",
                                                                        "place_nouns"))


def _named_place(tokens: list[Token], i: int, j: int, code: str | None) -> int | None:
    """Where a name the gazetteer does not know begins, when a noun for a place introduces
    it: before it, past a few lower-case words ("la localidad cordobesa de Capilla del
    Monte", "the town of Mishawaka"), or opening the run where nouns are capitalised
    ("die Stadt Wuhan": the name after the noun)."""
    nouns = _place_nouns(code)
    if not nouns:
        return None
    if j - i >= 2 and tokens[i].lower in nouns:
        return i + 1
    for k in range(i - 1, max(i - 1 - PLACE_NOUN_WINDOW, -1), -1):
        if tokens[k].lower in nouns:
            return i
        if not tokens[k].is_word or tokens[k].is_capitalised:
            return None
    return None


_SUFFIX = re.compile(r"['’]([^\W\d_]+)$")


def _suffix_length(word: str) -> int:
    """The length of a suffix a name word carries after an apostrophe: the possessive
    ("Boris Johnson's") and, in Turkish, every case ending ("Van'ın", "Caddesi'ndeki");
    not a name's own apostrophe ("O'Brien", "d'Alema")."""
    m = _SUFFIX.search(word)
    return len(m.group(0)) if m and m.group(1).islower() and m.start() > 0 else 0


def _after_roles(tokens: list[Token], i: int, j: int, code: str | None) -> int:
    """Where a person's name starts after the roles before it ("President Donald Trump",
    "Defense Secretary Mark Esper", "des Botschafters Robert Macaire", "ÖVP-Chef
    Sebastian Kurz"): after the last
    role word, as long as a name of two words is left ("Kanzlerin Merkel" stays whole:
    "Merkel" alone could not be told for a person)."""
    compounds, roles, _ = _noun_capitals(code)
    start = i
    for k in range(i, j - 1):
        word = tokens[k].lower.rsplit("-", 1)[-1]  # "ÖVP-Chef": the role after the party
        if tokens[k].is_word and _role_word(word, roles, compounds):
            start = k + 1
    # "Sprecher von Boris Johnson": the role's owner, not a "von" in the name
    while start > i and start < j - 2 and tokens[start].lower in _all_particles() and (
            is_given_name(tokens[start + 1].text)):
        start += 1
    return start if sum(t.is_word for t in tokens[start:j]) >= 2 else i

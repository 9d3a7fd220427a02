"""Article-level resolution of speakers and channels across sentences.

- A short name becomes the fullest form the article gives ("Merkel" → "Angela Merkel",
  "Amnesty" → "Amnesty International").
- An anaphoric speaker ("de rechtengroep", "Its experts", "el presidente", "he") becomes
  the last named speaker of its kind (or the last person introduced with that role).
- A channel stated once for a speaker ("…, bericht The Middle East Eye") applies to all
  that speaker's claims in the article.

Who is credited for the whole text is read by ``credits.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from parallax.extract.attribution_rules import AttributionRules, attribution_rules
from parallax.extract.attributions import SentenceAttribution
from parallax.extract.entities import classify_name
from parallax.extract.gazetteer import lookup_place
from parallax.extract.given_names import is_given_name
from parallax.extract.name_bounds import is_affiliation
from parallax.extract.organisations import organisation_key
from parallax.extract.outlets import is_outlet
from parallax.extract.pairs import owner, salient_pair
from parallax.extract.speaker_phrases import Phrase
from parallax.lang import all_languages


@dataclass
class ResolvedSource:
    speaker: str | None
    role: str | None
    cue: str | None
    direct: bool
    via: list[str] = field(default_factory=list)


def _tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s\-]+", name.casefold()) if t]


class NameRegistry:
    """Every person and organisation name the article gives, to expand short forms
    ("Merkel", "Amnesty", "HRW") to the fullest one."""

    def __init__(self, names: list[str], rules: AttributionRules):
        self.names = [n for n in (_clean_name(name, rules) for name in names) if n]
        self.particles = rules.particles

    def canonical(self, name: str) -> str:
        kind = _kind(name)
        if kind == "organisation" and lookup_place(name) is not None:
            return name  # places are not expanded ("Upper Karabakh")
        wanted = _tokens(name)
        best = name
        for candidate in self.names:
            tokens = _tokens(candidate)
            if kind == "organisation" and _kind(candidate) == "person":
                continue  # "ÖVP" is not "ÖVP-Politiker Karl Nehammer"
            if re.search(rf"(?<!\w){re.escape(name)}-", candidate):
                continue  # a compound's first part names another thing: "ÖVP-FPÖ-Regierung"
            if len(tokens) > len(_tokens(best)) and (
                _contains(tokens, wanted) or _is_acronym(name, candidate)
            ) and not _adds_a_place(candidate, name, self.particles):
                best = candidate
        return best


def _clean_name(name: str, rules: AttributionRules) -> str | None:
    """A registry name without role words or a leading place ("Russian President Vladimir
    Putin" → "Vladimir Putin"); None for places."""
    kind, _ = classify_name(name)
    if kind not in ("person", "organisation"):
        return None
    words = name.split()
    for i in range(len(words) - 1, -1, -1):
        if rules.is_role(words[i]) and i + 1 < len(words):
            words = words[i + 1 :]
            break
    for cut in (3, 2, 1):
        if len(words) - cut >= 2 and lookup_place(" ".join(words[:cut])) is not None \
                and not (cut == 1 and is_given_name(words[0])):  # "Anna", a town too
            words = words[cut:]
            break
    # "Dr. Heguy von der NYU": the affiliation is not part of the name (a body's own name
    # stays whole: "International Committee of the Red Cross"); the last particle after a
    # capital opens it, as in ``name_bounds.without_affiliation``: "Harm van Bakel von der
    # Icahn School" is Harm van Bakel
    if organisation_key(" ".join(words)) is None:
        for m in range(len(words) - 2, 0, -1):
            if words[m].casefold() in rules.particles and words[m - 1][:1].isupper():
                rest = [w for w in words[m + 1 :] if w.casefold() not in rules.chain_articles]
                if rest and is_affiliation(" ".join(rest)):
                    words = words[:m]
                    break
    return " ".join(words)


def _contains(tokens: list[str], wanted: list[str]) -> bool:
    # "amnesty" opens "amnesty international"; "lindenstrauss" closes "gallia lindenstrauss"
    if not wanted:
        return False
    return tokens[: len(wanted)] == wanted or tokens[-len(wanted) :] == wanted


def _adds_a_place(candidate: str, name: str, particles: frozenset[str]) -> bool:
    """"Vocería de Seguridad Pública Zacatecas" does not expand "Vocería de Seguridad
    Pública", nor "Luftwaffe von Köln-Wahn" "Luftwaffe": the extra words are a place, with
    its preposition, or a district of one (but not a given name that some town also bears:
    "Sebastian Kurz" expands "Kurz")."""
    extra = candidate.replace(name, " ").split()
    while extra and extra[0].casefold() in particles:  # "von", "de", "of"
        extra = extra[1:]
    if not extra or all(is_given_name(w) for w in extra):
        return False
    place = " ".join(extra)
    return lookup_place(place) is not None or (
        "-" in place and lookup_place(place.split("-")[0]) is not None)


def _is_acronym(short: str, full: str) -> bool:
    letters = short.replace(".", "")
    initials = "".join(w[0] for w in full.split() if w[:1].isupper())
    return len(letters) >= 2 and letters.isupper() and letters == initials


@dataclass
class _Known:
    name: str
    kind: str
    role: str | None
    first: int = 0  # index of the sentence that named it


def _kind(name: str) -> str:
    kind, _ = classify_name(name)
    return "organisation" if kind in ("organisation", "place", "outlet") else (
        "person" if kind == "person" else "unknown"
    )


def resolve_sources(
    found: list[SentenceAttribution],
    mentions: list[list[tuple[str, str]]],
    code: str | None,
    pairs: list[list[str]] | None = None,
) -> list[ResolvedSource]:
    """Resolve each sentence's attribution; ``mentions`` holds each sentence's named
    (name, kind) pairs, for expanding names and for anaphora nobody spoke before;
    ``pairs`` the names each sentence joins with the conjunction (``pairs.py``), for
    "both parties"."""
    rules = attribution_rules(code)
    registry = NameRegistry([name for sentence in mentions for name, _ in sentence], rules)
    named = {name for sentence in mentions for name, kind in sentence
             if kind in ("person", "organisation")}
    history: list[_Known] = []
    out: list[ResolvedSource] = []
    pending: list[tuple[int, Phrase]] = []  # anaphora with no antecedent yet
    unnamed: str | None = None  # the sentence before's speaker, when described, not named
    for attribution in found:
        speaker: str | None = None
        role: str | None = None
        phrase = attribution.speaker
        channels = list(attribution.channels)
        if phrase is not None and _refers_back(phrase, rules):
            # "La même source indique …", "Según dijo, …": the source cited last
            last = next((o for o in reversed(out) if o.speaker or o.via), None)
            if last is not None:
                speaker = last.speaker
                channels = channels or list(last.via)
        elif phrase is not None and not _common_noun(phrase, named, registry, rules):
            # (a common noun is never recorded, so no later "er"/"sie" resolves to it)
            speaker, role = _resolve_phrase(
                phrase, registry, history, rules.determiners, len(out)
            )
            if unnamed and phrase.text.casefold() in rules.pronouns_person:
                # "… according to a person familiar with the matter. …, he said.": the
                # source just described, not the last one named
                speaker = unnamed
            if speaker is None and phrase.anaphora:
                speaker = _last_mentioned(mentions, len(out), phrase.anaphora, registry)
            if speaker is None and phrase.anaphora:
                pending.append((len(out), phrase))
            if (not phrase.name or rules.is_source_noun(phrase.name)) and any(
                    w.casefold() in rules.dual_markers for w in phrase.text.split()):
                speaker = (salient_pair(pairs or [], len(out))
                           or _named_pair(mentions, len(out), rules) or speaker)
        unnamed = speaker if phrase is not None and speaker and not (
            phrase.name or phrase.anaphora) and phrase.role else None
        out.append(ResolvedSource(speaker, role, attribution.cue, attribution.direct,
                                  channels))
    # "The organization has documented …" before the article names Human Rights Watch:
    # the first later speaker of that kind; failing one, a source noun stands for itself
    # ("Researchers have found that …", "selon le gouvernement"), as "witnesses" does
    for index, phrase in pending:
        later = next((k for k in history if k.kind == phrase.anaphora and k.first > index),
                     None)
        if later is not None:
            out[index].speaker = later.name
        elif _source_noun_phrase(phrase, rules) or _described_role(phrase, rules):
            out[index].speaker = " ".join(w for w in phrase.text.split()
                                          if w.casefold() not in rules.determiners)
    _name_generic_outlets(out, rules.determiners)
    _share_channels(out)
    return out


@lru_cache(maxsize=1)
def _generic_outlets() -> frozenset[str]:
    return frozenset(w.casefold() for w in all_languages().words("outlets", "generic"))


@lru_cache(maxsize=1)
def _platform_names() -> frozenset[str]:
    return frozenset(w.casefold() for w in all_languages().words("outlets", "platforms"))


def _name_generic_outlets(sources: list[ResolvedSource], determiners: frozenset[str]) -> None:
    """"der Zeitung zufolge", "según el periódico": a channel named only by what it is
    stands for the outlet cited last before it ("laut New York Times"). With none cited
    it stays as written: the sentence still cites some outlet."""
    last: str | None = None
    for source in sources:
        via: list[str] = []
        for channel in source.via:
            bare = _without_determiners(channel, determiners)
            if bare in _generic_outlets() and last is not None:
                if last not in via:
                    via.append(last)
                continue
            via.append(channel)
            if channel.casefold() not in _platform_names():
                last = channel
        source.via = via


DESCRIBED_ROLE_WORDS = 3  # a role and at least two words of what it heads


def _described_role(phrase: Phrase, rules: AttributionRules) -> bool:
    """A role with what it heads ("رئيس منظمة الطيران الإيرانية", the head of Iran's
    civil aviation organisation): with nobody named for it, the description speaks."""
    words = [w for w in phrase.text.split() if w.casefold() not in rules.determiners]
    return len(words) >= DESCRIBED_ROLE_WORDS and rules.is_role(words[0])


def _source_noun_phrase(phrase: Phrase, rules: AttributionRules) -> bool:
    words = [w for w in phrase.text.split() if w.casefold() not in rules.determiners]
    return bool(words) and rules.is_source_noun(words[-1])


def _without_determiners(text: str, determiners: frozenset[str]) -> str:
    """"La même source" → "même source": a phrase's words without its determiners."""
    return " ".join(w for w in text.casefold().split() if w not in determiners)


def _refers_back(phrase: Phrase, rules: AttributionRules) -> bool:
    """The phrase stands for the source cited last: "la même source", or a reporting
    verb read as the phrase after "according to" ("Según dijo": as he said)."""
    bare = _without_determiners(phrase.text, rules.determiners)
    return bare in rules.same_source or bare in rules.cue_starts


def _common_noun(
    phrase: Phrase, named: set[str], registry: NameRegistry, rules: AttributionRules
) -> bool:
    """In a language that capitalises every noun, a one-word "name" that nothing marks as a
    name ("Medienberichten zufolge", "den Angaben zufolge") is a common noun, not a source:
    no role before it, not a known person, organisation or place, not a source noun, and
    not a name the article's entity finder saw as a person or organisation. A statement
    pronoun ("This was said by …", "Así lo confirmó …") or an indefinite one ("Another
    added", "Many reported") is never a source either."""
    if phrase.name and phrase.name.casefold() in rules.statement_pronouns:
        return True
    bare = _without_determiners(phrase.text, rules.determiners)
    if bare in rules.indefinite_pronouns:
        return True  # "Another added:", "Many reported …": no one named
    if not rules.capitalised_nouns or not phrase.name or phrase.role:
        return False
    speaker = registry.canonical(phrase.name)  # "Mussawi" → "Abbas Mussawi" is a name
    if " " in speaker:
        return False
    return (classify_name(speaker)[0] == "unknown" and not rules.is_source_noun(speaker)
            and speaker not in named and not is_outlet(speaker))


def _resolve_phrase(
    phrase: Phrase,
    registry: NameRegistry,
    history: list[_Known],
    determiners: frozenset[str],
    index: int,
) -> tuple[str | None, str | None]:
    if phrase.name:
        words = phrase.name.split()
        while len(words) > 1 and words[0].casefold() in determiners:
            words = words[1:]
        name = registry.canonical(" ".join(words))
        known = next((k for k in reversed(history) if k.name == name), None)
        role = phrase.role or (known.role if known else None)
        history.append(_Known(name, _kind(name), role, index))
        return name, phrase.role
    if phrase.anaphora:
        role_word = (phrase.role or "").casefold().split()[-1:] or [""]
        for k in reversed(history):
            if k.role and role_word[0] and role_word[0] in k.role.casefold():
                return k.name, None
        for k in reversed(history):
            if k.kind == phrase.anaphora or k.kind == "unknown":
                return k.name, None
        return None, None
    words = [w for w in phrase.text.split() if w.casefold() not in determiners]
    return (" ".join(words) or phrase.text), None


def _last_mentioned(
    mentions: list[list[tuple[str, str]]], index: int, kind: str, registry: NameRegistry
) -> str | None:
    """The nearest name of ``kind`` mentioned in the three previous sentences."""
    wanted = {"person": ("person",), "organisation": ("organisation",)}[kind]
    for k in range(index - 1, max(-1, index - 4), -1):
        for name, mention_kind in reversed(mentions[k]):
            if mention_kind in wanted:
                return registry.canonical(name)
    return None


PAIR_LOOKBACK = 3  # sentences before that "both parties" may point back to


def _named_pair(
    mentions: list[list[tuple[str, str]]], index: int, rules: AttributionRules
) -> str | None:
    """"die beiden Parteien", "both sides": the two organisations or people named last, in
    this sentence or the few before ("ÖVP und Grüne")."""
    for k in range(index, max(-1, index - PAIR_LOOKBACK - 1), -1):
        names = list(dict.fromkeys(owner(name, rules) for name, kind in mentions[k]
                                   if kind in ("organisation", "person")))
        if len(names) == 2 and rules.conjunction:
            return f"{names[0]} {rules.conjunction} {names[1]}"
    return None


def _share_channels(sources: list[ResolvedSource]) -> None:
    chains: dict[str, list[str]] = {}
    for s in sources:
        if s.speaker and s.via and s.speaker not in chains:
            chains[s.speaker] = list(s.via)
    for s in sources:
        if s.speaker and not s.via and s.speaker in chains:
            s.via = list(chains[s.speaker])

"""Attribution within one sentence: who said it, through which channels, with what cue.

Patterns (all words from ``[attribution]`` in the lang files):
- speaker after an inverted cue: "…, zegt Amnesty." / "“…,” vertelde X aan AFP."
- speaker before the cue: "Human Rights Watch has denounced that …", "witnesses said"
- "according to X", "volgens X", "laut X", "según X", "selon X"
- channels: an outlet as the subject of a reporting verb ("meldt Deutsche Welle"), an
  outlet after a channel preposition or as the object of the cue ("told AFP", "aan AFP"),
  "zoals The Jerusalem Post bericht", and coordinated outlets ("zowel Haaretz als Reuters").
Anaphoric speakers ("de rechtengroep", "Its experts", "he") are marked for the
article-level resolver (``extract/resolve.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from parallax.extract.entities import classify_name, name_particles
from parallax.extract.gazetteer import lookup_place
from parallax.extract.outlets import is_outlet
from parallax.extract.tokens import CLOSING_QUOTES, QUOTES, Token, phrase_at, phrase_keys
from parallax.lang import language

NP_MAX_TOKENS = 9
COORDINATORS = frozenset("en and und y et als e و ve i oraz".split())


@dataclass(frozen=True)
class AttributionRules:
    say: dict[tuple[str, ...], str]
    report: dict[tuple[str, ...], str]
    according: dict[tuple[str, ...], str]
    channel_prep: dict[tuple[str, ...], str]
    as_reported: frozenset[str]
    auxiliaries: frozenset[str]
    boundaries: frozenset[str]
    determiners: frozenset[str]
    indefinites: frozenset[str]
    relatives: frozenset[str]
    pronouns_person: frozenset[str]
    pronouns_org: frozenset[str]
    pronouns_self: frozenset[str]
    anaphora_org: frozenset[str]
    anaphora_person: frozenset[str]
    roles: frozenset[str]
    source_nouns: frozenset[str]
    agent: frozenset[str]
    weekdays: frozenset[str]
    particles: frozenset[str]

    def is_source_noun(self, word: str) -> bool:
        lower = word.casefold()
        return lower in self.source_nouns or any(
            len(n) >= 5 and lower.endswith(n) for n in self.source_nouns
        )

    def is_role(self, word: str) -> bool:
        """A role word, also inside a compound ("mensenrechtenombudsman")."""
        lower = word.casefold()
        return lower in self.roles or any(
            len(r) >= 5 and lower.endswith(r) for r in self.roles if " " not in r
        )


@lru_cache(maxsize=64)
def attribution_rules(code: str | None) -> AttributionRules:
    data = language(code or "en")

    def words(key: str) -> frozenset[str]:
        return frozenset(w.casefold() for w in data.words("attribution", key))

    return AttributionRules(
        say=phrase_keys(data.words("attribution", "say")),
        report=phrase_keys(data.words("attribution", "report")),
        according=phrase_keys(data.words("attribution", "according")),
        channel_prep=phrase_keys(data.words("attribution", "channel_prep")),
        as_reported=words("as_reported"),
        auxiliaries=words("auxiliaries"),
        boundaries=words("boundaries"),
        determiners=words("determiners"),
        indefinites=words("indefinites"),
        relatives=words("relatives"),
        pronouns_person=words("pronouns_person"),
        pronouns_org=words("pronouns_org"),
        pronouns_self=words("pronouns_self"),
        anaphora_org=words("anaphora_org"),
        anaphora_person=words("anaphora_person"),
        roles=words("roles"),
        source_nouns=words("source_nouns"),
        agent=words("agent"),
        weekdays=frozenset(w.casefold() for w in data.words("numbers", "weekdays")),
        particles=name_particles(code)[0] | name_particles(code)[1],
    )


@dataclass
class Phrase:
    """A noun phrase found in a speaker or channel slot."""

    start: int  # token indices [start, end)
    end: int
    text: str
    name: str | None = None  # the capitalised name inside, if any
    role: str | None = None
    anaphora: str | None = None  # "person" | "organisation" when it stands for someone


@dataclass
class SentenceAttribution:
    speaker: Phrase | None = None
    cue: str | None = None
    direct: bool = False
    channels: list[str] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return self.speaker is not None or bool(self.channels)


def _skip(tokens: list[Token], i: int, step: int, rules: AttributionRules) -> int:
    while 0 <= i < len(tokens) and (
        tokens[i].lower in rules.auxiliaries or tokens[i].lower in rules.weekdays
    ):
        i += step
    return i


def _phrase(tokens: list[Token], a: int, b: int, text: str, rules: AttributionRules) -> Phrase:
    """Describe tokens [a, b): split a role from a name, detect anaphora."""
    words = tokens[a:b]
    surface = text[words[0].start : words[-1].end]
    # the capitalised name: the longest trailing run of capitalised words (with particles)
    k = len(words)
    while k > 0 and (words[k - 1].is_capitalised or (
        words[k - 1].lower in rules.particles and k < len(words)
    )):
        k -= 1
    while k < len(words) and not words[k].is_capitalised:
        k += 1
    name_tokens = words[k:]
    role_tokens = [w for w in words[:k] if w.lower not in rules.determiners]
    if name_tokens and role_tokens and not any(rules.is_role(w.text) for w in role_tokens):
        # "the foreign ministers meet Human Rights Watch": only the name is the speaker
        a += k
        words = words[k:]
        surface = text[words[0].start : words[-1].end]
        role_tokens = []
    # "Nagorno Karabakh Arayik Harutyunyan": a place before a person's name is not the name
    for cut in (3, 2, 1):
        if len(name_tokens) - cut >= 2:
            head = text[name_tokens[0].start : name_tokens[cut - 1].end]
            if len(head) >= 4 and name_tokens[0].lower not in rules.determiners and (
                lookup_place(head) is not None
            ):
                role_tokens += name_tokens[:cut]
                name_tokens = name_tokens[cut:]
                break
    # "Russian President Vladimir Putin": role words inside the capitalised run
    for m in range(len(name_tokens) - 1, -1, -1):
        if rules.is_role(name_tokens[m].text) and m + 1 < len(name_tokens):
            role_tokens += name_tokens[: m + 1]
            name_tokens = name_tokens[m + 1 :]
            break
    if name_tokens and all(rules.is_role(t.text) or rules.is_source_noun(t.text)
                           for t in name_tokens):
        role_tokens += name_tokens  # "der Minister": a role, not a name
        name_tokens = []
    name = text[name_tokens[0].start : name_tokens[-1].end] if name_tokens else None
    role = " ".join(t.text for t in role_tokens) or None
    phrase = Phrase(a, b, surface, name, role)
    if name is None and words[0].lower not in rules.indefinites:
        bare = [w.lower for w in words if w.lower not in rules.determiners]
        head = " ".join(bare)
        last = bare[-1] if bare else ""
        first = words[0].lower
        if first in rules.pronouns_org and len(words) > 1 or last in rules.anaphora_org or (
            head in rules.anaphora_org
        ):
            phrase.anaphora = "organisation"
        elif last in rules.anaphora_person or any(rules.is_role(w) for w in bare) or (
            first in rules.pronouns_person and len(words) > 1
        ):
            phrase.anaphora = "person"
        elif len(words) == 1 and first in rules.pronouns_person:
            phrase.anaphora = "person"
        elif len(words) == 1 and first in rules.pronouns_org:
            phrase.anaphora = "organisation"
    return phrase


def _forward_np(tokens: list[Token], i: int, text: str, rules: AttributionRules) -> Phrase | None:
    i = _skip(tokens, i, 1, rules)
    if i >= len(tokens) or not tokens[i].is_word:
        return None
    if tokens[i].lower in rules.boundaries and tokens[i].lower not in rules.determiners and (
        tokens[i].lower not in rules.particles
    ):
        return None  # "confirmed that the American ...": a clause, not a speaker
    j = i
    seen_name = False
    while j < len(tokens) and j - i < NP_MAX_TOKENS:
        t = tokens[j]
        if not t.is_word or t.lower in rules.weekdays:
            break
        if t.is_capitalised:
            seen_name = True
        elif seen_name and not (
            t.lower in rules.particles and j + 1 < len(tokens) and tokens[j + 1].is_capitalised
        ) and not rules.is_role(t.text):
            break
        elif not seen_name and t.lower in rules.boundaries and j > i and (
            t.lower not in rules.determiners
        ) and not (t.lower in rules.particles and rules.is_role(tokens[j - 1].text)):
            break
        j += 1
    if j == i:
        return None
    phrase = _phrase(tokens, i, j, text, rules)
    if phrase.name is None:
        return _apposition(tokens, i, j, text, rules) or _agent(tokens, j, text, rules) or phrase
    return phrase


def _apposition(
    tokens: list[Token], i: int, j: int, text: str, rules: AttributionRules
) -> Phrase | None:
    """"le ministre de l’Intérieur, Christophe Castaner": the name after the role."""
    for c in range(j, min(len(tokens) - 1, j + 5)):
        if tokens[c].text in ".;:":
            return None
        if tokens[c].text != ",":
            continue
        k = m = c + 1
        while m < len(tokens) and tokens[m].is_word and tokens[m].is_capitalised:
            m += 1
        if m - k >= 2 and classify_name(text[tokens[k].start : tokens[m - 1].end])[0] == "person":
            role = text[tokens[i].start : tokens[c - 1].end]
            return Phrase(i, m, text[tokens[i].start : tokens[m - 1].end],
                          text[tokens[k].start : tokens[m - 1].end], role)
        return None
    return None


def _agent(tokens: list[Token], j: int, text: str, rules: AttributionRules) -> Phrase | None:
    """"according to the data revealed this Thursday by Russian President Vladimir Putin"."""
    for c in range(j, min(len(tokens) - 1, j + 8)):
        if not tokens[c].is_word and tokens[c].text not in "-–":
            return None
        if tokens[c].lower in rules.agent and tokens[c + 1].is_capitalised:
            np = _forward_np(tokens, c + 1, text, rules)
            if np is not None and np.name:
                return np
    return None


def _backward_np(tokens: list[Token], i: int, text: str, rules: AttributionRules) -> Phrase | None:
    i = _skip(tokens, i, -1, rules)
    if i > 0 and tokens[i].lower in rules.relatives and tokens[i - 1].is_capitalised:
        i -= 1  # "Putin who stressed"
    j = i
    while j >= 0 and i - j < NP_MAX_TOKENS:
        t = tokens[j]
        if not t.is_word or t.lower in rules.weekdays:
            break
        if t.lower in rules.boundaries and not t.is_capitalised:
            if t.lower in rules.determiners or (
                t.lower in rules.particles and j + 1 <= i and tokens[j + 1].is_capitalised
                and j > 0 and tokens[j - 1].is_capitalised
            ):
                j -= 1
            break
        j -= 1
    start = j + 1
    if start > i:
        return None
    # "the leader of Nagorno Karabakh Arayik Harutyunyan": keep the name, not the place
    return _phrase(tokens, start, i + 1, text, rules)


def _channels_after(
    tokens: list[Token], i: int, text: str, rules: AttributionRules, out: list[str]
) -> None:
    """Outlets right after position ``i``: "aan AFP", "The Media Line zoals The Jerusalem
    Post bericht", "zowel Haaretz als Reuters"."""
    i = _skip(tokens, i, 1, rules)
    # an apposition about the speaker: ", een onderzoekspartner bij het Instituut ..., "
    if i < len(tokens) and tokens[i].text == ",":
        k = i + 1
        while k < len(tokens) and tokens[k].text not in ",.;:":
            k += 1
        if k < len(tokens) and tokens[k].text == ",":
            candidate = _outlet_at(tokens, k + 1, text, rules)
            if candidate:
                i = k + 1
    if i < len(tokens) and tokens[i].lower in COORDINATORS:
        i += 1
    n, _ = phrase_at(tokens, i, rules.channel_prep)
    outlet = _outlet_at(tokens, i + n, text, rules)
    while outlet:
        name, i = outlet
        out.append(name)
        if i < len(tokens) and tokens[i].lower in COORDINATORS:
            outlet = _outlet_at(tokens, i + 1, text, rules)
            continue
        if i < len(tokens) and tokens[i].lower in rules.as_reported:
            outlet = _outlet_at(tokens, i + 1, text, rules)
            continue
        break


def _outlet_at(
    tokens: list[Token], i: int, text: str, rules: AttributionRules
) -> tuple[str, int] | None:
    j = i
    while j < len(tokens) and tokens[j].is_word and (
        tokens[j].is_capitalised or (j > i and tokens[j].lower in rules.particles)
        or tokens[j].text.isupper() or tokens[j].lower in ("dpa", "epd", "kna")
    ):
        j += 1
    if j == i:
        return None
    name = text[tokens[i].start : tokens[j - 1].end]
    return (name, j) if is_outlet(name) else None


def _cue_later_in_clause(tokens: list[Token], i: int, rules: AttributionRules) -> bool:
    """"wie das US-Militär auf Twitter mitteilte": a reporting verb before the clause ends."""
    for k in range(i, min(len(tokens), i + 12)):
        if tokens[k].text in ",.;:":
            return False
        if phrase_at(tokens, k, rules.say)[0] or phrase_at(tokens, k, rules.report)[0]:
            return True
    return False


def _name_before_comma(
    tokens: list[Token], comma: int, text: str, rules: AttributionRules
) -> Phrase | None:
    """"Mohammed Mohieh, a spokesman for Kataib Hezbollah, said": the name before an
    apposition; "El secretario ..., Ismael Camberos Hernández, informó": the name itself."""
    candidates = [comma]
    k = comma - 1
    while k > 0 and comma - k <= 14 and tokens[k].text not in ".;:":
        if tokens[k].text == ",":
            candidates.append(k)
            break
        k -= 1
    if len(candidates) == 2 and candidates[1] + 1 < len(tokens) and (
        tokens[candidates[1] + 1].lower in rules.indefinites | rules.determiners
    ):
        candidates.reverse()  # ", a member of the research team at NYU," is an apposition
    for c in candidates:
        if c > 0 and tokens[c - 1].is_capitalised and tokens[c - 1].is_word:
            np = _backward_np(tokens, c - 1, text, rules)
            if np is not None and np.name:
                return np
    return None


def _near_quote(tokens: list[Token], a: int, b: int) -> bool:
    window = tokens[max(0, a - 3) : b + 3]
    return any(t.text in QUOTES for t in window)


def attribute_sentence(text: str, tokens: list[Token], code: str | None) -> SentenceAttribution:
    """The sentence's speaker (the first named one, else the first found) and all the
    channels its cues name, in order."""
    rules = attribution_rules(code)
    results = [r for i in range(len(tokens)) if (r := _try_cue(tokens, i, text, rules))]
    if not results:
        return SentenceAttribution()
    chosen = max(results, key=_strength)  # max() keeps the earliest of equals
    for r in results:
        for channel in r.channels:
            if not any(_same_outlet(channel, c) for c in chosen.channels):
                chosen.channels.append(channel)
    return chosen


def _strength(result: SentenceAttribution) -> int:
    """How much a cue's speaker looks like a real source."""
    speaker = result.speaker
    if speaker is None:
        return 0
    if speaker.name:
        kind, _ = classify_name(speaker.name)
        return 3 if kind != "unknown" else 1
    return 2 if speaker.anaphora else 1


def _plausible(phrase: Phrase, rules: AttributionRules) -> bool:
    """A speaker phrase with no name must stand for someone or be a source noun
    ("witnesses", "örtliche Behörden"), not a stray phrase ("country will")."""
    if phrase.name or phrase.anaphora:
        return True
    words = [w for w in phrase.text.split() if w.casefold() not in rules.determiners]
    return any(rules.is_source_noun(w) for w in words[-2:])


def _same_outlet(a: str, b: str) -> bool:
    x, y = a.casefold().removeprefix("the "), b.casefold().removeprefix("the ")
    return x == y or x.endswith(" " + y) or y.endswith(" " + x)


def _try_cue(
    tokens: list[Token], i: int, text: str, rules: AttributionRules
) -> SentenceAttribution | None:
    n, cue = phrase_at(tokens, i, rules.according)
    if n and cue in rules.as_reported and not _cue_later_in_clause(tokens, i + n, rules):
        n = 0
    if n:
        np = _forward_np(tokens, i + n, text, rules)
        if np is None:
            return None
        result = SentenceAttribution(cue=cue)
        if is_outlet(np.text) or (np.name and is_outlet(np.name)):
            result.channels.append(np.name or np.text)
        else:
            result.speaker = np
        _channels_after(tokens, np.end, text, rules, result.channels)
        return result
    if i > 0 and tokens[i].text[:1].isupper():
        return None  # "the United States": a capitalised word is not a reporting verb
    n_say, say = phrase_at(tokens, i, rules.say)
    n_rep, rep = phrase_at(tokens, i, rules.report)
    n, cue = (n_say, say) if n_say >= n_rep else (n_rep, rep)
    if not n:
        return None
    result = SentenceAttribution(cue=cue)
    if n_rep > n_say:
        # "... melden zowel Haaretz als Reuters": an outlet after a reporting verb
        forward = _forward_np(tokens, i + n, text, rules)
        if forward is not None and is_outlet(forward.name or forward.text):
            result.channels.append(forward.name or forward.text)
            _channels_after(tokens, forward.end, text, rules, result.channels)
            return result
    prev = _skip(tokens, i - 1, -1, rules)
    inverted = prev < 0 or not tokens[prev].is_word or tokens[prev].text in CLOSING_QUOTES
    np = None
    if not inverted:
        np = _backward_np(tokens, i - 1, text, rules)
    if np is None or (np.name is None and np.anaphora is None):
        forward = _forward_np(tokens, i + n, text, rules)
        if forward is not None and (
            np is None or forward.name or forward.anaphora or is_outlet(forward.text)
        ):
            np, inverted = forward, True
    if (np is None or not _plausible(np, rules)) and prev >= 0 and tokens[prev].text == ",":
        np = _name_before_comma(tokens, prev, text, rules) or np
    if np is None or np.text.casefold().split()[0] in rules.pronouns_self:
        return None
    if not _plausible(np, rules) and not is_outlet(np.text):
        return None
    result.direct = _near_quote(tokens, i, i + n)
    if is_outlet(np.text) or (np.name is not None and is_outlet(np.name)):
        result.channels.append(np.name or np.text)
        if inverted:
            _channels_after(tokens, np.end, text, rules, result.channels)
        return result
    result.speaker = np
    _channels_after(tokens, np.end if inverted else i + n, text, rules, result.channels)
    return result

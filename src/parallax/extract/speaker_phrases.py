"""Speaker phrases: the noun phrase in a cue's speaker slot, read forwards or backwards.

A phrase is split into a role and a name ("de Nederlandse mensenrechtenombudsman | Jan
Jansen", "Russian President | Vladimir Putin"), marked as anaphoric when it stands for
someone named elsewhere ("de rechtengroep", "Its experts", "he"), and judged plausible as
a source only if it has a name, stands for someone, or is a source noun ("witnesses").
"""

from __future__ import annotations

from parallax.extract.attribution_rules import AttributionRules
from parallax.extract.entities import classify_name, function_words, particle_continues
from parallax.extract.gazetteer import lookup_place
from parallax.extract.name_bounds import (
    lowercase_tail,
    particles_inside_name,
    without_affiliation,
)
from parallax.extract.owners import apposition, owner_noun, owner_of
from parallax.extract.phrase import Phrase
from parallax.extract.tokens import QUOTES, Token, phrase_at

NP_MAX_TOKENS = 9
RELATIVE_CLAUSE_TOKENS = 25  # how far back from a cue's comma a relative clause may start
MAX_WORDS_BEFORE_NAME = 4


COMMAS = frozenset([",", "،"])


def skip(tokens: list[Token], i: int, step: int, rules: AttributionRules) -> int:
    """Past auxiliaries and weekdays, and the commas that set a weekday off ("المرصد …،
    الخميس، أفاد": the Observatory, on Thursday, reported)."""
    weekday = False
    while 0 <= i < len(tokens):
        token = tokens[i]
        if token.lower in rules.auxiliaries or token.lower in rules.weekdays:
            weekday = token.lower in rules.weekdays
        elif not (token.text in COMMAS and (weekday or (
                0 <= i + step < len(tokens) and tokens[i + step].lower in rules.weekdays))):
            break
        else:
            weekday = False
        i += step
    return i


def describe(
    tokens: list[Token], a: int, b: int, text: str, rules: AttributionRules, name_tail: int = 0
) -> Phrase:
    """Describe tokens [a, b): split a role from a name, detect anaphora. The last
    ``name_tail`` lower-case words close the name ("Protezione civile")."""
    words = tokens[a:b]
    surface = text[words[0].start : words[-1].end]
    # the capitalised name: the longest trailing run of capitalised words (with particles),
    # plus the lower-case words that may close a name in some languages ("Protezione civile")
    end = len(words) - name_tail
    k = end
    while k > 0 and (words[k - 1].is_capitalised or (
        words[k - 1].lower in rules.particles | rules.chain_articles and k < end
    )):
        k -= 1
    while k < end and not words[k].is_capitalised:
        k += 1
    # "officials in Baghdad", "die Führung in Teheran": a source where it sits is the
    # whole phrase, not the place (the place is no speaker here)
    located = 2 <= k < end and _located(words, k - 1, end - 1, text, rules)
    if located:
        k -= 2
        while k > 0 and words[k].is_capitalised and words[k - 1].is_capitalised and (
                words[k - 1].lower not in rules.determiners):
            k -= 1  # "das Auswärtige Amt in Berlin": the whole name before the place
    name_tokens = words[k:] if k < end else []
    if len(name_tokens) == 1 and name_tokens[0].lower in (
        rules.pronouns_person | rules.pronouns_org | rules.pronouns_self
    ):
        name_tokens = []  # "He said", "Sie erklärte": capitalised at a sentence start
    if name_tokens and all(t.lower in function_words(rules.code) for t in name_tokens):
        name_tokens = []  # "El martes dijo …": a sentence-opening article is no name
    if not name_tokens:
        name_tail = 0
    role_tokens = [w for w in words[:k] if w.lower not in rules.determiners]
    if name_tokens and role_tokens and not any(rules.is_role(w.text) for w in role_tokens):
        # "the foreign ministers meet Human Rights Watch": only the name is the speaker
        a += k
        words = words[k:]
        surface = text[words[0].start : words[-1].end]
        role_tokens = []
    # "Nagorno Karabakh Arayik Harutyunyan": a place before a person's name is not the name
    for cut in (3, 2, 1) if not located else ():
        if len(name_tokens) - cut >= 2:
            head = text[name_tokens[0].start : name_tokens[cut - 1].end]
            if len(head) >= 4 and name_tokens[0].lower not in rules.determiners and (
                lookup_place(head) is not None
            ):
                role_tokens += name_tokens[:cut]
                name_tokens = name_tokens[cut:]
                break
    # "Russian President Vladimir Putin": role words inside the capitalised run
    for m in range(len(name_tokens) - 1, -1, -1) if not located else ():
        if rules.is_role(name_tokens[m].text) and m + 1 < len(name_tokens):
            role_tokens += name_tokens[: m + 1]
            name_tokens = name_tokens[m + 1 :]
            break
    if name_tokens and all(
        t.lower in rules.roles or t.lower in rules.source_nouns for t in name_tokens
    ):
        role_tokens += name_tokens  # "der Minister": a role, not a name
        name_tokens = []
    name_tokens = without_affiliation(name_tokens, text, rules)
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
        ) or len(words) == 1 and first in rules.pronouns_person:
            phrase.anaphora = "person"
        elif len(words) == 1 and first in rules.pronouns_org:
            phrase.anaphora = "organisation"
    return phrase


def forward_np(tokens: list[Token], i: int, text: str, rules: AttributionRules) -> Phrase | None:
    i = skip(tokens, i, 1, rules)
    if i >= len(tokens) or not tokens[i].is_word:
        return None
    if tokens[i].lower in rules.boundaries and tokens[i].lower not in rules.determiners and (
        tokens[i].lower not in rules.particles
    ):
        return None  # "confirmed that the American ...": a clause, not a speaker
    j = i
    seen_name = False
    first_cap = i
    while j < len(tokens) and j - i < NP_MAX_TOKENS:
        t = tokens[j]
        if not t.is_word or t.lower in rules.weekdays:
            break
        if j > i and phrase_at(tokens, j, rules.side_clauses)[0]:
            break  # "tuiteó el presidente poco después de que …": a clause of its own
        if t.is_capitalised:
            if not seen_name:
                first_cap = j
            seen_name = True
        elif seen_name:
            name_goes_on = particle_continues(tokens, first_cap, j, rules.code) > 0
            if not name_goes_on and not rules.is_role(t.text):
                break
        elif t.lower in rules.boundaries and j > i and t.lower not in rules.determiners:
            # "le ministre de l’Intérieur": a role continues through its particle
            if not (t.lower in rules.particles and rules.is_role(tokens[j - 1].text)):
                break
        elif j - i >= MAX_WORDS_BEFORE_NAME and t.lower not in rules.determiners:
            j = i + 1  # "said enemies were trying to …": a clause, not a speaker
            break

        j += 1
    while j - 1 > i and tokens[j - 1].lower in rules.particles | rules.chain_articles and (
        not tokens[j - 1].is_capitalised
    ):
        j -= 1  # "Dr. Adriana Heguy von [der NYU]": no name ends on a particle
    tail = 0
    if seen_name and rules.lowercase_name_tail:
        tail = lowercase_tail(tokens, j, rules) - j
        j += tail
    if j == i:
        return None
    phrase = describe(tokens, i, j, text, rules, tail)
    if phrase.name is None:
        return (
            apposition(tokens, i, j, text, rules) or agent(tokens, j, text, rules)
            or owner_of(tokens, i, j, text, rules) or phrase
        )
    if len(phrase.name.split()) == 1 and classify_name(phrase.name)[0] == "unknown":
        # a capitalised common noun (German "Videos des US-Militärs"): its owner speaks
        owner = owner_of(tokens, i, j, text, rules)
        if owner is not None:
            return owner
    if phrase.role and classify_name(phrase.name)[0] != "person":
        # "el jefe del ÖVP, Sebastian Kurz": the person after the role wins
        return apposition(tokens, i, j, text, rules) or phrase
    return phrase


def agent(tokens: list[Token], j: int, text: str, rules: AttributionRules) -> Phrase | None:
    """"according to the data revealed this Thursday by Russian President Vladimir Putin",
    "according to a report by the United Nations"."""
    for c in range(j, min(len(tokens) - 1, j + 8)):
        if not tokens[c].is_word and tokens[c].text not in "-–":
            return None
        if tokens[c].lower not in rules.agent:
            continue
        k = c + 1
        while k < len(tokens) - 1 and tokens[k].lower in rules.determiners:
            k += 1
        if tokens[k].is_capitalised:
            np = forward_np(tokens, c + 1, text, rules)
            if np is not None and np.name:
                return np
        elif (owner := owner_noun(tokens, c + 1, k, text, rules)) is not None:
            return owner  # "according to a report by the army"
    return None


def _located(tokens: list[Token], j: int, i: int, text: str, rules: AttributionRules) -> bool:
    """Token ``j`` is a locative between a source noun or role and a place that ends at
    token ``i`` ("officials in Baghdad", "die Führung in Teheran")."""
    return (0 < j < i and tokens[j].lower in rules.locatives
            and (rules.is_source_noun(tokens[j - 1].text) or rules.is_role(tokens[j - 1].text))
            and lookup_place(text[tokens[j + 1].start : tokens[i].end]) is not None)


INFINITIVE_GAP = 3  # words between a copula and "to": "was quick to", "were keen to"


def backward_np(tokens: list[Token], i: int, text: str, rules: AttributionRules) -> Phrase | None:
    i = skip(tokens, i, -1, rules)
    if 0 <= i < len(tokens) and tokens[i].lower in rules.infinitive_markers:
        # "The minister was quick to say": the subject before the copula
        for a in range(i - 1, max(i - 1 - INFINITIVE_GAP, -1), -1):
            if tokens[a].lower in rules.auxiliaries:
                return backward_np(tokens, a - 1, text, rules) if a > 0 else None
            if not tokens[a].is_word or tokens[a].is_capitalised:
                break
    if i > 0 and tokens[i].lower in rules.relatives and tokens[i - 1].is_capitalised:
        i -= 1  # "Putin who stressed"
    j = i
    while j >= 0 and i - j < NP_MAX_TOKENS:
        t = tokens[j]
        if not t.is_word or t.lower in rules.weekdays:
            break
        # (a function word capitalised at the sentence's start too: "Wie Augenzeugen
        # berichteten")
        if t.lower in rules.boundaries and (not t.is_capitalised or j == 0):
            if _located(tokens, j, i, text, rules):
                j -= 1  # "officials in | Baghdad said": the phrase goes on
                continue
            inside = particles_inside_name(tokens, j, rules)
            if inside is not None:
                j = inside  # "Ursula von der | Leyen said", "Frans van der | Meer zei"
                continue
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
    # "la Sécurité routière a déclaré": lower-case words closing a name before its cue
    tail = 0
    if rules.lowercase_name_tail:
        while tail < 2 and i - tail > start and not tokens[i - tail].is_capitalised:
            tail += 1
        before = tokens[i - tail]
        if not before.is_capitalised or before.lower in rules.determiners:
            tail = 0
    # "the leader of Nagorno Karabakh Arayik Harutyunyan": keep the name, not the place
    return describe(tokens, start, i + 1, text, rules, name_tail=tail)


def name_before_comma(
    tokens: list[Token], comma: int, text: str, rules: AttributionRules
) -> Phrase | None:
    """"Mohammed Mohieh, a spokesman for Kataib Hezbollah, said": the name before an
    apposition; "El secretario ..., Ismael Camberos Hernández, informó": the name itself;
    "Trump, who spoke with Prime Minister Adel Abdul Mahdi, said": the name before a
    relative clause, not a name inside it."""
    for k in range(comma - 1, max(comma - RELATIVE_CLAUSE_TOKENS, 0), -1):
        if tokens[k].text in ".;:" or tokens[k].text in QUOTES:
            break
        if (tokens[k].text == "," and k + 1 < comma and tokens[k + 1].lower in rules.relatives
                and tokens[k - 1].is_capitalised and tokens[k - 1].is_word):
            np = backward_np(tokens, k - 1, text, rules)
            if np is not None and np.name and not all(
                    w.casefold() in function_words(rules.code) for w in np.name.split()):
                return np
            break
    # ", a member of the research team at NYU,", ", subsecretario de Prevención y
    # Promoción de la Salud,", ", including Kataib Hezbollah,": appositions after the name
    # (not a title before one: "Iran’s Supreme Leader, Ayatollah Ali Khamenei,"), walked
    # back one after another to the name they describe
    appositions: list[int] = []
    end = comma
    while (start := _comma_before(tokens, end)) is not None and _opens_apposition(
            tokens, start + 1, rules):
        appositions.append(start)
        end = start
    if appositions:
        candidates = [*reversed(appositions), comma]
    else:
        candidates = [comma] + ([start] if start is not None else [])
    for c in candidates:
        if c > 0 and tokens[c - 1].is_capitalised and tokens[c - 1].is_word:
            np = backward_np(tokens, c - 1, text, rules)
            if np is not None and np.name and not all(
                    w.casefold() in function_words(rules.code) for w in np.name.split()):
                return np  # (not "Además, aseguró …": a connector is no name)
    return None


def _comma_before(tokens: list[Token], end: int) -> int | None:
    """The comma opening the segment that ends at ``end``, at most 14 tokens back."""
    k = end - 1
    while k > 0 and end - k <= 14 and tokens[k].text not in ".;:":
        if tokens[k].text == ",":
            return k
        k -= 1
    return None


def _opens_apposition(tokens: list[Token], k: int, rules: AttributionRules) -> bool:
    """An article, a lower-case role or an inclusion word ("including") at ``k``."""
    if k >= len(tokens):
        return False
    word = tokens[k]
    return (word.lower in rules.indefinites | rules.determiners | rules.inclusions
            or (rules.is_role(word.text) and not word.is_capitalised))


def plausible(phrase: Phrase, rules: AttributionRules) -> bool:
    """A speaker phrase with no name must stand for someone or be a source noun
    ("witnesses", "örtliche Behörden"), not a stray phrase ("country will")."""
    if phrase.name or phrase.anaphora:
        return True
    words = [w for w in phrase.text.split() if w.casefold() not in rules.determiners]
    # the head noun ends the phrase ("local officials") or, where the head comes first,
    # opens it ("sources close to …", "مصادر عسكرية سورية": Syrian military sources)
    if any(rules.is_source_noun(w) for w in words[:1] + words[-2:]):
        return True
    # scripts without capitals: an organisation by its marker words ("منظمة الأمم المتحدة")
    return not any(ch.isupper() or ch.islower() for ch in phrase.text[:1]) and (
        classify_name(" ".join(words))[0] in ("organisation", "outlet")
    )

"""Who stands behind a speaker phrase that names no one: the owner of a source noun
("les données de la Sécurité routière", "a statement from the umbrella group to which …")
or the person a role is set beside ("le ministre de l’Intérieur, Christophe Castaner")."""

from __future__ import annotations

from parallax.extract.attribution_rules import AttributionRules
from parallax.extract.entities import classify_name
from parallax.extract.name_bounds import lowercase_tail
from parallax.extract.phrase import Phrase
from parallax.extract.tokens import Token


def owner_of(
    tokens: list[Token], i: int, j: int, text: str, rules: AttributionRules
) -> Phrase | None:
    """"selon les données de la Sécurité routière": the named owner of a source noun."""
    if j >= len(tokens) or tokens[j].lower not in rules.owner_markers | rules.particles:
        return None
    k = j + 1
    while k < len(tokens) and tokens[k].lower in rules.determiners | rules.particles:
        k += 1
    m = k
    while m < len(tokens) and tokens[m].is_word and (
        tokens[m].is_capitalised or (m > k and tokens[m].lower in rules.particles)
    ):
        m += 1
    while m > k and not tokens[m - 1].is_capitalised:
        m -= 1
    if m == k:
        return owner_noun(tokens, i, k, text, rules)
    if rules.lowercase_name_tail:
        m = lowercase_tail(tokens, m, rules)
    surface = text[tokens[i].start : tokens[m - 1].end]
    owner = text[tokens[k].start : tokens[m - 1].end]
    return Phrase(i, m, surface, owner, text[tokens[i].start : tokens[j - 1].end])


def owner_noun(
    tokens: list[Token], i: int, k: int, text: str, rules: AttributionRules
) -> Phrase | None:
    """"according to a statement from the umbrella group to which …": an owner named by
    a common noun of a source ("group", "ministry", "police"), at most three words."""
    m = k
    while m < len(tokens) and m - k < 3 and tokens[m].is_word \
            and not tokens[m].is_capitalised and tokens[m].lower not in rules.boundaries:
        m += 1
    while m > k and tokens[m - 1].lower not in rules.source_nouns | rules.anaphora_org:
        m -= 1
    if m == k:
        return None
    return Phrase(i, m, text[tokens[k].start : tokens[m - 1].end])


def apposition(
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

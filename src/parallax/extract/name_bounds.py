"""Where a name inside a speaker phrase begins and ends.

- Particles inside a name: "Ursula von der Leyen", "Van der Bellen" (in a language that
  capitalises every noun, only after a given name: "Symptome von Covid-19" is none).
- An affiliation after it: "Harm van Bakel | von der Icahn School".
- Lower-case words closing a name at the end of its clause: "la Sécurité routière".
"""

from __future__ import annotations

from parallax.extract.attribution_rules import AttributionRules
from parallax.extract.entities import classify_name
from parallax.extract.given_names import is_given_name
from parallax.extract.organisations import organisation_key
from parallax.extract.tokens import Token


def without_affiliation(
    name_tokens: list[Token], text: str, rules: AttributionRules
) -> list[Token]:
    """"Harm van Bakel von der Icahn School of Medicine" → "Harm van Bakel": a person's
    name ends where a particle introduces an organisation or a place (the last such
    particle: "van" in "Harm van Bakel" is part of the name). A body's own name stays
    whole: "The International Committee of the Red Cross" (``organisations.py``)."""
    if name_tokens and organisation_key(
            text[name_tokens[0].start : name_tokens[-1].end]) is not None:
        return name_tokens
    for m in range(len(name_tokens) - 2, 0, -1):
        if name_tokens[m].lower in rules.particles and name_tokens[m - 1].is_capitalised:
            rest = [t for t in name_tokens[m + 1 :] if t.lower not in rules.chain_articles]
            if not rest:
                continue
            if is_affiliation(text[rest[0].start : rest[-1].end]):
                return name_tokens[:m]
    return name_tokens


def is_affiliation(tail: str) -> bool:
    """Whether the words after a name's last particle (its chain articles left out) name
    what the person belongs to: a body, a place or an outlet, or one word in capitals
    ("von der NYU")."""
    return classify_name(tail)[0] in ("organisation", "place", "outlet") or (
        len(tail.split()) == 1 and tail.isupper())


def lowercase_tail(tokens: list[Token], m: int, rules: AttributionRules) -> int:
    """"la Protezione civile,", "la Sécurité routière.": lower-case words that close a
    name at the end of its clause."""
    tail = m
    while (
        tail < len(tokens) and tail - m < 2 and tokens[tail].is_word
        and not tokens[tail].is_capitalised and tokens[tail].lower not in rules.boundaries
    ):
        tail += 1
    return tail if tail > m and (tail == len(tokens) or not tokens[tail].is_word) else m


def particles_inside_name(tokens: list[Token], j: int, rules: AttributionRules) -> int | None:
    """If the particles ending at ``j`` ("von der", "van der", "de la") sit between two
    words of one name, the index of the name's word before them; else None."""
    joining = rules.particles | rules.chain_articles
    k = j
    while k >= 0 and tokens[k].lower in joining:
        k -= 1
    m = j + 1
    while m < len(tokens) and tokens[m].lower in joining:
        m += 1
    run = [t.lower for t in tokens[k + 1 : m]]
    if not any(w in rules.particles for w in run) or m >= len(tokens) or (
            not tokens[m].is_capitalised):
        return None
    if tokens[k + 1].is_capitalised:  # "Van der Bellen": the particle opens the name
        return k
    if k < 0 or not (tokens[k].is_capitalised and tokens[k].is_word):
        return None
    # where every noun is capitalised, "Symptome von Covid-19" is no name: a given name
    # must open it ("Ursula von der Leyen")
    return k if not rules.capitalised_nouns or is_given_name(tokens[k].text) else None

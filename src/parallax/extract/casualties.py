"""One person counted by an article: "killed an American contractor", "un interno fue
detenido", "ein dort stationierter US-Angestellter … verletzt".

Numerals miss these (an article is not read as "one"), yet a fact-checker counts them:
"an American contractor" killed and "two contractors" killed cannot both hold. A person
noun after an indefinite article counts as one when a casualty word stands just before
the article ("killed an …", "mataron a un …") or shortly after the noun ("a soldier was
killed", "un preso … detenido"); the casualty word gives the unit. A negative determiner
in the article's place counts none ("Ningún guardia o policía resultó herido": 0 injured).
All words come from ``[casualties]`` in the lang files.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from parallax.extract.attribution_rules import attribution_rules
from parallax.extract.tokens import Token, tokenize
from parallax.lang import language
from parallax.model import Quantity

BEFORE_ARTICLE = 3  # tokens between a casualty word and the article ("killing of an")
MODIFIERS = 3  # tokens between the article and the person noun ("ein dort stationierter")
AFTER_NOUN = 6  # tokens between the noun and a casualty word ("… und vier Soldaten verletzt")
UNITS = ("deaths", "injured", "arrests")


@dataclass(frozen=True)
class CasualtyRules:
    articles: frozenset[str]
    none: frozenset[str]  # "ningún", "kein", "no": a count of zero
    persons: tuple[str, ...]  # singular person nouns; a compound may end with one
    casualty: dict[str, str]  # word → unit
    clause_breaks: frozenset[str]  # reporting verbs and complementizers

    @cached_property
    def _person_endings(self) -> tuple[str, ...]:
        return tuple(p for p in self.persons if len(p) >= 5)

    def person(self, token: Token) -> bool:
        word = token.lower
        return word in self.persons or word.endswith(self._person_endings)


@lru_cache(maxsize=64)
def casualty_rules(code: str | None) -> CasualtyRules:
    data = language(code or "en")
    attribution = attribution_rules(code)
    casualty = {w.casefold(): unit for unit in UNITS
                for w in data.words("casualties", unit)}
    return CasualtyRules(
        articles=frozenset(w.casefold() for w in data.words("casualties", "articles")),
        none=frozenset(w.casefold() for w in data.words("casualties", "none")),
        persons=tuple(sorted({w.casefold() for w in data.words("casualties", "persons")})),
        casualty=casualty,
        clause_breaks=attribution.cue_starts | attribution.complementizers,
    )


def find_casualties(text: str, start: int, end: int, code: str | None,
                    taken: list[Quantity]) -> list[Quantity]:
    """Single persons counted in ``text[start:end]`` (a sentence), clear of ``taken``."""
    rules = casualty_rules(code)
    if not rules.articles or not rules.casualty:
        return []
    tokens = tokenize(text[start:end], start)
    found: list[Quantity] = []
    for i, token in enumerate(tokens):
        if token.lower in rules.articles:
            value = 1.0
        elif token.lower in rules.none:
            value = 0.0
        else:
            continue
        noun = next((k for k in range(i + 1, min(len(tokens), i + 1 + MODIFIERS))
                     if tokens[k].is_word and rules.person(tokens[k])), None)
        if noun is None or not all(t.is_word for t in tokens[i + 1 : noun]):
            continue
        unit = _casualty_before(tokens, i, rules) or _casualty_after(tokens, noun, rules)
        if unit is None:
            continue
        span = (tokens[i].start, tokens[noun].end)
        if any(q.start < span[1] and span[0] < q.end for q in taken + found):
            continue
        found.append(Quantity(start=span[0], end=span[1], value=value, unit=unit,
                              of=tokens[noun].text))
    return found


def _casualty_before(tokens: list[Token], i: int, rules: CasualtyRules) -> str | None:
    for k in range(i - 1, max(i - 1 - BEFORE_ARTICLE, -1), -1):
        if not tokens[k].is_word:
            return None
        if tokens[k].lower in rules.casualty:
            return rules.casualty[tokens[k].lower]
    return None


def _casualty_after(tokens: list[Token], noun: int, rules: CasualtyRules) -> str | None:
    """A casualty word shortly after the noun, in the same clause: not past a figure, a
    reporting verb or its complementizer ("A journalist reported that 5 people died")."""
    for k in range(noun + 1, min(len(tokens), noun + 1 + AFTER_NOUN)):
        if tokens[k].text in ".;:" or tokens[k].text[:1].isdigit() or (
            tokens[k].lower in rules.clause_breaks
        ):
            return None
        if tokens[k].lower in rules.casualty:
            return rules.casualty[tokens[k].lower]
    return None

"""Figures a toll names before them: "The death toll in China reaches 81", "Die Zahl der
Toten stieg auf 81", "El número de muertos asciende a 81", "Het dodental is opgelopen tot
81".

The counted noun usually follows a figure ("81 dead"), so a figure that follows its toll
had no unit, and a fact-checker could not compare it with "over 80 people killed". A
figure with no unit, a few words after a toll phrase (``[casualties] deaths_toll`` and
``injured_toll`` in the lang files) in the same clause, counts what the toll counts;
not a change ("rose by 12": ``toll_change``) nor what it changed from ("stieg von 12 auf
41": ``toll_from``), not a figure of something else ("2 days"), and not past another
figure but those.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from parallax.extract.entities import function_words
from parallax.extract.tokens import Phrases, Token, phrase_before, phrase_keys, tokenize
from parallax.lang import language
from parallax.model import Quantity

TOLL_WINDOW = 6  # tokens between a toll phrase and its figure ("in China reaches")
CLAUSE_BREAKS = frozenset(".;:!?")


@dataclass(frozen=True)
class TollRules:
    tolls: Phrases  # toll phrase → the unit it counts
    change: frozenset[str]  # "by", "um": a change of the toll, not the toll; "from",
    # "von": the toll before it changed ("stieg von 12 auf 41": 41 is the toll)


@lru_cache(maxsize=64)
def toll_rules(code: str | None) -> TollRules:
    data = language(code or "en")
    units = {phrase: unit for unit in ("deaths", "injured")
             for phrase in data.words("casualties", f"{unit}_toll")}
    change = data.words("casualties", "toll_change") + data.words("casualties", "toll_from")
    return TollRules(phrase_keys(units), frozenset(w.casefold() for w in change))


def with_tolls(text: str, start: int, end: int, code: str | None,
               quantities: list[Quantity]) -> list[Quantity]:
    """``quantities`` (of the sentence ``text[start:end]``), each figure with no unit that
    follows a toll counting what the toll counts."""
    rules = toll_rules(code)
    if not rules.tolls or all(q.unit is not None for q in quantities):
        return quantities
    tokens = tokenize(text[start:end], start)
    first_token = {t.start: k for k, t in enumerate(tokens)}
    never_counted = function_words(code)  # "41 on Friday": no counted noun
    out = []
    for q in quantities:
        at = first_token.get(q.start)
        bare = q.unit is None and (q.of is None or q.of.casefold() in never_counted)
        toll = _toll_before(tokens, at, rules) if bare and at is not None else None
        out.append(q if toll is None else replace(q, unit=toll[0], of=toll[1]))
    return out


def _toll_before(tokens: list[Token], at: int, rules: TollRules) -> tuple[str, str] | None:
    """(unit, toll phrase) of the toll that ends a few tokens before token ``at``."""
    if at > 0 and tokens[at - 1].lower in rules.change:
        return None
    for k in range(at, max(at - TOLL_WINDOW, 0) - 1, -1):
        if k < at and tokens[k].text in CLAUSE_BREAKS:
            return None
        if k < at and tokens[k].text[:1].isdigit() and not (
                k > 0 and tokens[k - 1].lower in rules.change):
            return None  # past another figure; not past a change ("by 12 to 41")
        n, unit = phrase_before(tokens, k, rules.tolls)
        if n:
            return unit, " ".join(t.text for t in tokens[k - n : k])
    return None

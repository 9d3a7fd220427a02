"""What befell the people a figure counts: "16 personas perdieron la vida", "15 Insassen
seien dabei ums Leben gekommen", "killing 25 fighters", "cinco sufrieron lesiones".

A figure of people ("16 personas", "25 fighters", "16 presos") or of nobody named ("cinco
sufrieron …", "sechs weitere …") counts deaths, injured or arrests when a phrase saying so
(``[casualties] deaths_after``, ``injured_after``, ``arrests_after`` in the lang files)
follows it in the same clause, or one (``deaths_before``, …) stands just before it. A
fact-checker compares "16 personas perdieron la vida" with "16 muertos" and "15 Insassen …
ums Leben gekommen": all three count the dead, and 15 and at least 16 conflict.

The clause ends at punctuation, at another figure, at "and" ("16 personas perdieron la
vida y cinco sufrieron lesiones": the five were hurt) and at a reporting verb or its
complementizer ("16 people said that two were killed": the 16 are not the dead). A verb
may close a long German clause ("16 Menschen sind … in einem Gefängnis getötet worden"),
so how far to look is a setting per language (``[casualties] fate_window``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from parallax.extract.attribution_rules import attribution_rules
from parallax.extract.entities import function_words
from parallax.extract.tokens import Phrases, Token, phrase_at, phrase_before, phrase_keys, tokenize
from parallax.lang import language
from parallax.model import Quantity

FATES = ("deaths", "injured", "arrests")
PEOPLE = frozenset({"people", "soldiers", "arrests"})  # counts of persons a fate can name
FATE_WINDOW = 6  # tokens after a figure to its fate, unless the language says otherwise
BEFORE_WINDOW = 2  # words between a fate and the figure after it ("dejó heridas a otras")
CLAUSE_ENDS = frozenset(".,;:!?()\"“”«»")


@dataclass(frozen=True)
class FateRules:
    after: Phrases  # phrase → unit, after the counted group
    before: Phrases  # phrase → unit, before it
    window: int
    unnamed: frozenset[str]  # words that are no counted noun ("weitere", "more")
    clause_breaks: frozenset[str]


@lru_cache(maxsize=64)
def fate_rules(code: str | None) -> FateRules:
    data = language(code or "en")
    attribution = attribution_rules(code)

    def phrases(where: str) -> Phrases:
        return phrase_keys({p: unit for unit in FATES
                            for p in data.words("casualties", f"{unit}_{where}")})

    return FateRules(
        after=phrases("after"), before=phrases("before"),
        window=int(data.setting("casualties", "fate_window", FATE_WINDOW)),
        unnamed=function_words(code) | frozenset(
            w.casefold() for w in data.words("casualties", "unnamed")),
        clause_breaks=attribution.cue_starts | attribution.complementizers
        | ({attribution.conjunction} if attribution.conjunction else set()),
    )


def with_fates(text: str, start: int, end: int, code: str | None,
               quantities: list[Quantity]) -> list[Quantity]:
    """``quantities`` (of the sentence ``text[start:end]``), each figure of people that a
    fate phrase names counting that fate."""
    rules = fate_rules(code)
    if not (rules.after or rules.before) or not any(_of_people(q, rules) for q in quantities):
        return quantities
    tokens = tokenize(text[start:end], start)
    first = {t.start: k for k, t in enumerate(tokens)}
    after_end = {t.end: k + 1 for k, t in enumerate(tokens)}
    out = []
    for q in quantities:
        at, past = first.get(q.start), after_end.get(q.end)
        unit = None
        if _of_people(q, rules) and at is not None and past is not None:
            unit = _fate_before(tokens, at, rules) or _fate_after(tokens, at, past, rules)
        out.append(q if unit is None else replace(q, unit=unit))
    return out


def _of_people(q: Quantity, rules: FateRules) -> bool:
    if q.unit in PEOPLE:
        return True
    return q.unit is None and q.value_max is None and (
        q.of is None or q.of.casefold() in rules.unnamed
        or q.of.casefold() in rules.after.by_first)  # "cinco sufrieron lesiones"


def _fate_after(tokens: list[Token], at: int, past: int, rules: FateRules) -> str | None:
    """The fate phrase after the figure's number (tokens ``at`` to ``past``), in the
    clause that goes on past it; the figure's span may hold the phrase's first word
    ("cinco sufrieron lesiones": the count's span ends at "sufrieron")."""
    for k in range(at + 1, min(len(tokens), past + rules.window)):
        n, unit = phrase_at(tokens, k, rules.after)
        if n:
            return unit
        if k >= past and _ends_clause(tokens[k], rules):
            return None
    return None


def _fate_before(tokens: list[Token], at: int, rules: FateRules) -> str | None:
    """The fate phrase ending at most ``BEFORE_WINDOW`` words before token ``at``."""
    for k in range(at, max(at - BEFORE_WINDOW, 0) - 1, -1):
        n, unit = phrase_before(tokens, k, rules.before)
        if n:
            return unit
        if k > 0 and _ends_clause(tokens[k - 1], rules):
            return None
    return None


def _ends_clause(token: Token, rules: FateRules) -> bool:
    return (token.text in CLAUSE_ENDS or token.text[:1].isdigit()
            or token.lower in rules.clause_breaks)

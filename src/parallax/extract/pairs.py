"""Who "both parties" are: the pair of names an article joins with its conjunction.

"die beiden Parteien", "both sides", "ambos partidos" (``dual_markers``) stand for two
organisations or people the article has named together, "ÖVP und Grüne"
(``conjunction``). An article may join other pairs on the way ("die sozialdemokratische
SPÖ und die FPÖ verloren"): the pair it joins most often up to the marker is the one it
is about; between pairs joined as often, the later one.
"""

from __future__ import annotations

from collections import Counter

from parallax.extract.attribution_rules import AttributionRules
from parallax.model import Mention

PAIR_KINDS = ("organisation", "person")
MAX_BETWEEN = 3  # the conjunction and what may stand with it: "und die", "and the"


def joined_pairs(text: str, mentions: list[Mention], rules: AttributionRules) -> list[str]:
    """The pairs of names a sentence joins with the conjunction, as "A und B"."""
    if not rules.conjunction:
        return []
    named = sorted((m for m in mentions if m.kind in PAIR_KINDS), key=lambda m: m.start)
    pairs = []
    for first, second in zip(named, named[1:], strict=False):
        between = text[first.end : second.start].split()
        if (between and len(between) <= MAX_BETWEEN
                and between[0].casefold() == rules.conjunction.casefold()
                and all(w.casefold() in rules.determiners for w in between[1:])
                and first.name != second.name):
            pairs.append(f"{owner(first.name, rules)} {rules.conjunction} "
                         f"{owner(second.name, rules)}")
    return pairs


def owner(name: str, rules: AttributionRules) -> str:
    """"Koalitionsvertrag von ÖVP": the party, not its pact."""
    words = name.split()
    if len(words) > 2 and rules.is_source_noun(words[0]) and (
            words[1].casefold() in rules.particles | rules.owner_markers):
        return " ".join(words[2:])
    return name


def salient_pair(pairs: list[list[str]], index: int) -> str | None:
    """The pair joined most often in sentences up to ``index`` (the later on a tie)."""
    counts: Counter[str] = Counter()
    last: dict[str, int] = {}
    for k, sentence in enumerate(pairs[: index + 1]):
        for pair in sentence:
            counts[pair] += 1
            last[pair] = k
    if not counts:
        return None
    return max(counts, key=lambda p: (counts[p], last[p]))

"""Whether a cue word's form reports, and whose: a participle that is an adjective
("der erste bestätigte Infektionsfall") reports nothing; a participle in the perfect tense
("Die beiden Parteien haben sich … bekannt", "hatte Cuomo … gewarnt") takes the subject of
its auxiliary. All words from ``[attribution]`` in the lang files."""

from __future__ import annotations

from parallax.extract.attribution_rules import AttributionRules
from parallax.extract.speaker_phrases import Phrase, backward_np, forward_np, plausible, skip
from parallax.extract.tokens import Token

CLAUSE_MAX_TOKENS = 40  # how far back a participle cue looks for its clause's auxiliary


def attributive(tokens: list[Token], i: int, rules: AttributionRules) -> bool:
    """A participle between a determiner (perhaps with one more lower-case word) and a
    capitalised noun is an adjective: "der erste bestätigte Infektionsfall". Not after a
    statement pronoun: "…, das bestätigte Kurz" is a verb."""
    if i == 0 or i + 1 >= len(tokens) or not (tokens[i + 1].is_word
                                              and tokens[i + 1].is_capitalised):
        return False

    def determiner(k: int) -> bool:
        word = tokens[k]
        return (word.text.islower() and word.lower in rules.determiners
                and word.lower not in rules.statement_pronouns)

    before = tokens[i - 1]
    return determiner(i - 1) or (i > 1 and before.is_word and before.text.islower()
                                 and determiner(i - 2))


def perfect_subject(
    tokens: list[Token], i: int, text: str, rules: AttributionRules
) -> Phrase | None:
    """The subject of a participle cue at token ``i`` whose clause has a perfect auxiliary
    before it: the phrase before the auxiliary when that phrase opens the clause ("Die
    beiden Parteien haben sich … bekannt"), else the phrase after it ("Am Montag hat der
    Minister … angekündigt")."""
    start = i
    while start > max(0, i - CLAUSE_MAX_TOKENS) and (
            tokens[start - 1].is_word or tokens[start - 1].text == "-") and (
            tokens[start - 1].lower not in rules.complementizers):
        start -= 1
    aux = next((k for k in range(i - 1, start - 1, -1)
                if tokens[k].lower in rules.perfect_auxiliaries), None)
    if aux is None:
        return None
    start = skip(tokens, start, 1, rules)  # "Auch das Auswärtige Amt … hatte"
    before = backward_np(tokens, aux - 1, text, rules) if aux > start else None
    if before is not None and opens_clause(tokens, start, before, rules):
        return before if plausible(before, rules) else None
    after = aux + 1
    while after < i and tokens[after].lower in rules.perfect_reflexives:
        after += 1
    found = forward_np(tokens, after, text, rules)
    if found is None or found.end > i or not plausible(found, rules):
        return None
    return None if tokens[found.start].lower in rules.perfect_objects else found


def opens_clause(tokens: list[Token], start: int, phrase: Phrase,
                  rules: AttributionRules) -> bool:
    """The phrase is the clause's first constituent: only a determiner or words of the
    phrase itself ("Die beiden | Parteien") stand between the clause's start and it, and
    it does not open with a preposition ("In Berlin hat …": an adverbial)."""
    def free(k: int) -> bool:
        return tokens[k].lower in rules.determiners or tokens[k].lower not in rules.boundaries

    return (all(free(k) for k in range(start + 1, phrase.start))
            and (phrase.start <= start or tokens[start].lower in rules.determiners)
            and free(phrase.start))


def subordinate_subject(tokens: list[Token], i: int, end: int, text: str,
                        rules: AttributionRules) -> Phrase | None:
    """In a language that puts the verb last in a subordinate clause, a cue ending its
    clause has for subject the phrase right after the subordinator that opens it
    ("…, nachdem ÖVP und Grüne laut APA weitere Personalentscheidungen bestätigten"), not
    the object before it."""
    if end < len(tokens) and tokens[end].is_word:
        return None  # words follow the verb: not the end of its clause
    k = i - 1
    while k > max(0, i - CLAUSE_MAX_TOKENS) and (tokens[k].is_word or tokens[k].text == "-"):
        if tokens[k].lower in rules.subordinators:
            found = forward_np(tokens, k + 1, text, rules)
            if found is None or found.end > i or not plausible(found, rules):
                return None
            return None if tokens[found.start].lower in rules.perfect_objects else found
        k -= 1
    return None

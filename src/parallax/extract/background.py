"""A clause the outlet adds after a postposed attribution, as a claim of its own.

"“Irán será plenamente responsable de las vidas perdidas …”, tuiteó el presidente poco
después de que evacuaran por seguridad al embajador y a diplomáticos estadounidenses":
the president tweeted the quotation; that the ambassador was evacuated is La Raza's own
statement, with no source. When a clause (``[attribution] own_clauses``: "poco después de
que", "nachdem", "while"; conjunctions that open a clause, not prepositions: "before a
New Year's Eve celebration" is no fact of its own) follows the speaker of an attribution
that comes after what it reports, the sentence holds two claims: the attributed one up to the
clause, the outlet's from it on.
"""

from __future__ import annotations

from parallax.extract.attribution_rules import AttributionRules
from parallax.extract.speaker_phrases import Phrase
from parallax.extract.tokens import CLOSING_QUOTES, Token, phrase_at

# words between the speaker and the clause: the verb and a time ("said on Tuesday after")
MAX_GAP_WORDS = 3
# words between what is reported and the speaker: the verb ("”, tuiteó el presidente")
MAX_LEAD_WORDS = 2
# a clause shorter than this adds no fact of its own ("…, she said when asked")
MIN_CLAUSE_WORDS = 5


def background_start(tokens: list[Token], speaker: Phrase | None,
                     rules: AttributionRules) -> int | None:
    """The text offset where the outlet's own clause begins, or None."""
    if speaker is None or not _postposed(tokens, speaker.start):
        return None
    for k in range(speaker.end, min(len(tokens), speaker.end + MAX_GAP_WORDS + 1)):
        if phrase_at(tokens, k, rules.own_clauses)[0]:
            words = sum(1 for t in tokens[k:] if t.is_word)
            return tokens[k].start if words >= MIN_CLAUSE_WORDS else None
        if not tokens[k].is_word:
            return None
    return None


def _postposed(tokens: list[Token], start: int) -> bool:
    """The attribution follows what it reports: a comma or a closing quotation mark
    before the speaker, with at most the reporting verb between."""
    for k in range(start - 1, max(-1, start - MAX_LEAD_WORDS - 2), -1):
        if tokens[k].text == "," or tokens[k].text in CLOSING_QUOTES:
            return k > 0
        if not tokens[k].is_word:
            return False
    return False

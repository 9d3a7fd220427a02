"""Attribution within one sentence: who said it, through which channels, with what cue.

Patterns (all words from ``[attribution]`` in the lang files):
- speaker after an inverted cue: "…, zegt Amnesty." / "“…,” vertelde X aan AFP."
- speaker before the cue: "Human Rights Watch has denounced that …", "witnesses said"
- "according to X", "volgens X", "laut X", "según X", "selon X"
- channels: an outlet as the subject of a reporting verb ("meldt Deutsche Welle"), an
  outlet after a channel preposition or as the object of the cue ("told AFP", "aan AFP"),
  "zoals The Jerusalem Post bericht", and coordinated outlets ("zowel Haaretz als Reuters")
  (``channels.py``).
Anaphoric speakers ("de rechtengroep", "Its experts", "he") are marked for the
article-level resolver (``extract/resolve.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from parallax.extract.attribution_rules import AttributionRules, attribution_rules
from parallax.extract.channels import (
    bare_outlet_noun,
    channel_name,
    channels_after,
    outlet_at,
    outlet_phrase,
    platform_named,
    same_outlet,
)
from parallax.extract.cue_forms import attributive, perfect_subject, subordinate_subject
from parallax.extract.entities import classify_name
from parallax.extract.outlets import is_outlet, is_outlet_role
from parallax.extract.speaker_phrases import (
    Phrase,
    agent,
    backward_np,
    forward_np,
    name_before_comma,
    plausible,
    skip,
)
from parallax.extract.tokens import CLOSING_QUOTES, QUOTES, Token, phrase_at, phrase_before

CASELESS_NAME_TOKENS = 3


@dataclass
class SentenceAttribution:
    speaker: Phrase | None = None
    cue: str | None = None
    direct: bool = False
    channels: list[str] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return self.speaker is not None or bool(self.channels)


def _cue_later_in_clause(tokens: list[Token], i: int, rules: AttributionRules) -> bool:
    """"wie das US-Militär auf Twitter mitteilte": a reporting verb before the clause ends."""
    for k in range(i, min(len(tokens), i + 12)):
        if tokens[k].text in ",.;:":
            return False
        if phrase_at(tokens, k, rules.say)[0] or phrase_at(tokens, k, rules.report)[0]:
            return True
    return False


def _near_quote(tokens: list[Token], a: int, b: int) -> bool:
    window = tokens[max(0, a - 3) : b + 3]
    return any(t.text in QUOTES for t in window)


def attribute_sentence(text: str, tokens: list[Token], code: str | None) -> SentenceAttribution:
    """The sentence's speaker (the first named one, else the first found) and all the
    channels its cues name, in order."""
    rules = attribution_rules(code)
    starts = rules.cue_starts
    results = [r for i, t in enumerate(tokens)
               if t.lower in starts and (r := _try_cue(tokens, i, text, rules))]
    if not results:
        return SentenceAttribution()
    chosen = max(results, key=_strength)  # max() keeps the earliest of equals
    platform = platform_named(tokens, rules)
    if platform and not any(same_outlet(platform, c) for c in chosen.channels):
        chosen.channels.insert(0, platform)
    n = phrase_at(tokens, 0, rules.channel_openers)[0]
    opening = outlet_at(tokens, n, text, rules) if n else None
    if opening and not any(same_outlet(opening[0], c) for c in chosen.channels):
        chosen.channels.insert(0, opening[0])  # "Speaking to The New York Times, X said"
    told = _told_after_statement_pronoun(tokens, text, rules)
    if told and not any(same_outlet(told, c) for c in chosen.channels):
        chosen.channels.insert(0, told)  # "Das wurde der dpa aus Verhandlerkreisen bestätigt"

    for r in results:
        for channel in r.channels:
            if not any(same_outlet(channel, c) for c in chosen.channels):
                chosen.channels.append(channel)
    return chosen


def _told_after_statement_pronoun(
    tokens: list[Token], text: str, rules: AttributionRules
) -> str | None:
    """The outlet a sentence that attributes the one before it names as told, right after
    its pronoun and verb: "Das wurde der Deutschen Presse-Agentur am Mittwoch aus
    Verhandlerkreisen bestätigt" (dpa, as wr.de ran it) was told to dpa."""
    if len(tokens) < 4 or tokens[0].lower not in rules.statement_pronouns:
        return None
    n = phrase_at(tokens, 2, rules.channel_prep)[0]
    told = outlet_at(tokens, 2 + n, text, rules) if n else None
    return told[0] if told else None


def _strength(result: SentenceAttribution) -> int:
    """How much a cue's speaker looks like a real source."""
    speaker = result.speaker
    if speaker is None:
        return 0
    if speaker.name:
        kind, _ = classify_name(speaker.name)
        return 3 if kind != "unknown" else 2
    return 2 if speaker.anaphora else 1


def _try_cue(
    tokens: list[Token], i: int, text: str, rules: AttributionRules
) -> SentenceAttribution | None:
    """The attribution that a cue at token ``i`` introduces, if there is one."""
    n, cue = phrase_at(tokens, i, rules.according_post)
    if n:
        return _postposition_cue(tokens, i, cue, text, rules)
    compound = _compound_source(tokens, i, rules)
    if compound is not None:
        return compound
    n, cue = phrase_at(tokens, i, rules.according)
    if n and cue in rules.as_reported and not _cue_later_in_clause(tokens, i + n, rules):
        n = 0
    if n:
        return _according_cue(tokens, i + n, cue, text, rules)
    if i > 0 and tokens[i].text[:1].isupper():
        return None  # "the United States": a capitalised word is not a reporting verb
    return _verb_cue(tokens, i, text, rules)


def _postposition_cue(
    tokens: list[Token], i: int, cue: str, text: str, rules: AttributionRules
) -> SentenceAttribution | None:
    """"Studien zufolge", "TİM verilerine göre": the source stands before the cue."""
    np = backward_np(tokens, i - 1, text, rules)
    if np is None or not plausible(np, rules):
        return None
    result = SentenceAttribution(cue=cue)
    if is_outlet(np.name or np.text):
        result.channels.append(channel_name(np))
    else:
        result.speaker = np
    return result


def _compound_source(
    tokens: list[Token], i: int, rules: AttributionRules
) -> SentenceAttribution | None:
    """"nach US-Angaben": a source named inside a compound after an "according" word."""
    if i + 1 >= len(tokens) or tokens[i].lower not in rules.according.by_first:
        return None
    word = tokens[i + 1]
    for suffix in rules.source_suffixes:
        name = word.text[: -len(suffix)]
        if word.lower.endswith(suffix) and name[:1].isupper():
            speaker = Phrase(i + 1, i + 2, name, name)
            return SentenceAttribution(speaker=speaker, cue=f"{tokens[i].text} {word.text}")
    return None


def _according_cue(
    tokens: list[Token], after: int, cue: str, text: str, rules: AttributionRules
) -> SentenceAttribution | None:
    """"according to X", "volgens X", "laut X": the source follows the cue, perhaps in
    quotation marks (laut „New York Times“, wie die „New York Times“ berichtete)."""
    if (after + 1 < len(tokens) and tokens[after].lower in rules.determiners
            and tokens[after + 1].text in QUOTES):
        after += 1
    if after < len(tokens) and tokens[after].text in QUOTES:
        after += 1
    np = forward_np(tokens, after, text, rules)
    if np is None:
        return None
    result = SentenceAttribution(cue=cue)
    named: list[str] = []
    channels_after(tokens, np.end, text, rules, named)
    # "según el diario Excélsior": an outlet noun before the name makes it an outlet
    titled = any(is_outlet_role(t.text) for t in tokens[after : np.start])
    if not (titled or outlet_phrase(np)):
        result.speaker = np
    elif not (named and bare_outlet_noun(np)):  # "laut der Nachrichtenagentur dpa": dpa
        result.channels.append(channel_name(np))
    result.channels.extend(named)
    return result


def _verb_cue(
    tokens: list[Token], i: int, text: str, rules: AttributionRules
) -> SentenceAttribution | None:
    """A reporting verb: the speaker before it ("witnesses said") or, inverted, after it
    ("…, zegt Amnesty"); outlets after a report verb are channels."""
    n_say, say = phrase_at(tokens, i, rules.say)
    n_rep, rep = phrase_at(tokens, i, rules.report)
    n, cue = (n_say, say) if n_say >= n_rep else (n_rep, rep)
    if not n and _closed_later(tokens, i, rules):
        n, cue = 1, tokens[i].lower  # "Die USA machen den Iran … verantwortlich"
    if phrase_at(tokens, i, rules.not_cues)[0] or phrase_before(tokens, i + 1, rules.not_cues)[0]:
        # "Trump spoke with the Iraqi prime minister": a meeting; "A spokeswoman was unable
        # to say whether …": a refusal; no statement
        return None
    if attributive(tokens, i, rules):
        return None  # "der erste bestätigte Infektionsfall": an adjective, not a verb
    perfect = (perfect_subject(tokens, i, text, rules)
               if tokens[i].lower in rules.participles else None)
    if perfect is None and rules.verb_final_clauses:
        perfect = subordinate_subject(tokens, i, i + max(n_say, n_rep, 1), text, rules)
    if perfect is not None and not n:
        n, cue = 1, tokens[i].lower  # "haben sich … dazu bekannt": a cue in the perfect only
    if not n:
        return None
    result = SentenceAttribution(cue=cue)
    if n_rep > n_say:
        # "... melden zowel Haaretz als Reuters": an outlet after a reporting verb
        forward = forward_np(tokens, i + n, text, rules)
        if forward is not None and is_outlet(forward.name or forward.text):
            result.channels.append(channel_name(forward))
            channels_after(tokens, forward.end, text, rules, result.channels)
            return result
    np, inverted = (perfect, False) if perfect is not None else _speaker_of_verb(
        tokens, i, n, text, rules)
    if np is None or np.text.split()[0] in rules.pronouns_self:
        return None
    if not inverted and _side_clause(tokens, np.start, i + n, rules):
        return None  # "…, as President Donald Trump blamed Tehran": his act, not the report
    if np.name is None and _caseless_subject(tokens, np, rules):
        np.name = np.text  # "وأضاف عابد زادة أن …": the subject between verb and "that"
    if not plausible(np, rules) and not is_outlet(np.text):
        return None
    result.direct = _near_quote(tokens, i, i + n)
    if outlet_phrase(np):
        named: list[str] = []
        if inverted:
            channels_after(tokens, np.end, text, rules, named)
        if not (named and bare_outlet_noun(np)):  # "die Nachrichtenagentur dpa": dpa
            result.channels.append(channel_name(np))
        result.channels.extend(named)
        if cue in rules.quote_verbs:  # "zitierte die Zeitung den Genforscher X": X spoke
            quoted = forward_np(tokens, np.end if inverted else i + n, text, rules)
            cut = quoted is not None and quoted.end < len(tokens) and (
                tokens[quoted.end].text.islower() and tokens[quoted.end].text.isalpha()
                and tokens[quoted.end].lower not in rules.boundaries)  # "Iranian | state media"
            if quoted is not None and not cut and plausible(quoted, rules) \
                    and not outlet_phrase(quoted):
                result.speaker = quoted
        return result
    result.speaker = np
    channels_after(tokens, np.end if inverted else i + n, text, rules, result.channels)
    return result


def _closed_later(tokens: list[Token], i: int, rules: AttributionRules) -> bool:
    """A verb that reports only with the word that closes it later in its clause
    (`split_cues`: "machen … verantwortlich", to hold responsible)."""
    closing = rules.split_cues.get(tokens[i].lower)
    k = i + 1
    while closing and k < len(tokens) and tokens[k].text not in ",;:":
        if tokens[k].lower == closing:
            return True
        k += 1
    return False


def _side_clause(tokens: list[Token], start: int, after: int, rules: AttributionRules) -> bool:
    """A reporting verb whose subject opens a clause that a subordinator adds after a comma,
    with words of its own after the verb, tells what that clause's subject did ("…, as
    President Donald Trump blamed Tehran"), not who reports the sentence ("…, as the
    ministry said" ends at its verb)."""
    n = phrase_before(tokens, start, rules.side_clauses)[0]
    return (n > 0 and start - n > 0 and tokens[start - n - 1].text == ","
            and after < len(tokens) and tokens[after].is_word)


def _caseless_subject(tokens: list[Token], np: Phrase, rules: AttributionRules) -> bool:
    """In a script with no capitals, a short phrase between a reporting verb and its
    complementizer is its subject, and a name ("وأضاف عابد زادة أن": Abedzadeh added
    that); it cannot be told from a common noun by its letters."""
    first = np.text[:1]
    if first.isupper() or first.islower() or np.end - np.start > CASELESS_NAME_TOKENS:
        return False
    k = np.end + (1 if np.end < len(tokens) and tokens[np.end].text in ",،" else 0)
    return k < len(tokens) and tokens[k].lower in rules.complementizers and np.anaphora is None


def _speaker_of_verb(
    tokens: list[Token], i: int, n: int, text: str, rules: AttributionRules
) -> tuple[Phrase | None, bool]:
    """(speaker phrase, inverted) for the reporting verb at tokens [i, i + n)."""
    prev = skip(tokens, i - 1, -1, rules)
    if prev >= 0 and tokens[prev].text in rules.opening_quotes:
        return None, False  # 'and “emphasised the need to …”': quoted words, no speaker
    inverted = prev < 0 or not tokens[prev].is_word or tokens[prev].text in CLOSING_QUOTES
    # "El miércoles se informó que …": an impersonal verb has no one before it
    impersonal = i > 0 and tokens[i - 1].lower in rules.impersonal
    np = None if inverted or impersonal else backward_np(tokens, i - 1, text, rules)
    if np is not None and np.text.casefold() in rules.statement_pronouns:
        np = None  # "Así lo confirmó el ministro …", "This was said by …": it comes after
    if tokens[i + n - 1].lower in rules.complementizers:
        return np, inverted  # "these results show that Iran …": after "that", the content
    if np is None or not plausible(np, rules):
        after = i + n + phrase_at(tokens, i + n, rules.cue_interludes)[0]  # "ante los medios"
        forward = forward_np(tokens, after, text, rules) or agent(tokens, after, text, rules)
        if forward is not None and forward.text.split()[0] in rules.pronouns_person | (
            rules.pronouns_org
        ) and (len(forward.text.split()) > 1 or (
            forward.end < len(tokens) and tokens[forward.end].is_word)):
            # "reiterated his denunciation of …", "called on its supporters": an object
            forward = None
        if forward is not None and (
            np is None or not plausible(np, rules) or forward.name or forward.anaphora
            or is_outlet(forward.text)
        ):
            np, inverted = forward, True
    if (np is None or not plausible(np, rules)) and prev >= 0 and tokens[prev].text == ",":
        np = name_before_comma(tokens, prev, text, rules) or np
    return np, inverted

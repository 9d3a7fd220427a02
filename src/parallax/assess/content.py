"""The reported content of a claim: its sentence without the attribution around it.

"Human Rights Watch has denounced that Azerbaijan has used cluster bombs …" → "Azerbaijan
has used cluster bombs …"; "…, waarschuwde Amnesty International dinsdag." → the part
before the cue. Comparing contents rather than whole sentences keeps who-said-it and
scene-setting clauses from hiding that two articles report the same fact.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.extract.tokens import QUOTES
from parallax.lang import all_languages
from parallax.model import Claim

_TRIM = " ,;:“”\"«»„‘’'-–—"
# how far after a cue its complementizer or colon may come
_NEAR_CUE = 5
# a tail of at most these words after the last comma before a late cue is the speaker
# phrase ("…,” she said", "…, le ministre a déclaré")
_SPEAKER_WORDS = 3
# the most words a source phrase runs to the comma that closes it
_PHRASE_WORDS = 10


@lru_cache(maxsize=1)
def _complementizers() -> frozenset[str]:
    return frozenset(w.casefold() for w in all_languages().words("attribution",
                                                                  "complementizers"))


@lru_cache(maxsize=1)
def _statement_pronouns() -> frozenset[str]:
    return frozenset(w.casefold() for w in all_languages().words("attribution",
                                                                  "statement_pronouns"))


_SENTENCE_END = re.compile(r"[.!?…][\"”»’]?\s+(\w+)")


def _restated(text: str) -> str | None:
    """The first sentence of a claim whose second attributes it ("… geeinigt. Das wurde
    aus Verhandlerkreisen bestätigt."): that sentence is the content."""
    for m in _SENTENCE_END.finditer(text):
        if m.group(1).casefold() in _statement_pronouns():
            return text[: m.start() + 1]
    return None


def claim_statement(text: str, claim: Claim) -> str:
    """The claim's text as it states its fact: a fact and the sentence that attributes it
    ("… geeinigt. Das wurde der Deutschen Presse-Agentur aus Verhandlerkreisen
    bestätigt.") state the first sentence; any other claim its whole text. The second
    sentence only says who confirmed it, and it made two copies of one dpa report less
    alike than the fact they share (dev: grade accuracy 0.774 → 0.785)."""
    if not claim.attribution.cue:
        return text
    restated = _restated(text)
    return restated if restated is not None and len(restated.split()) >= 3 else text


def claim_content(text: str, claim: Claim) -> str:
    """What the claim reports, without who says it: the part after the cue and its
    complementizer ("has denounced that …", "said in a tweet that …", "tuiteó el martes:
    …"); the part before it when the cue follows ("…, zegt Amnesty.", "„…“, zitierte die
    Zeitung …"); the sentence without its source phrase when the cue is one ("…, according
    to X", "Wie Augenzeugen berichteten, …", "… hat es nach US-Angaben nicht gegeben",
    "… ist Studien zufolge …"). The text itself when the cue is not in it or too little
    is left."""
    cue = claim.attribution.cue
    if not cue:
        return text
    restated = claim_statement(text, claim)
    if restated != text:
        return restated
    found = re.search(re.escape(cue), text, re.IGNORECASE)  # (casefold() lengthens "ß")
    if found is None:
        return text
    at = found.start()
    raw_before, raw_after = text[:at], text[found.end() :]
    kind = _cue_kind(cue)
    if kind == "after_source":  # "… Studien zufolge …": the source comes first
        content = _join(_without_tail(raw_before, claim.attribution.speaker), raw_after)
    elif kind == "source":
        content = _without_source_phrase(raw_before, raw_after, claim.attribution.speaker)
    elif _closes_quotation(raw_before):
        content = raw_before
    else:
        content = _verb_content(raw_before, raw_after, at > len(text) // 2,
                                claim.attribution.speaker)
    content = content.strip(_TRIM)
    return content if len(content.split()) >= 3 else text


def _verb_content(raw_before: str, raw_after: str, late: bool, speaker: str | None) -> str:
    """The content around a reporting verb: what follows its complementizer or colon
    (within a few words), else the longer side: what precedes a late cue, less a speaker
    phrase after its last comma ("…, Amnesty's director Marie Struthers said")."""
    before, after = raw_before.strip(_TRIM), raw_after.strip(_TRIM)
    words = after.split()
    for k, word in enumerate(words[:_NEAR_CUE]):
        if word.casefold().strip(_TRIM) in _complementizers():
            return " ".join(words[k + 1 :])  # "has denounced that …", "sagte, dass …"
        if word.endswith(":"):
            return " ".join(words[k + 1 :])  # "tuiteó el martes por la tarde: “…”"
    if not late:
        return after
    cut = max(before.rfind(c) for c in ",”»\"")
    tail = before[cut + 1 :]
    if cut > len(before) // 2 and (len(tail.split()) <= _SPEAKER_WORDS or _names(tail, speaker)):
        return before[:cut]
    return before


def _without_source_phrase(raw_before: str, raw_after: str, speaker: str | None) -> str:
    """The sentence without the source phrase that opens at its cue ("according to X",
    "según X", "wie X berichteten"). The phrase runs to the next comma: after it when the
    phrase opens the sentence; when it closes a clause ("…, according to X, who …") the
    clause is the content. A phrase with no comma after it inside a sentence ends at the
    speaker's name, if that follows within a few words, else at the cue ("hat es nach
    US-Angaben nicht gegeben")."""
    before = raw_before.strip(_TRIM)
    comma = raw_after.find(",")
    if comma >= 0 and len(raw_after[:comma].split()) <= _PHRASE_WORDS \
            and len(before.split()) < 3:
        return raw_after[comma + 1 :]
    if raw_before.rstrip().endswith(",") and len(before.split()) >= 3:
        return before  # "…, according to televised footage."
    words = raw_after.split()
    end = 0
    for k, word in enumerate(words[:_PHRASE_WORDS]):
        if _names(word, speaker):
            end = k + 1
    return _join(raw_before, " ".join(words[end:]))


def _without_tail(raw_before: str, speaker: str | None) -> str:
    """The text before a postposed cue without the source just before it ("Studien" of
    "… Studien zufolge")."""
    words = raw_before.split()
    for k in range(len(words) - 1, max(len(words) - _SPEAKER_WORDS, 0) - 1, -1):
        if _names(words[k], speaker):
            return " ".join(words[:k])
    return raw_before


def _names(text: str, speaker: str | None) -> bool:
    """Whether ``text`` holds the last word of the speaker's name."""
    if not speaker or not speaker.split():
        return False
    last = speaker.split()[-1].casefold().strip(_TRIM)
    return any(w.casefold().strip(_TRIM + ".") == last for w in text.split())


def _join(head: str, tail: str) -> str:
    return f"{head.rstrip()} {tail.lstrip()}".strip()


@lru_cache(maxsize=1)
def _source_cues() -> tuple[frozenset[str], frozenset[str]]:
    """(cues that open a source phrase: "according to", "según", "wie"; cues that close
    one: "zufolge", "göre"), from every language's ``[attribution]``."""
    languages = all_languages()
    opening = {w.casefold() for section in ("according", "as_reported")
               for w in languages.words("attribution", section)}
    return frozenset(opening), frozenset(w.casefold() for w in languages.words(
        "attribution", "according_post"))


def _cue_kind(cue: str) -> str:
    """"source" for a cue that opens a source phrase, "after_source" for one that closes
    it, "verb" for a reporting verb."""
    opening, closing = _source_cues()
    folded = cue.casefold()
    if folded in closing:
        return "after_source"
    if folded in opening or any(folded.startswith(w + " ") for w in opening):
        return "source"
    first = folded.split()[0]
    if len(folded.split()) > 1 and any(w.split()[0] == first for w in opening):
        return "source"  # "nach US-Angaben", as "nach Angaben von"
    return "verb"


_CLOSING_QUOTES = "“”\"»«’"


def _closes_quotation(before: str) -> bool:
    """Whether the text before a cue is a quotation that closes right at it ("„Die
    Mehrheit ist klar europäisch“, zitierte die Zeitung …", "Fuera de la embajada, “miles
    de manifestantes …”, informa"): what was said comes first."""
    head = before.rstrip(" ,")
    return (len(head) > 1 and head[-1] in _CLOSING_QUOTES
            and any(q in head[:-1] for q in QUOTES))


def compared_texts(texts: list[str], claims: list[Claim]) -> tuple[list[str], list[str]]:
    """What alignment embeds for each claim (``texts``: the claims' text): its statement
    and its reported content, each without its asides, the content without its quotation
    marks too. The runner embeds the same ahead of alignment."""
    statements = [without_asides(claim_statement(t, c))
                  for t, c in zip(texts, claims, strict=True)]
    contents = [without_quote_marks(without_asides(claim_content(t, c)))
                for t, c in zip(texts, claims, strict=True)]
    return statements, contents


_QUOTE_MARKS = re.compile(r"[«»„“”\"]")


def without_quote_marks(text: str) -> str:
    """The reported content without its double quotation marks (single ones double as
    apostrophes: "Baghdad’s"). Contents are compared across languages only, and each
    language sets a quotation its own way (German „…“ or «…», English “…”, French « … »):
    the encoder read the marks as part of what was said. Dev grouping F1 0.711 → 0.723
    (precision 0.871 → 0.877, recall 0.600 → 0.616), held-out 0.636 → 0.654, grades
    unchanged. Taking them out of the whole sentences too (compared within a language as
    well) gave 0.725 but cost a grade."""
    return _QUOTE_MARKS.sub("", text)


_ASIDE = re.compile(r"\s*\([^()]{0,80}\)")


def without_asides(text: str) -> str:
    """The text without its parentheses: "mehr Frauen (9) als Männer (8)", "die ÖVP (37,5
    Prozent)", "(dpa)" add figures and labels that another language's telling leaves out,
    and they pulled the encoder's vector away from it ("… mehr Frauen (9) als Männer (8)
    im österreichischen Kabinett …" and Heraldo's "más ministras que ministros": cosine
    0.14, 0.19 without them). Dev grouping F1 0.672 → 0.676; seed grade accuracy 0.6 →
    0.8. The figures stay in the claim's quantities."""
    spans = aside_spans(text)
    out = "".join(text[a:b] for a, b in zip([0, *(e for _, e in spans)],
                                            [*(s for s, _ in spans), len(text)], strict=True))
    return out if len(out.split()) >= 3 else text


def aside_spans(text: str) -> list[tuple[int, int]]:
    """Where ``without_asides`` cuts ``text``: its parentheses, as (start, end) offsets;
    not those inside a quotation, where the writer makes the quoted words say what they
    mean („Die Mehrheit (der Fälle) ist klar europäisch“, «Seien Sie (Trump) doch mal
    logisch»)."""
    return [m.span() for m in _ASIDE.finditer(text)
            if sum(text[: m.start()].count(q) for q in _PAIRED_QUOTES) % 2 == 0]


# quotation marks that open and close a quotation in pairs (not ’, an apostrophe too)
_PAIRED_QUOTES = "„“”«»\""

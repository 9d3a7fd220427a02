"""The extraction component: quantities, entities, sources and dates → claims.

A claim is a sentence that asserts something checkable: it carries a quantity, names a
source (speaker or channel), or has a named actor. Sources are resolved across the
article (``resolve.py``) and a wire agency credited for the whole text closes every
claim's via chain.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from itertools import islice

from parallax.extract.attribution_rules import attribution_rules
from parallax.extract.attributions import SentenceAttribution, attribute_sentence
from parallax.extract.background import background_start
from parallax.extract.casualties import find_casualties
from parallax.extract.credits import article_credits
from parallax.extract.datelines import after_dateline, opening_sentences
from parallax.extract.entities import find_mentions
from parallax.extract.fates import with_fates
from parallax.extract.names import fold
from parallax.extract.pairs import joined_pairs
from parallax.extract.quantities import find_quantities
from parallax.extract.quotations import continues_quotation, open_quotes
from parallax.extract.resolve import resolve_sources
from parallax.extract.temporal import find_dates
from parallax.extract.tokens import QUOTES, Token, tokenize
from parallax.extract.tolls import with_tolls
from parallax.lang import all_languages, language
from parallax.model import Article, Attribution, Claim, Mention, Quantity, SourceItem
from parallax.pipeline import Doc

MIN_CLAIM_WORDS = 4
MIN_ACTOR_CLAIM_WORDS = 4


@lru_cache(maxsize=64)
def reported_speech_words(code: str | None) -> frozenset[str]:
    return frozenset(w.casefold() for w in language(code or "en").words(
        "attribution", "reported_speech"))


def _title_case(sentence: str, tokens: list[Token]) -> bool:
    """A Headline In Title Case, whose capitals say nothing about names. A sentence that
    closes with a full stop is no headline, however many capitals it has: German
    capitalises its nouns ("Außenminister bleibt Karrierediplomat Alexander
    Schallenberg.")."""
    words = [t for t in tokens if t.is_word and t.text[0].isalpha()]
    if sentence.rstrip().endswith((".", "!")):
        return False
    return len(words) >= 5 and sum(t.is_capitalised for t in words) >= 0.7 * len(words)


def extract_claims(doc: Doc) -> Doc:
    text, code = doc.text, doc.language
    found: list[SentenceAttribution] = []
    per_sentence: list[tuple[list[Quantity], list[Mention], int, str | None]] = []
    rules = attribution_rules(code)
    restates: list[bool] = []  # the sentence attributes the one before it
    elaborates: list[bool] = []  # the sentence points back at the one before ("Dabei …")
    quoting: list[bool] = []  # the sentence begins inside a quotation the one before opened
    still_open: tuple[str, ...] = ()
    adds: list[bool] = []  # the sentence opens by adding to the one before ("También …")
    subjectless: list[bool] = []  # a reporting verb whose subject was dropped ("afirmó que")
    posted: list[str | None] = []  # the platform a post named in the sentence is on
    own_clause: list[int | None] = []  # where the outlet's clause after the speaker begins
    platforms = _platform_words()
    for position, sentence in enumerate(doc.sentences):
        s, e = sentence.start, sentence.end
        tokens = tokenize(text[s:e], s)
        quantities = with_tolls(text, s, e, code, find_quantities(text, s, e, code))
        quantities = with_fates(text, s, e, code, quantities)
        quantities = sorted(quantities + find_casualties(text, s, e, code, quantities),
                            key=lambda q: q.start)
        mentions = [] if _title_case(text[s:e], tokens) else find_mentions(text, s, e, code)
        dates = find_dates(text, s, e, code, doc.published)
        found.append(attribute_sentence(text, tokens, code))
        own_clause.append(background_start(tokens, found[-1].speaker, rules))
        words = sum(1 for t in tokens if t.is_word)
        per_sentence.append((quantities, mentions, words, dates[0].value if dates else None))
        first_words = [t.lower for t in islice((t for t in tokens if t.is_word), 3)]
        restates.append(rules.restates_previous(first_words))
        elaborates.append(rules.elaborates_previous(first_words))
        if not _same_paragraph(doc, position - 1, position) \
                or text[s:e].lstrip()[:1] in QUOTES:
            still_open = ()  # a new paragraph, or a quotation of its own
        # a quotation of two sentences ("«Seien Sie … Fakt ist, … hassen“, sagte …")
        quoting.append(continues_quotation(text[s:e], still_open)
                       and not (position and quoting[-1]))
        still_open = open_quotes(text[s:e], still_open)
        adds.append(bool(first_words) and first_words[0] in rules.continuers)
        subjectless.append(rules.reports_without_subject(tokens))
        posted.append(next((platforms[t.lower] for t in tokens if t.lower in platforms), None))
        doc.quantities.extend(quantities)
        doc.mentions.extend(mentions)
    names_per_sentence = [
        [(m.name, m.kind) for m in mentions if m.kind in ("person", "organisation", "place")]
        for _, mentions, _, _ in per_sentence
    ]
    pairs = [joined_pairs(text, mentions, rules) for _, mentions, _, _ in per_sentence]
    sources = resolve_sources(found, names_per_sentence, code, pairs)
    reported = reported_speech_words(code)
    own = fold(doc.outlet or "").replace(" ", "")
    wires = [w for w in article_credits(text, [r.text for r in doc.removed], code)
             if not own or fold(w).replace(" ", "") not in own]  # the article's own outlet
    channel_verbs = rules.channel_verbs
    previous_speaker: tuple[int, Attribution] | None = None
    dated = opening_sentences(text, doc.sentences)  # a dateline can open one of these
    for index, sentence in enumerate(doc.sentences):
        quantities, mentions, words, when = per_sentence[index]
        source = sources[index]
        if words < MIN_CLAIM_WORDS or text[sentence.start : sentence.end].rstrip().endswith("?"):
            continue
        if index == 0 and doc.title and text[sentence.start : sentence.end] == doc.title:
            continue  # the headline restates the article; its claims are in the body
        attribution = Attribution(
            speaker=source.speaker, cue=source.cue, role=source.role, direct=source.direct,
            via=tuple(source.via),
        )
        opening = text[sentence.start : sentence.start + 1]
        continues = opening in QUOTES or any(
            t.lower in reported
            for t in tokenize(text[sentence.start : sentence.end], sentence.start)
        )  # (with its offset, the sentence's tokens come from the tokenizer's cache)
        if (
            attribution.speaker is None and not attribution.via
            and (continues or subjectless[index])
            and previous_speaker is not None and index - previous_speaker[0] <= 2
        ):
            # a quotation, reported speech (Konjunktiv) or a reporting verb with a dropped
            # subject ("afirmó que …") continuing the last speaker
            attribution = previous_speaker[1]
        elif (attribution.speaker is None and not attribution.via and adds[index]
              and index > 0 and (sources[index - 1].speaker or sources[index - 1].via)):
            # "Según el diario Excélsior, … También hubo que …": the sentence adds to the
            # one before and has its source
            before = sources[index - 1]
            attribution = Attribution(before.speaker, before.cue, before.role, before.direct,
                                      tuple(before.via))
        first = index  # the claim's first sentence
        # "… geeinigt. Das wurde aus Verhandlerkreisen bestätigt." (the second's source), "…
        # Kataib Hisbollah. Dabei starben 25 Menschen …" or a quotation running on
        # ("«Seien Sie … Fakt ist, … hassen“, sagte …"; the first's source unless the
        # second names one): one claim, both sentences, in place of the first's
        restated = bool(attribution.speaker) and restates[index] \
            and sources[index - 1].speaker is None
        pointing = (elaborates[index] or quoting[index]) and not (
            index == 1 and doc.title
            and text[doc.sentences[0].start : doc.sentences[0].end] == doc.title)
        if index > 0 and (restated or pointing) and _same_paragraph(doc, index - 1, index):
            told = _pop_claims_of(doc, index - 1)
            if not restated and told and attribution.speaker is None and not attribution.via:
                attribution = told[0].attribution
            first = index - 1
            quantities = per_sentence[index - 1][0] + quantities
            mentions = per_sentence[index - 1][1] + mentions
        start = doc.sentences[first].start
        if first < dated:  # "Wien | Die ÖVP …"
            start = after_dateline(text, start, doc.sentences[first].end, code)
        named = [m for m in mentions if m.kind in ("person", "organisation", "place")]
        if not (
            quantities or attribution.speaker or attribution.via
            or (named and words >= MIN_ACTOR_CLAIM_WORDS)
        ):
            continue
        via = list(attribution.via)
        implied = channel_verbs.get((attribution.cue or "").casefold())
        if not implied and attribution.speaker:
            implied = posted[index]  # "Trump said in a tweet that …"
        if implied and implied not in via:
            via.insert(0, implied)  # "tuiteó el presidente": through Twitter
        via += [w for w in wires if w not in via]
        attribution = Attribution(attribution.speaker, attribution.cue, attribution.role,
                                  attribution.direct, tuple(via))
        if attribution.speaker:
            previous_speaker = (index, attribution)
        cut = own_clause[index] if source.speaker and first == index else None
        end = sentence.end if cut is None else len(text[:cut].rstrip(" ,"))
        doc.claims.append(_claim(start, end, index, attribution, quantities, named, when))
        if cut is not None:  # the outlet's own clause after the speaker: no source
            doc.claims.append(_claim(cut, sentence.end, index,
                                     Attribution(None, None, None, False, tuple(wires)),
                                     quantities, named, when))
    return doc


def _claim(start: int, end: int, sentence: int, attribution: Attribution,
           quantities: list[Quantity], named: list[Mention], when: str | None) -> Claim:
    """The claim over text[start:end] of a sentence, with its figures and names there."""
    return Claim(
        start=start, end=end, sentence=sentence, attribution=attribution,
        quantities=tuple(q for q in quantities if start <= q.start < end),
        entities=tuple(dict.fromkeys(m.name for m in named if start <= m.start < end)),
        date=when,
    )


@lru_cache(maxsize=1)
def _platform_words() -> dict[str, str]:
    """"tweet" → Twitter: nouns for a post, from ``[outlets] platform_words``."""
    entries = all_languages().words("outlets", "platform_words")
    return {word.casefold(): platform for word, _, platform in
            (entry.partition("=") for entry in entries)}


def _pop_claims_of(doc: Doc, sentence: int) -> list[Claim]:
    """Take the claims of one sentence, the last ones made, off ``doc.claims``."""
    told: list[Claim] = []
    while doc.claims and doc.claims[-1].sentence == sentence:
        told.insert(0, doc.claims.pop())
    return told


def _same_paragraph(doc: Doc, first: int, second: int) -> bool:
    """Two sentences with no line break between them (``first`` may be -1: none)."""
    if first < 0:
        return False
    return "\n" not in doc.text[doc.sentences[first].end : doc.sentences[second].start]


def reextract(article: Article) -> Article:
    """Run the extraction and framing stages again on a stored article (after a model or
    rule changed): text, sentences and metadata are kept; claims, mentions and framing
    spans replaced."""
    from parallax.framing.component import tag_framing

    doc = Doc(item=SourceItem(article.source, article.text, "text"))
    doc.text, doc.title, doc.language = article.text, article.title, article.language
    doc.published, doc.outlet = article.published, article.outlet
    doc.sentences, doc.removed = list(article.sentences), list(article.removed)
    extract_claims(doc)
    tag_framing(doc)
    return replace(article, claims=doc.claims, mentions=doc.mentions, quantities=doc.quantities,
                   framing=doc.framing)

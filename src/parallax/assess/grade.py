"""Grading a claim group the way ``shared/corpus/GOLD.md`` counts sources.

A claim's source is its speaker when named; otherwise the wire agency it came through,
or the copy group of its text (a wire text run by several outlets is one source), or the
outlet that states it on its own. Then, in order: quantities that cannot all hold (or
one count said killed in one claim and wounded in another: ``intervals.fates_clash``) →
conflicting; two or more distinct sources → corroborated; one named source →
single-source; one outlet (or one wire text) with no named source → unattributed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from parallax.assess.intervals import comparable, compatible, counterpart, fates_clash
from parallax.extract.entities import classify_name
from parallax.extract.names import fold, inflected_alike, sound
from parallax.extract.organisations import organisation_key
from parallax.extract.outlets import outlet_key
from parallax.lang import all_languages
from parallax.link.wire import same_words, words
from parallax.model import Article, Claim, ClaimRef, Grade, outlet_label


@dataclass(frozen=True)
class Source:
    key: str
    label: str
    named: bool  # a named speaker, as opposed to an outlet or wire text


@lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    """An unresolved pronoun ("He said") is no source: every language's pronouns."""
    data = all_languages()
    return frozenset(w.casefold() for key in ("pronouns_person", "pronouns_org")
                     for w in data.words("attribution", key))


@lru_cache(maxsize=1)
def _wires() -> dict[str, str]:
    return {w.casefold(): w for w in all_languages().words("boilerplate", "wires")}


def _wire_key(via: tuple[str, ...]) -> str | None:
    """The source key of the first wire agency in a via chain ("wire:dpa"; a wire by its
    full name too: "Deutsche Presse-Agentur")."""
    wire = next((key for v in via if (key := outlet_key(v)) in _wires()), None)
    return f"wire:{wire}" if wire else None


@lru_cache(maxsize=1)
def _source_nouns() -> frozenset[str]:
    return frozenset(w.casefold() for w in all_languages().words("attribution", "source_nouns"))


def generic(source: Source) -> bool:
    """A source named by a common noun alone ("autoridades locales", "örtliche Behörden",
    "officials"): no name of its own, so it may well be the named body beside it."""
    nouns = _source_nouns()
    parts = source.label.split()
    return source.named and any(w.casefold() in nouns for w in parts) and all(
        w.casefold() in nouns or not w[:1].isupper() for w in parts)


@lru_cache(maxsize=1)
def _platforms() -> frozenset[str]:
    return frozenset(w.casefold() for w in all_languages().words("outlets", "platforms"))


def speaker_key(name: str) -> str:
    """People by surname ("Donald J. Trump", "Trump" → "trump"), an international body
    by its key in any language ("OMS", "WHO" → "WHO": ``organisations.py``), others by
    folded name."""
    body = organisation_key(name)
    if body is not None:
        return body
    kind, _ = classify_name(name)
    parts = fold(name).split()  # not ``words``: that is the copy check's tokenizer
    if kind == "person" and parts:
        return parts[-1]
    return " ".join(parts)


def text_credits(article: Article) -> frozenset[str]:
    """Outlets credited for the whole text ("(dpa)", "Bloomberg --"): the extractor closes
    every claim's via chain with them, so they are the entries all claims end with."""
    chains = [c.attribution.via for c in article.claims]
    if len(chains) < 2 or not all(chains):
        return frozenset()
    common = {v.casefold() for v in chains[0]}
    for chain in chains[1:]:
        common &= {v.casefold() for v in chain}
    return frozenset(common)


def claim_source(claim: Claim, article: Article, copy_group: str,
                 credits: frozenset[str] = frozenset()) -> Source:
    a = claim.attribution
    if a.speaker and a.speaker.casefold() not in _pronouns():
        return Source(f"speaker:{speaker_key(a.speaker)}", a.speaker, True)
    # an outlet the sentence cites ("según Excélsior", "as the New York Times reports") is
    # the fact's named source; not a platform ("on Twitter"), a wire or an outlet credited
    # for the whole text (they only carry it), nor after a pronoun ("He said, IRNA
    # reports": the speaker is unresolved and the outlet relays)
    cited = next((v for v in a.via if v.casefold() not in _platforms()
                  and outlet_key(v) not in _wires() and v.casefold() not in credits), None)
    if cited and not a.speaker:
        return Source(f"outlet:{fold(cited)}", cited, True)
    wire = _wire_key(a.via)
    if wire:
        return Source(wire, _wires()[wire.removeprefix("wire:")], False)
    relay = next((v for v in a.via if v.casefold() not in _platforms()), None)
    if relay:
        return Source(f"outlet:{fold(relay)}", relay, False)
    if copy_group != article.id:
        return Source(f"copy:{copy_group}", f"{outlet_label(article)} (copied text)", False)
    own = outlet_label(article)
    return Source(f"outlet:{fold(own)}", own, False)


CORROBORATING_LINK = 0.6
NAME_VARIANT_RATIO = 0.8

def same_name(a: Source, b: Source) -> bool:
    """Two named sources that are one person spelled two ways: one-word keys (surnames)
    that sound alike ("chamenei" and "jamenai"); or one body: two offices of it, or its
    name inflected ("des Auswärtigen Amts", "das Auswärtige Amt")."""
    if not (a.named and b.named) or a.key == b.key:
        return False
    x, y = a.key.removeprefix("speaker:"), b.key.removeprefix("speaker:")
    if x == a.key or y == b.key:
        return False
    if " " in x and " " in y:
        return _same_body(x.split(), y.split()) or inflected_alike(x, y)
    if " " in x or " " in y or min(len(x), len(y)) < 5:
        return False
    return SequenceMatcher(None, sound(x), sound(y)).ratio() >= NAME_VARIANT_RATIO


SAME_BODY_WORDS = 2


def _same_body(x: list[str], y: list[str]) -> bool:
    """Two offices of one body: organisation names that end with the same words
    ("Secretaría de Seguridad Pública", "Vocería de Seguridad Pública")."""
    tail = 0
    while tail < min(len(x), len(y)) and x[-1 - tail] == y[-1 - tail]:
        tail += 1
    return tail < max(len(x), len(y)) and sum(
        len(w) > 3 for w in x[len(x) - tail :]) >= SAME_BODY_WORDS


def grade_group(
    members: list[ClaimRef], articles: dict[str, Article], copy_groups: dict[str, str],
    link: Callable[[ClaimRef, ClaimRef], float] | None = None,
) -> tuple[Grade, tuple[str, ...], tuple[str, ...]]:
    """(grade, reasons, source labels) for one group of claims.

    ``link`` gives how likely two claims state the same fact; with it, two sources
    corroborate only when some claim of one is strongly linked to some claim of the
    other, so a loosely grouped claim does not make its source a second witness."""
    claims = [(ref, articles[ref.article_id].claims[ref.index]) for ref in members]
    sources: dict[str, Source] = {}
    source_of: dict[ClaimRef, str] = {}
    credits: dict[str, frozenset[str]] = {}
    texts: list[tuple[frozenset[str], str]] = []  # each claim's words and source
    for ref, claim in claims:
        article = articles[ref.article_id]
        text = frozenset(words(article.text[claim.start : claim.end]))
        if article.id not in credits:
            credits[article.id] = text_credits(article)
        source = claim_source(claim, article, copy_groups.get(article.id, article.id),
                              credits[article.id])
        # a passage copied into another article is the same source, not a second one
        for other_text, other_key in texts:
            if not source.named and same_words(text, other_text):
                source = sources[other_key]
                break
        source = next((s for s in sources.values() if same_name(s, source)), source)
        sources.setdefault(source.key, source)
        source_of[ref] = source.key
        texts.append((text, source.key))
    _quoting_relays(claims, articles, sources, source_of)
    conflict = _conflict(claims, articles)
    labels = tuple(s.label for s in sources.values())
    if conflict:
        return "conflicting", (conflict,), labels
    named = [s for s in sources.values() if s.named]
    # when most claims name their source (a speaker, or an outlet the sentence cites), the
    # outlets that state the fact without one are most likely relaying it: only named
    # sources then count as independent
    attributed = sum(1 for ref in source_of if sources[source_of[ref]].named)
    independent = named if named and 2 * attributed >= len(claims) else list(sources.values())
    # a wire that carries a named source's words relays that source in its other copies too
    relaying = {_wire_key(c.attribution.via) for _, c in claims if c.attribution.speaker}
    independent = [s for s in independent if s.named or s.key not in relaying]
    # "local authorities" beside the named ministry are no second witness
    if any(s.named and not generic(s) and classify_name(s.label)[0] == "organisation"
           for s in independent):
        independent = [s for s in independent if not generic(s)]
    loose: tuple[str, ...] = ()
    if len(independent) >= 2 and link is not None:
        candidates = independent
        independent = _linked_sources(independent, source_of, link)
        if len(independent) < 2:
            # say why the sources in the group do not count twice
            names = ", ".join(s.label for s in candidates)
            loose = (f"not corroborated: {names} tell it too differently to be sure "
                     "it is the same fact",)
    if len(independent) >= 2:
        names = ", ".join(s.label for s in independent)
        return "corroborated", (f"{len(independent)} independent sources: {names}",), labels
    if named:
        outlets = {outlet_label(articles[r.article_id]) for r, _ in claims}
        main = next((s for s in independent if s.named), named[0])
        return "single-source", (
            f"one named source ({main.label}), relayed by {len(outlets)} outlet(s)", *loose,
        ), labels
    only = "" if loose else f"; only {labels[0]} states it"
    return "unattributed", (f"no source named{only}", *loose), labels


QUOTED_RUN = 4  # words in a row that a quotation shares with a named speaker's claim
_QUOTATION = re.compile(r"[\"“„«‹]([^\"“”„«»‹›]{12,})[\"”“»›]")


def _runs(text: str) -> set[tuple[str, ...]]:
    found = words(text)
    return {tuple(found[i : i + QUOTED_RUN]) for i in range(len(found) - QUOTED_RUN + 1)}


def _quoting_relays(claims: list[tuple[ClaimRef, Claim]], articles: dict[str, Article],
                    sources: dict[str, Source], source_of: dict[ClaimRef, str]) -> None:
    """An outlet that states a fact without a source, quoting words that a named speaker's
    claim in the group also has ("Trump … “emphasised the need to protect U.S. personnel”"
    beside "The White House said … the president “emphasized the need to protect …”"),
    relays that speaker: its claims are moved to the speaker's source."""
    def text(ref: ClaimRef, claim: Claim) -> str:
        return articles[ref.article_id].text[claim.start : claim.end]

    quoting = {}  # the unnamed claims' quoted runs, the cheap side: most quote nothing
    for ref, claim in claims:
        if not sources[source_of[ref]].named:
            quoted = set().union(*(_runs(m.group(1))
                                   for m in _QUOTATION.finditer(text(ref, claim))))
            if quoted:
                quoting[ref] = quoted
    if not quoting:
        return
    named = [(source_of[ref], _runs(text(ref, claim))) for ref, claim in claims
             if sources[source_of[ref]].named]
    for ref, quoted in quoting.items():
        speaker = next((key for key, runs in named if quoted & runs), None)
        if speaker is not None:
            source_of[ref] = speaker
    used = set(source_of.values())
    for key in [k for k in sources if k not in used]:
        del sources[key]


def _linked_sources(
    candidates: list[Source], source_of: dict[ClaimRef, str],
    link: Callable[[ClaimRef, ClaimRef], float],
) -> list[Source]:
    """The candidate sources with a claim strongly linked to another source's claim."""
    keys = {s.key for s in candidates}
    refs = [r for r, k in source_of.items() if k in keys]
    linked: set[str] = set()
    for i, a in enumerate(refs):
        for b in refs[i + 1 :]:
            if source_of[a] != source_of[b] and link(a, b) >= CORROBORATING_LINK:
                linked.update((source_of[a], source_of[b]))
                if linked == keys:
                    return candidates  # every source has its strong link
    return [s for s in candidates if s.key in linked]


def _conflict(claims: list[tuple[ClaimRef, Claim]], articles: dict[str, Article]) -> str | None:
    """The first two claims whose numbers cannot both hold, as a reason. Claims with the
    same figures behave alike, so only the first of each is compared (the first conflict
    found is the same): a big group of copies costs little."""
    firsts: dict[tuple[tuple[object, ...], ...], tuple[ClaimRef, Claim]] = {}
    for ref, claim in claims:
        figures = tuple((q.value, q.value_max, q.bound, q.approx, q.nearly, q.unit, q.of)
                        for q in claim.quantities)
        if figures:
            firsts.setdefault(figures, (ref, claim))
    counted = list(firsts.values())
    for i, (ref_a, a) in enumerate(counted):
        for ref_b, b in counted[i + 1 :]:
            for qa in a.quantities:
                for qb in b.quantities:
                    # two counts that disagree conflict unless one of them matches a
                    # figure of the other claim (then they count different things)
                    numbers = (comparable(qa, qb) and not compatible(qa, qb)
                               and not counterpart(qa, b.quantities)
                               and not counterpart(qb, a.quantities))
                    if numbers or fates_clash(qa, qb, a.quantities, b.quantities):
                        ta = articles[ref_a.article_id].text[qa.start : qa.end]
                        tb = articles[ref_b.article_id].text[qb.start : qb.end]
                        oa = outlet_label(articles[ref_a.article_id])
                        ob = outlet_label(articles[ref_b.article_id])
                        if numbers:
                            return f"numbers disagree: “{ta}” ({oa}) vs “{tb}” ({ob})"
                        return (f"fates disagree: “{ta}” {_FATE[qa.unit or '']} ({oa}) vs "
                                f"“{tb}” {_FATE[qb.unit or '']} ({ob})")
    return None


_FATE = {"deaths": "killed", "injured": "wounded"}

"""The attribution knowledge of one language, read from ``[attribution]`` in its lang file."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from parallax.extract.entities import name_particles
from parallax.extract.tokens import Phrases, Token, phrase_at, phrase_keys
from parallax.lang import language


@dataclass(frozen=True)
class AttributionRules:
    code: str | None
    say: Phrases
    report: Phrases
    according: Phrases
    according_post: Phrases
    source_suffixes: tuple[str, ...]
    channel_prep: Phrases
    cue_interludes: Phrases
    as_reported: frozenset[str]
    auxiliaries: frozenset[str]
    boundaries: frozenset[str]
    determiners: frozenset[str]
    indefinites: frozenset[str]
    relatives: frozenset[str]
    inclusions: frozenset[str]  # ", including Kataib Hezbollah,": an apposition's opener
    pronouns_person: frozenset[str]
    pronouns_org: frozenset[str]
    pronouns_self: frozenset[str]
    statement_pronouns: frozenset[str]
    indefinite_pronouns: frozenset[str]  # "Another added", "Many reported": no one named
    same_source: frozenset[str]  # "la même source indique": the source just cited
    infinitive_markers: frozenset[str]  # "was quick to say": the subject is before "was"
    anaphora_org: frozenset[str]
    anaphora_person: frozenset[str]
    roles: frozenset[str]
    source_nouns: frozenset[str]
    owner_markers: frozenset[str]
    agent: frozenset[str]
    locatives: frozenset[str]  # "officials in Baghdad": the place where a source sits
    continuers: frozenset[str]  # "También …": a sentence adding to the one before
    elaborators: frozenset[str]  # "Dabei starben 25 Menschen": one claim with the one before
    complementizers: frozenset[str]  # "said that …"
    impersonal: frozenset[str]  # "se informó que": a verb with no one behind it
    pro_drop: bool  # Spanish: "afirmó que …" has its subject in the sentences before
    opening_quotes: frozenset[str]  # marks that only open a quotation in this language
    not_cues: Phrases  # a reporting verb in a phrase that reports no statement
    weekdays: frozenset[str]
    particles: frozenset[str]
    lowercase_name_tail: bool
    capitalised_nouns: bool  # German: a capitalised word may be any noun
    channel_verbs: dict[str, str]
    chain_articles: frozenset[str]
    side_clauses: Phrases  # "…, as Trump blamed Tehran": a clause adding what someone did
    own_clauses: Phrases  # "”, tuiteó el presidente poco después de que …": the outlet's
    channel_openers: Phrases  # "Speaking to The New York Times, X said": a channel first
    dual_markers: frozenset[str]  # "die beiden Parteien", "both sides": the pair named last
    conjunction: str  # "und": to name a pair ("ÖVP und Grüne")
    verb_final_clauses: bool  # German, Dutch: "…, nachdem X … bestätigten": X is the subject
    subordinators: frozenset[str]  # the words opening such a clause
    split_cues: dict[str, str]  # "macht … verantwortlich": a verb and the word closing it
    perfect_auxiliaries: frozenset[str] = frozenset()  # "hat … angekündigt"
    participles: frozenset[str] = frozenset()  # cues of the perfect tense, "bekannt" only there
    perfect_reflexives: frozenset[str] = frozenset()  # "haben sich X … bekannt"
    perfect_objects: frozenset[str] = frozenset()  # "hatte den Iran … aufgefordert": no subject
    quote_verbs: frozenset[str] = frozenset()  # "zitierte die Zeitung den Forscher X": X spoke

    @cached_property
    def cue_starts(self) -> frozenset[str]:
        """First words of every cue: a token outside this set starts no attribution."""
        return frozenset(w for phrases in (self.say, self.report, self.according,
                                           self.according_post) for w in phrases.by_first
                         ) | self.participles | frozenset(self.split_cues)

    @cached_property
    def _source_noun_endings(self) -> tuple[str, ...]:
        return tuple(n for n in self.source_nouns if len(n) >= 5)

    @cached_property
    def _role_endings(self) -> tuple[str, ...]:
        return tuple(r for r in self.roles if len(r) >= 5 and " " not in r)

    def is_source_noun(self, word: str) -> bool:
        lower = word.casefold()
        return lower in self.source_nouns or lower.endswith(self._source_noun_endings)

    def restates_previous(self, words: list[str]) -> bool:
        """A sentence (its first words, casefolded) that attributes the one before it:
        a statement pronoun, then a verb ("Das wurde … bestätigt", "This was confirmed by
        …", "Así lo confirmó …")."""
        return (len(words) >= 2 and words[0] in self.statement_pronouns
                and (words[1] in self.auxiliaries or words[1] in self.cue_starts))

    def elaborates_previous(self, words: list[str]) -> bool:
        """A sentence (its first three words, casefolded) that opens by pointing back at
        what the one before told ("Dabei starben 25 Menschen", "Among them were …", "De
        esta manera, …"): it says nothing on its own, so both are one claim."""
        return any(" ".join(words[:n]) in self.elaborators for n in range(1, len(words) + 1))

    def reports_without_subject(self, tokens: list[Token]) -> bool:
        """In a language that drops its subjects, a reporting verb right before its
        complementizer with no subject in the sentence ("Con todo, afirmó que …"): the
        speaker is the one the sentences before were about."""
        if not self.pro_drop:
            return False
        for k, token in enumerate(tokens):
            n = phrase_at(tokens, k, self.say)[0] if token.lower in self.say.by_first else 0
            if n and k + n < len(tokens) and tokens[k + n].lower in self.complementizers and (
                k == 0 or tokens[k - 1].lower not in self.impersonal
            ):
                return True
        return False

    def is_role(self, word: str) -> bool:
        """A role word, also inside a compound ("mensenrechtenombudsman")."""
        lower = word.casefold()
        return lower in self.roles or lower.endswith(self._role_endings)


@lru_cache(maxsize=64)
def attribution_rules(code: str | None) -> AttributionRules:
    data = language(code or "en")

    def words(key: str) -> frozenset[str]:
        return frozenset(w.casefold() for w in data.words("attribution", key))

    return AttributionRules(
        code=code,
        say=phrase_keys(data.words("attribution", "say")),
        report=phrase_keys(data.words("attribution", "report")),
        according=phrase_keys(data.words("attribution", "according")),
        according_post=phrase_keys(data.words("attribution", "according_post")),
        source_suffixes=tuple(w.casefold() for w in data.words("attribution", "source_suffixes")),
        channel_prep=phrase_keys(data.words("attribution", "channel_prep")),
        cue_interludes=phrase_keys(data.words("attribution", "cue_interludes")),
        as_reported=words("as_reported"),
        auxiliaries=words("auxiliaries"),
        boundaries=words("boundaries"),
        determiners=words("determiners"),
        indefinites=words("indefinites"),
        relatives=words("relatives"),
        inclusions=words("inclusions"),
        pronouns_person=words("pronouns_person"),
        pronouns_org=words("pronouns_org"),
        pronouns_self=words("pronouns_self"),
        statement_pronouns=words("statement_pronouns"),
        indefinite_pronouns=words("indefinite_pronouns"),
        same_source=words("same_source"),
        infinitive_markers=words("infinitive_markers"),
        anaphora_org=words("anaphora_org"),
        anaphora_person=words("anaphora_person"),
        roles=words("roles"),
        source_nouns=words("source_nouns"),
        owner_markers=words("owner_markers"),
        agent=words("agent"),
        locatives=words("locatives"),
        continuers=words("continuers"),
        elaborators=words("elaborators"),
        complementizers=words("complementizers"),
        impersonal=words("impersonal"),
        pro_drop=bool(data.setting("attribution", "pro_drop", False)),
        opening_quotes=frozenset(data.words("attribution", "opening_quotes")),
        not_cues=phrase_keys(data.words("attribution", "not_cues")),
        weekdays=frozenset(w.casefold() for w in data.words("numbers", "weekdays")),
        particles=name_particles(code)[0],
        lowercase_name_tail=bool(data.setting("entities", "lowercase_name_tail", False)),
        capitalised_nouns=bool(data.setting("entities", "capitalised_nouns", False)),
        channel_verbs=dict(
            (verb.casefold(), channel) for verb, _, channel in
            (entry.partition("=") for entry in data.words("attribution", "channel_verbs"))
        ),
        chain_articles=name_particles(code)[1],
        perfect_auxiliaries=words("perfect_auxiliaries"),
        participles=words("participles"),
        perfect_reflexives=words("perfect_reflexives"),
        perfect_objects=words("perfect_objects"),
        quote_verbs=words("quote_verbs"),
        side_clauses=phrase_keys(data.words("attribution", "side_clauses")),
        own_clauses=phrase_keys(data.words("attribution", "own_clauses")),
        channel_openers=phrase_keys(data.words("attribution", "channel_openers")),
        dual_markers=words("dual_markers"),
        conjunction=str(data.setting("attribution", "conjunction", "")),
        verb_final_clauses=bool(data.setting("attribution", "verb_final_clauses", False)),
        subordinators=words("subordinators"),
        split_cues=dict(
            (verb.casefold(), rest.casefold()) for verb, _, rest in
            (entry.partition("=") for entry in data.words("attribution", "split_cues"))
        ),
    )

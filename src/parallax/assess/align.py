"""Claim alignment: group the claims of one story that state the same fact.

Each pair of claims gets a probability of stating the same fact, from the cosine of their
multilingual sentence embeddings, a shared comparable quantity, a shared speaker and shared
language-independent keys; groups form by average-linkage agglomeration above
``MERGE_THRESHOLD``, so a group holds together as a whole rather than by a chain of
neighbours. Claims of one article may share a group (a fact restated).

Two models score a pair, and the larger probability counts: one on the plain vectors, one
on vectors with the story's mean taken out (``StoryCentre``): every claim of a story
shares its topic, and what is left tells one fact of it from another. Fitting on all gold
stories but one and scoring that one, in turn, grouping F1 was 0.46 with the plain model
and 0.49 with both at threshold 0.5 (0.45 and 0.54 at 0.4); with today's extraction and
features, both models score 0.52, 0.53 and 0.51 at 0.4, 0.5 and 0.55. The models and
their weights are in ``pair_model.py``; ``PairScorer.features`` gives what they read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from parallax.assess.claim_dates import DateSpans
from parallax.assess.content import aside_spans, compared_texts
from parallax.assess.intervals import DAYS
from parallax.assess.pair_model import CENTRED_MODEL, PLAIN_MODEL, PairModel
from parallax.assess.quantity_index import QuantityIndex
from parallax.assess.shared_numbers import SharedNumbers
from parallax.embed.encoder import Encoder
from parallax.extract.entities import classify_name
from parallax.extract.gazetteer import place_of
from parallax.extract.names import fold, surname_key
from parallax.extract.organisations import organisation_key
from parallax.model import Claim

MERGE_THRESHOLD = 0.55

# A story of n claims has n / (n + CENTRE_SHRINK) of its mean vector taken out: in a small
# story the mean is mostly the claims themselves (two claims, centred fully, would point
# in opposite directions)
CENTRE_SHRINK = 5.0


def claim_keys(claim: Claim) -> frozenset[str]:
    """Keys two languages share for one fact: "place:IQ", "person:trump", "number:750"."""
    keys = set()
    for name in claim.entities:
        kind, country = classify_name(name)
        if kind == "place":
            place = None if country else place_of(name)  # a continent: its English name
            keys.add(f"place:{country or (place.name if place else fold(name))}")
        elif kind == "person":
            keys.add(f"person:{surname_key(fold(name.split()[-1]))}")
        else:
            keys.add(f"org:{organisation_key(name) or fold(name)}")
    keys.update(f"number:{q.value:g}" for q in claim.quantities)
    if claim.attribution.speaker and claim.attribution.speaker.split():
        keys.add(f"speaker:{speaker_code(claim.attribution.speaker)}")
    return frozenset(keys)


def counts_something(claim: Claim, text: str | None = None) -> bool:
    """Whether the claim gives a figure of a known unit (``ONE_COUNTS``) other than a
    share ("about two-thirds of the cases" tells what "most cases" tells), outside the
    parentheses of its text (``text``: the claim's own, from ``claim.start``) that
    alignment leaves out of what it compares: "mehr Frauen (9) als Männer (8)" counts
    nothing that "más ministras que ministros" leaves out."""
    asides = aside_spans(text) if text else []
    return any(q.unit not in (None, "factor", "fraction") and q.unit not in DAYS
               and not any(q.start - claim.start < b and a < q.end - claim.start
                           for a, b in asides)
               for q in claim.quantities)


def speaker_code(speaker: str) -> str:
    """One key for a speaker across languages: a person's surname, as it sounds
    (``names.surname_key``: "Khamenei", "Chamenei", "Jamenai"); an international body by
    its key ("OMS", "WHO": ``organisations.py``); a government or body
    named by its place, by the place's country ("Tehran", "die Führung in Teheran": IR;
    "Washington", "the US": US); otherwise the name's last word."""
    body = organisation_key(speaker)
    if body is not None:
        return body
    last = speaker.split()[-1]
    if classify_name(speaker)[0] != "person":
        kind, country = classify_name(last)
        if kind == "place" and country:
            return country
        return fold(last)
    return surname_key(fold(last))


def _codes(values: list[str]) -> np.ndarray:
    """Equal values get equal integer codes."""
    _, codes = np.unique(np.array(values, dtype=object).astype(str), return_inverse=True)
    return np.asarray(codes)


ClaimVectors = Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]]
"""Sentence and content vectors of the claims at some indices (rows in index order)."""


@dataclass(frozen=True)
class StoryCentre:
    """What every claim vector of one story shares: the (shrunk) mean of its sentence
    vectors and of its content vectors, taken out before two claims are compared."""

    sentence: np.ndarray
    content: np.ndarray

    @classmethod
    def of(cls, total: tuple[np.ndarray, np.ndarray], count: int) -> StoryCentre:
        """From the sums of the story's sentence and content vectors over ``count`` claims."""
        scale = 1.0 / (count + CENTRE_SHRINK)  # the mean × count / (count + shrink)
        return cls(total[0] * scale, total[1] * scale)

    def apply(self, sentences: np.ndarray, contents: np.ndarray) -> tuple[np.ndarray, ...]:
        return _unit(sentences - self.sentence), _unit(contents - self.content)


def _unit(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.maximum(norms, 1e-9)).astype(np.float32)


class PairScorer:
    """The pair model over one story's claims, prepared once, scoring any block of pairs
    (rows × columns of claim indices), so a big story need not score every pair. It holds
    no vectors: ``vectors`` serves those of each block, and each claim's keys are kept as
    column numbers, so what it keeps grows by a few numbers a claim."""

    def __init__(self, claims: list[Claim], owners: list[str], languages: list[str | None],
                 vectors: ClaimVectors, centre: StoryCentre | None = None,
                 texts: list[str] | None = None, models: PairModels | None = None):
        self.claims = claims
        self.models = models or PairModels()
        self.vectors = vectors
        self.centre = centre
        self.quantities = QuantityIndex(claims)
        self.numbers = SharedNumbers(claims, languages)
        self.dates = DateSpans(claims)
        column: dict[str, int] = {}
        self.keys = [sorted({column.setdefault(k, len(column)) for k in claim_keys(c)})
                     for c in claims]
        self.speakers = _codes([
            speaker_code(c.attribution.speaker) if c.attribution.speaker
            and c.attribution.speaker.split() else f"\0{i}" for i, c in enumerate(claims)])
        self.owners = _codes(owners)
        self.languages = _codes([lang or "?" for lang in languages])
        self.counts = np.array([counts_something(c, texts[i] if texts else None)
                                for i, c in enumerate(claims)], dtype=bool)

    def _incidence(self, rows: np.ndarray, cols: np.ndarray) -> tuple[np.ndarray, ...]:
        """Claims × keys incidence of ``rows`` and of ``cols``, over the keys they use."""
        used = sorted({k for i in (*rows, *cols) for k in self.keys[i]})
        local = {k: j for j, k in enumerate(used)}
        out = []
        for idx in (rows, cols):
            m = np.zeros((len(idx), max(len(used), 1)), dtype=np.float32)
            pairs = [(r, local[k]) for r, i in enumerate(idx) for k in self.keys[i]]
            if pairs:
                m[tuple(np.array(pairs).T)] = 1.0
            out.append(m)
        return out[0], out[1]

    def key_overlaps(self, rows: np.ndarray, cols: np.ndarray) -> tuple[np.ndarray, ...]:
        """Jaccard overlap of the claims' keys (a product of the claims × keys incidence
        matrices) and the numbers they share (``shared_numbers.py``: at most 2, none whose
        counted things clash)."""
        a, b = self._incidence(rows, cols)
        both = a @ b.T
        union = a.sum(axis=1)[:, None] + b.sum(axis=1)[None, :] - both
        jaccard = np.divide(both, union, out=np.zeros_like(both), where=union > 0)
        return jaccard.astype(np.float64), self.numbers.count(rows, cols)

    def quantity_match(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """1 where the two claims have a comparable quantity that both can hold."""
        return self.quantities.matches(rows, cols)

    @staticmethod
    def _cosines(row_vectors: tuple[np.ndarray, np.ndarray],
                 col_vectors: tuple[np.ndarray, np.ndarray], cross: np.ndarray,
                 centre: StoryCentre | None) -> np.ndarray:
        """Cosines of the claims' sentences; across languages, the larger of that and the
        reported contents' (the attribution around them is worded too differently)."""
        (rs, rc), (cs, cc) = row_vectors, col_vectors
        if centre is not None:
            (rs, rc), (cs, cc) = centre.apply(rs, rc), centre.apply(cs, cc)
        cos = (rs @ cs.T).astype(np.float64)
        return np.where(cross > 0, np.maximum(cos, rc @ cc.T), cos)

    def block(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """The probability that claim ``rows[i]`` and claim ``cols[j]`` state one fact."""
        return self.blocks(rows, cols)[0]

    def features(self, rows: np.ndarray, cols: np.ndarray) -> PairFeatures:
        """Every feature the pair models read, for the pairs of ``rows`` × ``cols``."""
        cross = (self.languages[rows][:, None] != self.languages[cols][None, :]).astype(float)
        jaccard, shared = self.key_overlaps(rows, cols)
        other = {"quantity_match": self.quantity_match(rows, cols), "key_jaccard": jaccard,
                 "shared_numbers": shared,
                 "same_speaker": self.speakers[rows][:, None] == self.speakers[cols][None, :],
                 "same_article": self.owners[rows][:, None] == self.owners[cols][None, :],
                 "cross_language": cross,
                 "one_counts": self.counts[rows][:, None] != self.counts[cols][None, :],
                 "dates_apart": self.dates.apart(rows, cols)}
        row_vectors, col_vectors = self.vectors(rows), self.vectors(cols)
        plain = self._cosines(row_vectors, col_vectors, cross, None)
        centred = None if self.centre is None else self._cosines(
            row_vectors, col_vectors, cross, self.centre)
        return PairFeatures(plain, centred, other, rows[:, None] == cols[None, :])

    def blocks(self, rows: np.ndarray, cols: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(the probability that two claims state one fact: the larger of the two models',
        for grouping; the plain model's alone, for telling whether two sources witness it:
        the centred model's probabilities run higher, and the corroboration threshold was
        set on the plain one's)."""
        return self.models.score(self.features(rows, cols))


@dataclass(frozen=True)
class PairFeatures:
    """A block of pairs' features: the cosines (plain; story-centred, when the story has
    a centre), the other features by name (``pair_model.OTHER_FEATURES``), and where a
    claim meets itself."""

    plain: np.ndarray
    centred: np.ndarray | None
    other: dict[str, np.ndarray]
    same: np.ndarray


@dataclass(frozen=True)
class PairModels:
    """The plain model and the centred one; a pair's probability is the larger."""

    plain: PairModel = PLAIN_MODEL
    centred: PairModel = CENTRED_MODEL

    def score(self, features: PairFeatures) -> tuple[np.ndarray, np.ndarray]:
        """(the larger of the two models' probabilities, the plain model's) per pair;
        a claim with itself is 1."""
        plain = self.plain.probability(features.plain, features.other)
        plain[features.same] = 1.0
        if features.centred is None:
            return plain, plain
        centred = self.centred.probability(features.centred, features.other)
        centred[features.same] = 1.0
        return np.maximum(plain, centred), plain


def claim_vectors(
    claims: list[Claim], texts: list[str], encoder: Encoder
) -> tuple[np.ndarray, np.ndarray]:
    """Embeddings of each claim's sentence (as it states its fact: ``claim_statement``)
    and of its reported content."""
    statements, contents = compared_texts(texts, claims)
    return encoder.encode(statements), encoder.encode(contents)


def all_vectors(vectors: tuple[np.ndarray, np.ndarray]) -> ClaimVectors:
    """``ClaimVectors`` over vectors already computed for every claim."""
    sentences, contents = vectors
    return lambda idx: (sentences[idx], contents[idx])


class ClaimVectorWindow:
    """``ClaimVectors`` for a story too big to hold every claim's vectors: those of the
    first ``keep`` claims (the head, in every block) are encoded once and kept; any other
    claim's come from the encoder (and its cache) when a block asks, and only the last
    block's are kept, so the rows and the columns of one block share them."""

    def __init__(self, claims: list[Claim], texts: list[str], encoder: Encoder, keep: int):
        self.claims, self.texts, self.encoder = claims, texts, encoder
        self.kept = claim_vectors(claims[:keep], texts[:keep], encoder)
        self.keep = keep
        self.last: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        total = [self.kept[0].sum(axis=0), self.kept[1].sum(axis=0)]
        step = max(keep, 1)
        for start in range(keep, len(claims), step):  # the tail's, a head's worth at once
            part = claim_vectors(claims[start : start + step], texts[start : start + step],
                                 encoder)
            total[0] += part[0].sum(axis=0)
            total[1] += part[1].sum(axis=0)
        self.centre = StoryCentre.of((total[0], total[1]), len(claims))

    def __call__(self, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        idx = np.asarray(idx, dtype=np.int64)
        in_head = idx < self.keep
        tail = [int(i) for i in idx[~in_head]]
        missing = [i for i in dict.fromkeys(tail) if i not in self.last]
        last = {i: self.last[i] for i in tail if i in self.last}
        if missing:
            sentences, contents = claim_vectors([self.claims[i] for i in missing],
                                                [self.texts[i] for i in missing], self.encoder)
            last.update((i, (sentences[k], contents[k])) for k, i in enumerate(missing))
        self.last = last
        out = []
        for part in range(2):
            vectors = np.zeros((len(idx), self.encoder.dim), dtype=np.float32)
            vectors[in_head] = self.kept[part][idx[in_head]]
            if tail:
                vectors[~in_head] = np.stack([last[i][part] for i in tail])
            out.append(vectors)
        return out[0], out[1]


def agglomerate(sim: np.ndarray, threshold: float) -> list[list[int]]:
    """Average-linkage clusters of indices whose mean pairwise similarity ≥ threshold.

    Keeps the sums of similarities between clusters and each cluster's best partner, so a
    merge updates one row and the rows that pointed at the merged pair. Ties go to the
    lowest (row, column), so the result does not depend on anything but ``sim``."""
    n = sim.shape[0]
    if n == 0:
        return []
    sums = sim.astype(np.float64).copy()
    sizes = np.ones(n)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    alive = np.ones(n, dtype=bool)
    mean = sums.copy()
    np.fill_diagonal(mean, -np.inf)
    best = mean.argmax(axis=1)
    best_value = mean[np.arange(n), best]
    while True:
        a = int(np.argmax(best_value))
        if not best_value[a] >= threshold:
            break
        a, b = sorted((a, int(best[a])))
        sums[a, :] += sums[b, :]
        sums[:, a] += sums[:, b]
        sizes[a] += sizes[b]
        members[a] = sorted(members[a] + members.pop(b))
        alive[b] = False
        mean[b, :] = mean[:, b] = -np.inf
        best_value[b] = -np.inf
        row = sums[a, :] / (sizes[a] * sizes)
        row[~alive] = -np.inf
        row[a] = -np.inf
        mean[a, :] = mean[:, a] = row
        stale = alive & ((best == a) | (best == b))
        stale[a] = True
        for i in np.flatnonzero(stale):
            best[i] = int(np.argmax(mean[i]))
            best_value[i] = mean[i, best[i]]
        gains = alive & ((row > best_value) | ((row == best_value) & (a < best)))
        gains[a] = False
        best[gains] = a
        best_value[gains] = row[gains]
    return sorted(members.values(), key=lambda c: c[0])

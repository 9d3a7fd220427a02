"""Claim alignment: group the claims of one story that state the same fact.

Each pair of claims gets a probability of stating the same fact, from the cosine of their
multilingual sentence embeddings, a shared comparable quantity, a shared speaker and shared
language-independent keys; groups form by average-linkage agglomeration above 0.5, so a
group holds together as a whole rather than by a chain of neighbours. Claims of one
article may share a group (a fact restated).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from parallax.assess.content import claim_content
from parallax.assess.quantity_index import QuantityIndex
from parallax.embed.encoder import Encoder
from parallax.extract.entities import classify_name
from parallax.extract.names import fold
from parallax.model import Claim

MERGE_THRESHOLD = 0.5

# A logistic pair scorer, fitted on the dev and seed gold alignments (pairs of gold claims
# within one story, positives up-weighted): cosine (of the whole sentences; across
# languages the larger of that and the reported contents', which the weights were fitted
# on for every pair: comparing contents within one language too merged more wrongly, at
# every threshold from 0.4 to 0.6), its square, a compatible comparable quantity, the
# Jaccard overlap of language-independent keys (places by country, people by surname,
# organisations, numbers, the speaker), shared numbers (capped at 2), same speaker, same
# article, a cross-language pair and cosine × cross-language (translations score lower
# than copies).
PAIR_WEIGHTS = {
    "cos": 12.528, "cos2": -3.934, "quantity_match": 2.203, "key_jaccard": 0.309,
    "shared_numbers": 2.784, "same_speaker": 0.776, "same_article": -0.02,
    "cross_language": 0.072, "cos_cross": 2.007,
}
PAIR_BIAS = -5.825


def claim_keys(claim: Claim) -> frozenset[str]:
    """Keys two languages share for one fact: "place:IQ", "person:trump", "number:750"."""
    keys = set()
    for name in claim.entities:
        kind, country = classify_name(name)
        if kind == "place":
            keys.add(f"place:{country or fold(name)}")
        elif kind == "person":
            keys.add(f"person:{fold(name.split()[-1])}")
        else:
            keys.add(f"org:{fold(name)}")
    keys.update(f"number:{q.value:g}" for q in claim.quantities)
    if claim.attribution.speaker:
        keys.add(f"speaker:{fold(claim.attribution.speaker.split()[-1])}")
    return frozenset(keys)


def _codes(values: list[str]) -> np.ndarray:
    """Equal values get equal integer codes."""
    _, codes = np.unique(np.array(values, dtype=object).astype(str), return_inverse=True)
    return np.asarray(codes)


ClaimVectors = Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]]
"""Sentence and content vectors of the claims at some indices (rows in index order)."""


class PairScorer:
    """The pair model over one story's claims, prepared once, scoring any block of pairs
    (rows × columns of claim indices), so a big story need not score every pair. It holds
    no vectors: ``vectors`` serves those of each block, and each claim's keys are kept as
    column numbers, so what it keeps grows by a few numbers a claim."""

    def __init__(self, claims: list[Claim], owners: list[str], languages: list[str | None],
                 vectors: ClaimVectors):
        self.claims = claims
        self.vectors = vectors
        self.quantities = QuantityIndex(claims)
        column: dict[str, int] = {}
        self.keys = [sorted({column.setdefault(k, len(column)) for k in claim_keys(c)})
                     for c in claims]
        self.numbers = np.array([k.startswith("number:") for k in column] or [False])
        self.speakers = _codes([
            fold(c.attribution.speaker.split()[-1]) if c.attribution.speaker
            and c.attribution.speaker.split() else f"\0{i}" for i, c in enumerate(claims)])
        self.owners = _codes(owners)
        self.languages = _codes([lang or "?" for lang in languages])

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
        numbers = self.numbers[used] if used else np.array([False])
        return out[0], out[1], numbers

    def key_overlaps(self, rows: np.ndarray, cols: np.ndarray) -> tuple[np.ndarray, ...]:
        """Jaccard overlap of the claims' keys and their shared numbers (capped at 2), as
        products of the claims × keys incidence matrices."""
        a, b, numbers = self._incidence(rows, cols)
        both = a @ b.T
        union = a.sum(axis=1)[:, None] + b.sum(axis=1)[None, :] - both
        jaccard = np.divide(both, union, out=np.zeros_like(both), where=union > 0)
        shared = np.minimum(a[:, numbers] @ b[:, numbers].T, 2.0)
        return jaccard.astype(np.float64), shared.astype(np.float64)

    def quantity_match(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """1 where the two claims have a comparable quantity that both can hold."""
        return self.quantities.matches(rows, cols)

    def block(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """The probability that claim ``rows[i]`` and claim ``cols[j]`` state one fact."""
        w = PAIR_WEIGHTS
        row_sentences, row_contents = self.vectors(rows)
        col_sentences, col_contents = self.vectors(cols)
        cross = (self.languages[rows][:, None] != self.languages[cols][None, :]).astype(float)
        # across languages the reported contents are compared too (the attribution around
        # them is worded too differently); within one, whole sentences are the surer match
        cos = (row_sentences @ col_sentences.T).astype(np.float64)
        cos = np.where(cross > 0, np.maximum(cos, row_contents @ col_contents.T), cos)
        jaccard, shared = self.key_overlaps(rows, cols)
        z = (PAIR_BIAS + w["cos"] * cos + w["cos2"] * cos * cos
             + w["quantity_match"] * self.quantity_match(rows, cols)
             + w["key_jaccard"] * jaccard + w["shared_numbers"] * shared
             + w["same_speaker"] * (self.speakers[rows][:, None] == self.speakers[cols][None, :])
             + w["same_article"] * (self.owners[rows][:, None] == self.owners[cols][None, :])
             + w["cross_language"] * cross + w["cos_cross"] * cos * cross)
        p = 1.0 / (1.0 + np.exp(-z))
        p[rows[:, None] == cols[None, :]] = 1.0
        return p


def claim_vectors(
    claims: list[Claim], texts: list[str], encoder: Encoder
) -> tuple[np.ndarray, np.ndarray]:
    """Embeddings of each claim's sentence and of its reported content."""
    contents = [claim_content(t, c) for t, c in zip(texts, claims, strict=True)]
    return encoder.encode(texts), encoder.encode(contents)


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

"""Claim alignment: group the claims of one story that state the same fact.

Each pair of claims gets a probability of stating the same fact, from the cosine of their
multilingual sentence embeddings, a shared comparable quantity, a shared speaker and shared
language-independent keys; groups form by average-linkage agglomeration above 0.5, so a
group holds together as a whole rather than by a chain of neighbours. Claims of one
article may share a group (a fact restated).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from parallax.assess.content import claim_content
from parallax.assess.intervals import comparable, compatible
from parallax.embed.encoder import Encoder
from parallax.extract.entities import classify_name
from parallax.extract.names import fold
from parallax.model import Article, Claim, ClaimRef

MERGE_THRESHOLD = 0.5
MAX_CLAIMS = 600  # beyond this a story is aligned on its first distinct claims only

# A logistic pair scorer, fitted on the dev and seed gold alignments (pairs of gold claims
# within one story, positives up-weighted): cosine (the larger of whole sentence and
# reported content), its square, a compatible comparable quantity, the Jaccard overlap of
# language-independent keys (places by country, people by surname, organisations, numbers,
# the speaker), shared numbers (capped at 2), same speaker, same article, a cross-language
# pair and cosine × cross-language (translations score lower than copies).
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


def _probabilities(
    cos: np.ndarray, claims: list[Claim], owners: list[str], languages: list[str]
) -> np.ndarray:
    n = len(claims)
    w = PAIR_WEIGHTS
    keys = [claim_keys(c) for c in claims]
    key_jaccard = np.zeros((n, n))
    shared_numbers = np.zeros((n, n))
    quantity_match = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            union = keys[i] | keys[j]
            if union:
                both = keys[i] & keys[j]
                key_jaccard[i, j] = key_jaccard[j, i] = len(both) / len(union)
                numbers = sum(1 for k in both if k.startswith("number:"))
                shared_numbers[i, j] = shared_numbers[j, i] = min(numbers, 2)
    counted = [i for i, c in enumerate(claims) if c.quantities]
    for k, i in enumerate(counted):
        for j in counted[k + 1 :]:
            if any(comparable(x, y) and compatible(x, y)
                   for x in claims[i].quantities for y in claims[j].quantities):
                quantity_match[i, j] = quantity_match[j, i] = 1.0
    surnames = [
        fold(c.attribution.speaker.split()[-1]) if c.attribution.speaker
        and c.attribution.speaker.split() else f"\0{i}"
        for i, c in enumerate(claims)
    ]
    same_speaker = np.array([[x == y for y in surnames] for x in surnames], dtype=float)
    same_article = np.array([[x == y for y in owners] for x in owners], dtype=float)
    cross = np.array([[x != y for y in languages] for x in languages], dtype=float)
    z = (PAIR_BIAS + w["cos"] * cos + w["cos2"] * cos * cos
         + w["quantity_match"] * quantity_match + w["key_jaccard"] * key_jaccard
         + w["shared_numbers"] * shared_numbers + w["same_speaker"] * same_speaker
         + w["same_article"] * same_article + w["cross_language"] * cross
         + w["cos_cross"] * cos * cross)
    p = 1.0 / (1.0 + np.exp(-z))
    np.fill_diagonal(p, 1.0)
    return p


def similarity_matrix(
    claims: list[Claim], texts: list[str], owners: list[str], encoder: Encoder,
    languages: list[str | None] | None = None,
) -> np.ndarray:
    vectors = encoder.encode(texts)
    contents = encoder.encode([claim_content(t, c) for t, c in zip(texts, claims, strict=True)])
    cos = np.maximum(vectors @ vectors.T, contents @ contents.T).astype(np.float64)
    langs = [lang or "?" for lang in (languages or ["?"] * len(claims))]
    return _probabilities(cos, claims, owners, langs)


def agglomerate(sim: np.ndarray, threshold: float) -> list[list[int]]:
    """Average-linkage clusters of indices whose mean pairwise similarity ≥ threshold.

    Keeps the matrix of similarity sums between clusters, so each merge costs O(n)."""
    n = sim.shape[0]
    sums = sim.astype(np.float64).copy()
    sizes = np.ones(n)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    alive = np.ones(n, dtype=bool)
    np.fill_diagonal(sums, -np.inf)
    while alive.sum() > 1:
        mean = sums / np.outer(sizes, sizes)
        mean[~alive, :] = -np.inf
        mean[:, ~alive] = -np.inf
        flat = int(np.argmax(mean))
        a, b = divmod(flat, n)
        if mean[a, b] < threshold:
            break
        a, b = min(a, b), max(a, b)
        sums[a, :] += sums[b, :]
        sums[:, a] += sums[:, b]
        sums[a, a] = -np.inf
        sizes[a] += sizes[b]
        members[a] = sorted(members[a] + members.pop(b))
        alive[b] = False
        sums[b, :] = -np.inf
        sums[:, b] = -np.inf
    return sorted(members.values(), key=lambda c: c[0])


@dataclass
class Alignment:
    """A story's claim groups, and how strongly any two of its claims were linked."""

    groups: list[list[ClaimRef]] = field(default_factory=list)
    rows: dict[ClaimRef, int] = field(default_factory=dict)  # claim → row of ``sim``
    sim: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))

    def link(self, a: ClaimRef, b: ClaimRef) -> float:
        """The probability that ``a`` and ``b`` state the same fact (1 for copies)."""
        i, j = self.rows.get(a), self.rows.get(b)
        if i is None or j is None:
            return 0.0
        return 1.0 if i == j else float(self.sim[i, j])


def align_claims(
    articles: list[Article], encoder: Encoder, threshold: float | None = None
) -> Alignment:
    refs: list[ClaimRef] = []
    claims: list[Claim] = []
    texts: list[str] = []
    languages: list[str | None] = []
    for article in sorted(articles, key=lambda a: a.id):
        for index, claim in enumerate(article.claims):
            refs.append(ClaimRef(article.id, index))
            claims.append(claim)
            texts.append(article.text[claim.start : claim.end])
            languages.append(article.language)
    # identical claims (a wire text run by many outlets) are aligned once, then expanded
    distinct: dict[tuple[str, str | None], list[int]] = {}
    for i, (text, claim) in enumerate(zip(texts, claims, strict=True)):
        distinct.setdefault((" ".join(text.split()), claim.attribution.speaker), []).append(i)
    copies = list(distinct.values())[:MAX_CLAIMS]
    if not copies:
        return Alignment()
    reps = [c[0] for c in copies]
    sim = similarity_matrix([claims[i] for i in reps], [texts[i] for i in reps],
                            [refs[i].article_id for i in reps], encoder,
                            [languages[i] for i in reps])
    clusters = agglomerate(sim, MERGE_THRESHOLD if threshold is None else threshold)
    groups = [sorted((refs[i] for k in cluster for i in copies[k]),
                     key=lambda r: (r.article_id, r.index)) for cluster in clusters]
    rows = {refs[i]: k for k, members in enumerate(copies) for i in members}
    return Alignment(groups, rows, sim)


def align_story(
    articles: list[Article], encoder: Encoder, threshold: float | None = None
) -> list[list[ClaimRef]]:
    return align_claims(articles, encoder, threshold).groups

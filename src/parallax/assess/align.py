"""Claim alignment: group the claims of one story that state the same fact.

Claims are compared by the cosine of their multilingual sentence embeddings, raised a
little when they share entities or a comparable quantity; groups form by average-linkage
agglomeration above a threshold, so a group holds together as a whole rather than by a
chain of neighbours. Claims of one article may share a group (a fact restated).
"""

from __future__ import annotations

import numpy as np

from parallax.assess.intervals import comparable
from parallax.embed.encoder import Encoder
from parallax.model import Article, Claim, ClaimRef

MERGE_THRESHOLD = 0.55
ENTITY_BONUS = 0.04
QUANTITY_BONUS = 0.05
MAX_CLAIMS = 600  # beyond this a story is aligned on its first claims only


def _bonus(a: Claim, b: Claim) -> float:
    bonus = 0.0
    shared = set(a.entities) & set(b.entities)
    bonus += ENTITY_BONUS * min(2, len(shared))
    if any(comparable(x, y) for x in a.quantities for y in b.quantities):
        bonus += QUANTITY_BONUS
    return bonus


def similarity_matrix(claims: list[Claim], texts: list[str], encoder: Encoder) -> np.ndarray:
    vectors = encoder.encode(texts)
    sim = vectors @ vectors.T
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            b = _bonus(claims[i], claims[j])
            sim[i, j] += b
            sim[j, i] += b
    return np.asarray(sim, dtype=np.float64)


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


def align_story(
    articles: list[Article], encoder: Encoder, threshold: float = MERGE_THRESHOLD
) -> list[list[ClaimRef]]:
    refs: list[ClaimRef] = []
    claims: list[Claim] = []
    texts: list[str] = []
    for article in sorted(articles, key=lambda a: a.id):
        for index, claim in enumerate(article.claims):
            refs.append(ClaimRef(article.id, index))
            claims.append(claim)
            texts.append(article.text[claim.start : claim.end])
    refs, claims, texts = refs[:MAX_CLAIMS], claims[:MAX_CLAIMS], texts[:MAX_CLAIMS]
    if not refs:
        return []
    sim = similarity_matrix(claims, texts, encoder)
    return [[refs[i] for i in cluster] for cluster in agglomerate(sim, threshold)]

"""Claim alignment: group the claims of one story that state the same fact.

Each pair of claims gets a probability of stating the same fact, from the cosine of their
multilingual sentence embeddings, a shared comparable quantity, a shared speaker and shared
entities; groups form by average-linkage agglomeration above 0.6, so a group holds
together as a whole rather than by a chain of neighbours. Claims of one article may share
a group (a fact restated).
"""

from __future__ import annotations

import numpy as np

from parallax.assess.content import claim_content
from parallax.assess.intervals import comparable, compatible
from parallax.embed.encoder import Encoder
from parallax.model import Article, Claim, ClaimRef

MERGE_THRESHOLD = 0.6
CROSS_LANGUAGE_LIFT = 0.15
MAX_CLAIMS = 600  # beyond this a story is aligned on its first claims only

# A logistic pair scorer over (cosine, cosine², compatible comparable quantities, any
# comparable quantities, same named speaker, shared entities (capped at 3), same article),
# fitted on the dev and seed gold alignments (pairs of gold claims within one story) with
# positives up-weighted; see docs/architecture.md. It outputs P(same fact).
PAIR_WEIGHTS = {
    "cos": 15.675, "cos2": -5.848, "quantity_match": 3.07, "quantity_any": -0.794,
    "same_speaker": 0.732, "entities": 0.233, "entities3": -0.512, "same_article": -0.593,
}
PAIR_BIAS = -5.826


def pair_probability(cos: float, a: Claim, b: Claim, same_article: bool) -> float:
    """P(same fact) for one pair; ``similarity_matrix`` computes the same for all pairs."""
    matrix = _probabilities(np.array([[1.0, cos], [cos, 1.0]]), [a, b], ["x", "x" if
                                                                          same_article else "y"])
    return float(matrix[0, 1])


def _probabilities(cos: np.ndarray, claims: list[Claim], owners: list[str]) -> np.ndarray:
    n = len(claims)
    w = PAIR_WEIGHTS
    vocabulary: dict[str, int] = {}
    rows, cols = [], []
    for i, c in enumerate(claims):
        for name in set(c.entities):
            rows.append(i)
            cols.append(vocabulary.setdefault(name, len(vocabulary)))
    entity = np.zeros((n, max(1, len(vocabulary))))
    entity[rows, cols] = 1.0
    shared = entity @ entity.T
    speakers = [c.attribution.speaker or f"\0{i}" for i, c in enumerate(claims)]
    same_speaker = np.array([[x == y for y in speakers] for x in speakers], dtype=float)
    same_article = np.array([[x == y for y in owners] for x in owners], dtype=float)
    quantity_match = np.zeros((n, n))
    quantity_any = np.zeros((n, n))
    counted = [i for i, c in enumerate(claims) if c.quantities]
    for k, i in enumerate(counted):
        for j in counted[k + 1 :]:
            pairs = [(x, y) for x in claims[i].quantities for y in claims[j].quantities
                     if comparable(x, y)]
            if pairs:
                quantity_any[i, j] = quantity_any[j, i] = 1.0
                if any(compatible(x, y) for x, y in pairs):
                    quantity_match[i, j] = quantity_match[j, i] = 1.0
    z = (PAIR_BIAS + w["cos"] * cos + w["cos2"] * cos * cos
         + w["quantity_match"] * quantity_match + w["quantity_any"] * quantity_any
         + w["same_speaker"] * same_speaker + w["entities"] * shared
         + w["entities3"] * np.minimum(shared, 3) + w["same_article"] * same_article)
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
    if languages is not None:
        # the encoder scores translations well below copies (≈0.8 vs 1.0): lift pairs
        # across languages so that a fact in two languages can meet the same threshold
        langs = np.array([lang or "?" for lang in languages])
        cos = cos + CROSS_LANGUAGE_LIFT * (langs[:, None] != langs[None, :])
    return _probabilities(cos, claims, owners)


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
    articles: list[Article], encoder: Encoder, threshold: float | None = None
) -> list[list[ClaimRef]]:
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
    refs, claims, texts = refs[:MAX_CLAIMS], claims[:MAX_CLAIMS], texts[:MAX_CLAIMS]
    if not refs:
        return []
    sim = similarity_matrix(claims, texts, [r.article_id for r in refs], encoder,
                            languages[:MAX_CLAIMS])
    clusters = agglomerate(sim, MERGE_THRESHOLD if threshold is None else threshold)
    return [[refs[i] for i in cluster] for cluster in clusters]

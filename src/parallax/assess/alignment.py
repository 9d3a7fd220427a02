"""One story's claims in groups that each state one fact (the pair model: ``align.py``).

Identical claims (a wire text run by many outlets) are aligned once and expanded after.
The first ``HEAD_CLAIMS`` distinct claims are clustered by average linkage over their
pair probabilities; that costs the square of their number, so in a bigger story each
further claim is then placed, ``TAIL_CHUNK`` at a time, in the head group it is most
likely to share a fact with (the mean probability over the group, as average linkage
would score it) or, failing the threshold, in a new group with other placed-nowhere
claims of its chunk. No claim is left out, and the cost grows linearly past the head.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from parallax.assess.align import (
    MERGE_THRESHOLD,
    ClaimVectorWindow,
    PairModels,
    PairScorer,
    agglomerate,
)
from parallax.embed.encoder import Encoder
from parallax.model import Article, Claim, ClaimRef

HEAD_CLAIMS = 600
TAIL_CHUNK = 200
LINK_FLOOR = 0.5  # a tail chunk's probabilities below this are not kept (read as 0)


@dataclass(frozen=True)
class ChunkLinks:
    """A tail chunk's probabilities (rows: its claims; columns: the head's claims, then
    its own) of at least ``LINK_FLOOR``, by cell number (row × width + column)."""

    start: int  # the chunk's first distinct claim
    width: int  # columns: head + chunk
    cells: np.ndarray  # sorted int64
    values: np.ndarray  # float32, one per cell

    @classmethod
    def of(cls, start: int, block: np.ndarray) -> ChunkLinks:
        cells = np.flatnonzero(block >= LINK_FLOOR)
        return cls(start, block.shape[1], cells.astype(np.int64),
                   block.ravel()[cells].astype(np.float32))

    def get(self, row: int, col: int) -> float:
        cell = row * self.width + col
        at = int(np.searchsorted(self.cells, cell))
        return float(self.values[at]) if at < len(self.cells) and self.cells[at] == cell \
            else 0.0


@dataclass
class Alignment:
    """A story's claim groups, and how strongly any two of its claims were linked (by the
    plain pair model, which grading asks: ``PairScorer.blocks``)."""

    groups: list[list[ClaimRef]] = field(default_factory=list)
    rows: dict[ClaimRef, int] = field(default_factory=dict)  # claim → its distinct claim
    head: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))  # head × head
    chunks: list[ChunkLinks] = field(default_factory=list)  # per tail chunk

    def link(self, a: ClaimRef, b: ClaimRef) -> float:
        """The probability that ``a`` and ``b`` state the same fact (1 for copies; 0 for
        two tail claims of different chunks, which were never compared, and for a tail
        claim's pairs below ``LINK_FLOOR``)."""
        i, j = self.rows.get(a), self.rows.get(b)
        if i is None or j is None:
            return 0.0
        if i == j:
            return 1.0
        low, high = sorted((i, j))
        n = self.head.shape[0]
        if high < n:
            return float(self.head[low, high])
        chunk = self.chunks[(high - n) // TAIL_CHUNK]
        if low < n:
            return chunk.get(high - chunk.start, low)
        if low >= chunk.start:
            return chunk.get(high - chunk.start, n + low - chunk.start)
        return 0.0


@dataclass
class DistinctClaims:
    """A story's distinct claims, in a fixed order (article id, then position)."""

    refs: list[list[ClaimRef]]  # each distinct claim's copies
    claims: list[Claim]
    texts: list[str]
    owners: list[str]
    languages: list[str | None]

    def rows(self) -> dict[ClaimRef, int]:
        """Each claim (copies included) → the index of its distinct claim."""
        return {r: k for k, copies in enumerate(self.refs) for r in copies}


def _distinct(articles: list[Article]) -> DistinctClaims:
    index: dict[tuple[str, str | None], int] = {}
    out = DistinctClaims([], [], [], [], [])
    for article in sorted(articles, key=lambda a: a.id):
        for position, claim in enumerate(article.claims):
            text = article.text[claim.start : claim.end]
            key = (" ".join(text.split()), claim.attribution.speaker)
            ref = ClaimRef(article.id, position)
            if key in index:
                out.refs[index[key]].append(ref)
                continue
            index[key] = len(out.refs)
            out.refs.append([ref])
            out.claims.append(claim)
            out.texts.append(text)
            out.owners.append(article.id)
            out.languages.append(article.language)
    return out


def story_pairs(
    articles: list[Article], encoder: Encoder, models: PairModels | None = None
) -> tuple[DistinctClaims, PairScorer]:
    """A story's distinct claims and the pair scorer over them (the first ``HEAD_CLAIMS``
    of them the head, ``np.arange(min(HEAD_CLAIMS, n))``), scoring with ``models`` (the
    shipped pair models unless told)."""
    found = _distinct(articles)
    head = min(HEAD_CLAIMS, len(found.refs))
    window = ClaimVectorWindow(found.claims, found.texts, encoder, head)
    return found, PairScorer(found.claims, found.owners, found.languages, window,
                             window.centre, texts=found.texts, models=models)


def align_claims(
    articles: list[Article], encoder: Encoder, threshold: float | None = None,
    models: PairModels | None = None,
) -> Alignment:
    limit = MERGE_THRESHOLD if threshold is None else threshold
    if not any(a.claims for a in articles):
        return Alignment()
    found, scorer = story_pairs(articles, encoder, models)
    head = np.arange(min(HEAD_CLAIMS, len(found.refs)))
    head_sim, head_links = scorer.blocks(head, head)
    clusters = agglomerate(head_sim, limit)
    alignment = Alignment(head=head_links)
    for start in range(len(head), len(found.refs), TAIL_CHUNK):
        chunk = np.arange(start, min(start + TAIL_CHUNK, len(found.refs)))
        block, links = scorer.blocks(chunk, np.concatenate([head, chunk]))
        alignment.chunks.append(ChunkLinks.of(start, links))
        clusters += _place(block, clusters, [int(c) for c in chunk], len(head), limit)
    alignment.groups = [sorted((r for k in cluster for r in found.refs[k]),
                               key=lambda r: (r.article_id, r.index))
                        for cluster in sorted(clusters, key=lambda c: c[0])]
    alignment.rows = found.rows()
    return alignment


def _place(block: np.ndarray, clusters: list[list[int]], chunk: list[int], n_head: int,
           limit: float) -> list[list[int]]:
    """Add each chunk claim to the head cluster it fits best (in place); cluster the rest
    among themselves and return those new clusters."""
    head_clusters = [c for c in clusters if c[0] < n_head]
    weights = np.zeros((n_head, len(head_clusters)))
    for k, cluster in enumerate(head_clusters):
        members = [i for i in cluster if i < n_head]  # placed tail claims are not columns
        weights[members, k] = 1.0 / len(members)
    means = block[:, :n_head] @ weights  # chunk × head clusters
    best = means.argmax(axis=1)
    rest = []
    for row, claim in enumerate(chunk):
        if means[row, best[row]] >= limit:
            head_clusters[best[row]].append(claim)
        else:
            rest.append(row)
    inner = block[np.ix_(rest, [n_head + r for r in rest])]
    return [[chunk[rest[i]] for i in group] for group in agglomerate(inner, limit)]


def align_story(
    articles: list[Article], encoder: Encoder, threshold: float | None = None
) -> list[list[ClaimRef]]:
    return align_claims(articles, encoder, threshold).groups

"""Streaming multilingual story clustering (after Miranda et al. 2018).

Each article, in a fixed order (published date, then id), joins the story it is most
similar to, or starts a new one. Similarity mixes the best cosine to a member article,
the cosine to the story centroid and the overlap of language-independent entity keys
(weighted by rarity), with a penalty for stories far apart in time. The linker's state
is small (vectors, entity sets, dates), so adding one article never re-clusters the rest,
and the same articles in the same order always give the same stories.

Adding one article costs the same however large the corpus grows: a story keeps the
running sum of its vectors (its centroid) and at most ``MAX_REPRESENTATIVES`` member
vectors (its first members and its most recent ones) for the best-member cosine, and an
article is scored only against the ``CANDIDATES`` stories with the nearest centroids.
Below those sizes (every story in the dev corpus) the result is the exhaustive one.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from parallax.embed.encoder import Vectors
from parallax.link.features import LinkFeatures

JOIN_THRESHOLD = 0.52
ENTITY_WEIGHT = 0.25
MEMBER_WEIGHT = 0.6
MAX_DAYS_APART = 10
TIME_PENALTY = 0.2
MAX_REPRESENTATIVES = 32  # member vectors a story keeps: the first 16, the latest 16
CANDIDATES = 64  # stories scored per article, by centroid similarity


@dataclass
class Story:
    id: str
    members: list[str] = field(default_factory=list)
    vectors: list[Vectors] = field(default_factory=list)  # representatives only
    total: Vectors | None = None  # sum of all member vectors
    entities: Counter[str] = field(default_factory=Counter)
    first: date | None = None
    last: date | None = None
    # the centroid and the representatives as one matrix, kept until the next member
    _centroid: Vectors | None = field(default=None, repr=False, compare=False)
    _matrix: Vectors | None = field(default=None, repr=False, compare=False)

    @property
    def centroid(self) -> Vectors:
        if self._centroid is None:
            assert self.total is not None
            self._centroid = self.total / max(float(np.linalg.norm(self.total)), 1e-9)
        return self._centroid

    @property
    def matrix(self) -> Vectors:
        if self._matrix is None:
            self._matrix = np.stack(self.vectors)
        return self._matrix

    def add(self, f: LinkFeatures) -> None:
        self._centroid = self._matrix = None
        self.members.append(f.article_id)
        keep_first = MAX_REPRESENTATIVES // 2
        if len(self.vectors) >= MAX_REPRESENTATIVES:
            del self.vectors[keep_first]  # the oldest of the recent ones
        self.vectors.append(f.vector)
        self.total = f.vector.astype(np.float64) if self.total is None else self.total + f.vector
        self.entities.update(f.entities)
        if f.published:
            self.first = min(self.first or f.published, f.published)
            self.last = max(self.last or f.published, f.published)


class StoryLinker:
    def __init__(self, threshold: float = JOIN_THRESHOLD):
        self.threshold = threshold
        self.stories: list[Story] = []
        self.by_article: dict[str, str] = {}
        self.entity_df: Counter[str] = Counter()
        self.seen = 0
        self._index: dict[str, Story] = {}
        self._centroids = np.zeros((0, 0))  # row i: centroid of self.stories[i]
        self._row: dict[str, int] = {}

    def story(self, story_id: str) -> Story | None:
        return self._index.get(story_id)

    def _track(self, story: Story) -> None:
        """Keep ``story``'s row of the centroid matrix current."""
        row = self._row.get(story.id)
        centroid = story.centroid
        if row is None:
            row = len(self._row)
            self._row[story.id] = row
            if self._centroids.shape[0] <= row:
                grown = np.zeros((max(64, 2 * self._centroids.shape[0]), centroid.shape[0]))
                if self._centroids.size:
                    grown[: self._centroids.shape[0]] = self._centroids
                self._centroids = grown
        self._centroids[row] = centroid

    def _candidates(self, f: LinkFeatures) -> list[Story]:
        n = len(self.stories)
        if n <= CANDIDATES:
            return self.stories
        sims = self._centroids[:n] @ f.vector
        nearest = np.argpartition(-sims, CANDIDATES)[:CANDIDATES]
        return [self.stories[i] for i in sorted(nearest.tolist())]

    def _idf(self, key: str) -> float:
        return math.log((2 + self.seen) / (1 + self.entity_df[key]))

    def score(self, f: LinkFeatures, story: Story,
              idf: dict[str, float] | None = None) -> float:
        """How well ``f`` fits ``story`` (``idf``: the rarity of ``f``'s entity keys, when
        the caller scores several stories)."""
        member = float(np.max(story.matrix @ f.vector))
        centroid = float(story.centroid @ f.vector)
        sim = MEMBER_WEIGHT * member + (1 - MEMBER_WEIGHT) * centroid
        if f.entities and story.entities:
            weights = idf if idf is not None else {k: self._idf(k) for k in f.entities}
            shared = sum(w for k, w in weights.items() if k in story.entities)
            own = sum(weights.values())
            sim += ENTITY_WEIGHT * (shared / own if own else 0.0)
        if f.published and story.first and story.last:
            gap = max((story.first - f.published).days, (f.published - story.last).days, 0)
            if gap > MAX_DAYS_APART:
                sim -= TIME_PENALTY
        return sim

    def restore(self, f: LinkFeatures, story_id: str) -> None:
        """Put an article back in the story it was linked to before (no scoring)."""
        story = self._index.get(story_id)
        if story is None:
            story = Story(id=story_id)
            self.stories.append(story)
            self._index[story_id] = story
        story.add(f)
        self._track(story)
        self.by_article[f.article_id] = story_id
        self.entity_df.update(f.entities)
        self.seen += 1

    def add(self, f: LinkFeatures) -> str:
        """Put one article in its story; return the story id."""
        if f.article_id in self.by_article:
            return self.by_article[f.article_id]
        best: Story | None = None
        best_score = self.threshold
        idf = {k: self._idf(k) for k in f.entities}
        for story in self._candidates(f):
            s = self.score(f, story, idf)
            if s >= best_score:
                best, best_score = story, s
        if best is None:
            best = Story(id=f"s-{f.article_id}")
            self.stories.append(best)
            self._index[best.id] = best
        best.add(f)
        self._track(best)
        self.by_article[f.article_id] = best.id
        self.entity_df.update(f.entities)
        self.seen += 1
        return best.id


def link_order(features: list[LinkFeatures]) -> list[LinkFeatures]:
    """The fixed order articles are linked in: by date (undated last), then id."""
    return sorted(features, key=lambda f: (f.published or date.max, f.article_id))

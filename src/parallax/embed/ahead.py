"""Embedding ahead: encode each article's texts in a helper process while the next
articles go through the per-article pipeline, so the corpus stages find them cached.

On two cores the per-article stages (Python, one core) and the encoder (matrix products,
the other core) then overlap, and a stream of new text costs about the larger of the two
rather than their sum. A thread cannot do this: the encoder's tokenizer and its many
small array operations need the interpreter lock, and measured in a thread the encoder
ran 40 % slower and the whole run was slower. The helper only computes; the vectors come
back to the caller, which writes them to the cache, so the store sees one writer. When
``IN_FLIGHT`` batches are already waiting for the helper, the caller encodes the next
batch itself instead of waiting: the work then splits between the two cores by itself,
and memory stays flat.
"""

from __future__ import annotations

import itertools
import multiprocessing
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor

import numpy as np

from parallax.embed.cache import VectorCache, text_key
from parallax.embed.encoder import Encoder, Vectors
from parallax.model import Article

BATCH_TEXTS = 64  # texts sent to the helper at a time
IN_FLIGHT = 8  # batches with the helper before the caller encodes the next one itself
HELPER_AFTER = 400  # texts waiting before the helper starts (about 20 articles)
CHECK_TEXTS = 256  # texts gathered before the cache is asked which it has (a dozen articles)
# keys of texts recently queued, so a text repeated while its batch is still out is not
# sent twice; an older one is in the cache by then, so the window bounds memory only
RECENT_KEYS = 20_000

_worker_encoder: Encoder | None = None


def _start_worker(make_encoder: Callable[[], Encoder]) -> None:
    global _worker_encoder
    from parallax.runtime import single_threaded_blas

    single_threaded_blas()  # one core for the helper, the other for the pipeline
    _worker_encoder = make_encoder()


def _encode(texts: list[str]) -> tuple[Vectors, float]:
    assert _worker_encoder is not None
    started = time.perf_counter()
    vectors = _worker_encoder.encode(texts)
    return np.asarray(vectors, dtype=np.float32), time.perf_counter() - started


class EmbedAhead:
    """Feed it articles (``add``); a helper process encodes the texts ``texts_of`` gives
    for each that the cache lacks. ``close`` waits for the rest and writes everything.

    ``make_encoder`` runs in the helper, so it must be a module-level function; its
    encoder must have the same ``version`` as ``version`` (the cache key)."""

    def __init__(self, make_encoder: Callable[[], Encoder], version: str, cache: VectorCache,
                 texts_of: Callable[[Article], list[str]]):
        self.version, self.cache, self.texts_of = version, cache, texts_of
        self.encoded = 0  # texts sent to the encoder
        self.seconds = 0.0  # time the helper spent encoding
        self.waited = 0.0  # time the caller spent waiting for the helper
        self.local_seconds = 0.0  # time the caller spent encoding while the helper was busy
        self._make_encoder = make_encoder
        self._local: Encoder | None = None
        self._recent: dict[str, None] = {}  # insertion-ordered: the oldest go first
        self._unchecked: dict[str, str] = {}  # texts by key, not yet looked up
        self._batch: list[str] = []
        self._pending: deque[tuple[list[str], Future[tuple[Vectors, float]]]] = deque()
        self._pool: ProcessPoolExecutor | None = None  # started once there is work enough
        self.failure: str | None = None  # why the helper stopped, if it did

    def add(self, article: Article) -> None:
        if self.failure is not None:
            return  # the helper is gone: the corpus stages encode what is left
        keyed = {text_key(self.version, t): t for t in self.texts_of(article) if t}
        new = [k for k in keyed if k not in self._recent]
        self._recent.update(dict.fromkeys(new))
        for old in list(itertools.islice(self._recent, max(0, len(self._recent) - RECENT_KEYS))):
            del self._recent[old]
        self._unchecked.update((k, keyed[k]) for k in new)
        if len(self._unchecked) >= CHECK_TEXTS:
            self._check()

    def _check(self) -> None:
        """Look the texts gathered so far up in the cache (one query for several
        articles); queue the missing ones for the helper, and send full batches."""
        if self._unchecked:
            known = self.cache.known(list(self._unchecked))
            self._batch += [t for k, t in self._unchecked.items() if k not in known]
            self._unchecked = {}
        if self._pool is None and len(self._batch) < HELPER_AFTER:
            return  # a small ingest is not worth a helper: the corpus stages encode it
        while len(self._batch) >= BATCH_TEXTS:
            self._send()
        self._collect(block=False)

    def close(self) -> None:
        """Send what is left, wait for every batch and write it to the cache. (Without a
        helper nothing was sent: the corpus stages encode those few texts themselves.)"""
        if self.failure is None:
            self._check()
        if self._pool is None:
            return
        try:
            if self._batch:
                self._send()
            while self._pending:
                self._collect(block=True)
        finally:
            self._pool.shutdown(cancel_futures=True)

    def _send(self) -> None:
        texts, self._batch = self._batch[:BATCH_TEXTS], self._batch[BATCH_TEXTS:]
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker, initargs=(self._make_encoder,))
        self._collect(block=False)
        if self.failure is not None:
            return
        if len(self._pending) < IN_FLIGHT:
            try:
                self._pending.append((texts, self._pool.submit(_encode, texts)))
            except Exception as exc:  # noqa: BLE001 - a broken or unstartable helper
                self._give_up(exc)
            return
        # the helper is behind: encode this batch here rather than wait for it
        started = time.perf_counter()
        try:
            if self._local is None:
                self._local = self._make_encoder()
            vectors = self._local.encode(texts)
        except Exception as exc:  # noqa: BLE001 - the corpus stages will meet it again
            self._give_up(exc)
            return
        self.local_seconds += time.perf_counter() - started
        self._store(texts, vectors)

    def _collect(self, block: bool) -> None:
        """Write finished batches to the cache, oldest first; with ``block``, wait for
        the oldest one."""
        while self._pending and (block or self._pending[0][1].done()):
            texts, future = self._pending.popleft()
            started = time.perf_counter()
            try:
                vectors, seconds = future.result()
            except Exception as exc:  # noqa: BLE001 - the helper died or its encoder failed
                self._give_up(exc)
                return
            self.waited += time.perf_counter() - started
            self.seconds += seconds
            self._store(texts, vectors)
            block = False

    def _give_up(self, exc: Exception) -> None:
        """Stop embedding ahead (the helper or the local encoder failed). Ingest goes on:
        what was not cached is encoded by the corpus stages, as without a helper."""
        self.failure = f"{type(exc).__name__}: {exc}"
        self._pending.clear()
        self._batch = []
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)

    def _store(self, texts: list[str], vectors: Vectors) -> None:
        self.encoded += len(texts)
        self.cache.put_many({text_key(self.version, t): v
                             for t, v in zip(texts, vectors, strict=True)})

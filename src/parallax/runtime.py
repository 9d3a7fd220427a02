"""Process-wide settings that make the library fast on small problems."""

from __future__ import annotations


def single_threaded_blas() -> None:
    """Limit BLAS (numpy's matrix products) to one thread in this process.

    Our numpy work is many small products (framing weights, story centroids, claim
    similarities); a BLAS thread pool costs more in hand-offs than it gains. Measured
    with ``parallax bench --sizes 1000`` on 2 cores: 32.1 → 43.3 articles/s. Parallelism
    comes from processes instead (``--cluster local:N``).
    """
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


_gc_settled = False
YOUNG_COLLECTION_EVERY = 20_000  # allocations between collections of the youngest objects


def settle_gc() -> None:
    """Once a process has loaded what it keeps (models, lexicons, gazetteer, caches): take
    those objects out of the garbage collector's scans (``gc.freeze``) and collect young
    objects less often. Runs once a process; later calls do nothing.

    Article after article, the collector otherwise rescans everything loaded at start:
    measured on 550 new articles through the pipeline, it took 1.1 ms of 9.2 ms an
    article (0.85 ms in full collections). Frozen objects are never freed, which is what
    a process-long model is anyway.
    """
    import gc

    global _gc_settled
    if _gc_settled:
        return
    _gc_settled = True
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_EVERY, middle, old)

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

"""Opening a Dask cluster from a ``--cluster`` value.

- ``local:N``: a ``LocalCluster`` of N worker processes (one thread each) on this machine.
- ``tcp://HOST:8786`` (or ``tls://…``): an existing scheduler. Any cluster that exposes
  one works unchanged: dask-jobqueue (SLURM, PBS …) or Kubernetes (dask-kubernetes,
  the Dask Helm chart) start the scheduler and workers; pass the scheduler's address.
  Workers need the ``parallax-news`` package installed and must reach the database
  (PostgreSQL for a real cluster; a SQLite file works only on one machine).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from distributed import Client, LocalCluster


class ClusterSpecError(ValueError):
    pass


@contextmanager
def open_cluster(spec: str) -> Iterator[Client]:
    if spec.startswith("local:"):
        try:
            workers = int(spec.removeprefix("local:"))
        except ValueError as exc:
            raise ClusterSpecError(f"--cluster {spec!r}: expected local:N") from exc
        if not 1 <= workers <= 256:
            raise ClusterSpecError(f"--cluster {spec!r}: N must be 1–256")
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                          dashboard_address=None, silence_logs=40) as cluster, \
                Client(cluster) as client:
            yield client
        return
    if spec.startswith(("tcp://", "tls://", "inproc://")):
        with Client(spec, timeout="30s") as client:
            yield client
        return
    raise ClusterSpecError(f"--cluster {spec!r}: use local:N or tcp://SCHEDULER:8786")

"""Peak memory of a job that runs in more than one process.

``ru_maxrss`` gives each process's own peak, but the embed-ahead helper peaks during
ingest and the main process during the corpus stages, so the sum of the two peaks is more
than the job ever held at once. ``TreePeak`` samples the summed RSS of this process and
its children in a thread and keeps the largest sum (at least this process's own peak,
which the kernel records exactly).
"""

from __future__ import annotations

import resource
import threading

import psutil

SAMPLE_SECONDS = 0.25  # the job's peaks last seconds; sampling more often cost 4 % speed


def own_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def sum_of_peaks_mb() -> float:
    """This process's peak plus the largest peak of its ended children: an upper bound."""
    return own_peak_mb() + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


class TreePeak:
    def __init__(self, interval: float = SAMPLE_SECONDS):
        self.interval = interval
        self.sampled_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @property
    def peak_mb(self) -> float:
        return max(self.sampled_mb, own_peak_mb())

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for process in [me, *me.children(recursive=True)]:
                try:
                    total += process.memory_info().rss
                except psutil.Error:  # a child that just ended
                    continue
            self.sampled_mb = max(self.sampled_mb, total / 2**20)
            self._stop.wait(self.interval)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

"""The process-tree peak sees a child's memory while the child lives."""

import subprocess
import sys
import time

from parallax.bench.memory import TreePeak, own_peak_mb

CHILD = "b = bytearray(300 * 2**20); import time; time.sleep(1.5)"  # 300 MB, touched


def test_the_tree_peak_counts_a_child_while_it_runs() -> None:
    tree = TreePeak(interval=0.02)
    tree.start()
    before = own_peak_mb()
    child = subprocess.Popen([sys.executable, "-c", CHILD])
    child.wait(timeout=60)
    time.sleep(0.1)
    tree.stop()
    assert tree.sampled_mb >= before + 200  # the child's 300 MB came on top of ours
    assert tree.peak_mb >= before

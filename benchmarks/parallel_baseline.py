"""What two processes gain on this machine for pure-Python work, to read the --jobs 2 figure against.

On a virtual machine two vCPUs can share a physical core or its caches, so two busy processes
may each run slower than one alone; no --jobs code can beat that. The workload is string and
dict work of the kind the pipeline does (lower-casing, slicing, counting words), over the bench
corpus's own text, in forked processes that share nothing but the input.
"""

from __future__ import annotations

import multiprocessing as mp
import time

_TEXT: list[str] = []


def _work(rounds: int) -> int:
    counts: dict[str, int] = {}
    for _ in range(rounds):
        for word in _TEXT:
            key = word.lower()[:12]
            counts[key] = counts.get(key, 0) + 1
    return len(counts)


def _calibrate(target_s: float) -> int:
    start = time.perf_counter()
    _work(1)
    one = max(time.perf_counter() - start, 1e-6)
    return max(1, round(target_s / one))


def machine_speedup(text: str, target_s: float = 3.0) -> float:
    """Wall time of one process doing 2 units of work / two processes doing 1 unit each."""
    _TEXT[:] = text.split()
    rounds = _calibrate(target_s / 2)
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    start = time.perf_counter()
    _work(2 * rounds)
    serial = time.perf_counter() - start
    with ctx.Pool(2) as pool:
        pool.map(_work, [1, 1])  # worker start-up outside the timing
        start = time.perf_counter()
        pool.map(_work, [rounds, rounds], chunksize=1)
        parallel = time.perf_counter() - start
    return serial / parallel

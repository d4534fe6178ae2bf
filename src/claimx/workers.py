"""--jobs: documents through worker processes, in store order, stopped cleanly by Ctrl-C and SIGTERM."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language

from claimx.extract import claims_of, fingerprint, frozen_heap, process, store_order
from claimx.sources import STDIN, read_source
from claimx.store import claim_line

_WORKER: dict[str, Any] = {}  # what a worker process holds: the pipeline, --strict, the fingerprint


def _init_worker(nlp: Language, strict: bool, pooled: bool = False) -> None:
    if pooled:
        # Ctrl-C reaches the whole process group: the parent alone reports it and stops the pool,
        # instead of every worker printing a KeyboardInterrupt traceback of its own.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        # The pool stops its workers with SIGTERM; the CLI's handler (inherited through fork) would
        # make each of them print a traceback.
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _WORKER.update(nlp=nlp, strict=strict, extractor=fingerprint(nlp))


def _work(path: str) -> tuple[list[str], tuple[str, ...], int]:
    # Store lines, not Claims: a worker serializes its own claims, so the parent only writes
    # (unpickling and serializing every claim in the parent made it a serial bottleneck).
    source = read_source(path, strict=_WORKER["strict"])
    claims = claims_of(process(source, _WORKER["nlp"]), _WORKER["extractor"])
    return [claim_line(c) for c in claims], source.warnings, source.nbytes


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity mask: taskset, a cpuset), not the machine's count.

    A CPU quota (docker --cpus, a Kubernetes limit) does not show here: give --jobs N there.
    """
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def document_batches(paths: Iterable[str | Path], nlp: Language, jobs: int, strict: bool
                     ) -> Iterator[tuple[list[str], tuple[str, ...], int]]:
    """Per-document claim batches in store order; with jobs > 1, from worker processes."""
    ordered = store_order(paths)
    if jobs <= 1 or len(ordered) < 2 or STDIN in ordered:
        _init_worker(nlp, strict)
        with frozen_heap(nlp):
            yield from map(_work, ordered)
        return
    import multiprocessing as mp

    # fork shares the loaded lexicons with the workers instead of loading them again in each.
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    # Warmed and frozen before the fork: what the first document loads lazily (~0.2 s) is loaded
    # once and shared, and the workers' collectors skip the shared objects instead of touching
    # (copying) every shared page.
    with frozen_heap(nlp):
        # A Ctrl-C or SIGTERM while the workers are being forked would leave those already started
        # outside the `with` that stops them (orphans holding the terminal's pipes): it is held
        # until that `with` is entered.
        release = _defer_stops()
        try:
            # no more workers than documents: each forked one costs start-up and copied pages
            pool = ctx.Pool(min(jobs, len(ordered)), initializer=_init_worker, initargs=(nlp, strict, True))
        except BaseException:
            release()
            raise
        with pool:
            release()
            # imap keeps document order, so the output is byte-identical to --jobs 1.
            yield from pool.imap(_work, ordered, chunksize=1)


def _defer_stops() -> Callable[[], None]:
    """Hold SIGINT and SIGTERM until the returned function is called, which delivers the first held.

    Python-level, not a signal mask: a mask is per thread, and another thread (rich's progress
    bar) would take the signal. A worker forked meanwhile stops at once, as by default.
    """
    if threading.current_thread() is not threading.main_thread():
        return lambda: None  # only the main thread may set handlers; it alone gets the signals
    parent, held = os.getpid(), []

    def hold(signum: int, frame: Any) -> None:
        if os.getpid() != parent:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
        held.append(signum)

    before: dict[int, Any] = {}

    def release() -> None:
        for s, handler in before.items():
            signal.signal(s, handler if handler is not None else signal.SIG_DFL)
        if held:
            signal.raise_signal(held[0])  # the handler just restored runs here

    try:
        for s in (signal.SIGINT, signal.SIGTERM):
            if signal.getsignal(s) is not signal.SIG_IGN:  # ignored (nohup, `&`): it stays ignored
                before[s] = signal.signal(s, hold)
    except BaseException:  # a stop between the two: put back what was swapped, then let it out
        release()
        raise
    return release

"""Incremental extraction: merge re-read documents into an existing store, in store order."""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

from claimx.model import Claim, Extractor
from claimx.sources import read_bytes
from claimx.store import claim_line, read_store

# A document's store lines, its read warnings, and its size in bytes.
Batch = tuple[list[str], tuple[str, ...], int]


def _old_documents(store: Path) -> Iterator[tuple[str, list[Claim]]]:
    """The store's claims grouped by document (the store is sorted by path)."""
    if not store.exists():
        return
    for path, claims in itertools.groupby(read_store(store), key=lambda c: c.doc.path):
        yield path, list(claims)


def merge_update(store: Path, inputs: list[str], fingerprint: Extractor,
                 work: Callable[[list[str]], Iterator[Batch]], *, prune: bool = False,
                 counts: dict[str, int]) -> Iterator[Batch]:
    """Batches for the new store: unchanged documents reuse their old claims; changed and new
    ones go through `work` (given in path order); documents not among the inputs are kept, or
    dropped with `prune` when their file no longer exists."""
    old = dict(_old_summary(store))
    plan: list[tuple[str, bool]] = []  # (path, reuse the old claims?)
    for path in inputs:
        data = read_bytes(path)
        unchanged = old.get(path) == (hashlib.sha256(data).hexdigest(), fingerprint)
        counts["skipped"] += unchanged
        counts["skipped_bytes"] += len(data) if unchanged else 0
        plan.append((path, unchanged))
    wanted = set(inputs)
    plan += [(path, True) for path in old if path not in wanted and not (prune and not Path(path).exists())]
    plan.sort()
    fresh = work([path for path, reuse in plan if not reuse])
    olds = _old_documents(store)
    current = next(olds, None)
    for path, reuse in plan:
        if not reuse:
            yield next(fresh)
            continue
        while current is not None and current[0] < path:
            current = next(olds, None)
        if current is not None and current[0] == path:
            yield [claim_line(c) for c in current[1]], (), 0


def _old_summary(store: Path) -> Iterator[tuple[str, tuple[str, Extractor]]]:
    for path, claims in _old_documents(store):
        yield path, (claims[0].doc.sha256, claims[0].extractor)

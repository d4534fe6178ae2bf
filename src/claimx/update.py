"""Incremental extraction: merge re-read documents into an existing store, in store order."""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

from claimx.model import Claim
from claimx.store import read_store

Batch = tuple[list[Claim], tuple[str, ...], int]


def _old_documents(store: Path) -> Iterator[tuple[str, list[Claim]]]:
    """The store's claims grouped by document (the store is sorted by path)."""
    if not store.exists():
        return
    for path, claims in itertools.groupby(read_store(store), key=lambda c: c.doc.path):
        yield path, list(claims)


def merge_update(store: Path, inputs: list[str], fingerprint: str, work: Callable[[list[str]], Iterator[Batch]],
                 *, prune: bool = False, counts: dict[str, int]) -> Iterator[Batch]:
    """Batches for the new store: unchanged documents reuse their old claims; changed and new
    ones go through `work` (given in path order); documents not among the inputs are kept, or
    dropped with `prune` when their file no longer exists."""
    todo: list[str] = []
    plan: list[tuple[str, str, list[Claim] | None]] = []  # (path, "keep"|"work", old claims)
    wanted = sorted(inputs)
    old = dict(_old_summary(store))
    for path in wanted:
        sha = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        if old.get(path) == (sha, fingerprint):
            plan.append((path, "keep", None))
            counts["skipped"] += 1
        else:
            plan.append((path, "work", None))
            todo.append(path)
    inputs_set = set(wanted)
    for path in old:
        if path not in inputs_set and not (prune and not Path(path).exists()):
            plan.append((path, "keep", None))
    plan.sort(key=lambda p: p[0])
    keep = {p for p, how, _ in plan if how == "keep"}
    fresh = work(todo)
    olds = _old_documents(store)
    current = next(olds, None)
    for path, how, _ in plan:
        if how == "work":
            yield next(fresh)
            continue
        while current is not None and current[0] < path:
            current = next(olds, None)
        if current is not None and current[0] == path and path in keep:
            yield current[1], (), 0


def _old_summary(store: Path) -> Iterator[tuple[str, tuple[str, str]]]:
    for path, claims in _old_documents(store):
        first = claims[0]
        yield path, (first.doc.sha256, first.extractor.lexicons + "@" + first.extractor.version)

"""Counts over a claims store, computed in one streaming pass."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from claimx.review import review_progress
from claimx.store import read_store


def store_stats(path: str | Path, top: int = 15) -> dict[str, Any]:
    claims = negated = hedged = 0
    by_predicate: Counter[str] = Counter()
    by_types: Counter[str] = Counter()
    by_document: Counter[str] = Counter()
    by_op: Counter[str] = Counter()
    entities: Counter[tuple[str, str, str]] = Counter()
    for c in read_store(path):
        claims += 1
        negated += c.negated
        hedged += c.hedged
        by_predicate[c.predicate] += 1
        by_types[f"{c.subject.type} → {c.object.type}"] += 1
        by_document[c.doc.path] += 1
        if c.subject.op:
            by_op[c.subject.op] += 1
        for arg in (c.subject, c.object):
            entities[(arg.norm, arg.type, arg.id)] += 1
    data: dict[str, Any] = {
        "claims": claims,
        "documents": len(by_document),
        "negated": negated,
        "hedged": hedged,
        "by_predicate": dict(by_predicate.most_common()),
        "by_types": dict(by_types.most_common(10)),
        "by_document": dict(by_document.most_common(10)),
        "by_op": dict(by_op.most_common()),
        "top_entities": [
            {"norm": n, "type": t, "id": i, "count": k} for (n, t, i), k in entities.most_common(top)
        ],
    }
    data["review"] = review_progress(path)
    return data

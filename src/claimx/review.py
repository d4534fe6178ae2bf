"""Review decisions (accept / reject / note) in an append-only file beside the store.

`claims.jsonl` gets `claims.review.jsonl`.  Decisions are keyed by claim id; ids are stable
across re-extraction of unchanged documents, so decisions survive it, and a claim whose id
changed (its document was edited) is simply unreviewed again.  The latest decision per id wins.
"""

from __future__ import annotations

import contextlib
import getpass
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from claimx.errors import BadUsage, OutputError
from claimx.model import Claim
from claimx.store import dumps, read_records, read_store

DECISIONS = ("accepted", "rejected", "note")  # "note" annotates without changing the status
STATUSES = ("accepted", "rejected", "unreviewed")


@dataclass(frozen=True)
class Decision:
    id: str
    decision: str
    note: str | None
    time: str
    reviewer: str

    def __post_init__(self) -> None:
        if self.decision not in DECISIONS:
            raise ValueError(f"decision must be one of {DECISIONS}, not {self.decision!r}")
        if not isinstance(self.id, str) or not self.id:
            raise ValueError("claim id must be a non-empty string")

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "decision": self.decision, "note": self.note, "time": self.time,
                "reviewer": self.reviewer}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Decision:
        return cls(d["id"], d["decision"], d.get("note"), d["time"], d.get("reviewer") or "")


def review_path(store: str | Path) -> Path:
    """`claims.jsonl` -> `claims.review.jsonl`; any other name gets `.review.jsonl` appended to its stem."""
    p = Path(store)
    stem = p.name[: -len(".jsonl")] if p.name.endswith(".jsonl") else p.stem
    return p.with_name(f"{stem}.review.jsonl")


def now_utc() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def current_reviewer() -> str:
    name = os.environ.get("USER") or os.environ.get("USERNAME")
    if not name:
        with contextlib.suppress(Exception):
            name = getpass.getuser()
    return name or "unknown"


def read_decisions(path: str | Path) -> Iterator[Decision]:
    """Every decision in file order; a missing file has none."""
    if not Path(path).exists():
        return iter(())
    return read_records(path, Decision.from_dict, "review decision")


@dataclass(frozen=True)
class ReviewState:
    """The latest status and the notes of each reviewed id."""

    status: dict[str, str]
    notes: dict[str, list[str]]

    def of(self, claim_id: str) -> str:
        return self.status.get(claim_id, "unreviewed")


def load_state(store: str | Path) -> ReviewState:
    status: dict[str, str] = {}
    notes: dict[str, list[str]] = {}
    for d in read_decisions(review_path(store)):
        if d.decision != "note":
            status[d.id] = d.decision
        if d.note:
            notes.setdefault(d.id, []).append(d.note)
    return ReviewState(status, notes)


class ReviewLog:
    """Appends decisions to the review file, one flushed line each, so a crash keeps all but the last."""

    def __init__(self, store: str | Path, reviewer: str | None = None) -> None:
        self.path = review_path(store)
        self.reviewer = reviewer or current_reviewer()

    def record(self, claim_id: str, decision: str, note: str | None = None, time: str | None = None) -> Decision:
        d = Decision(claim_id, decision, note, time or now_utc(), self.reviewer)
        self.append([d])
        return d

    def append(self, decisions: Iterable[Decision]) -> int:
        lines = "".join(dumps(d.to_dict()) + "\n" for d in decisions)
        try:
            with open(self.path, "a", encoding="utf-8", newline="\n") as fh:
                fh.write(lines)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as err:
            raise OutputError(f"{self.path}: cannot append review decisions ({err.strerror})") from None
        return lines.count("\n")


def split_ids(values: Iterable[str]) -> list[str]:
    """`--accept a,b --accept c` -> [a, b, c]."""
    return [part for v in values for part in v.replace(",", " ").split()]


def decide(store: str | Path, ids: Iterable[str], decision: str, note: str | None = None,
           reviewer: str | None = None) -> list[Decision]:
    """Record one decision for each id; unknown ids are refused before anything is written."""
    wanted = list(dict.fromkeys(ids))
    known = {c.id for c in read_store(store)}
    unknown = [i for i in wanted if i not in known]
    if unknown:
        raise BadUsage(f"{store}: no claim with id {', '.join(unknown)}")
    log = ReviewLog(store, reviewer)
    time = now_utc()
    out = [Decision(i, decision, note, time, log.reviewer) for i in wanted]
    log.append(out)
    return out


def to_review(store: str | Path, from_diff: str | Path | None = None, include_reviewed: bool = False) -> list[Claim]:
    """The claims to offer: unreviewed ones (or all), only those added or changed since `from_diff`."""
    state = load_state(store)
    claims = list(read_store(store))
    if from_diff is not None:
        from claimx.diff import diff_claims

        result = diff_claims(read_store(from_diff), claims)
        changed = {ch.new.id for ch in result.changes if ch.kind in ("added", "changed") and ch.new}
        claims = [c for c in claims if c.id in changed]
    if not include_reviewed:
        claims = [c for c in claims if state.of(c.id) == "unreviewed"]
    return claims


def review_progress(store: str | Path) -> dict[str, int]:
    """Accepted / rejected / unreviewed counts of the store's claims (for `claimx stats`).

    `orphaned` counts reviewed ids no longer in the store (their claims changed or vanished).
    """
    state = load_state(store)
    counts = dict.fromkeys(STATUSES, 0)
    ids = set()
    for c in read_store(store):
        if c.id in ids:
            continue
        ids.add(c.id)
        counts[state.of(c.id)] += 1
    counts["total"] = len(ids)
    counts["orphaned"] = sum(1 for i in state.status if i not in ids)
    return counts

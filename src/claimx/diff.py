"""Claim diff between two stores: added, removed, changed and moved claims, in linear time.

Claims are paired first by id, then, for the rest, by progressively looser keys built from
the document path, the evidence sentence and the subject/object parts.  Ids and offsets are
deliberately not part of those keys: editing one sentence of a paper changes its sha256
(hence every claim id) and shifts every later offset, and such claims must come out as
"moved", not as a removal plus an addition.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimx.collector import no_gc
from claimx.diff_read import read_claims
from claimx.model import Claim

KINDS = ("added", "removed", "changed", "moved", "unchanged")
CONFIDENCE_TOLERANCE = 0.005

# The parts of a claim a curator cares about; ids, offsets, sha256 and extractor are not.
FIELDS: tuple[tuple[str, Callable[[Claim], Any]], ...] = (
    ("predicate", lambda c: c.predicate),
    ("negated", lambda c: c.negated),
    ("hedged", lambda c: c.hedged),
    ("subject.op", lambda c: c.subject.op),
    ("subject.text", lambda c: c.subject.text),
    ("subject.norm", lambda c: c.subject.norm),
    ("subject.id", lambda c: c.subject.id),
    ("subject.type", lambda c: c.subject.type),
    ("subject.xrefs", lambda c: list(c.subject.xrefs)),
    ("object.op", lambda c: c.object.op),
    ("object.process", lambda c: c.object.process),
    ("object.text", lambda c: c.object.text),
    ("object.norm", lambda c: c.object.norm),
    ("object.id", lambda c: c.object.id),
    ("object.type", lambda c: c.object.type),
    ("object.xrefs", lambda c: list(c.object.xrefs)),
    ("context", lambda c: c.context.to_dict()),
    ("evidence.text", lambda c: c.evidence.text),
    ("evidence.section", lambda c: c.evidence.section),
)


@dataclass(frozen=True)
class Change:
    """One paired or unpaired claim; `fields` maps a changed part to (old, new)."""

    kind: str
    old: Claim | None
    new: Claim | None
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)

    @property
    def claim(self) -> Claim:
        """The claim to show: the new one, or the old one when it was removed."""
        return self.new if self.new is not None else self.old  # type: ignore[return-value]

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "old_id": self.old.id if self.old else None,
            "new_id": self.new.id if self.new else None,
            "fields": {k: {"old": o, "new": n} for k, (o, n) in self.fields.items()},
            "old": self.old.to_dict() if self.old else None,
            "new": self.new.to_dict() if self.new else None,
        }


@dataclass(frozen=True)
class Sentence:
    """The changes of one evidence sentence of one document."""

    doc: str
    text: str
    span: tuple[int, int]
    section: str | None
    changes: tuple[Change, ...]


@dataclass
class DiffResult:
    changes: list[Change]  # every kind but "unchanged"
    counts: dict[str, int]

    def different(self, include_moved: bool = False) -> bool:
        kinds = ("added", "removed", "changed") + (("moved",) if include_moved else ())
        return any(self.counts[k] for k in kinds)

    def shown(self, include_moved: bool = False) -> list[Change]:
        return [c for c in self.changes if include_moved or c.kind != "moved"]

    def sentences(self, include_moved: bool = False) -> list[Sentence]:
        """Changes grouped by document and evidence sentence, in document order."""
        groups: dict[tuple[str, str, int], list[Change]] = defaultdict(list)
        for ch in self.shown(include_moved):
            c = ch.claim
            groups[(c.doc.path, c.evidence.text, c.evidence.span[0])].append(ch)
        out = []
        for (doc, text, _start), changes in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][2], kv[0][1])):
            ev = changes[0].claim.evidence
            order = {k: i for i, k in enumerate(KINDS)}
            changes.sort(key=lambda ch: (ch.claim.subject.span[0], ch.claim.object.span[0], order[ch.kind]))
            out.append(Sentence(doc, text, ev.span, ev.section, tuple(changes)))
        return out

    def to_dict(self, include_moved: bool = False) -> dict[str, Any]:
        docs: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for s in self.sentences(include_moved):
            docs[s.doc].append({"evidence": s.text, "span": list(s.span), "section": s.section,
                                "changes": [ch.to_dict() for ch in s.changes]})
        return {"counts": dict(self.counts), "different": self.different(include_moved),
                "documents": [{"path": p, "sentences": v} for p, v in docs.items()]}


def _meaning(c: Claim) -> tuple:
    """Everything FIELDS compares, in one tuple: most pairs are equal and need no field walk."""
    s, o = c.subject, c.object
    return (c.predicate, c.negated, c.hedged, c.context, c.evidence.text, c.evidence.section,
            s.op, s.text, s.norm, s.id, s.type, s.xrefs, o.op, o.process, o.text, o.norm, o.id, o.type, o.xrefs)


def changed_fields(old: Claim, new: Claim, tolerance: float = CONFIDENCE_TOLERANCE) -> dict[str, tuple[Any, Any]]:
    if _meaning(old) == _meaning(new):
        out = {}
    else:
        out = {name: (get(old), get(new)) for name, get in FIELDS if get(old) != get(new)}
    if abs(old.confidence - new.confidence) > tolerance:
        out["confidence"] = (old.confidence, new.confidence)
    return out


def _rel(c: Claim) -> tuple[int, int, int, int]:
    """Subject and object offsets relative to their sentence: stable when earlier text shifts."""
    e = c.evidence.span[0]
    return (c.subject.span[0] - e, c.subject.span[1] - e, c.object.span[0] - e, c.object.span[1] - e)


def _position(c: Claim) -> tuple:
    return (c.evidence.span[0], c.subject.span[0], c.object.span[0], c.predicate, c.id)


# Looser and looser pairing keys; within a key, claims pair in document order.
TIERS: tuple[Callable[[Claim], Hashable], ...] = (
    # same meaning, same sentence text: the sentence moved, or only the id changed
    lambda c: (c.doc.path, c.evidence.text, c.subject.text, c.subject.id, c.object.text, c.object.id,
               c.predicate, c.negated, c.subject.op),
    # same parts in the same sentence: a flag or the direction changed
    lambda c: (c.doc.path, c.evidence.text, c.subject.text, c.subject.id, c.object.text, c.object.id),
    # same words at the same place in the sentence: normalization or id changed
    lambda c: (c.doc.path, c.evidence.text, c.subject.text, c.object.text) + _rel(c)[::2],
    lambda c: (c.doc.path, c.evidence.text, c.subject.text, c.object.text),
    # same bytes and offsets, sentence text re-normalized (a lexicon or OCR-rule change)
    lambda c: (c.doc.path, c.doc.sha256, c.evidence.span, c.subject.span, c.object.span),
)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _pair_by_overlap(olds: list[Claim], news: list[Claim]) -> list[tuple[Claim, Claim]]:
    """Last resort inside one sentence: subject and object spans overlap (a mention grew or shrank)."""
    buckets_old: dict[Hashable, list[Claim]] = defaultdict(list)
    buckets_new: dict[Hashable, list[Claim]] = defaultdict(list)
    for c in olds:
        buckets_old[(c.doc.path, c.evidence.text)].append(c)
    for c in news:
        buckets_new[(c.doc.path, c.evidence.text)].append(c)
    pairs = []
    for key, ns in buckets_new.items():
        os_ = buckets_old.get(key)
        # A sentence holds a handful of claims; the cap keeps pathological input linear.
        if not os_ or len(os_) * len(ns) > 4096:
            continue
        for n in ns:
            rn = _rel(n)
            for i, o in enumerate(os_):
                ro = _rel(o)
                if _overlaps(rn[:2], ro[:2]) and _overlaps(rn[2:], ro[2:]):
                    pairs.append((os_.pop(i), n))
                    break
    return pairs


EDITED_SENTENCE_SIMILARITY = 70  # rapidfuzz ratio of the two evidence texts, 0-100


def _pair_edited_sentence(olds: list[Claim], news: list[Claim]) -> list[tuple[Claim, Claim]]:
    """A sentence reworded in an edited paper: same document, same subject and object concepts,
    similar sentence text. Its claims are then reported as changed, not removed and added."""
    from rapidfuzz import fuzz

    buckets: dict[Hashable, list[Claim]] = defaultdict(list)
    for c in olds:
        buckets[(c.doc.path, c.subject.id, c.object.id)].append(c)
    pairs = []
    for n in news:
        cands = buckets.get((n.doc.path, n.subject.id, n.object.id))
        if not cands:
            continue
        scores = [fuzz.ratio(o.evidence.text, n.evidence.text) for o in cands[:64]]
        best = max(range(len(scores)), key=scores.__getitem__)
        if scores[best] >= EDITED_SENTENCE_SIMILARITY:
            pairs.append((cands.pop(best), n))
    return pairs


def diff_claims(old: Iterable[Claim], new: Iterable[Claim], tolerance: float = CONFIDENCE_TOLERANCE) -> DiffResult:
    """Pair the claims of two stores and classify each pair; linear in the number of claims."""
    with no_gc():
        return _diff(old, new, tolerance)


def _diff(old: Iterable[Claim], new: Iterable[Claim], tolerance: float) -> DiffResult:
    old_by_id: dict[str, Claim] = {}
    for c in old:
        old_by_id.setdefault(c.id, c)
    pairs: list[tuple[Claim, Claim]] = []
    new_left: list[Claim] = []
    seen_new: set[str] = set()
    for c in new:
        if c.id in seen_new:
            continue
        seen_new.add(c.id)
        o = old_by_id.pop(c.id, None)
        if o is None:
            new_left.append(c)
        else:
            pairs.append((o, c))
    old_left = sorted(old_by_id.values(), key=_position)
    new_left.sort(key=_position)

    for key in TIERS:
        if not old_left or not new_left:
            break
        buckets: dict[Hashable, deque[Claim]] = defaultdict(deque)
        for c in old_left:
            buckets[key(c)].append(c)
        rest = []
        for c in new_left:
            q = buckets.get(key(c))
            if q:
                pairs.append((q.popleft(), c))
            else:
                rest.append(c)
        new_left = rest
        old_left = sorted((c for q in buckets.values() for c in q), key=_position)
    for pairing in (_pair_by_overlap, _pair_edited_sentence):
        if not (old_left and new_left):
            break
        matched = pairing(old_left, new_left)
        pairs.extend(matched)
        used_old = {id(o) for o, _ in matched}
        used_new = {id(n) for _, n in matched}
        old_left = [c for c in old_left if id(c) not in used_old]
        new_left = [c for c in new_left if id(c) not in used_new]

    counts = dict.fromkeys(KINDS, 0)
    changes: list[Change] = []
    for o, n in pairs:
        if o is n or o == n:
            counts["unchanged"] += 1
            continue
        fields = changed_fields(o, n, tolerance)
        if fields:
            kind = "changed"
        elif o.id != n.id or o.evidence.span != n.evidence.span or o.subject.span != n.subject.span \
                or o.object.span != n.object.span:
            kind = "moved"
        else:
            counts["unchanged"] += 1
            continue
        counts[kind] += 1
        changes.append(Change(kind, o, n, fields))
    for c in old_left:
        counts["removed"] += 1
        changes.append(Change("removed", c, None))
    for c in new_left:
        counts["added"] += 1
        changes.append(Change("added", None, c))
    return DiffResult(changes, counts)


def diff_stores(old: str | Path, new: str | Path, tolerance: float = CONFIDENCE_TOLERANCE) -> DiffResult:
    """Diff two store files (the function `make bench` times)."""
    with no_gc():
        old_claims, index = read_claims(old)
        new_claims, _ = read_claims(new, index)
        del index
        return _diff(old_claims, new_claims, tolerance)

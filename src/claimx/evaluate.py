"""Score predicted claims against gold: precision / recall / F1 at three levels (DESIGN §5).

Levels, each stricter than the last:
  pair      same document, subject spans overlap and object spans overlap;
  directed  + same predicate;
  full      + same `negated` and same `subject.op`.
A gold argument may list `alt_spans` (equivalent mentions, e.g. an abbreviation);
overlapping any of them counts. Matching is one-to-one per level and per document:
a maximum-cardinality bipartite matching (augmenting paths) that tries candidates
in order of decreasing overlap, so a stricter level never gains matches over a
looser one. Documents are paired by path, falling back to the longest common
trailing run of path parts (at least the file name) when paths differ by a root.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimx.errors import BadStore
from claimx.model import OPERATORS, PREDICATES
from claimx.store import iter_jsonl

LEVELS = ("pair", "directed", "full")
Span = tuple[int, int]


def _spans(arg: dict[str, Any]) -> tuple[Span, ...]:
    out = []
    for raw in [arg["span"], *(arg.get("alt_spans") or ())]:
        start, end = (int(x) for x in raw)
        if not 0 <= start <= end:
            raise ValueError(f"bad span {list(raw)}")
        out.append((start, end))
    return tuple(out)


@dataclass(frozen=True)
class Side:
    """A subject or object as scored: its spans (the first is the main one), text and operator."""

    text: str
    spans: tuple[Span, ...]
    op: str | None = None
    process: str | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Side:
        op = d.get("op")
        if op is not None and op not in OPERATORS:
            raise ValueError(f"op must be null or one of {OPERATORS}, not {op!r}")
        return cls(str(d["text"]), _spans(d), op, d.get("process"))

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.spans[0]), "op": self.op, "process": self.process}


@dataclass(frozen=True)
class Scored:
    """The part of a claim record evaluation looks at (gold lines and store lines alike)."""

    doc: str
    subject: Side
    predicate: str
    object: Side
    negated: bool
    hedged: bool
    evidence_span: Span
    evidence_text: str

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Scored:
        if d["predicate"] not in PREDICATES:
            raise ValueError(f"predicate must be one of {PREDICATES}, not {d['predicate']!r}")
        ev = d.get("evidence") or {}
        ev_span = tuple(int(x) for x in ev["span"]) if ev.get("span") else (0, 0)
        return cls(_norm_path(d["doc"]["path"]), Side.from_dict(d["subject"]), d["predicate"],
                   Side.from_dict(d["object"]), bool(d["negated"]), bool(d["hedged"]),
                   ev_span, str(ev.get("text") or ""))  # type: ignore[arg-type]

    def to_dict(self) -> dict[str, Any]:
        return {"doc": {"path": self.doc}, "subject": self.subject.to_dict(), "predicate": self.predicate,
                "object": self.object.to_dict(), "negated": self.negated, "hedged": self.hedged,
                "evidence": {"span": list(self.evidence_span), "text": self.evidence_text}}

    def summary(self) -> str:
        def flat(text: str) -> str:
            return " ".join(text.split())

        subj = flat(f"{self.subject.op} of {self.subject.text}" if self.subject.op else self.subject.text)
        obj = flat(f"{self.object.text} ({self.object.process})" if self.object.process else self.object.text)
        flags = "".join(f" [{f}]" for f, on in (("negated", self.negated), ("hedged", self.hedged)) if on)
        return f"{subj} —{self.predicate}→ {obj}{flags}"


def load_claims(path: str | Path, what: str = "claim") -> list[Scored]:
    """Read gold or predicted claims; a bad line is a BadStore naming file and line."""
    out = []
    for lineno, obj in iter_jsonl(path, what):
        try:
            out.append(Scored.from_dict(obj))
        except (KeyError, TypeError, ValueError) as err:
            detail = f"missing key {err}" if isinstance(err, KeyError) else str(err)
            raise BadStore(f"{path}:{lineno}: not a valid {what} ({detail})") from None
    return out


def _as_scored(items: Iterable[dict[str, Any] | Scored]) -> list[Scored]:
    return [c if isinstance(c, Scored) else Scored.from_dict(c) for c in items]


def _norm_path(path: str) -> str:
    return os.path.normpath(str(path).replace("\\", "/")).replace(os.sep, "/")


def align_docs(targets: Iterable[str], paths: Iterable[str]) -> dict[str, str]:
    """Map each path to the target with the same path, else the unique longest common suffix."""
    by_name: dict[str, list[str]] = {}
    target_set = set(targets)
    for t in target_set:
        by_name.setdefault(t.rsplit("/", 1)[-1], []).append(t)
    out = {}
    for p in set(paths):
        if p in target_set:
            out[p] = p
            continue
        parts = p.split("/")
        best, ties = 0, []
        for t in by_name.get(parts[-1], ()):
            n = 0
            for a, b in zip(reversed(parts), reversed(t.split("/"))):
                if a != b:
                    break
                n += 1
            if n > best:
                best, ties = n, [t]
            elif n == best:
                ties.append(t)
        if len(ties) == 1:
            out[p] = ties[0]
    return out


def overlap(a: tuple[Span, ...], b: tuple[Span, ...]) -> int:
    """Largest overlap in characters between any span of `a` and any of `b` (0: none)."""
    best = 0
    for s1, e1 in a:
        for s2, e2 in b:
            if s1 < e2 and s2 < e1:
                best = max(best, min(e1, e2) - max(s1, s2))
    return best


def _pair_score(g: Scored, p: Scored) -> int:
    s, o = overlap(g.subject.spans, p.subject.spans), overlap(g.object.spans, p.object.spans)
    return s + o if s and o else 0


def accepts(level: str) -> Callable[[Scored, Scored], int]:
    def ok(g: Scored, p: Scored) -> int:
        score = _pair_score(g, p)
        if not score or level == "pair":
            return score
        if g.predicate != p.predicate:
            return 0
        if level == "full" and (g.negated != p.negated or g.subject.op != p.subject.op):
            return 0
        return score

    return ok


def match(gold: list[Scored], pred: list[Scored], score: Callable[[Scored, Scored], int],
          gi: Iterable[int] | None = None, pi: Iterable[int] | None = None) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs: maximum cardinality, larger overlaps tried first."""
    gold_idx = list(range(len(gold)) if gi is None else gi)
    pred_idx = list(range(len(pred)) if pi is None else pi)
    cand: dict[int, list[int]] = {}
    for g in gold_idx:
        scored = [(score(gold[g], pred[p]), p) for p in pred_idx]
        cand[g] = [p for s, p in sorted(scored, key=lambda sp: (-sp[0], sp[1])) if s > 0]
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for p in cand[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    # Gold with the fewest candidates first keeps the greedy first choice close to optimal.
    for g in sorted(gold_idx, key=lambda g: (len(cand[g]), g)):
        if cand[g]:
            augment(g, set())
    return sorted((g, p) for p, g in owner.items())


@dataclass(frozen=True)
class LevelScore:
    level: str
    tp: int
    fp: int
    fn: int
    hedge_agree: int  # matched pairs whose `hedged` agrees

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"level": self.level, "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "hedge_agree": self.hedge_agree}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> LevelScore:
        return cls(d["level"], int(d["tp"]), int(d["fp"]), int(d["fn"]), int(d["hedge_agree"]))


@dataclass(frozen=True)
class EvalReport:
    levels: tuple[LevelScore, ...]
    gold: int  # gold claims scored
    pred: int  # predicted claims scored
    documents: int
    ignored_pred: int = 0  # predictions in documents outside the scored set

    def level(self, name: str) -> LevelScore:
        return next(s for s in self.levels if s.level == name)

    def to_dict(self) -> dict[str, Any]:
        return {"levels": [s.to_dict() for s in self.levels], "gold": self.gold, "pred": self.pred,
                "documents": self.documents, "ignored_pred": self.ignored_pred}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EvalReport:
        return cls(tuple(LevelScore.from_dict(s) for s in d["levels"]), int(d["gold"]), int(d["pred"]),
                   int(d["documents"]), int(d.get("ignored_pred", 0)))


def group_by_doc(gold: Iterable[dict[str, Any] | Scored], pred: Iterable[dict[str, Any] | Scored],
                 docs: Iterable[str] | None = None, all_pred_docs: bool = False,
                 ) -> tuple[dict[str, tuple[list[Scored], list[Scored]]], int]:
    """Gold and predictions per scored document, and the count of predictions left out.

    The scored documents are `docs` when given (a gold set whose documents may have no
    claims), else the documents of the gold claims; with `all_pred_docs`, predictions in
    any other document are scored too (all of them false positives).
    """
    gold_l, pred_l = _as_scored(gold), _as_scored(pred)
    universe = {_norm_path(d) for d in docs} if docs is not None else set()
    universe |= {g.doc for g in gold_l}
    mapping = align_docs(universe, (p.doc for p in pred_l))
    groups: dict[str, tuple[list[Scored], list[Scored]]] = {d: ([], []) for d in sorted(universe)}
    for g in gold_l:
        groups[g.doc][0].append(g)
    ignored = 0
    for p in pred_l:
        doc = mapping.get(p.doc)
        if doc is None and all_pred_docs:
            doc = p.doc
            groups.setdefault(doc, ([], []))
        if doc is None:
            ignored += 1
        else:
            groups[doc][1].append(p)
    return groups, ignored


def evaluate(gold: Iterable[dict[str, Any] | Scored], pred: Iterable[dict[str, Any] | Scored], *,
             docs: Iterable[str] | None = None, all_pred_docs: bool = False) -> EvalReport:
    """P/R/F1 and counts at each level; see the module docstring for the matching rules."""
    groups, ignored = group_by_doc(gold, pred, docs, all_pred_docs)
    counts = {lvl: Counter() for lvl in LEVELS}
    for golds, preds in groups.values():
        for lvl in LEVELS:
            pairs = match(golds, preds, accepts(lvl))
            c = counts[lvl]
            c["tp"] += len(pairs)
            c["fp"] += len(preds) - len(pairs)
            c["fn"] += len(golds) - len(pairs)
            c["hedge"] += sum(golds[g].hedged == preds[p].hedged for g, p in pairs)
    levels = tuple(LevelScore(lvl, c["tp"], c["fp"], c["fn"], c["hedge"]) for lvl, c in counts.items())
    return EvalReport(levels, sum(len(g) for g, _ in groups.values()), sum(len(p) for _, p in groups.values()),
                      len(groups), ignored)

"""Error analysis for `make eval` and `claimx eval --errors`: each scoring error gets its closest kind."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from claimx.evaluate import Scored, accepts, overlap, group_by_doc, match


@dataclass(frozen=True)
class ErrorExample:
    """One scoring error (or hedge disagreement) with the claims involved, for error analysis."""

    kind: str
    doc: str
    gold: Scored | None
    pred: Scored | None

    @property
    def evidence(self) -> str:
        return (self.gold or self.pred).evidence_text  # type: ignore[union-attr]

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "doc": self.doc, "gold": self.gold.summary() if self.gold else None,
                "pred": self.pred.summary() if self.pred else None, "evidence": self.evidence}


def _flags_kind(g: Scored, p: Scored) -> str:
    neg, op = g.negated != p.negated, g.subject.op != p.subject.op
    return "negation and op mismatch" if neg and op else "negation mismatch" if neg else "op mismatch"


def _swapped(g: Scored, p: Scored) -> int:
    s, o = overlap(g.subject.spans, p.object.spans), overlap(g.object.spans, p.subject.spans)
    return s + o if s and o else 0


def _same_sentence(g: Scored, p: Scored) -> bool:
    return overlap((g.evidence_span,), (p.evidence_span,)) > 0


def _one_side(side: str) -> Callable[[Scored, Scored], int]:
    def ok(g: Scored, p: Scored) -> int:
        return overlap(getattr(g, side).spans, getattr(p, side).spans) if _same_sentence(g, p) else 0

    return ok


# Applied in order to what earlier stages left unmatched, so each error gets its closest kind.
_STAGES: tuple[tuple[str | None, Callable[[Scored, Scored], int]], ...] = (
    (None, accepts("full")),
    ("flags", accepts("directed")),
    ("wrong direction", accepts("pair")),
    ("swapped subject and object", _swapped),
    ("wrong object", _one_side("subject")),
    ("wrong subject", _one_side("object")),
)


def error_examples(gold: Iterable[dict[str, Any] | Scored], pred: Iterable[dict[str, Any] | Scored], *,
                   docs: Iterable[str] | None = None, all_pred_docs: bool = False) -> list[ErrorExample]:
    """Every full-level FP and FN, classified: near misses pair a gold with a prediction."""
    groups, _ = group_by_doc(gold, pred, docs, all_pred_docs)
    out: list[ErrorExample] = []
    for doc, (golds, preds) in groups.items():
        gi, pi = set(range(len(golds))), set(range(len(preds)))
        for kind, score in _STAGES:
            for g, p in match(golds, preds, score, sorted(gi), sorted(pi)):
                gi.discard(g)
                pi.discard(p)
                if kind is None:
                    if golds[g].hedged != preds[p].hedged:
                        out.append(ErrorExample("hedge mismatch", doc, golds[g], preds[p]))
                    continue
                name = _flags_kind(golds[g], preds[p]) if kind == "flags" else kind
                out.append(ErrorExample(name, doc, golds[g], preds[p]))
        for g in sorted(gi):
            seen = any(_same_sentence(golds[g], p) for p in preds)
            out.append(ErrorExample("missed claim" if seen else "missed claim, nothing extracted from its sentence",
                                    doc, golds[g], None))
        for p in sorted(pi):
            seen = any(_same_sentence(g, preds[p]) for g in golds)
            out.append(ErrorExample("spurious claim in a gold sentence" if seen
                                    else "spurious claim, sentence has no gold claim", doc, None, preds[p]))
    return out


def error_kinds(examples: Iterable[ErrorExample], top: int = 10) -> list[tuple[str, int, ErrorExample]]:
    """The `top` commonest kinds: (kind, count, first example)."""
    counts: Counter = Counter()
    first: dict[str, ErrorExample] = {}
    for ex in examples:
        counts[ex.kind] += 1
        first.setdefault(ex.kind, ex)
    return [(kind, n, first[kind]) for kind, n in counts.most_common(top)]

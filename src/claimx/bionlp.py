"""Brat standoff (BioNLP-ST 2013 CG) -> gold claims in the shape `claimx eval` scores.

A Positive_regulation / Negative_regulation event with both a Cause and a Theme
becomes "Cause increases / decreases Theme". Arguments that are events are
resolved to entity spans (rules in `_resolve`); every emitted span is checked
against the .txt text. Events that cannot be turned into a claim are counted
by reason, never silently dropped.

Rules, so the gold reads like DESIGN §3:
- a treatment (Planned_process) Cause is its Instrument, op null ("treatment with X");
- a Cause event whose trigger is an operator word of lexicons/cues/operators.tsv
  ("knockdown", "overexpression", "deletion", "siRNA" ...; see bionlp_ops) is its
  Instrument or Theme with that op, not the trigger ("Knockdown of X" -> X, inhibition);
- a cause-less nested regulation Cause is an operator on its Theme; as a Theme its
  direction composes with the outer one;
- a negated Cause event ("X deficiency") is X with op inhibition;
- any other event is its Theme with the event type as the process, else its trigger;
- a claim whose subject and object are the same span is dropped (counted in notes).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimx.bionlp_brat import Annotations, Event, read_brat  # noqa: F401 (read_brat is public here)
from claimx.bionlp_ops import trigger_op
from claimx.errors import BadInput
from claimx.model import OPPOSITE

DIRECTION = {"Positive_regulation": "increases", "Negative_regulation": "decreases"}
# A regulation event without a Cause used as the Cause of another: "loss of X",
# "overexpression of X" -> X with this operator on it (DESIGN §3 subject.op).
CAUSE_OP = {"Negative_regulation": "inhibition", "Positive_regulation": "activation"}
_OTHER = {"Negative_regulation": "Positive_regulation", "Positive_regulation": "Negative_regulation"}
MAX_DEPTH = 4


@dataclass
class ConversionStats:
    documents: int = 0
    regulation_events: int = 0
    claims: int = 0
    skipped: Counter = field(default_factory=Counter)
    notes: Counter = field(default_factory=Counter)

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "regulation_events": self.regulation_events,
                "claims": self.claims, "skipped": dict(self.skipped.most_common()),
                "notes": dict(self.notes.most_common())}


class _Skip(Exception):
    """An event that yields no claim; the message is the reason counted in the stats."""


def process_word(event_type: str) -> str:
    """Gene_expression -> expression, Cell_proliferation -> proliferation, Metastasis -> metastasis."""
    word = event_type.lower()
    for prefix in ("gene_", "cell_"):
        if word.startswith(prefix):
            word = word[len(prefix):]
    return word.replace("_", " ")


@dataclass(frozen=True)
class _Arg:
    record: dict[str, Any]
    events: frozenset[str]  # events walked through, for hedge / span checks
    note: str | None = None
    flip: bool = False  # a composed cause-less regulation reverses the direction


def _bound_arg(ann: Annotations, tid: str, op: str | None, process: str | None, events: frozenset[str],
               note: str | None = None, flip: bool = False) -> _Arg:
    tb = ann.bounds[tid]
    rec: dict[str, Any] = {"text": tb.text, "span": list(tb.span), "op": op, "process": process}
    alts = [list(ann.bounds[o].span) for o in ann.equiv.get(tid, ()) if o in ann.bounds]
    if alts:
        rec["alt_spans"] = alts
    return _Arg(rec, events, note, flip)


def _resolve(ann: Annotations, ref: str, role: str, depth: int = 0) -> list[_Arg]:
    """Entity arguments of `ref` (a T or E id) as the subject (role "Cause") or object ("Theme")."""
    if ref.startswith("T"):
        if ref not in ann.bounds:
            raise _Skip("dangling reference")
        return [_bound_arg(ann, ref, None, None, frozenset())]
    if depth >= MAX_DEPTH or ref not in ann.events:
        raise _Skip("too deeply nested" if depth >= MAX_DEPTH else "dangling reference")
    ev = ann.events[ref]
    here = frozenset({ev.id})
    if ev.type in DIRECTION or ev.type == "Regulation":
        # Nested regulation. Only a cause-less, directed one is resolved: as a Cause it is an
        # operator on its Theme ("knockdown of X decreases Y"); as a Theme its direction
        # composes with the outer one ("X blocks the induction of Y" = X decreases Y).
        # One with its own Cause ("X inhibits Y-induced Z") is a separate claim; skipped here.
        if ev.type == "Regulation":
            raise _Skip("nested undirected regulation")
        if ev.role("Cause"):
            raise _Skip("nested regulation with its own cause")
        if ev.id in ann.negated:
            raise _Skip("negated nested regulation")
        themes = ev.role("Theme")
        if not themes:
            raise _Skip("nested regulation without theme")
        out = []
        for t in themes:
            for a in _resolve(ann, t, role, depth + 1):
                rec = dict(a.record)
                if role == "Cause":
                    # "loss of X inhibition" is activation: operators compose like signs.
                    inner_inhibited = rec["op"] == "inhibition"
                    rec["op"] = CAUSE_OP[ev.type] if not inner_inhibited else CAUSE_OP[_OTHER[ev.type]]
                    out.append(_Arg(rec, a.events | here, "operator from nested regulation", a.flip))
                else:
                    flip = a.flip != (ev.type == "Negative_regulation")
                    out.append(_Arg(rec, a.events | here, "direction composed with nested regulation", flip))
        return out
    negated = ev.id in ann.negated
    # A cause event whose trigger is a claimx operator word ("knockdown", "overexpression",
    # "deletion") is that operator on its argument, not a process or a treatment.
    named_op = trigger_op(ann.bounds[ev.trigger].text) if role == "Cause" and not negated else None
    if ev.type == "Planned_process":
        # A treatment: the agent is its Instrument (the drug), named as itself (op null); an
        # operator treatment ("knockdown of X") acts on its Instrument, else on its Theme.
        if negated:
            raise _Skip("negated treatment")
        agents = ev.role("Instrument") or (ev.role("Theme") if named_op else [])
        if agents:
            out = [a for i in agents for a in _resolve_plain(ann, i, role, depth, here)]
            return [_with_op(a, named_op) for a in out] if named_op else out
        return [_bound_arg(ann, ev.trigger, None, None, here, "treatment trigger as argument")]
    # Any other event (Gene_expression, Cell_proliferation, Metastasis, …) is its Theme
    # (or Participant) with the event as the process; with neither, its trigger ("angiogenesis").
    # CG marks "X deficiency" as negated expression of X (-> op inhibition on a subject) and
    # "survival" as negated death (-> process survival); other negated events are skipped.
    op, process, note = None, process_word(ev.type), None
    if named_op:
        op, process, note = named_op, None, "operator trigger on cause"
    elif negated and role == "Cause":
        op, note = "inhibition", "negated cause event as inhibition"
    elif negated and ev.type in ("Death", "Cell_death"):
        process, note = "survival", "negated death as survival"
    elif negated:
        raise _Skip("negated theme event")
    targets = ev.role("Theme") or ev.role("Participant")
    if not targets:
        return [_bound_arg(ann, ev.trigger, op, None, here, note)]
    out = []
    for t in targets:
        for a in _resolve(ann, t, role, depth + 1):
            rec = dict(a.record)
            if rec["process"] is None:
                rec["process"] = process
            if op and rec["op"] is None:
                rec["op"] = op
            out.append(_Arg(rec, a.events | here, note or a.note, a.flip))
    return out


def _with_op(a: _Arg, op: str) -> _Arg:
    rec = dict(a.record)
    rec["op"] = rec["op"] or op
    return _Arg(rec, a.events, "operator trigger on cause", a.flip)


def _resolve_plain(ann: Annotations, ref: str, role: str, depth: int, here: frozenset[str]) -> list[_Arg]:
    return [_Arg(a.record, a.events | here, a.note, a.flip) for a in _resolve(ann, ref, role, depth + 1)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split simply at ". " (or ! ?) and at newlines; spans exclude trailing blanks."""
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.!?])[ \t]+|\n+", text + "\n"):
        end = len(text[start:m.start()].rstrip()) + start
        if end > start:
            spans.append((start, end))
        start = m.end()
    return spans


def _evidence(sentences: list[tuple[int, int]], lo: int, hi: int) -> tuple[int, int]:
    first = next((s for s, e in sentences if s <= lo < e), lo)
    last = next((e for s, e in sentences if s < hi <= e), hi)
    return min(first, lo), max(last, hi)


def convert_document(txt_path: str | Path, doc_path: str, stats: ConversionStats | None = None) -> list[dict[str, Any]]:
    """Gold claim records of one annotated abstract, deduplicated, in text order."""
    stats = stats if stats is not None else ConversionStats()
    ann = read_brat(txt_path)
    sentences = sentence_spans(ann.text)
    stats.documents += 1
    seen: set[tuple] = set()
    out: list[tuple[tuple, dict[str, Any]]] = []
    for ev in ann.events.values():
        if ev.type not in DIRECTION and ev.type != "Regulation":
            continue
        stats.regulation_events += 1
        if ev.type == "Regulation":
            stats.skipped["undirected regulation"] += 1
            continue
        causes, themes = ev.role("Cause"), ev.role("Theme")
        if not causes or not themes:
            stats.skipped["no cause" if not causes else "no theme"] += 1
            continue
        try:
            subjects = [a for c in causes for a in _resolve(ann, c, "Cause")]
            objects = [a for t in themes for a in _resolve(ann, t, "Theme")]
        except _Skip as why:
            stats.skipped[str(why)] += 1
            continue
        trigger = ann.bounds[ev.trigger].span
        for s in subjects:
            for o in objects:
                if s.record["span"] == o.record["span"]:
                    stats.notes["subject and object the same span: dropped"] += 1
                    continue
                rec = _claim(ann, ev, s, o, trigger, sentences, doc_path, txt_path)
                key = (tuple(rec["subject"]["span"]), tuple(rec["object"]["span"]), rec["predicate"],
                       rec["negated"], rec["subject"]["op"])
                if key in seen:
                    stats.notes["duplicate claim dropped"] += 1
                    continue
                seen.add(key)
                for note in (s.note, o.note):
                    if note:
                        stats.notes[note] += 1
                out.append(((rec["evidence"]["span"][0], *key[:2]), rec))
    out.sort(key=lambda pair: pair[0])
    stats.claims += len(out)
    return [rec for _, rec in out]


def _claim(ann: Annotations, ev: Event, s: _Arg, o: _Arg, trigger: tuple[int, int],
           sentences: list[tuple[int, int]], doc_path: str, txt_path: str | Path) -> dict[str, Any]:
    predicate = DIRECTION[ev.type]
    if s.flip != o.flip:
        predicate = OPPOSITE[predicate]
    spans = [s.record["span"], o.record["span"], list(trigger)]
    ev_span = _evidence(sentences, min(p[0] for p in spans), max(p[1] for p in spans))
    rec = {
        "doc": {"path": doc_path},
        "subject": s.record,
        "predicate": predicate,
        "object": o.record,
        "negated": ev.id in ann.negated,
        "hedged": bool(({ev.id} | s.events | o.events) & ann.speculated),
        "evidence": {"span": list(ev_span), "text": ann.text[ev_span[0]:ev_span[1]]},
        "event": ev.id,
    }
    notes = [n for n in (s.note, o.note) if n]
    if notes:
        rec["note"] = "; ".join(notes)
    for arg in (rec["subject"], rec["object"]):
        a, b = arg["span"]
        if ann.text[a:b] != arg["text"]:
            raise BadInput(f"{txt_path}: {ev.id}: span {a}-{b} is {ann.text[a:b]!r}, not {arg['text']!r}")
    return rec


def iter_corpus(folder: str | Path, relative_to: str | Path | None = None,
                stats: ConversionStats | None = None) -> Iterator[dict[str, Any]]:
    """Gold claims of every PMID-*.txt in `folder`; doc.path is relative to `relative_to` when given."""
    folder = Path(folder)
    if not folder.is_dir():
        raise BadInput(f"{folder}: no such folder")
    for txt in sorted(folder.glob("*.txt")):
        doc_path = os.path.relpath(txt, relative_to) if relative_to is not None else str(txt)
        yield from convert_document(txt, doc_path.replace(os.sep, "/"), stats)

"""The mention a process word is of or happens in: 'the accumulation of (Tr1) cells', 'apoptosis in
neuroblastoma cells' (modifiers.Modifiers.process puts the process on it)."""

from __future__ import annotations

from spacy.tokens import Span

from claimx.cues import CueSet
from claimx.phrases import STOP
from claimx.tokview import ARTICLES

OF_WINDOW = 4  # tokens from 'of' to its mention: modifiers and an opening parenthesis
IN_WINDOW = 6  # tokens from 'in' to the cells a process happens in: "in umbilical vein and dermal ... cells"
IN_TARGETS = {"by": {"cell"}, "in": {"cell"}}  # "survival in HCC": a disease there is context
CELL_WORDS = {"cell", "cells"}
IN_JOINS = {"and", "or"}
IN_STOP = STOP - {"both", "the", "a", "an"} - IN_JOINS  # in_target's stop words, built once, not per token


def in_target(doc, k: int, ents: list[Span], labels: set[str]) -> Span | None:
    """The mention a few plain words after 'in'/'by' at k: 'in both HeLa and MCF-7 cells'."""
    # "apoptosis in neuroblastoma cells": a disease mention heading "cells" names the cells
    starts = {e.start: e for e in ents if e.label_ in labels
              or "cell" in labels and e.label_ == "disease" and e.end < len(doc) and doc[e.end].lower_ in CELL_WORDS}
    joined = False  # "in umbilical vein and dermal microvascular endothelial cells": past a coordinator
    for j in range(k + 1, min(len(doc), k + 1 + IN_WINDOW)):
        if j in starts:
            target = starts[j]
            # "angiogenesis in vivo and endothelial cell migration": a new process, not the cells
            if joined and any(e.start == target.end and e.label_ == "process" for e in ents):
                return None
            return target
        if not (doc[j].is_alpha and doc[j].is_lower) or doc[j].lower_ in IN_STOP:
            return None
        joined = joined or doc[j].lower_ in IN_JOINS
    return None


def of_target(doc, of: int, ents: list[Span], cues: CueSet) -> Span | None:
    """The mention a process is 'of': right after 'of', or after a few modifiers and an opening
    parenthesis ('the accumulation of type-1-like regulatory (Tr1) cells' -> Tr1)."""
    for k in range(of + 1, min(len(doc), of + 1 + OF_WINDOW)):
        target = next((e for e in ents if e.start == k and e.label_ != "process"), None)
        if target is not None:
            return target
        t = doc[k]
        if k == of + 1:
            continue  # one word of any kind, as 'the release of activated IFN-γ' always allowed
        if t.text != "(" and not (t.is_alpha or "-" in t.text) or t.lower_ in STOP or t.lower_ in cues.words:
            if t.lower_ not in ARTICLES:
                return None
    return None

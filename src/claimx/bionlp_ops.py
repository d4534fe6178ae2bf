"""Which CG event triggers are claimx operators ("knockdown", "overexpression" ...), for the gold converter.

The vocabulary is claimx's own lexicons/cues/operators.tsv, so the gold and the extractor
agree on what an operator is (DESIGN §3 subject.op). Trigger words are compared by a crude
stem, so "overexpressed" / "over-expression" match the listed "overexpression".
"""

from __future__ import annotations

import functools
import re

from claimx.cues import load_cues

_SUFFIXES = ("ation", "ion", "ing", "ed", "es", "s")


def _stem(word: str) -> str:
    word = word.lower().replace("-", "")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


@functools.lru_cache(maxsize=1)
def _vocabulary() -> dict[str, str]:
    """Stem -> op of the first word of every operators.tsv phrase ("knockdown of" -> knockdown)."""
    out: dict[str, str] = {}
    for (_, words), op in load_cues().operators.items():
        # Only the first word: "down" of "knocking down" would also match "down-regulated".
        w = words[0].strip("-")
        if len(w) >= 4 and w.isalpha():
            out.setdefault(_stem(w), op)
    return out


def trigger_op(trigger: str) -> str | None:
    """The operator a trigger names: inhibition wins over activation ("siRNA transfection")."""
    vocab = _vocabulary()
    ops = {vocab.get(_stem(w)) for w in re.findall(r"[A-Za-z][A-Za-z-]*", trigger)}
    return "inhibition" if "inhibition" in ops else "activation" if "activation" in ops else None

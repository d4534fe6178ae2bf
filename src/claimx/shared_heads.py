"""A modifier coordinated before a mention shares its head noun: "the alphav and beta3 integrin
subunits" (alphav integrin), "umbilical vein and dermal microvascular endothelial cells" (umbilical
vein endothelial cells).

The first conjunct names a thing only with the head written once after the second, so it is no
mention, and a claim on it is missed. One or two words before "and"/"or" right before a mention of
two or more words become a mention of the lexicon entry that those words plus the mention's last
one or two words name, when the lexicon knows that phrase with the mention's type; otherwise they
are left alone ("tumor and endothelial cells": "tumor endothelial cells" is no entry of cell type,
so "tumor" stays the disease it is).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from claimx.found import Found, TokenIndex

# the conjunct before a mention: one or two words, then "and"/"or" (an optional comma before it)
_BEFORE = re.compile(r"(?:(?<=\s)|^)(?P<words>[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*)?),?\s(?:and|or)\s$")
WINDOW = 60  # characters before the mention searched for the conjunct
HEAD = 2     # words of the mention's end tried as the shared head


def shared_heads(found: Iterable[tuple[Any, Any]], index: TokenIndex, lex: Any,
                 concept_of: Callable[[Any], Any]) -> list[tuple[Found, Any]]:
    """(token range, concept) of each first conjunct that names an entry with the mention's head."""
    text = index.text
    out: list[tuple[Found, Any]] = []
    done: set[int] = set()
    for span, concept in found:
        start = span.start_char
        tail = text[max(0, start - 5): start]
        if start in done or " " not in span.text or not (tail.endswith(" and ") or tail.endswith(" or ")):
            continue
        m = _BEFORE.search(text, max(0, start - WINDOW), start)
        if m is None:
            continue
        hit = _conjunct(m, span.text.split(), concept.type, lex)
        if hit is None:
            continue
        first, entry = hit
        end = m.end("words")
        conjunct = index.strict(end - len(first), end)
        if conjunct is not None:
            out.append((conjunct, concept_of(entry)))
            done.add(start)
    return out


def _conjunct(m: re.Match[str], words: list[str], typ: str, lex: Any) -> tuple[str, Any] | None:
    """(the conjunct's words, the entry they name with the mention's head), shortest head first."""
    for k in range(1, min(HEAD, len(words) - 1) + 1):
        head = " ".join(words[-k:])
        for first in dict.fromkeys((m["words"], m["words"].split()[-1])):
            entry = lex.lookup(f"{first} {head}")
            if entry is not None and entry.type == typ:
                return first, entry
    return None

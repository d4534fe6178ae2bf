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

_CONJUNCTION = re.compile(r" (?:and|or) ")
_WORD = re.compile(r"[A-Za-z][\w-]*")
WINDOW = 60  # characters before the conjunction read for the conjunct
HEAD = 2     # words of the mention's end tried as the shared head


def shared_heads(found: Iterable[tuple[Any, Any]], index: TokenIndex, lex: Any,
                 concept_of: Callable[[Any], Any]) -> list[tuple[Found, Any]]:
    """(token range, concept) of each first conjunct that names an entry with the mention's head."""
    text = index.text
    after = _after_conjunctions(text)
    if not after:
        return []
    out: list[tuple[Found, Any]] = []
    done: set[int] = set()
    for span, concept in [sc for sc in found if sc[0].start_char in after]:
        start = span.start_char
        if start in done or " " not in span.text:
            continue
        conj = after[start]
        words = _words_before(text, conj)
        if not words:
            continue
        hit = _conjunct(words, span.text.split(), concept.type, lex)
        if hit is None:
            continue
        first, entry = hit
        end = conj - (text[conj - 1] == ",")
        conjunct = index.strict(end - len(first), end)
        if conjunct is not None:
            out.append((conjunct, concept_of(entry)))
            done.add(start)
    return out


def _words_before(text: str, conj: int) -> list[str]:
    """The one or two words right before the conjunction at `conj` (an optional comma after them),
    each a letter and word characters or hyphens, one whitespace apart: the first conjunct."""
    chunk = text[max(0, conj - WINDOW): conj]
    chunk = chunk[:-1] if chunk.endswith(",") else chunk
    parts = chunk.split()
    if not parts or chunk[-1].isspace() or not _WORD.fullmatch(parts[-1]):
        return []
    last = parts[-1]
    if len(parts) >= 3 and _WORD.fullmatch(parts[-2]) and not chunk[-len(last) - 2].isspace():
        return parts[-2:]
    return [last]


def _after_conjunctions(text: str) -> dict[int, int]:
    """Position right after each " and " / " or " of the text -> the conjunction's start (a
    lookup per candidate is cheaper than reading the text before each of ~40k candidates)."""
    return {m.end(): m.start() for m in _CONJUNCTION.finditer(text)}


def _conjunct(before: list[str], words: list[str], typ: str, lex: Any) -> tuple[str, Any] | None:
    """(the conjunct's words, the entry they name with the mention's head), shortest head first."""
    firsts = dict.fromkeys((" ".join(before), before[-1]))
    for k in range(1, min(HEAD, len(words) - 1) + 1):
        head = " ".join(words[-k:])
        for first in firsts:
            entry = lex.lookup(f"{first} {head}")
            if entry is not None and entry.type == typ:
                return first, entry
    return None

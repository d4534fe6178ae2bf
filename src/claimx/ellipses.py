"""Elided members of a numbered name: "caspase-3 and -7", "MMP-2, -9 and -13", "Smad1/5/8", "LRP5/6".

A list that repeats only the number of a name just written names one more member of the same
family. Each such number becomes a mention of the lexicon entry the full name has ("-7" after
"caspase-3" is caspase-7), when the lexicon knows that name with the same type; otherwise it is
left alone, so a number that is no name ("IL-2 and 4 weeks") never becomes one. Only the dash form
("and -9", ", -13") and the slash form ("/5") are read: a bare number after "and" is too often a
count ("histones 3 and 4" names no lexicon entry, "days 3 and 4" none at all).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from claimx.found import Found, TokenIndex

# a mention ending in a member number: base letters, an optional "-" or space, the number
_NUMBERED = re.compile(r"(?P<base>.*[A-Za-z])(?P<sep>[-\s]?)(?P<num>\d{1,2}[A-Za-z]?)")
# one more member after it: "/5", ", -9", " and -9", ", and -13", " or -7"
_NEXT = re.compile(r"(?:/|\s*,\s*(?:(?:and|or)\s+)?-|\s+(?:and|or)\s+-)(?P<num>\d{1,2}[A-Za-z]?)(?!\w)")
TYPES = frozenset({"gene_protein", "cytokine"})  # numbered families: caspases, MMPs, Smads, ILs


def elided_members(found: Iterable[tuple[Any, Any]], index: TokenIndex, lex: Any,
                   concept_of: Callable[[Any], Any]) -> list[tuple[Found, Any]]:
    """(token range, concept) of each elided member after a numbered mention of `found`."""
    text = index.text
    out: list[tuple[Found, Any]] = []
    for span, concept in found:
        end = span.end_char
        if concept.type not in TYPES or end >= len(text) or text[end] not in ",/ " \
                or not text[end - 1].isalnum():
            continue
        m = _NEXT.match(text, end)  # before _NUMBERED: most numbered mentions have no member after them
        if m is None:
            continue
        named = _NUMBERED.fullmatch(span.text)
        if named is None:
            continue
        while m is not None:
            if text[m.start()] == "/" and concept.type != "gene_protein":
                break  # "IL-6/10" is one cytokine name (the cytokine_family pattern), as the gold sets read it
            entry = lex.lookup(named["base"] + named["sep"] + m["num"])
            if entry is None or entry.type != concept.type:
                break
            start = m.start("num") - (text[m.start("num") - 1] == "-")
            member = index.strict(start, m.end("num")) or index.contract(start, m.end("num"))
            if member is None:
                break
            out.append((member, concept_of(entry)))
            m = _NEXT.match(text, m.end())
    return out

"""A protein named with the virus it belongs to is one mention: "LMP1 of Epstein-Barr virus".

Without this rule the virus (an agent, README "Viruses are agents") is a mention of its own right
after the protein, and the claim rules take it as the subject ("LMP1 of Epstein-Barr virus
induces proliferation" -> the virus induces it). The protein is what acts; the virus only says
whose protein it is. So "<protein> of [the] <virus>" becomes one mention spanning the phrase
with the protein's concept. A part named by its bracketed short form ("the long terminal repeat
(LTR) of Moloney murine leukemia virus") gives the phrase from the bracket on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from claimx.found import Found, TokenIndex

_OF = re.compile(r"(?P<close>\))?\s+of\s+(?:the\s+)?")
PARTS = frozenset({"gene_protein", "cytokine"})


def _is_virus(concept: Any) -> bool:
    return concept.type == "agent" and "virus" in concept.name.lower()


def owned_parts(found: Iterable[tuple[Any, Any]], index: TokenIndex) -> list[tuple[Found, Any]]:
    """(token range, the part's concept) of each "<protein> of <virus>" phrase among `found`."""
    found = list(found)
    # the type test inline first: a call per candidate (~40k a review) cost more than the rest of the rule
    viruses = {span.start_char: span for span, concept in found if concept.type == "agent" and _is_virus(concept)}
    if not viruses:
        return []
    text = index.text
    out: list[tuple[Found, Any]] = []
    for span, concept in found:
        if concept.type not in PARTS:
            continue
        of = _OF.match(text, span.end_char)
        virus = viruses.get(of.end()) if of is not None else None
        if virus is None:
            continue
        start = span.start_char
        if of.group("close"):  # "the long terminal repeat (LTR) of Moloney murine leukemia virus"
            if start == 0 or text[start - 1] != "(":
                continue
            start -= 1
        phrase = index.strict(start, virus.end_char)
        if phrase is not None:
            out.append((phrase, concept))
    return out

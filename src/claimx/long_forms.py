"""The type of a long form named after a thing it contains: "recombinant human prothrombin kringle-2
(rk-2)", "glucose degradation products (GDPs)", "IL-17 receptor C (IL-17RC)".

An abbreviation's short form takes its long form's concept (entities.py); a long form no lexicon
entry covers is typed by its head noun (head_nouns.tsv), else the short form stays no mention, and a
sentence about "rk-2" has no argument. When a gene/protein, cytokine or agent mention ends one or
two tokens before the long form ends, the long form names a part, form or product of it (a domain,
a subunit, a degradation product): of the same type, but not the same thing, so it gets a concept
of its own, `claimx:abbr:<short form>`, as a head-noun-typed long form does.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Span

TYPES = frozenset({"gene_protein", "cytokine", "agent"})
AFTER = 2  # tokens after the inner mention: "prothrombin | kringle-2", "glucose | degradation products"


class InnerMentions:
    """The candidate mentions of a document that end 1..AFTER tokens before one of its long forms,
    by end token; indexed on first use (most documents define no untyped long form, and a review
    has ~40k candidates, so only those ending where they could count are kept)."""

    def __init__(self, found: Iterable[tuple[Any, Any]], long_ends: Iterable[int]):
        self._found = found
        self._wanted = {end - k for end in long_ends for k in range(1, AFTER + 1)}
        self._by_end: dict[int, list[tuple[Any, Any]]] | None = None

    def type_before_end(self, long: Span) -> str | None:
        """The type of the mention that ends last, 1..AFTER tokens before `long` ends (the longest
        of those ending there), when it is a gene/protein, cytokine or agent; else None."""
        if self._by_end is None:
            wanted = self._wanted
            self._by_end = {}
            for sc in [sc for sc in self._found if sc[0].end in wanted]:
                self._by_end.setdefault(sc[0].end, []).append(sc)
        for end in range(long.end - 1, long.end - AFTER - 1, -1):
            inside = [sc for sc in self._by_end.get(end, ()) if sc[0].start >= long.start]
            if inside:
                concept = max(inside, key=lambda sc: len(sc[0]))[1]
                return concept.type if concept.type in TYPES else None
        return None

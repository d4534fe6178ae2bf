"""Cells named by their disease: "breast cancer cells", "neuroblastoma SK-N-MC cells", "MCF-7 breast
cancer cells".

The lexicon knows the disease, so without this rule the phrase is a disease mention followed by a
bare "cells" (no mention, README), and a claim about the cells reads as a claim about the disease.
A disease mention right before "cell(s)" becomes one cell mention spanning the
phrase, with a cell-line name just before the disease or between it and "cells" taken in:

- with a cell-line name the concept is that line, the id the `cell_line` pattern gives it
  ("MCF-7 breast cancer cells" -> `claimx:cell_line:MCF-7_cell`, as "MCF-7 cells" would be);
- without one it is the disease's cells, `claimx:disease_cell:<disease id>` named
  "<disease name> cell", with no xrefs (the ontologies list no such cells; the disease id keeps
  its synonyms together: "NB cells" and "neuroblastoma cells" are one concept).

A one-word gene/protein symbol right before "cells" is a cell line the lexicon mistakes for a gene
("MEF cells", "BHK cells"): the same cell-line concept.

"<disease> cell line(s)" stays a disease mention: as a cell mention its appositive name ("the
melanoma cell line, BLM, ...") made the line a claim argument in two CG sentences (12 more wrong).

Its source is "pattern", so a curated entry of the same span ("leukemia cells") is kept instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from claimx.found import Found, TokenIndex

_LINE_PREFIX = "claimx:cell_line:"
_SYMBOL_PREFIX = "claimx:symbol:"
# after the disease: [a cell-line name] then the cell noun ("neuroblastoma SK-N-MC cells")
_AFTER = re.compile(r"\s(?:(?P<line>(?=[\w-]*(?:\d|[A-Z]{2}|[a-z][A-Z]))[A-Za-z0-9][\w-]*)\s)?"
                    r"(?P<noun>cells?)(?![\w-]|\slines?(?![\w-]))")
# before the disease: a cell-line name with a digit or an inner capital ("MCF-7", "HepG2", "SK-N-MC")
_BEFORE = re.compile(r"(?<![\w/+.-])(?P<line>(?=[\w-]*(?:\d|[a-z][A-Z]|[A-Z]-[A-Z]))[A-Za-z][\w-]*[A-Za-z0-9])\s$")


def disease_cells(found: Iterable[tuple[Any, Any]], index: TokenIndex,
                  make: Callable[[str, str], Any]) -> list[tuple[Found, Any]]:
    """(token range, concept) of each "<disease> cells" / "<symbol> cells" phrase; `make(id, name)`
    builds a cell concept. The disease readings come first, so they win a tie ("CML cells")."""
    text = index.text
    diseases: list[tuple[Found, Any]] = []
    lines: list[tuple[Found, Any]] = []
    ends = _ends_before_cells(text)
    if not ends:
        return []
    for span, concept in found:
        if concept.type not in ("disease", "gene_protein") or span.end_char not in ends:
            continue
        after = _AFTER.match(text, span.end_char)
        if after is None:
            continue
        if concept.type == "gene_protein":
            # a one-word symbol right before "cells" names the line ("MEF cells", "BHK cells")
            if after["line"] is None and " " not in span.text:
                phrase = index.strict(span.start_char, after.end())
                if phrase is not None:
                    lines.append((phrase, _line(make, span.text)))
            continue
        start, line = span.start_char, after["line"]
        before = _BEFORE.search(text, max(0, start - 40), start)
        if before is not None and line is None:
            start, line = before.start(), before["line"]
        phrase = index.strict(start, after.end())
        if phrase is None:
            continue
        if line is not None:
            diseases.append((phrase, _line(make, line)))
        else:
            diseases.append((phrase, make(f"claimx:disease_cell:{concept.id}", f"{concept.name} cell")))
    return diseases + lines


def _ends_before_cells(text: str) -> set[int]:
    """Every offset `_AFTER` can match at: the space before a "cell", or the space before the word
    (a run of letters, digits, "_" and "-") and space before a "cell". Found from the few "cell"s of
    a text, so that `_AFTER` is tried only on the mentions ending there, not on every disease and gene."""
    ends = set()
    k = text.find("cell")
    while k >= 0:
        if k > 0 and text[k - 1].isspace():
            ends.add(k - 1)
            j = k - 1
            while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "_-"):  # [\w-]
                j -= 1
            if j < k - 1:
                ends.add(j - 1)
        k = text.find("cell", k + 4)
    return ends


def _line(make: Callable[[str, str], Any], name: str) -> Any:
    """The concept the `cell_line` pattern gives a line of this name."""
    return make(f"{_LINE_PREFIX}{name}_cell", f"{name} cell")


def lines_named_alone(found: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """`found` with each symbol-pattern reading of a cell-line name that the `cell_line` pattern also
    found with "cells" ("A431 cells" ... "EGF stimulated A431 growth") retyped as that cell line: the
    symbol pattern reads a bare line name as a gene. Called before `disease_cells`, so the lines it
    names ("Ha-ras cells") are not spread."""
    lines = {}
    for _, concept in found:
        cid = concept.id
        if concept.type == "cell" and cid.startswith(_LINE_PREFIX) and cid.endswith("_cell"):
            name = cid[len(_LINE_PREFIX):-len("_cell")]
            if "_" not in name:
                lines.setdefault(name, concept)
    if not lines:
        return found
    out = found
    for k, (span, concept) in enumerate(found):
        line = lines.get(span.text)  # a dict probe is cheaper than _unlisted_symbol, and rarely hits
        if line is not None and _unlisted_symbol(concept):
            if out is found:
                out = list(found)
            out[k] = (span, line)
    return out


def _unlisted_symbol(concept: Any) -> bool:
    """A name only the symbol pattern reads as a gene (no lexicon lists it; no v-/c- oncogene)."""
    return (concept.type == "gene_protein" and concept.source == "pattern"
            and concept.id.startswith(_SYMBOL_PREFIX)
            and concept.id[len(_SYMBOL_PREFIX):][:2] not in ("c-", "v-"))

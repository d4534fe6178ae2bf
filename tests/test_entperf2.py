"""Session 6 speed-ups find what the plain walks find (entperf2)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimx.disease_cells import _AFTER, _ends_before_cells
from claimx.entity_patterns import load_patterns

TRANSFORMED = next(p for p in load_patterns() if p.name == "transformed_cells")
PIECES = ["transformed", "Transformed", "ras-", "-", " ", "\n", "  ", "cell", "cells", "cell line", "cell lines",
          "subclone", "clones", "untransformed", "x", "MCF-7", "breast cancer", "SK-N-MC", "_", "(", "é"]


def test_transformed_cells_is_anchored():
    assert TRANSFORMED.search is not None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25).map("".join))
def test_transformed_cells_anchor_finds_what_finditer_finds(text):
    fast = [m.span() for m in TRANSFORMED.search(TRANSFORMED.regex, text)]
    assert fast == [m.span() for m in TRANSFORMED.regex.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25).map("".join))
def test_disease_cell_ends_hold_every_after_match(text):
    ends = _ends_before_cells(text)
    assert {p for p in range(len(text)) if _AFTER.match(text, p)} <= ends


FORMS = ["IL-6", "IL", "ILs", "MDSC", "MDSCs", "TNF-α", "TNF", "Fas L", "Fas", "T", "α", "a-b", "-x", "C.1"]
TEXT_PIECES = FORMS + [" ", "-", "s", "x", "(", ")", "\n", "_", ",", "é", "1"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(FORMS), min_size=1, max_size=8, unique=True),
       st.lists(st.sampled_from(TEXT_PIECES), max_size=30).map("".join))
def test_forms_pattern_matches_the_plain_alternation(words, text):
    import re

    from claimx.entities import _forms_pattern

    plain = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")
    fast = _forms_pattern(words)
    assert [(m.span(), m.group(1)) for m in fast.finditer(text)] == \
        [(m.span(), m.group(1)) for m in plain.finditer(text)]

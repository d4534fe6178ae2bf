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

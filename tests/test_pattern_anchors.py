"""The anchored search of pattern_anchors.py finds exactly what `finditer` finds."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from claimx.entity_patterns import load_patterns

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "liver-metastasis-ici-review.txt"
ANCHORED = [p for p in load_patterns() if p.search is not None]
PIECES = ["cell", "cells", "cell line", "cell lines", "/", "pathway", "signaling", "axis", " ", "  ", "\n",
          "HeLa", "MCF-7", "U-87", "MG", "TGF-β", "Smad", "PI3K", "AKT", "mTOR", "-", "(", ")", ",", "7", "x"]


def _same(text: str) -> None:
    for p in ANCHORED:
        fast = [(m.span(), m.groupdict()) for m in p.search(p.regex, text)]
        slow = [(m.span(), m.groupdict()) for m in p.regex.finditer(text)]
        assert fast == slow, p.name


def test_both_slow_patterns_are_anchored():
    """An edit to either regex silently drops the shortcut; this says so."""
    assert sorted(p.name for p in ANCHORED) == ["cell_line", "pathway"]


def test_same_matches_on_the_corpus():
    _same(CORPUS.read_text(encoding="utf-8"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_same_matches_on_generated_text(text):
    _same(text)

"""The anchored search of pattern_anchors.py finds exactly what `finditer` finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimx.entity_patterns import load_patterns
from claimx.regex_prefix import literal_prefixes

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "liver-metastasis-ici-review.txt"
ANCHORED = [p for p in load_patterns() if p.search is not None]
PIECES = ["cell", "cells", "cell line", "cell lines", "/", "pathway", "signaling", "axis", " ", "  ", "\n",
          "HeLa", "MCF-7", "U-87", "MG", "TGF-β", "Smad", "PI3K", "AKT", "mTOR", "-", "(", ")", ",", "7", "x",
          # the symbol pattern and the literal-prefixed ones
          "p53", "ap1", "RESULTS", "IL-6", "IL", "CD8", "+", ".", "_", "hi", "T cells", "anti-", "α", "PD-1",
          "KEYNOTE", "-189", "CCR5", "Foxp3", "naF", "LeTx", "é", "B"]


def _same(text: str) -> None:
    for p in ANCHORED:
        fast = [(m.span(), m.groupdict()) for m in p.search(p.regex, text)]
        slow = [(m.span(), m.groupdict()) for m in p.regex.finditer(text)]
        assert fast == slow, p.name


def test_every_pattern_is_anchored():
    """An edit to a regex with a hand-made shortcut silently drops it; this says so."""
    assert sorted(p.name for p in ANCHORED) == sorted(p.name for p in load_patterns())


@pytest.mark.parametrize("pattern, prefixes", [
    (r"(?<![\w-])(?:IL|CCL)-?\d", ("IL", "CCL")),
    (r"(?:(?:CD\d|Gr-?1)x){1,6}", ("CD", "Gr")),
    (r"(?<!a)(?:anti-|α)(?P<t>x)", ("anti-", "α")),
    (r"(?:IL|[A-Z]x)", None),  # a class can start a match
    (r"(?:IL)?x", None),  # so can what follows an optional part
    (r"(?i)IL", None),
    (r"(?:IL|)x", None),
])
def test_literal_prefixes(pattern, prefixes):
    assert literal_prefixes(pattern) == prefixes


def test_same_matches_on_the_corpus():
    _same(CORPUS.read_text(encoding="utf-8"))


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_same_matches_on_generated_text(text):
    _same(text)


def test_a_bad_pattern_is_reported_as_written(tmp_path):
    from claimx.errors import BadLexicon

    for regex, error in (("CD(4", "missing ), unterminated subpattern at position 2"),
                         ("(?<=CD+)8", "look-behind requires fixed-width pattern")):
        path = tmp_path / f"{len(regex)}.tsv"
        path.write_text(f"name\ttype\tprefix\tregex\nbad\tcell\tx:\t{regex}\n", encoding="utf-8")
        with pytest.raises(BadLexicon, match=rf"{path.name}:2: bad regular expression \({re.escape(error)}\)"):
            load_patterns(path)

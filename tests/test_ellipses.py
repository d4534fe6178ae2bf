"""Elided members of a numbered name (src/claimx/ellipses.py): "caspase-3 and -7", "Smad1/5/8"."""

from __future__ import annotations

import pytest
from factory import mentions_in



def mentions(text):
    return [(m.text, m.norm) for m in mentions_in(text)]


@pytest.mark.parametrize("text, member, norm", [
    ("pAd-Survivin reduced caspase-3 and -7 generation.", "-7", "CASP7"),
    ("rk-2 diminished the expression of matrix metalloproteinase-2 and -9.", "-9", "MMP-9"),
    ("MMP-2, -9 and -13 were induced by IL-1.", "-13", "MMP13"),
    ("BMP-2 induced the phosphorylation of Smad1/5/8 in these cells.", "5", "SMAD5"),
    ("BMP-2 induced the phosphorylation of Smad1/5/8 in these cells.", "8", "SMAD9"),
    ("Wnt acts through LRP5/6-mediated activation of beta-catenin.", "6", "LRP6"),
])
def test_elided_members_are_mentions(text, member, norm):
    assert (member, norm) in mentions(text)


@pytest.mark.parametrize("text, absent", [
    ("Mice were given IL-2 and 4 weeks later were killed.", "4"),  # a bare number after "and" is a count
    ("Acetylation of histones 3 and 4 rose.", "4"),
    ("HSCs produce interleukin-6/10 (IL-6/10).", "10"),  # a cytokine pair stays one name
    ("Caspase-3 and -99 were measured.", "-99"),  # no such member in the lexicon
])
def test_numbers_that_name_no_member(text, absent):
    assert absent not in [t for t, _ in mentions(text)]

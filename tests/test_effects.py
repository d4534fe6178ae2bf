"""Directed effect phrases (effects.py): 'the inhibitory effects of X on Y', 'X has a stimulatory effect on Y'."""

import pytest

from factory import triples


@pytest.mark.parametrize("text, expected", [
    ("Glutathione reversed the inhibitory effects of EPOX on ERK.", ("EPOX", "decreases", "ERK")),
    ("We found a stimulatory effect of GM-CSF on IL-8 secretion.", ("GM-CSF", "increases", "IL-8")),
    ("Curcumin has an inhibitory effect on the expression of COX-2.", ("Curcumin", "decreases", "COX-2")),
])
def test_directed_effects(text, expected):
    assert expected in triples(text)


def test_an_effect_without_a_direction_makes_no_claim():
    assert triples("We studied the effect of GM-CSF on IL-8 secretion.") == set()

"""Later items of a described population's list are states too (states.describes_state)."""

import pytest

from factory import triples


@pytest.mark.parametrize("text", [
    "HeLa cells show increased expression of Bcl-2 and decreased VEGF levels.",
    "The HeLa cells had increased IL-6 levels, increased Bcl-2 expression, limited apoptosis,"
    " and enhanced VEGF secretion.",
])
def test_every_item_of_a_state_list_is_no_claim(text):
    assert not any(s == "HeLa cells" for s, _, _ in triples(text))


def test_a_have_auxiliary_opens_no_state_list():
    # "have been confirmed to potentiate X and reverse Y": 'have' is an auxiliary, both verbs are claims
    found = triples("Macrophages have been shown to potentiate angiogenesis and reverse apoptosis.")
    assert ("Macrophages", "decreases", "apoptosis") in found

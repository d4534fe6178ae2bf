"""Two names of one concept joined by a slash are one argument (compounds._one_name_each)."""

import pytest

from factory import triples


@pytest.mark.parametrize("text, expected", [
    # the abbreviation of one growth factor and its other name: one claim, on the first name
    ("Vascular permeability factor (VPF) is also called vascular endothelial growth factor (VEGF). "
     "VPF/VEGF induced osteopontin expression in endothelial cells.",
     {("VPF", "increases", "osteopontin")}),
    # the same on the object side
    ("Tumor necrosis factor (TNF) is also known as TNF-alpha. IL-1 increased TNF/TNF-alpha secretion.",
     {("IL-1", "increases", "TNF")}),
])
def test_slash_synonyms_make_one_claim(text, expected):
    assert triples(text) == expected


def test_a_slash_between_two_concepts_keeps_both():
    found = triples("IL-6/TNF increased VEGF secretion.")
    assert {("IL-6", "increases", "VEGF"), ("TNF", "increases", "VEGF")} <= found

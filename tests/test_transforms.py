"""Transformation of cells (transforms.py): the agent that transforms cells increases them."""

import pytest

from factory import triples


@pytest.mark.parametrize("text, expected", [
    ("Rat-1 cells which had been transformed with the activated Ha-ras-1 gene were fused with fibroblasts.",
     ("Ha-ras-1", "increases", "Rat-1 cells")),
    ("Proteome analysis of NIH3T3 cells transformed by activated Galpha12.", ("Galpha12", "increases", "NIH3T3 cells")),
    ("Galpha12 morphologically transformed NIH3T3 cells lacking SWAP-70.", ("Galpha12", "increases", "NIH3T3 cells")),
    ("The LMP1 gene of EBV is sufficient to transform certain established rodent fibroblast cell lines.",
     ("LMP1", "increases", "fibroblast")),
    ("Transformation of NIH3T3 cells by Galpha12 requires RhoA.", ("Galpha12", "increases", "NIH3T3 cells")),
])
def test_transformed_cells(text, expected):
    assert expected in triples(text)


def test_the_transformed_cells_name_no_agent():
    assert not any(p == "increases" and o == "NIH3T3 cells"
                   for _, p, o in triples("Galpha12 was high in the transformed NIH3T3 cells."))


def test_a_transformed_value_is_no_cell_claim():
    assert triples("TGF-beta levels were log transformed by the software before VEGF was analysed.") == set()

"""Lists of objects past citations and abbreviations (object_lists.object_chain, listed_objects): sentences written for the purpose."""

import pytest

from factory import triples


@pytest.mark.parametrize("text, expected", [
    ("IL-10 increased the accumulation of regulatory (Treg) cells [27] and CD8+ T cells [28, 29].",
     ("IL-10", "increases", "CD8+ T cells")),
    ("Sorafenib reduced IL-6 [12] and VEGF [13-15] in mice.", ("Sorafenib", "decreases", "VEGF")),
    ("IL-10 increased the accumulation of regulatory (Treg) cells [27] and CD8+ T cells [28, 29].",
     ("IL-10", "increases", "Treg")),
])
def test_lists_past_citations(text, expected):
    assert expected in triples(text)


def test_a_comma_after_a_citation_ends_the_list():
    found = triples("Sorafenib reduced IL-6 [12], VEGF treatment was stopped.")
    assert ("Sorafenib", "decreases", "VEGF") not in found


def test_a_class_with_a_parenthesized_list_stands_for_its_members():
    found = triples("MDSCs are recruited by chemokines (CXCL1 and CXCL2) in the liver.")
    assert ("CXCL1", "increases", "MDSCs") in found and ("CXCL2", "increases", "MDSCs") in found
    assert ("chemokines", "increases", "MDSCs") not in found


def test_an_abbreviation_in_parentheses_is_no_list():
    found = triples("Tumor-associated macrophages (TAMs) increased VEGF.")
    assert any(s.endswith("macrophages") or s == "TAMs" for s, _, _ in found)


def test_a_mention_modifying_a_role_noun_is_no_object():
    found = triples("RASSF1C down-regulates several tumor suppressor genes in breast cancer cells.")
    assert ("RASSF1C", "decreases", "tumor") not in found


def test_a_gene_promoter_keeps_its_gene_as_object():
    assert ("Insulin", "increases", "VEGF") in triples("Insulin stimulated the VEGF promoter in HeLa cells.")


def test_a_mutant_modifier_is_no_object():
    found = triples("Braf-activated Pten-deficient melanomas grew faster.")
    assert ("Braf", "increases", "melanomas") in found and ("Braf", "increases", "Pten") not in found


def test_an_outcome_of_a_disease_stays_the_object():
    found = triples("Sorafenib improved the prognosis of several tumor types.")
    assert ("Sorafenib", "increases", "prognosis") in found and ("Sorafenib", "increases", "tumor") not in found


def test_a_process_of_cells_still_names_the_cells():
    assert ("Sorafenib", "decreases", "HeLa cells") in triples("Sorafenib reduced the proliferation of HeLa cells.")

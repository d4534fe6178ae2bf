"""Verb frames that make no claim or take another subject (parts.py): sentences written for the purpose."""

import pytest

from claimx.extract import extract_text

from factory import triples


@pytest.mark.parametrize("text, unexpected", [
    # intransitive: "increased in" names where, not what
    ("Expression of VEGF increased in 33 of 41 colon tumors.", ("VEGF", "increases", "colon tumors")),
    ("The number of CD8+ T cells significantly increased in ablated tumor tissue.",
     ("CD8+ T cells", "increases", "tumor")),
    # a participle after a verb or an opening parenthesis is an adjective
    ("Rab5a mutants block activated VEGFR2 trafficking.", ("Rab5a", "increases", "VEGFR2")),
    ("VEGF (increased IL-6 levels) was found in mice.", ("VEGF", "increases", "IL-6")),
])
def test_no_claim_from_the_frame(text, unexpected):
    assert unexpected not in triples(text)


def test_means_ing_takes_the_clause_subject():
    found = triples("PDGF plays important roles in tumorigenesis through stimulating tumor growth and promoting angiogenesis.")
    assert ("PDGF", "increases", "angiogenesis") in found
    assert ("tumorigenesis", "increases", "angiogenesis") not in found


def test_a_transitive_verb_keeps_its_object():
    # the cells the process happens in are the object, with the process (DESIGN §3)
    assert ("Sorafenib", "increases", "HeLa cells") in triples("Sorafenib increased apoptosis in HeLa cells.")


def test_an_aside_starting_with_one_of_is_skipped():
    # asides.APPOSITION_START: "X, one of the most potent angiogenic factors, stimulates Y"
    found = triples("VEGF, one of the most potent angiogenic factors, stimulates endothelial cell proliferation.")
    assert ("VEGF", "increases", "endothelial cell") in found


def test_a_fold_change_is_a_noun():
    # clauses.nominal_use: "a 2-fold decrease in Y" is no verb whose subject is the mention before
    found = triples("Tunicamycin produced an inhibition of glucose uptake and a 2-fold decrease in IL-6 binding.")
    assert ("glucose", "decreases", "IL-6") not in found


@pytest.mark.parametrize("text, expected, unexpected", [
    ("Over-expression of RASSF1C in breast cancer cells (MDA-MB231 and T47D) resulted in an increase in cell proliferation.",
     ("RASSF1C", "increases", "cell proliferation"), ("T47D", "increases", "cell proliferation")),
    ("Expression of NCAM in a fibrosarcoma model (T241) improved pericyte recruitment.",
     ("NCAM", "increases", "pericyte"), ("T241", "increases", "pericyte")),
])
def test_a_subject_in_parentheses_after_in_cells_is_where_not_who(text, expected, unexpected):
    found = triples(text)
    assert expected in found and unexpected not in found


def test_a_partner_in_combination_is_not_the_subject():
    found = triples("Inhibition of NF-kappaB alone or in combination with cancer therapies leads to tumor cell death.")
    assert ("NF-kappaB", "increases", "tumor cell death") in found
    assert ("cancer", "increases", "tumor cell death") not in found


@pytest.mark.parametrize("text, expected", [
    ("A synthetic tetracycline, doxycycline, inhibits migration of HeLa cells.", ("doxycycline", "decreases", "HeLa cells")),
    ("A synthetic tetracycline, doxycycline, inhibits migration of HeLa cells.", ("tetracycline", "decreases", "HeLa cells")),
    ("Another mode of ablation, cryoablation, can lead to direct cell death.", ("cryoablation", "increases", "cell death")),
    # "in vitro" after the verb is an adverbial: the verb keeps its object
    ("Sorafenib increased in vitro IL-6 secretion.", ("Sorafenib", "increases", "IL-6")),
])
def test_named_asides_and_settings(text, expected):
    assert expected in triples(text)


def test_the_class_an_aside_names_a_member_of_is_no_subject():
    assert ("ablation", "increases", "cell death") not in triples(
        "Another mode of ablation, cryoablation, can lead to direct cell death.")


def test_but_not_with_unnamed_list_items():
    found = {(c.subject.text, c.object.text, c.negated) for c in extract_text(
        "Low doses of SN-38, but not 5-FU and L-OHP, preferentially inhibited endothelial cell proliferation.")}
    assert ("SN-38", "endothelial cell", False) in found
    assert ("5-FU", "endothelial cell", True) in found


def test_sensitize_to_a_process_claims_the_process():
    found = triples("Downregulation of c-FLIP sensitizes DU145 cells to Fas-mediated apoptosis.")
    assert ("c-FLIP", "increases", "apoptosis") in found and ("c-FLIP", "increases", "DU145 cells") not in found


def test_sensitize_to_a_drug_keeps_the_cells():
    found = triples("Blocking CSF-1R could sensitize HeLa cells to sorafenib.")
    assert ("CSF-1R", "increases", "HeLa cells") in found and ("CSF-1R", "increases", "sorafenib") not in found


def test_a_participle_after_nor_is_an_adjective():
    assert ("IL-6", "increases", "HeLa cells") not in triples("Neither IL-6 mRNA nor secreted protein was detected in HeLa cells.")
    assert ("sorafenib", "increases", "macrophages") not in triples(
        "Neither sorafenib nor activated macrophages were detected in HeLa cells.")


@pytest.mark.parametrize("text, unexpected", [
    ("The mechanisms by which hypoxic tumor environments induce VEGF expression are unknown.", ("tumor", "increases", "VEGF")),
    ("Cells transformed by Rous sarcoma virus release transforming growth factors.", ("sarcoma", "increases", "growth factors")),
])
def test_a_disease_modifying_a_head_noun_is_no_subject(text, unexpected):
    assert unexpected not in triples(text)


def test_a_disease_subject_before_its_verb_is_kept():
    assert ("Liver metastases", "decreases", "CD8+ T cells") in triples("Liver metastases reduce CD8+ T cells in mice.")

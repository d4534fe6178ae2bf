"""Constructions that read like a claim and are none (CG precision round 3): sentences written for the purpose."""

import pytest

from factory import triples


@pytest.mark.parametrize("text", [
    # "depending on" sets a condition on the clause: the cells do not drive MYC or apoptosis
    "MYC plays distinct roles in apoptosis, depending on the type of the target cells.",
    "The role of TP53 in apoptosis is different depending on the type of leukemia cells.",
])
def test_depending_on_is_a_condition(text):
    assert not {t for t in triples(text) if "cells" in t[0]}


@pytest.mark.parametrize("text, expected", [
    ("Angiogenesis depends on VEGF.", ("VEGF", "increases", "Angiogenesis")),
    ("Tumor angiogenesis is dependent on VEGF.", ("VEGF", "increases", "Tumor angiogenesis")),
])
def test_a_dependence_still_claims(text, expected):
    assert any(t[0] == expected[0] and t[1] == expected[1] for t in triples(text))


@pytest.mark.parametrize("text, expected, wrong", [
    # the appositive's class noun stands for the name before it, past the name's restatement in brackets
    ("Oncostatin M (OSM), an IL-6 family cytokine responsible for STAT3 activation, has been studied.",
     ("Oncostatin M", "increases", "STAT3"), ("cytokine", "increases", "STAT3")),
])
def test_an_appositive_after_a_bracketed_restatement(text, expected, wrong):
    found = triples(text)
    assert expected in found and wrong not in found


@pytest.mark.parametrize("text, expected, wrong", [
    # a by-agent named after a comma: the class phrase before it is no agent
    ("Expression of TSP-1 is up-regulated by the tumor suppressor gene, p53, in these cells.",
     ("p53", "increases", "TSP-1"), ("tumor", "increases", "TSP-1")),
    ("VEGF expression was induced by the transcription factor, HIF-1alpha.",
     ("HIF-1alpha", "increases", "VEGF"), None),
])
def test_a_by_agent_named_after_a_comma(text, expected, wrong):
    found = triples(text)
    assert expected in found and wrong not in found


def test_a_by_agent_list_after_a_comma_is_no_name():
    # "by the cells, IL-6 and TNF ...": a list after the comma is not the phrase's name
    found = triples("VEGF secretion was induced by the tumor cells, and IL-6 increased TNF.")
    assert ("IL-6", "increases", "VEGF") not in found


@pytest.mark.parametrize("text", [
    # the expression is the genes', not the cells': no claim on the cells
    "Hypoxia-induced gene expression in cancer cells has been linked to malignant transformation.",
    "IL-1 induced endothelial cell expression of mRNAs encoding integrin subunits.",
])
def test_expression_is_no_process_of_cells(text):
    assert not {t for t in triples(text) if "cell" in t[2]}


def test_expression_of_a_gene_in_cells_still_claims():
    assert ("IL-6", "increases", "VEGF") in triples("IL-6 induced VEGF expression in tumor cells.")
    assert ("IL-6", "increases", "tumor cells") in triples("IL-6 induced the proliferation of tumor cells.")


@pytest.mark.parametrize("text", [
    # an intransitive change verb, an adverb, then 'with': what it changed with is no object
    "Capillary density increased gradually with alinidine administration.",
    "VEGF levels decreased markedly with time.",
])
def test_an_adverb_before_with_keeps_the_verb_intransitive(text):
    assert not {t for t in triples(text) if t[2] in ("alinidine", "time")}


def test_an_adverb_before_the_object_keeps_it():
    assert ("IL-6", "increases", "VEGF") in triples("IL-6 increased significantly VEGF expression.")

"""Constructions that read like a claim and are none (CG precision round 3): sentences written for the purpose."""

import pytest

from claimx.extract import extract_text


def triples(text):
    return {(c.subject.text, c.predicate, c.object.text) for c in extract_text(text)}


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

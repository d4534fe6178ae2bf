"""Operator spellings added in lexicons/cues/operators.tsv, on sentences written for the purpose."""

import pytest

from claimx.extract import extract_text


@pytest.mark.parametrize("text, expected", [
    ("STAT3 over-expression enhanced VEGF secretion.", ("STAT3", "activation", "increases", "VEGF")),
    ("Over-expression of STAT3 enhanced VEGF secretion.", ("STAT3", "activation", "increases", "VEGF")),
    ("Suppression of STAT3 lowered VEGF secretion.", ("STAT3", "inhibition", "decreases", "VEGF")),
])
def test_operator_spellings(text, expected):
    assert expected in {(c.subject.text, c.subject.op, c.predicate, c.object.text) for c in extract_text(text)}


@pytest.mark.parametrize("text, expected", [
    # a spaced suffix word after "<operator> of X" is the main verb, so X keeps its operator
    ("Overexpression of STAT3 enhanced VEGF secretion.", ("STAT3", "activation", "increases", "VEGF")),
    ("Inhibition of STAT3 suppressed VEGF secretion.", ("STAT3", "inhibition", "decreases", "VEGF")),
    # a verb operator before "X-induced Y" still acts on Y, not on X
    ("Imatinib blocks TNF-induced apoptosis.", ("TNF", None, "increases", "apoptosis")),
])
def test_operator_before_a_spaced_suffix_verb(text, expected):
    assert expected in {(c.subject.text, c.subject.op, c.predicate, c.object.text) for c in extract_text(text)}


@pytest.mark.parametrize("text, expected", [
    # "induced" before a noun cue is a light verb: the noun gives the direction
    ("Imatinib induced a marked reduction in VEGF expression.", ("Imatinib", None, "decreases", "VEGF")),
    ("Imatinib induced a reduction in the expression of VEGF.", ("Imatinib", None, "decreases", "VEGF")),
    ("Imatinib induces VEGF expression.", ("Imatinib", None, "increases", "VEGF")),
])
def test_induce_as_a_light_verb(text, expected):
    found = {(c.subject.text, c.subject.op, c.predicate, c.object.text) for c in extract_text(text)}
    assert expected in found
    assert not any(s == expected[0] and p != expected[2] for s, _, p, _ in found)



def test_a_hyphen_suffix_is_no_light_verb():
    # "IL-6-induced activation of STAT3": the hyphen suffix is not a light verb for the noun after it
    found = {(c.subject.text, c.predicate, c.object.text) for c in extract_text(
        "Imatinib suppresses IL-6-induced STAT3 activation and UV-induced skin tumorigenesis.")}
    assert ("IL-6", "increases", "STAT3") in found
    assert ("IL-6", "increases", "tumorigenesis") not in found

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

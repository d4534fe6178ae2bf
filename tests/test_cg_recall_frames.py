"""Experimental frames of CG abstracts that name a claim's subject and object as mentions (issue 5,
CG recall round 2): sentences written for the purpose."""

import pytest

from claimx.extract import extract_text


def claims(text):
    return {(c.subject.text, c.predicate, c.object.text, c.negated) for c in extract_text(text)}


def triples(text):
    return {t[:3] for t in claims(text)}


@pytest.mark.parametrize("text, expected", [
    # the place where the subject acts is closed by a comma before the verb
    ("Forced expression of KLF4 in gastric cancer cells, significantly inhibited VEGF secretion.",
     ("KLF4", "decreases", "VEGF")),
    # a cell line's name restates the line after a comma
    ("KLF4 overexpression in a representative gastric cancer cell line, AGS, increased IL-8 expression.",
     ("KLF4", "increases", "IL-8")),
    # a disease named before 'cell line(s)' is where the subject acts, not the subject
    ("KLF4 overexpression in two gastric cancer cell lines increased IL-8 expression.",
     ("KLF4", "increases", "IL-8")),
])
def test_a_host_before_the_verb_is_no_subject(text, expected):
    found = triples(text)
    assert expected in found
    assert not {t for t in found if t[0] in {"gastric cancer cells", "AGS", "gastric cancer"}}


def test_a_contrast_inside_the_host_phrase_keeps_both_subjects():
    found = claims("Forced expression of KLF4, but not KLF5 in gastric cancer cells, significantly inhibited VEGF.")
    assert ("KLF4", "decreases", "VEGF", False) in found
    assert ("KLF5", "decreases", "VEGF", True) in found


@pytest.mark.parametrize("text", [
    # a disease before a plain head noun only modifies it: still no claim on the disease
    "Hypoxic tumor environments induce VEGF.",
    # a comma after a plain mention is no host: no subject from before the comma
    "In gastric cancer, significantly increased IL-8 was seen.",
])
def test_no_subject_from_a_modifier_or_an_introductory_phrase(text):
    assert not {t for t in triples(text) if t[0] in {"tumor", "gastric cancer"}}

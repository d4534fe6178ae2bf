"""Subjects of relative and chain clauses: the relative pronoun's antecedent, the main clause's subject."""

import pytest

from factory import triples


def test_the_mention_before_the_comma_is_the_antecedent():
    found = triples("HeLa cells secreted VEGF, which induces angiogenesis.")
    assert ("VEGF", "increases", "angiogenesis") in found
    assert ("HeLa cells", "increases", "angiogenesis") not in found


@pytest.mark.parametrize("text, wrong", [
    # the pronoun names the lung, not the protein before 'in'
    ("TGF-beta reduced the expression of MMP-2 in the mouse lung which induces angiogenesis.", "MMP-2"),
    # 'as part of a factor': the factor is the antecedent
    ("IL-6 was isolated from HeLa cells as part of a factor that could produce angiogenesis.", "HeLa cells"),
])
def test_a_phrase_between_names_a_nearer_antecedent(text, wrong):
    assert not any(s == wrong and o == "angiogenesis" for s, _, o in triples(text))


def test_an_adjacent_antecedent_keeps_its_claim():
    assert ("TNF-alpha", "increases", "apoptosis") in triples("TNF-alpha, which induces apoptosis, is a cytokine.")


def test_a_chain_has_no_subject_when_its_first_mention_is_the_verbs_object():
    # the smoke (no mention) promotes; tumorigenesis is the object, not the trigger of inflammation
    assert triples("Tobacco smoke promotes lung tumorigenesis by triggering inflammation.") == set()


@pytest.mark.parametrize("text, expected", [
    ("IL-6 promotes tumorigenesis by triggering inflammation.", ("IL-6", "increases", "inflammation")),
    ("A drug that blocks STAT3 reduced tumor growth, thereby restoring apoptosis.",
     ("STAT3", "increases", "apoptosis")),
])
def test_a_chain_keeps_its_subject(text, expected):
    assert expected in triples(text)


def test_a_chain_after_a_complement_that_takes_the_clauses_subject():
    # "It" takes the previous sentence's first mention (coreference), but is no argument here
    found = triples("Cisplatin is a drug. It is concluded that curcumin inhibits invasion"
                  " through down-regulating VEGF expression.")
    assert ("curcumin", "decreases", "VEGF") in found
    assert not any(s == "It" for s, _, _ in found)

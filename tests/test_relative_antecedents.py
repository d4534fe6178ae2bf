"""The subject of 'X, which/that VERB Y' is the relative pronoun's antecedent (hosts.antecedent)."""

import pytest

from claimx.extract import extract_text


def pairs(text):
    return {(c.subject.text, c.predicate, c.object.text) for c in extract_text(text)}


def test_the_mention_before_the_comma_is_the_antecedent():
    found = pairs("HeLa cells secreted VEGF, which induces angiogenesis.")
    assert ("VEGF", "increases", "angiogenesis") in found
    assert ("HeLa cells", "increases", "angiogenesis") not in found


@pytest.mark.parametrize("text, wrong", [
    # the pronoun names the lung, not the protein before 'in'
    ("TGF-beta reduced the expression of MMP-2 in the mouse lung which induces angiogenesis.", "MMP-2"),
    # 'as part of a factor': the factor is the antecedent
    ("IL-6 was isolated from HeLa cells as part of a factor that could produce angiogenesis.", "HeLa cells"),
])
def test_a_phrase_between_names_a_nearer_antecedent(text, wrong):
    assert not any(s == wrong and o == "angiogenesis" for s, _, o in pairs(text))


def test_an_adjacent_antecedent_keeps_its_claim():
    assert ("TNF-alpha", "increases", "apoptosis") in pairs("TNF-alpha, which induces apoptosis, is a cytokine.")

"""Operator phrases on the subject (lexicons/cues/operators.tsv, Modifiers.operator): sentences written for the purpose."""

import pytest

from claimx.extract import extract_text


def claims(text):
    return {(c.subject.text, c.subject.op, c.predicate, c.object.text) for c in extract_text(text)}


@pytest.mark.parametrize("text, expected", [
    ("Survivin targeting reduced the viability of HeLa cells.", ("Survivin", "inhibition", "decreases", "HeLa cells")),
    ("Downregulation of Mcl-1 increased Bim levels.", ("Mcl-1", "inhibition", "increases", "Bim")),
    ("Down-regulation of Mcl-1 increased Bim levels.", ("Mcl-1", "inhibition", "increases", "Bim")),
    ("Inactivation of PTEN enhanced Akt phosphorylation.", ("PTEN", "inhibition", "increases", "Akt")),
    ("Restoration of PTEN reduced Akt phosphorylation.", ("PTEN", "activation", "decreases", "Akt")),
    ("Induction of FOXO3a activity was sufficient to promote Akt phosphorylation.",
     ("FOXO3a", "activation", "increases", "Akt")),
    ("VEGF induction increased angiogenesis.", ("VEGF", "activation", "increases", "angiogenesis")),
    ("Attenuating galectin-1 expression constrained HeLa cell motility.", ("galectin-1", "inhibition", "decreases", "HeLa cell")),
    # words between the operator and its target
    ("Knockdown of endogenous FOXO3a expression reduced Akt activity.", ("FOXO3a", "inhibition", "decreases", "Akt")),
    ("Inhibition of either ERK or Sp1 suppressed VEGF expression.", ("Sp1", "inhibition", "decreases", "VEGF")),
    ("Inhibition of either ERK or Sp1 suppressed VEGF expression.", ("ERK", "inhibition", "decreases", "VEGF")),
])
def test_operator_phrases(text, expected):
    assert expected in claims(text)


def test_a_participle_with_its_own_object_is_no_operator():
    # "targeting VEGF" names what the drug acts on; the drug itself is not targeted
    found = claims("Bevacizumab targeting VEGF reduced tumor growth.")
    assert not any(s == "Bevacizumab" and op == "inhibition" for s, op, _, _ in found)

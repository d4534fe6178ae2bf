"""Review-style constructions the dev half of the sample review missed (issue 5, review recall):
sentences written for the purpose."""

import pytest

from claimx.cues import load_cues
from claimx.extract import extract_text


def claims(text):
    return {(c.subject.text, c.subject.op, c.predicate, c.object.text) for c in extract_text(text)}


def test_inducing_is_an_active_suffix():
    cue = load_cues().suffixes["inducing"]
    assert cue.reverse and cue.predicate == "increases"
    assert not load_cues().suffixes["induced"].reverse


@pytest.mark.parametrize("text, expected", [
    # the noun after 'X-inducing' is the agent: the cytokines induce IL-6
    ("IL-6-inducing cytokines were found in the serum.", ("cytokines", None, "increases", "IL-6")),
    # each member of a list the compound heads
    ("Hypoxia releases VEGF-inducing growth factors or chemokines.", ("chemokines", None, "increases", "VEGF")),
])
def test_x_inducing_y_makes_y_the_subject(text, expected):
    assert expected in claims(text)


def test_x_inducing_y_is_not_read_the_passive_way():
    found = claims("IL-6-inducing cytokines were found in the serum.")
    assert not any(s == "IL-6" and o == "cytokines" for s, _, _, o in found)


def test_an_operator_before_the_compound_is_the_head_nouns():
    found = claims("The blockade of VEGF-inducing cytokines reduced tumor growth.")
    # the blockade acts on the cytokines, whose own claim carries no operator
    assert ("cytokines", "inhibition", "decreases", "tumor growth") in found
    assert ("cytokines", None, "increases", "VEGF") in found


def test_induced_keeps_its_direction():
    found = claims("TNF-induced apoptosis was blocked by the inhibitor.")
    assert ("TNF", None, "increases", "apoptosis") in found


@pytest.mark.parametrize("text, expected", [
    ("Patients received basiliximab (a CD25-neutralizing antibody) before surgery.",
     ("basiliximab", None, "decreases", "CD25")),
    ("Basiliximab, a humanized CD25-blocking antibody, was given weekly.",
     ("Basiliximab", None, "decreases", "CD25")),
])
def test_an_agent_restated_as_a_hyphen_operator_antibody(text, expected):
    assert expected in claims(text)


def test_an_ocr_hyphen_left_on_the_target_still_joins_the_operator():
    found = claims("Patients received basiliximab (a CD25- neutralizing antibody) before surgery.")
    assert any(s == "basiliximab" and p == "decreases" and o.startswith("CD25") for s, _, p, o in found)


@pytest.mark.parametrize("text", [
    "MCF-7, a p53-deficient cell line, was used.",       # a genotype, not an operator participle
    "Sorafenib, a VEGF-targeting pathway, was named.",   # no agent noun heads the phrase
])
def test_no_claim_without_a_participle_and_an_agent_noun(text):
    assert not any(p == "decreases" for _, _, p, _ in claims(text))


def test_a_name_restated_inside_an_aside_is_no_subject():
    # the gene before the aside promotes Z; the protein named (and restated) inside it does not
    found = claims("They showed that solute carrier family 2 member 1 (SLC2A1, encoding glucose transporter "
                   "type 1 (GLUT1)) could promote immunosuppression.")
    assert ("solute carrier family 2 member 1", None, "increases", "immunosuppression") in found
    assert not any(s.startswith("glucose") for s, _, _, _ in found)


def test_a_restated_subject_outside_any_aside_is_kept():
    found = claims("Glucose transporter type 1 (GLUT1) could promote immunosuppression.")
    assert ("Glucose transporter type 1", None, "increases", "immunosuppression") in found


def test_a_suffixed_population_acts_on_a_process_of_its_own_kind():
    found = claims("Hepatocyte-activated T cells can result in premature T-cell death.")
    assert ("T cells", None, "increases", "T-cell") in found


def test_a_bare_population_and_its_own_process_make_no_claim():
    found = claims("T cells can result in premature T-cell death.")
    assert not any(s == "T cells" and o == "T-cell" for s, _, _, o in found)


@pytest.mark.parametrize("text", [
    "Increased concentrations of CCL5 were observed, potentially recruiting effector T cells to the liver.",
    "Increased concentrations of CCL5 were observed, possibly recruiting effector T cells to the liver.",
])
def test_a_hedge_adverb_before_a_chained_participle(text):
    found = {(c.subject.text, c.predicate, c.object.text, c.hedged) for c in extract_text(text)}
    assert ("CCL5", "increases", "effector T cells", True) in found

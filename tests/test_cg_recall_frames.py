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


@pytest.mark.parametrize("text, expected", [
    # a raising predicate: the infinitive's subject is the predicate's, past a relative pronoun ...
    ("BCL2L1, which is known to inhibit apoptosis, was down-regulated.", ("BCL2L1", "decreases", "apoptosis")),
    # ... or an appositive
    ("Lactoferrin, a milk glycoprotein, has been previously shown to inhibit angiogenesis.",
     ("Lactoferrin", "decreases", "angiogenesis")),
    ("Survivin, an apoptosis inhibitor, is able to block caspase-9.", ("Survivin", "decreases", "caspase-9")),
    # a relative pronoun after a bracketed restatement refers to the name before the bracket
    ("The protein c-FLIP (cellular FLICE-like inhibitory protein), which blocks apoptosis, was down-regulated.",
     ("c-FLIP", "decreases", "apoptosis")),
])
def test_raising_predicates_and_restated_antecedents(text, expected):
    assert expected in triples(text)


def test_a_verb_on_the_role_of_a_mention_makes_no_claim_on_it():
    # "raises the question of the role of X": the verb acts on a role, not on X
    found = triples("Patients developed leukemia (AML), which raises the question of the role of G-CSF in it.")
    assert not {t for t in found if t[2] == "G-CSF"}


def process_claims(text):
    return {(c.subject.text, c.predicate, c.object.text, c.object.process) for c in extract_text(text)}


@pytest.mark.parametrize("text", [
    "Plasmin cleavage of fibronectin results in enhanced adhesion.",
    "Injection of VEGF resulted in rapid cleavage of fibronectin by endogenous plasmin.",
])
def test_cleavage_by_an_agent_is_its_claim_with_the_process(text):
    # the cleaving agent increases the cleavage of the mention after 'of' (CG: positive regulation of catabolism)
    assert ("plasmin", "increases", "fibronectin", "cleavage") in {(s.lower(), p, o, pr) for s, p, o, pr in
                                                                     process_claims(text)}


def test_a_process_noun_that_is_a_cue_does_not_end_an_object_list():
    found = process_claims("Knockdown of BAX reduced PARP cleavage and caspase-3 activation.")
    assert ("BAX", "decreases", "PARP", "cleavage") in found
    assert any(t[:3] == ("BAX", "decreases", "caspase-3") for t in found)


def test_bare_cleavage_is_no_argument():
    assert not triples("PARP cleavage was observed after BAX knockdown reduced caspase-3.") & {
        ("BAX", "decreases", "cleavage")}


def test_degradation_is_a_process_noun_cue():
    found = process_claims("EPOX induces glutathione depletion and Mcl-1 degradation in endothelial cells.")
    assert ("EPOX", "increases", "Mcl-1", "degradation") in found


@pytest.mark.parametrize("text, expected", [
    # a second process noun after a process mention heads the phrase: the process is of the mention after 'of'
    ("Deletion of miR-21 reduced the expression level of PTEN.", ("miR-21", "decreases", "PTEN", "expression")),
    ("IL-1 increased the protein expression levels of Cdc42.", ("IL-1", "increases", "Cdc42", "expression")),
])
def test_two_process_nouns_before_of(text, expected):
    assert expected in process_claims(text)


def test_a_role_activity_keeps_its_holder():
    # "the antiangiogenic activity of X" is a role claim on X, not a process of X
    assert ("EPOX", "decreases", "antiangiogenic") in triples("We evaluated the antiangiogenic activity of EPOX in vitro.")


@pytest.mark.parametrize("text, expected", [
    ("Docetaxel is effective against ovarian carcinoma.", ("Docetaxel", "decreases", "carcinoma")),
    # the raising predicate may end in 'to be' before the causal phrase
    ("Docetaxel, a taxane, has been found to be effective against several carcinomas.",
     ("Docetaxel", "decreases", "carcinomas")),
])
def test_effective_against(text, expected):
    found = triples(text)
    assert any(t[0] == expected[0] and t[1] == expected[1] and expected[2] in t[2] for t in found), found


@pytest.mark.parametrize("text, expected", [
    # the cells a bare bearer process belongs to are named where the subject acts ...
    ("KLF4 overexpression in neural stem/progenitor cells increases proliferation.",
     ("KLF4", "increases", "progenitor cells", "proliferation")),
    # ... or as what a treatment was given to
    ("Treatment of HeLa cells with recombinant IL-24 stimulated proliferation and invasion.",
     ("IL-24", "increases", "HeLa cells", "proliferation")),
])
def test_a_bare_bearer_process_takes_the_cells_the_frame_names(text, expected):
    assert expected in process_claims(text)


@pytest.mark.parametrize("text", [
    "IL-24 stimulated proliferation.",  # no cells named: no claim
    "IL-24 from HeLa cells and HUVEC cells in culture stimulated proliferation.",  # no host or treated cells
])
def test_a_bare_bearer_process_without_named_cells_is_no_object(text):
    assert not {t for t in process_claims(text) if t[3] == "proliferation"}


def test_a_verb_after_a_comma_starts_a_predicate_of_its_own():
    # "improves metabolism, does not impair angiogenesis": angiogenesis is impair's object, not improve's
    found = claims("Oxygent improves metabolism, does not impair angiogenesis, and slows growth.")
    assert ("Oxygent", "increases", "angiogenesis", False) not in found


def op_claims(text):
    return {(c.subject.text, c.subject.op, c.predicate, c.object.text) for c in extract_text(text)}


@pytest.mark.parametrize("text, expected", [
    # a passive with no 'by' agent names its cause as a means
    ("Ets-1 is induced in endothelial cells after injury through activation of p38.",
     ("p38", "activation", "increases", "Ets-1")),
    ("HIF-1alpha is increased through A3 adenosine receptor stimulation.",
     ("A3 adenosine receptor", None, "increases", "HIF-1alpha")),
])
def test_a_means_phrase_names_a_passive_agent(text, expected):
    assert expected in op_claims(text)


def test_a_passive_subject_is_no_agent_of_the_means():
    found = triples("VEGF was increased via activation of p38.")
    assert ("VEGF", "increases", "p38") not in found
    assert ("p38", "increases", "VEGF") in found


def test_an_active_subject_still_acts_through_its_means():
    assert ("IL-6", "increases", "STAT3") in triples("IL-6 increases VEGF through activation of STAT3.")


def test_depress_is_a_down_verb():
    assert ("Razoxane", "decreases", "metastases") in triples("Razoxane depresses lung metastases in mice.")


def test_a_participle_before_a_mention_is_no_main_verb_for_an_infinitive():
    # "activated Akt" modifies Akt: the infinitive's subject is Akt, not the mention opening the clause
    found = triples("In these breast cancers activated Akt fails to inactivate FOXO3a.")
    assert ("Akt", "decreases", "FOXO3a") in found
    assert ("breast cancers", "decreases", "FOXO3a") not in found

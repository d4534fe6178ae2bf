"""Review-style constructions of issue 5 (second review-recall round): sentences written for the purpose."""

import pytest

from claimx.extract import extract_text


def claims(text):
    return {(c.subject.text, c.subject.op, c.predicate, c.object.text) for c in extract_text(text)}


@pytest.mark.parametrize("text, expected", [
    ("In mice, the niche can polarize monocytes into mature CD11b+ macrophages [12], facilitating angiogenesis.",
     ("CD11b+ macrophages", None, "increases", "angiogenesis")),
    # the means after the participle is the converted cells' too
    ("The niche polarizes macrophages into M2 macrophages, promoting angiogenesis by releasing VEGF.",
     ("M2 macrophages", None, "increases", "VEGF")),
    ("Hepatic lesions convert macrophages into M2 macrophages, thereby suppressing T cell proliferation.",
     ("M2 macrophages", None, "decreases", "T cell")),
])
def test_what_a_into_b_makes_is_the_participles_subject(text, expected):
    found = claims(text)
    assert expected in found
    assert not any(s in ("monocytes", "macrophages") and o == expected[3] for s, _, _, o in found)


def test_a_named_subject_keeps_the_participle():
    # the first group is the clause's own subject, not what is converted: unchanged
    found = claims("Tumor cells polarize macrophages into M2 macrophages, facilitating angiogenesis.")
    assert ("Tumor cells", None, "increases", "angiogenesis") in found


def test_into_a_mention_of_another_type_is_no_conversion():
    # "into the liver" is a place, not what the cells become
    found = claims("Macrophages migrate into the liver, promoting angiogenesis.")
    assert not any(s == "liver" for s, _, _, _ in found)


def test_a_means_without_a_comma_stays_the_clauses():
    found = claims("Tumor cells polarize macrophages into M2 macrophages by releasing IL-4.")
    assert not any(s == "M2 macrophages" for s, _, _, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("STAT3 inhibitors and the blockade of IL-6 reduced tumor growth.",
     {("STAT3", "inhibition", "decreases", "tumor growth"), ("IL-6", "inhibition", "decreases", "tumor growth")}),
    ("Aspirin and the blockade of IL-6 or IL-10 reduced tumor growth.",
     {("Aspirin", None, "decreases", "tumor growth"), ("IL-6", "inhibition", "decreases", "tumor growth"),
      ("IL-10", "inhibition", "decreases", "tumor growth")}),
    # the first member's own operator and head noun before the join; a glued modifier skipped to its head
    ("Several VEGF-targeting agents and the blockade of VEGF-inducing cytokines or chemokines have been "
     "shown to potentiate antitumor immune responses.",
     {("VEGF", "inhibition", "increases", "antitumor immune responses"),
      ("cytokines", "inhibition", "increases", "antitumor immune responses"),
      ("chemokines", "inhibition", "increases", "antitumor immune responses")}),
])
def test_a_list_member_an_operator_noun_opens_is_a_subject_too(text, expected):
    assert expected <= claims(text)


def test_an_operator_join_after_the_verb_adds_no_object():
    # "the suppression of p53" is no second thing IL-6 increased
    found = claims("IL-6 increased VEGF and the suppression of p53.")
    assert ("IL-6", None, "increases", "VEGF") in found
    assert not any(o == "p53" for _, _, _, o in found)


def test_a_plain_list_keeps_its_operators():
    assert claims("Aspirin and IL-6 reduced tumor growth.") >= {("Aspirin", None, "decreases", "tumor growth"),
                                                              ("IL-6", None, "decreases", "tumor growth")}
    found = claims("Blockade of IL-6 and IL-10 reduced tumor growth.")
    assert ("IL-10", "inhibition", "decreases", "tumor growth") in found


@pytest.mark.parametrize("text, expected", [
    ("The expression of ICOS in T cells was higher after radiotherapy.", ("radiotherapy", None, "increases", "ICOS")),
    ("The level of PD-L1 on the surface of tumor cells was reduced by metformin.",
     ("metformin", None, "decreases", "PD-L1")),
    ("The expression of ICOS in T cells was increased by IL-2.", ("IL-2", None, "increases", "ICOS")),
])
def test_what_a_process_noun_measures_in_cells_is_the_patient(text, expected):
    found = claims(text)
    assert expected in found
    assert not any(o in ("T cells", "tumor cells") for _, _, _, o in found)


def test_a_list_of_measured_mentions_each_changes():
    found = claims("The expression of ICOS and GITR in inducible T cells and the level of PD-L1 on the surface of "
                   "tumor cells are higher in tumor tissue following radiotherapy.")
    assert {("radiotherapy", None, "increases", o) for o in ("ICOS", "GITR", "PD-L1")} <= found


def test_cells_with_no_process_of_stay_the_patient():
    found = claims("Tregs in the liver were increased after radiofrequency ablation.")
    assert ("radiofrequency ablation", None, "increases", "Tregs") in found


@pytest.mark.parametrize("text, expected", [
    ("Tumor growth was reduced when mice were treated with sorafenib.",
     ("sorafenib", None, "decreases", "Tumor growth")),
    # a silencing reagent names a knock-down of its target
    ("Liver metastasis was significantly reduced when tumor-bearing mice were treated with antisense "
     "oligonucleotides targeting TNFR2.", ("TNFR2", "inhibition", "decreases", "Liver metastasis")),
])
def test_a_when_treated_with_clause_names_the_cause(text, expected):
    assert expected in claims(text)


def test_a_drug_named_as_itself_stays_the_cause():
    found = claims("Tumor growth was reduced when mice were treated with bevacizumab targeting VEGF.")
    assert ("bevacizumab", None, "decreases", "Tumor growth") in found
    assert not any(s == "VEGF" for s, _, _, _ in found)


def test_a_when_clause_of_its_own_is_no_treatment():
    # the treatment belongs to another subject's clause after the comma
    assert not claims("Tumor growth was reduced when mice were fed, and IL-6 was treated with sorafenib.")

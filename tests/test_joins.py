"""'X, as well as Y, VERB Z' (asides.JOINS): both are the subject, neither negated. Sentences written for the purpose."""

import pytest

from claimx.extract import extract_text


@pytest.mark.parametrize("text", [
    "CCL2, as well as CXCL12, recruited macrophages.",
    "CCL2, together with CXCL12, recruited macrophages.",
    "CCL2, along with CXCL12, recruited macrophages.",
])
def test_joined_subjects_between_commas(text):
    found = {(c.subject.text, c.predicate, c.object.text, c.negated) for c in extract_text(text)}
    assert {("CCL2", "increases", "macrophages", False), ("CXCL12", "increases", "macrophages", False)} <= found


def test_but_not_still_negates_the_second():
    found = {(c.subject.text, c.negated) for c in extract_text("CCL2, but not CXCL12, recruited macrophages.")}
    assert found == {("CCL2", False), ("CXCL12", True)}


@pytest.mark.parametrize("text, expected", [
    ("CCL2 recruits monocytes [12] and neutrophils [13, 14].",
     {("CCL2", "monocytes"), ("CCL2", "neutrophils")}),
    ("CCL2 [3] and CXCL12 [4-6] recruit monocytes.", {("CCL2", "monocytes"), ("CXCL12", "monocytes")}),
])
def test_citation_brackets_inside_a_list(text, expected):
    assert {(c.subject.text, c.object.text) for c in extract_text(text)} == expected


def test_a_citation_and_comma_still_end_a_clause():
    found = {(c.subject.text, c.object.text) for c in extract_text(
        "GITR is expressed on Tregs from liver metastases [8], and anti-GITR agonistic antibodies can recruit monocytes.")}
    assert ("liver metastases", "monocytes") not in found


@pytest.mark.parametrize("text, expected", [
    ("Osteopontin, secreted by TAMs, recruits monocytes.",
     {("TAMs", "increases", "Osteopontin"), ("Osteopontin", "increases", "monocytes")}),
    ("Osteopontin, derived from TAMs, contributes to monocyte recruitment.",
     {("Osteopontin", "increases", "monocyte")}),  # "derived from" names no direction; the aside is skipped
])
def test_reduced_passive_aside(text, expected):
    assert expected <= {(c.subject.text, c.predicate, c.object.text) for c in extract_text(text)}


def test_an_ing_verb_after_including_shares_the_subject():
    found = {(c.subject.text, c.predicate, c.object.text) for c in extract_text(
        "TAMs have several protumoral functions, including recruiting Tregs and suppressing NK cells.")}
    assert {("TAMs", "increases", "Tregs"), ("TAMs", "decreases", "NK cells")} <= found


@pytest.mark.parametrize("text, expected", [
    ("IL-6 activates STAT3, which may reduce the recruitment of NK cells.", ("STAT3", "decreases", "NK cells", True)),
    ("IL-6 activates STAT3, which can then reduce NK cell recruitment.", ("STAT3", "decreases", "NK cell", True)),
])
def test_relative_pronoun_before_a_modal(text, expected):
    assert expected in {(c.subject.text, c.predicate, c.object.text, c.hedged) for c in extract_text(text)}

"""Role adjectives, second round (roles.py): a role adjective inside a two-word effect mention, on sentences
written for the purpose."""

import pytest

from claimx.extract import extract_text


def triples(text):
    return {(c.subject.text, c.predicate, c.object.norm) for c in extract_text(text)}


@pytest.mark.parametrize("text, expected", [
    # "antitumor activities" is an outcome mention; the adjective still names the holder's role
    ("Sorafenib has antiangiogenic and antitumor activities.",
     {("Sorafenib", "decreases", "angiogenesis"), ("Sorafenib", "decreases", "tumor")}),
    ("We compared the antiproliferative and antitumor effects of sorafenib.",
     {("sorafenib", "decreases", "proliferation"), ("sorafenib", "decreases", "tumor")}),
    ("We studied the anti-tumor activity of E1A in mice.", {("E1A", "decreases", "tumor")}),
])
def test_role_adjective_inside_an_effect_mention(text, expected):
    assert expected <= triples(text)


def test_a_concept_of_its_own_stays_the_object():
    # "antitumor immunity" is no effect noun: the mention is the object, not a role
    assert ("IL-12", "increases", "antitumor immunity") in {(s, p, o.lower()) for s, p, o in
                                                            triples("Antitumor immunity was induced by IL-12.")}


@pytest.mark.parametrize("text, expected", [
    ("While betulin exhibited only moderate anticancer activity in HeLa cells, it was active.",
     ("betulin", "decreases", "tumor")),
    ("Neutrophils display exclusively antitumor properties.", ("Neutrophils", "decreases", "tumor")),
    # the holder in a by-phrase after the effect noun
    ("We investigated the mechanism of anticancer activity by betulin in HeLa cells.",
     ("betulin", "decreases", "tumor")),
])
def test_role_words_between_and_by_holder(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text", [
    "The anti-inflammatory cytokine IL-10 was measured.",
    "The antiapoptotic protein Bcl-2 was highly expressed by endothelial cells.",
])
def test_a_role_class_name_is_no_claim(text):
    # "the antiapoptotic protein Bcl-2" names a class, as "the tumor suppressor ARF" does
    assert triples(text) == set()


def test_be_before_an_agent_noun_still_claims():
    assert ("EPOX", "decreases", "angiogenesis") in triples("EPOX is a novel antiangiogenic agent.")


@pytest.mark.parametrize("text, expected", [
    ("Here we show that IL-12 activates an anti-angiogenic program in spleen cells.",
     ("IL-12", "decreases", "angiogenesis")),
    ("FOXO3a elicits a pro-apoptotic response in lung cells.", ("FOXO3a", "increases", "apoptosis")),
])
def test_a_verb_that_sets_off_a_role_program(text, expected):
    assert expected in triples(text)

"""Noun cues after a light verb (objects.light_target, listed_nouns.py): sentences written for the purpose."""

import pytest

from factory import triples


@pytest.mark.parametrize("text, expected", [
    # the mention before the noun cue is what it acts on; the light verb's subject is the agent
    ("Sorafenib induced STAT3 inhibition in HeLa cells.", ("Sorafenib", "decreases", "STAT3")),
    ("Sorafenib resulted in STAT3 inhibition in HeLa cells.", ("Sorafenib", "decreases", "STAT3")),
    ("Sorafenib led to a STAT3 inhibition.", ("Sorafenib", "decreases", "STAT3")),
    # later items of a list after one light verb
    ("Sorafenib resulted in a decrease of VEGF and a concomitant increase of apoptosis.",
     ("Sorafenib", "increases", "apoptosis")),
    ("Cisplatin led to phosphorylation of p53, induction of p21 and increase of Bax.", ("Cisplatin", "increases", "p21")),
    ("Cisplatin led to phosphorylation of p53, induction of p21 and increase of Bax.", ("Cisplatin", "increases", "Bax")),
    ("Sorafenib induces VEGF depletion, ERK inactivation, and Bax activation in HeLa cells.",
     ("Sorafenib", "decreases", "ERK")),
])
def test_noun_cues_after_a_light_verb(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, unexpected", [
    # the verb is light: the noun after its object gives the direction
    ("Sorafenib induced STAT3 inhibition in HeLa cells.", ("Sorafenib", "increases", "STAT3")),
    # a noun cue's object is not across a comma
    ("Sorafenib induces VEGF depletion, ERK inactivation, and Bax activation in HeLa cells.",
     ("Sorafenib", "decreases", "Bax")),
    # a hyphen suffix is no light verb for a list
    ("Imatinib blocked the sunitinib-induced effects, including apoptosis and inhibition of Akt.",
     ("sunitinib", "decreases", "Akt")),
    # a finite cue verb starts a new clause: the list ends there
    ("Sorafenib led to a reduction of VEGF, and IL-6 reduced the increase of STAT3.",
     ("Sorafenib", "increases", "STAT3")),
])
def test_what_is_no_listed_claim(text, unexpected):
    assert unexpected not in triples(text)


def test_regression_is_a_down_noun():
    assert ("sorafenib", "decreases", "tumor") in triples("Treatment with sorafenib resulted in tumor regression in mice.")


@pytest.mark.parametrize("text, expected", [
    ("NF-kappaB confers robust activation of BMP-2 in PC cells.", ("NF-kappaB", "increases", "BMP-2")),  # light verb
    ("The large T antigen interferes with the differentiation of C2C12 cells.",
     ("large T antigen", "decreases", "C2C12 cells")),  # causal phrase
    ("Attenuating galectin-1 expression constrained HeLa cell motility.", ("galectin-1", "decreases", "HeLa cell")),
])
def test_new_cue_words(text, expected):
    assert expected in triples(text)

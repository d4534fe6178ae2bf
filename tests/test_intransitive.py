"""A finite verb cue before 'from', 'with' or a new coordinated subject has no object."""

import pytest

from factory import triples


@pytest.mark.parametrize("text, wrong", [
    ("Serum VEGF increased with increased tumor growth.", ("VEGF", "increases", "tumor growth")),
    ("The plasma glucose decreased and the blood lactate increased.", ("glucose", "decreases", "lactate")),
    ("VEGF secretion increases from 0.75 to 1.78 ng per tumor.", ("VEGF", "increases", "tumor")),
])
def test_an_intransitive_verb_takes_no_object(text, wrong):
    assert wrong not in triples(text)


def test_verbs_joined_by_and_share_their_object():
    found = triples("TNF induces and activates NF-kappaB.")
    assert ("TNF", "increases", "NF-kappaB") in found

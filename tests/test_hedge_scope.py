"""Hedges that end in a complementizer ('whether', 'investigated if'): their scope, on sentences written for the purpose."""

import pytest

from claimx.extract import extract_text


def hedges(text):
    return {(c.subject.text, c.object.text): c.hedged for c in extract_text(text)}


@pytest.mark.parametrize("text, pair", [
    ("We investigated if sorafenib inhibits VEGF expression in HeLa cells.", ("sorafenib", "VEGF")),
    ("To determine whether sorafenib inhibits VEGF expression, we treated HeLa cells.", ("sorafenib", "VEGF")),
    ("Sorafenib reduced VEGF expression, but whether imatinib increases IL-6 is unknown.", ("imatinib", "IL-6")),
])
def test_the_question_is_hedged(text, pair):
    assert hedges(text)[pair] is True


@pytest.mark.parametrize("text, pair", [
    ("We examined whether sorafenib reduced VEGF, and found that imatinib increased IL-6.", ("imatinib", "IL-6")),
    ("Sorafenib reduced VEGF expression, but whether imatinib increases IL-6 is unknown.", ("Sorafenib", "VEGF")),
    ("If sorafenib reduces VEGF, tumors shrink.", ("sorafenib", "VEGF")),
])
def test_a_claim_outside_the_question_is_not(text, pair):
    assert hedges(text)[pair] is False

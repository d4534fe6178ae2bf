"""A hyphen-suffix claim ('IL-6-induced Y') is presupposed by its noun phrase: a hedge of the clause
around it does not hedge it (claims.py _emit). Sentences written for the purpose."""

from claimx.extract import extract_text


def claims(text):
    return {(c.subject.text, c.predicate, c.object.text): c.hedged for c in extract_text(text)}


def test_suffix_claim_in_a_hedged_clause_is_not_hedged():
    found = claims("These data suggest that curcumin may block IL-6-induced VEGF expression.")
    assert found[("IL-6", "increases", "VEGF")] is False


def test_the_clause_claim_stays_hedged():
    found = claims("Curcumin may inhibit VEGF expression in IL-6-stimulated HeLa cells.")
    assert found[("Curcumin", "decreases", "VEGF")] is True

"""A mention before a role noun that heads its phrase is no subject (parts._modifies_noun), on sentences
written for the purpose."""

from factory import triples


def test_the_role_noun_acts_not_its_target():
    got = triples("The 20-HETE agonist markedly increased superoxide formation in EC.")
    assert not any(s == "20-HETE" and p == "increases" for s, p, o in got)


def test_a_noun_after_the_role_noun_keeps_the_mention():
    # "ARF suppressor activity": ARF's own activity, the mention still holds it
    got = triples("PTEN promoter hypermethylation leads to activation of angiogenesis in tumors.")
    assert ("PTEN", "decreases", "angiogenesis") in got or ("PTEN", "increases", "angiogenesis") in got

"""A listed object after 'X-induced' is the thing induced, not X (object_lists.object_chain), on sentences
written for the purpose."""

from factory import triples


def test_a_suffixed_list_member_gives_the_head_after_the_suffix():
    got = triples("Protein kinase C decreases EGF binding and EGF-stimulated tyrosine protein kinase activity.")
    assert ("Protein kinase C", "decreases", "tyrosine protein kinase") in got
    assert ("EGF", "increases", "tyrosine protein kinase") in got


def test_the_cause_of_a_suffixed_list_member_is_not_the_verb_object():
    got = triples("Caspase-3 is essential for procaspase-9 processing and cisplatin-induced apoptosis.")
    assert ("Caspase-3", "increases", "cisplatin") not in got
    assert ("Caspase-3", "increases", "apoptosis") in got
    assert ("cisplatin", "increases", "apoptosis") in got


def test_a_mention_placed_beside_the_suffixed_noun_is_no_object():
    got = triples("We show that AdGFPFasL is capable of initiating the Fas-mediated apoptotic pathway in DU145 cells.")
    assert ("AdGFPFasL", "increases", "DU145 cells") not in got
    got = triples("Evi-1 represses Smad-induced transcriptional activation by recruiting CtBP as a corepressor.")
    assert ("Evi-1", "decreases", "CtBP") not in got


def test_the_bearer_after_of_is_still_the_suffixed_object():
    got = triples("IL-6 blocked TNF-induced apoptosis of hepatocytes.")
    assert ("IL-6", "decreases", "hepatocytes") in got
    assert ("TNF", "increases", "hepatocytes") in got


def test_a_suffix_modifies_its_own_noun_phrase_only():
    got = triples("Induction of CCN1 involves signaling through RhoA-mediated actin remodeling and the p38 "
                "stress-activated protein kinase.")
    assert ("RhoA", "increases", "actin") in got
    assert ("RhoA", "increases", "p38") not in got


def test_a_verb_object_list_still_crosses_a_determiner():
    got = triples("Caffeine reduced VEGF expression and the IL-8 secretion.")
    assert ("Caffeine", "decreases", "VEGF") in got and ("Caffeine", "decreases", "IL-8") in got

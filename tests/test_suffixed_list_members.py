"""A listed object after 'X-induced' is the thing induced, not X (objects.object_chain), on sentences
written for the purpose."""

from claimx.extract import extract_text


def pairs(text):
    return {(c.subject.text, c.predicate, c.object.text) for c in extract_text(text)}


def test_a_suffixed_list_member_gives_the_head_after_the_suffix():
    got = pairs("Phosphorylation by protein kinase C decreases EGF binding and EGF-stimulated tyrosine protein "
                "kinase activity.")
    assert ("protein kinase C", "decreases", "tyrosine protein kinase") in got
    assert ("EGF", "increases", "tyrosine protein kinase") in got


def test_the_cause_of_a_suffixed_list_member_is_not_the_verb_object():
    got = pairs("Caspase-3 is essential for procaspase-9 processing and cisplatin-induced apoptosis.")
    assert ("Caspase-3", "increases", "cisplatin") not in got
    assert ("Caspase-3", "increases", "apoptosis") in got
    assert ("cisplatin", "increases", "apoptosis") in got

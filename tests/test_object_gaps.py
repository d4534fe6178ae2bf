"""A verb's object is not found past an auxiliary, which opens another verb's phrase (objects.checked_object),
on sentences written for the purpose."""

from claimx.extract import extract_text


def pairs(text):
    return {(c.subject.text, c.predicate, c.object.text, c.negated) for c in extract_text(text)}


def test_an_object_past_does_not_belongs_to_the_later_verb():
    got = pairs("Oxygent increases epithelial PtO(2), improves epithelial metabolism, does not impair angiogenesis.")
    assert ("Oxygent", "increases", "angiogenesis", False) not in got


def test_a_plain_object_is_still_found():
    assert ("Oxygent", "decreases", "angiogenesis", True) in pairs("Oxygent does not impair angiogenesis.")
    assert ("IL-6", "increases", "VEGF", False) in pairs("IL-6 increased the expression of VEGF.")

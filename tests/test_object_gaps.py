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


def test_a_base_form_before_from_is_a_noun_with_no_object():
    got = pairs("The pathway includes BID cleavage, cytochrome c release from mitochondria, and PARP cleavage.")
    assert not any(s == "cytochrome c" and o == "PARP" for s, _, o, _ in got)
    assert ("Platelets", "increases", "growth factors", False) in pairs("Platelets release several growth factors.")


def test_an_object_hanging_on_a_noun_after_a_preposition_is_none():
    got = pairs("LDH5 overexpression induces reduced dependence on the presence of oxygen.")
    assert not any(o == "oxygen" for _, _, o, _ in got)
    got = pairs("Insulin has been suggested for use to reverse malnutrition associated with cancer.")
    assert not any(o == "cancer" for _, _, o, _ in got)


def test_of_and_to_still_lead_to_the_object():
    got = pairs("TNF increased the sensitivity of MCF-7 cells to apoptosis.")
    assert ("TNF", "increases", "MCF-7 cells", False) in got

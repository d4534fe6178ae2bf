"""A co-culture acts, not the cells it is made of (materials.py), on sentences written for the purpose."""

from claimx.extract import extract_text


def pairs(text):
    return {(c.subject.text, c.predicate, c.object.text) for c in extract_text(text)}


def test_neither_cell_of_a_coculture_is_the_subject():
    got = pairs("However, co-culture of these cancer cells with stromal or osteoblastic cells induced RANKL mRNA "
                "expression and decreased OPG mRNA expression.")
    assert not any(s in {"cancer cells", "osteoblastic cells", "stromal"} for s, _, _ in got)


def test_the_spelling_without_a_hyphen_is_a_coculture_too():
    assert not pairs("A coculture of MDA-MB-231 cells with osteoblasts increased OPG expression.")


def test_an_agent_after_with_in_a_treatment_keeps_its_claim():
    assert ("TNF", "increases", "RANKL") in pairs("Treatment of cells with TNF induced RANKL expression.")

"""A co-culture acts, not the cells it is made of (materials.py), on sentences written for the purpose."""

from factory import triples


def test_neither_cell_of_a_coculture_is_the_subject():
    got = triples("However, co-culture of these cancer cells with stromal or osteoblastic cells induced RANKL mRNA "
                "expression and decreased OPG mRNA expression.")
    assert not any(s in {"cancer cells", "osteoblastic cells", "stromal"} for s, _, _ in got)


def test_the_spelling_without_a_hyphen_is_a_coculture_too():
    assert not triples("A coculture of MDA-MB-231 cells with osteoblasts increased OPG expression.")


def test_an_agent_after_with_in_a_treatment_keeps_its_claim():
    assert ("TNF", "increases", "RANKL") in triples("Treatment of cells with TNF induced RANKL expression.")

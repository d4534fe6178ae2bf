"""Constructions added for CG recall (issue 5): each on sentences written for the purpose."""

from claimx.extract import extract_text


def triples(text):
    return {(c.subject.text, c.predicate, c.object.text, c.object.process) for c in extract_text(text)}


def test_listed_processes_of_cells_make_the_cells_the_object():
    found = triples("Ang-1 induces the migration and sprouting of endothelial cells.")
    assert ("Ang-1", "increases", "endothelial cells", "migration") in found
    assert not any(o == "migration" for _, _, o, _ in found)


def test_a_by_agent_of_a_means_noun_is_its_subject():
    found = triples("Curcumin inhibits the invasion of MCF-7 cells through suppression of uPA by NF-kappaB.")
    assert ("NF-kappaB", "decreases", "uPA", None) in found
    assert ("Curcumin", "decreases", "uPA", None) not in found


def test_a_means_noun_without_an_agent_chains_to_the_clause_subject():
    assert ("Curcumin", "decreases", "uPA", None) in triples(
        "Curcumin inhibits the invasion of MCF-7 cells through suppression of uPA.")

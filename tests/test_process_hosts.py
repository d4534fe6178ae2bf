"""A process 'in' cells is a claim on the cells; a disease heading 'cells' names them (modifiers)."""

from claimx.extract import extract_text


def claims(text):
    return {(c.subject.text, c.predicate, c.object.text, c.object.process) for c in extract_text(text)}


def test_a_disease_heading_cells_takes_the_process():
    # "neuroblastoma cells" is one cell mention (disease_cells.py)
    expected = {("TNF", "increases", "neuroblastoma cells", "apoptosis")}
    assert claims("TNF induced apoptosis in neuroblastoma cells.") == expected


def test_a_disease_alone_after_in_is_context():
    # "survival in HCC": the disease is where, the process stays the object
    assert claims("TNF reduced survival in HCC.") == {("TNF", "decreases", "survival", None)}

"""Process words that name what cells do need their bearer (processes.tsv bearer=yes), on sentences written
for the purpose."""

import pytest

from claimx.extract import extract_text


def pairs(text):
    return {(c.subject.text, c.predicate, c.object.text, c.object.process) for c in extract_text(text)}


@pytest.mark.parametrize("text", [
    "TSP-1 inhibits proliferation.",
    "LL-37 stimulated migration and invasion.",
    "FGF-2 induces differentiation.",
    "IL-12 activates cytotoxicity.",
])
def test_a_bare_cell_process_is_no_object(text):
    assert pairs(text) == set()


def test_the_bearer_takes_the_process():
    got = pairs("TSP-1 inhibits proliferation of endothelial cells.")
    assert ("TSP-1", "decreases", "endothelial cells", "proliferation") in got


def test_a_standalone_process_stays():
    assert ("TSP-1", "increases", "apoptosis", None) in pairs("TSP-1 induces apoptosis.")

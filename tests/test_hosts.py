"""'X in <modified> cells VERB Y': the cells are where X acts, not the subject (arguments.host_head)."""

import pytest

from claimx.extract import extract_text


def pairs(text):
    return {(c.subject.text, c.predicate, c.object.text) for c in extract_text(text)}


@pytest.mark.parametrize("text, expected", [
    ("Expression of STAT3 in cisplatin-resistant HeLa cells promoted VEGF secretion.", ("STAT3", "increases", "VEGF")),
    ("STAT3 in neural stem/progenitor cells increases VEGF expression.", ("STAT3", "increases", "VEGF")),
    ("Expression of STAT3 in these cultured HeLa cells promoted VEGF secretion.", ("STAT3", "increases", "VEGF")),
])
def test_modified_cells_after_in_are_no_subject(text, expected):
    found = pairs(text)
    assert expected in found
    assert not any(s.endswith("cells") for s, _, _ in found)


def test_a_disease_after_in_keeps_the_process_reading():
    # "metastasis in gastric cancer": the cancer with its process is the object, not "metastasis"
    assert ("VEGF", "increases", "cancer") in pairs("Metastasis in gastric cancer requires VEGF.")

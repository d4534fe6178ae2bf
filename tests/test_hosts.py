"""Argument search: "X in <modified> cells VERB Y" (hosts.host_head) and objects past a participle clause."""

import pytest

from factory import triples


@pytest.mark.parametrize("text, expected", [
    ("Expression of STAT3 in cisplatin-resistant HeLa cells promoted VEGF secretion.", ("STAT3", "increases", "VEGF")),
    ("STAT3 in neural stem/progenitor cells increases VEGF expression.", ("STAT3", "increases", "VEGF")),
    ("Expression of STAT3 in these cultured HeLa cells promoted VEGF secretion.", ("STAT3", "increases", "VEGF")),
])
def test_modified_cells_after_in_are_no_subject(text, expected):
    found = triples(text)
    assert expected in found
    assert not any(s.endswith("cells") for s, _, _ in found)


def test_a_disease_after_in_keeps_the_process_reading():
    # "metastasis in gastric cancer": the cancer with its process is the object, not "metastasis"
    assert ("VEGF", "increases", "cancer") in triples("Metastasis in gastric cancer requires VEGF.")


def test_object_search_stops_at_a_participle_clause():
    # "acidification" is no mention: the verb's object is not past ", resulting in"
    assert ("STAT3", "increases", "proliferation") not in triples(
        "STAT3 induces acidification, resulting in decreased proliferation.")


def test_an_including_list_is_still_an_object():
    assert ("IL-6", "decreases", "TNF") in triples("IL-6 inhibits several cytokines, including TNF.")

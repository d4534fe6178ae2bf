"""Treatment frames (responses.py): 'Y was enhanced upon addition of X', 'Y were inhibited when treated with X'."""

import pytest

from factory import triples


@pytest.mark.parametrize("text, expected", [
    ("The invasion of MCF-7 cells was sharply inhibited when treated with curcumin.", ("curcumin", "decreases", "MCF-7 cells")),
    ("Apoptosis was enhanced upon addition of cisplatin.", ("cisplatin", "increases", "Apoptosis")),
    ("IL-6 secretion rose after administration of sorafenib.", ("sorafenib", "increases", "IL-6")),
])
def test_treatment_frames(text, expected):
    assert expected in triples(text)


def test_when_without_treatment_is_no_cause():
    assert ("curcumin", "decreases", "MCF-7 cells") not in triples(
        "The invasion of MCF-7 cells was inhibited when curcumin levels were low.")

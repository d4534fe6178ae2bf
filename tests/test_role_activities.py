"""Role activities (role_activities.py): 'X exhibits tumor suppressor activity' -> X decreases tumor."""

import pytest

from factory import triples


@pytest.mark.parametrize("text, expected", [
    ("Cisplatin was shown to exhibit high tumor suppressor activity in mice.", ("Cisplatin", "decreases", "tumor")),
    ("PTEN and p21 have tumor suppressor activities.", ("p21", "decreases", "tumor")),
    ("The tumor suppressive functions of p53 are well known.", ("p53", "decreases", "tumor")),
    ("STAT3 can play a tumor suppressor role in some settings.", ("STAT3", "decreases", "tumor")),
    ("Curcumin is a natural compound with VEGF inhibitory activity.", ("Curcumin", "decreases", "VEGF")),
])
def test_role_activities(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text", [
    "Insulin enhanced VEGF promoter activity.",        # a gene's promoter, no role
    "The tumor suppressor ARF was lost in these cells.",  # a class name (nominals.py)
    "Tumor suppressor activity was measured in mice.",    # no holder
    "Mice with tumor suppressor activity were studied.",  # 'with' after no agent noun: no holder
])
def test_no_role_activity(text):
    assert not any(p == "decreases" and o == "tumor" for _, p, o in triples(text))

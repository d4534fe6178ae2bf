"""Treatment phrases (treatments.py): 'Y was stimulated by incubation of the cells with X' has agent X."""

import pytest

from factory import triples


@pytest.mark.parametrize("text, agent, wrong", [
    ("VEGF expression was stimulated by incubation of the monocytes with lipopolysaccharide.",
     "lipopolysaccharide", "monocytes"),
    ("IL-6 secretion was reduced by treatment of HUVEC with cisplatin.", "cisplatin", "HUVEC"),
    ("MMP-9 expression was enhanced by exposure of the macrophages to doxorubicin.", "doxorubicin", "macrophages"),
])
def test_agent_after_with(text, agent, wrong):
    found = triples(text)
    assert any(s == agent for s, _, _ in found)
    assert not any(s == wrong for s, _, _ in found)


def test_plain_by_agent_unchanged():
    assert ("cisplatin", "decreases", "VEGF") in triples("VEGF expression was reduced by cisplatin.")


def test_pretreatment_after_response_phrase():
    assert ("cisplatin", "increases", "Apoptosis") in triples("Apoptosis was enhanced after pretreatment with cisplatin.")

"""Recombinant AAV vectors named with their transgene are agent mentions (entity_patterns.tsv `vector`)."""

from __future__ import annotations

import pytest

from claimx.entity_patterns import find_patterns


@pytest.mark.parametrize("text, name", [
    ("Tumors of rAAV2/5-VAS pretreated cells were smaller.", "rAAV2/5-VAS"),
    ("AAV2-sFlt-1 suppressed angiogenesis.", "AAV2-sFlt-1"),
    ("rAAV-endostatin inhibited tumor growth.", "rAAV-endostatin"),
])
def test_a_named_vector_is_an_agent(text, name):
    found = [(text[m.start:m.end], m.id) for m in find_patterns(text) if m.rule == "vector"]
    assert found == [(name, "claimx:vector:" + name)]


@pytest.mark.parametrize("text", ["AAV vectors were injected.", "The AAV2 capsid binds HSPG.",
                                  "A pAAV-based plasmid was used."])
def test_a_bare_vector_is_no_vector_mention(text):
    assert not [m for m in find_patterns(text) if m.rule == "vector"]

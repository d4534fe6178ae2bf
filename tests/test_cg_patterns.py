"""Entity patterns for CG names (entity_patterns.tsv): recombinant AAV vectors named with their
transgene (`vector`, agents) and bracketed G-protein alpha subunits (`g_alpha`)."""

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


@pytest.mark.parametrize("text, names", [
    ("A mutant of Galpha(12) (Galpha(12)Q229L or Galpha(12)QL) transforms cells.",
     ["Galpha(12)", "Galpha(12)Q229L", "Galpha(12)QL"]),
    ("Galpha(13)QL-transformed cells grew.", ["Galpha(13)QL"]),
])
def test_bracketed_g_alpha_subunits(text, names):
    assert [text[m.start:m.end] for m in find_patterns(text) if m.rule == "g_alpha"] == names


def test_g_alpha_needs_its_bracketed_number():
    assert not [m for m in find_patterns("Galpha proteins and Galpha(i) bind GTP.") if m.rule == "g_alpha"]

"""A protein named with its virus is one mention of the protein (owned_parts.py)."""

from __future__ import annotations

from factory import mentions_in


def mentions(text):
    return [(m.text, m.type, m.id) for m in mentions_in(text)]


def test_a_viral_protein_with_its_virus_is_one_protein_mention():
    found = mentions("LMP1 of Epstein-Barr virus induces proliferation of fibroblasts.")
    assert found[0] == ("LMP1 of Epstein-Barr virus", "gene_protein", "claimx:EBV_LMP1")


def test_a_virus_alone_stays_an_agent():
    found = {t: typ for t, typ, _ in mentions("Epstein-Barr virus transforms B lymphocytes.")}
    assert found["Epstein-Barr virus"] == "agent"


def test_a_protein_of_a_non_virus_is_left_alone():
    found = [t for t, _, _ in mentions("LMP1 of Epstein-Barr origin and p53 of tumors differ.")]
    assert "LMP1" in found

"""Unlisted names recognized by their shape: drug stems (shapes.py) and the notation patterns of
entity_patterns.tsv (radiolabels, ions, v-/c- oncogenes, integrin heterodimers)."""

from __future__ import annotations

import pytest
from factory import mentions_in

from claimx.shapes import find_shapes


def mentions(text):
    return {m.text: (m.type, m.id) for m in mentions_in(text)}


@pytest.mark.parametrize("text, words", [
    ("The antiangiogenic agent linomide inhibits tumor growth.", ["linomide"]),
    ("Vessel density increased with alinidine administration.", ["alinidine"]),
    ("Expression of vasostatin suppressed metastasis.", ["vasostatin"]),
    ("Zorbamycin and fooplatin were tested.", ["Zorbamycin", "fooplatin"]),
])
def test_drug_stems_find_unlisted_words(text, words):
    assert [m.word for m in find_shapes(text)] == words


@pytest.mark.parametrize("text", [
    "A mycin-like compound and the azole ring.",  # too short a stem before the ending
    "HYDRAZOLE and linomide2-treated mice.",  # all capitals; glued to a digit
    "Increase the dose; release the brake.",  # ordinary words
])
def test_drug_stems_leave_short_glued_and_ordinary_words(text):
    assert find_shapes(text) == []


def test_a_longer_ending_wins_and_ids_are_lower_case():
    [m] = find_shapes("Fluvastatin lowers cholesterol.")
    assert (m.type, m.id) == ("agent", "claimx:chemical:fluvastatin")
    [m] = find_shapes("Kininostatin inhibits angiogenesis.")
    assert (m.type, m.id) == ("gene_protein", "claimx:symbol:kininostatin")


@pytest.mark.parametrize("text, name, type_, id_", [
    ("Tunicamycin inhibited [3H]thymidine incorporation.", "[3H]thymidine", "agent", "claimx:chemical:[3H]thymidine"),
    ("Cells adhered in a Mn(2+) dependent fashion.", "Mn(2+)", "agent", "claimx:chemical:Mn(2+)"),
    ("v-erbA and v-myb induce proliferation.", "v-myb", "gene_protein", "claimx:symbol:v-myb"),
    ("VEGF increased the alphavbeta3 heterodimer.", "alphavbeta3", "gene_protein", "claimx:integrin:alphavbeta3"),
    # a shape the lexicon knows takes the lexicon's concept
    ("Linomide reduced free cytosolic Ca2+ levels.", "Ca2+", "agent", "claimx:CALCIUM"),
    ("Taxol is paclitaxel.", "paclitaxel", "agent", "claimx:PACLITAXEL"),
])
def test_shapes_and_notations_are_mentions(text, name, type_, id_):
    assert mentions(text)[name] == (type_, id_)


@pytest.mark.parametrize("text, absent", [
    ("The Na+K+ pump hydrolyses ATP.", "Na+"),  # a pump, not the ion
    ("Figure 2C shows a V-shaped curve and the c-terminal part.", "c-terminal"),
    ("Cells were treated for 5-day periods.", "5-day"),
])
def test_notations_leave_look_alikes(text, absent):
    assert absent not in mentions(text)

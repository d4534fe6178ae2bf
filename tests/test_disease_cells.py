"""Cells named by their disease or cell line are one cell mention (issue 5, disease_cells.py)."""

from __future__ import annotations

import pytest
from factory import mentions_in


def mentions(text):
    return [(m.text, m.type, m.id) for m in mentions_in(text)]


@pytest.mark.parametrize("text, name, id_", [
    ("Curcumin kills breast cancer cells in vitro.", "breast cancer cells", "claimx:disease_cell:"),
    ("FGF-2 triggers apoptosis in neuroblastoma SK-N-MC cells.", "neuroblastoma SK-N-MC cells",
     "claimx:cell_line:SK-N-MC_cell"),
    ("Cisplatin induced apoptosis of MCF-7 breast cancer cells.", "MCF-7 breast cancer cells",
     "claimx:cell_line:MCF-7_cell"),
    ("Betulin inhibited the growth of hepatoma HepG2 cells.", "hepatoma HepG2 cells", "claimx:cell_line:HepG2_cell"),
])
def test_disease_cells_are_one_cell_mention(text, name, id_):
    found = {t: (typ, i) for t, typ, i in mentions(text)}
    assert found[name][0] == "cell"
    assert found[name][1].startswith(id_)


def test_one_concept_for_a_disease_and_its_abbreviation():
    ids = {t: i for t, _, i in mentions("Neuroblastoma (NB) cells die. TrkA protects NB cells.")}
    assert ids.get("NB cells", "").startswith("claimx:disease_cell:")


@pytest.mark.parametrize("text", ["Curcumin prevents breast cancer in mice.",
                                  "Desipramine inhibits a breast cancer cell line in vitro."])
def test_a_disease_alone_or_before_cell_line_stays_a_disease(text):
    found = {t: typ for t, typ, _ in mentions(text)}
    assert found["breast cancer"] == "disease"


def test_a_curated_cell_phrase_keeps_its_entry():
    ids = {t: i for t, _, i in mentions("Imatinib kills leukemia cells.")}
    assert ids["leukemia cells"] == "claimx:LEUKEMIA_CELL"


def test_a_symbol_before_cells_is_a_cell_line():
    found = {t: (typ, i) for t, typ, i in mentions("LMP1 transforms MEF cells.")}
    assert found["MEF cells"] == ("cell", "claimx:cell_line:MEF_cell")


def test_a_line_written_with_cells_is_a_cell_line_alone_too():
    found = mentions("A431 cells were grown. EGF stimulated A431 growth.")
    assert [(t, typ) for t, typ, _ in found if t.startswith("A431")] == [("A431 cells", "cell"), ("A431", "cell")]


def test_a_gene_written_with_cells_stays_a_gene_alone():
    found = {t: typ for t, typ, _ in mentions("Ha-ras cells grew. Ha-ras activates Raf.")}
    assert found["Ha-ras"] == "gene_protein"

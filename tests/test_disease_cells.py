"""Cells named by their disease or cell line are one cell mention (issue 5, disease_cells.py)."""

from __future__ import annotations

import pytest

from claimx.extract import mention, process
from claimx.pipeline import build_nlp
from claimx.sources import Source


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def mentions(nlp, text):
    p = process(Source("<test>", text, ""), nlp)
    return [(m.text, m.type, m.id) for m in (mention(p, e) for e in p.doc.ents)]


@pytest.mark.parametrize("text, name, id_", [
    ("Curcumin kills breast cancer cells in vitro.", "breast cancer cells", "claimx:disease_cell:"),
    ("FGF-2 triggers apoptosis in neuroblastoma SK-N-MC cells.", "neuroblastoma SK-N-MC cells",
     "claimx:cell_line:SK-N-MC_cell"),
    ("Cisplatin induced apoptosis of MCF-7 breast cancer cells.", "MCF-7 breast cancer cells",
     "claimx:cell_line:MCF-7_cell"),
    ("Betulin inhibited the growth of hepatoma HepG2 cells.", "hepatoma HepG2 cells", "claimx:cell_line:HepG2_cell"),
])
def test_disease_cells_are_one_cell_mention(nlp, text, name, id_):
    found = {t: (typ, i) for t, typ, i in mentions(nlp, text)}
    assert found[name][0] == "cell"
    assert found[name][1].startswith(id_)


def test_one_concept_for_a_disease_and_its_abbreviation(nlp):
    ids = {t: i for t, _, i in mentions(nlp, "Neuroblastoma (NB) cells die. TrkA protects NB cells.")}
    assert ids.get("NB cells", "").startswith("claimx:disease_cell:")


@pytest.mark.parametrize("text", ["Curcumin prevents breast cancer in mice.",
                                  "Desipramine inhibits a breast cancer cell line in vitro."])
def test_a_disease_alone_or_before_cell_line_stays_a_disease(nlp, text):
    found = {t: typ for t, typ, _ in mentions(nlp, text)}
    assert found["breast cancer"] == "disease"


def test_a_curated_cell_phrase_keeps_its_entry(nlp):
    ids = {t: i for t, _, i in mentions(nlp, "Imatinib kills leukemia cells.")}
    assert ids["leukemia cells"] == "claimx:LEUKEMIA_CELL"


def test_a_symbol_before_cells_is_a_cell_line(nlp):
    found = {t: (typ, i) for t, typ, i in mentions(nlp, "LMP1 transforms MEF cells.")}
    assert found["MEF cells"] == ("cell", "claimx:cell_line:MEF_cell")


def test_a_line_written_with_cells_is_a_cell_line_alone_too(nlp):
    found = mentions(nlp, "A431 cells were grown. EGF stimulated A431 growth.")
    assert [(t, typ) for t, typ, _ in found if t.startswith("A431")] == [("A431 cells", "cell"), ("A431", "cell")]


def test_a_gene_written_with_cells_stays_a_gene_alone(nlp):
    found = {t: typ for t, typ, _ in mentions(nlp, "Ha-ras cells grew. Ha-ras activates Raf.")}
    assert found["Ha-ras"] == "gene_protein"

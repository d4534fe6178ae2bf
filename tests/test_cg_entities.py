"""Claim arguments the CG abstracts name that were no mentions (issue 5): oncogenic viruses, phorbol
esters, glycans and protein families named in the plural (lexicons/domain.jsonl)."""

from __future__ import annotations

import pytest
from factory import mentions_in



def mentions(text):
    return [(m.text, m.type, m.id) for m in mentions_in(text)]


@pytest.mark.parametrize("text, name, type_", [
    # Viruses that cause or transform are agents (never species: a species is context, no argument).
    ("Chronic hepatitis B virus infection promotes liver cancer.", "hepatitis B virus", "agent"),
    ("Epstein-Barr virus transforms resting B lymphocytes.", "Epstein-Barr virus", "agent"),
    ("HPV drives cervical carcinogenesis.", "HPV", "agent"),
    ("The HBx protein activates NF-kappaB.", "HBx", "gene_protein"),
    # Phorbol esters and glycans.
    ("Phorbol dibutyrate activated PKC in these cells.", "Phorbol dibutyrate", "agent"),
    ("IL-1beta and phorbol myristic acetate activate PKC isozymes.", "phorbol myristic acetate", "agent"),
    ("Adhesion was mediated by sialyl Lewis x on the cancer cells.", "sialyl Lewis x", "agent"),
    # Families named in the plural or without a number.
    ("TIMPs inhibit angiogenesis in vivo.", "TIMPs", "gene_protein"),
    ("Matrix metalloproteinases cleave the extracellular matrix.", "Matrix metalloproteinases", "gene_protein"),
    ("Silencing of monocarboxylate transporters inhibits glycolysis.", "monocarboxylate transporters",
     "gene_protein"),
    ("Bee venom induces apoptosis in lung cancer cells.", "Bee venom", "agent"),
    ("Vitamins induce differentiation in cancer cells.", "Vitamins", "agent"),
    ("20-HETE stimulates endothelial cell proliferation.", "20-HETE", "agent"),
    ("Phosphorylation of signal transducers and activators of transcription was reduced.",
     "signal transducers and activators of transcription", "gene_protein"),
    ("M-CSF increased luciferase production.", "luciferase", "gene_protein"),
])
def test_cg_names_are_recognized_with_their_type(text, name, type_):
    assert (name, type_) in [(t, ty) for t, ty, _ in mentions(text)]


@pytest.mark.parametrize("text, name", [
    # A numbered family member keeps its own entry; the family name does not swallow it.
    ("Rk-2 diminished the expression of matrix metalloproteinase-2 in the lung.", "matrix metalloproteinase-2"),
    ("The SV40 large T antigen binds p53.", "SV40 large T antigen"),
])
def test_longer_names_win(text, name):
    assert name in [t for t, _, _ in mentions(text)]


@pytest.mark.parametrize("text, name", [
    ("Autotaxin augments the metastatic potential of ras-transformed cells.", "cells"),
    ("The ras-transformed, ATX-secreting subclones had enhanced motility.", None),  # a comma breaks the phrase
    ("Expression was increased in these neu transformed cell lines.", "cell lines"),
    ("The ras-transformed subclones had enhanced motility.", "subclones"),
    ("v-erbA induces the proliferation of avian erythroid cells.", "erythroid cells"),
    ("WT1 antisense oligonucleotide inhibits proliferation of leukemia cells.", "leukemia cells"),
])
def test_cell_phrases(text, name):
    cells = [t for t, ty, _ in mentions(text) if ty == "cell"]
    assert (name in cells) if name else not cells


@pytest.mark.parametrize("text", [
    "Insulin increased VEGF mRNA levels in RPE cells and in cultured cells.",  # bare cells: no mention
    "LMP1 transformed the cells with a CDK4 oncogene.",  # a verb's determiner phrase is no cell name
    "A transformed phenotype appeared in a nontransformed cell line.",
])
def test_bare_cells_stay_unnamed(text):
    texts = [t for t, _, _ in mentions(text)]
    assert not any(t.lower() in {"cells", "the cells", "cell line"} for t in texts)


@pytest.mark.parametrize("text, name", [
    ("VEGF-C enhanced tumor lymphangiogenesis in these mice.", "lymphangiogenesis"),
    ("Doxorubicin induced internucleosomal DNA fragmentation in HL-60 cells.", "internucleosomal DNA fragmentation"),
    ("Expression of VASP induces marked membrane ruffling.", "membrane ruffling"),
    ("PECAM-1 promoted filopodia formation.", "filopodia formation"),
    ("p10 is able to inhibit foci formation in fibroblasts.", "foci formation"),
    ("CPT-11 significantly inhibits microvessel density.", "microvessel density"),
    ("VPF/VEGF promotes increased microvascular permeability.", "microvascular permeability"),
    ("M-CSF-induced blood vessel formation was abolished.", "blood vessel formation"),
])
def test_process_names(text, name):
    assert name in [t for t, ty, _ in mentions(text) if ty in {"process", "outcome"}]


def test_no_one_letter_names_in_the_curated_lexicon():
    """A synonym list written as a bare string becomes letters ("a" would then match "as")."""
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "lexicons" / "domain.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        assert all(len(s.strip()) > 1 for s in [entry["name"], *entry["synonyms"]]), entry["id"]


@pytest.mark.parametrize("text, name", [
    ("Thalidomide decreased the number of formed capillary tubes.", "capillary"),
    ("bFGF accelerated granulation tissue formation in diabetic mice.", "granulation tissue"),
    ("NCAM may limit metastasis by stabilizing the microvessel wall.", "microvessel"),
    ("Stimulation of angiogenesis by adipose tissue was abolished.", "adipose tissue"),
])
def test_anatomy_mentions(text, name):
    assert name in [t for t, ty, _ in mentions(text) if ty == "anatomy"]


def test_anatomy_is_a_schema_type():
    import json
    from pathlib import Path

    from claimx.lexicon import TYPES

    schema = Path(__file__).resolve().parent.parent / "src" / "claimx" / "schema" / "claim.schema.json"
    assert "anatomy" in TYPES and "anatomy" in schema.read_text(encoding="utf-8")
    assert json.loads(schema.read_text(encoding="utf-8"))  # still valid JSON

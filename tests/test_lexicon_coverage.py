"""Names the packaged lexicons recognize in sentences: MeSH substances, spellings of short symbols,
"-ate" names of acids and the curated chemicals (lexicons/README.md)."""

from __future__ import annotations

import pytest
from factory import mentions_in



def mentions(text):
    return [(m.text, m.type, m.id) for m in mentions_in(text)]


@pytest.mark.parametrize("text, name, type_", [
    # MeSH substances (0-mesh-substances.jsonl): peptides and enzymes are gene_protein, compounds agents.
    ("Thalidomide and angiostatin inhibit tumor growth in mice.", "angiostatin", "gene_protein"),
    ("Osteoprotegerin inhibits osteoclast development.", "Osteoprotegerin", "gene_protein"),
    ("We treated the rats with azoxymethane for ten weeks.", "azoxymethane", "agent"),
    # "-ic acid" descriptors also answer to their "-ate" name.
    ("Folate supplementation may reduce the risk of colitis.", "Folate", "agent"),
    ("Lactate and pyruvate regulate gene expression.", "pyruvate", "agent"),
    # Curated chemicals: English-frequent elements, brand names, abbreviations as weak forms.
    ("Reduced oxygen tension increased VEGF production.", "oxygen", "agent"),
    ("Store-operated calcium entry promotes shape change.", "calcium", "agent"),
    ("SOC activation increased free cytosolic Ca2+ in these cells.", "Ca2+", "agent"),
    ("Taxol completely inhibited angiogenesis in the assay.", "Taxol", "agent"),
    ("GM-CSF enhances the incorporation of Ara-C into DNA.", "Ara-C", "agent"),
    ("Low doses of SN-38, but not L-OHP, inhibited endothelial cells.", "L-OHP", "agent"),
    # Spellings of a short symbol itself (RHOA, RELA) and curated gene names.
    ("Inhibition of RhoA blocked stress fiber formation.", "RhoA", "gene_protein"),
    ("RelA translocates to the nucleus after stimulation.", "RelA", "gene_protein"),
    ("The murine nm23 gene suppresses metastatic behavior.", "nm23", "gene_protein"),
    ("VPF induced dermal microvascular endothelial cell migration.", "VPF", "cytokine"),
])
def test_names_are_recognized_with_their_type(text, name, type_):
    assert (name, type_) in [(t, ty) for t, ty, _ in mentions(text)]


@pytest.mark.parametrize("text, absent", [
    # Nucleic acids, antibodies and molecule classes are not MeSH-substance mentions.
    ("Insulin increased VEGF mRNA levels in the cells.", "mRNA"),
    ("Silencing by siRNA reduced expression.", "siRNA"),
    ("VEGF-neutralizing antibodies blocked angiogenesis.", "neutralizing antibodies"),
    ("This is mediated by stress activated protein kinases.", "protein kinases"),
    ("The transcription factor was induced.", "transcription factor"),
    # A common English word a MeSH element shares stays a word; "maf"-like lower-case forms are no gene.
    ("Water intake and lead exposure were recorded.", "lead"),
])
def test_classes_and_tools_are_not_mentions(text, absent):
    assert absent not in [t for t, _, _ in mentions(text)]


@pytest.mark.parametrize("text, name, id_", [
    ("Caspase-3 is essential for procaspase-9 processing.", "procaspase-9", "claimx:CASP9"),
    ("Binding to pro-caspase-3 prevents its activation.", "pro-caspase-3", "claimx:CASP3"),
    ("It decreased expression of vascular endothelial (VE)-cadherin.", "vascular endothelial (VE)-cadherin",
     "claimx:VE_CADHERIN"),
    ("The simian virus 40 large T antigen inhibits differentiation.", "simian virus 40 large T antigen",
     "claimx:SV40_LT"),
    ("PTTG enhanced matrix metalloprotease-9 expression.", "matrix metalloprotease-9", "claimx:MMP9"),
    ("EBV latent membrane protein 1 induces invasion.", "latent membrane protein 1", "claimx:EBV_LMP1"),
    ("The angiogenic inhibitor pigment epithelium-derived factor was measured.",
     "pigment epithelium-derived factor", "claimx:PEDF"),
])
def test_precursors_and_viral_antigens_take_their_concept(text, name, id_):
    assert (name, id_) in [(t, i) for t, _, i in mentions(text)]

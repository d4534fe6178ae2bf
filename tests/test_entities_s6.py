"""Entity gaps that cost CG claims (issue 5, session 6): viruses named by their disease, lower-case
leukemia/lymphoma, and the other names added in this file's later tests."""

from __future__ import annotations

import pytest
from factory import mentions_in

from claimx.extract import extract_text


def mentions(text):
    return {m.text: (m.type, m.id) for m in mentions_in(text)}


def claims(text):
    return {(c.subject.text, c.predicate, c.object.text) for c in extract_text(text)}


@pytest.mark.parametrize("text, name, id_", [
    ("Cells transformed by Rous sarcoma virus grew.", "Rous sarcoma virus", "claimx:virus:Rous_sarcoma_virus"),
    ("Infection with murine leukemia viruses raised MHC levels.", "murine leukemia viruses",
     "claimx:virus:murine_leukemia_virus"),
    ("The Harvey murine sarcoma virus was used.", "Harvey murine sarcoma virus",
     "claimx:virus:Harvey_murine_sarcoma_virus"),
    ("RNAs of Marek's disease virus were found.", "Marek's disease virus", "claimx:virus:Marek's_disease_virus"),
    ("Reticuloendotheliosis virus-transformed T cells grew.", "Reticuloendotheliosis virus",
     "claimx:virus:Reticuloendotheliosis_virus"),
])
def test_a_virus_named_by_its_disease_is_one_agent(text, name, id_):
    found = mentions(text)
    assert found[name] == ("agent", id_)
    assert "sarcoma" not in found and "leukemia" not in found


def test_an_article_before_the_name_is_left_out():
    assert "murine sarcoma virus" in mentions("The murine sarcoma virus transforms cells.")


@pytest.mark.parametrize("text", ["A tumor virus and a disease virus were compared.",
                                  "Sarcoma patients were not infected with the virus."])
def test_a_part_word_alone_names_no_virus(text):
    assert not [t for t, (typ, _) in mentions(text).items() if typ == "agent"]


def test_the_abbreviation_takes_the_virus_concept():
    found = mentions("Cells transformed by Rous sarcoma virus (RSV) grew. RSV transforms CEF.")
    assert found["RSV"] == ("agent", "claimx:virus:Rous_sarcoma_virus")


def test_the_virus_is_the_agent_of_a_transformation():
    assert ("Rous sarcoma virus", "increases", "Transformation") in claims(
        "Transformation by Rous sarcoma virus results in a dramatic increase in glucose transport.")


def test_a_bracketed_part_of_a_virus_stays_the_subject():
    text = ("The long terminal repeat (LTR) of Moloney murine leukemia virus encodes a trans activator "
            "which induces transcription of cytokine genes.")
    found = mentions(text)
    assert found["(LTR) of Moloney murine leukemia virus"][1] == "claimx:symbol:LTR"
    assert {s for s, _, _ in claims(text)} == {"(LTR) of Moloney murine leukemia virus"}


@pytest.mark.parametrize("word", ["leukemia", "Leukemia", "leukemias", "lymphoma", "lymphomas"])
def test_leukemia_and_lymphoma_in_any_case(word):
    assert mentions(f"Meis1 leads progenitors to {word} in mice.")[word][0] == "disease"


def test_a_drug_stem_before_a_split_suffix_is_a_mention():
    text = "VEGF antibodies blocked alinidine-stimulated angiogenesis in linomide-treated rats."
    found = mentions(text)
    assert found["alinidine"] == ("agent", "claimx:chemical:alinidine")
    assert found["linomide"] == ("agent", "claimx:chemical:linomide")
    assert ("alinidine", "increases", "angiogenesis") in claims(text)


def test_a_drug_stem_glued_to_an_adjective_tail_stays_unread():
    # "-resistant" is no tokenizer split (tokenizer.tsv), so the name is no token of its own
    assert not [t for t in mentions("Fozomide-resistant tumors grew.") if "Fozomide" in t]
    assert "Fozomide" in mentions("Fozomide-treated tumors grew.")


@pytest.mark.parametrize("text, word, id_", [
    ("DLC1 promotes cancerous properties of breast cancer cells.", "cancerous", "claimx:TUMOR"),
    ("Injection of NIH3T3 cells resulted in a weak tumorigenic capacity.", "tumorigenic", "claimx:CARCINOGENESIS"),
    ("PEDF is an angiogenic inhibitor.", "angiogenic", "claimx:ANGIOGENESIS"),
])
def test_adjectives_of_a_process_or_disease_name_it(text, word, id_):
    assert mentions(text)[word][1] == id_


@pytest.mark.parametrize("text, word", [
    ("Notch signaling increased vascular proliferation.", "vascular"),
    ("Runx2 suppressed apoptotic pathways.", "apoptotic"),
    ("Curcumin inhibits metastatic progression.", "metastatic"),
    ("Survivin regulates mitochondrial-dependent apoptosis.", "mitochondrial"),
])
def test_other_adjectives_stay_unread(text, word):
    assert word not in mentions(text)


def test_an_adjective_before_a_named_factor_leaves_the_claim_on_the_factor():
    found = claims("Angiogenic VEGF increased tumor growth.")
    assert {s for s, _, _ in found} <= {"VEGF"}


def test_a_stem_hyphen_capitals_symbol_is_a_mention():
    text = "In vitro, exposure to Cum-OOH reduced the level of glutathione in mouse epidermal cells."
    assert mentions(text)["Cum-OOH"] == ("gene_protein", "claimx:symbol:Cum-OOH")
    assert ("Cum-OOH", "decreases", "glutathione") in claims(text)


@pytest.mark.parametrize("text", ["Anti-VEGF therapy reduced growth.", "Non-SCLC tumors grew.",
                                  "The Cum-OOHs and x-Cum-OOH were tested."])
def test_word_prefixes_and_glued_forms_are_no_stem_symbol(text):
    from claimx.entity_patterns import find_patterns
    assert not [m for m in find_patterns(text) if m.rule == "hyphen_symbol"]


def test_a_long_form_headed_by_proteins_types_its_abbreviation():
    text = "Matrix degradation needs metalloproteinases (MPs). Tetracyclines can suppress tumor MPs as well."
    found = mentions(text)
    assert found["MPs"][0] == "gene_protein"
    assert ("Tetracyclines", "decreases", "MPs") in claims(text)


@pytest.mark.parametrize("text, name, id_", [
    ("VEGF-induced plasma leakage was blocked.", "plasma leakage", "claimx:VASCULAR_PERMEABILITY"),
    ("Ethanol reduced VEGF-induced cord formation.", "cord formation", "claimx:TUBE_FORMATION"),
    ("TNFalpha increased micronuclei formation.", "micronuclei formation", "claimx:MICRONUCLEUS_FORMATION"),
    ("VEGF stimulates collateral development in vivo.", "collateral development", "claimx:COLLATERALIZATION"),
    ("Sema7A stimulates cytoskeletal reorganization.", "cytoskeletal reorganization",
     "claimx:CYTOSKELETAL_REORGANIZATION"),
    ("GDPs promote formation of advanced glycation endproducts.", "advanced glycation endproducts", "claimx:AGES"),
    ("2-DG enhanced the cell death of spheroids.", "spheroids", "claimx:SPHEROID"),
])
def test_process_and_cell_names_of_cg_claims(text, name, id_):
    assert mentions(text)[name][1] == id_


def test_a_process_name_is_a_claim_object():
    assert ("Ethanol", "decreases", "cord formation") in claims("Ethanol exposure reduced VEGF-induced cord formation.")


def test_subclones_stay_no_mention():
    assert "subclones" not in mentions("All subclones secreted ATX.")


@pytest.mark.parametrize("text, short, type_", [
    ("We show that recombinant human prothrombin kringle-2 (rk-2) inhibited migration. "
     "Also, rk-2 diminished the expression of MMP-2.", "rk-2", "agent"),  # prothrombin: a MeSH substance
    ("Toxic glucose degradation products (GDPs) are formed. GDPs promote fibrosis.", "GDPs", "agent"),
])
def test_a_long_form_ending_just_after_a_mention_types_its_short_form(text, short, type_):
    assert mentions(text)[short] == (type_, "claimx:abbr:" + short)


def test_the_short_form_typed_by_its_long_form_is_a_claim_argument():
    text = ("We show that recombinant human prothrombin kringle-2 (rk-2) inhibited migration. "
            "Also, rk-2 diminished the expression of MMP-2.")
    assert ("rk-2", "decreases", "MMP-2") in claims(text)


def test_a_long_form_far_past_its_inner_mention_stays_untyped():
    text = "We used the VEGF binding site affinity assay (VBSAA). VBSAA scores rose."
    assert mentions(text)["VBSAA"][1] == "claimx:symbol:VBSAA"  # the symbol pattern's, not the long form's


@pytest.mark.parametrize("text, conjunct, id_", [
    ("VEGF induced mRNAs encoding the alphav and beta3 integrin subunits.", "alphav", "MESH:D039564"),
    ("pAd-T34A caused apoptosis in umbilical vein and dermal microvascular endothelial cells.",
     "umbilical vein", "claimx:HUVEC"),
])
def test_a_coordinated_modifier_shares_the_head_of_the_next_mention(text, conjunct, id_):
    assert mentions(text)[conjunct][1] == id_


def test_a_conjunct_naming_no_entry_with_the_head_stays_as_it_was():
    found = mentions("Tumor and endothelial cells died.")
    assert found["Tumor"] == ("disease", "claimx:TUMOR")
    assert found["endothelial cells"][0] == "cell"


def test_the_shared_head_conjunct_is_a_claim_object():
    assert ("pAd-T34A", "increases", "umbilical vein") in claims(
        "Expression of pAd-T34A caused apoptosis in umbilical vein and dermal microvascular endothelial cells.")


def test_dysplasia_is_a_disease():
    text = "Folate supplementation may reduce the risk of colorectal dysplasia in subjects with colitis."
    assert mentions(text)["colorectal dysplasia"] == ("disease", "claimx:DYSPLASIA")
    assert ("Folate", "decreases", "colorectal dysplasia") in claims(text)

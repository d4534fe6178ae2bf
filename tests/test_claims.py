"""One regression test per claim construction, on sentences written for the purpose."""

import pytest

from claimx.extract import extract_text


def triples(text):
    out = set()
    for c in extract_text(text):
        assert text[c.subject.span[0]:c.subject.span[1]] == c.subject.text
        assert text[c.object.span[0]:c.object.span[1]] == c.object.text
        assert c.evidence.span[0] <= min(c.subject.span[0], c.object.span[0])
        assert c.evidence.span[1] >= max(c.subject.span[1], c.object.span[1])
        flags = "".join(f for f, on in (("N", c.negated), ("H", c.hedged)) if on)
        op = {"inhibition": "!", "activation": "^"}.get(c.subject.op, "")
        out.add((op + c.subject.text, c.predicate, c.object.text, c.object.process, flags))
    return out


CASES = [
    ("active", "Sorafenib reduces IL-6 in patients.", {("Sorafenib", "decreases", "IL-6", None, "")}),
    ("passive", "IL-6 was reduced by sorafenib.", {("sorafenib", "decreases", "IL-6", None, "")}),
    ("reduced relative", "Tregs induced by TGF-β suppress immunity.", {("TGF-β", "increases", "Tregs", None, "")}),
    ("negation", "Sorafenib did not reduce IL-6.", {("Sorafenib", "decreases", "IL-6", None, "N")}),
    ("failed to", "Sorafenib failed to reduce IL-6.", {("Sorafenib", "decreases", "IL-6", None, "N")}),
    ("hedge", "Sorafenib may reduce IL-6.", {("Sorafenib", "decreases", "IL-6", None, "H")}),
    ("coordination", "IL-6 and IL-10 promote MDSCs and Tregs.",
     {("IL-6", "increases", "MDSCs", None, ""), ("IL-6", "increases", "Tregs", None, ""),
      ("IL-10", "increases", "MDSCs", None, ""), ("IL-10", "increases", "Tregs", None, "")}),
    ("blocking operator", "Blocking the CCL2/CCR2 pathway can decrease macrophage infiltration.",
     {("!CCL2/CCR2 pathway", "decreases", "macrophage", "infiltration", "H")}),
    ("blockade after", "PD-1 blockade enhanced IFN-γ production.",
     {("!PD-1", "increases", "IFN-γ", "production", "")}),
    ("inhibition of", "Inhibition of STAT3 reduces MDSCs.", {("!STAT3", "decreases", "MDSCs", None, "")}),
    ("process before", "Radiotherapy increases the infiltration of CD8+ T cells.",
     {("Radiotherapy", "increases", "CD8+ T cells", "infiltration", "")}),
    ("chain thereby", "Radiotherapy increases CD8+ T cell infiltration, thereby reducing tumor growth.",
     {("Radiotherapy", "increases", "CD8+ T cell", "infiltration", ""),
      ("Radiotherapy", "decreases", "tumor growth", None, "")}),
    ("by increasing", "Radiotherapy suppresses tumor growth by increasing IFN-γ.",
     {("Radiotherapy", "decreases", "tumor growth", None, ""), ("Radiotherapy", "increases", "IFN-γ", None, "")}),
    ("which", "MDSCs, which suppress CD8+ T cells, accumulate in the liver.",
     {("MDSCs", "decreases", "CD8+ T cells", None, "")}),
    ("suffix induced", "TGF-β-induced Tregs accumulate.", {("TGF-β", "increases", "Tregs", None, "")}),
    ("mediated noun", "The IL-6-mediated suppression of CD8+ T cells was strong.",
     {("IL-6", "decreases", "CD8+ T cells", None, "")}),
    ("light verb", "Sorafenib led to a reduction in IL-6.", {("Sorafenib", "decreases", "IL-6", None, "")}),
    ("such as", "HSCs produce tolerogenic mediators, such as TGF-β and IL-10.",
     {("HSCs", "increases", "TGF-β", None, ""), ("HSCs", "increases", "IL-10", None, "")}),
    ("examples of an entity", "Radiotherapy increases proinflammatory cytokines such as IL-12 and IFN-γ.",
     {("Radiotherapy", "increases", "IL-12", None, ""), ("Radiotherapy", "increases", "IFN-γ", None, "")}),
    ("passive with a detour", "TAMs are recruited into the liver by CCL2.", {("CCL2", "increases", "TAMs", None, "")}),
    ("aside before the verb", "Small molecules, such as STAT3 inhibitors, can diminish PD-L1.",
     {("!STAT3", "decreases", "PD-L1", None, "H")}),  # a class named by its target: the target, inhibited
    ("coordinated verb", "Tregs suppress CTLs and curb the efficacy of immunotherapy.",
     {("Tregs", "decreases", "CTLs", None, ""), ("Tregs", "decreases", "immunotherapy", "efficacy", "")}),
    ("parenthesis", "Transforming growth factor-β (TGF-β) suppresses NK cells.",
     {("Transforming growth factor-β", "decreases", "NK cells", None, "")}),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_construction(name, text, expected):
    assert triples(text) == expected


def test_no_claim_without_a_directional_cue():
    assert triples("IL-6 and Tregs were measured in patients.") == set()


def test_context_species_setting_and_disease():
    (claim,) = extract_text("In mice with liver metastasis, sorafenib reduced IL-6.")
    assert claim.context.species == ("mouse",)
    assert claim.context.setting is None or claim.context.setting == "preclinical"
    assert claim.context.diseases and "liver metastas" in claim.context.diseases[0].lower()


def test_abbreviation_long_form_is_trimmed_to_the_mention():
    from claimx.pipeline import build_nlp

    doc = build_nlp()("They promote the polarization of regulatory T cells (Tregs). Tregs suppress NK cells.")
    tregs = [e for e in doc.ents if e.text == "Tregs"]
    assert tregs and all(e._.claimx.name != "the polarization of regulatory T cells" for e in tregs)
    assert all(e._.claimx.type == "cell" for e in tregs)


def test_treatment_with_an_agent_makes_the_agent_the_subject():
    assert ("sorafenib", "decreases", "IL-6", None, "") in triples("Treatment with sorafenib reduced IL-6.")


def test_verbs_listed_after_a_comma_share_the_subject():
    assert triples("Sorafenib inhibited IL-6 and IL-10, promoted apoptosis.") >= {
        ("Sorafenib", "decreases", "IL-6", None, ""), ("Sorafenib", "increases", "apoptosis", None, "")}


def test_a_noun_after_a_suffix_compound_gives_the_direction():
    assert triples("IL-12-dependent tumor inhibition was strong.") == {("IL-12", "decreases", "tumor", None, "")}


def test_hyphen_attached_operator_splits_from_its_target():
    assert triples("CSF-1R-blocking antibodies reduce TAMs.") == {("!CSF-1R", "decreases", "TAMs", None, "")}


def test_through_a_nominal_cue_chains_to_the_clause_subject():
    assert ("Sorafenib", "decreases", "angiogenesis", None, "") in triples(
        "Sorafenib inhibits metastasis through inhibition of angiogenesis.")


def test_a_sentence_initial_pronoun_takes_the_previous_subject():
    text = "MDSCs accumulate in the liver. They suppress CD8+ T cells."
    (claim,) = extract_text(text)
    assert claim.subject.text == "They" and claim.subject.norm.lower().startswith("myeloid")
    assert text[claim.subject.span[0]:claim.subject.span[1]] == "They"


def test_a_process_done_by_cells_makes_the_cells_the_object():
    assert triples("IL-10 suppresses antigen presentation by dendritic cells.") == {
        ("IL-10", "decreases", "dendritic cells", "antigen presentation", "")}


def test_a_verb_form_after_a_determiner_is_a_noun_not_the_verb():
    # "the release of IFN-γ" must not make NK cells the subject of "release"
    assert triples("Sorafenib enhances the cytotoxicity of NK cells by increasing the release of IFN-γ.") == {
        ("Sorafenib", "increases", "NK cells", "cytotoxicity", ""), ("Sorafenib", "increases", "IFN-γ", "release", "")}


def test_a_coordination_continues_past_a_parenthesized_abbreviation():
    assert triples("Radiotherapy reduced cancer-associated fibroblasts (CAFs), TGF-β, and VEGF.") == {
        ("Radiotherapy", "decreases", "cancer-associated fibroblasts", None, ""),
        ("Radiotherapy", "decreases", "TGF-β", None, ""), ("Radiotherapy", "decreases", "VEGF", None, "")}


def test_by_with_a_gerund_is_a_means_not_the_agent_of_a_nominal_cue():
    found = triples("After PD-1 blockade, blocking IL-6 induces apoptosis by increasing the number of CD8+ T cells.")
    assert not any(s == "CD8+ T cells" for s, *_ in found)


CAUSAL = [
    ("required for", "IL-6 is required for the expansion of MDSCs.", {("IL-6", "increases", "MDSCs", "expansion", "")}),
    ("essential for", "STAT3 is essential for tumor growth.", {("STAT3", "increases", "tumor growth", None, "")}),
    ("leads to with an operator", "Inhibition of STAT3 leads to tumor cell death.",
     {("!STAT3", "increases", "tumor cell death", None, "")}),
    ("cause with a non-cue noun", "Sorafenib caused irreversible damage to tumor cells.",
     {("Sorafenib", "increases", "tumor cells", None, "")}),
    ("resulting in chain", "IL-10 suppresses dendritic cells, resulting in the accumulation of Tregs.",
     {("IL-10", "decreases", "dendritic cells", None, ""), ("IL-10", "increases", "Tregs", "accumulation", "")}),
    ("depends on (reverse)", "Tumor growth depends on VEGF.", {("VEGF", "increases", "Tumor growth", None, "")}),
    ("composed with a down noun", "IL-6 is required for the inhibition of CD8+ T cells.",
     {("IL-6", "decreases", "CD8+ T cells", None, "")}),
    ("light verb keeps the nominal reading", "Sorafenib led to a reduction in IL-6.",
     {("Sorafenib", "decreases", "IL-6", None, "")}),
    ("negated", "IL-6 is not required for tumor growth.", {("IL-6", "increases", "tumor growth", None, "N")}),
]


@pytest.mark.parametrize("name,text,expected", CAUSAL, ids=[c[0] for c in CAUSAL])
def test_causal_phrase(name, text, expected):
    assert triples(text) == expected


def test_a_causal_phrase_before_an_undirected_action_gives_no_claim():
    assert triples("IL-6 and IL-10 are essential for shaping the tumor microenvironment.") == set()


def test_the_entity_of_a_process_is_the_subject():
    assert ("Fas", "increases", "apoptosis", None, "") in triples("Elevated expression of Fas caused apoptosis.")


def test_an_unlisted_gene_symbol_is_an_argument():
    assert triples("Qrx7 inhibits Tmp-2 expression.") == {("Qrx7", "decreases", "Tmp-2", "expression", "")}


def test_a_symbol_stops_before_a_hyphenated_participle():
    assert triples("Qrx7-induced apoptosis was strong.") == {("Qrx7", "increases", "apoptosis", None, "")}


def test_an_infinitive_of_purpose_shares_the_main_subject():
    assert triples("Radiotherapy activates the cGAS/STING pathway to induce IFN-γ to induce cancer cell death.") == {
        ("Radiotherapy", "increases", "cGAS/STING pathway", None, ""), ("Radiotherapy", "increases", "IFN-γ", None, ""),
        ("Radiotherapy", "increases", "cancer cell death", None, "")}


def test_a_fronted_gerund_adjunct_takes_the_main_clause_subject():
    assert triples("In addition to inducing macrophage repolarization, radiotherapy decreases TGF-β.") == {
        ("radiotherapy", "increases", "macrophage repolarization", None, ""),
        ("radiotherapy", "decreases", "TGF-β", None, "")}
    assert ("sorafenib", "decreases", "STAT3", None, "") in triples("By inhibiting STAT3, sorafenib reduces MDSCs.")


def test_removal_of_is_an_inhibition_operator():
    assert triples("The removal of Tregs restrains tumor growth.") == {("!Tregs", "decreases", "tumor growth", None, "")}


def test_mrna_is_not_a_symbol_so_the_gene_is_the_object():
    assert triples("Sorafenib increased Qrx7 mRNA levels.") == {("Sorafenib", "increases", "Qrx7", None, "")}


def test_ablation_sirna_and_transfection_are_operators():
    assert triples("Ablation of STAT3 reduced MDSCs.") == {("!STAT3", "decreases", "MDSCs", None, "")}
    assert triples("STAT3 siRNA reduced MDSCs.") == {("!STAT3", "decreases", "MDSCs", None, "")}
    assert triples("Transfection of STAT3 increased MDSCs.") == {("^STAT3", "increases", "MDSCs", None, "")}


def test_an_inner_capital_symbol_is_an_argument_but_all_caps_two_letters_are_not():
    assert triples("QmTx reduced Zyp2 levels.") == {("QmTx", "decreases", "Zyp2", "levels", "")}
    assert triples("UV increased Zyp2.") == set()


@pytest.mark.parametrize("unit", ["kDa", "kD", "cGy", "mGy"])
def test_a_unit_is_not_a_symbol(unit):
    # "tunicamycin treatment resulted in the appearance of a 30-40 kDa band" gave tunicamycin -> kDa
    assert triples(f"Qrx7 treatment increased a 45 {unit} band.") == set()
    assert triples(f"Qrx7 treatment increased a 45 {unit} Zyp2.") == {("Qrx7", "increases", "Zyp2", None, "")}


def test_a_cell_line_with_cells_is_one_cell_mention():
    assert triples("Sorafenib inhibited the growth of HeLa cells.") == {("Sorafenib", "decreases", "HeLa cells", "growth", "")}
    assert triples("Sorafenib killed U-87 MG cells.") == {("Sorafenib", "decreases", "U-87 MG cells", None, "")}


def test_produce_is_a_light_verb_before_a_quantified_nominal_cue():
    assert triples("Treatment with sorafenib produced a 40-50% inhibition of Qrx7 uptake.") == {
        ("sorafenib", "decreases", "Qrx7", "uptake", "")}
    assert triples("Sorafenib produced a reduction in IL-6.") == {("Sorafenib", "decreases", "IL-6", None, "")}
    assert triples("IL-10 is produced by macrophages.") == {("macrophages", "increases", "IL-10", None, "")}


def _fallback_claims(text):
    return {(c.subject.text, c.subject.id, c.predicate, c.object.text, c.object.id, c.object.type)
            for c in extract_text(text)}


def test_a_noun_phrase_stands_in_when_a_cue_finds_no_mention():
    got = _fallback_claims("Sorafenib suppresses liver-resident cells.")
    assert got == {("Sorafenib", "claimx:SORAFENIB", "decreases", "liver-resident cells",
                    "claimx:np:liver-resident cells", "cell")}


def test_a_noun_phrase_subject_is_typed_by_its_head_and_costs_confidence():
    claims = extract_text("Kupffer-presented antigens suppress CD8+ T cells in the liver.")
    assert [(c.subject.text, c.subject.type, c.subject.xrefs) for c in claims] == [
        ("Kupffer-presented antigens", "gene_protein", ())]
    assert claims[0].confidence == pytest.approx(0.65)


def test_no_noun_phrase_at_a_cue_that_already_made_a_claim():
    assert _fallback_claims("Sorafenib reduces IL-6 and liver-resident cells.") == {
        ("Sorafenib", "claimx:SORAFENIB", "decreases", "IL-6", "claimx:IL6", "cytokine")}


def test_no_noun_phrase_without_a_modifier_or_before_a_compound():
    assert _fallback_claims("Sorafenib suppresses cells.") == set()
    assert _fallback_claims("IL-6 promotes lymphocyte-endothelial cell cross-talk.") == set()


# Passive agent after a participle phrase closed by a comma (construction 4).
def test_passive_subject_before_a_participle_aside():
    text = "Dendritic cells derived from blood monocytes, are recruited into the liver by CCL2 and CCL5."
    assert triples(text) == {("CCL2", "increases", "Dendritic cells", None, ""),
                             ("CCL5", "increases", "Dendritic cells", None, "")}


def test_no_passive_subject_across_a_comma_without_a_participle():
    assert triples("In tumors of patients, NK cells are recruited to the liver by CXCL9.") == {
        ("CXCL9", "increases", "NK cells", None, "")}
    assert triples("NK cells in the blood, macrophages, are recruited by CXCL9.") == set()


# Temporal cause (construction 1).
@pytest.mark.parametrize("text,expected", [
    ("IL-10 levels were reduced after sorafenib.", {("sorafenib", "decreases", "IL-10", "levels", "")}),
    ("PD-L1 expression was higher in tumors following radiotherapy.",
     {("radiotherapy", "increases", "PD-L1", "expression", "")}),
    ("After radiotherapy, the number of Tregs fell.", {("radiotherapy", "decreases", "Tregs", None, "")}),
    ("IL-6 levels did not increase after sorafenib.", {("sorafenib", "increases", "IL-6", "levels", "N")}),
    ("IL-6 levels increased after treatment with sorafenib.", {("sorafenib", "increases", "IL-6", "levels", "")}),
])
def test_temporal_cause(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text", [
    "IL-6 levels increased after 24 h of culture.",            # a time, not a cause
    "IL-6 levels increased after liver metastasis.",           # a disease is not a therapy or agent
    "IL-6 levels increased, after which radiotherapy was given.",
])
def test_no_temporal_cause(text):
    assert triples(text) == set()


def test_a_fronted_time_leaves_the_clause_subject_as_agent():
    assert triples("After radiotherapy, sorafenib increased IL-6.") == {("sorafenib", "increases", "IL-6", None, "")}


def test_a_temporal_claim_is_weaker_than_an_active_one():
    [claim] = extract_text("IL-10 levels were reduced after sorafenib.")
    assert claim.confidence < 0.6


# Predicative dependence (construction 2).
def test_predicative_dependence():
    text = "The infiltration of CD8+ T cells into tumors was IFN-γ-dependent in female but not in male mice."
    assert triples(text) == {("IFN-γ", "increases", "CD8+ T cells", "infiltration", "")}
    assert triples("Tumor growth was IL-6-mediated.") == {("IL-6", "increases", "Tumor growth", None, "")}


def test_predicative_dependence_negated_and_absent():
    assert triples("The recruitment of MDSCs was not CCL2-dependent.") == {
        ("CCL2", "increases", "MDSCs", "recruitment", "N")}
    assert triples("This effect was CCL2-dependent.") == set()  # no mention in the subject


# Appositive agent nouns (construction 3).
@pytest.mark.parametrize("text,expected", [
    ("TGF-β, a major driver of angiogenesis, is abundant.", {("TGF-β", "increases", "angiogenesis", None, "")}),
    ("IL-10, an inhibitor of CD8+ T cells, is abundant.", {("IL-10", "decreases", "CD8+ T cells", None, "")}),
    ("IL-12 is a potent inducer of IFN-γ.", {("IL-12", "increases", "IFN-γ", None, "")}),
])
def test_appositive_agent_noun(text, expected):
    assert triples(text) == expected


def test_no_appositive_claim_for_undirected_or_other_nouns():
    assert triples("IL-10, a regulator of CD8+ T cells, is abundant.") == set()
    assert triples("IL-10, a marker of Tregs, is abundant.") == set()


def test_coordinated_process_nouns_keep_the_entity_and_the_first_process():
    assert triples("GM-CSF promotes the recruitment and expansion of MDSCs.") == {
        ("GM-CSF", "increases", "MDSCs", "recruitment", "")}
    assert triples("IL-6 inhibits the proliferation and function of CD8+ T cells.") == {
        ("IL-6", "decreases", "CD8+ T cells", "proliferation", "")}


def test_a_process_of_a_mention_past_modifiers_and_a_parenthesis():
    assert triples("IL-10 results in the accumulation of type-1-like regulatory (Tr1) cells.") == {
        ("IL-10", "increases", "Tr1", "accumulation", "")}
    # a preposition ends the noun phrase: the mention after it is not what the process is of
    # (and "expression" alone, of nothing found, is no object either)
    assert triples("IL-6 increases the expression of genes in macrophages.") == set()


def test_a_verb_coordinated_after_a_passive_shares_its_grammatical_subject():
    assert triples("Tregs are recruited by CCL22 secreted by macrophages, and suppress CD8+ T cells.") == {
        ("CCL22", "increases", "Tregs", None, ""), ("macrophages", "increases", "CCL22", None, ""),
        ("Tregs", "decreases", "CD8+ T cells", None, "")}
    assert triples("IL-6 is produced by macrophages and is reduced by sorafenib.") == {
        ("macrophages", "increases", "IL-6", None, ""), ("sorafenib", "decreases", "IL-6", None, "")}
    # a reduced relative ('CCL22 secreted by macrophages') is no clause subject: CCL22 stays it
    assert triples("CCL22 secreted by macrophages recruits Tregs and suppresses CD8+ T cells.") == {
        ("macrophages", "increases", "CCL22", None, ""), ("CCL22", "increases", "Tregs", None, ""),
        ("CCL22", "decreases", "CD8+ T cells", None, "")}


def test_a_light_verb_after_and_and_a_modal_shares_the_subject():
    assert triples("IL-6 could lead to a reduction in CD8+ T cells and also may result in inhibition of NK cells.") == {
        ("IL-6", "decreases", "CD8+ T cells", None, "H"), ("IL-6", "decreases", "NK cells", None, "H")}


def test_a_long_fronted_gerund_adjunct_shares_the_main_subject():
    text = ("In addition to inducing cancer cell death by mediating DNA damage and promoting the release of dsDNA "
            "(double-stranded DNA), thereby activating the cGAS/STING pathway, radiotherapy can also modulate "
            "immunity by releasing inflammatory mediators.")
    assert {c[0] for c in triples(text)} == {"radiotherapy"}
    # a heading the segmenter joined to the sentence does not hide the adjunct
    joined = "Receptor-related protein In addition to inducing apoptosis, radiotherapy activates the STING pathway."
    assert {c[0] for c in triples(joined)} == {"radiotherapy"}
    # a mention right after the adjunct's inner comma is not the main subject when no comma closes it there
    assert triples("Sorafenib, by inhibiting STAT3, reduces PD-L1.") == {
        ("Sorafenib", "decreases", "PD-L1", None, ""), ("Sorafenib", "decreases", "STAT3", None, "")}


def test_operators_over_lists_antibodies_and_verbs():
    from claimx.extract import extract_text

    stat3 = [c.subject for c in extract_text("STAT3 inhibitors reduce PD-L1.")]
    assert [(s.text, s.op, s.id) for s in stat3] == [("STAT3", "inhibition", "claimx:STAT3")]  # the lexicon's id
    assert triples("Small molecules, such as JAK2 and STAT3 inhibitors, can diminish PD-L1.") == {
        ("!JAK2", "decreases", "PD-L1", None, "H"), ("!STAT3", "decreases", "PD-L1", None, "H")}
    assert triples("Anti-GITR agonistic antibodies induce IFN-γ.") == {
        ("^Anti-GITR agonistic antibodies", "increases", "IFN-γ", None, "")}
    # a plain anti-X antibody is a drug named as itself: op null (DESIGN §3, as the gold sets annotate it)
    assert triples("Anti-PD-1 antibodies reduce Tregs.") == {("Anti-PD-1 antibodies", "decreases", "Tregs", None, "")}
    assert triples("A strategy that blocks macrophages combined with ICIs may hinder tumor growth.") == {
        ("!macrophages", "decreases", "tumor growth", None, "H")}
    # a drug named as itself keeps op null
    assert triples("Sorafenib reduces IL-6.") == {("Sorafenib", "decreases", "IL-6", None, "")}


def test_a_participle_after_and_is_a_second_verb_of_the_same_subject():
    got = triples("In vitro, sorafenib reduced IL-6 mRNA levels in human cells and increased IL-10 secretion.")
    assert ("sorafenib", "decreases", "IL-6", None, "") in got
    assert ("sorafenib", "increases", "IL-10", "secretion", "") in got


def test_a_participle_after_and_without_an_earlier_claim_stays_an_adjective():
    assert not triples("Patients with high IL-6 and reduced IL-10 levels were enrolled.")


def test_a_mention_introduced_by_in_is_the_host_not_the_subject():
    got = triples("Expression of IL-6 in tumor cells increased angiogenesis.")
    assert ("IL-6", "increases", "angiogenesis", None, "") in got
    assert not any(s == "tumor cells" for s, *_ in got)


def test_in_vitro_before_the_subject_keeps_it():
    assert ("IL-6", "increases", "VEGF", None, "") in triples("We found that in vitro IL-6 induces VEGF.")


def test_an_object_past_a_complementizer_is_in_another_clause():
    assert not triples("IL-6 raises the possibility that altered VEGF expression matters.")


def test_a_hedge_in_a_fronted_purpose_clause_does_not_scope_over_the_main_clause():
    assert ("IL-6", "increases", "VEGF", None, "") in triples(
        "To test whether IL-6 matters, we showed that IL-6 increased VEGF.")


def test_a_hedge_before_whereas_stays_in_its_clause_and_suggest_that_still_hedges():
    got = triples("IL-6 may increase VEGF, whereas IL-10 reduces TNF.")
    assert got == {("IL-6", "increases", "VEGF", None, "H"), ("IL-10", "decreases", "TNF", None, "")}
    assert ("IL-6", "increases", "VEGF", None, "H") in triples("These data suggest that, in mice, IL-6 increases VEGF.")


def test_a_relative_after_into_takes_the_transfected_mention():
    got = triples("We transfected IL-6 into tumor cells, which increased VEGF secretion.")
    assert ("IL-6", "increases", "VEGF", "secretion", "") in got
    assert not any(s == "tumor cells" for s, *_ in got)

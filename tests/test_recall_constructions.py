"""Constructions added for CG recall (issue 5): each on sentences written for the purpose."""

from claimx.extract import extract_text


def triples(text):
    return {(c.subject.text, c.predicate, c.object.text, c.object.process) for c in extract_text(text)}


def test_listed_processes_of_cells_make_the_cells_the_object():
    found = triples("Ang-1 induces the migration and sprouting of endothelial cells.")
    assert ("Ang-1", "increases", "endothelial cells", "migration") in found
    assert not any(o == "migration" for _, _, o, _ in found)


def test_a_by_agent_of_a_means_noun_is_its_subject():
    found = triples("Curcumin inhibits the invasion of MCF-7 cells through suppression of uPA by NF-kappaB.")
    assert ("NF-kappaB", "decreases", "uPA", None) in found
    assert ("Curcumin", "decreases", "uPA", None) not in found


def test_a_means_noun_without_an_agent_chains_to_the_clause_subject():
    assert ("Curcumin", "decreases", "uPA", None) in triples(
        "Curcumin inhibits the invasion of MCF-7 cells through suppression of uPA.")


def test_partners_before_an_infinitive_of_purpose_both_act():
    found = triples("E1B cooperates with the E1A protein to induce cell transformation.")
    assert {("E1B", "increases", "cell transformation", None), ("E1A", "increases", "cell transformation", None)} <= found


def test_a_means_before_an_infinitive_of_purpose_leaves_the_main_subject():
    found = triples("M-CSF signals via Sp1 to induce angiogenesis.")
    assert ("M-CSF", "increases", "angiogenesis", None) in found
    assert not any(s == "Sp1" for s, *_ in found)


def test_the_ability_of_a_mention_to_act_keeps_that_mention():
    assert ("IL-12", "increases", "NK cells", None) in triples("The ability of IL-12 to activate NK cells was tested.")


def test_a_suffix_after_a_restated_abbreviation_takes_the_long_form():
    assert ("azoxymethane", "increases", "tumors", None) in triples(
        "Lactoferrin inhibits the development of azoxymethane (AOM)-induced rat colon tumors.")


def test_a_suffix_after_a_generic_head_noun_takes_the_named_mention():
    found = triples("Caffeine inhibits the PLAG1 oncogene-induced salivary gland tumorigenesis.")
    assert ("PLAG1", "increases", "tumorigenesis", None) in found
    assert ("Caffeine", "decreases", "tumorigenesis", None) in found
    assert not any(o == "PLAG1" for _, _, o, _ in found)  # the agent of the suffix is no object of the verb


def test_a_pronoun_before_the_verb_is_the_sentence_subject():
    found = triples("VEGF is a potent activator of angiogenesis as it promotes endothelial cell proliferation.")
    assert ("VEGF", "increases", "endothelial cell", "proliferation") in found
    found = triples("E1A proteins stimulate DNA synthesis; however, they also cause rapid cell death.")
    assert ("E1A", "increases", "cell death", None) in found


def test_a_pronoun_without_a_sentence_subject_mention_makes_no_claim():
    assert triples("Under these conditions it inhibits IL-6.") == set()


def test_thought_to_be_an_inhibitor_links_the_appositive():
    assert ("Thalidomide", "decreases", "angiogenesis", None) in triples(
        "Thalidomide is known to be a potent inhibitor of angiogenesis.")


def test_patients_listed_over_process_nouns_before_a_passive_are_all_objects():
    found = triples("IL-6 secretion, IL-8 levels and TNF-alpha expression were reduced by curcumin.")
    assert {("curcumin", "decreases", "IL-6", "secretion"), ("curcumin", "decreases", "IL-8", "levels"),
            ("curcumin", "decreases", "TNF-alpha", "expression")} <= found


def test_patients_listed_before_a_response_phrase_are_all_objects():
    found = triples("CDK2 activity, p107 and cyclin A levels, and Rb phosphorylation are markedly reduced "
                    "in response to the addition of exogenous SPARC.")
    assert {o for s, _, o, _ in found if s == "SPARC"} == {"CDK2", "p107", "cyclin A", "Rb"}


def test_a_relative_clause_before_a_passive_is_no_listed_patient():
    found = triples("In mice, IL-6, which activates STAT3, was reduced by curcumin.")
    assert ("curcumin", "decreases", "IL-6", None) in found
    assert not any(s == "curcumin" and o == "STAT3" for s, _, o, _ in found)


def test_a_pronoun_before_a_light_verb_is_the_sentence_subject():
    found = triples("Sorafenib is well tolerated, but it may also result in a reduction of IL-6.")
    assert ("Sorafenib", "decreases", "IL-6", None) in found


def test_a_directed_means_noun_gives_the_clause_subject_its_direction():
    found = triples("Insulin increases VEGF mRNA in RPE cells through enhanced transcription of the VEGF gene.")
    assert ("Insulin", "increases", "VEGF", "transcription") in found
    assert not any(s == "RPE" for s, *_ in found)
    assert ("Curcumin", "decreases", "uPA", "expression") in triples(
        "Curcumin blocks invasion via reduced expression of uPA.")


def test_a_by_phrase_after_a_passive_is_no_directed_means():
    found = triples("Invasion was inhibited by reduced expression of uPA.")
    assert not any(o == "uPA" and p == "decreases" for _, p, o, _ in found)


def test_an_expletive_it_is_no_chain_subject():
    text = ("Curcumin was tested in MCF-7 cells. It is concluded that curcumin inhibits the invasion of "
            "MCF-7 cells through down-regulating the expression of uPA.")
    found = triples(text)
    assert ("curcumin", "decreases", "uPA", "expression") in found
    assert not any(s == "It" for s, *_ in found)


def test_whose_process_in_a_passive_is_the_antecedent_s():
    found = triples("SAHA upregulated the protein Bim, whose expression was further enhanced by E1A in cancer cells.")
    assert ("E1A", "increases", "Bim", None) in found


def test_an_appositive_predicate_after_a_bracketed_name():
    assert ("Thalidomide", "decreases", "angiogenesis", None) in triples(
        "Thalidomide [alpha-(N-phthalimido)-glutarimide] is known to be a potent inhibitor of angiogenesis.")


def test_a_participle_light_verb_after_a_comma_shares_the_clause_subject():
    found = triples("Caffeine inhibits ERK, leading to a marked decrease in HIF-1alpha accumulation.")
    assert ("Caffeine", "decreases", "HIF-1alpha", "accumulation") in found
    assert not any(s == "ERK" for s, *_ in found)


def test_cells_expressing_a_mention_show_its_effect():
    assert ("Ras", "increases", "MMP-9", "secretion") in triples(
        "Ras-expressing NIH3T3 cells showed increased MMP-9 secretion.")


def test_initiate_is_an_up_verb_and_a_has_been_expletive_is_no_subject():
    assert ("Tsg101", "increases", "tumorigenesis", None) in triples(
        "We tested whether exogenous Tsg101 is capable of initiating tumorigenesis.")
    found = triples("p53 is important. It has been widely accepted that p53 acts by removing damaged cells "
                    "through initiating the cell death programs.")
    assert ("p53", "increases", "cell death", None) in found
    assert not any(s == "It" for s, *_ in found)


def test_initiation_is_an_up_noun_in_a_means_list():
    found = triples("LL-37 may contribute to tumorigenesis through stimulation of tumor cells, initiation of "
                    "angiogenesis and recruitment of immune cells.")
    assert any(t[:3] == ("LL-37", "increases", "immune cells") for t in found)

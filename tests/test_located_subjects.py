"""Where something acts is no argument: a mention after 'in' (hosts.host_head, passive agents, suffix objects),
in a parenthetical aside, or in a nominal's by-phrase."""

import pytest

from factory import triples


@pytest.mark.parametrize("text", [
    # the cells host the levels; 'through enhanced transcription' has no subject of its own
    "Insulin increases VEGF mRNA and secreted protein levels in HeLa cells through enhanced transcription of VEGF.",
    # a bracket between the mention and 'in' leaves no head: the cells are still no subject
    "Induction of a splicing variant of WT1 [17AA] in HeLa cells induces apoptosis.",
    "A significant increase in IL-10 and a significant decrease in TGF-beta were seen.",
])
def test_a_located_mention_is_no_subject(text):
    assert not any(s in {"HeLa cells", "IL-10"} for s, _, _ in triples(text))


@pytest.mark.parametrize("text, expected", [
    ("Expression of TEL in HeLa cells inhibits cell growth.", ("TEL", "decreases", "cell growth")),
    ("In HeLa cells, TNF induces apoptosis.", ("TNF", "increases", "apoptosis")),
])
def test_the_head_before_in_or_a_fronted_place_keeps_the_claim(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text", [
    "Apoptosis was induced by the combination in HeLa cells.",
    "Expression of the HRK gene was reduced by hypermethylation in astrocytic tumors.",
])
def test_a_mention_after_in_within_a_by_phrase_is_no_agent(text):
    assert not any(s in {"HeLa cells", "tumors"} for s, _, _ in triples(text))


def test_a_by_phrase_agent_stays():
    assert ("TNF", "increases", "Apoptosis") in triples("Apoptosis was induced by TNF in HeLa cells.")


def test_a_mention_after_in_is_no_suffix_object():
    # the pathway (no mention) is what Fas mediates; the cells are where
    found = triples("TNF initiates the classic Fas-mediated apoptotic pathway in HeLa cells.")
    assert not any(s == "Fas" for s, _, _ in found)


def test_a_process_mention_before_in_keeps_the_suffix_claim():
    assert ("Fas", "increases", "cancer cells") in triples("Fas-mediated apoptosis in prostate cancer cells was blocked.")


def test_a_nominal_by_phrase_is_neither_the_passive_agent_nor_its_patient():
    # the stimulation's agent acts on angiogenesis; the drug abolishes the stimulation
    found = triples("Stimulation of angiogenesis by adipose tissue was nearly abolished by bevacizumab,"
                  " which targets VEGF.")
    assert ("bevacizumab", "increases", "angiogenesis") not in found
    assert ("bevacizumab", "decreases", "adipose tissue") not in found
    assert ("bevacizumab", "decreases", "angiogenesis") in found


def test_a_mention_inside_a_parenthetical_aside_is_no_subject():
    found = triples("Most compounds except cisplatin (which induced DNA fragmentation less effectively)"
                  " activated caspase-3.")
    assert not any(s == "DNA fragmentation" for s, _, _ in found)


def test_cells_where_a_quantity_was_measured_are_no_object():
    found = triples("Insulin increases VEGF mRNA and secreted protein levels in HeLa cells.")
    assert ("Insulin", "increases", "VEGF") in found
    assert ("Insulin", "increases", "HeLa cells") not in found


def test_a_property_of_cells_in_them_keeps_the_cells_as_object():
    assert ("IL-6", "increases", "macrophages") in triples(
        "IL-6 increased the proportion of inflammatory phenotype in macrophages.")

"""Object refinements and constructions added from the BioNLP-ST 2013 CG training errors,
each tested on sentences written for the purpose."""

from test_claims import triples


def test_a_verb_acts_on_what_a_suffixed_mention_induces_not_on_the_mention():
    got = triples("Sorafenib blocks TNF-induced secretion of IL-8 and IL-6.")
    assert ("Sorafenib", "decreases", "IL-8", "secretion", "") in got
    assert ("Sorafenib", "decreases", "IL-6", "secretion", "") in got
    assert not any(o == "TNF" for _, _, o, *_ in got)


def test_a_suffixed_mention_with_nothing_after_it_is_no_object():
    assert not any(o == "TNF" for _, _, o, *_ in triples("Sorafenib blocks the TNF-induced effects."))


def test_a_suffix_cue_reaches_its_object_over_a_process_noun():
    assert ("TNF", "increases", "ERK", "phosphorylation", "") in triples(
        "We measured TNF-induced phosphorylation of ERK.")


def test_a_process_in_cells_makes_the_cells_the_object():
    assert triples("Cisplatin triggered apoptosis in HeLa cells.") == {
        ("Cisplatin", "increases", "HeLa cells", "apoptosis", "")}
    # a place is not what undergoes the process
    assert triples("Cisplatin triggered apoptosis in the kidney.") == {
        ("Cisplatin", "increases", "apoptosis", None, "")}

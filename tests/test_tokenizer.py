"""The claimx tokenizer's own rules: full stops glued to names, hyphen compounds."""

import pytest

from claimx.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _words(nlp, text):
    return [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize("text, words", [
    ("is inhibited by expression of TrkA. Neurotrophins bind", ["TrkA", "."]),
    ("the cytotoxic activity of NaF. NaF and cisplatin", ["NaF", ".", "NaF"]),
    ("genes controlled by NF-kappaB. The latter", ["NF-kappaB", "."]),
    ("the amount of VEGF-C. The number", ["VEGF-C", "."]),
    ("a concentration of 5 nM. The media", ["nM", "."]),
    ("inhibited by expression of TrkA.", ["TrkA", "."]),
    ("(bound to TrkA.) Then", ["TrkA", ".", ")"]),
])
def test_a_sentence_full_stop_after_a_name_ending_in_a_capital_splits(nlp, text, words):
    got = _words(nlp, text)
    assert any(got[i: i + len(words)] == words for i in range(len(got)))


@pytest.mark.parametrize("text, kept", [
    ("In Ph.D. theses", "Ph.D."),
    ("the U.S. and Canada", "U.S."),
    ("cytokines, e.g. IL-6", "e.g."),
    ("cytokines, i.e. IL-6", "i.e."),
    ("as shown (Fig. 2)", "Fig."),
    ("Smith et al. showed", "al."),
    ("IL-6 vs. IL-10", "vs."),
    ("Dr. Smith found", "Dr."),
    ("E. coli and S. aureus", "E."),
    ("E. coli and S. aureus", "S."),
    ("as J. Smith found", "J."),
])
def test_abbreviations_and_initials_keep_their_full_stop(nlp, text, kept):
    assert kept in _words(nlp, text)


def test_the_split_full_stop_ends_the_sentence_and_the_name_matches(nlp):
    doc = nlp("Apoptosis is inhibited by expression of TrkA. NaF enhanced apoptosis.")
    assert [s.text for s in doc.sents] == ["Apoptosis is inhibited by expression of TrkA.",
                                           "NaF enhanced apoptosis."]
    assert {"TrkA", "NaF"} <= {e.text for e in doc.ents}


def test_a_species_name_with_an_initial_stays_in_one_sentence(nlp):
    doc = nlp("Infection with E. coli increased IL-6 levels.")
    assert len(list(doc.sents)) == 1
    assert "E." in [t.text for t in doc]


@pytest.mark.parametrize("text, words", [
    ("Tunicamycin-treatment resulted in inhibition", ["Tunicamycin", "-", "treatment"]),
    ("thrombin-cleaved fragments", ["thrombin", "-", "cleaved"]),
    ("insulin-treated cells", ["insulin", "-", "treated"]),
    ("TGF-β-treated cells", ["TGF-β", "-", "treated"]),
    ("IGF-1-transfected cells", ["IGF-1", "-", "transfected"]),
    ("the ATX-secreting subclones", ["ATX", "-", "secreting"]),
])
def test_a_name_joined_by_a_hyphen_to_a_treatment_word_splits(nlp, text, words):
    got = _words(nlp, text)
    assert any(got[i: i + len(words)] == words for i in range(len(got)))


@pytest.mark.parametrize("word", [
    "pre-treated", "Co-transfected", "non-expressing", "over-expressing", "self-producing",
    "TGF-beta", "IL-1beta", "5-FU", "Ara-C", "x-treatments", "p53-responsive", "p63-positive", "up-regulated",
])
def test_prefixes_names_and_other_hyphen_words_stay_whole(nlp, word):
    assert _words(nlp, f"the {word} cells") == ["the", word, "cells"]


def test_names_with_inner_hyphens_still_match_after_a_split(nlp):
    doc = nlp("Tunicamycin-treatment and TGF-beta-treated CD4-positive T cells.")
    assert [e.text for e in doc.ents] == ["Tunicamycin", "TGF-beta", "CD4-positive T cells"]


def test_the_hyphen_word_list_is_checked(tmp_path, monkeypatch):
    import claimx.pipeline as pipeline
    from claimx.errors import BadLexicon

    (tmp_path / "tokenizer.tsv").write_text("kind\tword\ntail\ttreated\ntail\tTreated\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "cues_dir", lambda: tmp_path)
    with pytest.raises(BadLexicon, match="tokenizer.tsv:3"):
        pipeline.tokenizer_words()


@pytest.mark.parametrize("text, sentences, name", [
    ("PMA is an activator of protein kinase C. We tested it.",
     ["PMA is an activator of protein kinase C.", "We tested it."], "protein kinase C"),
    ("Cells were treated with CHX or Act D. The latter blocked it.",
     ["Cells were treated with CHX or Act D.", "The latter blocked it."], "Act D"),
    ("It was reduced by oncostatin M.\n\nCytokines vary.", ["It was reduced by oncostatin M.", "\n\n", "Cytokines vary."],
     "oncostatin M"),
    ("IL-6 activates NF-kappa B. (A) shows it.", ["IL-6 activates NF-kappa B.", "(A) shows it."], "NF-kappa B"),
    ("Apoptosis needs vitamin D.", ["Apoptosis needs vitamin D."], "vitamin D"),
])
def test_a_lone_capital_ending_a_sentence_gives_its_stop_to_the_sentence(nlp, text, sentences, name):
    doc = nlp(text)
    assert [s.text for s in doc.sents] == sentences
    assert name in {e.text for e in doc.ents}


@pytest.mark.parametrize("text, kept", [
    ("The assay of J. Smith measured it.", "J."),
    ("Smith and J. Doe measured it.", "J."),
    ("Dr J. Doe measured it.", "J."),
    ("Infection with H. pylori raised IL-8.", "H."),
    ("Infection with E. coli. The", "E."),
    ('a region termed "X." This', "X."),
    ("a phenotype. I. Mechanisms", "I."),
    ("protein kinase C.5 and C.elegans", "C.5"),
])
def test_initials_and_species_keep_their_capital_stop(nlp, text, kept):
    assert kept in _words(nlp, text)


def test_the_capital_stop_split_is_the_same_paragraph_by_paragraph(nlp, monkeypatch):
    import claimx.pipeline as pipeline

    text = "It binds protein kinase C.\n\nby J. Smith.\n\n  Act D.\n\nonly oncostatin M.  \n\nand E. coli\n"
    monkeypatch.setattr(pipeline, "MIN_PIECE", 1)
    whole = [t.text for t in nlp.tokenizer(text)]
    assert [t.text for t in pipeline.make_doc(nlp, text)] == whole
    assert whole.count(".") == 4 and "J." in whole and "E." in whole  # after C, Smith, D and M

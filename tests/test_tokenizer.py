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

    (tmp_path / "hyphen_words.tsv").write_text("kind\tword\ntail\tTreated\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "cues_dir", lambda: tmp_path)
    with pytest.raises(BadLexicon, match="hyphen_words.tsv:2"):
        pipeline._hyphen_words()

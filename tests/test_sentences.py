"""claimx_sentences: where sentences start."""

import pytest

from claimx.pipeline import build_nlp, make_doc, set_doc_text


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _starts(nlp, text, breaks=()):
    doc = make_doc(nlp, text)
    set_doc_text(doc, text)
    doc._.claimx_breaks = tuple(breaks)
    doc = nlp.get_pipe("claimx_sentences")(doc)
    return [s.text for s in doc.sents]


def test_sentence_ends_and_the_words_that_do_not_end_one(nlp):
    text = "IL-6 rose (Fig. 2). As shown by Smith et al. it fell. e.g. this. It rose! 3 fell? (a) x. b"
    assert _starts(nlp, text) == ["IL-6 rose (Fig. 2).", "As shown by Smith et al. it fell. e.g. this.",
                                  "It rose!", "3 fell?", "(a) x. b"]


def test_blank_lines_and_layout_breaks_start_sentences(nlp):
    text = "Results\n\nthe cells grew and they died"
    assert _starts(nlp, text) == ["Results\n\n", "the cells grew and they died"]
    assert _starts(nlp, "the cells grew and they died", breaks=[14]) == ["the cells grew", "and they died"]


def test_long_runs_are_cut_after_a_comma_or_at_twice_the_bound(nlp):
    words = ["a"] * 1000
    words[299] = ","
    lengths = [len(s.split()) for s in _starts(nlp, " ".join(words))]
    # a cut after the comma (the 301st token), then every 400 tokens
    assert lengths == [300, 400, 300]

"""Speed-ups of the stages around the claim component give the same answers as the plain code."""

from __future__ import annotations

import pickle
import re

from claimx.pipeline import AffixMemo, build_nlp


def test_affix_memo_answers_as_the_regex():
    rx = re.compile(r"-|/")
    search, finditer = AffixMemo(rx.search), AffixMemo(rx.finditer, listed=True)
    for s in ["IL-6", "a/b", "none", "IL-6", "x-y-z", "x-y-z"]:
        assert (search(s) and search(s).span()) == (rx.search(s) and rx.search(s).span())
        assert [m.span() for m in finditer(s)] == [m.span() for m in rx.finditer(s)]
    assert search.__self__ is rx  # spaCy serializes the pattern through it


def test_affix_memo_is_emptied_at_its_limit(monkeypatch):
    monkeypatch.setattr(AffixMemo, "LIMIT", 2)
    memo = AffixMemo(re.compile("a").search)
    for s in ["a", "b", "c", "d"]:
        memo(s)
    assert len(memo._memo) <= 3


def test_memoized_tokenizer_pickles_and_tokenizes_the_same():
    tok = build_nlp().tokenizer.tokenizer
    text = "IL-6 (e.g. TGF-β-induced) cells, and MDSC-targeting CSF-1R-blocking p27(-/-) mice."
    again = pickle.loads(pickle.dumps(tok))
    assert [t.text for t in again(text)] == [t.text for t in tok(text)] == [t.text for t in tok(text)]
    assert isinstance(tok.suffix_search, AffixMemo) and tok.to_bytes()


def test_special_cases_are_scispacys_loaded_once():
    import warnings

    import spacy
    from scispacy.custom_tokenizer import combined_rule_tokenizer

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        plain = combined_rule_tokenizer(spacy.blank("en"))
    tok = build_nlp().tokenizer.tokenizer
    assert tok.rules == plain.rules and tok.faster_heuristics == plain.faster_heuristics
    assert [t.text for t in tok("Dr. Smith et al. (e.g. Fig. 2) vs. U.S. data")] == \
        ["Dr.", "Smith", "et", "al.", "(", "e.g.", "Fig.", "2", ")", "vs.", "U.S.", "data"]

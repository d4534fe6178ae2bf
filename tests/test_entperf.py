"""Speed-ups of the stages around the claim component give the same answers as the plain code."""

from __future__ import annotations

import pickle
import re

from hypothesis import given, settings
from hypothesis import strategies as st

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


def _choose_by_filter_spans(found, skips):
    """entities._choose as it was written first: a rank sort, then spaCy's filter_spans."""
    import bisect

    from spacy.util import filter_spans

    from claimx.entities import _RANK

    merged = []
    for s, e in sorted(skips):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    starts = [s for s, _ in merged]
    concept_of, spans = {}, []
    for span, concept in sorted(found, key=lambda sc: _RANK.get(sc[1].source, 3)):
        k = bisect.bisect_right(starts, span.start_char) - 1
        if k >= 0 and span.start_char < merged[k][1]:
            continue
        if (span.start, span.end) not in concept_of:
            concept_of[(span.start, span.end)] = concept
            spans.append(span)
    return [(s, concept_of[(s.start, s.end)]) for s in filter_spans(spans)]


_RANGES = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 6), st.sampled_from(
    ["abbreviation", "lexicon", "pattern", "coreference"])), max_size=40)


@settings(max_examples=400, deadline=None)
@given(_RANGES, st.lists(st.tuples(st.integers(0, 200), st.integers(0, 20)), max_size=3))
def test_choose_keeps_what_filter_spans_keeps(ranges, skips):
    from claimx.entities import Concept, _choose
    from claimx.found import Found

    found = [(Found(s, s + n, 5 * s, 5 * (s + n) - 1, "x"), Concept(str(i), "x", "cell", (), source))
             for i, (s, n, source) in enumerate(ranges)]
    skips = tuple((a, a + n) for a, n in skips)
    want = _choose_by_filter_spans(found, skips)
    got = _choose(found, skips)
    assert [(s is s2, c is c2) for (s, c), (s2, c2) in zip(want, got)] == [(True, True)] * len(want)
    assert len(got) == len(want)


_ION_PIECES = ["Ca", "K", "Na", "Mg", "Zn", "2", "3", "+", "++", "(", ")", "(2+)", "/", "-", " ", "x", "cell",
               "cells", "HeLa", "MCF-7", "a", ".", "\n", "U-87 MG", "cell line", "Ab", "(HeLa"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_ION_PIECES), max_size=30).map("".join))
def test_ion_and_cell_line_anchors_find_what_finditer_finds(text):
    from claimx.entity_patterns import load_patterns

    for p in load_patterns():
        if p.name in ("ion", "cell_line"):
            assert [m.span() for m in p.search(p.regex, text)] == [m.span() for m in p.regex.finditer(text)]


_SYMBOL_PIECES = ["p53", "p", "5", "The", "A", "A1", "AB", "a", "pAd", "Ab", "x", "3", "-", "/", "+", ".", " ", "_",
                  "RESULTS", "mRNA", "iNOS", "é", "\u0663", "In", "CD8", "-induced", "(", "\n", "LeTx", "NaF"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_SYMBOL_PIECES), max_size=25).map("".join))
def test_symbol_anchor_finds_what_finditer_finds(text):
    from claimx.entity_patterns import load_patterns

    p = next(p for p in load_patterns() if p.name == "symbol")
    assert [m.span() for m in p.search(p.regex, text)] == [m.span() for m in p.regex.finditer(text)]


def _pronouns_by_walk(doc, index, chosen):
    """pronouns.pronoun_mentions as it was written first: every sentence walks the mentions."""
    from claimx.entities import Concept
    from claimx.pronouns import _ANTECEDENT_TYPES, PRONOUNS

    n = len(index.starts)
    bounds = [0, *index.sentence_starts(doc), n]
    text, starts, lengths, spaces = index.text, index.starts, index.lengths, index.spaces
    firsts, out, k = [], [], 0
    for start, end in zip(bounds, bounds[1:]):
        first = None
        while k < len(chosen) and chosen[k][0].start < end:
            if first is None and chosen[k][1].type in _ANTECEDENT_TYPES and chosen[k][0].start <= start + 2:
                first = chosen[k]
            k += 1
        head = start + 1 if spaces[start] and end - start > 1 else start
        plural = PRONOUNS.get(text[starts[head]: starts[head] + lengths[head]])
        prev = firsts[-1] if firsts else None
        if plural is not None and prev is not None and (plural or not prev[0].text.endswith("s")):
            c = prev[1]
            out.append((index.found(head, head + 1), Concept(c.id, c.name, c.type, c.xrefs, "coreference")))
        firsts.append(first)
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["They", "It", "Its", "cells", "IL-6", "x", "\n"]), st.booleans(),
                          st.booleans(), st.sampled_from(["cell", "agent", "disease", None])), min_size=1, max_size=40))
def test_pronouns_as_the_sentence_walk_finds_them(rows):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from claimx.entities import Concept
    from claimx.pronouns import pronoun_mentions
    from claimx.found import TokenIndex

    words = [w for w, _, _, _ in rows]
    doc = Doc(Vocab(), words=words, spaces=[sp for _, sp, _, _ in rows],
              sent_starts=[True] + [bool(s) for _, _, s, _ in rows[1:]])
    index = TokenIndex(doc, doc.text)
    chosen = [(index.found(i, i + 1), Concept(str(i), words[i], typ, (), "lexicon"))
              for i, (_, _, _, typ) in enumerate(rows) if typ is not None and words[i] != "\n"]
    key = lambda found: [(f.start, f.end, f.text, c.id, c.type, c.source) for f, c in found]  # noqa: E731
    assert key(pronoun_mentions(doc, index, chosen)) == key(_pronouns_by_walk(doc, index, chosen))

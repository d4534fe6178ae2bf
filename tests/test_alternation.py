"""alternation.Alternation finds what the compiled alternation finds, for the tokenizer's affixes too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimx.alternation import Alternation
from claimx.pipeline import build_nlp

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def affixes():
    tok = build_nlp().tokenizer.tokenizer
    return [(memo.__self__, memo.__self__.compiled()) for memo in (tok.infix_finditer, tok.suffix_search)]


def _same(alt: Alternation, joined: re.Pattern[str], text: str) -> None:
    assert [m.span() for m in alt.finditer(text)] == [m.span() for m in joined.finditer(text)]
    got, want = alt.search(text), joined.search(text)
    assert (got and got.span()) == (want and want.span())


def test_the_tokenizers_affixes_on_every_corpus_word(affixes):
    words = {w for path in sorted(CORPUS.glob("*.txt")) for w in path.read_text(encoding="utf-8").split()}
    assert len(words) > 1000
    for alt, joined in affixes:
        assert isinstance(alt, Alternation) and alt.pattern == joined.pattern
        for word in words:
            _same(alt, joined, word)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAzZ09-‐/()[]+.,:;'\"…×β%°", max_size=20))
def test_the_tokenizers_affixes_on_punctuated_strings(affixes, text):
    for alt, joined in affixes:
        _same(alt, joined, text)


@pytest.mark.parametrize("first, second, text", [("a*", "b", "baab"), ("x", "(?<=a)", "axa"), ("ab", "a|b", "aabab"),
                                                  ("b", "ab", "abab")])
def test_ties_overlaps_and_empty_matches(first, second, text):
    _same(Alternation(re.compile(first), re.compile(second)), re.compile(f"{first}|{second}"), text)

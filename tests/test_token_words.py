"""The shared token-word tests of tokview.py (modifier words, the '(' before a ')'): sentences written for the purpose."""

import spacy

from claimx.arguments import CLAUSE_STOP, LOCATED
from claimx.tokview import TokenTable, back_over_modifiers, modifier_word, opening_parens


def _tokens(text):
    doc = spacy.blank("en")(text)
    return TokenTable().tokens(doc)


def _words(text):
    return {t.text: t for t in _tokens(text)}


def test_modifier_word_takes_lower_case_words_and_joiners():
    w = _words("in neural stem / progenitor cells , p53 HeLa while")
    assert modifier_word(w["neural"], CLAUSE_STOP) and modifier_word(w["/"], CLAUSE_STOP)
    assert not modifier_word(w["HeLa"], CLAUSE_STOP)  # a name, not a modifier
    assert not modifier_word(w["while"], CLAUSE_STOP)  # a stop word ends the modifiers
    assert not modifier_word(w["/"], CLAUSE_STOP, frozenset())  # no joiners: the slash is no word
    assert modifier_word(w[","], CLAUSE_STOP, frozenset({","}))
    # a word with a digit (or a hyphen) is lower-case but not alphabetic: only alpha=False takes it
    assert not modifier_word(w["p53"], CLAUSE_STOP)
    assert modifier_word(w["p53"], CLAUSE_STOP, alpha=False)


def test_back_over_modifiers_stops_at_stop_word_reach_and_floor():
    toks = _tokens("expression in neural stem / progenitor HeLa cells")
    cells = 6  # "HeLa"
    assert toks[back_over_modifiers(toks, cells, 0, 5, LOCATED)].text == "in"
    assert back_over_modifiers(toks, cells, 0, 2, LOCATED) == cells - 3  # reach: two tokens walked
    assert back_over_modifiers(toks, cells, 3, 5, LOCATED) == 3  # never at or below the floor


def test_opening_parens_nearest_first_within_reach_and_floor():
    toks = _tokens("growth factor ( the ( VEGF ) form ) secretion")
    end = 9  # past the outer ')'
    assert list(opening_parens(toks, end, 0, 8)) == [4, 2]
    assert list(opening_parens(toks, end, 0, 6)) == [4]  # reach: the outer '(' is too far
    assert list(opening_parens(toks, end, 4, 8)) == []  # never at or below the floor

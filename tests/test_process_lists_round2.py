"""Coordinated processes before 'of' (modifiers._past_processes), on sentences written for the purpose."""

from claimx.extract import extract_text


def pairs(text):
    return {(c.subject.text, c.predicate, c.object.text, c.object.process) for c in extract_text(text)}


def test_a_modified_process_word_in_the_list():
    got = pairs("Thrombin enhances the expression and protein synthesis of MMP-9.")
    assert ("Thrombin", "increases", "MMP-9", "expression") in got


def test_a_verb_after_and_is_no_process_modifier():
    # "and inhibits expression of X": a second predicate, not "apoptosis and <modifier> expression of X"
    got = pairs("Bee venom induces apoptosis and inhibits expression of COX-2 in lung cancer cells.")
    assert ("Bee venom", "increases", "apoptosis", None) in got

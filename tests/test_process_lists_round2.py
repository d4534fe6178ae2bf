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


def test_a_kind_before_the_process_word_is_not_its_bearer():
    # "tyrosine phosphorylation of STAT3": the process is STAT3's, tyrosine only says which kind
    got = pairs("Cytokines induce tyrosine phosphorylation of STAT3 in cells.")
    assert ("Cytokines", "increases", "STAT3", "phosphorylation") in got


def test_a_role_adjective_before_an_effect_noun_stays_the_object():
    got = {(s, p, o) for s, p, o, _ in pairs("We studied the protumoral activity of neutrophils.")}
    assert ("neutrophils", "increases", "protumoral") in got

"""A verb cue's subject and object read from a dependency parse (`extract --model NAME`).

Used only when the document carries a parse (a user's pipeline with a parser). The
labels are ClearNLP's, which spaCy's English pipelines use. Whatever the parse does not
give — no subject, an object that is not a mention — is left to the rule-based search,
so a parser can only add to what the rules find or correct their choice of arguments.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimx.coordination import Group

SUBJECT = {"nsubj", "csubj"}
PASSIVE_SUBJECT = {"nsubjpass", "csubjpass"}
OBJECT = {"dobj", "obj"}
# Dependents through which a verb modifies a noun: "X, which increases Y", "Y induced by X".
NOUN_MODIFIER = {"relcl", "acl"}
RELATIVE_PRONOUNS = {"which", "that", "who"}


def parse_parts(groups: list[Group], sent: Span, tok: Token, participle: bool) -> tuple[Group, Group, str] | None:
    """(subject group, object group, rule) for a verb cue, or None to let the rules decide."""
    children = list(tok.children)
    agent = _agent(children)
    patient = _child(children, PASSIVE_SUBJECT)
    if participle and agent is not None:
        if tok.dep_ in NOUN_MODIFIER and (patient is None or patient.lower_ in RELATIVE_PRONOUNS):
            patient = tok.head  # "Y induced by X", "Y, which is induced by X"
        return _pair(groups, sent, agent, patient, "passive")
    obj = _child(children, OBJECT)
    subj = _child(children, SUBJECT)
    rule = "active"
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and tok.dep_ in NOUN_MODIFIER:
        subj, rule = tok.head, "relative"
    elif subj is None:
        subj, rule = _inherited_subject(tok)
    return _pair(groups, sent, subj, obj, rule)


def _inherited_subject(tok: Token) -> tuple[Token | None, str]:
    """The subject a verb without its own takes over: a coordinated or chained verb's."""
    if tok.dep_ == "conj":
        return _child(list(tok.head.children), SUBJECT), "active"  # "X increases Y and reduces Z"
    if tok.dep_ == "advcl" and tok.tag_ == "VBG":
        return _child(list(tok.head.children), SUBJECT), "chain"  # "X ..., thereby reducing Z"
    if tok.dep_ in NOUN_MODIFIER:
        return tok.head, "relative"
    return None, "active"


def _pair(groups: list[Group], sent: Span, subj: Token | None, obj: Token | None,
          rule: str) -> tuple[Group, Group, str] | None:
    s = group_of(groups, sent, subj)
    o = group_of(groups, sent, obj)
    if s is None or o is None or s is o:
        return None
    return s, o, rule


def _child(children: list[Token], labels: set[str]) -> Token | None:
    return next((c for c in children if c.dep_ in labels), None)


def _agent(children: list[Token]) -> Token | None:
    by = _child(children, {"agent"})
    return _child(list(by.children), {"pobj"}) if by is not None else None


def group_of(groups: list[Group], sent: Span, head: Token | None) -> Group | None:
    """The group holding the head word, else the first group inside its phrase ("blockade of IL-6")."""
    if head is None or not sent.start <= head.i < sent.end:
        return None
    for g in groups:
        if g.start <= head.i < g.end:
            return g
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    return next((g for g in groups if lo <= g.start and g.end <= hi), None)

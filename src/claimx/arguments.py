"""Finding a cue's subject and object in a sentence without a trained parser.

The sentence is seen as a row of tokens with entity mentions on it. Mentions joined
only by commas, "and", "or", "/" form a coordinated group; a cue takes the nearest
group on each side inside its clause.
"""

from __future__ import annotations

from claimx.asides import before_aside, contrasted, enclosed_join, reduced_passive
from claimx.coordination import Group
from claimx.states import mutant_of
from claimx.tokview import ARTICLES, SentView, modifier_word
from claimx.treatments import treated_with


BRIDGE = {"such", "as", "including", "e.g.", "i.e.", "like", "namely", ",", "(", "especially", "particularly"}
SKIPPABLE = {"the", "a", "an", "of", "in", "on", "its", "their", "this", "these", "those", "both", "to",
             "levels", "level", "number", "numbers", "amount", "frequency", "proportion", "percentage",
             "expression", "production", "secretion", "infiltration", "activity", "function", "release",
             "significantly", "markedly", "further", "also", "strongly", "greatly", "substantially",
             "dramatically", "directly", "indirectly", "effectively", "potently", "partially", "mainly",
             "highly", "more", "less", "tumor", "tumour", "intratumoral", "local", "systemic", "circulating",
             "infiltrating", "activated", "mature", "immature", "effector", "functional", "peripheral",
             "and", "or", "via", "through", "by", "increased", "decreased", "reduced", "enhanced",
             "elevated", "higher", "lower", "serum", "plasma", "tumor-infiltrating", "-", "cell", "cells",
             "rate", "rates", "density", "concentration", "concentrations", "abundance", "mrna", "protein"}
CLAUSE_STOP = {";", ":", "whereas", "while", "but", "although", "however", "though", "because", "since",
               "unlike", "despite", "if", "when", "after", "before"}
RELATIVE = {"which", "that", "who", "whom"}
COMPLEMENT = {"that", "whether", "which", "who"}
BEFORE_VERB = {"can", "may", "might", "could", "would", "will", "should", "also", "significantly", "further",
               "markedly", "strongly", "thus", "then", "therefore", "often", "largely", "not", "did", "does",
               "do", "potentially", "substantially", "effectively", "directly", "indeed", "both"}
EXAMPLES = {"such", "as", "including", "e.g.", "like", "namely", ",", "(", "particularly", "especially"}
MAX_GAP = 10
LINE_WORDS = {"cell", "cells", "line", "lines"}  # "<disease> cell line, NAME,": the name restates the line
LOCATED = {"in", "into", "within"}  # a mention after these is where something happens, not who acts
NOT_IN_AGENT = {"was", "were", "is", "are", "be", "been"}
# Words that end a noun phrase between two mentions: the later mention is not its name.
NOT_NAMING = {"and", "or", "in", "of", "on", "at", "by", "with", "from", "to", "into", "for", "than", "as", "but",
              "is", "are", "was", "were", "be", "that", "which", "who", "whereas", "while", "via", "through"}


def group_right(groups: list[Group], pos: int, limit: int, sent: SentView) -> Group | None:
    """The first group starting at or after token `pos`, before `limit`, over skippable words."""
    doc = sent.doc
    for g in groups:
        if g.start < pos:
            continue
        if g.start >= limit:
            return None
        gap = [t for t in doc[pos: g.start] if not t.is_space]
        if len(gap) > MAX_GAP or any(t.lower_ in CLAUSE_STOP for t in doc[pos: g.start + 1]):
            return None  # the group's own first word counts: a mention "after treatment" starts a clause
        if any(t.lower_ in COMPLEMENT for t in gap) or _participle_clause(gap):
            return None  # "raises the possibility that altered X ...": X is in another clause
        # A short gap, a gap of skippable words, or a list introduced by "such as"/"including".
        if len(gap) <= 6 or all(t.lower_ in SKIPPABLE or t.lower_ in BRIDGE or not t.is_alpha for t in gap) \
                or {t.lower_ for t in gap} & {"such", "including", "e.g."}:
            return g
        return None
    return None


def _participle_clause(gap: list) -> bool:
    """'X induces acidification, resulting in decreased Y': a comma and an -ing word open a
    participle clause, whose object is not the earlier verb's ('including' opens a list)."""
    return any(a.text == "," and b.is_lower and b.lower_.endswith("ing") and b.lower_ not in EXAMPLES
               for a, b in zip(gap, gap[1:]))


def group_left(groups: list[Group], pos: int, floor: int, sent: SentView) -> Group | None:
    """The nearest group ending at or before token `pos`, not crossing a clause stop or a bare comma."""
    doc = sent.doc
    aside = before_aside(groups, pos, floor, sent, BEFORE_VERB)
    if aside is not None:
        return aside
    best = None
    for g in groups:
        if g.end <= pos and g.start >= floor:
            best = g
    if best is None:
        return None
    gap = [t for t in doc[best.end: pos] if not t.is_space]
    if len(gap) > MAX_GAP + 2 or any(t.lower_ in CLAUSE_STOP for t in gap):
        return None
    if [t.text for t in gap] == [","] and pos + 1 < sent.end \
            and reduced_passive([doc[pos].lower_, doc[pos + 1].lower_, ""]):
        return best  # "granulin, induced by CSF-1, ...": the participle's patient is before the comma
    host = contrasted(groups, best, floor, sent)
    if host is not None and gap and (gap[0].text == "," or _unnamed_items(gap)) and _closes_before_verb(gap):
        return Group(host.members + best.members, host.start, best.end)
    if gap and gap[0].text == "," and _closes_before_verb(gap) and enclosed_join(best, sent):
        return best  # "IL-6, as well as TNF, increased Y": the aside's comma closes the joined group
    if any(t.text == "," for t in gap) and not _relative_between(gap) and not (
            _is_example_list(best, sent) and _closes_before_verb(gap)):
        if gap[0].text == "," and _closes_before_verb(gap):
            return _before_participle(groups, best, floor, sent)
        return None
    return mutant_of(groups, best, sent) or best  # "STAT3-deficient HeLa cells reduced Y": STAT3


def _before_participle(groups: list[Group], g: Group, floor: int, sent: SentView) -> Group | None:
    """'TAMs (...) originating from blood monocytes, are recruited': the comma closes a participle
    phrase holding `g`; the subject is the group the phrase modifies."""
    doc = sent.doc
    head = next((h for h in reversed(groups) if h.end <= g.start and h.start >= floor), None)
    if head is None:
        return None
    words = [t for t in doc[head.end: g.start] if not t.is_space]
    hosted = _host_before_comma(groups, g, head, words, floor, sent)
    if hosted is not None:
        return hosted
    if words and words[0].text == "(":  # a restatement "(TAMs)" the group left out
        close = next((k for k, t in enumerate(words) if t.text == ")"), None)
        words = words[close + 1:] if close is not None else words
    if not words or len(words) > 6 or any(t.text in {",", ";", ":"} or t.lower_ in CLAUSE_STOP for t in words):
        return None
    first = words[0]
    return head if first.is_lower and first.is_alpha and first.lower_.endswith(("ing", "ed")) else None


def _host_before_comma(groups: list[Group], g: Group, head: Group, words: list, floor: int,
                       sent: SentView) -> Group | None:
    """'Expression of X in ovarian cancer cells, significantly inhibited Y', 'X overexpression in a
    representative ESCC cell line, EC9706, increased Y': the comma closes the place where X acts
    (a cell line's name may restate it), and X, before the 'in', is the subject (hosts.host_head)."""
    from claimx.hosts import host_head  # hosts builds on this module

    if len(words) > 1 and words[-1].text == "," and all(t.lower_ in LINE_WORDS for t in words[:-1]):
        g = head  # the name restates "<head> cell line"
    elif not words or words[0].lower_ not in LOCATED or not all(modifier_word(t, CLAUSE_STOP) for t in words[1:]):
        return None
    found = host_head(groups, g, floor, sent)
    if found is None or found is g:
        return None
    other = contrasted(groups, found, floor, sent)  # "X, but not W in ... cells,": both, W negated
    return Group(other.members + found.members, other.start, found.end) if other is not None else found


def _is_example_list(g: Group, sent: SentView) -> bool:
    before = {t.lower_ for t in sent.doc[max(sent.start, g.start - 3): g.start]}
    return bool(before & {"such", "including", "e.g.", "namely"})


def _closes_before_verb(gap: list) -> bool:
    """'Small molecules, such as JAK2 inhibitors, can diminish': only modals and adverbs follow
    the last comma, so it closes an aside and the mention before it is still the subject."""
    last = max(k for k, t in enumerate(gap) if t.text == ",")
    return all(t.lower_ in BEFORE_VERB or (t.is_lower and t.lower_.endswith("ly")) for t in gap[last + 1:])


def _unnamed_items(gap: list) -> bool:
    """'X, but not 5-FU and L-OHP, inhibited Y': coordinated words no lexicon names close the
    contrasted list before its comma."""
    comma = next((k for k, t in enumerate(gap) if t.text == ","), None)
    return comma is not None and 2 <= comma <= 4 and gap[0].lower_ in {"and", "or"} and all(
        t.lower_ not in CLAUSE_STOP and (t.is_alpha or "-" in t.text or t.lower_ in {"and", "or"}) for t in gap[:comma])


def _relative_between(gap: list) -> bool:
    """'X, which is produced by Y, promotes Z': the commas enclose a relative clause."""
    commas = [k for k, t in enumerate(gap) if t.text == ","]
    return len(commas) == 2 and commas[0] + 1 < len(gap) and gap[commas[0] + 1].lower_ in RELATIVE | {"in", "as"}


def first_group(groups: list[Group], floor: int, pos: int) -> Group | None:
    """The sentence's first group before `pos`: the main clause's subject for chains."""
    for g in groups:
        if floor <= g.start and g.end <= pos:
            return g
    return None


def group_close(groups: list[Group], start: int, sent: SentView, words: int) -> Group | None:
    """The first group at or after `start` if at most `words` plain lower-case words come before it."""
    g = next((g for g in groups if g.start >= start), None)
    gap = sent.doc[start: g.start] if g is not None else ()
    return g if g is not None and len(gap) <= words and all(t.is_alpha and t.is_lower for t in gap) else None


def group_after_by(groups: list[Group], pos: int, limit: int, sent: SentView) -> Group | None:
    """The agent of a passive: 'by X' a few tokens after `pos` ('recruited into the liver by X')."""
    doc = sent.doc
    for k in range(pos, min(limit, pos + 6)):
        if doc[k].lower_ == "by":
            if k + 1 < limit and doc[k + 1].lower_.endswith("ing") and doc[k + 1].is_lower:
                return None  # "by increasing Y" is the means, not an agent
            g = group_right(groups, k + 1, limit, sent)
            if g is None or any(t.lower_ in LOCATED or t.lower_ in NOT_IN_AGENT for t in doc[k + 1: g.start]):
                return None  # "induced by the combination in cancer cells": where, not who; "stimulation of
                # Y by adipose tissue was abolished by X": a verb ends the first agent phrase
            return named_head(groups, treated_with(groups, g, k + 1, limit, sent), limit, sent)
        if doc[k].text in {",", ";", ":"} or doc[k].lower_ in CLAUSE_STOP:
            return None
    return None


NAMING_WORDS = 3  # "the p38 inhibitor SB203580", "the cancer chemopreventive agent CLA"


def named_head(groups: list[Group], g: Group, limit: int, sent: SentView) -> Group:
    """The mention a noun phrase names after a modifier mention: 'by the p38 inhibitor SB203580'
    is SB203580, not p38. Only after a determiner, and only singular plain nouns may lie between
    (no participles or verbs: 'the IL-6 treated cells', 'the TAMs recruits')."""
    doc = sent.doc
    if g.start - 1 < sent.start or doc[g.start - 1].lower_ not in ARTICLES:
        return g  # "by macrophages recruits Tregs": without a determiner, a verb may follow
    k = g.end
    while k < limit and k - g.end < NAMING_WORDS and doc[k].is_alpha and doc[k].is_lower \
            and not doc[k].lower_.endswith(("ing", "ed", "s")) and doc[k].lower_ not in NOT_NAMING:
        k += 1
    if k == g.end:
        return g
    if doc[k].text == "," and k + 1 < limit:  # "by the tumor suppressor gene, p53, and ...": the name after a comma
        named = next((h for h in groups if h.start == k + 1 and len(h.members) == 1), None)
        if named is not None and (named.end >= limit or doc[named.end].text in {",", ".", ";"}):
            return named
    return next((h for h in groups if h.start == k), g)


def examples_of(groups: list[Group], g: Group, sent: SentView) -> Group:
    """'cytokines such as TNF-α, IFN-γ and IL-12': the claim is about the listed members."""
    doc = sent.doc
    k = g.end
    words = []
    while k < sent.end and (doc[k].is_space or doc[k].lower_ in EXAMPLES):
        words.append(doc[k].lower_)
        k += 1
    listed = words == ["("] and doc[g.end - 1].is_lower  # "chemokines (CXCL1 and CXCL2)": a class, then its list
    if not ({"such", "including", "e.g.", "namely"} & set(words)) and not listed:
        return g
    h = next((h for h in groups if h.start == k), None)
    if h is None or listed and (len(h.members) < 2 or h.end >= sent.end or doc[h.end].text != ")"):
        return g
    # "IL-6 and growth factors such as VEGF": the examples stand for the last member only
    return Group(g.members[:-1] + h.members, g.start, h.end) if len(g.members) > 1 else h

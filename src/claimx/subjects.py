"""Where a verb's subject or patient lies when it is not the nearest mention: a pronoun, an
expletive 'It is ... that', a list of patients over process nouns, a 'whose' relative.

Helpers of the argument search (parts.py) and of the response and temporal rules.
"""

from __future__ import annotations

from claimx.arguments import BEFORE_VERB, Group
from claimx.clauses import ADVERBS
from claimx.tokview import SentView

PRONOUNS = {"it", "they"}  # "VEGF is an activator of angiogenesis as it promotes Y"
LISTED_PROCESSES = 2  # process nouns after a listed patient: "cyclin A protein levels"
EXPLETIVE_LINKS = {"is", "was", "has", "had", "been"}  # "It has been widely accepted that"
SUBJECT_START = 3  # words before the sentence's subject mention: "The", "Bovine", "Recombinant human"


def pronoun_subject(sent: SentView, groups: list[Group], i: int) -> Group | None:
    """'VEGF is a potent activator of angiogenesis as it promotes Y', 'E1A proteins stimulate X; however,
    they also cause Y': a pronoun right before the verb at i (modals and adverbs between) is the
    sentence's subject mention, when one opens the sentence."""
    k = i - 1
    while k > sent.start and (sent.doc[k].lower_ in BEFORE_VERB or sent.doc[k].lower_ in ADVERBS):
        k -= 1
    if k <= sent.start or sent.doc[k].lower_ not in PRONOUNS:
        return None
    first = next((g for g in groups if g.start < k), None)
    if first is None or first.start - sent.start > SUBJECT_START \
            or not all(t.is_alpha for t in sent.doc[sent.start: first.start]):
        return None
    return first


def left_chain(groups: list[Group], g: Group, floor: int, sent: SentView, processes) -> Group:
    """`g` joined with the groups listed before it over process nouns: 'IL-6 secretion, IL-8 levels and
    TNF-α expression were reduced by X', 'CDK2 activity, p107 and cyclin A levels, and Rb
    phosphorylation are reduced in response to X' (the patients of a passive or response verb)."""
    doc = sent.doc
    ends = {h.end: h for h in groups}
    members, first = list(g.members), g
    while True:
        k = first.start - 1
        if k <= floor or doc[k].lower_ not in {"and", "or", ","}:
            break
        if doc[k].lower_ in {"and", "or"} and doc[k - 1].text == ",":
            k -= 1  # ", and"
        k -= 1
        words = 0
        while k > floor and doc[k].lower_ in processes and words < LISTED_PROCESSES:
            k -= 1
            words += 1
        prev = ends.get(k + 1)
        if prev is None or prev.start < floor or (words == 0 and doc[first.start - 1].text == ","):
            break  # "IL-6, IL-8" with nothing between is one group already; a bare comma may close an aside
        members[:0] = prev.members
        first = prev
    return g if first is g else Group(tuple(members), first.start, g.end)


def past_expletive(sent: SentView, floor: int) -> int:
    """'It is concluded that X inhibits Y through ...': the index after 'that' when the clause opens
    with an expletive 'It is/was/has been (adverbs) <participle> that', else `floor` (the 'It' names
    nothing)."""
    doc = sent.doc
    k = floor
    while k < sent.end and doc[k].is_space:
        k += 1
    if k >= sent.end or doc[k].lower_ != "it":
        return floor
    j = k + 1
    while j < sent.end and (doc[j].lower_ in EXPLETIVE_LINKS or doc[j].lower_.endswith("ly")) and j - k <= 4:
        j += 1  # "It has been widely accepted that"
    if j == k + 1 or j + 1 >= sent.end or not doc[j].lower_.endswith(("ed", "wn")) or doc[j + 1].lower_ != "that":
        return floor
    return j + 2


def whose_antecedent(sent: SentView, groups: list[Group], i: int, processes) -> Group | None:
    """'Bim, whose expression was further enhanced by E1A': the mention before 'whose', when 'whose'
    and process nouns only stand between it and the auxiliary at i."""
    doc = sent.doc
    k = i - 1
    while k > sent.start and doc[k].lower_ in processes:
        k -= 1
    if k <= sent.start or doc[k].lower_ != "whose":
        return None
    k -= 1 if doc[k - 1].text == "," else 0
    return next((g for g in groups if g.end == k), None)

"""A mention inside the by-phrase of a noun before the verb is that noun's agent, not the verb's subject.

"Enforced induction of p38 by upstream activators (e.g. MKK3 and MKK6) enhanced Y", "Elevated VEGF
secretion by malignant cells enhanced Y", "suppression of WT1 expression by WT1 anti-sense
oligonucleotide inhibits Y": the verb's subject is the nominal before 'by', whose mention (p38,
VEGF, WT1) stands for it, with the operator the nominal gives (Modifiers.operator reads it); past
a participle too ("BHK cells transformed by Rous sarcoma virus release growth factors": the cells).
When no mention ends the phrase before 'by' ("the invasion of the uterus by EVT cells depends on
mechanisms shared by malignant cells ...") the verb has no subject among the mentions. Left alone:
'by' with an 'of' after it ("explained by the failure of TGFbeta to upregulate Y": the bearer acts)
and an infinitive cue ("the pathway utilized by X to induce Y", parts.py). `clauses.past_reduced_agent`
reads the participle form with the agent right after 'by' ("CCL22 secreted by macrophages recruits
Y") before this does. A mention a few words after 'after', 'before', 'following', 'during' or 'upon'
is a time, not the subject either ("injections of 2G7 starting 1 d after inoculation of tumor cells
suppressed Y", "upregulation of an angiogenesis inhibitor during multistep tumorigenesis and
enhanced TSP-2 expression"). A mention after a participle and 'on', 'in', 'from' is where the head
was put ("Adipose tissue layered on CAM stimulated Y": the tissue).
"""

from __future__ import annotations

from claimx.arguments import CLAUSE_STOP, RELATIVE, Group
from claimx.phrases import STOP as FUNCTION_WORDS
from claimx.tokview import ARTICLES, SentView, modifier_word, opening_parens
from claimx.treatments import load_treatments

LEAD = 5  # tokens from 'by' to the mention: "by upstream activators (e.g. MKK3"
PAREN_REACH = 6  # tokens back from a ')' to its '(': "(VEGF)"
NOUN_WORDS = 2  # lower-case words between the nominal's mention and 'by': "VEGF secretion by"
STOPS = CLAUSE_STOP | RELATIVE | {",", "."}
PLACES = {"on", "onto", "in", "into", "from"}  # after a participle: where the head was put or grown
TEMPORAL = {"after", "before", "following", "during", "upon"}  # a mention in their phrase is a time


def by_phrase_head(groups: list[Group], sent: SentView, g: Group, floor: int) -> Group | None:
    """The group the verb's subject stands for when `g` is inside a by-phrase (see the module
    docstring): the mention ending the noun phrase before 'by', None without one; `g` itself when
    no 'by' opens the words before it or a treatment noun is before 'by'; None when `g` is in a time
    phrase; the head a participle placed `g` beside ("layered on CAM")."""
    doc = sent.doc
    k = g.start - 1
    if _in_time(sent, g):
        return None  # "injections of 2G7 starting 1 d after inoculation of tumor cells suppressed Y"
    placed = _placed_head(groups, sent, g, floor)
    if placed is not None:
        return placed  # "Adipose tissue layered on CAM stimulated Y": the tissue
    while k > floor and g.start - k <= LEAD and doc[k].lower_ != "by" and doc[k].lower_ not in STOPS:
        k -= 1
    if k <= floor or g.start - k > LEAD or doc[k].lower_ != "by" or any(t.lower_ == "of" for t in doc[k + 1: g.start]):
        return g  # "explained by the failure of TGFbeta to upregulate Y": the noun's bearer is the verb's
    if doc[k - 1].lower_ in load_treatments()[0]:
        return g  # "Stimulation by VEGF increased Y": the treatment names its agent, the verb's subject
    end = k  # back over the noun phrase's lower-case words ('secretion', 'recently transformed'), not a
    # function word or auxiliary ('was explained by')
    while end - 1 > floor and k - end < NOUN_WORDS and modifier_word(doc[end - 1], FUNCTION_WORDS, ()) \
            and not any(h.start <= end - 1 < h.end for h in groups):
        end -= 1
    ends = {end}
    if doc[end - 1].text == ")":  # "vascular endothelial growth factor (VEGF) secretion by": the long form too
        ends |= set(opening_parens(doc, end, floor, PAREN_REACH))
    return next((h for h in reversed(groups) if h.end in ends and h.start >= floor), None)


def _in_time(sent: SentView, g: Group) -> bool:
    """True when a temporal word opens the few words before `g` (the clause floor may stand right
    after it, as 'after' also ends a clause)."""
    doc = sent.doc
    for j in range(g.start - 1, max(sent.start, g.start - LEAD) - 1, -1):
        low = doc[j].lower_
        if low in TEMPORAL:
            # a time phrase opening the sentence or clause sets when the clause's subject acts
            # ("After 24 h TNF increased Y"); inside a noun phrase it names an event ("starting 1 d
            # after inoculation of tumor cells suppressed Y")
            return j > sent.start and doc[j - 1].lower_ not in STOPS
        if low == "by" or low in STOPS:
            return False
    return False


def _placed_head(groups: list[Group], sent: SentView, g: Group, floor: int) -> Group | None:
    """'<head> <participle> on|onto|in|into|from <g> VERB': the mention the participle follows (the
    tissue 'layered on CAM', cells 'grown in X'), else None. A treatment participle ('treated with
    X') is left to treatments.py, whose agent X is."""
    doc = sent.doc
    k = g.start - 1
    while k > floor and g.start - k <= 2 and doc[k].lower_ in ARTICLES:
        k -= 1
    if k - 2 < floor or doc[k].lower_ not in PLACES:
        return None
    verb = doc[k - 1]
    if not (verb.is_lower and verb.is_alpha and verb.lower_.endswith(("ed", "wn"))) or verb.lower_ in load_treatments()[1]:
        return None
    return next((h for h in reversed(groups) if h.end == k - 1 and h.start >= floor), None)

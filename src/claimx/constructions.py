"""Claim constructions without a transitive verb: suffix, temporal cause, predicative dependence, appositive.

- suffix:      "TGF-β-induced Tregs", "VEGF-induced phosphorylation of KDR": a hyphen suffix cue.
- temporal:    "CCL2 was diminished after irradiation", "After RFA, Tregs decreased": a directional
               word with its changed mention on the subject side, no agent and no object, and a
               therapy or agent mention in an "after/following/upon/post" phrase of the clause.
- predicative: "the recruitment of MDSCs was TNFR2-dependent": a hyphen suffix cue after a form
               of "be"; the subject noun phrase is the object.
- appositive:  "TGF-β, a major driver of Y", "X is a potent inhibitor of Y", "X has been reported to
               be an inhibitor of Y", "the function of X as a repressor of Y": an agent noun, or an
               undirected one with a polarity word ("a negative regulator of Y", polar.py).

Each finder yields Construction records; claims.py emits them like its other rules.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span

from claimx.arguments import CLAUSE_STOP, Group, group_after_by, group_left, group_right
from claimx.clauses import ADVERBS, BE, DETERMINERS, aux_before, clause_floor
from claimx.cues import Cue, CueSet, suffix_frames, suffix_head
from claimx.hosts import appositive_head
from claimx.located_patients import located_patient
from claimx.objects import past_suffixed, suffix_object
from claimx.polar import polar_cue
from claimx.subjects import left_chain
from claimx.tokview import SentView
from claimx.treated_causes import reagent_target, when_treated

TEMPORAL = {"after", "following", "upon", "post"}
CAUSE_LABELS = {"therapy", "agent"}  # a time ("after 24 h") or a disease is not a cause
TEMPORAL_WINDOW = 8   # tokens from the cue to "after"
CAUSE_WINDOW = 5      # tokens from "after" to the cause mention ("following liver metastasis radiotherapy")
APPOSITIVE_MODIFIERS = 3
BRACKET_REACH = 12  # tokens of a bracketed name after the subject
LINK_WORDS = 6  # "has been previously reported to be": words between X and "an inhibitor of Y"
# "a major driver", "a potent and selective inhibitor"; "X is known to be an inhibitor of Y"
LINKS = {"has", "have", "had", "to", "also", "been", "thus", "therefore", "not", "as",
         "known", "shown", "thought", "proven", "seen"}
# Where the subject noun phrase of "... was X-dependent" starts, scanning leftwards.
NP_START = {"that", "whether", "which", "who", ",", ";", ":", "("} | CLAUSE_STOP
# Set expressions the per-token tests below would otherwise rebuild at every token.
ATTRIBUTIVE_BEFORE = DETERMINERS | {"of", "with", "in"}
BE_NOT_GET = BE - {"get", "gets", "got"}
LINKING = BE | LINKS
APPOSITION = BE | {"as", "has", "have", "had"}
STEP_LINKS = ("of", "for", "in")


@dataclass(frozen=True)
class Construction:
    subj: Group
    obj: Group
    rule: str
    cue: Cue
    cue_i: int
    neg_from: Group  # the group after which a negation counts ("CCL2 was not reduced")


def _single(ents: list[Span], k: int) -> Group:
    return Group((k,), ents[k].start, ents[k].end)


def temporal(sent: SentView, ents: list[Span], groups: list[Group], cues: CueSet,
             done: set[int]) -> list[Construction]:
    """'IL-6 levels increased after TACE': TACE -> IL-6, at cue words that made no claim."""
    doc = sent.doc
    words, changes = cues.words, cues.changes
    # Most sentences hold no such word: the mention tokens and a fronted cause are worked out only for those that do.
    found = [tok for tok in sent.marked if (tok.lower_ in words or tok.lower_ in changes) and tok.i not in done]
    if not found:
        return []
    inside = {i for e in ents for i in range(e.start, e.end)}
    fronted = _fronted_cause(sent, ents)
    out = []
    for tok in found:
        if tok.i in inside:
            continue
        cue = next((c for c in cues.words.get(tok.lower_, ()) if c.kind == "adj"
                    or (c.kind == "verb" and c.form in ("ed", "s", "base"))), None) or cues.changes.get(tok.lower_)
        if cue is None or cue.form == "ing":
            continue
        floor = clause_floor(sent, tok.i)
        aux = aux_before(sent, tok.i)
        if aux is None and tok.i > sent.start and doc[tok.i - 1].lower_ in ATTRIBUTIVE_BEFORE:
            continue  # "the increased IL-6": attributive, not a predicate
        changed = group_left(groups, aux if aux is not None else tok.i, floor, sent)
        if changed is None or group_after_by(groups, tok.i + 1, sent.end, sent) is not None:
            continue  # nothing changed, or a passive with its own agent
        changed = left_chain(groups, changed, floor, sent, cues.processes)  # "IL-6 levels and IL-8 secretion rose after X"
        changed = located_patient(groups, changed, floor, sent, cues.processes)  # "expression of X in Y cells"
        cause = _cause_after(sent, ents, tok.i)
        if cause is None:  # "Y was reduced when mice were treated with X" (treated_causes.py)
            treated = when_treated(sent, tok.i)
            cause = _cause_from(sent, ents, treated) if treated is not None else None
        cause = reagent_target(sent, ents, cause, cues.operators)  # "oligonucleotides targeting X": X
        if cause is None and fronted is not None and fronted[1] < floor:
            cause = fronted[0]
        if cause is None:
            continue
        if cue.kind in ("verb", "change") and aux is None:
            obj = group_right(groups, tok.i + 1, sent.end, sent)
            if obj is not None and obj.start < ents[cause].start and cue.kind == "verb":
                continue  # "After X, Y increased Z": Y is the agent, no temporal claim
        out.append(Construction(_single(ents, cause), changed, "temporal", cue, tok.i, changed))
    return out


def _cause_after(sent: SentView, ents: list[Span], i: int) -> int | None:
    """The therapy or agent mention in an 'after/following X' phrase a few words after token i."""
    doc = sent.doc
    for k in range(i + 1, min(sent.end, i + 1 + TEMPORAL_WINDOW)):
        t = doc[k]
        if t.text in {",", ";", ":"} or (t.lower_ in CLAUSE_STOP and t.lower_ not in TEMPORAL):
            return None
        if t.lower_ in TEMPORAL:
            return _cause_from(sent, ents, k)  # inclusive: a mention may be "after treatment"
    return None


def _cause_from(sent: SentView, ents: list[Span], k: int) -> int | None:
    doc = sent.doc
    nxt = k + 1
    while nxt < sent.end and (doc[nxt].text == "-" or doc[nxt].is_space):
        nxt += 1
    if nxt < sent.end and doc[nxt].like_num:
        return None  # "after 24 h", "following 3 days of treatment": a time
    for j, e in enumerate(ents):
        if k <= e.start <= k + CAUSE_WINDOW and e.end <= sent.end:
            if any(t.text in {",", ";"} for t in doc[k: e.start]):
                return None
            if e.label_ in CAUSE_LABELS:
                return j
    return None


def _fronted_cause(sent: SentView, ents: list[Span]) -> tuple[int, int] | None:
    """'After RFA, ...': (the cause mention, the comma closing the phrase), else None."""
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.lower_ not in TEMPORAL:
        return None  # tested before listing the words: few sentences open with "after"
    words = [t for t in sent if not t.is_space]
    comma = next((t.i for t in words if t.text == ","), None)
    if comma is None:
        return None
    cause = _cause_from(sent, [e for e in ents if e.end <= comma], words[0].i)
    return (cause, comma) if cause is not None else None


def suffix_claim(sent: SentView, groups: list[Group], cues: CueSet, hyphen: int, cue: Cue) -> Construction | None:
    """'TGF-β-induced Tregs', 'VEGF-induced phosphorylation of KDR' (rule suffix), else the
    predicative 'the recruitment of MDSCs was TNFR2-dependent'; None at 'X-mediated suppression
    of Y', where the noun cue carries the claim."""
    glued = sent.doc[hyphen].text == "-"  # else `hyphen` is the subject's last word: "p75 mediated apoptosis"
    subj = next((g for g in groups if g.end == (hyphen if glued else hyphen + 1)), None)
    if subj is None and glued and hyphen - 1 > sent.start:
        subj = _agent_before(sent, groups, hyphen - 1)
    nxt = hyphen + 2
    if subj is None or (nxt < sent.end and cues.words.get(sent.doc[nxt].lower_)):
        return None
    if nxt < sent.end and sent.doc[nxt].lower_ in suffix_frames():
        return None  # "in a p53-dependent manner": how, not what changed
    obj = next((g for g in groups if g.start == nxt), None)
    if obj is not None:
        obj = past_suffixed(groups, obj, sent.end, sent, cues)  # "E1A-induced p53-dependent apoptosis"
        if obj is None:
            return None
    if cue.reverse:  # "MDSC-inducing cytokines": the cytokines induce the MDSCs
        return Construction(obj, subj, "suffix", cue, hyphen, obj) if obj is not None and glued else None
    pred = predicative(sent, groups, cues, hyphen) if obj is None and glued else None
    obj = suffix_object(groups, sent, nxt, cues) if obj is None and pred is None else obj
    if obj is None:
        return pred
    after = sent.doc[obj.end] if obj.end < sent.end else None
    nouns = [c for c in cues.words.get(after.lower_, ()) if c.kind == "noun"] if after else []
    if nouns and cue.predicate == "increases":
        cue = nouns[0]  # "IL-12-dependent tumor inhibition": the noun gives the direction
    elif cue.predicate == "increases" and nxt < obj.start and _blocking(sent, nxt, cues):
        cue = replace(cue, predicate="decreases")  # "morpholino-mediated knockdown of integrin alpha2"
    return Construction(subj, obj, "suffix", cue, hyphen, subj)


def _blocking(sent: SentView, k: int, cues: CueSet) -> bool:
    """True when the word at k, right after a suffix cue, is an inhibition operator before its
    target ('knockdown of', 'silencing of'): the agent takes the target down."""
    doc = sent.doc
    word = doc[k].lower_
    two = (word, doc[k + 1].lower_) if k + 1 < sent.end else (word,)
    return cues.operators.get(("before", two)) == "inhibition" or cues.operators.get(("before", (word,))) == "inhibition"


def _agent_before(sent: SentView, groups: list[Group], k: int) -> Group | None:
    """The agent of a suffix cue whose hyphen follows token k that no mention ends: a restated
    abbreviation ('azoxymethane (AOM)-induced tumors': the long form) or a generic head noun
    ('PLAG1 proto-oncogene-induced tumorigenesis', 'the A3 receptor-stimulated migration')."""
    return next((g for g in groups if g.end == k), None) if suffix_head(sent.doc[k]) else None


def predicative(sent: SentView, groups: list[Group], cues: CueSet, hyphen: int) -> Construction | None:
    """'the recruitment of MDSCs into the liver was TNFR2-dependent': TNFR2 -> MDSCs."""
    doc = sent.doc
    cue = cues.suffixes.get(doc[hyphen + 1].lower_) if hyphen + 1 < sent.end else None
    agent = next((g for g in groups if g.end == hyphen), None)
    if cue is None or agent is None:
        return None
    k = agent.start - 1
    while k >= sent.start and (doc[k].lower_ in ADVERBS or doc[k].is_space):
        k -= 1
    if k < sent.start or doc[k].lower_ not in BE_NOT_GET:
        return None
    be = k
    start = be
    while start - 1 >= sent.start and doc[start - 1].lower_ not in NP_START and be - start < 15:
        start -= 1
    subject = [g for g in groups if start <= g.start and g.end <= be]
    if not subject:
        return None
    head = subject[0]
    if len(subject) > 1 and doc[head.end].lower_ == "of" and subject[1].start == head.end + 1:
        head = subject[1]  # "the recruitment of MDSCs": the cells, with their process
    return Construction(agent, head, "predicative", cue, hyphen, head)


def _linking(t) -> bool:
    """A word between a mention and its predicate noun: 'has been previously reported to be'."""
    return t.lower_ in LINKING or (t.is_lower and t.is_alpha and t.lower_.endswith(("ed", "ly")))


def _past_bracket(sent: SentView, k: int) -> int:
    """The index after a bracketed name or restatement opening at k ('[alpha-(N-phthalimido)-glutarimide]'),
    else k."""
    doc = sent.doc
    if k >= sent.end or doc[k].text not in {"[", "("}:
        return k
    close = "]" if doc[k].text == "[" else ")"
    return next((j + 1 for j in range(k + 1, min(sent.end, k + 1 + BRACKET_REACH)) if doc[j].text == close), k)


def appositive(sent: SentView, groups: list[Group], cues: CueSet) -> list[Construction]:
    """'TGF-β, a major driver of Y', 'X is a potent inhibitor of Y': X -> Y."""
    doc = sent.doc
    out = []
    for g in groups:
        k = _past_bracket(sent, g.end)  # "Thalidomide [alpha-(N-phthalimido)-glutarimide] is known to be ..."
        if k >= sent.end or not (doc[k].text == "," or doc[k].lower_ in APPOSITION):
            continue
        k += 1
        while k < sent.end and k - g.end <= LINK_WORDS and _linking(doc[k]):
            k += 1  # "X has been previously reported to be an inhibitor of Y"
        if k >= sent.end or doc[k].lower_ not in {"a", "an", "the"}:
            continue
        for j in range(k + 1, min(sent.end, k + 2 + APPOSITIVE_MODIFIERS)):
            t = doc[j]
            cue = cues.agents.get(t.lower_) or polar_cue(doc, k + 1, j)  # "a negative regulator of Y"
            if cue is not None:
                links = STEP_LINKS if cue.kind == "step" else ("of",)  # "a critical process in Y"
                if j + 1 < sent.end and doc[j + 1].lower_ in links:
                    limit = next((t.i for t in doc[j + 2: sent.end] if t.text in {",", ";"}), sent.end)
                    obj = group_right(groups, j + 2, limit, sent)
                    if obj is not None:  # "Autotaxin, an exo-nucleotide phosphodiesterase, is a stimulator of Y"
                        name = appositive_head(groups, g, sent.start, sent)
                        out.append(Construction(name, obj, "appositive", cue, j, name))
                break
            if not t.is_alpha or any(h.start <= j < h.end for h in groups):
                break  # a mention or punctuation: not a run of adjectives
    return out

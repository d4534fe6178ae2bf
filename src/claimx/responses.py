"""Claims whose cause is named in a response phrase: "Y rose in response to X",
"Y chemotaxis in response to VEGF", "Y was reduced after stimulation with X", "Y was enhanced upon
addition of X", "Y were inhibited when treated with X".

The cause is the mention right after the phrase; what responds is the clause's changed
mention (before a directional word of the clause, which gives the direction) or, without
such a word, the mention just before the phrase, which then increases ("cells migrated in
response to VEGF"). An active verb with its own subject ("A inhibits B chemotaxis in response
to VEGF") leaves its object as what responds, increased by the cause.
"""

from __future__ import annotations

from claimx.arguments import Group, group_left, group_right
from claimx.clauses import aux_before, clause_floor
from claimx.constructions import Construction
from claimx.cues import Cue, CueSet
from claimx.subjects import left_chain
from claimx.tokview import SentView
from claimx.treatments import load_treatments

RESPONSE = ("in", "response", "to")
# "after stimulation with X", "upon treatment with X": a treatment noun (treatments.py) between the
# time word and "with"; "when treated with X": a participle of treatment after "when"
TIME_WORDS = {"after", "upon", "following"}
NEAR = 3  # words between what responds and the phrase, without a directional word: "HUVEC chemotaxis in"
FIRST_WORDS = {RESPONSE[0], "when"} | TIME_WORDS
CAUSE_GAP = 4  # plain words before the cause: "to the addition of exogenous SPARC"
NOT_CAUSES = {"disease", "species"}
UP = Cue("in response to", "increases", "noun", "noun")


def responses(sent: SentView, ents, groups: list[Group], cues: CueSet, toks) -> list[Construction]:
    doc = sent.doc
    out = []
    for tok in toks:
        if tok.lower_ not in FIRST_WORDS:
            continue  # most words start no phrase: skip the window test
        after = _phrase_end(sent, tok.i)
        if after is None:
            continue
        cause = _cause(sent, ents, groups, after)
        if cause is None:
            continue
        floor = clause_floor(sent, tok.i)
        cue_i = next((k for k in range(tok.i - 1, floor - 1, -1) if _directional(doc[k], cues)), None)
        if cue_i is None:
            target, cue = group_left(groups, tok.i, floor, sent), UP
            if target is not None and (tok.i - target.end > NEAR or any(t.lower_ == "by" for t in doc[target.end: tok.i])):
                target = None  # "mediated failure by doubling their number in response to X": too far to respond
        else:
            cue = _directional(doc[cue_i], cues)
            aux = aux_before(sent, cue_i)
            own = group_right(groups, cue_i + 1, tok.i, sent) if cue.kind == "verb" and aux is None else None
            if own is not None:
                target, cue = own, UP  # "A inhibited B migration in response to X": the verb has its own agent
            else:
                target = group_left(groups, aux if aux is not None else cue_i, floor, sent)
                if target is not None and aux is not None:  # "A activity, B levels and C are reduced in response to X"
                    target = left_chain(groups, target, floor, sent, cues.processes)
        if target is not None and target is not cause:
            out.append(Construction(cause, target, "temporal", cue, tok.i, cause))
    return out


def _phrase_end(sent: SentView, i: int) -> int | None:
    """Index just past 'in response to' or 'after stimulation with' starting at i, else None."""
    doc = sent.doc
    words = [doc[k].lower_ for k in range(i, min(sent.end, i + 3))]
    if tuple(words) == RESPONSE:
        return i + 3
    treatments, treated = load_treatments()
    if len(words) == 3 and words[0] in TIME_WORDS and words[1] in treatments and words[2] in {"with", "by", "to", "of"}:
        return i + 3  # "after stimulation with X", "upon addition of X"
    if len(words) == 3 and words[0] == "when" and words[1] in treated and words[2] in {"with", "to"}:
        return i + 3  # "Y were inhibited when treated with X"
    return None


def _cause(sent: SentView, ents, groups: list[Group], start: int) -> Group | None:
    doc = sent.doc
    for g in groups:
        if g.start < start:
            continue
        gap = doc[start: g.start]
        if len(gap) > CAUSE_GAP or not all(t.is_alpha and t.is_lower for t in gap):
            return None
        return None if any(ents[m].label_ in NOT_CAUSES for m in g.members) else g
    return None


def _directional(t, cues: CueSet) -> Cue | None:
    """A verb, adjective or change word that gives the response its direction."""
    found = [c for c in cues.words.get(t.lower_, ()) if c.kind in ("verb", "adj")]
    return found[0] if found else cues.changes.get(t.lower_)

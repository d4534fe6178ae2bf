"""Claims carried by a noun phrase rather than a verb: agent nominals and role nouns.

- agent nominal:  "IL-12 inhibition of endothelial cells" (the mention before a noun cue
                  followed by "of" is its agent), "MKK inhibition by LeTx" (the mention
                  before the noun is what it acts on, the "by" mention the agent);
- role compound:  "the angiogenesis inhibitor thrombospondin-2", "the tumour suppressor
                  protein ING4" (a role noun between what it acts on and the named agent),
                  and "ARF acts as a tumor suppressor", "TEL, a putative tumor suppressor",
                  "X is a potent angiogenesis inhibitor" (the agent named before).

The noun cues are those of lexicons/cues/directions.tsv (kind noun), the role nouns its
agent nouns, the words around them lexicons/cues/role_nouns.tsv; claims.py emits the
Construction records like its other rules.
"""

from __future__ import annotations

import functools
from pathlib import Path

from claimx.clauses import BE
from claimx.constructions import Construction
from claimx.coordination import Group
from claimx.cues import CueSet, cues_dir, words_by_kind
from claimx.tokview import ARTICLES, SentView

POSSESSIVE = {"'s", "’s"}
ROLE_KINDS = ("head", "verb")
ROLE_ADJECTIVES = 3  # "a putative, potent tumor suppressor" reads leftwards over this many words
CLOSE = 3  # plain words between a nominal cue's 'of'/'by' and its mention: "of the activated X"
ROLE_LINKS = BE | {"been", "to", "also", "may", "can", "could"}  # built once, not per token
PREPOSITIONS = {"of", "in", "on", "at", "by", "with", "from", "to", "for", "into", "than", "and", "or"}


@functools.lru_cache(maxsize=4)
def load_role_nouns(directory: Path | None = None) -> dict[str, frozenset[str]]:
    """role_nouns.tsv by kind: 'head' nouns after a role noun, 'verb's before 'as a <role noun>'."""
    return words_by_kind((directory or cues_dir()) / "role_nouns.tsv", ROLE_KINDS, column="form")


def start_words(cues: CueSet) -> frozenset[str]:
    """The words the constructions here start from (noun cues and role nouns), for a caller's gate."""
    return frozenset(w for w, cs in cues.words.items() if any(c.kind == "noun" for c in cs)) | frozenset(cues.agents)


def agent_nominals(sent: SentView, ents, groups: list[Group], cues: CueSet, done: set[int],
                   toks) -> list[Construction]:
    """'X inhibition of Y' and 'Y inhibition by X', at noun cues that made no claim (`done`).

    `toks`: the sentence's candidate tokens (its marked words)."""
    doc = sent.doc
    ends = {g.end: g for g in groups}
    out = []
    for tok in toks:
        if tok.lower_ not in cues.words or tok.i in done or tok.i + 1 >= sent.end:
            continue
        cue = next((c for c in cues.words.get(tok.lower_, ()) if c.kind == "noun"), None)
        if cue is None:
            continue
        nxt = doc[tok.i + 1].lower_
        if nxt == "of":
            agent = ends.get(tok.i) or (ends.get(tok.i - 1) if doc[tok.i - 1].lower_ in POSSESSIVE else None)
            obj = _close_group(groups, tok.i + 2, sent) if agent else None
            if agent is not None and obj is not None and not _object_of(sent, agent) and not _processes(ents, agent):
                out.append(Construction(agent, obj, "nominal", cue, tok.i, agent))
        elif nxt == "by":
            target = ends.get(tok.i) or (ends.get(tok.i - 1) if doc[tok.i - 1].lower_ in cues.processes else None)
            agent = _close_group(groups, tok.i + 2, sent) if target else None
            if target is not None and agent is not None:
                out.append(Construction(agent, target, "nominal", cue, tok.i, agent))
    return out


def _processes(ents, g: Group) -> bool:
    """'the cell growth inhibition of X': a process before the noun is what is inhibited, no agent."""
    return all(ents[m].label_ == "process" for m in g.members)


def _object_of(sent: SentView, g: Group) -> bool:
    """'the release of IL-6 inhibition of Y' is garbled; 'inhibition of X' before X marks X as a
    target, so X is no agent of the noun after it."""
    k = g.start - 1
    while k >= sent.start and sent.doc[k].lower_ in ARTICLES:
        k -= 1
    return k >= sent.start and sent.doc[k].lower_ in {"of", "by", "with"}


def _close_group(groups: list[Group], start: int, sent: SentView) -> Group | None:
    """The group starting within CLOSE plain words of `start` ('of the activated Galpha12'):
    a noun phrase no lexicon knows ('by neutral detergents in 3T3 cells') is not skipped."""
    doc = sent.doc
    for g in groups:
        if g.start < start:
            continue
        gap = doc[start: g.start]
        if len(gap) <= CLOSE and all(t.is_alpha and t.lower_ not in PREPOSITIONS and not t.lower_.endswith("ing")
                                     for t in gap):  # "by eliciting a response": a means, not an agent
            return g
        return None
    return None


def role_compounds(sent: SentView, ents, groups: list[Group], cues: CueSet, toks) -> list[Construction]:
    """'the angiogenesis inhibitor TSP-2', 'ARF acts as a tumor suppressor': agent -> target."""
    doc = sent.doc
    ends = {g.end: g for g in groups}
    starts = {g.start: g for g in groups}
    out = []
    for tok in toks:
        cue = cues.agents.get(tok.lower_)
        if cue is None or any(c.kind == "verb" for c in cues.words.get(tok.lower_, ())):
            continue  # "tumor cells trigger metastasis": a verb, not a role noun
        target = ends.get(tok.i)
        if target is None or (cue.predicate == "decreases" and all(ents[m].label_ == "disease" for m in target.members)):
            continue  # "the tumor suppressor ARF" names a gene class, not a claim about tumours
        k = tok.i + 1
        if k < sent.end and doc[k].lower_ in load_role_nouns()["head"]:
            k += 1
        agent = starts.get(k) or _named_before(sent, target, ends)
        if agent is not None and agent is not target:
            out.append(Construction(agent, target, "appositive", cue, tok.i, agent))
    return out


def _named_before(sent: SentView, target: Group, ends: dict[int, Group]) -> Group | None:
    """The agent of 'X is a potent Y inhibitor', 'X, a putative Y suppressor', 'X acts as a Y suppressor'."""
    doc = sent.doc
    k = target.start - 1
    adjectives = 0
    while k > sent.start and doc[k].is_alpha and doc[k].is_lower and doc[k].lower_ not in {"a", "an", "the"} \
            and adjectives < ROLE_ADJECTIVES:
        k -= 1
        adjectives += 1
    if k <= sent.start or doc[k].lower_ not in {"a", "an", "the"}:
        return None
    k -= 1
    link = doc[k].lower_
    if link == "as" and k - 1 > sent.start and doc[k - 1].lower_ in load_role_nouns()["verb"]:
        k -= 1
        while k - 1 > sent.start and doc[k - 1].lower_ in ROLE_LINKS:
            k -= 1
    elif link not in BE and link != ",":
        return None
    return ends.get(k)

"""Directed effect phrases: 'the inhibitory effects of EPOX on ERK', 'a stimulatory effect of GM-CSF
and IL-3 on ara-C', 'X exerts a direct inhibitory action on VEGF secretion'.

An adjective of direction before an effect noun, then 'of X' (the agent) and 'on Y' (what changes).
Without 'of X' the agent is the clause's mention before the adjective ('X has an inhibitory effect
on Y'). A plain 'effect of X on Y' names no direction and makes no claim. Words:
lexicons/cues/effects.tsv.
"""

from __future__ import annotations

import functools
from pathlib import Path

from claimx.arguments import Group, group_close, group_left
from claimx.clauses import clause_floor
from claimx.constructions import Construction
from claimx.cues import DIRECTIONS, Cue, cues_dir, words_by_kind
from claimx.tokview import SentView

NOUN_GAP = 1  # words between the adjective and the effect noun: "inhibitory growth effects"
CLOSE = 3     # plain lower-case words before the mention after "of"/"on": "on the expression of"


@functools.lru_cache(maxsize=4)
def load_effects(directory: Path | None = None) -> tuple[dict[str, Cue], frozenset[str]]:
    """({adjective: cue}, effect nouns)."""
    found = words_by_kind((directory or cues_dir()) / "effects.tsv", ("up", "down", "noun"))
    cues = {w: Cue(w, DIRECTIONS[kind], "adj", "adj") for kind in ("up", "down") for w in found[kind]}
    return cues, found["noun"]


def effect_words() -> frozenset[str]:
    """The adjectives, for the sentence gate and the token marks."""
    return frozenset(load_effects()[0])


def effect_claims(sent: SentView, groups: list[Group]) -> list[Construction]:
    adjectives, nouns = load_effects()
    doc = sent.doc
    out = []
    for tok in sent.marked:
        cue = adjectives.get(tok.lower_)
        if cue is None:
            continue
        noun = next((k for k in range(tok.i + 1, min(sent.end, tok.i + 2 + NOUN_GAP)) if doc[k].lower_ in nouns), None)
        if noun is None or noun + 1 >= sent.end:
            continue
        k = noun + 1
        agent = None
        if doc[k].lower_ == "of":
            agent = group_close(groups, k + 1, sent, CLOSE)
            if agent is None:
                continue
            k = agent.end
        if k >= sent.end or doc[k].lower_ != "on":
            continue
        target = group_close(groups, k + 1, sent, CLOSE)
        if agent is None:
            agent = group_left(groups, tok.i, clause_floor(sent, tok.i), sent)
        if agent is not None and target is not None and agent is not target:
            out.append(Construction(agent, target, "appositive", cue, tok.i, agent))
    return out

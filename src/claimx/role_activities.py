"""Role activities: a role word between a target and an effect noun names what its holder does.

- "E1A exhibits high tumor suppressor activity", "p15 has tumor suppressor activities", "NF-kB
  can play a tumor suppressor role": the subject of a role verb (roles.tsv kind verb, or "play")
  just before the phrase;
- "the tumor suppressive functions of p53": the "of"/"by" mention after the effect noun;
- "nm23 metastasis suppressor activity": a mention right before the target;
- "2ME2 is a natural compound with HIF-1alpha inhibitory activity": the subject of "is a <agent noun> with".
CG annotates these as claims on the target (E1A decreases tumor), unlike the bare class name
"the tumor suppressor ARF" (nominals.py). Words: lexicons/cues/role_activities.tsv; the effect
nouns and role verbs are roles.tsv's.
"""

from __future__ import annotations

import functools
from pathlib import Path

from claimx.arguments import Group, group_left, group_right
from claimx.clauses import DETERMINERS
from claimx.constructions import Construction
from claimx.cues import DIRECTIONS, Cue, cues_dir, words_by_kind
from claimx.roles import OF_REACH, VERB_REACH, Roles
from claimx.tokview import SentView

PLAY = {"play", "plays", "played", "playing"}  # "play a tumor suppressor role": a verb only before the role noun


@functools.lru_cache(maxsize=4)
def load_role_activities(directory: Path | None = None) -> dict[str, str]:
    """Role word -> predicate ("suppressor" -> "decreases")."""
    found = words_by_kind((directory or cues_dir()) / "role_activities.tsv", tuple(DIRECTIONS))
    return {w: DIRECTIONS[kind] for kind, words in found.items() for w in words}


def role_activity_words() -> frozenset[str]:
    """The role words, for the sentence gate."""
    return frozenset(load_role_activities())


def role_activities(sent: SentView, groups: list[Group], roles: Roles, marked) -> list[Construction]:
    """'<holder> ... <target> suppressor activity' -> holder decreases target."""
    words = load_role_activities()
    doc = sent.doc
    ends = {g.end: g for g in groups}
    out = []
    for tok in marked:
        predicate = words.get(tok.lower_)
        target = ends.get(tok.i)
        noun = tok.i + 1
        if predicate is None or target is None or noun >= sent.end or doc[noun].lower_ not in roles.of_nouns:
            continue
        holder = _holder(sent, groups, roles, target, noun, ends)
        if holder is not None and holder is not target:
            out.append(Construction(holder, target, "nominal", Cue(tok.lower_, predicate, "noun", "noun"), tok.i, holder))
    return out


def _holder(sent: SentView, groups: list[Group], roles: Roles, target: Group, noun: int,
            ends: dict[int, Group]) -> Group | None:
    doc = sent.doc
    if noun + 1 < sent.end and doc[noun + 1].lower_ in ("of", "by"):
        holder = group_right(groups, noun + 2, sent.end, sent)
        return holder if holder is not None and holder.start - (noun + 2) <= OF_REACH else None
    before = target.start - 1
    if before >= sent.start and doc[before].lower_ in ("'s", "’s"):
        before -= 1
    if before + 1 in ends:
        return ends[before + 1]  # "nm23 metastasis suppressor activity", "p53's tumor suppressor function"
    if before >= sent.start and doc[before].lower_ == "with" and before - 1 > sent.start \
            and doc[before - 1].lower_ in roles.agent_nouns:
        return _named_agent(sent, groups, before - 1)  # "X is a natural compound with HIF-1alpha inhibitory activity"
    for j in range(target.start - 1, max(sent.start - 1, target.start - 2 - VERB_REACH), -1):
        word = doc[j].lower_
        if word in roles.verbs or word in PLAY:
            return group_left(groups, j, sent.start, sent)
        if word not in roles.between and word not in DETERMINERS:
            return None
    return None


def _named_agent(sent: SentView, groups: list[Group], noun: int) -> Group | None:
    """The subject of 'X is a (natural) compound' ending at the agent noun `noun`."""
    doc = sent.doc
    k = noun - 1
    while k > sent.start and doc[k].is_alpha and doc[k].is_lower and doc[k].lower_ not in ("a", "an"):
        k -= 1
    if doc[k].lower_ not in ("a", "an") or k - 1 <= sent.start or doc[k - 1].lower_ not in ("is", "was", "are", "were"):
        return None
    return group_left(groups, k - 1, sent.start, sent)

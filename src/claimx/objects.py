"""Refinements of a cue's object once the nearest group is found.

- "Caffeine inhibits adenosine-induced accumulation of HIF-1α": the mention glued to a
  suffix cue ("adenosine-induced") is the agent of another claim (the suffix rule makes
  it); the verb acts on what that agent induces, so its object is the next group.
- "VEGF-induced phosphorylation of KDR": the object of a suffix cue may stand a few plain
  words after it.
"""

from __future__ import annotations

from claimx.arguments import Group, group_right
from claimx.tokview import SentView

SUFFIX_GAP = 4  # words from "X-induced" to its object: "VEGF-induced phosphorylation of KDR"
# Words that end the noun phrase after "X-induced": another clause or an agent follows.
NOT_IN_PHRASE = {"by", "with", "was", "were", "is", "are", "that", "which", "to", "from", "than", "as"}


def past_suffixed(groups: list[Group], g: Group, limit: int, sent: SentView, suffixes) -> Group | None:
    """The object past 'Y-induced' (or 'Y mediated'); `g` itself when no suffix cue follows it.

    None when the suffixed mention has nothing after it: "X blocked the VEGF-induced effects"
    says nothing about VEGF itself."""
    doc = sent.doc
    k = g.end
    if k < limit and doc[k].text == "-" and not doc[k - 1].whitespace_:
        k += 1
    if k >= limit or doc[k].lower_ not in suffixes:
        return g
    return group_right(groups, k + 1, limit, sent)


def suffix_object(groups: list[Group], sent: SentView, start: int, cues) -> Group | None:
    """The object of 'X-induced' a few plain words on: 'VEGF-induced phosphorylation of KDR',
    'Fas-mediated apoptosis in prostate cancer cells', 'PLAG1-induced salivary gland tumorigenesis'.

    Only lower-case words that are not cues and 'of'/'in'/'and' may lie between: a cue word
    carries its own claim, and punctuation or 'by' ends the noun phrase."""
    doc = sent.doc
    starts = {g.start: g for g in groups}
    for k in range(start, min(sent.end, start + SUFFIX_GAP + 1)):
        if k in starts:
            return starts[k]
        t = doc[k]
        if t.text == "-" and not t.whitespace_:
            continue
        if not (t.is_alpha and t.is_lower) or t.lower_ in cues.words or t.lower_ in NOT_IN_PHRASE:
            return None
    return None

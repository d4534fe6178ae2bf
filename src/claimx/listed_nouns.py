"""Noun cues listed after one light verb: 'X resulted in a decrease of A and an increase of B',
'X led to phosphorylation of A, induction of B and increase of C', 'X induced A depletion, B
inactivation and C degradation'. Every item after the first has the light verb's subject as
its agent; PartFinder (parts.py) asks here when no light verb stands right before the noun.
"""

from __future__ import annotations

from claimx.arguments import CLAUSE_STOP, Group
from claimx.clauses import DETERMINERS
from claimx.tokview import SentView

LIST_WINDOW = 25  # tokens from a listed noun back to its light verb
COORDINATORS = {",", "and", "or"}
# Words between a coordinator and the listed noun: "and the concomitant increase of B".
ITEM_MODIFIERS = DETERMINERS | {"concomitant", "subsequent", "further", "marked"}


def listed_light(sent: SentView, i: int, before: Group | None, light_first: set[str],
                 light: set[tuple[str, ...]], finite: frozenset[str]) -> int | None:
    """The index of the light verb whose list the noun cue at `i` (or the group just before it) is
    an item of, else None; `before` is the group the noun closes ("..., ERK inactivation"), if any.
    The item must follow a coordinator, and nothing between the light verb and it may start a
    clause (a stop word, a finite cue verb); a hyphen suffix ("X-induced effects, including A and
    inhibition of B") is no light verb."""
    doc = sent.doc
    k = (before.start if before is not None else i) - 1
    while k > sent.start and doc[k].lower_ in ITEM_MODIFIERS:
        k -= 1
    if k <= sent.start or doc[k].lower_ not in COORDINATORS:
        return None
    for j in range(k - 1, max(sent.start, i - LIST_WINDOW) - 1, -1):
        t = doc[j]
        if t.lower_ in CLAUSE_STOP or t.text == "(" or t.lower_ in finite and t.lower_ not in light_first:
            return None
        if t.lower_ in light_first and not (j > sent.start + 1 and doc[j - 1].text == "-" and not doc[j - 2].whitespace_):
            for n in (3, 2, 1):
                if tuple([w.lower_ for w in doc[j: j + n]]) in light:
                    return j
    return None

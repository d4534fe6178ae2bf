"""Multi-word causal cues (lexicons/cues/causal.tsv): "X is required for Y", "X leads to Y", "Y depends on X".

They carry a direction without a directional verb. The phrase is found at a token; the
claim component then looks for its arguments as for a verb, swapping them for the
reverse voice. A directional word between the phrase and the object composes with it.
"""

from __future__ import annotations

from dataclasses import replace

from claimx.cues import Cue, CueSet
from claimx.model import OPPOSITE
from claimx.tokview import SentView, Tok


def causal_at(sent: SentView, tok: Tok, cues: CueSet) -> Cue | None:
    """The longest causal phrase starting at `tok`, or None."""
    for cue in cues.causal.get(tok.lower_, ()):
        end = tok.i + cue.length
        if end <= sent.end and [t.lower_ for t in sent.doc[tok.i: end]] == cue.lemma.split():
            return cue
    return None


def composed(sent: SentView, cue: Cue, after: int, obj_start: int, cues: CueSet,
             light: set[tuple[str, ...]]) -> Cue | None:
    """The cue with the direction of a directional word between the phrase and the object.

    "required for the inhibition of Y" reads as down. After a light verb ("leads to a
    reduction in Y") the nominal rule already makes that claim, so None.
    """
    gap = sent.doc[after: obj_start]
    between = [c for t in gap for c in cues.words.get(t.lower_, ()) if c.kind != "suffix"]
    if not between and any(t.lower_.endswith("ing") and t.is_lower for t in gap):
        return None  # "essential for shaping Y": an undirected action in between
    if not between:
        return cue
    if tuple(cue.lemma.split()) in light:
        return None
    return replace(cue, predicate=OPPOSITE[cue.predicate]) if between[-1].predicate == "decreases" else cue

"""Effect nouns: a verb acting on 'the effect of X' does not act on X.

"Low glucose potentiated the effect of hypoxia", "Glutathione reversed the inhibitory effects of
EPOX on ERK", "the proliferative effects of 20-HETE were inhibited by a VEGF-neutralizing antibody":
the verb changes what X does, not X, so X is no object (and no passive patient) of the verb; so
with a response to X ("FOXO3a induction enhanced doxorubicin resistance"). The claim about X's own
effect comes from its own words when there are any. Words:
lexicons/cues/effects.tsv.
"""

from __future__ import annotations

import functools
from pathlib import Path

from claimx.cues import cues_dir, words_by_kind
from claimx.tokview import SentView


@functools.lru_cache(maxsize=4)
def load_effects(directory: Path | None = None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(effect nouns, words allowed between the noun's 'of' and the mention, response nouns after it)."""
    table = words_by_kind((directory or cues_dir()) / "effects.tsv", ("noun", "between", "after"))
    return table["noun"], table["between"], table["after"]


def effect_of(sent: SentView, start: int, end: int | None = None) -> bool:
    """True when the mention at tokens [start, end) follows '<effect noun> of' (past a determiner), or
    a response noun follows it ('doxorubicin resistance')."""
    nouns, between, after = load_effects()
    doc = sent.doc
    if end is not None and end < sent.end and doc[end].lower_ in after:
        return True
    k = start - 1
    while k > sent.start and doc[k].lower_ in between:
        k -= 1
    return k - 1 >= sent.start and doc[k].lower_ == "of" and doc[k - 1].lower_ in nouns

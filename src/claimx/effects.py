"""Effect nouns: a verb acting on 'the effect of X' does not act on X.

"Low glucose potentiated the effect of hypoxia", "Glutathione reversed the inhibitory effects of
EPOX on ERK", "the proliferative effects of 20-HETE were inhibited by a VEGF-neutralizing antibody":
the verb changes what X does, not X, so X is no object (and no passive patient) of the verb. The
claim about X's own effect comes from its own words when there are any. Words:
lexicons/cues/effects.tsv.
"""

from __future__ import annotations

import functools
from pathlib import Path

from claimx.cues import cues_dir, words_by_kind
from claimx.tokview import SentView


@functools.lru_cache(maxsize=4)
def load_effects(directory: Path | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """(effect nouns, words allowed between the noun's 'of' and the mention)."""
    table = words_by_kind((directory or cues_dir()) / "effects.tsv", ("noun", "between"))
    return table["noun"], table["between"]


def effect_of(sent: SentView, start: int) -> bool:
    """True when the mention starting at token `start` follows '<effect noun> of' (past a determiner)."""
    nouns, between = load_effects()
    doc = sent.doc
    k = start - 1
    while k > sent.start and doc[k].lower_ in between:
        k -= 1
    return k - 1 >= sent.start and doc[k].lower_ == "of" and doc[k - 1].lower_ in nouns

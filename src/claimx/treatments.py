"""Treatment phrases: the nouns and participles of an experimental treatment, and the agent a
"<treatment> of <cells> with X" phrase names.

"Y was stimulated by incubation of the monocytes with LPS": the passive's agent is LPS, not
the monocytes that were incubated. responses.py reads the same words in "after stimulation
with X" and "when treated with X". Words: lexicons/cues/treatments.tsv.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from claimx.cues import cues_dir, words_by_kind
from claimx.tokview import ARTICLES, SentView

if TYPE_CHECKING:
    from claimx.arguments import Group


@functools.lru_cache(maxsize=4)
def load_treatments(directory: Path | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """(treatment nouns, treatment participles): lexicons/cues/treatments.tsv."""
    found = words_by_kind((directory or cues_dir()) / "treatments.tsv", ("noun", "participle"))
    return found["noun"], found["participle"]


WITH = {"with", "to"}  # "incubation of cells with X", "exposure of cells to X"


def treated_with(groups: list[Group], g: Group, opening: int, limit: int, sent: SentView) -> Group:
    """`g`, or the agent after it when the words from `opening` to `g` are '<treatment> of (the)':
    'by incubation of the monocytes with LPS' is LPS."""
    doc = sent.doc
    words = [t.lower_ for t in doc[opening: g.start] if t.lower_ not in ARTICLES]
    if len(words) != 2 or words[0] not in load_treatments()[0] or words[1] != "of":
        return g
    if g.end + 1 >= limit or doc[g.end].lower_ not in WITH:
        return g
    agent = next((h for h in groups if h.start in (g.end + 1, g.end + 2)), None)
    return agent if agent is not None and agent.start < limit else g

"""Materials taken from cells: the material acts, not the mention it came from.

"Conditioned medium from MDA-231 cells inhibited NK cell activity", "the insulin-conditioned RPE
cell media stimulated Y", "activated platelet releasate increased invasion": the medium, releasate
or lysate is the verb's subject, and it is no mention, so the mention naming its source is not the
subject either (hosts.subject_host drops it). Words: lexicons/cues/materials.tsv.
"""

from __future__ import annotations

import functools
from pathlib import Path

from claimx.cues import cues_dir, words_by_kind
from claimx.tokview import SentView, back_over_modifiers

BETWEEN = 2  # words from the mention to the material: "RPE cell media", "SKOV3 cell-conditioned medium"
CONTENTS = {"agent", "therapy"}  # labels of what a medium holds rather than comes from
BEFORE = 3   # words from "medium from" to the mention: "conditioned medium from the MDA-231 cells"
PARTNER_WORDS = 4  # lower-case words from "with" to the mention: "with stromal or osteoblastic cells"
WITH, COMMA = frozenset({"with"}), frozenset({","})  # the partner's modifiers end at 'with'; commas join them
PARTNER_REACH = 6  # tokens from "co-culture of" to "with": "co-culture of these cancer cells with"


@functools.lru_cache(maxsize=4)
def load_materials(directory: Path | None = None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(material nouns, words between the mention and the material, source prepositions)."""
    table = words_by_kind((directory or cues_dir()) / "materials.tsv", ("material", "between", "source"))
    return table["material"], table["between"], table["source"]


def material_source(sent: SentView, start: int, end: int) -> bool:
    """True when the mention at tokens [start, end) names where a material came from: a material noun
    after it ('RPE cell media') or before it with a source preposition ('medium from X cells'). A
    drug or treatment is what a medium holds, not its source, and keeps its claim ('a medium of X')."""
    if sent.spacy_doc[start].ent_type_ in CONTENTS:
        return False
    materials, between, sources = load_materials()
    doc = sent.doc
    k = end
    while k < sent.end and k - end <= BETWEEN and doc[k].lower_ in between:
        k += 1
    if k < sent.end and doc[k].lower_ in materials:
        return True
    k = start - 1
    while k > sent.start and start - k <= BEFORE and doc[k].lower_ in {"the", "these", "those", "a", "an"}:
        k -= 1
    if k - 1 >= sent.start and doc[k].lower_ in sources and doc[k - 1].lower_ in materials:
        return True
    return _partner(sent, start, materials, sources)


def _partner(sent: SentView, start: int, materials: frozenset[str], sources: frozenset[str]) -> bool:
    """'co-culture of MDA-MB-231 cells with stromal or osteoblastic cells': the cells after 'with'
    are the material's other source, not its agent."""
    doc = sent.doc
    k = back_over_modifiers(doc, start, sent.start, PARTNER_WORDS, WITH, COMMA)  # "with stromal or osteoblastic cells"
    if k <= sent.start or doc[k].lower_ != "with":
        return False
    return any(doc[j].lower_ in sources and doc[j - 1].lower_ in materials
               for j in range(max(sent.start + 1, k - PARTNER_REACH), k))

"""Subjects that do not act: described populations, mutant cells, the operator word of 'STAT3 ablation'.

Populations described, not acting: 'Neuroblastoma cells show increased expression of Bcl-2'.

A cell or disease mention that "shows", "exhibits", "displays" or "has" a change names a state of
that population (compared with another), not a cause: "melanomas exhibit loss of CDKN2A" does not
say melanoma decreases CDKN2A. The verb pass reads these as light verbs or as "had increased";
claims.py asks `describes_state` before it emits and drops the claim. A drug or molecule that
"shows a reduction in Y" is untouched. Words: lexicons/cues/states.tsv.

Cells named as a mutant of a mention ("STAT3-deficient HeLa cells reduced Y") do not act: the
mention does, with its operator (`mutant_of`, for arguments.group_left; words: states.tsv).

An operator word that is a mention of its own ("ablation" is a therapy) right after another
mention is that mention's operator ("IL-17F ablation decreased Y": IL-17F, op inhibition), not a
second subject: `operator_word` says so (words: the "after" rows of lexicons/cues/operators.tsv).
"""

from __future__ import annotations

import functools
from pathlib import Path

from claimx.cues import cues_dir, words_by_kind

POPULATIONS = {"cell", "disease"}  # labels of a subject that is described, not acting
REACH = 5  # tokens from the state verb to the cue word: "showed a >50% reduction in"
LIST_JOINS = {",", "and"}  # a cue after these may be a later item of the state verb's list
LIST_STOPS = {";", ":", "which", "that", "whereas", "while", "but", "although", "because", "when", "after"}


@functools.lru_cache(maxsize=4)
def load_states(directory: Path | None = None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(state verbs, words allowed between the verb and the cue, genotype words)."""
    table = words_by_kind((directory or cues_dir()) / "states.tsv", ("verb", "between", "genotype"))
    return table["verb"], table["between"], table["genotype"]


def describes_state(sent, cue_i: int, subj, ents) -> bool:
    """True when the subject group is all cells/diseases and a state verb stands just before the cue."""
    if subj.end > cue_i or any(ents[m].label_ not in POPULATIONS for m in subj.members):
        return False
    verb = _state_verb(sent, cue_i, subj.end)
    if verb is not None:
        return True
    doc = sent.doc
    k = cue_i - 1
    while k > subj.end and doc[k].is_space:
        k -= 1
    return doc[k].lower_ in LIST_JOINS and k > subj.end and _listed_state(sent, k, subj)


def _state_verb(sent, cue_i: int, floor: int) -> int | None:
    """The state verb a few modifier words before the cue at `cue_i` ('show a >50% reduction in'), else None."""
    verbs, between, _ = load_states()
    doc = sent.doc
    for k in range(cue_i - 1, max(floor, cue_i - REACH) - 1, -1):
        t = doc[k]
        if t.lower_ in verbs:
            return k
        adverb = t.is_alpha and t.lower_.endswith("ly")
        if not (t.lower_ in between or t.like_num or t.text[0].isdigit() or t.is_space or adverb):
            return None
    return None


def _listed_state(sent, k: int, subj) -> bool:
    """'cells show increased expression of Bcl-2 and decreased Fas ligand levels', 'SMCs had increased
    IGF-1 levels, increased Bcl2 expression, limited cell apoptosis': the cue after the list join at
    k is a later item of a list whose first item is a described state (a cue right after a state
    verb, as above), with no clause stop between."""
    doc = sent.doc
    cues = [t.i for t in sent.marked if subj.end < t.i < k]  # trigger words: the list's earlier cues
    for c in cues:
        if _state_verb(sent, c, subj.end) is not None:
            return not any(t.lower_ in LIST_STOPS for t in doc[c:k])
    return False


def operator_word(ents, k: int, cues) -> bool:
    """True when mention k is one word of operators.tsv's 'after' rows right after mention k - 1."""
    e = ents[k]
    return (k > 0 and ents[k - 1].end == e.start and e.end - e.start == 1
            and ("after", (e.text.lower(),)) in cues.operators)


def mutant_of(groups, g, sent):
    """The group X of 'X-deficient HeLa cells' before group `g`, else None: the cells are X's mutant,
    and X (with its operator) is what acts."""
    doc = sent.doc
    k = g.start - 1
    if k < 2 or doc[k - 1].text != "-" or doc[k].lower_ not in load_states()[2]:
        return None
    return next((h for h in groups if h.end == k - 1), None)

"""Agents restated as a hyphen-operator noun phrase: 'daclizumab (a CD25-neutralizing antibody)',
'X, an IL-6-blocking antibody,': X acts on the mention before the hyphen (inhibition -> decreases).

The operator is a participle of operators.tsv attached by a hyphen ("-neutralizing", "-blocking",
"-targeting"); the phrase must be headed by an agent noun of head_nouns.tsv ("antibody",
"inhibitor"), so "X, a p53-targeting pathway" or a genotype ("a p53-deficient line") makes nothing.
An OCR line break may leave the hyphen on the mention ("a CD25- neutralizing antibody").
"""

from __future__ import annotations

from claimx.constructions import Construction
from claimx.coordination import Group
from claimx.cues import Cue, CueSet
from claimx.tokview import INDEFINITE_ARTICLES, SentView

OPENERS = {",", "("}
ADJECTIVES = 2  # lower-case words between the article and the target: "a humanized monoclonal"
PREDICATES = {"inhibition": "decreases", "activation": "increases"}


def operator_appositives(sent: SentView, groups: list[Group], cues: CueSet) -> list[Construction]:
    """'X (a Y-neutralizing antibody)', 'X, a Y-blocking antibody': X -> Y."""
    doc = sent.doc
    starts = {g.start: g for g in groups}
    out = []
    for g in groups:
        k = g.end
        if k + 2 >= sent.end or doc[k].text not in OPENERS or doc[k + 1].lower_ not in INDEFINITE_ARTICLES:
            continue
        j = k + 2
        while j < sent.end and j - k - 2 < ADJECTIVES and j not in starts and doc[j].is_alpha and doc[j].is_lower:
            j += 1
        target = starts.get(j)
        if target is None or len(target.members) != 1:
            continue
        cue_i = _operator_word(sent, target.end)
        if cue_i is None or cue_i + 1 >= sent.end or cues.head_nouns.get(doc[cue_i + 1].lower_) != "agent":
            continue
        op = cues.operators.get(("after", ("-" + doc[cue_i].lower_,)))
        if op in PREDICATES:
            cue = Cue(doc[cue_i].lower_, PREDICATES[op], "operator", "suffix")
            out.append(Construction(g, target, "appositive", cue, cue_i, g))
    return out


def _operator_word(sent: SentView, end: int) -> int | None:
    """The participle after a mention ending at `end`, glued by a hyphen ('CD25-neutralizing') or
    left after a hyphen the mention kept at a line break ('CD25- neutralizing'); None otherwise."""
    doc = sent.doc
    if end + 1 < sent.end and doc[end].text == "-" and not doc[end - 1].whitespace_:
        k = end + 1
    elif doc[end - 1].text.endswith("-") and end < sent.end:
        k = end
    else:
        return None
    return k if doc[k].lower_.endswith("ing") else None

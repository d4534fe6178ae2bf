"""Effect nouns: a verb acting on 'the effect of X' does not act on X.

"Low glucose potentiated the effect of hypoxia", "Glutathione reversed the inhibitory effects of
EPOX on ERK", "the proliferative effects of 20-HETE were inhibited by a VEGF-neutralizing antibody":
the verb changes what X does, not X, so X is no object (and no passive patient) of the verb; so
with a response to X ("FOXO3a induction enhanced doxorubicin resistance"). The claim about X's own
effect comes from its own words when there are any. Words:
lexicons/cues/effect_operands.tsv.
"""

from __future__ import annotations

import functools
from pathlib import Path

from claimx.cues import cues_dir, words_by_kind
from claimx.tokview import SentView


@functools.lru_cache(maxsize=4)
def load_operand_nouns(directory: Path | None = None) -> tuple[frozenset[str], ...]:
    """(effect nouns, words allowed between the noun's 'of' and the mention, response nouns after it,
    capacity nouns)."""
    table = words_by_kind((directory or cues_dir()) / "effect_operands.tsv", ("noun", "between", "after", "capacity"))
    return table["noun"], table["between"], table["after"], table["capacity"]


def effect_of(sent: SentView, start: int, end: int | None = None) -> bool:
    """True when the mention at tokens [start, end) follows '<effect noun> of' (past a determiner), or
    a response noun follows it ('doxorubicin resistance')."""
    nouns, _, after, _ = load_operand_nouns()
    if end is not None and end < sent.end and sent.doc[end].lower_ in after:
        return True
    return _after_noun_of(sent, start, nouns)


def capacity_subject(sent: SentView, groups, to: int):
    """The group X of 'the ability of X to VERB' ending right before the 'to' at `to`, else None:
    X is the infinitive's subject ('In vivo IL-12-dependent tumor inhibition rests on the ability of
    IL-12 to activate Y, inhibit Z': the second IL-12, not the sentence's first mention)."""
    g = next((g for g in groups if g.end == to), None)
    return g if g is not None and _after_noun_of(sent, g.start, load_operand_nouns()[3]) else None


def _after_noun_of(sent: SentView, start: int, nouns: frozenset[str]) -> bool:
    """True when '<one of nouns> of' (then determiners) comes right before token `start`."""
    between = load_operand_nouns()[1]
    doc = sent.doc
    k = start - 1
    while k > sent.start and doc[k].lower_ in between:
        k -= 1
    return k - 1 >= sent.start and doc[k].lower_ == "of" and doc[k - 1].lower_ in nouns

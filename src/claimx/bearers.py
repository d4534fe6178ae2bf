"""The cells a bare bearer process belongs to, when the sentence names them before the verb.

A bearer process ("proliferation", processes.tsv) alone is no object: the claim is about whose
proliferation it is. An experimental frame often names the cells before the verb instead of
after the process: where the subject acts ("Bmi-1 over-expression in neural stem/progenitor cells
increases proliferation") or what a treatment was given to ("Treatment of ovarian cancer cell
lines with LL-37 stimulated proliferation"). Those cells are the process's bearer.
"""

from __future__ import annotations

from spacy.tokens import Span

from claimx.arguments import LOCATED
from claimx.clauses import clause_floor
from claimx.tokview import SentView, back_over_modifiers
from claimx.treatments import load_treatments

MODIFIER_REACH = 4  # lower-case words (or a slash) between 'in'/'of' and the cells: "in a representative human"
MODIFIER_STOP = LOCATED | {"of"}  # the words the modifiers follow, which end them


def bearer_cells(sent: SentView, ents: list[Span], cue_i: int) -> Span | None:
    """The cell mention introduced by 'in', or by '<treatment noun> of', in the clause before the
    cue at `cue_i`; None when there is none or more than one."""
    doc = sent.doc
    floor = clause_floor(sent, cue_i)
    nouns = load_treatments()[0]
    found = []
    for e in ents:
        if e.start < floor or e.end > cue_i or e.label_ != "cell":
            continue
        k = back_over_modifiers(doc, e.start, floor, MODIFIER_REACH, MODIFIER_STOP)
        word = doc[k].lower_
        if word in LOCATED or word == "of" and k - 1 >= floor and doc[k - 1].lower_ in nouns:
            found.append(e)
    return found[0] if len(found) == 1 else None

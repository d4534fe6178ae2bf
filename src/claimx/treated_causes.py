"""Temporal causes named by a treatment clause and by a gene-silencing reagent.

- 'Y was reduced when tumor-bearing mice were treated with X': like 'after X' (constructions.py
  temporal), the 'when <hosts> were treated with' clause names the cause after its 'with'.
- 'antisense oligonucleotides targeting TNFR2': a reagent noun with 'targeting' is a knock-down of
  the mention after it (operators.tsv rows '<reagent> targeting', position before), so that mention,
  with op inhibition, is the cause; a drug named as itself ('bevacizumab targeting VEGF') has no
  such row and stays the cause.
"""

from __future__ import annotations

from claimx.tokview import SentView

WHEN_WINDOW = 8  # tokens from the cue to "when"
TREATED_WINDOW = 6  # tokens from "when" to "treated with" ("when tumor-bearing mice were treated with")
BE = {"was", "were", "is", "are"}


def when_treated(sent: SentView, i: int) -> int | None:
    """The index of 'with' in 'when ... was/were treated with' a few words after token i, else None."""
    doc = sent.doc
    end = min(sent.end, i + 1 + WHEN_WINDOW)
    when = next((k for k in range(i + 1, end) if doc[k].lower_ == "when" or doc[k].text in {",", ";", ":"}), None)
    if when is None or doc[when].lower_ != "when":
        return None
    for k in range(when + 1, min(sent.end - 2, when + 1 + TREATED_WINDOW)):
        t = doc[k]
        if t.text in {",", ";", ":"}:
            return None
        if t.lower_ in BE and doc[k + 1].lower_ == "treated" and doc[k + 2].lower_ == "with":
            return k + 2
    return None


def reagent_target(sent: SentView, ents: list, cause: int | None, operators) -> int | None:
    """The mention a silencing reagent at `cause` targets ('oligonucleotides targeting X'), else `cause`."""
    if cause is None or cause + 1 >= len(ents):
        return cause
    doc, e = sent.doc, ents[cause]
    if e.end + 1 >= sent.end or ents[cause + 1].start != e.end + 1:
        return cause
    words = (doc[e.end - 1].lower_, doc[e.end].lower_)
    return cause + 1 if ("before", words) in operators else cause

"""A passive's agent named as a means: 'Ets-1 is induced in ECs after denudation through activation
of p38', 'HIF-1alpha and VEGF are increased through A3 adenosine receptor stimulation'.

With no 'by' phrase, a 'through'/'via' phrase whose noun acts on a mention (an operator of
operators.tsv before it, 'activation of p38', or after it, 'A3 adenosine receptor stimulation')
names what caused the change; the claim's operator is read from the same words (modifiers.operator).
Only a passive participle with no 'by' agent asks (parts.py).
"""

from __future__ import annotations

from claimx.clauses import BE
from claimx.coordination import Group
from claimx.means import load_means
from claimx.tokview import ARTICLES, SentView

REACH = 8  # tokens between the participle and 'through': "induced in ECs after denudation through"
STOPS = {",", ";", ":", "by", "and", "or", "which", "that"}


def means_agent(sent: SentView, groups: list[Group], pos: int, limit: int, before_ops, after_ops,
                cues) -> Group | None:
    """The mention a 'through'/'via' operator phrase within REACH tokens after `pos` acts on; after
    the mention a noun cue ('stimulation') serves as well as an operator word."""
    doc = sent.doc
    starts = {g.start: g for g in groups}
    for k in range(pos, min(limit, pos + REACH)):
        t = doc[k]
        if t.text in STOPS or t.lower_ in STOPS:
            return None
        if t.lower_ not in load_means()[1]:  # means.tsv's prepositions ('by' is a stop above)
            continue
        j = k + 1
        while j < limit and doc[j].lower_ in ARTICLES:
            j += 1
        for n in (2, 1):  # "activation of p38"
            if j + n < limit and tuple(w.lower_ for w in doc[j: j + n]) in before_ops and j + n in starts:
                return starts[j + n]
        g = starts.get(j)  # "A3 adenosine receptor stimulation"
        if g is not None and g.end < limit and ((doc[g.end].lower_,) in after_ops or any(
                c.kind == "noun" for c in cues.words.get(doc[g.end].lower_, ()))):
            return g
        return None
    return None


def passive_between(sent: SentView, start: int, end: int, cues) -> bool:
    """True when a passive verb cue ('is induced', 'was increased') lies in [start, end): a means
    phrase after it belongs to the unnamed agent, not to the clause's subject, which is the patient
    ('VEGF was increased via activation of p38': VEGF does not activate p38)."""
    doc = sent.doc
    for k in range(start, end - 1):
        if doc[k].lower_ in BE:
            j = k + 1
            while j < end and doc[j].is_lower and doc[j].lower_.endswith("ly"):
                j += 1
            if j < end and any(c.form == "ed" and c.kind == "verb" for c in cues.words.get(doc[j].lower_, ())):
                return True
    return False

"""Objects listed after the first (objects.py finds the first).

- "inhibited tumor growth, angiogenesis and metastasis": listed objects separated by process
  nouns form one object (the arguments module joins only mentions with nothing between).
- "the secretion of IL-8 and IL-6", "adhesion and invasion of HeLa cells": a process of a list
  is a claim on each listed mention; processes of one mention, one claim on it.
"""

from __future__ import annotations

from claimx.clauses import DETERMINERS
from claimx.compounds import compound_heads
from claimx.coordination import Group
from claimx.objects import VERBAL, past_suffixed
from claimx.phrases import STOP
from claimx.tokview import SentView

PLAIN_AFTER = 3   # process nouns after a listed object: "tumor growth", "DNA binding activity"
CITATION = 10  # tokens of a citation bracket: "[45-47]", "[28, 29]"
PLAIN_BEFORE = 3  # determiners and modifiers before the next listed object: "the murine"


def object_chain(starts: dict[int, Group], obj: Group, sent: SentView, cues, determiners: bool = True) -> Group:
    """`obj` joined with the groups coordinated after it over process nouns: 'inhibited tumor
    growth, angiogenesis and metastasis', 'reduced IL-1β and COX-2 expression as well as IL-17RC'.
    Without `determiners`, a determiner after the coordinator ends the list: a suffix modifies its own
    noun phrase only ('RhoA-mediated actin remodeling and the p38 stress-activated protein kinase').

    The chain stops at a coordinated verb ('..., and induced apoptosis') and before a group that
    starts a clause of its own ('..., and IL-10 increased')."""
    doc = sent.doc
    members, g = list(obj.members), obj
    ordered = None  # the groups in order, for past_suffixed, sorted once if a list goes on
    while True:
        k = g.end + 1 if g.end < sent.end and doc[g.end].text == ")" else g.end  # "(Tr1) cells"
        k = _past_plain(sent, k, cues, PLAIN_AFTER, starts)
        cited = _past_citation(sent, k)
        if cited != k and (cited >= sent.end or doc[cited].lower_ not in {"and", "or"}):
            break  # "... response [128-130], ICIs combined with ...": a comma after a citation ends the list
        k = _past_coordinator(sent, cited)
        if k is None or _verbal(doc[k], cues):
            break
        if not determiners and sent.doc[k].lower_ in DETERMINERS:
            break
        nxt = starts.get(_past_plain(sent, k, cues, PLAIN_BEFORE, starts, determiners=True))
        if nxt is None:
            break
        # "procaspase-9 processing and cisplatin-induced apoptosis": the listed object is the apoptosis,
        # the drug before the suffix is its cause (the suffix claim), not the verb's object
        if ordered is None:
            ordered = sorted(starts.values(), key=lambda h: h.start)
        nxt = past_suffixed(ordered, nxt, sent.end, sent, cues)
        if nxt is None:
            break
        after = _past_plain(sent, nxt.end, cues, PLAIN_AFTER, starts)
        if after < sent.end and _verbal(doc[after], cues):
            break  # "..., and IL-10 increased": a new clause's subject
        members.extend(nxt.members)
        g = nxt
    return obj if g is obj else Group(tuple(members), obj.start, g.end)


def _past_plain(sent: SentView, k: int, cues, most: int, starts, determiners: bool = False) -> int:
    """Past up to `most` plain lower-case words (process nouns, modifiers) before the next group:
    'growth', 'protein levels'."""
    doc = sent.doc
    n = 0
    while k < sent.end and n < most and k not in starts:
        t = doc[k]
        det = determiners and t.lower_ in DETERMINERS
        # a process noun that is also a noun cue ("PARP cleavage and caspase-3 activation") is passed
        plain = t.lower_ not in cues.words or t.lower_ in cues.processes
        if not det and not (t.is_alpha and t.is_lower and plain and t.lower_ not in STOP
                            and not t.lower_.endswith("ly")):
            break
        k += 1
        n += 1
    return k


def _past_citation(sent: SentView, k: int) -> int:
    """Past a citation bracket ('[27]', '[28, 29]', '[30-32]') at k: '(Tr1) cells [27] and regulatory
    CD4+T cells' lists two objects."""
    doc = sent.doc
    if k >= sent.end or doc[k].text != "[":
        return k
    for j in range(k + 1, min(sent.end, k + CITATION)):
        t = doc[j]
        if t.text == "]":
            return j + 1
        if not (t.like_num or t.text in {",", "-", "–", "—"} or t.text.replace("-", "").replace("–", "").isdigit()):
            return k
    return k


def _past_coordinator(sent: SentView, k: int) -> int | None:
    """The token after a coordinator at `k`; None when there is none or the sentence ends with it."""
    doc = sent.doc
    words = [doc[j].lower_ for j in range(k, min(sent.end, k + 3))]
    if words[:3] == ["as", "well", "as"]:
        k += 3
    elif words[:2] in (["," , "and"], [",", "or"]):
        k += 2
    elif words[:1] in ([","], ["and"], ["or"]):
        k += 1
    else:
        return None
    return k if k < sent.end else None


def _verbal(t, cues) -> bool:
    """A finite verb or auxiliary: the start of a coordinated predicate or a new clause."""
    if t.lower_ in VERBAL:
        return True
    return any(c.kind == "verb" for c in cues.words.get(t.lower_, ())) or t.lower_ in cues.changes


def listed_objects(mods, starts: dict[int, Group], obj: Group, ents, sent: SentView, bearer=None):
    """(mention, process) of each member of the object; 'the secretion of IL-8 and IL-6' gives both
    mentions, 'reduced adhesion and invasion of X cells' X once, with the first process; a bare
    'expression' (a bearer process, processes.tsv) is none."""
    tail = ents[obj.members[-1]]
    where, _ = mods.process(tail, ents, sent.doc)
    if where is not tail and len(obj.members) > 1 and all(ents[m].label_ == "process" for m in obj.members):
        pairs = [(where, ents[obj.members[0]].text)]
    else:
        heads = compound_heads(obj.members, ents, mods.cues.operators)  # "B16F10 melanoma": the melanoma
        pairs = [mods.process(ents[oi], ents, sent.doc) for oi in heads]
    if len(pairs) == 1 and pairs[0][1] is not None and pairs[0][0] is not tail and pairs[0][0].start in starts:
        # "the accumulation of (Tr1) cells [27] and regulatory CD4+T cells": the process's mention
        # heads a list of its own
        o, process = pairs[0]
        chained = object_chain(starts, starts[o.start], sent, mods.cues)
        pairs = [(ents[k], process) for k in chained.members] if len(chained.members) > 1 else pairs
    for o, process in pairs:
        if o.label_ == "process" and o.text.lower() in mods.cues.bearers:
            # "X reduced the expression": of what, the entity stage did not find, unless the frame
            # named the cells before the verb (`bearer`, bearers.bearer_cells)
            cells = bearer() if bearer is not None and o.text.lower() not in mods.cues.gene_bearers else None
            if cells is not None:
                yield cells, o.text
            continue
        if o.label_ == "cell" and process is not None and process.lower() in mods.cues.gene_bearers:
            continue  # "gene expression in cancer cells": the genes' expression, not the cells'
        listed = starts.get(o.start) if o.label_ != "process" else None
        if listed is None or len(listed.members) < 2 or process is None:
            yield o, process
        else:
            yield from ((ents[k], process) for k in compound_heads(listed.members, ents, mods.cues.operators))

"""Transformation of cells: 'v-Src transformed MEFs', 'MEFs transformed by v-Src', 'Rat-1 cells
which had been transformed with Ha-ras-1', 'transformation of RKE cells by N1(ic)', 'neoplastic
transformation by Notch'.

An oncogene or virus that transforms cells increases them, the transformation being their process
(DESIGN §3's "entity with a process"). Only cells are transformed, so the verb's object must be a
cell mention: "transform" has other senses ("transformed into", "a log-transformed value"). The
hyphen form ("Ha-ras-transformed cells") is the suffix rule's (constructions.suffix_claim), and a
"transformed" right after a determiner is an adjective ("the transformed cells"). Words:
lexicons/cues/transforms.tsv.
"""

from __future__ import annotations

import functools
from pathlib import Path

from claimx.arguments import Group, group_close, group_left
from claimx.clauses import DETERMINERS, clause_floor
from claimx.constructions import Construction
from claimx.cues import Cue, cues_dir, words_by_kind
from claimx.tokview import SentView

TRANSFORMS = Cue("transform", "increases", "verb", "base")
AGENT_WORDS = {"by", "with"}  # "transformed by Rous sarcoma virus", "transformed with the activated Ha-ras-1 gene"
CLOSE = 3      # plain words before the mention after "by"/"of": "by the activated Galpha12"
OBJECT_GAP = 5  # plain words before the transformed cells: "certain established rodent fibroblast cell lines"
# Words between the cells and a passive "transformed": "Rat-1 cells which had been transformed with X".
PASSIVE_LINKS = {"which", "that", "had", "have", "has", "been", "were", "was", "are", "is", "being", "be",
                 "morphologically", "neoplastically", "stably", "also", "recently", "successfully"}
NOT_AFTER = DETERMINERS | {"and", "or", "of", "with", "in", "for", "to", "non", "un"}  # "the transformed cells"


@functools.lru_cache(maxsize=4)
def load_transforms(directory: Path | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """(verb forms, nouns) of transforming."""
    found = words_by_kind((directory or cues_dir()) / "transforms.tsv", ("verb", "noun"))
    return found["verb"], found["noun"]


def transform_words() -> frozenset[str]:
    """The verb forms and nouns, for the sentence gate and the token marks."""
    verbs, nouns = load_transforms()
    return verbs | nouns


def transformations(sent: SentView, ents, groups: list[Group], marked) -> list[Construction]:
    """Claims of cells transformed by an agent, from the sentence's marked tokens."""
    verbs, nouns = load_transforms()
    out = []
    for tok in marked:
        word = tok.lower_
        if word in verbs:
            found = _verb(sent, ents, groups, tok.i)
        elif word in nouns:
            found = _noun(sent, ents, groups, tok.i)
        else:
            continue
        if found is not None:
            out.append(Construction(found[0], found[1], found[2], TRANSFORMS, tok.i, found[0]))
    return out


def _cells(ents, g: Group | None) -> bool:
    return g is not None and any(ents[m].label_ == "cell" for m in g.members)


def _verb(sent: SentView, ents, groups: list[Group], i: int) -> tuple[Group, Group, str] | None:
    doc = sent.doc
    if i == sent.start or doc[i - 1].text == "-" or doc[i - 1].lower_ in NOT_AFTER - {"to"}:
        return None  # "Ha-ras-transformed" is the suffix rule's; "the transformed cells" an adjective
    if i + 1 < sent.end and doc[i + 1].lower_ in AGENT_WORDS:
        agent = group_close(groups, i + 2, sent, CLOSE)
        cells = _patient(sent, groups, i)
        if agent is not None and _cells(ents, cells) and not _cells(ents, agent):
            return agent, cells, "passive"
        return None
    cells = _object(sent, ents, groups, i + 1)
    if cells is None:
        return None
    floor = clause_floor(sent, i)
    subj = group_left(groups, i, floor, sent)
    if subj is None or _cells(ents, subj):
        return None
    return _owner(sent, groups, subj, floor), cells, "active"


def _owner(sent: SentView, groups: list[Group], g: Group, floor: int) -> Group:
    """'the LMP1 gene of EBV (is sufficient to) transform(s) cells': the gene, not the virus it is of."""
    doc = sent.doc
    k = g.start - 1
    if k - 1 <= floor or doc[k].lower_ != "of":
        return g
    k -= 1
    if doc[k].is_alpha and doc[k].is_lower:
        k -= 1  # one plain noun: "gene", "protein"
    return next((h for h in groups if h.end == k + 1 and h.start >= floor), g)


def _noun(sent: SentView, ents, groups: list[Group], i: int) -> tuple[Group, Group, str] | None:
    """'transformation of RKE cells by N1(ic)': N1(ic) -> the cells; 'neoplastic transformation by
    Notch': Notch -> the transformation mention itself."""
    doc = sent.doc
    k = i + 1
    if k < sent.end and doc[k].lower_ == "of":
        cells = group_close(groups, k + 1, sent, CLOSE)
        if not _cells(ents, cells):
            return None
        k = cells.end
        while k < sent.end and doc[k].text == "(":  # "(MEFs)": a restatement of the cells
            k = next((j + 1 for j in range(k, min(sent.end, k + 6)) if doc[j].text == ")"), sent.end)
    else:
        cells = next((g for g in groups if g.start <= i < g.end), None)  # "neoplastic transformation"
    if cells is None or k >= sent.end or doc[k].lower_ != "by":
        return None
    agent = group_close(groups, k + 1, sent, CLOSE)
    return (agent, cells, "nominal") if agent is not None and not _cells(ents, agent) else None



def _patient(sent: SentView, groups: list[Group], i: int) -> Group | None:
    """The cells before a passive 'transformed', over 'which had been' and adverbs."""
    doc = sent.doc
    k = i
    while k - 1 > sent.start and doc[k - 1].lower_ in PASSIVE_LINKS:
        k -= 1
    return next((g for g in groups if g.end == k), None)


def _object(sent: SentView, ents, groups: list[Group], start: int) -> Group | None:
    """The first cell group after an active 'transform(s)', over a few plain words and mentions
    that only modify the cells ('transform E1A immortalized baby rat kidney cells')."""
    doc = sent.doc
    for g in groups:
        if g.start < start:
            continue
        if g.start - start > OBJECT_GAP:
            return None
        if any(not (t.is_alpha or t.text == "-") or t.lower_ in {"by", "with", "into", "to", "that", "which"}
               for t in doc[start: g.start]):
            return None
        if _cells(ents, g):
            return g
        start = g.end  # a mention before the cells, such as the gene that immortalized them
    return None

"""Means phrases: 'TAMs promoted Y through the secretion of TNF-α' -> TAMs increases TNF-α; with a directional
adjective, 'X increases Y through enhanced transcription of Z' -> X increases Z (directed_means).

The clause's first mention makes what the noun of making is 'of'. The noun may be a process
mention (the entity stage types "secretion"), at which the verb pass never stops, or a plain word
the verb pass marks (finders.gate_words). Words: lexicons/cues/means.tsv.
"""

from __future__ import annotations

import functools
from pathlib import Path

from claimx.arguments import Group, first_group, group_right
from claimx.clauses import DETERMINERS, clause_floor
from claimx.constructions import Construction
from claimx.cues import Cue, CueSet, cues_dir, words_by_kind
from claimx.tokview import SentView

MAKES = Cue("means", "increases", "noun", "noun")
OBJECT_GAP = 2  # words from 'of' to the object: "of the soluble TNF-α"


@functools.lru_cache(maxsize=4)
def load_means(directory: Path | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """(nouns of making, prepositions of means)."""
    found = words_by_kind((directory or cues_dir()) / "means.tsv", ("noun", "preposition"))
    return found["noun"], found["preposition"]


def means_words() -> frozenset[str]:
    """The nouns, for the sentence gate: a plain one (no mention) reaches means_claims as a marked token."""
    return load_means()[0]


def means_claims(sent: SentView, ents, groups: list[Group], marked) -> list[Construction]:
    """'X ... through/via/by the secretion/production/release of Z': X -> Z.

    The noun is a marked token of the verb pass, or a one-word process mention ("secretion")."""
    nouns, prepositions = load_means()
    doc = sent.doc
    at = [t.i for t in marked if t.lower_ in nouns]
    at += [e.start for e in ents if e.label_ == "process" and e.end - e.start == 1 and doc[e.start].lower_ in nouns]
    out = []
    for i in at:
        k = i - 1
        while k > sent.start and doc[k].lower_ in DETERMINERS:
            k -= 1
        if k <= sent.start or doc[k].lower_ not in prepositions or i + 1 >= sent.end or doc[i + 1].lower_ != "of":
            continue
        before = doc[k - 1]
        if doc[k].lower_ == "by" and before.is_lower and before.lower_.endswith(("ed", "en")):
            continue  # "was increased by the secretion of Z": a passive agent
        obj = group_right(groups, i + 2, min(sent.end, i + 3 + OBJECT_GAP), sent)
        subj = first_group(groups, clause_floor(sent, k), k)
        if obj is not None and subj is not None:
            out.append(Construction(subj, obj, "chain", MAKES, i, subj))
    return out


def directed_means(sent: SentView, groups: list[Group], cues: CueSet) -> list[Construction]:
    """'Insulin increases VEGF mRNA through enhanced transcription of the VEGF gene', 'X blocks Y by
    reduced expression of Z': the clause's first mention changes Z the way the adjective says."""
    _, prepositions = load_means()
    doc = sent.doc
    out = []
    for tok in sent.marked:
        cue = next((c for c in cues.words.get(tok.lower_, ()) if c.kind == "adj" or c.form == "ed"), None)
        if cue is None or tok.i + 2 >= sent.end or doc[tok.i + 2].lower_ != "of" \
                or doc[tok.i + 1].lower_ not in cues.processes:
            continue
        k = tok.i - 1
        while k > sent.start and doc[k].lower_ in DETERMINERS:
            k -= 1
        if k <= sent.start or doc[k].lower_ not in prepositions:
            continue
        before = doc[k - 1]
        if doc[k].lower_ == "by" and before.is_lower and before.lower_.endswith(("ed", "en")):
            continue  # "was inhibited by reduced expression of Z": a passive's agent, not a means
        obj = group_right(groups, tok.i + 3, min(sent.end, tok.i + 4 + OBJECT_GAP), sent)
        subj = first_group(groups, clause_floor(sent, k), k)
        if obj is not None and subj is not None:
            out.append(Construction(subj, obj, "chain", cue, tok.i, subj))
    return out

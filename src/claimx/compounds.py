"""Mentions side by side in one noun phrase: which of them a claim is about.

build_groups (arguments.py) joins mentions with nothing between them into one group, so that the
phrase "MCF-7 breast cancer cells" stays one argument for the positional searches. As claims they
are one noun phrase, not a list: one claim, on the head (the last mention).
"""

from __future__ import annotations

from spacy.tokens import Span

from claimx.coordination import Group
from claimx.tokview import concept_of

SHARED = {"-", "/"}  # joins after which a hyphen suffix belongs to every member


def compound_heads(members: tuple[int, ...], ents: list[Span], operators) -> tuple[int, ...]:
    """`members` without the mentions that only modify the next one ("myeloid leukemia U937",
    "B16F10 melanoma"). Two gene names side by side ("Rab7a GTPase", "GTPase Cdc42") are a name
    and its class either way round, and an operator word after a mention ("IL-17F ablation",
    operators.tsv 'after' rows) is that mention's operator: both stay. Two names of one concept
    joined by a slash ("VPF/VEGF", "CCN1/CYR61") are one claim, on the first name."""
    if len(members) < 2:
        return members
    members = _one_name_each(members, ents)
    out = []
    for a, b in zip(members, members[1:]):
        ea, eb = ents[a], ents[b]
        if ea.end == eb.start and not (ea.label_ == eb.label_ == "gene_protein") \
                and not (eb.end - eb.start == 1 and ("after", (eb.text.lower(),)) in operators):
            continue
        out.append(a)
    out.append(members[-1])
    return tuple(out)


def _same_concept(a: Span, b: Span) -> bool:
    ca, cb = concept_of(a), concept_of(b)
    return ca is not None and cb is not None and ca.id == cb.id


def _one_name_each(members: tuple[int, ...], ents: list[Span]) -> tuple[int, ...]:
    """`members` without a mention that restates the one before it after a slash."""
    out = [members[0]]
    for b in members[1:]:
        ea, eb = ents[out[-1]], ents[b]
        if not (eb.start == ea.end + 1 and ea.doc[ea.end].text == "/" and _same_concept(ea, eb)):
            out.append(b)
    return tuple(out) if len(out) < len(members) else members


def glued_member(g: Group, ents: list[Span], doc) -> Group:
    """The subject of a hyphen suffix cue: only the mention glued to the hyphen ("tumor cell
    proliferation and tumor-induced angiogenesis", "anti-CD95 and TRAIL-induced apoptosis": tumor,
    TRAIL), unless a hanging hyphen shares the suffix with the earlier members ("IL-6- and
    TNF-induced apoptosis") or a slash joins them ("Hoxa9/Meis1-induced leukemogenesis")."""
    if len(g.members) < 2:
        return g
    last = ents[g.members[-1]]
    if any(t.text in SHARED for t in doc[g.start: last.start]) or any(ents[m].text.endswith("-") for m in g.members):
        return g  # "IL-6- and TNF-induced", "Hoxa9/Meis1-induced": the suffix is shared
    return Group((g.members[-1],), last.start, last.end)

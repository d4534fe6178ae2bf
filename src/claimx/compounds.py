"""Mentions side by side in one noun phrase: which of them a claim is about.

build_groups (arguments.py) joins mentions with nothing between them into one group, so that the
phrase "MCF-7 breast cancer cells" stays one argument for the positional searches. As claims they
are one noun phrase, not a list: one claim, on the head (the last mention).
"""

from __future__ import annotations

from spacy.tokens import Span


def compound_heads(members: tuple[int, ...], ents: list[Span], operators) -> tuple[int, ...]:
    """`members` without the mentions that only modify the next one ("myeloid leukemia U937",
    "B16F10 melanoma"). Two gene names side by side ("Rab7a GTPase", "GTPase Cdc42") are a name
    and its class either way round, and an operator word after a mention ("IL-17F ablation",
    operators.tsv 'after' rows) is that mention's operator: both stay."""
    if len(members) < 2:
        return members
    out = []
    for a, b in zip(members, members[1:]):
        ea, eb = ents[a], ents[b]
        if ea.end == eb.start and not (ea.label_ == eb.label_ == "gene_protein") \
                and not (eb.end - eb.start == 1 and ("after", (eb.text.lower(),)) in operators):
            continue
        out.append(a)
    out.append(members[-1])
    return tuple(out)

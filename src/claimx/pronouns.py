"""Sentence-initial pronouns as mentions of the previous sentence's subject (claimx_entities)."""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from claimx.found import Found, TokenIndex

if TYPE_CHECKING:
    from claimx.entities import Concept


PRONOUNS = {"They": True, "It": False, "Its": False}  # word -> refers to a plural
_ANTECEDENT_TYPES = {"cell", "gene_protein", "cytokine", "agent", "therapy"}
_PRONOUN_LENGTHS = frozenset(len(w) for w in PRONOUNS)


def pronoun_mentions(doc: Doc, index: TokenIndex, chosen: list[tuple[Span | Found, Concept]]
                     ) -> list[tuple[Span | Found, Concept]]:
    """A sentence-initial 'They'/'It'/'Its' takes the concept of the previous sentence's subject:
    a mention within its first three tokens ("MDSCs exert ... They are also recruited by ...").
    'It' never refers to a plural; 'They' may follow a singular long form ("suppressor cell (MDSCs)").

    Sentences are read from the sentence starts, not doc.sents (a Span and Tokens per sentence).
    """
    if not doc.has_annotation("SENT_START"):
        return []
    n = len(index.starts)
    if not n:
        return []
    bounds = [0, *index.sentence_starts(doc), n]
    text, starts, lengths = index.text, index.starts, index.lengths
    mention_starts = [sc[0].start for sc in chosen]  # chosen is sorted by start
    out = []
    for t in range(1, len(bounds) - 1):  # the first sentence has no previous one
        start, end = bounds[t], bounds[t + 1]
        head = start + 1 if end - start > 1 and doc[start].is_space else start  # a Token only per sentence
        if lengths[head] not in _PRONOUN_LENGTHS:
            continue
        plural = PRONOUNS.get(text[starts[head]: starts[head] + lengths[head]])
        if plural is None:
            continue
        # the previous sentence's first mention of an antecedent type within its first three tokens
        prev_start = bounds[t - 1]
        stop = min(start, prev_start + 3)
        prev = None
        for k in range(bisect.bisect_left(mention_starts, prev_start), len(chosen)):
            if mention_starts[k] >= stop:
                break
            if chosen[k][1].type in _ANTECEDENT_TYPES:
                prev = chosen[k]
                break
        if prev is not None and (plural or not prev[0].text.endswith("s")):
            c = prev[1]
            out.append((index.found(head, head + 1), replace(c, source="coreference")))
    return out

"""Noun-phrase fallback arguments: "liver-resident cells", "HSC-presented antigens".

Many arguments are noun phrases that no lexicon names. When a cue finds no claim with
the sentence's mentions, claims.py tries the cue again with these phrases added as
stand-in mentions; a phrase therefore never replaces a lexicon mention.

Rules (no tagger: closed word lists stand in for parts of speech):
- the head is a word listed in lexicons/cues/head_nouns.tsv, which also gives the
  phrase its DESIGN type ("cells" -> cell, "antigens" -> gene_protein);
- the head is the last noun of the phrase: a head followed by another head word, a
  glued hyphen or a hyphenated compound ("T cell responses", "cell-mediated",
  "cell cross-talk") is a modifier, not a head;
- modifiers are taken leftwards, up to MAX_MODIFIERS words (a hyphenated compound
  counts as one), stopping at mentions, cue words, function words, -ly adverbs,
  numbers, punctuation and free-standing -ing words (mostly verbs);
- a bare head ("cells") is a phrase only when BARE_HEADS allows it;
- id `claimx:np:<lower-case phrase>`, no xrefs, source "phrase".
Phrase tokens never overlap a mention, so spans stay exact (extract.py maps them).
"""

from __future__ import annotations

from spacy.tokens import Span

from claimx.cues import CueSet
from claimx.entities import Concept
from claimx.tokview import SentView

MAX_MODIFIERS = 3
BARE_HEADS = False  # "cells" alone names nothing a reader could look up
# Words that end a phrase on its left: determiners, prepositions, conjunctions, pronouns,
# auxiliaries and the commonest non-cue verbs.
STOP = set("""
a an the this these those that which who whom whose its their his her our your my some any each every
all both either neither no not nor other another such same several many much more most few fewer less
of in on at by for with without within from to into onto upon via through across among between
against toward towards during after before under over about around than as like unlike
and or but whereas while although though because since if when where whether then thus hence also
is are was were be been being am has have had do does did can could may might must shall should will would
it they them we he she one ones there here
show shows showed shown exhibit exhibits exhibited display displays displayed contain contains contained
include includes included including express expresses expressed use uses used using involve involves
involved require requires required make makes made find found observe observed
""".split())


def noun_phrases(sent: SentView, taken: set[int], cues: CueSet) -> list[Span]:
    """Fallback phrases in `sent`, left to right; `taken` holds the token indexes of mentions."""
    out: list[Span] = []
    heads = cues.head_nouns
    # Only head words start a phrase: listed first, as most sentences have few or none.
    for tok in [t for t in sent.doc[sent.start: sent.end] if t.lower_ in heads]:
        typ = heads[tok.lower_]
        if tok.i in taken or _continues(sent, tok.i, taken, cues):
            continue
        start = _left_edge(sent, tok.i, taken, cues)
        if start == tok.i and not BARE_HEADS:
            continue
        if out and out[-1].end > start:
            continue
        span = Span(sent.spacy_doc, start, tok.i + 1, label=typ)
        name = _name(span)
        span._.claimx = Concept(f"claimx:np:{name.lower()}", name, typ, (), "phrase")
        out.append(span)
    return out


def _continues(sent: SentView, i: int, taken: set[int], cues: CueSet) -> bool:
    """True when the word at i modifies what follows: another head word, a glued hyphen
    ("cell-mediated") or a hyphenated compound ("cell cross-talk")."""
    doc = sent.doc
    k = i + 1
    while k < sent.end and doc[k].is_space:
        k += 1
    if k >= sent.end or k in taken:
        return False
    nxt = doc[k]
    if nxt.text == "-" and not doc[i].whitespace_:
        return True
    glued = k + 1 < sent.end and doc[k + 1].text == "-" and not nxt.whitespace_ and nxt.is_alpha
    compound = glued or ("-" in nxt.text.strip("-") and any(c.isalpha() for c in nxt.text))
    return nxt.lower_ in cues.head_nouns or (compound and nxt.lower_ not in STOP)


def _left_edge(sent: SentView, i: int, taken: set[int], cues: CueSet) -> int:
    """First token of the phrase whose head is at i."""
    doc = sent.doc
    start = i
    words = 0
    k = i - 1
    while k >= sent.start and words < MAX_MODIFIERS:
        t = doc[k]
        if t.text == "-" and not t.whitespace_ and k > sent.start and not doc[k - 1].whitespace_:
            # "HSC-presented": the hyphen joins two parts of one modifier
            if k - 1 in taken or not _modifier(doc[k - 1], cues):
                break
            start, k = k - 1, k - 2
            continue
        if k in taken or not _modifier(t, cues):
            break
        # A word glued to the hyphen on its right was counted with it.
        if not (k + 1 < i and doc[k + 1].text == "-" and not t.whitespace_):
            words += 1
        start, k = k, k - 1
    while start < i and doc[start].text == "-":
        start += 1
    return start


def _modifier(t, cues: CueSet) -> bool:
    low = t.lower_
    if t.is_space or t.is_punct or t.like_num or low in STOP or low in cues.words or low in cues.causal:
        return False
    if low.endswith("ly") and t.is_alpha and len(low) > 4:
        return False  # adverbs: "significantly", "markedly"
    if low.endswith("ing") and t.is_alpha and len(low) > 5:
        return False  # mostly verbs ("Utilizing antibody"); "signaling pathway" is lost with them
    return any(c.isalpha() for c in t.text)


def _name(span: Span) -> str:
    """The phrase as written, hyphens kept tight and line breaks folded to spaces."""
    parts: list[str] = []
    for t in span:
        if t.is_space:
            continue
        parts.append(t.text + (" " if t.whitespace_ else ""))
    return "".join(parts).strip()

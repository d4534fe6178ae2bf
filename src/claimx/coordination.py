"""Coordinated mention groups: mentions joined only by commas, "and", "or", "/" are one group,
and a cue takes the nearest group on each side (arguments.py)."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span

from claimx.tokview import Tok


COORD = {",", "and", "or", "/", "&", "both", "either", "as", "well", "respectively", "including", "the"}
# After "in": a setting, not a place or a list member ("increased in vitro cell migration",
# "angiogenesis in vivo and endothelial cell migration").
SETTINGS = {"vivo", "vitro", "situ"}


class Group(NamedTuple):
    """Coordinated mentions: indexes into the sentence's entity list.

    A named tuple rather than a frozen dataclass: thousands are built per document, and a
    frozen dataclass's __init__ (object.__setattr__ per field) made that a visible cost."""

    members: tuple[int, ...]
    start: int   # first token (doc index)
    end: int     # one past the last token


def build_groups(ents: list[Span], tokens: list[Tok], verbs: frozenset[str] = frozenset()) -> list[Group]:
    """Join mentions separated only by coordination tokens; drop parenthesized restatements.

    A join made by a comma alone holds only when an 'and'/'or' join follows it in the list
    ("A, B and C"); otherwise "In mice, X reduced Y" would coordinate mice with X.
    """
    groups: list[Group] = []
    for members, joins in _chains(ents, tokens, verbs):
        last_and = len(joins) - 1  # the last join with a conjunction; a loop, not max() over a generator:
        while last_and >= 0 and not joins[last_and]:  # most chains are one mention with no joins
            last_and -= 1
        start = 0
        for k, conj in enumerate(joins):
            if not conj and k > last_and:
                groups.append(_group(ents, members[start: k + 1]))
                start = k + 1
        groups.append(_group(ents, members[start:]))
    return groups


def _chains(ents: list[Span], tokens: list[Tok], verbs: frozenset[str]) -> list[tuple[list[int], list[bool]]]:
    """Runs of mentions joined by coordination tokens, with whether each join has a conjunction.

    `tokens` is the document's Tok list (tokview.py). A mention after ', and' that a finite verb
    (one of `verbs`) follows starts a clause of its own ('X reduced IL-6, and TNF increased')."""
    chains: list[tuple[list[int], list[bool]]] = []
    current: list[int] = []
    joins: list[bool] = []
    prev_end = 0  # where the last member ends, past a restatement "(TGF-β)" skipped after it
    for k, ent in enumerate(ents):
        if current:
            prev = ents[current[-1]]
            words = [t.lower_ for t in tokens[prev_end: ent.start] if not t.is_space]
            words = _without_citations(words) if "[" in words else words
            if len(words) > 2 and words[0] == "in" and words[1] in SETTINGS:
                words = words[2:]  # "angiogenesis in vivo and endothelial cell migration": a setting, no list break
            if words == ["("] and ent.end < len(tokens) and tokens[ent.end].text == ")":
                prev_end = ent.end + 1
                continue  # "transforming growth factor-β (TGF-β)": the same mention twice
            if not words and ent.label_ == "process" and prev.label_ != "process":
                continue  # "CD8+ T cell infiltration": the process belongs to the mention before it
            # (a longer list before it, "A, B, and C increased Y", is the verb's subject)
            clause = len(current) == 1 and "," in words and ent.end < len(tokens) and tokens[ent.end].lower_ in verbs
            # (length first, and a set test: the gap between two mentions is often a long clause)
            if not clause and (words and len(words) <= 4 and COORD.issuperset(words)
                               or not words and prev_end == ent.start):
                current.append(k)
                prev_end = ent.end
                joins.append(not words or any(w not in {",", "the"} for w in words))
                continue
            chains.append((current, joins))
        current, joins, prev_end = [k], [], ent.end
    if current:
        chains.append((current, joins))
    return chains


def _without_citations(words: list[str]) -> list[str]:
    """'Tregs [27] and macrophages [28, 29]': a citation bracket between list members is no word
    of the list; a bracket holding anything but numbers, or a comma after it, leaves the words."""
    out, inside = [], False
    for w in words:
        if w == "[" and not inside:
            inside = True
        elif w == "]" and inside:
            inside = False
        elif inside and not (w.isdigit() or w in {",", "-", "–", "—"}):
            return words
        elif not inside:
            out.append(w)
    return words if inside or "," in out else out  # "[82], and X can ...": often a new clause


def _group(ents: list[Span], members: list[int]) -> Group:
    return Group(tuple(members), ents[members[0]].start, ents[members[-1]].end)

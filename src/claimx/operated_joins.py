"""'A and the blockade of B V Y': both members of such a list are the verb's subjects.

Coordination joins mentions separated only by list words (coordination.py), so in "STAT3
inhibitors and the blockade of IL-6 reduced tumor growth" the words "and the blockade of" broke
the list and only the group nearer the verb acted (or, for a raised verb, only the first). A gap
of a conjunction, an optional "the" and an operator noun with "of" (operators.tsv, position
before), after the first member's own operator and head noun if any ("MDSC-targeting agents and
the blockade of ..."), joins the subject groups on either side; a hyphen-suffixed modifier
before the second ("the blockade of MDSC-inducing cytokines") is skipped to its head noun. Only
subjects are joined: "X increased A and the suppression of B" does not increase B. Each member
reads its own operator (member_operator, called from modifiers.py).
"""

from __future__ import annotations

from collections.abc import Container

from claimx.coordination import Group

CONJUNCTIONS = {"and", "or"}


def operator_join(words: list[str], before: Container[tuple[str, ...]], after: Container[tuple[str, ...]]) -> bool:
    """True when `words` (the lower-cased gap between two mentions) is '[<operator> [noun]] and [the] <operator> of'."""
    if len(words) < 3 or words[-1] != "of":
        return False
    conj = next((k for k, w in enumerate(words) if w in CONJUNCTIONS), None)
    if conj is None or conj + 1 >= len(words) or not _own_operator(words[:conj], after):
        return False
    phrase = words[conj + 2:] if words[conj + 1] == "the" else words[conj + 1:]
    return tuple(phrase) in before


def _own_operator(words: list[str], after: Container[tuple[str, ...]]) -> bool:
    """Nothing, or the first member's operator with an optional head noun: '-targeting agents', 'inhibitors'."""
    if not words:
        return True
    n = 2 if words[0] == "-" and len(words) > 1 else 1
    op = ("-" + words[1],) if n == 2 else (words[0],)
    return op in after and len(words) - n <= 1 and all(w.isalpha() for w in words[n:])


def joined_subject(groups: list[Group], subj: Group, doc: list, mods, suffixes: Container[str]) -> Group:
    """`subj` with the groups an operator join ties to it on either side, as one group."""
    k = groups.index(subj) if subj in groups else -1
    if k < 0:
        return subj
    first, last = k, k
    while first > 0:  # the member before: the gap may end at a glued modifier of this one
        left = _modified(groups, first, doc, suffixes)
        if left < 1 or not _joined(groups[left - 1], groups[left], doc, mods):
            break
        first = left - 1
    while last + 1 < len(groups) and _joined(groups[last], groups[last + 1], doc, mods):
        nxt = last + 1  # "... and the blockade of MDSC-inducing cytokines": the head, past the modifier
        head = nxt + 1 if nxt + 1 < len(groups) and _modified(groups, nxt + 1, doc, suffixes) == nxt else nxt
        last = head
    if first == last:
        return subj
    kept = [j for j in range(first, last + 1)  # a glued modifier is no member: its head is
            if j == k or j == last or _modified(groups, j + 1, doc, suffixes) != j]
    members = tuple(m for j in kept for m in groups[j].members)
    return Group(members, groups[first].start, groups[last].end)


def _modified(groups: list[Group], k: int, doc: list, suffixes: Container[str]) -> int:
    """The index of the group glued before group `k` by a hyphen suffix ('MDSC-inducing cytokines'), else `k`."""
    if k < 1 or k >= len(groups):
        return k
    g, prev = groups[k], groups[k - 1]
    if prev.end + 2 == g.start and doc[prev.end].text == "-" and doc[prev.end + 1].lower_ in suffixes:
        return k - 1
    return k


def _joined(a: Group, b: Group, doc: list, mods) -> bool:
    words = [t.lower_ for t in doc[a.end: b.start] if not t.is_space]
    return operator_join(words, mods.before, mods.after)


def member_operator(ent, group: Group, ents: list, doc: list, before: dict, past) -> str | None:
    """The operator of 'and [the] <operator> of <ent>', or of the list member it is listed with
    ('and the blockade of cytokines or chemokines'), else None; `past` skips a glued modifier back."""
    members = [ents[m] for m in group.members]
    idx = next((i for i, m in enumerate(members) if m.start == ent.start), 0)
    for i in range(idx, 0, -1):
        op = _opened(past(members[i].start - 1, ents, doc) + 1, doc, before)
        if op is not None:
            return op
        gap = {t.lower_ for t in doc[members[i - 1].end: members[i].start] if not t.is_space}
        if not gap or not gap <= {",", "and", "or"}:
            return None
    return None


def _opened(start: int, doc: list, before: dict) -> str | None:
    """The operator of 'and [the] <operator> of' ending right before token `start`, else None."""
    for n in (2, 1):
        k = start - n
        if k < 2:
            continue
        words = tuple(t.lower_ for t in doc[k: start])
        if words in before:
            j = k - 1 if doc[k - 1].lower_ == "the" else k
            if doc[j - 1].lower_ in CONJUNCTIONS:
                return before[words]
    return None

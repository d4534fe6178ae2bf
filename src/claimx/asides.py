"""Asides and contrasts between a subject and its verb, for arguments.group_left.

- "ATX, a potent motogen, augments Y", "PAI-1, however, prevented Y", "IL-6, which ..., increases
  Y", "granulin, induced by CSF-1, increases Y": the subject stands before an aside that ends at
  the verb;
- "X, but not Y, reduced Z": both are the verb's subject, Y negated (claims.py reads but_not);
  "X, as well as Y, reduced Z" and "X, together with Y, ...": both, neither negated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimx.tokview import SentView

if TYPE_CHECKING:
    from claimx.arguments import Group

# What joins a second subject between commas: "H, but not G, reduced Z", "H, as well as G, reduced Z".
JOINS = [[",", "but", "not"], [",", "as", "well", "as"], [",", "together", "with"], [",", "along", "with"]]
# First words of an appositive aside: ", a potent motogen,", ", one of the most potent angiogenic factors,".
APPOSITION_START = {"a", "an", "the", "which", "who", "one"}
MAX_ASIDE = 8  # words of an aside between the subject and its verb: ", a potent tumor motogen,"
ASIDES = [["however"], ["therefore"], ["thus"], ["moreover"], ["furthermore"], ["indeed"], ["in", "turn"],
          ["in", "addition"], ["in", "contrast"], ["for", "example"], ["in", "particular"], ["also"]]


def before_aside(groups: list[Group], pos: int, floor: int, sent: SentView, before_verb: set[str]) -> Group | None:
    """The subject before an aside that ends at the verb: 'ATX, a potent motogen, augments Y',
    'PAI-1, however, prevented Y', 'IL-6, which Tregs secrete, increases Y'. Mentions inside the
    aside are not the subject."""
    doc = sent.doc
    k = pos - 1
    while k > floor and doc[k].lower_ in before_verb:
        k -= 1
    if k <= floor or doc[k].text != ",":
        return None
    inner = [t for t in doc[max(floor, k - MAX_ASIDE - 1): k]]
    opening = next((j for j in range(len(inner) - 1, -1, -1) if inner[j].text == ","), None)
    if opening is None:
        return None
    words = [t.lower_ for t in inner[opening + 1:]]
    comma = inner[opening].i
    named = next((g for g in groups if g.start == comma + 1 and g.end == k), None)
    if named is not None:  # "A synthetic tetracycline, doxycycline, inhibits Y": the aside names the host
        host = next((g for g in reversed(groups) if g.start >= floor and g.end == comma), None)
        if host is not None and host.start > sent.start and doc[host.start - 1].lower_ == "of":
            return named  # "Another mode of ablation, cryoablation, can lead to Y": the named one only
        return host._replace(members=host.members + named.members, end=named.end) if host is not None else None
    if not words or not (words[0] in APPOSITION_START or words in ASIDES or reduced_passive(words)):
        return None
    host = next((g for g in reversed(groups) if g.start >= floor and g.end <= comma), None)
    if host is None or any(t.text not in "()" and not t.is_space for t in doc[host.end: comma]) and \
            not _restatement(doc[host.end: comma]):
        return None
    return host


def reduced_passive(words: list[str]) -> bool:
    """', induced by CSF-1,' / ', derived from TAMs,': a participle and its agent, an aside."""
    return len(words) >= 3 and words[0].isalpha() and words[0].endswith("ed") and words[1] in {"by", "from"}


def _restatement(tokens) -> bool:
    """'Autotaxin (ATX)': only a parenthesis between the host mention and the aside's comma."""
    words = [t.text for t in tokens if not t.is_space]
    return len(words) >= 2 and words[0] == "(" and words[-1] == ")" and "(" not in words[1:]


def contrasted(groups: list[Group], g: Group, floor: int, sent: SentView) -> Group | None:
    """The group H of 'H, but not G, reduced Z' (G negated) or 'H, as well as G, reduced Z': both
    are the verb's subject."""
    for words in JOINS:
        k = g.start - len(words)
        if k > floor and [t.lower_ for t in sent.doc[k: g.start]] == words:
            return next((h for h in groups if h.end == k and h.start >= floor), None)
    return None


def enclosed_join(g: Group, sent: SentView) -> bool:
    """'IL-6, as well as TNF': a group whose members a comma and a JOINS phrase join."""
    words = [t.lower_ for t in sent.doc[g.start: g.end]]
    return any(words[k: k + len(j)] == j for j in JOINS[1:] for k in range(len(words)))


def but_not(sent: SentView, g: Group) -> int | None:
    """Index of the 'but' of ', but not' inside a subject group that contrasted joined, else None."""
    doc = sent.doc
    return next((k for k in range(g.start, g.end - 1) if doc[k].lower_ == "but" and doc[k + 1].lower_ == "not"), None)

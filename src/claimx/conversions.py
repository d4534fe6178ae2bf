"""'V A into B, facilitating Y': what A is turned into, B, is the participle's subject.

A chain participle after a clause takes the clause's first group as its subject (parts.py). When
that group is followed by "into" and a mention of the same type ("can polarize monocyte-derived
macrophages into mature CD11b+F4/80+ macrophages, facilitating angiogenesis"), the clause turns A
into B, and it is B, the cells as they now are, that does what follows (the review gold set's
reading). A finite verb before A ("The niche polarizes A into B, ...") does not make A its
object and the participle subjectless here, as it does for other verbs: B still acts.
"""

from __future__ import annotations

from claimx.arguments import first_group, group_right
from claimx.coordination import Group
from claimx.subjects import past_expletive
from claimx.tokview import SentView


def converted(sent: SentView, groups: list[Group], subj: Group | None, floor: int, pos: int) -> Group | None:
    """B of 'A into B' when A is the clause's first group (or `subj`) and a comma closes B before
    `pos`, the word before the participle (a comma, "thereby", "by"); else `subj`.

    Without the comma ("V A into B by releasing Y") the means is the clause's own."""
    first = subj or first_group(groups, past_expletive(sent, floor), pos)
    doc = sent.doc
    if first is None or first.end >= pos or doc[first.end].lower_ != "into":
        return subj
    result = group_right(groups, first.end + 1, pos, sent)
    if result is None or result.end > pos or not any(t.text == "," for t in doc[result.end: pos + 1]):
        return subj
    kind = sent.spacy_doc[first.start].ent_type_
    return result if kind and sent.spacy_doc[result.start].ent_type_ == kind else subj

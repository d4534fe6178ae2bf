"""'The expression of X in Y cells was higher after Z': X changed, not the cells it is measured in.

The temporal rule takes the group nearest before its cue as what changed (constructions.py). When
that group is where a process noun's mention is measured ("the expression of ICOS in inducible T
cells", "the level of PD-L1 on the surface of tumor cells"), the mention after "<process> of" is
the patient. Lists of such phrases ("the expression of A and B in C and the level of D on E") give
every measured mention.
"""

from __future__ import annotations

from claimx.coordination import Group
from claimx.tokview import SentView

PLACES = {"in", "on", "within"}
PLACE_WORDS = {"the", "surface", "of"}  # "on the surface of tumor cells"
MODIFIER_REACH = 3  # lower-case words between the preposition and the place mention ("in inducible T cells")


def located_patient(groups: list[Group], g: Group, floor: int, sent: SentView, processes) -> Group:
    """The mentions measured in `g` ('<process> of X in g'), with those listed before them; else `g`."""
    heads: list[Group] = []
    place = g
    while True:
        head = _measured(groups, place, floor, sent, processes)
        if head is None:
            break
        heads.insert(0, head)
        doc = sent.doc
        k = head.start - 3  # before "<process> of"
        k = k - 1 if k > floor and doc[k].lower_ == "the" else k
        if k <= floor or doc[k].lower_ != "and":
            break
        place = next((h for h in groups if h.end == k and h.start > floor), None)
        if place is None:
            break
    if not heads:
        return g
    return Group(tuple(m for h in heads for m in h.members), heads[0].start, heads[-1].end)


def _measured(groups: list[Group], place: Group, floor: int, sent: SentView, processes) -> Group | None:
    """The group after '<process> of' right before 'in/on [the surface of] <place>', else None."""
    doc = sent.doc
    k, words = place.start - 1, 0
    while k > floor and doc[k].lower_ not in PLACES and words < MODIFIER_REACH + len(PLACE_WORDS) \
            and (doc[k].lower_ in PLACE_WORDS or doc[k].is_alpha and doc[k].is_lower):
        k, words = k - 1, words + 1
    if k <= floor or doc[k].lower_ not in PLACES:
        return None
    head = next((h for h in groups if h.end == k and h.start > floor + 1), None)
    if head is None or doc[head.start - 1].lower_ != "of" or doc[head.start - 2].lower_ not in processes:
        return None
    return head

"""Refinements of a cue's object once the nearest group is found.

- "Caffeine inhibits adenosine-induced accumulation of HIF-1α": the mention glued to a
  suffix cue ("adenosine-induced") is the agent of another claim (the suffix rule makes
  it); the verb acts on what that agent induces, so its object is the next group.
- "VEGF-induced phosphorylation of KDR": the object of a suffix cue may stand a few plain
  words after it.
- Objects listed after the first ("inhibited tumor growth, angiogenesis and metastasis") are
  object_lists.py's.
"""

from __future__ import annotations

from claimx.arguments import LOCATED, group_right
from claimx.clauses import BE, DETERMINERS
from claimx.coordination import SETTINGS, Group
from claimx.cues import suffix_head
from claimx.effect_operands import effect_of
from claimx.states import load_states
from claimx.tokview import SentView

SUFFIX_GAP = 4  # words from "X-induced" to its object: "VEGF-induced phosphorylation of KDR"
# Words that end the noun phrase after "X-induced": another clause or an agent follows.
VERBAL = BE | {"can", "could", "may", "might", "will", "would", "should", "did", "does", "do", "has", "have", "had"}
# Measured quantities: "secreted protein levels in RPE cells" names the levels (of no mention here)
# and where they were measured; a property of the cells ("the proportion of inflammatory phenotype
# in TAMs", "shape change in endothelial cells") is a claim on them and stays.
MEASURES = {"level", "levels", "amount", "amounts", "concentration", "concentrations", "content", "efficiency",
            "rate", "rates", "activity", "activities", "expression", "production", "secretion", "uptake"}
NOT_IN_PHRASE = {"by", "with", "on", "upon", "was", "were", "is", "are", "that", "which", "to", "from", "than", "as"}


# Prepositions that put a mention beside the suffixed noun rather than make it the noun's bearer
# ('of' does: "IL-6-induced expression of VEGF")
PLACED = LOCATED | {"on", "onto", "at", "to", "with", "by", "from"}
# Prepositions that attach a mention to a noun between a verb and it ('of', 'in' and 'to' do not
# stop the search: "reduced the expression of VEGF", "increased the sensitivity of cells to Y"; nor
# does 'for': "reduced the risk for colorectal cancer")
ATTACHED = {"on", "at", "from", "by", "with"}


def past_suffixed(groups: list[Group], g: Group, limit: int, sent: SentView, cues) -> Group | None:
    """The object past 'Y-induced' (or 'Y mediated'); `g` itself when no suffix cue follows it.

    None when the suffixed mention has nothing after it: "X blocked the VEGF-induced effects"
    says nothing about VEGF itself."""
    doc = sent.doc
    for _ in range(3):  # "E1A-induced p53-dependent apoptosis": past each suffixed mention
        k = g.end
        if k + 1 < limit and doc[k + 1].text == "-" and suffix_head(doc[k]):
            k += 1  # "the A3 receptor-stimulated migration of Y": past the agent's head noun
        glued = k < limit and doc[k].text == "-" and not doc[k - 1].whitespace_
        k += 1 if glued else 0
        genotype = glued and k < limit and doc[k].lower_ in load_states()[2]  # "Pten-deficient melanomas"
        if k >= limit or doc[k].lower_ not in cues.suffixes and not genotype:
            return g
        if not glued and (doc[k].lower_ in cues.words or k + 1 < limit and doc[k + 1].lower_ in NOT_IN_PHRASE):
            return g  # "platelets stimulated a rise", "apoptosis induced by TNF": a verb, not "X-induced Y"
        g = group_right(groups, k + 1, limit, sent)
        if g is None or any(t.lower_ in PLACED for t in doc[k + 1: g.start]):
            return None  # "VEGF-induced cord formation on collagen": the formation (no mention), not the collagen
    return g


def _new_predicate(sent: SentView, pos: int, start: int, cues) -> bool:
    """'X improves metabolism, does not impair angiogenesis': a verb cue after a comma between the
    verb and the mention starts a predicate of its own, whose object the mention is."""
    doc = sent.doc
    for k in range(pos, start - 1):
        if doc[k].text != ",":
            continue
        j = k + 1
        while j < start and doc[j].lower_ in VERBAL | {"not", "also"}:
            j += 1
        if j < start and any(c.kind == "verb" for c in cues.words.get(doc[j].lower_, ())):
            return True
    return False


def located_after_noun(sent: SentView, pos: int, start: int, cues) -> bool:
    """'(Insulin increases VEGF mRNA and) secreted protein levels in RPE cells': a measured quantity
    after the verb and then 'in' before the mention: the quantity (of no mention) is the object, the
    mention where it was measured. 'resulted in apoptosis' (the 'in' first), 'increased in vitro'
    and other nouns before the 'in' ('shape change in endothelial cells') are not such gaps."""
    doc = sent.doc
    for k in range(pos + 1, start):
        if doc[k].lower_ in LOCATED and doc[k + 1].lower_ not in SETTINGS:
            before = doc[k - 1]
            return before.lower_ in MEASURES
    return False


def intransitive_next(doc, k: int, cue_words) -> bool:
    """True when the word at k, right after a finite verb cue, shows the verb has no object: 'Na+
    transport increases from 0.75 to 1.78', 'p21 in the serum increased with increased tumor
    growth' (also past an adverb: 'increased gradually with X'), 'the plasma glucose decreased and
    the blood lactate increased'. Verbs joined by
    'and'/'or' share the object after them ('inhibits and down-regulates VEGF')."""
    w = doc[k].lower_
    if w.endswith("ly") and doc[k].is_alpha and doc[k].is_lower and k + 1 < len(doc) \
            and doc[k + 1].lower_ in {"from", "with"}:
        return True  # "capillary density increased gradually with X administration": past an adverb
    if w in {"from", "with"}:
        return True
    if w in {"and", "or"}:
        nxt = doc[k + 1]
        return not (nxt.lower_ in cue_words or nxt.is_lower and nxt.lower_.endswith("ly"))
    return False


def light_noun(sent: SentView, pos: int, obj: Group, cues, light) -> bool:
    """'X induced a reduction in Y': the verb before `pos` is a light verb and a noun cue lies
    before the object, so the nominal rule reads the claim (decreases), not the verb (increases)."""
    doc = sent.doc
    if not any(pos - n >= sent.start and tuple([t.lower_ for t in doc[pos - n: pos]]) in light for n in (1, 2, 3)):
        return False  # "induced", "resulted in", "gave rise to"
    if obj.end < sent.end and _noun_cue(doc[obj.end], cues) and not sent.spacy_doc[obj.end].ent_type:
        return True  # "X induced glutathione depletion": the noun after the object (light_target); a
        # noun the entity stage took ("monocyte recruitment", a process mention) makes no claim of its own
    return any(c.kind == "noun" for t in doc[pos: obj.start] for c in cues.words.get(t.lower_, ()))


def _noun_cue(t, cues) -> bool:
    return any(c.kind == "noun" for c in cues.words.get(t.lower_, ()))


def light_target(target: Group, sent: SentView, light) -> tuple[Group, int] | None:
    """'X induced glutathione depletion', 'X led to ERK inactivation': (`target`, the group right
    before a noun cue, the light verb's index) when a light verb stands right before the group
    (an article between)."""
    doc = sent.doc
    k = target.start
    if k - 1 > sent.start and doc[k - 1].lower_ in DETERMINERS:
        k -= 1
    for n in (3, 2, 1):
        if k - n >= sent.start and tuple([t.lower_ for t in doc[k - n: k]]) in light:
            return target, k - n
    return None


def checked_object(groups: list[Group], g: Group, pos: int, limit: int, sent: SentView, cues, light) -> Group | None:
    """The object from `pos` on: past_suffixed, and None at 'X induced a reduction in Y' (light_noun)
    or when the mention only modifies a role noun ('down-regulates tumor suppressor genes')."""
    role = cues.agents.get(sent.doc[g.end].lower_) if g.end < limit else None
    if role is not None and role.lemma != "promoter":  # "the VEGF promoter" is a gene's DNA, not a role
        return None
    if effect_of(sent, g.start, g.end):
        return None  # "potentiated the effect of hypoxia": the verb acts on what X does (effects.py)
    if located_after_noun(sent, pos, g.start, cues) or _new_predicate(sent, pos, g.start, cues):
        return None
    if any(t.lower_ in VERBAL or t.lower_ in ATTACHED for t in sent.doc[pos: g.start]):
        # "improves epithelial metabolism, does not impair angiogenesis": another verb's object;
        # "reduced dependence on the presence of oxygen": the mention hangs on a noun, not the verb
        return None
    return None if light_noun(sent, pos, g, cues, light) else past_suffixed(groups, g, limit, sent, cues)


def suffix_object(groups: list[Group], sent: SentView, start: int, cues) -> Group | None:
    """The object of 'X-induced' a few plain words on: 'VEGF-induced phosphorylation of KDR',
    'Fas-mediated apoptosis in prostate cancer cells', 'PLAG1-induced salivary gland tumorigenesis'.

    Only lower-case words that are not cues and 'of'/'and' may lie between: a cue word carries its
    own claim, punctuation or 'by' ends the noun phrase, and a mention after 'in' is where an
    unnamed object happens ('the Fas-mediated apoptotic pathway in DU145 cells')."""
    doc = sent.doc
    starts = {g.start: g for g in groups}
    for k in range(start, min(sent.end, start + SUFFIX_GAP + 1)):
        if k in starts:
            return starts[k]
        t = doc[k]
        if t.text == "-" and not t.whitespace_:
            continue
        if not (t.is_alpha and t.is_lower) or t.lower_ in cues.words or t.lower_ in NOT_IN_PHRASE \
                or t.lower_ in LOCATED:
            return None
    return None

"""The mention a verb's subject stands for when the nearest one is only where something acts.

- host_head: "expression of TEL in Ras-transformed NIH 3T3 cells inhibits Y": the mention after
  'in' is where the noun before it acts; that noun's mention is the subject, and without one
  there is none ("secreted protein levels in RPE cells through enhanced transcription of VEGF").
- subject_host: the same, first past a parenthesis the nearest mention fills ("... in breast
  cancer cells (MDA-MB231 and T47D) resulted in Y"); none when the mention names where a material
  came from ("conditioned medium from MDA-231 cells inhibited Y", materials.py).
"""

from __future__ import annotations

from claimx.arguments import CLAUSE_STOP, LINE_WORDS, LOCATED, Group
from claimx.materials import material_source
from claimx.tokview import INDEFINITE_ARTICLES, SentView, modifier_word, opening_parens

APPOSITIVE_REACH = 4  # words between 'a'/'an' and the mention inside the appositive: "a Rho GTPase"
PAREN_REACH = 8  # tokens back from a ')' to its '(' around a subject: "(MDA-MB231 and T47D)"
RESTATEMENT_REACH = 5  # tokens from a restatement's '(' past its ')': "(GLUT1)", "(TGF-β1)"
# Words after which a name still heads its appositive: "the levels of Cdc42, a Rho GTPase that ...",
# "angiogenic factors such as CCN1, an immediate-early gene product critical for Y" (a setting word
# before the name does not: "In mice, a high dose of X reduced Y")
NAMING_BEFORE = {"of", "as"}
HOST_MODIFIERS = {"the", "these", "this", "those", "a", "an", "human", "murine", "mouse", "rat", "cultured"}
HOST_REACH = 3  # other lower-case words before the mention after 'in'
# Prepositions opening a phrase of their own between a mention and a relative pronoun (antecedent)
NOT_ANTECEDENT = {"in", "into", "within", "as", "at", "from", "on", "to", "with"}
HOST_STOP = {"in", "into", "and", "or", "of", "by", "with", "which", "that", "who", "to", "from", "on", "at",
             "their", "its"}
MODIFIER_STOP = HOST_STOP | CLAUSE_STOP  # words that end a cell name's modifiers


def host_head(groups: list[Group], g: Group, floor: int, sent: SentView) -> Group | None:
    """'expression of TEL in Ras-transformed NIH 3T3 cells inhibits Y': a mention introduced by
    'in' is where the noun before it acts, not the verb's subject; that noun's mention is, and
    when no mention closes just before the 'in' there is no subject (None). `g` stays when no
    'in' introduces it (\"in vitro M-CSF induces Y\": 'vitro' is no modifier of cells)."""
    doc = sent.doc
    k = g.start - 1
    # Lower-case modifiers of cells ("in doxorubicin-sensitive MCF-7 cells") are skipped; before a
    # disease they may be its process's ("metastasis in gastric cancer"), which the object keeps.
    reach = g.start - HOST_REACH if cell_like_host(g, sent) else g.start
    while k > floor and (doc[k].lower_ in HOST_MODIFIERS or k >= reach and doc[k - 1].text != "-"
                         and modifier_word(doc[k], MODIFIER_STOP, alpha=False)):
        k -= 1
    glued = next((h for h in groups if h.end == k - 1), None) if k - 1 > floor and doc[k - 1].text == "-" else None
    if glued is not None and doc[k].is_lower:
        k = glued.start - 1  # past a compound modifier: "in Ras-transformed NIH 3T3 cells"
    if k <= floor or doc[k].lower_ not in LOCATED:
        return appositive_head(groups, g, floor, sent)
    head = next((h for h in reversed(groups) if h.start >= floor and k - 2 <= h.end <= k), None)
    # No mention before the 'in': the group is where the subject acts ("secreted protein levels in
    # RPE cells through enhanced ...", "expression of WT1 [...] in M1 cells induces"), not the subject.
    return head


def cell_like_host(g: Group, sent: SentView) -> bool:
    """Cells, a named cell line or a tissue ("in breast cancer cell lines", "in the mammary
    epithelium"): a place whose lower-case modifiers belong to it, unlike a disease's
    ("metastasis in gastric cancer"), which may be the claim's object."""
    doc = sent.doc
    if doc[g.end - 1].lower_ in LINE_WORDS or g.end < sent.end and doc[g.end].lower_ in LINE_WORDS:
        return True
    return sent.spacy_doc[g.end - 1].ent_type_ == "anatomy"


def appositive_head(groups: list[Group], g: Group, floor: int, sent: SentView) -> Group:
    """'Cdc42, a Rho GTPase that is known to promote Y', 'Cobalt chloride, a stimulator of VEGF
    (VEGF) stimulated Y': a mention inside an appositive restating the name before its comma
    stands for that name. The name must open the clause (sentence start or after a comma), so
    'In mice, a high dose of X reduced Y' keeps X."""
    doc = sent.doc
    k = g.start - 1
    while k > floor and g.start - k <= APPOSITIVE_REACH and doc[k].lower_ not in INDEFINITE_ARTICLES \
            and (doc[k].is_alpha or "-" in doc[k].text) and doc[k].lower_ not in CLAUSE_STOP:
        k -= 1
    if k - 1 <= floor or doc[k].lower_ not in INDEFINITE_ARTICLES or doc[k - 1].text != ",":
        return g
    end = k - 1
    if doc[end - 1].text == ")":  # "Autotaxin (ATX), an exo-nucleotide phosphodiesterase, ...": past the restatement
        opening = next(opening_parens(doc, end, floor, PAREN_REACH), None)
        end = opening if opening is not None else end
    named = next((h for h in reversed(groups) if h.end == end), None)
    if named is None or named.start < floor or not (named.start == sent.start or doc[named.start - 1].text == ","
                                                     or doc[named.start - 1].lower_ in NAMING_BEFORE):
        return g
    return named


def subject_host(groups: list[Group], g: Group, floor: int, sent: SentView) -> Group | None:
    """host_head, first past a parenthesis that `g` fills: 'over-expression of RASSF1C in breast
    cancer cells (MDA-MB231 and T47D) resulted in Y' -> the cells, then RASSF1C."""
    doc = sent.doc
    end = _past_restatement(sent, g.end)  # "X (SLC2A1, encoding Y (GLUT1)) promotes Z": Y is in the aside
    close = next((j for j in range(end, min(sent.end, end + PAREN_REACH)) if doc[j].text in {"(", ")"}), None)
    if close is not None and close > g.end and doc[close].text == ")":
        # "doxorubicin (which induced DNA fragmentation less effectively) activated Y": `g` is inside
        # an aside; the mention right before its '(' is the subject, and without one there is none
        opening = next((j for j in range(g.start - 1, max(floor, g.start - PAREN_REACH) - 1, -1) if doc[j].text == "("),
                       None)
        if opening is not None:
            before = next((h for h in reversed(groups) if h.start >= floor and h.end <= opening), None)
            return host_head(groups, before, floor, sent) if before is not None and before.end == opening else None
    if g.end < sent.end and doc[g.end].text == ")":
        opening = next((j for j in range(g.start - 1, max(floor, g.start - PAREN_REACH) - 1, -1) if doc[j].text == "("),
                       None)
        before = next((h for h in reversed(groups) if opening is not None and h.start >= floor and h.end <= opening),
                      None)
        if before is not None and opening - before.end <= 1 and all(t.is_alpha for t in doc[before.end: opening]):
            g = before  # "in a fibrosarcoma model (T241)": one plain noun may stand before the parenthesis
    if material_source(sent, g.start, g.end):
        return None  # "conditioned medium from MDA-231 cells inhibited Y": the medium acts (materials.py)
    return host_head(groups, g, floor, sent)


def _past_restatement(sent: SentView, k: int) -> int:
    """The index past a short bracketed restatement opening at k ('(GLUT1)'), else k."""
    doc = sent.doc
    if k >= sent.end or doc[k].text != "(":
        return k
    return next((j + 1 for j in range(k + 2, min(sent.end, k + RESTATEMENT_REACH)) if doc[j].text == ")"), k)


def antecedent(g: Group, pronoun: int, sent: SentView, verbs) -> Group | None:
    """`g` as the antecedent of the relative pronoun at `pronoun`, else None: a finite verb cue (one
    of `verbs`) or a preposition that starts a phrase of its own between them means the pronoun
    names a nearer noun ("X in the mouse lung which induces Y"; "transformed cells as part of a
    factor that could produce Y"). A base-form verb is left alone: "succinate and beta-carotene
    enhance the effect of other agents that induce Y" is read through, as the CG annotators do."""
    doc = sent.doc
    for t in doc[g.end: pronoun]:
        if t.lower_ in NOT_ANTECEDENT or t.lower_ in verbs:
            return None
    return g

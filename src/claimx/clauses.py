"""Clause geometry for the claim rules: where a clause starts, the word before a cue, auxiliaries.

Without a parser, these token-window tests stand in for the parts of a parse the rules need.
"""

from __future__ import annotations

from claimx.arguments import BEFORE_VERB, CLAUSE_STOP, RELATIVE as RELATIVE_WORDS, Group
from claimx.tokview import SentView, Tok

BE = {"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"}
ADVERBS = {"significantly", "markedly", "also", "further", "strongly", "greatly", "not", "substantially",
           "dramatically", "partially", "effectively", "potently", "then", "thus", "often", "largely", "n't"}
MODALS = {"can", "may", "might", "could", "would", "will", "should", "must"}  # hedges are read apart (modifiers.tsv)
INTRO = {"in", "for", "among", "after", "during", "like", "unlike", "similar", "compared", "following", "upon",
         "with", "despite", "although", "while", "because", "since", "when", "as", "at", "from", "under",
         "through", "besides", "beyond", "within", "once", "if", "whereas"}
# A verb form after these is a noun ("the release of IFN-γ", "its increase"), never the clause's verb.
DETERMINERS = {"the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "such"}
# Set expressions the per-token tests below would otherwise rebuild at every token.
RESTATEMENT_REACH = 8  # tokens of a bracketed restatement between a name and its comma
PASSED_ADVERBS = ADVERBS - {"not", "n't"}  # prev_word looks past these, never past a negation
NOUN_FOLLOWERS = BE | {"of"}


def clause_floor(sent: SentView, i: int) -> int:
    """Where the clause holding token i starts: after an introductory phrase ("In mice with
    liver metastases, ...") and after the last clause-joining word ("..., while X ...")."""
    known = sent.floors.get(i)  # asked again for one cue by _parts, the hedge test and the finders
    if known is not None:
        return known
    doc = sent.doc
    floor = sent.start
    first = next((t for t in sent if not t.is_space), None)
    if first is not None and first.lower_ in INTRO:
        floor = _past_leading_phrase(sent, i)
    for k in range(floor, i):
        if doc[k].lower_ in CLAUSE_STOP and not (doc[k].lower_ == "but" and doc[k + 1].lower_ == "not") \
                and not (doc[k - 1].text == "," and doc[k + 1].text == ","):
            # "X, but not Y, reduced Z" contrasts two subjects of one clause; "X, however, reduced Z"
            # is an aside, not a new clause
            floor = k + 1
    sent.floors[i] = floor
    return floor


def _past_leading_phrase(sent: SentView, i: int) -> int:
    """Just past the first comma before token i outside brackets, or the sentence start."""
    depth = 0
    for k in range(sent.start, i):
        text = sent.doc[k].text
        depth += text in "([" and 1 or (-1 if text in ")]" else 0)
        if text == "," and depth <= 0:
            # "In cells X, but not Y, reduced Z": the comma opens a contrast, the phrase has none
            return k + 1 if sent.doc[k + 1].lower_ != "but" else sent.start
    return sent.start


def prev_word(sent: SentView, i: int) -> Tok | None:
    """The word before token i, past adverbs and modals ('which may reduce Y': 'which')."""
    for k in range(i - 1, sent.start - 1, -1):
        t = sent.doc[k]
        if not t.is_space and t.lower_ not in PASSED_ADVERBS and t.lower_ not in MODALS:
            return t
    return None


def nominal_use(sent: SentView, tok: Tok, prev: Tok | None) -> bool:
    """'the release of IFN-γ': a verb form after a determiner or before 'of' or 'was' is a noun."""
    nxt = sent.doc[tok.i + 1] if tok.i + 1 < sent.end else None
    # "IL-8 release was prevented": a verb form right before an auxiliary is the subject noun
    if prev is not None and (prev.lower_ in DETERMINERS or prev.lower_.endswith("-fold") or prev.text == "%"):
        return True  # "a 2-fold increase in Y", "a 40% decrease of Y"
    return nxt is not None and nxt.lower_ in NOUN_FOLLOWERS


def aux_before(sent: SentView, i: int) -> int | None:
    """Index of a form of 'be' right before the participle, skipping adverbs."""
    for k in range(i - 1, max(sent.start, i - 4) - 1, -1):
        t = sent.doc[k]
        if t.lower_ in BE:
            return k
        if not (t.is_space or t.lower_ in ADVERBS):
            return None
    return None


def before_comma(groups: list[Group], sent: SentView, i: int) -> Group | None:
    k = i - 1
    while k > sent.start and sent.doc[k].is_space:
        k -= 1
    if sent.doc[k].text != ",":
        return None
    found = next((g for g in groups if g.end == k), None)
    if found is None and sent.doc[k - 1].text == ")":
        # "c-FLIP (cellular Flice-like inhibitory protein), which ...": past a bracketed restatement
        opening = next((j for j in range(k - 2, max(sent.start, k - RESTATEMENT_REACH) - 1, -1)
                        if sent.doc[j].text in "()"), None)
        if opening is not None and sent.doc[opening].text == "(":
            found = next((g for g in groups if g.end == opening), None)
    return found


def suffix_before(sent: SentView, i: int, suffixes) -> bool:
    """True when a hyphen and a suffix cue end right before token `i`: '-mediated' of 'X-mediated suppression'."""
    return i - 2 >= sent.start and sent.doc[i - 2].text == "-" and sent.doc[i - 1].lower_ in suffixes


def mediated_before(sent: SentView, i: int, groups: list[Group], cues) -> Group | None:
    """'the X-mediated suppression of Y': X is the subject of the noun cue."""
    if suffix_before(sent, i, cues.suffixes):
        return next((g for g in groups if g.end == i - 2), None)
    return None


# Fronted gerund adjuncts whose understood subject is the main clause's subject (subject
# control): "In addition to inducing X, radiotherapy ...", "By inhibiting X, Y ...".
FRONTED = (("in", "addition", "to"), ("besides",), ("by",), ("after",), ("upon",), ("through",), ("before",))
FRONTED_FIRST = {f[0] for f in FRONTED}
RELATIVE = RELATIVE_WORDS | {","}
PARTNER_WORDS = {"with", "via", "through"}  # "X cooperates with Y to induce Z": X (and Y) induce Z
COMBINED = {("combined", "with"), ("together", "with"), ("along", "with"), ("combination", "with")}
# Words between a head and its "in combination with": "inhibition of X alone or in combination with Y".
COMBINATION_LEAD = {"alone", "or", "and", "in", "either"}


def fronted_adjunct(sent: SentView, groups: list[Group]) -> tuple[int, int, Group] | None:
    """(first token, closing comma, main subject) of a fronted gerund adjunct, else None.

    The adjunct ends at the first top-level comma that is directly followed by a mention
    (after an optional determiner): "..., thereby activating Y, radiotherapy can ...", however
    long the adjunct. It may also start mid-sentence at a capitalized lead word, where the
    segmenter joined a caption or heading to the sentence ("... protein In addition to ...").
    """
    doc = sent.doc
    words = [t for t in sent if not t.is_space]
    # Only words that can start a lead are tried: this runs for every cue of the sentence.
    for s in [s for s, t in enumerate(words) if t.lower_ in FRONTED_FIRST]:
        first = words[s]
        if s and not (first.is_title and not words[s - 1].is_punct):
            continue
        lead = next((f for f in FRONTED if tuple(t.lower_ for t in words[s: s + len(f)]) == f), None)
        if lead is None or len(words) <= s + len(lead) or not words[s + len(lead)].lower_.endswith("ing"):
            continue
        starts = {g.start: g for g in groups}
        depth = 0
        for k in range(words[s + len(lead)].i, sent.end):
            text = doc[k].text
            depth += 1 if text in "([" else (-1 if text in ")]" else 0)
            if text != "," or depth > 0:
                continue
            nxt = k + 1
            while nxt < sent.end and (doc[nxt].is_space or doc[nxt].lower_ in DETERMINERS):
                nxt += 1
            if nxt in starts:
                return first.i, k, starts[nxt]
        return None
    return None


def purpose_subject(sent: SentView, groups: list[Group], floor: int, to: int, has_cue) -> Group | None:
    """'Radiotherapy activates STING to induce interferons': the infinitive of purpose shares
    the main verb's subject. Only when a directional verb, or a partner or means of the main verb
    (_partner_before), lies between that subject and "to" and no comma or relative pronoun does
    (else "Y, which is known to induce Z" would skip Y)."""
    main = next((g for g in groups if floor <= g.start and g.end <= to), None)
    if main is None or any(t.lower_ in RELATIVE for t in sent.doc[main.end: to]):
        return None
    if has_cue(main.end, to):
        return main
    found = _partner_before(sent, groups, main, to)
    if found is None:
        return None
    partner, word = found
    if word == "with":  # both partners act: "E1B cooperates with E1A to induce Y"
        return Group(main.members + partner.members, main.start, partner.end)
    return main  # a means only carries the action: "M-CSF signals via Sp1 to induce Y"


def _partner_before(sent: SentView, groups: list[Group], main: Group, to: int) -> tuple[Group, str] | None:
    """'E1B cooperates with E1A to induce Y', 'M-CSF signals via Sp1 to induce Y': the mention right
    before "to" is a partner or a means of the first mention's verb, not the infinitive's subject;
    (that mention, its preposition)."""
    last = next((g for g in reversed(groups) if g.end <= to), None)
    if last is None or last is main or to - last.end > 2 \
            or not all(t.is_alpha and t.is_lower for t in sent.doc[last.end: to]):
        return None  # at most two plain words after it: "with E1A gene products to induce Y"
    k = last.start - 1
    while k > main.end and sent.doc[k].lower_ in DETERMINERS:
        k -= 1
    word = sent.doc[k].lower_
    return (last, word) if k > main.end and word in PARTNER_WORDS else None


def conjoined(sent: SentView, i: int) -> int | None:
    """Index of the 'and'/'or'/'but' that coordinates the verb at i with an earlier one, when only
    modals and adverbs lie between ('... and also may result in Z'); such a verb shares the
    earlier verb's grammatical subject."""
    for k in range(i - 1, sent.start - 1, -1):
        t = sent.doc[k]
        if t.lower_ in {"and", "or", "but"}:
            return k
        if not (t.is_space or t.lower_ in BEFORE_VERB or t.lower_ in ADVERBS or t.lower_ in BE):
            return None
    return None


def grammatical_subject(sent: SentView, tok: Tok, parts: tuple, last: Group | None) -> Group | None:
    """The subject a later coordinated verb shares: the patient of a finite passive ('Tregs are
    recruited by CCL22 and suppress Z': Tregs); a reduced relative ('CCL22 secreted by
    macrophages') is inside a noun phrase and leaves the clause's subject as it was."""
    subj, obj, rule = parts
    if rule != "passive":
        return subj
    return obj if aux_before(sent, tok.i) is not None else last


def past_reduced_agent(groups: list[Group], sent: SentView, g: Group, floor: int) -> Group:
    """'CCL22 secreted by macrophages recruits Tregs': the group before the verb is the agent of a
    reduced relative; the verb's subject is the noun the participle modifies (CCL22)."""
    doc = sent.doc
    k = g.start - 2
    if k > sent.start and (doc[k].lower_, doc[k + 1].lower_) in COMBINED:
        # "a strategy that blocks macrophages combined with ICIs may hinder Z": the head, not its partner
        while k - 1 > floor and doc[k - 1].lower_ in COMBINATION_LEAD:
            k -= 1
        return next((h for h in reversed(groups) if h.end == k and h.start >= floor), g)
    if k <= sent.start or doc[k + 1].lower_ != "by" or not (doc[k].is_lower and doc[k].lower_.endswith(("ed", "en"))):
        return g
    head = next((h for h in reversed(groups) if h.end == k and h.start >= floor), None)
    return head or g


def shares_subject(prev: Tok | None, last: Group | None) -> bool:
    """'X increased A and enhanced B': after 'and'/'or', with an earlier verb's subject in the
    sentence, a participle is a second finite verb, not an adjective on B."""
    return prev is not None and prev.lower_ in {"and", "or"} and last is not None


def hedge_floor(sent: SentView, i: int) -> int:
    """Where a hedge must stand to scope over the cue at i: the start of the cue's clause, past a
    fronted adjunct or purpose clause ("In order to study whether X ..., we ...", "To test
    whether ..., we ...") and past a clause-joining word ("X may ..., whereas Y ...")."""
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.lower_ != "to":
        return clause_floor(sent, i)
    return max(_past_leading_phrase(sent, i), clause_floor(sent, i))

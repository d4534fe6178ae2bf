"""What modifies a claim: negation, hedging, the operator on the subject, the object's process, context."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from claimx.clauses import hedge_floor
from claimx.coordination import Group
from claimx.cues import CueSet
from claimx.entities import Concept
from claimx.mentions import Mention
from claimx.operated_joins import member_operator
from claimx.process_targets import IN_TARGETS, in_target, of_target
from claimx.tokview import ARTICLES, SentView, Tok, concept_of

NEG_WINDOW = 6
# Words between an operator and its target: "inhibition of either ERK or Sp1", "knockdown of endogenous X".
OPERATOR_GAP = {"the", "a", "an", "either", "both", "endogenous"}
COMPLEMENTIZERS = {"whether", "if"}  # a hedge ending in one scopes over its own clause only
CLAUSE_JOINS = {"and", "but", "while", "whereas", "although", "we"}  # ", and found that Y ...": a new clause
TREATMENT_WORDS = {"administration", "injection", "treatment", "exposure", "supplementation", "infusion",
                   "application", "addition", "delivery", "intake", "therapy"}


def _phrase_at(words: list[str], k: int, phrases: set[tuple[str, ...]]) -> tuple[str, ...] | None:
    for n in (3, 2, 1):
        p = tuple(words[k: k + n])
        if len(p) == n and p in phrases:
            return p
    return None


def _text(ent: Span, doc: list[Tok]) -> str:
    """`ent.text` read from the Tok records: Span.text makes a spaCy Token per word."""
    if type(ent) is Mention:
        return ent.text  # made once per mention
    toks = doc[ent.start: ent.end]
    text = "".join([t.text + t.whitespace_ for t in toks])  # a list: join builds one from a generator anyway
    return text[:-1] if toks and toks[-1].whitespace_ else text


class Modifiers:
    def __init__(self, cues: CueSet) -> None:
        self.cues = cues
        self.negations = set(cues.phrases("negation"))
        self.hedges = set(cues.phrases("hedge"))
        self.light = set(cues.phrases("light"))
        self.before = {words: op for (pos, words), op in cues.operators.items() if pos == "before"}
        self.after = {words: op for (pos, words), op in cues.operators.items() if pos == "after"}
        self.within = {words[0]: op for (pos, words), op in cues.operators.items() if pos == "within"}
        self.context_phrases = cues.context
        # First words of the phrase tables: most words start none, and skip the tuple look-ups.
        self.negation_first = {p[0] for p in self.negations}
        self.hedge_first = {p[0] for p in self.hedges}
        self.context_first = {p[0] for p in self.context_phrases}
        self.light_first = {p[0] for p in self.light}
        self.in_disease = {" ".join(p) for p in cues.phrases("in_disease")}

    def negated(self, sent: SentView, cue_i: int, subj: Group) -> bool:
        """A negation cue between the subject (or a few words back) and the cue word."""
        lo = max(sent.start, subj.end if subj.end <= cue_i else cue_i - NEG_WINDOW, cue_i - NEG_WINDOW)
        words = [t.lower_ for t in sent.doc[lo: cue_i + 1]]
        first = self.negation_first
        return any(_phrase_at(words, k, self.negations) for k in range(len(words)) if words[k] in first)

    def hedged(self, sent: SentView, cue_i: int) -> bool:
        """A hedge in the cue's clause up to the cue, or a hedge taking a that-clause anywhere
        before it ('We suggest that, when X ..., Y increases Z')."""
        words = [t.lower_ for t in sent.doc[sent.start: min(sent.end, cue_i + 1)]]
        floor = hedge_floor(sent, cue_i) - sent.start
        first = self.hedge_first
        for k in [k for k, w in enumerate(words) if w in first]:
            hit = _phrase_at(words, k, self.hedges)
            if not hit:
                continue
            end = k + len(hit)
            if hit[-1] in COMPLEMENTIZERS:
                # "We examined whether X ..., and found that Y ...": the question ends at the next clause
                if not any(words[j] in {",", ";"} and words[j + 1] in CLAUSE_JOINS for j in range(end, len(words) - 1)):
                    return end >= floor or k >= floor
                continue
            if k >= floor or "that" in words[end: end + 2]:
                return True
        return False

    def operator(self, ent: Span, group: Group, ents: list[Span], doc: list[Tok]) -> str | None:
        """'blocking X', 'blockade of X', 'X blockade', 'X-blocking antibody' -> inhibition.

        `doc` here and below is the document's Tok list (tokview.py), read in place of the Doc."""
        first = ents[group.members[0]]
        inner = self._within(ent, doc) or self._within(ents[group.members[-1]], doc)
        if inner is not None:
            return inner  # "JAK2 and STAT3 inhibitors": the operator word covers the whole list
        own = member_operator(ent, group, ents, doc, self.before, self._past_modifier) if ent is not first else None
        if own is not None:
            return own  # "A and the blockade of B": B's own, not A's (operated_joins.py)
        k = self._past_modifier(first.start - 1, ents, doc)
        while k >= 0 and doc[k].lower_ in OPERATOR_GAP:
            k -= 1
        # "overexpression of X induced Y": after a nominal operator a spaced suffix word is the verb
        nominal = k >= 0 and doc[k].lower_ == "of" and first.end < len(doc) and doc[first.end].text != "-"
        if self._suffixed(ents[group.members[-1]], doc) and not nominal:
            k = -1  # "blocks TNF-induced apoptosis": the verb acts on the apoptosis, not on TNF
        for n in (2, 1):
            if k - n + 1 >= 0:
                words = tuple([t.lower_ for t in doc[k - n + 1: k + 1]])
                if words in self.before:
                    return self.before[words]
        if first.start >= 1 and doc[first.start - 1].text.lower() == "anti-":
            return "inhibition"
        for m in (ent, ents[group.members[-1]]):  # its own, else the list's: "CTLA-4 and PD-1 blockade"
            after = [t.lower_ for t in doc[m.end: min(len(doc), m.end + 2)]]
            if len(after) >= 2 and after[0] == "-" and ("-" + after[1],) in self.after:
                return self.after[("-" + after[1],)]
            if after and (after[0],) in self.after and after[1:2] != ["of"]:  # "IL-12 inhibition of Y": an agent
                if after[0].endswith("ing") and any(e.start == m.end + 1 for e in ents):
                    continue  # "bevacizumab targeting VEGF": a participle with its own object, not an operator
                return self.after[(after[0],)]
        return None

    def _past_modifier(self, k: int, ents: list[Span], doc: list[Tok]) -> int:
        """Before a suffixed modifier ('the blockade of MDSC-inducing cytokines': the blockade is of
        the cytokines, the noun the compound heads); `k` when no such modifier ends at it."""
        if k < 2 or doc[k].lower_ not in self.cues.suffixes or doc[k - 1].text != "-":
            return k
        glued = next((e for e in ents if e.end == k - 1), None)
        return glued.start - 1 if glued is not None else k

    def _suffixed(self, ent: Span, doc: list[Tok]) -> bool:
        k = ent.end + 1 if ent.end < len(doc) and doc[ent.end].text == "-" else ent.end
        return k < len(doc) and doc[k].lower_ in self.cues.suffixes

    def _within(self, ent: Span, doc: list[Tok]) -> str | None:
        """The op a mention carries in its own words: 'STAT3 inhibitors', 'anti-GITR agonistic antibodies'."""
        last = doc[ent.end - 1].lower_
        if len(ent) > 1 and last in self.within:
            return self.within[last]
        if _text(ent, doc).lower().startswith("anti-"):
            # "anti-GITR agonistic antibodies" acts on GITR; a plain "anti-PD-1" is a drug named
            # as itself, op null (DESIGN §3, tests/gold/README.md).
            return next((self.within[t.lower_] for t in doc[ent.start: ent.end] if t.lower_ in self.within), None)
        return None

    def target(self, ent: Span, lexicon: Any) -> Span:
        """'STAT3 inhibitors' -> STAT3: the operator word is the op, not part of what it acts on."""
        if len(ent) < 2 or ent[-1].lower_ not in self.within or ent[-2].is_punct:
            return ent
        name = ent.doc[ent.start: ent.end - 1].text
        entry = lexicon.lookup(name)  # the target's real id and xrefs (STAT3 -> HGNC:11364)
        if entry is not None:
            concept = Concept(entry.id, entry.name, entry.type, tuple(entry.xrefs), "lexicon")
        else:
            concept = Concept(f"claimx:np:{name.lower()}", name, "gene_protein", (), "operator")
        span = Span(ent.doc, ent.start, ent.end - 1, label=concept.type)
        span._.claimx = concept
        return span

    def process(self, ent: Span, ents: list[Span], doc: list[Tok]) -> tuple[Span, str | None]:
        """'CD8+ T cell infiltration', 'infiltration of CD8+ T cells' -> (the cells, 'infiltration')."""
        if ent.label_ in ("process", "outcome"):
            k = self._past_processes(doc, ent.end, ents)
            if k + 2 < len(doc) and doc[k].lower_ in self.cues.processes and doc[k + 1].lower_ == "of" \
                    and not ((c := concept_of(ent)) is not None and c.source == "role"):
                k += 1  # "the expression level of X": a second process noun heads the phrase (not a role's)
            if k + 1 < len(doc) and doc[k].lower_ == "of":
                target = of_target(doc, k, ents, self.cues)
                if target is not None and self._suffixed(target, doc):
                    # "growth of v-Src transformed MEFs": the cells, not the mention that modifies them
                    after = target.end + (2 if doc[target.end].text == "-" else 1)
                    target = next((e for e in ents if after <= e.start <= after + 1), target)
                if target is not None and not (ent.label_ == "outcome" and target.label_ == "disease"):
                    return target, ent.text  # "the prognosis of several tumor types": the outcome stays the object
            if k + 1 < len(doc) and doc[k].lower_ in ("by", "in"):
                # "antigen presentation by professional APCs": the cells do the process;
                # "apoptosis in sensitive NK cells": the cells it happens in
                labels = IN_TARGETS[doc[k].lower_]
                if doc[k].lower_ == "in" and ent.text.lower() in self.in_disease:
                    labels = labels | {"disease"}  # "metastasis in gastric cancer": the cancer spreads
                target = in_target(doc, k, ents, labels)
                if target is not None:
                    return target, ent.text
            return ent, None
        if ent.end < len(doc) and doc[ent.end].lower_ in self.cues.processes:
            role = (c := concept_of(ent)) is not None and c.source == "role"  # "protumoral activity of X" (roles.py)
            if ent.end + 2 < len(doc) and doc[ent.end + 1].lower_ == "of" and not role:
                # "tyrosine phosphorylation of STATs": the mention before only says which kind; the
                # process is of the mention after 'of'
                target = of_target(doc, ent.end + 1, ents, self.cues)
                if target is not None:
                    return target, doc[ent.end].lower_
            return ent, doc[ent.end].lower_
        k = ent.start - 1
        while k >= 0 and doc[k].lower_ in ARTICLES:
            k -= 1
        if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in self.cues.processes:
            return ent, self._first_process(doc, k - 1)
        return ent, None

    def _past_processes(self, doc, k: int, ents: list[Span]) -> int:
        """'the recruitment and expansion of X', 'the expression and protein synthesis of X': the index
        past further coordinated process words or process mentions."""
        while k + 1 < len(doc) and doc[k].lower_ in {",", "and", "or"}:
            if doc[k + 1].lower_ in self.cues.processes:
                k += 2
                continue
            if k + 2 < len(doc) and doc[k + 2].lower_ in self.cues.processes and doc[k + 1].is_alpha \
                    and doc[k + 1].is_lower and doc[k + 1].lower_ not in self.cues.words:
                k += 3  # "the expression and protein synthesis of X": one modifier before the process word
                continue
            after = next((e.end for e in ents if e.start == k + 1 and e.label_ == "process"), None)
            if after is None:
                break
            k = after
        return k

    def _first_process(self, doc, k: int) -> str:
        """The first of coordinated process words ending at k: one claim per subject and object pair,
        so 'the recruitment and expansion of MDSCs' keeps the first process, recruitment."""
        while k >= 2 and doc[k - 1].lower_ in {",", "and", "or"} and doc[k - 2].lower_ in self.cues.processes:
            k -= 2
        return doc[k].lower_

    def agent_of(self, ent: Span, ents: list[Span], doc: list[Tok]) -> Span:
        """'administration of HTPB', 'treatment with sorafenib': the agent is the subject.

        So is the entity of a process ('expression of Fas caused apoptosis': Fas), as for objects.
        """
        name = _text(ent, doc).lower()
        if ent.label_ == "process" and name in self.cues.processes:
            target, process = self.process(ent, ents, doc)
            if process is not None:
                return target
        if name in TREATMENT_WORDS or doc[ent.end - 1].lower_ in TREATMENT_WORDS:
            k = ent.end
            if k + 1 < len(doc) and doc[k].lower_ in {"of", "with"}:
                target = next((e for e in ents if e.start in (k + 1, k + 2)), None)
                if target is not None:
                    return target
        return ent

    def context(self, sent: SentView, ents: list[Span]) -> tuple[tuple[str, ...], str | None, tuple[str, ...]]:
        """Species, setting and diseases of the sentence, shared by all its claims (`ents` are its mentions)."""
        if sent.context is None:
            sent.context = self._context(sent, ents)
        return sent.context

    def _context(self, sent: SentView, ents: list[Span]) -> tuple[tuple[str, ...], str | None, tuple[str, ...]]:
        words = [t.lower_ for t in sent if not t.is_space]
        species: list[str] = []
        settings: list[str] = []
        first = self.context_first
        for k in [k for k, w in enumerate(words) if w in first]:
            for n in (2, 1):
                hit = self.context_phrases.get(tuple(words[k: k + n]))
                if hit:
                    for fld, value in hit:
                        (species if fld == "species" else settings).append(value)
                    break
        setting = "preclinical" if "preclinical" in settings else ("clinical" if settings else None)
        concepts = (concept_of(e) for e in ents if e.label_ == "disease")
        diseases = tuple(dict.fromkeys(c.name for c in concepts if c))
        return tuple(sorted(set(species))), setting, diseases

    def starts_operator(self, sent: SentView, i: int) -> bool:
        """'Blocking X reduces Y': the -ing word acts on X, it is not the claim's verb."""
        words = (sent.doc[i].lower_,)
        if words not in self.before:
            return False
        for t in sent.doc[i + 1: sent.end]:
            if t.lower_ in self.cues.words and any(c.kind == "verb" and c.form in ("base", "s", "ed")
                                                   for c in self.cues.words[t.lower_]):
                return True
        return False

    def operator_before_verb(self, sent: SentView, tok, obj: Group, cues: CueSet) -> bool:
        """'Inhibition of X reduces Y': the noun cue is the operator on the subject X."""
        nxt = sent.doc[tok.i + 1] if tok.i + 1 < sent.end else None
        if nxt is None or (tok.lower_, nxt.lower_) not in self.before:
            return False
        for t in sent.doc[obj.end: min(sent.end, obj.end + 5)]:
            found = cues.words.get(t.lower_, ())
            # "..., induction of p21 and increase of Bax": a noun too, so not the sentence's verb
            if any(c.kind == "verb" for c in found) and not any(c.kind == "noun" for c in found):
                return True
        return False

    def light_verb_before(self, sent: SentView, i: int) -> int | None:
        """Index of a light verb ('leads to', 'resulted in') up to five words before a noun cue."""
        doc = sent.doc
        for k in range(i - 1, max(sent.start, i - 6) - 1, -1):
            if doc[k].lower_ not in self.light_first or k > 1 and doc[k - 1].text == "-" and not doc[k - 2].whitespace_:
                continue  # "TNF-induced activation of Y": a suffix, not a light verb
            for n in (3, 2, 1):
                if k + n <= i and tuple(t.lower_ for t in doc[k: k + n]) in self.light:
                    return k
        return None


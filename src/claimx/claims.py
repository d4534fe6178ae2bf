"""The claimx_claims component: directional claims per sentence, with operator, negation, hedge.

Rules, and the confidence each starts from (less 0.02 a token between the parts beyond
three, and 0.05 when hedged; never below 0.2):
  active   X increases Y                       0.80
  passive  Y is increased by X / Y induced by X 0.80
  relative X, which increases Y                0.70
  chain    X, thereby increasing Y / X by increasing Y   0.65
  nominal  X leads to an increase in Y / the X-mediated suppression of Y / X inhibition of Y   0.65
  suffix   X-induced Y                         0.70
  predicative  the recruitment of Y was X-dependent          0.65
  appositive   X, a major driver of Y / X is an inhibitor of Y / the Y inhibitor X  0.65
  temporal Y was reduced after X (X a therapy or agent) / Y rose in response to X   0.55
  role     the antiangiogenic activity of X / X has antitumor effects (roles.py)   0.6
less FALLBACK_PENALTY (0.15) when an argument is a noun-phrase fallback (phrases.py): such
claims are only tried for cue words that made no claim with the sentence's mentions.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimx.arguments import examples_of
from claimx.asides import but_not
from claimx.bearers import bearer_cells
from claimx.causal import causal_at, composed
from claimx.clauses import grammatical_subject, suffix_before
from claimx.compounds import compound_heads, glued_member
from claimx.constructions import Construction, suffix_claim
from claimx.coordination import Group, build_groups
from claimx.cues import Cue, load_cues
from claimx.finders import constructions, gate_words
from claimx.found import doc_extension_key
from claimx.mentions import MentionTable
from claimx.modifiers import Modifiers
from claimx.object_lists import listed_objects, object_chain
from claimx.operated_joins import joined_subject
from claimx.parts import PartFinder
from claimx.phrases import noun_phrases
from claimx.roles import load_roles, role_claims, role_spans
from claimx.states import describes_state, operator_word
from claimx.study_heads import names_study
from claimx.tokview import SentView, Tok, TokenTable, concept_of

BASE_CONFIDENCE = {"active": 0.8, "passive": 0.8, "relative": 0.7, "chain": 0.65, "nominal": 0.65, "suffix": 0.7,
                   # Not stated as a cause: "after X" is a time that implies one, so the weakest.
                   "predicative": 0.65, "appositive": 0.65, "temporal": 0.55,
                   "role": 0.6}
CONTEXT_ONLY = {"species"}  # "in mice" is context, never a claim's argument
FALLBACK_PENALTY = 0.15  # a phrase no lexicon knows is a weaker argument than a named concept
MIN_MENTIONS = 1  # mentions a sentence needs before phrases may stand in for the rest

if not Doc.has_extension("claimx_claims"):
    Doc.set_extension("claimx_claims", default=[])
CLAIMS_KEY = doc_extension_key("claimx_claims")


@dataclass(frozen=True)
class RawClaim:
    """A claim in normalized-text token spans; extract.py maps it to original offsets."""

    subject: Span
    object: Span
    predicate: str
    op: str | None
    process: str | None
    negated: bool
    hedged: bool
    rule: str
    confidence: float
    sentence: Span
    species: tuple[str, ...]
    setting: str | None
    diseases: tuple[str, ...]


@Language.factory("claimx_claims", default_config={"use_parse": True})
def make_claims(nlp: Language, name: str, use_parse: bool) -> ClaimFinder:
    return ClaimFinder(use_parse, nlp)


class ClaimFinder:
    """Sets `doc._.claimx_claims` to a list of RawClaim, in sentence order."""

    def __init__(self, use_parse: bool = True, nlp: Language | None = None) -> None:
        self._nlp = nlp  # its claimx_entities lexicon names operator targets and role stems
        self.lexicon: Any = None  # the lexicon of the current document: see _lexicon
        self.cues = load_cues()
        self.mods = Modifiers(self.cues)
        self.roles = load_roles()
        self.use_parse = use_parse  # read verb arguments from a dependency parse when the doc has one
        self._parsed = False
        self.part_finder = PartFinder(self.cues, self.mods)
        self._covered: tuple = (None, set())  # (a sentence's mentions, their token indexes): see _taken
        self.gate = gate_words(self.cues)
        self.finite = self.part_finder.finite
        # Every word a rule starts from (_sentence's cue loop, the finders, role adjectives): a
        # sentence with none makes no claim, so no pass runs on it. A new rule's trigger words go here too.
        self.triggers = frozenset().union(self.cues.words, self.cues.causal, self.cues.suffixes, self.cues.changes,
                                          self.cues.agents, self.roles.words, self.gate)
        self.table = TokenTable(self.triggers)  # its marks: the trigger words and hyphens, which _sentence starts from
        self.mentions = MentionTable()

    def __call__(self, doc: Doc) -> Doc:
        out: list[RawClaim] = []
        self._parsed = self.use_parse and doc.has_annotation("DEP")
        self.lexicon = self._lexicon()
        tokens = self.table.tokens(doc)
        marks = self.table.marks
        self.mentions.read(doc, tokens)
        for sent in (SentView(span, tokens) for span in doc.sents):
            sent.marked = [tokens[i] for i in marks[bisect_left(marks, sent.start): bisect_left(marks, sent.end)]]
            if not any(t.lower_ in self.triggers for t in sent.marked):
                continue
            in_sent = self.mentions.between(sent.start, sent.end)  # Mention records, not Spans (mentions.py)
            arguments = [e for e in in_sent if e.label_ not in CONTEXT_ONLY]
            claims = self._sentence(sent, arguments, in_sent) if len(arguments) >= 2 else []
            out.extend(c for c, _ in claims)
            out.extend(self._fallback(sent, arguments, in_sent, {i for _, i in claims}))
            out.extend(self._roles(sent, arguments, in_sent))
        self.mentions.release()  # the records read pooled Tok rows the next document refills
        doc.user_data[CLAIMS_KEY] = out  # doc._.claimx_claims
        return doc

    def _lexicon(self) -> Any:
        """The pipeline's entity lexicon (a user's --lexicon included), else the packaged one."""
        nlp = self._nlp
        if nlp is not None and "claimx_entities" in nlp.pipe_names:
            return nlp.get_pipe("claimx_entities").lexicon_in_use()
        from claimx.lexicon import default_lexicon

        return default_lexicon()

    def _fallback(self, sent: SentView, arguments: list[Span], context_ents: list[Span],
                  used: set[int]) -> list[RawClaim]:
        """Claims with noun-phrase arguments, at cue words that made no claim with mentions alone."""
        if len(arguments) < MIN_MENTIONS:
            return []
        phrases = noun_phrases(sent, self._taken(context_ents), self.cues)
        if not phrases or len(arguments) + len(phrases) < 2:
            return []
        ents = sorted(arguments + phrases, key=lambda e: e.start)
        out = []
        for claim, cue_i in self._sentence(sent, ents, context_ents):
            if cue_i in used:
                continue  # tested first, as cheaper than two `._` reads; _emit makes no claim without concepts
            fallback = concept_of(claim.subject).source == "phrase" or concept_of(claim.object).source == "phrase"
            if fallback:
                conf = round(max(0.2, claim.confidence - FALLBACK_PENALTY), 2)
                out.append(replace(claim, confidence=conf))
        return out

    def _taken(self, context_ents: list[Span]) -> set[int]:
        """Token indexes of the sentence's mentions, built once for _fallback and _roles (read-only)."""
        if self._covered[0] is not context_ents:
            self._covered = (context_ents, {i for e in context_ents for i in range(e.start, e.end)})
        return self._covered[1]

    def _groups_of(self, ents: list[Span], sent: SentView) -> list[Group]:
        """The argument groups of `ents`, indexed for _emit's object lists (which read them by start)."""
        groups = build_groups(ents, sent.doc, self.finite)
        self._starts, self._groups, self._ends = {g.start: g for g in groups}, groups, {g.end - 1 for g in groups}
        return groups

    def _roles(self, sent: SentView, arguments: list[Span], context_ents: list[Span]) -> list[RawClaim]:
        """'The antiangiogenic activity of X': the adjective stands in as the object (roles.py)."""
        if not arguments:
            return []
        spans = role_spans(sent, self._taken(context_ents), self.roles, self.lexicon)
        if not spans:
            return []
        ents = sorted(arguments + spans, key=lambda e: e.start)
        groups = self._groups_of(ents, sent)
        found: dict[tuple, tuple[RawClaim, int]] = {}
        for f in role_claims(sent, ents, groups, self.roles):
            self._found(sent, ents, context_ents, groups, f, found)
        return [replace(c, process=None) for c, _ in found.values()]  # the noun after is the role's, not a process

    def _sentence(self, sent: SentView, ents: list[Span], context_ents: list[Span]) -> list[tuple[RawClaim, int]]:
        """The sentence's claims, each with the index of the cue token that made it."""
        groups = self._groups_of(ents, sent)
        inside = {i for e in ents for i in range(e.start, e.end)}
        found: dict[tuple, tuple[RawClaim, int]] = {}
        last: Group | None = None
        marked = []  # tokens the noun-phrase constructions below start from
        for tok in sent.marked:  # trigger words and hyphens: the others start nothing
            if tok.i in inside:
                continue
            if tok.lower_ in self.gate:
                marked.append(tok)
            spaced = tok.lower_ in self.cues.suffixes and tok.lower_ not in self.cues.words and tok.i - 1 in self._ends
            if spaced or tok.text == "-" and tok.i + 1 < sent.end:  # "X-mediated Y", "X mediated Y"
                cue = self.cues.suffixes.get(sent.doc[tok.i + (0 if spaced else 1)].lower_)
                if cue is not None:
                    f = suffix_claim(sent, groups, self.cues, tok.i - 1 if spaced else tok.i, cue)
                    if f is not None and f.rule == "suffix":
                        glued = f.obj if f.cue.reverse else f.subj  # the mention right before the hyphen
                        glued = glued_member(glued, ents, sent.doc) if not spaced else glued
                        subj, obj = (f.subj, glued) if f.cue.reverse else (glued, f.obj)
                        self._emit(sent, ents, context_ents, tok, f.cue, subj, obj, f.rule, found)
                    elif f is not None:
                        self._found(sent, ents, context_ents, groups, f, found)
                continue
            if tok.i > sent.start and sent.doc[tok.i - 1].text == "-" and not sent.doc[tok.i - 1].whitespace_:
                continue  # the tail of "X-induced", handled with the hyphen
            for cue in self.cues.words.get(tok.lower_, ()):
                parts = self._parts(sent, groups, tok, cue, last)
                if parts is not None:
                    parts = (examples_of(groups, parts[0], sent), examples_of(groups, parts[1], sent), parts[2])
                    self._emit(sent, ents, context_ents, tok, cue, *parts, found)
                    last = grammatical_subject(sent, tok, parts, last)
                    break
            else:
                if tok.lower_ in self.cues.causal:
                    last = self._causal(sent, ents, context_ents, groups, tok, last, found)
        done = {i for _, i in found.values()}
        for f in constructions(sent, ents, groups, self.cues, done, marked):
            self._found(sent, ents, context_ents, groups, f, found)
        return list(found.values())

    def _found(self, sent, ents, context_ents, groups, f: Construction, found: dict) -> None:
        subj, obj, tok = examples_of(groups, f.subj, sent), examples_of(groups, f.obj, sent), sent.doc[f.cue_i]
        self._emit(sent, ents, context_ents, tok, f.cue, subj, obj, f.rule, found, f.neg_from)

    def _causal(self, sent, ents, context_ents, groups, tok, last, found) -> Group | None:
        """'X is required for Y', 'Y depends on X': a causal phrase read like a verb."""
        cue = causal_at(sent, tok, self.cues)
        if cue is None:
            return last
        parts = self._parts(sent, groups, tok, cue, last, after=tok.i + cue.length)
        if parts is None:
            return last
        subj, obj, rule = examples_of(groups, parts[0], sent), examples_of(groups, parts[1], sent), parts[2]
        cue = composed(sent, cue, tok.i + cue.length, parts[1].start, self.cues, self.mods.light)
        if cue is None:
            return last
        left = subj  # the grammatical subject, which a coordinated verb shares
        if cue.reverse:
            subj, obj = obj, subj
        self._emit(sent, ents, context_ents, tok, cue, subj, obj, rule, found)
        return left

    def _parts(self, sent: SentView, groups: list[Group], tok: Tok, cue: Cue, last: Group | None,
               after: int | None = None):
        return self.part_finder.find(sent, groups, tok, cue, last, after, self._parsed)

    def _emit(self, sent, ents, context_ents, tok, cue, subj: Group, obj: Group, rule: str, found: dict,
              neg_from: Group | None = None) -> None:
        if subj is obj or subj.start == obj.start or rule != "role" and describes_state(sent, tok.i, subj, ents):
            return  # the same mention, or a population described ('cells show increased Y', states.py)
        if subj.start < tok.i:  # "A and the blockade of B reduced Y": both (operated_joins.py)
            subj = joined_subject(self._groups, subj, sent.doc, self.mods, self.cues.suffixes)
        negated = self.mods.negated(sent, tok.i, neg_from or subj)
        hedged = rule != "suffix" and self.mods.hedged(sent, tok.i)  # "X-induced Y" is presupposed, not hedged
        species, setting, diseases = self.mods.context(sent, context_ents)
        distance = max(abs(tok.i - subj.end), abs(obj.start - tok.i))
        obj = object_chain(self._starts, obj, sent, self.cues, rule != "suffix") if obj.start > tok.i else obj  # lists
        subj = object_chain(self._starts, subj, sent, self.cues) if subj.start > tok.i and rule == "passive" else subj
        contrast = but_not(sent, subj)  # "X, but not Y, reduced Z": the claim of Y is negated
        listed = None  # the same for every subject: listed, and their `._` read, once when first needed
        for si in compound_heads(subj.members, ents, self.cues.operators):
            negated_s = negated or (contrast is not None and ents[si].start > contrast)
            s = self.mods.agent_of(ents[si], ents, sent.doc)
            if s.label_ == "process" and s.text.lower() in self.cues.processes or operator_word(ents, si, self.cues):
                continue  # a bare "expression" (whose, the entity stage did not find), "ablation" of "X ablation"
            if rule != "suffix" and names_study(sent, s):
                continue  # "MEN II A patients", "the MTX group": the study's subjects (study_heads.py)
            # "the blockade of MDSC-inducing cytokines": the blockade is no part of what the cytokines do
            own = s is ents[si] and not (rule == "suffix" and cue.reverse)
            op = self.mods.operator(s, subj, ents, sent.doc) if own else None
            s = self.mods.target(s, self.lexicon) if op is not None else s
            concept = concept_of(s)
            if listed is None:
                pairs = listed_objects(self.mods, self._starts, obj, ents, sent,
                                       lambda: bearer_cells(sent, context_ents, tok.i))
                # an object naming a study's subjects ("in the MTX group") is dropped once, not per subject
                listed = [(o, process, concept_of(o)) for o, process in pairs
                          if rule == "suffix" or not names_study(sent, o)]
            for o, process, other in listed:
                key = (s.start, o.start, cue.predicate)
                # one concept on both sides is no claim, unless a suffix singles out a population acting
                # on a process of its own kind: "Hepatocyte-activated T cells cause T-cell death"
                if concept is None or other is None or key in found \
                        or concept.id == other.id and not (process and suffix_before(sent, s.start, self.cues.suffixes)):
                    continue
                conf = BASE_CONFIDENCE[rule] - 0.02 * max(0, distance - 3) - (0.05 if hedged else 0.0)
                span = self.mentions.as_span  # a Mention becomes a Span only in a claim
                claim = RawClaim(span(s), span(o), cue.predicate, op, process, negated_s, hedged, rule,
                                 round(max(0.2, conf), 2), sent.span, species, setting, diseases)
                found[key] = (claim, tok.i)

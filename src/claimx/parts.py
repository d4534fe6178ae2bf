"""Subject and object of one cue word: active, passive, relative, chain, conjoined and nominal shapes.

`PartFinder.find` is the argument search the claim component runs at every cue word
(claims.py); it returns the two argument groups and the rule that joined them.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimx.arguments import BEFORE_VERB, first_group, group_after_by, group_left, group_right
from claimx.by_agents import by_phrase_head
from claimx.clauses import (aux_before, before_comma, clause_floor, conjoined, fronted_adjunct, mediated_before,
                             nominal_use, past_reduced_agent, prev_word, purpose_subject, shares_subject)
from claimx.conversions import converted
from claimx.coordination import SETTINGS, Group
from claimx.cues import Cue, CueSet
from claimx.effect_operands import capacity_subject, effect_of
from claimx.hosts import antecedent, host_head, subject_host
from claimx.listed_nouns import listed_light
from claimx.located_patients import located_patient
from claimx.means_agents import means_agent, passive_between
from claimx.modifiers import Modifiers
from claimx.objects import VERBAL, checked_object, intransitive_next, light_target
from claimx.parse_arguments import RELATIVE_PRONOUNS, parse_parts
from claimx.phrases import STOP
from claimx.raising import raising_start
from claimx.subjects import left_chain, past_expletive, pronoun_subject, whose_antecedent
from claimx.tokview import SentView, Tok

# A participle after these is an adjective ("associated with augmented side effects").
ATTRIBUTIVE = {"with", "of", "in", "for", "the", "a", "an", "to", "and", "or", "nor", "its", "their", "by", "(",
               "through", "via"}  # "through enhanced transcription of Z": a means (means.directed_means)
NOT_HEADS = STOP | VERBAL  # function words and auxiliaries after a mention: "Cancer is a disease ..."
LISTED_GAP = 6  # a listed noun's object is close: "activation of the proapoptotic molecule BAD"
MEANS = {"by", "through", "via"}  # "X plays a role in Y through stimulating Z": X stimulates Z
CHAIN = {"thereby", "thus", "hence", "consequently", "subsequently", "therefore", "which", "ultimately", "including"}


class PartFinder:
    """Finds (subject group, object group, rule) for a cue token; holds the per-sentence adjunct cache."""

    def __init__(self, cues: CueSet, mods: Modifiers) -> None:
        self.cues = cues
        self.finite = frozenset(w for w, cs in cues.words.items() if any(c.form in ("s", "ed") for c in cs))
        self.mods = mods
        self._adjunct: tuple = (None, None)  # (groups, fronted_adjunct of them): see _fronted

    def find(self, sent: SentView, groups: list[Group], tok: Tok, cue: Cue, last: Group | None,
             after: int | None = None, parsed: bool = False):
        """(subject group, object group, rule) for a cue token, or None.

        `last` is the subject of the previous claim in the sentence, which a coordinated
        verb shares ("X increases Y and diminishes Z"). The object is looked for from
        `after` (default: the next token), past a multi-word cue.
        """
        doc = sent.doc
        after = tok.i + 1 if after is None else after
        prev = prev_word(sent, tok.i)
        if prev is not None and prev.lower_.endswith("ly") and (prev.lower_,) in self.mods.hedges:
            prev = prev_word(sent, prev.i)  # "..., potentially recruiting Y": the hedge is read apart (hedged)
        limit = sent.end
        floor = clause_floor(sent, tok.i)
        adjunct = self._fronted(sent, groups)  # a long fronted adjunct can hold commas of its own
        floor = max(floor, adjunct[1] + 1) if adjunct is not None and tok.i > adjunct[1] else floor
        adjectival = cue.form == "ed" and prev is not None and (
            prev.lower_ in ATTRIBUTIVE and not shares_subject(prev, last)
            or any(c.kind == "verb" for c in self.cues.words.get(prev.lower_, ())))  # "block activated VEGFR2"
        if parsed and cue.kind == "verb":
            parsed = parse_parts(groups, sent.span, sent.spacy_doc[tok.i], cue.form == "ed")
            if parsed is not None:
                return parsed
        if cue.kind == "verb" and not adjectival:
            if cue.form in ("base", "s") and nominal_use(sent, tok, prev):
                return None
            aux = aux_before(sent, tok.i)
            if cue.form == "ed" and (aux is not None or (tok.i + 1 < limit and doc[tok.i + 1].lower_ == "by")):
                agent = group_after_by(groups, tok.i + 1, limit, sent) or \
                    means_agent(sent, groups, tok.i + 1, limit, self.mods.before, self.mods.after, self.cues)
                if agent is None:
                    return None
                patient = (whose_antecedent(sent, groups, aux, self.cues.processes) if aux is not None else None) \
                    or group_left(groups, aux if aux is not None else tok.i, floor, sent)
                if last is not None and conjoined(sent, aux if aux is not None else tok.i) is not None:
                    patient = last  # "X is produced by A and (is) reduced by B": X both times
                elif patient is not None and aux is not None:
                    patient = left_chain(groups, patient, floor, sent, self.cues.processes)
                    patient = located_patient(groups, patient, floor, sent, self.cues.processes)  # "of X in Y cells"
                if patient is not None and patient.start - 1 > floor and doc[patient.start - 1].lower_ == "by" \
                        and any(t.lower_ in VERBAL for t in doc[patient.end: tok.i]):
                    # "Stimulation of angiogenesis by adipose tissue was abolished by X": the nominal's
                    # own agent is no finite passive's patient; what it acts on, before the "by", is
                    # (a reduced one keeps it: "Tregs are recruited by CCL22 secreted by macrophages")
                    patient = group_left(groups, patient.start - 1, floor, sent)
                return (agent, patient, "passive") if patient and not effect_of(sent, patient.start) else None
            if cue.form in ("s", "ed") and after == tok.i + 1 and after + 1 < limit and doc[after].lower_ == "in" \
                    and doc[after + 1].lower_ not in SETTINGS:
                return None  # "expression of X increased in 33 of 41 tumors": intransitive, no object
            if cue.form in ("s", "ed") and after == tok.i + 1 and after + 1 < limit \
                    and intransitive_next(doc, after, self.cues.words):
                return None
            if cue.form == "base" and after == tok.i + 1 and after < limit and doc[after].lower_ in {"from", "with"}:
                return None  # "cytochrome c release from mitochondria, and PARP cleavage": a noun, no object
            obj = self._object(groups, after, limit, sent)
            if obj is None:
                return None
            if cue.lemma == "sensitize":  # "X sensitizes DU145 cells to Fas-mediated apoptosis": to the response
                obj = self._response(groups, obj, limit, sent)
            if adjunct is not None and adjunct[0] <= tok.i < adjunct[1] and cue.form in ("ing", "base"):
                return adjunct[2], obj, "chain"  # the verb is in the adjunct: the main clause's subject
            at = tok.i  # where the subject is looked for from: a raising predicate's first word
            if prev is not None and prev.lower_ == "to" and cue.form == "base":
                able = capacity_subject(sent, groups, prev.i)  # "the ability of X to inhibit Y"
                if able is not None:
                    return able, obj, "active"
                main = purpose_subject(sent, groups, floor, prev.i, lambda a, b: self._cue_between(sent, a, b, groups))
                if main is not None:
                    return main, obj, "chain"
            if prev is not None and prev.lower_ == "to":
                to = prev.i
            elif prev is not None and prev.lower_ == "be" and prev.i > sent.start and doc[prev.i - 1].lower_ == "to":
                to = prev.i - 1
            else:
                to = None
            lifted = raising_start(sent, to) if to is not None and cue.form == "base" else None
            if lifted is not None:  # "X, which is known to inhibit Y", "X has been found to be effective against Y"
                at, prev = lifted, prev_word(sent, lifted)
            if cue.form == "ing" and prev is not None and (prev.lower_ in CHAIN or prev.text == "," or prev.lower_ in MEANS):
                subj = self._chain_subject(sent, groups, floor, prev.i)
                subj = converted(sent, groups, subj, floor, prev.i)  # 'V A into B, doing Y': B's (conversions.py)
                return (subj, obj, "chain") if subj else None
            if prev is not None and prev.lower_ in RELATIVE_PRONOUNS:
                # "X, which": the mention before the comma is the antecedent, never one further back
                subj = before_comma(groups, sent, prev.i) or group_left(groups, prev.i, sent.start, sent)
                subj = antecedent(subj, prev.i, sent, self.finite) if subj else None
                subj = host_head(groups, subj, sent.start, sent) if subj else None
                return (subj, obj, "relative") if subj else None
            if prev is not None and prev.text == "," and last is not None and cue.form in ("s", "ed", "base"):
                return last, obj, "active"  # "X inhibited A and B, promoted C": the same subject
            conj = conjoined(sent, at)
            if conj is not None:
                subj = last or first_group(groups, past_expletive(sent, floor), conj)
                if subj is None or subj.end > conj or (last is None and self._cue_between(sent, floor, subj.start)):
                    return None  # the first mention is an earlier verb's object, not the shared subject
                return subj, obj, "active"
            if cue.form == "ing" and aux is None and self.mods.starts_operator(sent, tok.i):
                return None
            pronoun = pronoun_subject(sent, groups, at)
            if pronoun is not None:
                return pronoun, obj, "active"
            subj = group_left(groups, at, floor, sent)
            agent = past_reduced_agent(groups, sent, subj, floor) if subj is not None else None
            if agent is None:
                return None
            if agent is subj and self._modifies_noun(sent, subj, at):
                # "X overexpression in a breast cancer cell line increased Y": the modified noun is a host
                head = host_head(groups, subj, floor, sent)
                return (head, obj, "active") if head is not None and head is not subj else None
            # "the pathway utilized by X to induce Y": an infinitive's subject is the by-agent itself
            infinitive = prev is not None and prev.lower_ == "to"
            agent = by_phrase_head(groups, sent, agent, floor) if agent is subj and not infinitive else agent
            if agent is None:
                return None
            agent = subject_host(groups, agent, floor, sent)
            return (agent, obj, "active") if agent else None
        # Nouns and adjectives: "X leads to a reduction in Y", "the X-mediated suppression of Y".
        target = self._noun_target(sent, groups, tok) if cue.kind == "noun" else None
        if target is not None:  # "X induced glutathione depletion (, ERK inactivation ...)"
            subj = group_left(groups, target[1], floor, sent)
            subj = host_head(groups, subj, floor, sent) if subj else None
            return (subj, target[0], "nominal") if subj else None
        obj = self._object(groups, tok.i + 1, limit, sent)
        if obj is None or doc[tok.i + 1].text == ",":
            return None  # "ERK inactivation, and Mcl-1 ...": the noun's object is not after the comma
        if self.mods.operator_before_verb(sent, tok, obj, self.cues):
            return None
        mediated = mediated_before(sent, tok.i, groups, self.cues)
        if mediated is not None:
            return mediated, obj, "nominal"
        agent = group_after_by(groups, obj.end, limit, sent)
        if agent is not None:  # before the means below: "X inhibits Y through suppression of Z by W" is W's
            return agent, obj, "nominal"
        if prev is not None and prev.lower_ in MEANS and cue.kind == "noun":
            subj = self._chain_subject(sent, groups, floor, prev.i)  # "X inhibits Y through inhibition of Z"
            if subj is not None and passive_between(sent, subj.end, prev.i, self.cues):
                return None  # "Y was increased via activation of Z": Y is the patient (means_agents.py)
            return (subj, obj, "chain") if subj else None
        light = self.mods.light_verb_before(sent, tok.i)
        if light is None and obj.start <= tok.i + LISTED_GAP:  # "X resulted in a decrease of A and an increase of B"
            light = listed_light(sent, tok.i, None, self.mods.light_first, self.mods.light, self.finite)
        if light is None or doc[light + 1].lower_ == "by":
            return None  # "Y caused by elevated X" is passive: the mention before is not the cause
        if doc[light].lower_.endswith("ing") and light > sent.start and doc[light - 1].text == ",":
            # "Caffeine inhibits ERK, leading to a decrease in Y": a participle clause shares the clause's subject
            subj = first_group(groups, past_expletive(sent, floor), light - 1)
            return (subj, obj, "chain") if subj else None
        subj = last if last is not None and conjoined(sent, light) is not None else \
            pronoun_subject(sent, groups, light) or group_left(groups, light, floor, sent)
        subj = subject_host(groups, subj, floor, sent) if subj else None
        return (subj, obj, "nominal") if subj else None

    def _noun_target(self, sent: SentView, groups: list[Group], tok: Tok) -> tuple[Group, int] | None:
        """(the group a noun cue closes, its light verb's index): 'X induced glutathione depletion',
        and a later item of the same list, '..., ERK inactivation'."""
        before = next((g for g in groups if g.end == tok.i), None)
        if before is None:
            return None
        found = light_target(before, sent, self.mods.light)
        if found is not None:
            return found
        light = listed_light(sent, tok.i, before, self.mods.light_first, self.mods.light, self.finite)
        return (before, light) if light is not None else None

    def _modifies_noun(self, sent: SentView, g: Group, verb: int) -> bool:
        """'hypoxic tumor environments induce Y', 'Rous sarcoma virus releases Y': a disease mention
        before a plain head noun only modifies it, and the head (no mention) is the subject."""
        doc = sent.doc
        if g.end < verb and doc[g.end].lower_ in self.cues.agents and doc[g.end].lower_ not in self.cues.words:
            # "Angiogenesis inhibitors have ...", "the 20-HETE agonist markedly increased Y": the role noun
            # heads the phrase and acts; not when a noun follows it ("ARF suppressor activity",
            # "PTEN promoter hypermethylation"), which the mention still holds
            after = doc[g.end + 1] if g.end + 1 < len(doc) else None
            if after is None or not (after.is_alpha and after.is_lower) or after.lower_ in STOP \
                    or after.lower_.endswith("ly") or after.lower_ in self.cues.words:
                return True
        if g.end >= verb or sent.spacy_doc[g.start].ent_type_ != "disease":
            return False
        t = doc[g.end]
        return t.is_alpha and t.is_lower and t.lower_ not in self.cues.words and t.lower_ not in self.cues.processes \
            and t.lower_ not in BEFORE_VERB and t.lower_ not in NOT_HEADS and not t.lower_.endswith("ly")

    def _response(self, groups: list[Group], obj: Group, limit: int, sent: SentView) -> Group:
        """The process after 'sensitize <cells> to', else `obj`: a drug after 'to' ('sensitize tumors to
        aPD-1') is what the cells respond to, and the claim stays on the cells."""
        doc = sent.doc
        to = next((k for k in range(obj.end, min(limit, obj.end + 4)) if doc[k].lower_ == "to"), None)
        response = self._object(groups, to + 1, limit, sent) if to is not None else None
        return response if response is not None and sent.spacy_doc[response.start].ent_type_ == "process" else obj

    def _fronted(self, sent: SentView, groups: list[Group]) -> tuple[int, int, Group] | None:
        """fronted_adjunct once per group list (one per sentence pass, held here), not at every cue."""
        if self._adjunct[0] is not groups:
            self._adjunct = (groups, fronted_adjunct(sent, groups))
        return self._adjunct[1]

    def _object(self, groups: list[Group], pos: int, limit: int, sent: SentView) -> Group | None:
        obj = group_right(groups, pos, limit, sent)
        return checked_object(groups, obj, pos, limit, sent, self.cues, self.mods.light) if obj is not None else None

    def _chain_subject(self, sent: SentView, groups: list[Group], floor: int, pos: int) -> Group | None:
        """The main clause's subject for 'X ..., thereby increasing Y' / 'X ... by increasing Y': its
        first group, unless a finite verb stands before that group, whose object it then is ('Tobacco
        smoke promotes lung tumorigenesis by triggering Y': the smoke, no mention, is the subject)."""
        floor = past_expletive(sent, floor)  # "It has been widely accepted that X ...": past the expletive
        subj = first_group(groups, floor, pos)
        if subj is None:
            return None
        doc = sent.doc
        # "It is concluded that curcumin inhibits X through down-regulating Y": the complement clause
        # after "<participle> that" holds the subject ("It" is no argument there)
        that = next((k for k in range(pos - 1, subj.end, -1) if doc[k].lower_ == "that"
                     and doc[k - 1].is_lower and doc[k - 1].lower_.endswith(("ed", "wn"))), None)
        if that is not None:
            floor, subj = that + 1, first_group(groups, that + 1, pos)
            if subj is None:
                return None
        for k in range(floor, subj.start):
            t = doc[k]
            # A participle opening the clause or after a determiner is an adjective; an operator verb
            # makes its object the subject ("a strategy that blocks X ..., restoring Y").
            if t.lower_ in self.finite and k > floor and doc[k - 1].lower_ not in ATTRIBUTIVE \
                    and doc[k - 1].text != "-" and ("before", (t.lower_,)) not in self.cues.operators:
                return None
        return subj

    def _cue_between(self, sent: SentView, start: int, end: int, groups: Sequence[Group] = ()) -> bool:
        """A cue word in [start, end); with `groups`, one used as a verb: not a participle right
        before one of their mentions, which modifies it ('In these breast cancers activated Akt fails
        to inactivate FOXO3a')."""
        starts = {g.start for g in groups}
        return any(t.lower_ in self.cues.words and not (t.lower_.endswith("ed") and t.i + 1 in starts)
                   for t in sent.doc[start:end])

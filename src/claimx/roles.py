"""Role adjectives: one word that names a direction and its object ("antiangiogenic", "tumor-promoting").

- "the antiangiogenic activity of X", "the anti-inflammatory effects of X": X, in the "of"
  phrase after an effect noun;
- not "the antiangiogenic agent X", "the antiapoptotic protein Bcl-2": a class name, like "the
  tumor suppressor ARF" (nominals.py), which CG does not annotate as a claim;
- "X exhibited potent antitumor activity", "X is a tumor-suppressive gene": the subject of a
  verb just before the adjective (a form of "be" only before an agent noun or alone);
- coordinated adjectives share the noun ("the antiangiogenic and antiproliferative effects of X").
The adjective becomes the claim's object: a stand-in span over its token with the lexicon's
concept for the stem (antiangiogenic -> angiogenesis). Adjectives inside a mention
("antitumor immunity" is a concept of its own) are left alone. Words: lexicons/cues/roles.tsv.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Span

from claimx.arguments import Group, group_left, group_right
from claimx.constructions import Construction
from claimx.cues import DIRECTIONS, Cue, check_value, cues_dir, read_rows
from claimx.entities import Concept
from claimx.errors import BadLexicon
from claimx.tokview import SentView, concept_of

KINDS = ("prefix", "suffix", "stem", "of", "agent", "verb", "between")
FINITE_BE = {"is", "are", "was", "were"}  # not clauses.BE: "X is an antiangiogenic agent", finite forms only
NOUN_REACH = 4   # tokens from the adjective to its noun: "antiangiogenic and antitumor activities"
VERB_REACH = 3   # tokens from the verb to the adjective: "exhibited a potent antitumor"
OF_REACH = 3     # tokens from "of" to the subject: "of the novel agent X"


@dataclass(frozen=True)
class Roles:
    words: dict[str, tuple[str, str]]   # "antiangiogenic" -> ("decreases", "angiogenesis")
    of_nouns: frozenset[str]
    agent_nouns: frozenset[str]
    verbs: frozenset[str]
    between: frozenset[str]  # words between the adjective and its noun or verb: "a potent", "only moderate"


@functools.lru_cache(maxsize=4)
def load_roles(directory: Path | None = None) -> Roles:
    path = (directory or cues_dir()) / "roles.tsv"
    table: dict[str, dict[str, str]] = {k: {} for k in KINDS}
    for lineno, (kind, form, value) in read_rows(path, ("kind", "form", "value")):
        check_value(path, lineno, kind, KINDS, "kind")
        if kind in ("prefix", "suffix") and value not in DIRECTIONS:
            raise BadLexicon(f"{path}:{lineno}: direction must be up or down, got {value!r}")
        table[kind][form.lower()] = value
    words = {}
    for stem, surface in table["stem"].items():
        for prefix, direction in table["prefix"].items():
            for joined in (prefix + stem, f"{prefix}-{stem}"):
                words[joined] = (DIRECTIONS[direction], surface)
        for suffix, direction in table["suffix"].items():
            words[f"{stem}-{suffix}"] = (DIRECTIONS[direction], surface)
    return Roles(words, frozenset(table["of"]), frozenset(table["agent"]), frozenset(table["verb"]),
                 frozenset(table["between"]))


@functools.lru_cache(maxsize=256)
def _concept(surface: str, lexicon: Any) -> Concept:
    entry = lexicon.lookup(surface)
    if entry is None:
        return Concept(f"claimx:np:{surface}", surface, "process", (), "role")
    return Concept(entry.id, entry.name, entry.type, tuple(entry.xrefs), "role")


def role_spans(sent: SentView, taken: set[int], roles: Roles, lexicon: Any) -> list[Span]:
    """Stand-in spans for the role adjectives of `sent` outside mentions (`taken`); `lexicon` names the stems."""
    out = []
    for tok in sent.marked:  # role adjectives are trigger words, so marked tokens
        found = roles.words.get(tok.lower_)
        if found is not None and (tok.i not in taken or _names_effect(sent, taken, roles, tok.i)):
            concept = _concept(found[1], lexicon)
            span = Span(sent.spacy_doc, tok.i, tok.i + 1, label=concept.type)
            span._.claimx = concept
            out.append(span)
    return out


def _names_effect(sent: SentView, taken: set[int], roles: Roles, i: int) -> bool:
    """'anti-tumor effect', 'antitumor activities' as a two-word mention: the lexicon names the
    outcome, but the words still say what the holder does (CG: 'BV may exert an anti-tumor
    effect' -> BV decreases tumor), unlike 'antitumor immunity', a concept of its own."""
    after = i + 1
    return (after < sent.end and sent.doc[after].lower_ in roles.of_nouns and i - 1 not in taken
            and after + 1 not in taken)


def role_claims(sent: SentView, ents: list[Span], groups: list[Group], roles: Roles) -> list[Construction]:
    """One Construction per role adjective whose subject is found."""
    out = []
    for k, ent in enumerate(ents):
        if (concept := concept_of(ent)) is None or concept.source != "role":
            continue
        i = ent.start
        subj = _subject(sent, ents, groups, roles, i)
        if subj is None or subj.start <= i < subj.end:
            continue
        cue = Cue(sent.doc[i].lower_, roles.words[sent.doc[i].lower_][0], "adj", "adj")
        out.append(Construction(subj, Group((k,), ent.start, ent.end), "role", cue, i, subj))
    return out


def _subject(sent: SentView, ents: list[Span], groups: list[Group], roles: Roles, i: int) -> Group | None:
    doc = sent.doc
    noun = _noun(sent, roles, i)
    if noun is not None and noun + 1 < sent.end:
        word = doc[noun].lower_
        if word in roles.of_nouns and doc[noun + 1].lower_ in ("of", "by"):
            # "the anticancer activity of X", "the mechanism of anticancer activity by X"
            subj = group_right(groups, noun + 2, sent.end, sent)
            return subj if subj is not None and subj.start - (noun + 2) <= OF_REACH else None
    verb = _verb_before(sent, roles, i)
    if verb is None or (doc[verb].lower_ in FINITE_BE and noun is not None and doc[noun].lower_ not in roles.agent_nouns):
        return None
    return group_left(groups, verb, sent.start, sent)


def _noun(sent: SentView, roles: Roles, i: int) -> int | None:
    """The effect or agent noun the adjective modifies, over coordinated adjectives."""
    for j in range(i + 1, min(i + 1 + NOUN_REACH, sent.end)):
        word = sent.doc[j].lower_
        if word in roles.of_nouns or word in roles.agent_nouns:
            return j
        if word not in roles.between and word not in roles.words:
            return None
    return None


def _verb_before(sent: SentView, roles: Roles, i: int) -> int | None:
    for j in range(i - 1, max(sent.start, i - 1 - VERB_REACH), -1):
        word = sent.doc[j].lower_
        if word in roles.verbs:
            return j
        if word not in roles.between and word not in roles.words:
            return None
    return None

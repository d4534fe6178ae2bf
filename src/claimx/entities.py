"""The claimx_entities component: lexicon matches, open-class patterns, abbreviation propagation."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from claimx.cues import load_cues
from claimx.entity_patterns import PatternMatch, find_patterns
from claimx.found import Found, TokenIndex, set_ents
from claimx.pipeline import doc_text
from claimx.variants import fold

MAX_WINDOW = 8  # tokens; lexicon names longer than this are not worth the lookups
_SKIP_START = {",", ";", ":", ".", "(", ")", "[", "]", "and", "or", "the", "a", "an", "of", "in", "with", "by"}
_WINDOW_STOP = {",", ";", ":", ".", "[", "]"}  # never inside a name worth matching
_BAD_END = {",", ";", ":", "(", "[", "and", "or", "the", "of", "in", "with", "by", "-"}


@dataclass(frozen=True)
class Concept:
    """What a mention is: canonical id and name, type, ontology xrefs, and the rule that found it."""

    id: str
    name: str
    type: str
    xrefs: tuple[str, ...]
    source: str


def _type_of(concept: Concept) -> str:
    return concept.type


if not Span.has_extension("claimx"):
    Span.set_extension("claimx", default=None)


@Language.factory("claimx_entities", default_config={})
def make_entities(nlp: Language, name: str) -> EntityRecognizer:
    return EntityRecognizer()


class EntityRecognizer:
    """Sets `doc.ents` (label = type) with `span._.claimx` = Concept, longest match first.

    The lexicon is attached after creation (`component.lexicon = ...`) so the component
    can be added to any pipeline; `default_lexicon()` is used when none was set.
    """

    def __init__(self) -> None:
        self.lexicon: Any = None
        self.cues = load_cues()
        self._memo: dict[str, tuple[Concept | None, bool]] = {}
        self._sorted_keys: list[str] = []
        self._prefix_of: Any = None
        self._pattern_memo: dict[tuple[str, str, str, str | None], Concept] = {}

    def _lex(self) -> Any:
        if self.lexicon is None:
            from claimx.lexicon import default_lexicon

            self.lexicon = default_lexicon()
        return self.lexicon

    def __call__(self, doc: Doc) -> Doc:
        lex = self._lex()
        text = doc_text(doc)
        index = TokenIndex(doc, text)
        found: list[tuple[Span | Found, Concept]] = []
        found.extend(self._lexicon_matches(index, lex))
        for m in find_patterns(text):
            span = index.contract(m.start, m.end)
            if span is not None:
                found.append((span, self._pattern_concept(m, lex)))
        found.extend(self._abbreviations(doc, index, found))
        skips = doc._.claimx_skips
        chosen = _choose(found, skips)
        chosen = sorted(chosen + _pronouns(doc, index, chosen), key=lambda sc: sc[0].start)
        set_ents(doc, chosen, _type_of, "claimx")
        return doc

    def _lexicon_matches(self, index: TokenIndex, lex: Any) -> list[tuple[Found, Concept]]:
        """Longest lexicon match at each token, left to right.

        Token attributes are read once into lists (a Token object per access is the cost
        here); a window grows only while some lexicon key starts with its folded text and
        never runs past clause punctuation; lookups are memoized across documents, which
        repeat their names.
        """
        text = index.text
        n = len(index.starts)
        window = min(MAX_WINDOW, max(1, lex.max_words + 2))
        if not n:
            return []
        starts, lengths, spaces, puncts = index.starts, index.lengths, index.spaces, index.puncts
        words = [text[a: a + k] for a, k in zip(starts, lengths)]
        lowers = [w.lower() for w in words]
        blocked = [bool(sp) or (bool(pu) and w != "(") for sp, pu, w in zip(spaces, puncts, words)]
        suffixes = self.cues.suffixes
        # never start inside "X-induced": that word belongs to X
        skip = [b or low in _SKIP_START or (k > 0 and words[k - 1] == "-" and low in suffixes)
                for k, (b, low) in enumerate(zip(blocked, lowers))]
        can_end = [not (b and w != ")") and low not in _BAD_END for b, w, low in zip(blocked, words, lowers)]
        memo = self._memo
        if len(memo) > 500_000:
            memo.clear()
        probe = self._prober(lex)
        out = []
        nxt = 0  # tokens before this one belong to the last match
        for i in range(n):
            if i < nxt or skip[i]:
                continue
            concept, alive = probe(words[i])
            if not alive:
                continue  # no key starts with this word: the common case
            hit = (i + 1, concept) if concept is not None and can_end[i] else None
            a = starts[i]
            for j in range(i + 2, min(n, i + window) + 1):
                if words[j - 1] in _WINDOW_STOP:
                    break
                concept, alive = probe(text[a: starts[j - 1] + lengths[j - 1]])
                if not alive:
                    break  # no key starts with this text, so no longer window can match
                if concept is not None and can_end[j - 1]:
                    hit = (j, concept)
            if hit is not None:
                j = hit[0]
                b = starts[j - 1] + lengths[j - 1]
                out.append((Found(i, j, a, b, text[a:b]), hit[1]))
                nxt = j
        return out

    def _prober(self, lex: Any):
        """surface -> (lexicon Concept or None, whether some key starts with it), memoized."""
        memo = self._memo
        has_prefix = self._prefixes(lex)

        def probe(surface: str) -> tuple[Concept | None, bool]:
            hit = memo.get(surface)
            if hit is None:
                alive = "\n\n" not in surface and has_prefix(fold(surface).lower())
                entry = lex.lookup(surface) if alive else None
                concept = None if entry is None else \
                    Concept(entry.id, entry.name, entry.type, tuple(entry.xrefs), "lexicon")
                hit = memo[surface] = (concept, alive)
            return hit

        return probe

    def _prefixes(self, lex: Any):
        """A test 'does any lexicon key start with this folded text', by bisecting sorted keys."""
        if self._prefix_of is not lex:
            made = getattr(lex, "prefix_keys", None)  # the Lexicon keeps them sorted; other lookups do not
            self._sorted_keys = made() if made else sorted({k.lower() for k in lex.keys()})
            self._prefix_of = lex
            self._memo.clear()
            self._pattern_memo.clear()
        keys = self._sorted_keys

        def has_prefix(p: str) -> bool:
            k = bisect.bisect_left(keys, p)
            return k < len(keys) and keys[k].startswith(p)

        return has_prefix

    def _pattern_concept(self, m: PatternMatch, lex: Any) -> Concept:
        """The lexicon's concept for the pattern's name, else the pattern's own; memoized
        (cleared with the lexicon memo when another lexicon is attached)."""
        key = (m.norm, m.type, m.id, m.target)
        concept = self._pattern_memo.get(key)
        if concept is None:
            if len(self._pattern_memo) > 100_000:
                self._pattern_memo.clear()
            concept = self._pattern_memo[key] = self._new_pattern_concept(m, lex)
        return concept

    def _new_pattern_concept(self, m: PatternMatch, lex: Any) -> Concept:
        entry = lex.lookup(m.norm)
        if entry is not None and entry.type == m.type:
            return Concept(entry.id, entry.name, entry.type, tuple(entry.xrefs), "pattern")
        target = lex.lookup(m.target) if m.target else None
        xrefs = tuple(target.xrefs) if target is not None else ()
        return Concept(m.id, m.norm, m.type, xrefs, "pattern")

    def _abbreviations(self, doc: Doc, index: TokenIndex,
                       found: list[tuple[Span | Found, Concept]]) -> list[tuple[Span | Found, Concept]]:
        """Short forms defined in the document take the concept of their long form."""
        if not Doc.has_extension("abbreviations"):
            return []
        by_char = {(s.start_char, s.end_char): c for s, c in found}
        by_end: dict[int, list[tuple[Span | Found, Concept]]] = {}  # for _trailing, in found order
        for sc in found:
            by_end.setdefault(sc[0].end_char, []).append(sc)
        concepts: dict[str, Concept] = {}
        out = []
        for short in doc._.abbreviations:
            long = short._.long_form
            key = short.text
            if key in concepts:
                continue
            concept = by_char.get((long.start_char, long.end_char)) or _trailing(by_end.get(long.end_char, []), long)
            if concept is None:
                long = _trim_long_form(long)
                concept = self._typed_long_form(long, key) if len(long) else None
                if concept is None:
                    continue
                out.append((long, concept))
            concepts[key] = Concept(concept.id, concept.name, concept.type, concept.xrefs, "abbreviation")
        if not concepts:
            return out
        forms = sorted(concepts, key=len, reverse=True)
        plural = {f + "s": f for f in forms if not f.endswith("s")}
        pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for f in [*forms, *plural]) + r")(?![\w-])")
        for m in pattern.finditer(index.text):
            span = index.strict(m.start(), m.end())
            if span is not None:
                out.append((span, concepts[plural.get(m.group(1), m.group(1))]))
        return out

    def _typed_long_form(self, long: Span, short: str) -> Concept | None:
        head = long[-1].lower_
        typ = self.cues.head_nouns.get(head)
        if typ is None:
            return None
        name = " ".join(t.text for t in long if not t.is_space)
        return Concept(f"claimx:abbr:{short}", name, typ, (), "abbreviation")


PRONOUNS = {"They": True, "It": False, "Its": False}  # word -> refers to a plural
_ANTECEDENT_TYPES = {"cell", "gene_protein", "cytokine", "agent", "therapy"}


def _pronouns(doc: Doc, index: TokenIndex, chosen: list[tuple[Span | Found, Concept]]
              ) -> list[tuple[Span | Found, Concept]]:
    """A sentence-initial 'They'/'It'/'Its' takes the concept of the previous sentence's subject:
    a mention within its first three tokens ("MDSCs exert ... They are also recruited by ...").
    'It' never refers to a plural; 'They' may follow a singular long form ("suppressor cell (MDSCs)").

    Sentences are read from the sentence starts, not doc.sents (a Span and Tokens per sentence).
    """
    if not doc.has_annotation("SENT_START"):
        return []
    n = len(index.starts)
    if not n:
        return []
    bounds = [0, *index.sentence_starts(doc), n]
    text, starts, lengths, spaces = index.text, index.starts, index.lengths, index.spaces
    firsts: list[tuple[Span | Found, Concept] | None] = []
    out = []
    k = 0
    for start, end in zip(bounds, bounds[1:]):
        first = None
        while k < len(chosen) and chosen[k][0].start < end:
            if first is None and chosen[k][1].type in _ANTECEDENT_TYPES and chosen[k][0].start <= start + 2:
                first = chosen[k]
            k += 1
        head = start + 1 if spaces[start] and end - start > 1 else start
        plural = PRONOUNS.get(text[starts[head]: starts[head] + lengths[head]])
        prev = firsts[-1] if firsts else None
        if plural is not None and prev is not None and (plural or not prev[0].text.endswith("s")):
            c = prev[1]
            out.append((index.found(head, head + 1), Concept(c.id, c.name, c.type, c.xrefs, "coreference")))
        firsts.append(first)
    return out


_LONG_FORM_STOP = {"of", "the", "a", "an", "and", "or", "in", "by", "with", "for", "to", "on", "as"}


def _trailing(ending: list[tuple[Span | Found, Concept]], long: Span) -> Concept | None:
    """The longest mention that ends the long form: 'the polarization of regulatory T cells'.

    `ending`: the mentions found that end where the long form ends, in the order found."""
    inside = [(s, c) for s, c in ending if s.end_char == long.end_char and s.start_char >= long.start_char]
    return max(inside, key=lambda sc: len(sc[0]))[1] if inside else None


def _trim_long_form(long: Span) -> Span:
    """Drop what scispaCy's long form drags in before the last function word."""
    cut = max((t.i + 1 for t in long if t.lower_ in _LONG_FORM_STOP), default=long.start)
    return long.doc[cut: long.end]


def _choose(found: list[tuple[Span, Concept]], skips: tuple[tuple[int, int], ...]) -> list[tuple[Span, Concept]]:
    """Non-overlapping mentions: longest wins; on a tie abbreviation > lexicon > pattern."""
    rank = {"abbreviation": 0, "lexicon": 1, "pattern": 2}
    concept_of: dict[tuple[int, int], Concept] = {}
    spans = []
    merged: list[tuple[int, int]] = []
    for s, e in sorted(skips):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    skips = tuple(merged)
    skip_starts = [s for s, _ in skips]
    for span, concept in sorted(found, key=lambda sc: rank.get(sc[1].source, 3)):
        k = bisect.bisect_right(skip_starts, span.start_char) - 1
        if k >= 0 and span.start_char < skips[k][1]:
            continue
        key = (span.start, span.end)
        if key not in concept_of:
            concept_of[key] = concept
            spans.append(span)
    return [(s, concept_of[(s.start, s.end)]) for s in filter_spans(spans)]

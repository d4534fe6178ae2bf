"""The claimx_entities component: lexicon matches, open-class patterns, abbreviation propagation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimx.abbreviations import KEY as ABBREVIATIONS
from claimx.cues import load_cues
from claimx.disease_cells import disease_cells, lines_named_alone
from claimx.ellipses import elided_members
from claimx.entity_patterns import PatternMatch, find_patterns
from claimx.found import Found, TokenIndex, doc_extension_key, set_ents
from claimx.owned_parts import owned_parts
from claimx.lexicon_windows import LexiconWindows
from claimx.long_forms import InnerMentions
from claimx.pipeline import doc_text
from claimx.pronouns import pronoun_mentions
from claimx.shared_heads import shared_heads
from claimx.viruses import virus_names


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


def _lexicon_concept(entry: Any) -> Concept:
    return Concept(entry.id, entry.name, entry.type, tuple(entry.xrefs), "lexicon")


def _cell_concept(id_: str, name: str) -> Concept:
    return Concept(id_, name, "cell", (), "pattern")


def _agent_concept(id_: str, name: str) -> Concept:
    return Concept(id_, name, "agent", (), "pattern")


_SKIPS_KEY = doc_extension_key("claimx_skips")  # doc._.claimx_skips (extract.process sets it)

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
        self._windows = LexiconWindows(_lexicon_concept)
        self._pattern_memo: dict[tuple[str, str, str, str | None], Concept] = {}
        self._pattern_lex: Any = None  # the lexicon _pattern_memo was filled from

    def lexicon_in_use(self) -> Any:
        """The attached lexicon, else the packaged one (what this component matches with)."""
        return self._lex()

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
        found.extend(self._windows.matches(doc, index, lex, self.cues))
        for m in find_patterns(text):
            span = index.contract(m.start, m.end)
            if span is not None:
                found.append((span, self._pattern_concept(m, lex)))
        found.extend(elided_members(found, index, lex, _lexicon_concept))  # "caspase-3 and -7"
        found.extend(virus_names(index, _agent_concept))  # "Rous sarcoma virus"
        found.extend(shared_heads(found, index, lex, _lexicon_concept))  # "alphav and beta3 integrin"
        found.extend(self._abbreviations(doc, index, found))
        found = lines_named_alone(found)  # "NIH3T3" where "NIH3T3 cells" is written too
        found.extend(disease_cells(found, index, _cell_concept))  # "breast cancer cells"
        found.extend(owned_parts(found, index))  # "LMP1 of Epstein-Barr virus"
        skips = doc.user_data.get(_SKIPS_KEY, ())
        chosen = _choose(found, skips)
        chosen = sorted(chosen + pronoun_mentions(doc, index, chosen), key=lambda sc: sc[0].start)
        set_ents(doc, chosen, _type_of, "claimx")
        return doc

    def _pattern_concept(self, m: PatternMatch, lex: Any) -> Concept:
        """The lexicon's concept for the pattern's name, else the pattern's own; memoized
        (cleared when another lexicon is attached)."""
        if self._pattern_lex is not lex:
            self._pattern_memo.clear()
            self._pattern_lex = lex
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
        defined = doc.user_data.get(ABBREVIATIONS)  # claimx_abbreviations: (short form, long start, end)
        if not defined:
            return []
        longs = {(a, b): doc[a:b] for _, a, b in defined}
        # the mentions found that end where a long form ends, in the order found (for _trailing)
        ends = {long.end_char for long in longs.values()}
        by_end: dict[int, list[tuple[Span | Found, Concept]]] = {}
        for sc in [sc for sc in found if sc[0].end_char in ends]:
            by_end.setdefault(sc[0].end_char, []).append(sc)
        concepts: dict[str, Concept] = {}
        out = []
        inner = InnerMentions(found, (b for _, _, b in defined))
        for key, a, b in defined:
            if key in concepts:
                continue
            long = longs[(a, b)]
            ending = by_end.get(long.end_char, [])
            concept = _exact(ending, long) or _trailing(ending, long)
            if concept is None:
                long = _trim_long_form(long)
                concept = self._typed_long_form(long, key, inner) if len(long) else None
                if concept is None:
                    continue
                out.append((long, concept))
            concepts[key] = Concept(concept.id, concept.name, concept.type, concept.xrefs, "abbreviation")
        if not concepts:
            return out
        forms = sorted(concepts, key=len, reverse=True)
        plural = {f + "s": f for f in forms if not f.endswith("s")}
        for m in _forms_pattern([*forms, *plural]).finditer(index.text):
            span = index.strict(m.start(), m.end())
            if span is not None:
                out.append((span, concepts[plural.get(m.group(1), m.group(1))]))
        return out

    def _typed_long_form(self, long: Span, short: str, inner: InnerMentions) -> Concept | None:
        head = long[-1].lower_
        typ = self.cues.head_nouns.get(head) or inner.type_before_end(long)  # "prothrombin kringle-2"
        if typ is None:
            return None
        name = " ".join(t.text for t in long if not t.is_space)
        return Concept(f"claimx:abbr:{short}", name, typ, (), "abbreviation")


def _forms_pattern(words: list[str]) -> re.Pattern[str]:
    """The first of `words` (in their order) standing alone, not after a word character or "-".

    Written as one alternative per first character, each testing what precedes its first character
    by a lookbehind after it: a pattern opening with an alternation of literals lets `re` skip
    the characters no word starts with in its own fast scan instead of trying a match at each
    (about twice as fast on a review). Words of different first characters never match at one
    place, and each keeps its order among those of its own, so the matches are those of the
    plain "(?<![\\w-])(w1|w2|...)(?![\\w-])".
    """
    if not all(words):
        return re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return re.compile("(" + "|".join(f"{re.escape(c)}(?<![\\w-]{re.escape(c)})(?:{'|'.join(rest)})"
                                     for c, rest in groups.items()) + r")(?![\w-])")


_LONG_FORM_STOP = {"of", "the", "a", "an", "and", "or", "in", "by", "with", "for", "to", "on", "as"}


def _exact(ending: list[tuple[Span | Found, Concept]], long: Span) -> Concept | None:
    """The concept of the mention with exactly the long form's characters that `_choose` keeps:
    a lexicon entry over an open-class pattern ('Interleukin-6 (IL-6)': IL-6 is claimx:IL6, not
    the symbol pattern's 'Interleukin-6'); among equals, the last found."""
    exact = [c for s, c in ending if s.start_char == long.start_char]
    return min(reversed(exact), key=lambda c: _RANK.get(c.source, 3)) if exact else None


def _trailing(ending: list[tuple[Span | Found, Concept]], long: Span) -> Concept | None:
    """The longest mention that ends the long form: 'the polarization of regulatory T cells'.

    `ending`: the mentions found that end where the long form ends, in the order found."""
    inside = [(s, c) for s, c in ending if s.end_char == long.end_char and s.start_char >= long.start_char]
    return max(inside, key=lambda sc: len(sc[0]))[1] if inside else None


def _trim_long_form(long: Span) -> Span:
    """Drop what scispaCy's long form drags in before the last function word."""
    cut = max((t.i + 1 for t in long if t.lower_ in _LONG_FORM_STOP), default=long.start)
    return long.doc[cut: long.end]


_RANK = {"abbreviation": 0, "lexicon": 1, "pattern": 2}


def _choose(found: list[tuple[Span, Concept]], skips: tuple[tuple[int, int], ...]) -> list[tuple[Span, Concept]]:
    """Non-overlapping mentions: longest wins; on a tie abbreviation > lexicon > pattern.

    What spaCy's `filter_spans` does with the first candidate of each token range in rank
    order (longest first, then leftmost; a range is kept when neither end token is taken),
    on plain ints: ~40k candidates a review.
    """
    merged: list[tuple[int, int]] = []
    for s, e in sorted(skips):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    # a flag per character up to the last skip's end: a candidate's test is one index, not a bisection
    limit = merged[-1][1] if merged else 0
    skipped = bytearray(limit)
    for s, e in merged:
        skipped[s:e] = b"\1" * (e - s)
    by_rank: list[list] = [[] for _ in range(max(3, *_RANK.values()) + 1)]  # 3: an unranked source
    rank = _RANK
    for sc in found:  # a stable sort by rank
        by_rank[rank.get(sc[1].source, 3)].append(sc)
    first: dict[int, tuple[Span, Concept]] = {}  # start << 32 | end -> the first candidate in rank order
    for group in by_rank:
        for sc in group:
            span = sc[0]
            if span.start_char < limit and skipped[span.start_char]:
                continue
            key = span.start << 32 | span.end
            if key not in first:
                first[key] = sc
    # Longest first, then leftmost: the order filter_spans visits ranges in (keys are distinct).
    # Most ranges are one token: they come after every longer one and cannot overlap one another,
    # so they are not sorted, only kept where their token is still free after the longer ones.
    singles = [key for key in first if (key & _LOW) - (key >> 32) == 1]
    order = sorted([key for key in first if (key & _LOW) - (key >> 32) != 1], key=_filter_order, reverse=True)
    if order and (order[-1] & _LOW) <= (order[-1] >> 32):  # an empty range comes after the one-token ones
        order, singles = sorted(first, key=_filter_order, reverse=True), []
    taken = bytearray(max((key & _LOW for key in first), default=0) + 1)
    kept = []
    for key in order:
        start, end = key >> 32, key & _LOW
        if not taken[start] and (end == 0 or not taken[end - 1]):  # filter_spans tests the end token
            taken[start:end] = b"\1" * (end - start)
            kept.append(key)
    kept += [key for key in singles if not taken[key >> 32]]
    kept.sort()  # by start (kept ranges do not overlap)
    return [first[key] for key in kept]


_LOW = (1 << 32) - 1


def _filter_order(key: int) -> int:
    """Sort key of a `_choose` range (start << 32 | end): its length, then its start reversed."""
    return ((key & _LOW) - (key >> 32)) << 32 | (_LOW - (key >> 32))

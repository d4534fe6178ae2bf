"""Plain-Python token records for the claim rules.

The rules read a few attributes of tokens around a cue, over and over. Each `doc[i]` on a
spaCy Doc makes a new Token object and each `.lower_` a string-store look-up, which made
those reads most of the claim component's time. Here every token of a document is read
once into a `Tok` record; a `SentView` offers the part of the Span interface the rules use
(`.doc[i]`, `.doc[a:b]`, `.start`, `.end`, iteration) over those records, and `.span` for
the real sentence where a Span is needed (claims, phrases, the parser). The small word tests
several rules share over those records (modifier words, a ')' back to its '(') live here too.
"""

from __future__ import annotations

from collections.abc import Container, Iterator

from spacy.tokens import Doc, Span

from claimx.found import extension_key, token_columns

# The attributes a Tok copies from the lexeme; all lexical, so read once per distinct word.
LEXICAL = ("text", "lower_", "is_space", "is_punct", "is_alpha", "is_lower", "is_title", "like_num")


class Tok:
    """A token's attributes as plain values (the subset of spacy.tokens.Token the rules read)."""

    __slots__ = ("i", "whitespace_") + LEXICAL

    def __init__(self, i: int, whitespace: str, lexical: tuple) -> None:
        self.i = i
        self.whitespace_ = whitespace
        (self.text, self.lower_, self.is_space, self.is_punct,
         self.is_alpha, self.is_lower, self.is_title, self.like_num) = lexical


class TokenTable:
    """Builds the Tok list of a document, caching lexical attributes by orth across documents.

    The Tok records are reused from one document to the next, so a list `tokens` returns is
    valid only until its next call (the claim component keeps none past its document).
    """

    def __init__(self, marked: frozenset[str] = frozenset()) -> None:
        self.marked = marked  # lower-case words `marks` lists (a bare "-" too): a rule starts from each
        self.marks: list[int] = []  # the last document's tokens in `marked`, by index
        self._lexical: dict[int, tuple] = {}
        # Record k always has i == k. Refilling them instead of allocating a Tok per token keeps
        # a document's records from surviving into the collector's oldest generation, where they
        # triggered full collections of the whole heap (lexicon, vocab) every few documents.
        self._pool: list[Tok] = []

    def tokens(self, doc: Doc) -> list[Tok]:
        marks: list[int] = []
        self.marks = marks
        if not len(doc):
            return []
        lexical = self._lexical
        vocab = doc.vocab
        pool = self._pool
        # Two flat int lists: a list of [orth, space] pairs would allocate (and GC-track) a list per token.
        cols = token_columns(doc)
        orths, spaces = cols.orth, cols.spaces
        for i in range(len(pool), len(orths)):
            pool.append(Tok(i, "", ("",) * len(LEXICAL)))
        # Filled in place, not through Tok.__init__: a call per token was a third of this loop, and
        # record k already has i == k.
        spaced = ("", " ")
        mark_at = marks.append
        for tok, orth, space in zip(pool, orths, spaces):
            lex = lexical.get(orth)
            if lex is None:
                word = vocab[orth]
                lex = tuple(getattr(word, a) for a in LEXICAL)
                lex = lexical[orth] = lex + (lex[1] in self.marked or lex[0] == "-",)
            tok.whitespace_ = spaced[space]
            (tok.text, tok.lower_, tok.is_space, tok.is_punct,
             tok.is_alpha, tok.is_lower, tok.is_title, tok.like_num, mark) = lex
            if mark:
                mark_at(tok.i)
        return pool[: len(orths)]


class SentView:
    """A sentence over a document's Tok list: `doc` is that list, indexed like the Doc."""

    __slots__ = ("span", "spacy_doc", "doc", "start", "end", "context", "floors", "marked")

    def __init__(self, span: Span, tokens: list[Tok]) -> None:
        self.span = span
        self.spacy_doc = span.doc
        self.doc = tokens
        self.start = span.start
        self.end = span.end
        self.context: tuple | None = None  # species, setting, diseases: Modifiers.context fills it once
        self.floors: dict[int, int] = {}  # clause_floor by token index, filled as the rules ask
        self.marked: list[Tok] = []  # its tokens in TokenTable.marked, which the claim component fills

    def __iter__(self):
        return iter(self.doc[self.start: self.end])


SLASH = frozenset({"/"})
ARTICLES = frozenset({"the", "a", "an"})
INDEFINITE_ARTICLES = frozenset({"a", "an"})  # they open an appositive restating a name: "Cdc42, a Rho GTPase"


def modifier_word(t: Tok, stop: Container[str], joiners: Container[str] = SLASH, alpha: bool = True) -> bool:
    """A lower-case word not in `stop`, or a joiner ('/' in 'neural stem/progenitor cells'); with
    `alpha` False a lower-case word may hold a hyphen or digit too ('drug-resistant')."""
    return t.text in joiners or t.is_lower and (t.is_alpha or not alpha) and t.lower_ not in stop


def back_over_modifiers(doc: list[Tok], start: int, floor: int, reach: int, stop: Container[str],
                        joiners: Container[str] = SLASH) -> int:
    """The index before `start` that the modifier words (modifier_word) just before it end at,
    walking back at most `reach` tokens from `start` and stopping above `floor`."""
    k = start - 1
    while k > floor and start - k <= reach and modifier_word(doc[k], stop, joiners):
        k -= 1
    return k


def opening_parens(doc: list[Tok], end: int, floor: int, reach: int) -> Iterator[int]:
    """The '(' tokens (indices, nearest first) before the ')' at `end` - 1, within `reach` tokens
    of `end` and above `floor`: 'vascular endothelial growth factor (VEGF)' back to its '('."""
    return (j for j in range(end - 2, max(floor, end - reach), -1) if doc[j].text == "(")


def concept_of(span: Span):
    """`span._.claimx`, read from doc.user_data where spaCy files it: `._` makes an Underscore object per read."""
    key = extension_key("claimx")  # asked at the call: the extension exists only once entities.py is loaded
    if key is None:
        return span._.claimx
    return span.doc.user_data.get(key(span.start_char, span.end_char))

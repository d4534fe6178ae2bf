"""Entity mentions as plain records for the claim rules, read from the entity columns.

`list(doc.ents)` makes a spaCy Span per mention (each making two Token objects), and the
rules read `.label_` (a string-store look-up) and `.text` (a Token per word) over and over.
A `Mention` holds what they read as plain values and offers the part of the Span interface
they use (`.start`, `.end`, `.label_`, `.text`, `.doc`, `.start_char`, `.end_char`, `len`,
indexing); mentions are made only for sentences holding a trigger word, and a claim's
arguments become real Spans (`as_span`) when a claim is made.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Doc, Span

from claimx.found import token_columns
from claimx.tokview import Tok


class Mention:
    """An entity mention: token range, label and character offsets of one `doc.ents` Span."""

    __slots__ = ("start", "end", "label_", "doc", "tokens", "start_char", "end_char", "_text")

    def __init__(self, start: int, end: int, label: str, doc: Doc, tokens: list[Tok], start_char: int,
                 end_char: int) -> None:
        self.start = start
        self.end = end
        self.label_ = label
        self.doc = doc  # the spaCy Doc, as Span.doc
        self.tokens = tokens  # the document's Tok records (tokview.py), valid while it runs
        self.start_char = start_char
        self.end_char = end_char
        self._text: str | None = None

    @property
    def text(self) -> str:
        """Span.text from the Tok records, made once: the rules read it again and again."""
        if self._text is None:
            toks = self.tokens[self.start: self.end]
            text = "".join([t.text + t.whitespace_ for t in toks])
            self._text = text[:-1] if toks and toks[-1].whitespace_ else text
        return self._text

    def __len__(self) -> int:
        return self.end - self.start

    def __getitem__(self, k: int) -> Tok:
        """The k-th token's record (a negative k counts from the end), as `span[k]` gives its Token."""
        if isinstance(k, slice):
            return self.span()[k]
        if not -len(self) <= k < len(self):
            raise IndexError(k)
        return self.tokens[self.start + k if k >= 0 else self.end + k]

    def __iter__(self):
        return iter(self.tokens[self.start: self.end])

    def span(self) -> Span:
        """A spaCy Span of the same bounds and label."""
        return Span(self.doc, self.start, self.end, label=self.label_)

    def __getattr__(self, name: str):
        # Only for what the record lacks (.sent, .root, ._ ...): a rule written against Spans then
        # still works on a record, at a Span's price; the attributes the rules read are slots.
        if name.startswith("__") or name in Mention.__slots__:
            raise AttributeError(name)
        return getattr(self.span(), name)

    def __eq__(self, other: object) -> bool:  # as Span's: the same bounds and label in the same Doc
        return isinstance(other, Mention) and (self.start_char, self.end_char, self.label_, self.doc) == (
            other.start_char, other.end_char, other.label_, other.doc)

    def __hash__(self) -> int:
        return hash((self.start_char, self.end_char, self.label_))

    def __repr__(self) -> str:
        return self.text


class MentionTable:
    """The mention columns of one document; `between` makes the records of a token range."""

    def __init__(self) -> None:
        self._labels: dict[int, str] = {}
        self.starts: list[int] = []
        self._ends: list[int] = []
        self._types: list[int] = []
        self._chars: list[int] = []
        self._lasts: list[int] = []
        self._spans: dict[int, Span] = {}  # by start: the mentions do not overlap
        self._doc: Doc | None = None
        self._tokens: list[Tok] = []

    def read(self, doc: Doc, tokens: list[Tok]) -> None:
        """Read `doc`'s entity columns: the mentions are the spans `doc.ents` would give."""
        self._doc, self._tokens, self._spans = doc, tokens, {}
        if not len(doc):
            self.starts, self._ends, self._types, self._chars, self._lasts = [], [], [], [], []
            return
        cols = doc.to_array([ENT_IOB, ENT_TYPE])
        iob = cols[:, 0]
        # As Doc.ents: a mention opens at a B tag with a label and runs to the next token that is not I.
        starts = numpy.flatnonzero((iob == 3) & (cols[:, 1] != 0)).tolist()
        # The ends, types and offsets in plain Python: numpy calls per column cost an abstract more than the work.
        inside = iob.tolist() + [0]  # 0: past the last token, not I
        ends = []
        for s in starts:
            e = s + 1
            while inside[e] == 1:
                e += 1
            ends.append(e)
        offsets = token_columns(doc).starts
        self.starts = starts
        self._ends = ends
        self._types = cols[starts, 1].tolist()
        self._chars = [offsets[s] for s in starts]
        self._lasts = [offsets[e - 1] for e in ends]  # where each mention's last token starts

    def as_span(self, m) -> Span:
        """A real Span for a claim's argument (`m` itself when it is one), made once per mention."""
        if type(m) is not Mention:
            return m
        span = self._spans.get(m.start)
        if span is None:
            span = self._spans[m.start] = Span(m.doc, m.start, m.end, label=m.label_)
        return span

    def release(self) -> None:
        """Drop the document: its Doc, Spans and Tok rows are not kept past the component's call."""
        self._doc, self._tokens, self._spans = None, [], {}

    def between(self, start: int, end: int) -> list[Mention]:
        """Mentions starting in tokens [start, end), in order."""
        starts = self.starts
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        if lo == hi:
            return []
        out = []
        labels, doc, tokens = self._labels, self._doc, self._tokens
        for s, e, typ, char, last in zip(starts[lo:hi], self._ends[lo:hi], self._types[lo:hi], self._chars[lo:hi],
                                         self._lasts[lo:hi]):
            label = labels.get(typ)
            if label is None:
                label = labels[typ] = doc.vocab.strings[typ]
            out.append(Mention(s, e, label, doc, tokens, char, last + len(tokens[e - 1].text)))
        return out

"""Token ranges found by character offsets, without spaCy Span objects.

A Span costs a Python object plus Token lookups per attribute; the entity rules make
thousands of candidates and keep a few, so they work on `Found` ranges and `TokenIndex`
(the Doc's token offsets read once) and make Spans only for the mentions kept.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH
from spacy.tokens import Doc


class Found:
    """A token range a rule found: what the choosing steps read of a Span, without making one."""

    __slots__ = ("start", "end", "start_char", "end_char", "text")

    def __init__(self, start: int, end: int, start_char: int, end_char: int, text: str):
        self.start, self.end, self.start_char, self.end_char, self.text = start, end, start_char, end_char, text

    def __len__(self) -> int:
        return self.end - self.start


class TokenIndex:
    """Per-token columns of a Doc (char offset, length, is_space, is_punct) as Python lists.

    `contract` and `strict` are `Doc.char_span` with that alignment mode, returning a Found.
    They rely on what a tokenizer guarantees: every character belongs to a token or to the
    whitespace after one, so the token holding a character is found by bisecting the starts.
    """

    def __init__(self, doc: Doc, text: str):
        self.text = text
        if len(doc):
            cols = doc.to_array([IDX, LENGTH, IS_SPACE, IS_PUNCT]).astype(numpy.int64).T.tolist()
        else:
            cols = [[], [], [], []]
        self.starts, self.lengths, self.spaces, self.puncts = cols

    def found(self, start: int, end: int) -> Found:
        """The Found of tokens start..end-1 (end > start)."""
        a = self.starts[start]
        b = self.starts[end - 1] + self.lengths[end - 1]
        return Found(start, end, a, b, self.text[a:b])

    def _ends(self, start_char: int, end_char: int) -> tuple[int, int]:
        return bisect_right(self.starts, start_char) - 1, bisect_right(self.starts, end_char - 1) - 1

    def contract(self, start_char: int, end_char: int) -> Found | None:
        """The tokens wholly inside [start_char, end_char), or None when there are none."""
        if not self.starts or start_char >= end_char:
            return None
        start, end = self._ends(start_char, end_char)
        if start < 0 or end < 0:
            return None
        if self.starts[start] < start_char:
            start += 1
        if end_char < self.starts[end] + self.lengths[end]:
            end -= 1
        return self.found(start, end + 1) if end >= start else None

    def strict(self, start_char: int, end_char: int) -> Found | None:
        """The tokens spanning exactly [start_char, end_char), or None when it cuts a token."""
        if not self.starts or start_char >= end_char:
            return None
        start, end = self._ends(start_char, end_char)
        if start < 0 or end < 0 or self.starts[start] != start_char:
            return None
        if self.starts[end] + self.lengths[end] != end_char:
            return None
        return self.found(start, end + 1)

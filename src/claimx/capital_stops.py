"""A sentence's full stop after a name ending in a lone capital ("protein kinase C.", "Act D."), split off.

spaCy tokenizes each whitespace-separated chunk alone, and "C." is the same chunk in "protein kinase
C. We" as in "by J. Smith" or "E. coli". What follows tells them apart, so this runs after the
tokenizer, on the few chunks that qualify: a capital and a stop, right after a word and one space,
then the text's end, a blank line or the next sentence's opening (a capital, digit or bracket), so
"E. coli" keeps its stop. So does an initial: after one of tokenizer.tsv's `initial` words ("by J.
Smith"); an initial after any other word ("John F. Kennedy") is split, which is rare in this literature.

The result does not depend on text beyond a blank line, as `pipeline.make_doc`, which tokenizes a
paragraph at a time, requires: a blank line (or the text's end) after the stop splits it either way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

# The capital first: the look-behind then runs only at a capital followed by a stop.
_CANDIDATE = re.compile(r"[A-Z]\.(?<=[^\W_] [A-Z]\.)(?=\s*$|[ \t]*\n\s*\n|\s+[A-Z0-9(\[\"'“‘])")


class CapitalStops:
    """Wraps a spaCy Tokenizer: its tokens, with such stops split off. Other attributes are the tokenizer's."""

    def __init__(self, tokenizer, initials: frozenset[str]):
        self.tokenizer = tokenizer
        self.initials = initials

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        found = [m.start() for m in _CANDIDATE.finditer(text) if self._ends_a_name(text, m.start())]
        return split_stops(doc, found) if found else doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):
        if name == "tokenizer":  # not set yet (unpickling): no recursion through __getattr__
            raise AttributeError(name)
        return getattr(self.tokenizer, name)

    def _ends_a_name(self, text: str, at: int) -> bool:
        line_start = text.rfind("\n", 0, at) + 1
        before = text[line_start: at - 1].rsplit(None, 1)
        return bool(before) and before[-1].rstrip(".").lower() not in self.initials


def split_stops(doc: Doc, starts: list[int]) -> Doc:
    """`doc` with each one-capital token "X." starting at a character of `starts` split in two."""
    tokens = [t for t in (doc.char_span(a, a + 2) for a in starts) if t is not None and len(t) == 1]
    if tokens:
        with doc.retokenize() as retokenizer:
            for span in tokens:
                tok = span[0]
                retokenizer.split(tok, [tok.text[0], "."], heads=[(tok, 0), (tok, 0)])
    return doc

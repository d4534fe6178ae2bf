"""A stand-in for the parenthesis Matcher of scispaCy's abbreviation detector: same matches, linear time.

claimx_abbreviations (abbreviations.py) starts from its matches, as scispaCy's detector does from its Matcher's.
"""

from __future__ import annotations

import numpy
from spacy.tokens import Doc

from claimx.found import token_columns


class ParenMatcher:
    """What scispaCy's `( + )` Matcher finds, limited to the matches its detector keeps.

    The detector drops every parenthesis holding more than 8 tokens, but its Matcher keeps a
    state open from each "(" to the end of the document (quadratic, ~15% of the pipeline).
    This returns the kept matches in the Matcher's order: by closing token, and for one ")"
    the nearest "(" first.
    """

    MAX_INSIDE = 8  # scispaCy's filter_matches: `end - start > 8` is skipped

    def __init__(self, key: int):
        self.key = key

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not len(doc):
            return []
        orth = token_columns(doc).orth_array
        opens = numpy.flatnonzero(orth == doc.vocab.strings["("]).tolist()
        if not opens:
            return []
        out = []
        k = 0  # opens[:k] are before the current ")"
        for j in numpy.flatnonzero(orth == doc.vocab.strings[")"]).tolist():
            while k < len(opens) and opens[k] < j:
                k += 1
            for i in reversed(opens[:k]):
                if j - i > self.MAX_INSIDE + 1:
                    break
                if j - i >= 2:  # at least one token inside
                    out.append((self.key, i, j + 1))
        return out

"""Stand-ins for the two Matchers of scispaCy's abbreviation detector: same matches, linear time.

build_nlp puts them on the detector (`detector.matcher`, `detector.global_matcher`); the
detector's own code, and so its output, is unchanged.
"""

from __future__ import annotations

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc


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
        orth = doc.to_array([ORTH])
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


class OrthMatcher:
    """scispaCy's global matcher of defined short forms, for exact-ORTH patterns only.

    spaCy's Matcher makes a Token object and steps every pattern state at each token of the
    document; here each pattern is looked for where its first token occurs. Same matches,
    same order (by last token, then first token, then pattern order), same add/remove.
    """

    def __init__(self, vocab):
        self.vocab = vocab
        self._patterns: list[tuple[int, tuple[int, ...]]] = []  # (key, orth ids), in add order

    def add(self, key: str, patterns: list[list[dict[str, str]]]) -> None:
        strings = self.vocab.strings
        for pattern in patterns:
            if not pattern or any(set(tok) != {"ORTH"} for tok in pattern):
                raise ValueError(f"OrthMatcher takes non-empty exact-ORTH patterns, not {pattern!r}")
            self._patterns.append((strings.add(key), tuple(strings.add(tok["ORTH"]) for tok in pattern)))

    def remove(self, key: str) -> None:
        k = self.vocab.strings[key]
        if all(p[0] != k for p in self._patterns):
            raise ValueError(f"no rule {key!r}")
        self._patterns = [p for p in self._patterns if p[0] != k]

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not self._patterns or not len(doc):
            return []
        orth = doc.to_array([ORTH])
        n = len(orth)
        found = []
        for index, (key, seq) in enumerate(self._patterns):
            size = len(seq)
            for i in numpy.flatnonzero(orth == seq[0]).tolist():
                if i + size <= n and all(orth[i + k] == seq[k] for k in range(1, size)):
                    found.append((i + size, i, index, key))
        found.sort()
        out = list(dict.fromkeys((key, start, end) for end, start, _, key in found))  # the Matcher dedups too
        return out

"""Two compiled patterns searched as their alternation `first|second`, without compiling it.

The tokenizer's affix patterns are claimx's few additions in front of scispaCy's (15k and 12k
characters, ~0.04 s to compile, which scispaCy has just done); compiling the alternation compiled
scispaCy's again at every start-up. Searched apart, they find the same matches, and scispaCy's
infix pattern alone runs faster than inside the alternation.
"""

from __future__ import annotations

import re
import warnings


class Alternation:
    """`search` and `finditer` of `first|second`; `pattern` is the alternation's text.

    Python's engine tries the alternatives at each position in turn, so the alternation matches
    at the leftmost position where either does, `first` on a tie: the earlier of the two
    searches' matches. `finditer` repeats that from the end of each match (a lookbehind still
    sees the text before it, as in one scan). After an empty match the engine has its own rule
    for moving on, so a string that gives one is left to the compiled alternation.
    """

    def __init__(self, first: re.Pattern[str], second: re.Pattern[str]):
        self.first, self.second = first, second
        self.pattern = f"{first.pattern}|{second.pattern}"
        self._compiled: re.Pattern[str] | None = None

    def search(self, string: str) -> re.Match[str] | None:
        a, b = self.first.search(string), self.second.search(string)
        return a if a is not None and (b is None or a.start() <= b.start()) else b

    def finditer(self, string: str) -> list[re.Match[str]]:
        first, second = self.first, self.second
        a, b = first.search(string), second.search(string)
        found = []
        while a is not None or b is not None:
            m = a if a is not None and (b is None or a.start() <= b.start()) else b
            end = m.end()
            if end == m.start():
                return list(self.compiled().finditer(string))
            found.append(m)
            if a is not None and a.start() < end:
                a = first.search(string, end)
            if b is not None and b.start() < end:
                b = second.search(string, end)
        return found

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", FutureWarning)  # scispaCy's "possible set union"
                self._compiled = re.compile(self.pattern)
        return self._compiled

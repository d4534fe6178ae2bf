"""Anchored search for entity patterns whose matches must contain a rare literal.

`finditer` tries a pattern at every position of the text. The cell-line pattern
(`... cell(s)/cell line(s)`) and the pathway pattern (`A/B pathway`) can only match close
before their literal ("cell", "/"), so only those positions are tried, each with
`regex.match(text, pos)`: the attempt `finditer` makes there (lookarounds see the whole
text), so the matches are the same. The shortcut is keyed on the exact regular expression
it was reasoned from; an edited pattern is simply scanned in full again.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator


def _run_start(text: str, i: int, runs: int) -> int:
    """Walking back from i: the start of the `runs`-th run of non-space characters."""
    for r in range(runs):
        if r:
            while i > 0 and text[i - 1].isspace():
                i -= 1
        while i > 0 and not text[i - 1].isspace():
            i -= 1
    return i


def _cell_line(text: str) -> Iterator[tuple[int, int]]:
    # A match is WORD [space WORD] space "cell...": it starts in one of the two runs
    # of non-space characters before the whitespace in front of "cell".
    k = text.find("cell")
    while k >= 0:
        if k > 0 and text[k - 1].isspace():
            yield _run_start(text, k - 1, 2), k
        k = text.find("cell", k + 4)


def _pathway(text: str) -> Iterator[tuple[int, int]]:
    # A match is WORD/WORD... space KEYWORD: it starts in the run of non-space
    # characters holding its first "/", before that "/".
    k = text.find("/")
    while k >= 0:
        yield _run_start(text, k, 1), k
        k = text.find("/", k + 1)


# sha1 prefix of the pattern as written in entity_patterns.tsv -> where its matches can start
_REGIONS: dict[str, Callable[[str], Iterator[tuple[int, int]]]] = {
    "6830104a0fe7b8ef": _cell_line,
    "076bfba5c7dd76c7": _pathway,
}


def anchored(source: str) -> Callable[[re.Pattern[str], str], Iterator[re.Match[str]]] | None:
    """A `finditer` replacement for the pattern written as `source`, or None when there is none."""
    regions = _REGIONS.get(hashlib.sha1(source.encode()).hexdigest()[:16])
    if regions is None:
        return None

    def finditer(regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
        done = 0  # positions before this were tried or lie inside the last match
        for start, stop in regions(text):
            pos = max(start, done)
            while pos < stop:
                m = regex.match(text, pos)
                if m is None:
                    pos += 1
                else:
                    yield m
                    pos = m.end()
            done = max(done, pos)

    return finditer

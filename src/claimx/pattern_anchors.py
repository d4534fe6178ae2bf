"""Anchored search for entity patterns: try a pattern only where a match can start.

`finditer` tries a pattern at every position of the text. Where a pattern's matches can
only start at a few places, only those are tried, each with `regex.match(text, pos)`: the
attempt `finditer` makes there (lookarounds see the whole text), so the matches are the
same. The places come from the pattern's literal prefixes when it has them (every match of
the cytokine pattern starts "IL", "CCL", ...: regex_prefix.py), else from a shortcut reasoned
from one exact regular expression (the cell-line, pathway, symbol, ion and transformed-cells
patterns); an edited pattern loses its shortcut and is simply scanned in full again.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator

from claimx.regex_prefix import literal_prefixes


def _run_start(text: str, i: int, runs: int) -> int:
    """Walking back from i: the start of the `runs`-th run of non-space characters."""
    for r in range(runs):
        if r:
            while i > 0 and text[i - 1].isspace():
                i -= 1
        while i > 0 and not text[i - 1].isspace():
            i -= 1
    return i


# Where the cell-line pattern's lookbehind and first character both pass.
_CELL_LINE_START = re.compile(r"(?<![\w/+.-])[A-Za-z]")


def _cell_line(text: str) -> Iterator[tuple[int, int]]:
    # A match is WORD [space WORD] space "cell...": it starts in one of the two runs
    # of non-space characters before the whitespace in front of "cell", at a letter
    # its lookbehind allows.
    k = text.find("cell")
    while k >= 0:
        if k > 0 and text[k - 1].isspace():
            for m in _CELL_LINE_START.finditer(text, _run_start(text, k - 1, 2), k):
                yield m.start(), m.start() + 1
        k = text.find("cell", k + 4)


def _pathway(text: str) -> Iterator[tuple[int, int]]:
    # A match is WORD/WORD... space KEYWORD: it starts in the run of non-space
    # characters holding its first "/", before that "/".
    k = text.find("/")
    while k >= 0:
        yield _run_start(text, k, 1), k
        k = text.find("/", k + 1)


def _transformed(text: str) -> Iterator[tuple[int, int]]:
    # Its lookbehind puts a match right after "transformed" and one whitespace character;
    # the cell words it could start with ("cell", "clone") are far more frequent.
    k = text.find("transformed")
    while k >= 0:
        p = k + len("transformed")
        if p < len(text) and text[p].isspace():
            yield p + 1, p + 2
        k = text.find("transformed", p)


# A symbol match starts a run of [\w-] characters (its lookbehind excludes them before it) and
# stays in it. Each alternative needs there a capital A-Z after the run's first character (the
# inner-capital ones and "AB..."), a capital with a digit after it (the digit-and-capital one,
# "A1..."), or "p" and a digit; a run holding none of these cannot match. Each run holding
# one is found by its first, and its start is the one place to try in it.
_KEY = re.compile(r"[A-Z](?:(?<=[\w-].)|(?=[\w-]*\d))|p\d")
_RUN = re.compile(r"[\w-]*")


def _symbol(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    while (m := _KEY.search(text, pos)) is not None:
        start = m.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):  # [\w-]
            start -= 1
        yield start, start + 1
        pos = _RUN.match(text, m.start()).end()


def _ion(text: str) -> Iterator[tuple[int, int]]:
    # A match is ELEMENT (1-2 letters) then "2+", "+".."+++" or "(2+)": its first "+" is 1 to 4
    # characters after its start, so the four places before each "+" are the ones to try.
    k = text.find("+")
    while k >= 0:
        yield max(k - 4, 0), k
        k = text.find("+", k + 1)


_HYPHEN_CAPITAL = re.compile(r"-[A-Z]")


def _hyphen_symbol(text: str) -> Iterator[tuple[int, int]]:
    # A match is STEM (a capital and 1-3 lower-case letters) "-" CAPITALS: it starts 2 to 4
    # characters before a hyphen with a lower-case letter before it and a capital after it.
    for m in _HYPHEN_CAPITAL.finditer(text):
        k = m.start()
        if text[k - 1: k].islower():
            yield max(k - 4, 0), k - 1


# str.find scans the text once per literal; one regex of all the literals (opening with their
# alternation, so re scans for their first characters) scans it once, at about the cost of eight
# str.find scans on the bench sample: the cheaper way for the long lists (phenotype markers, trials).
MANY_LITERALS = 9


def _literal_starts(prefixes: tuple[str, ...]) -> Callable[[str], Iterator[tuple[int, int]]]:
    if len(prefixes) >= MANY_LITERALS:
        search = re.compile("|".join(re.escape(p) for p in prefixes)).search

        def every_start(text: str) -> Iterator[tuple[int, int]]:
            m = search(text)
            while m is not None:  # searched again one character on: occurrences may overlap
                k = m.start()
                yield k, k + 1
                m = search(text, k + 1)

        return every_start

    def regions(text: str) -> Iterator[tuple[int, int]]:
        hits = set()
        for literal in prefixes:
            k = text.find(literal)
            while k >= 0:
                hits.add(k)
                k = text.find(literal, k + 1)
        for k in sorted(hits):
            yield k, k + 1

    return regions


# sha1 prefix of the pattern as written in entity_patterns.tsv -> where its matches can start
_REGIONS: dict[str, Callable[[str], Iterator[tuple[int, int]]]] = {
    "6830104a0fe7b8ef": _cell_line,
    "076bfba5c7dd76c7": _pathway,
    "d9a078a36d2c1cae": _symbol,
    "e4c48ea1dc3f98d5": _ion,
    "4be7b71c7da5fad6": _transformed,
    "f4288a6e3a311051": _hyphen_symbol,
}


def anchored(source: str) -> Callable[[re.Pattern[str], str], Iterator[re.Match[str]]] | None:
    """A `finditer` replacement for the pattern written as `source`, or None when there is none."""
    regions = _REGIONS.get(hashlib.sha1(source.encode()).hexdigest()[:16])
    if regions is None:
        prefixes = literal_prefixes(source)
        if prefixes is None:
            return None
        regions = _literal_starts(prefixes)

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

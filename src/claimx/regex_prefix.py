"""What any match of a regular expression starts with: a character class, or literal strings.

Python's `re` tries a pattern at every position of the text; a pattern that opens with a
lookbehind and a long alternation spends most of its time failing there. A one-character
lookahead that every match satisfies (`first_char_prefix`) fails those positions first, and
changes no match. When every match starts with one of a few literal strings
(`literal_prefixes`), only where those occur need be tried at all (pattern_anchors.py).
Both are derived from the parsed pattern; anything the walk does not understand gives
nothing (the pattern is then used as written).
"""

from __future__ import annotations

import functools
import re

try:  # the parser is private; without it patterns are simply used as written
    from re import _constants as C, _parser as P
except ImportError:  # pragma: no cover - other Pythons
    C = P = None

_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s"}
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")


@functools.lru_cache(maxsize=64)
def _parsed(pattern: str):
    """The parse tree, read by both walks below: parsing is most of the cost of compiling."""
    return P.parse(pattern)


class _Unknown(Exception):
    """The walk met something it cannot bound by a character class."""


def _item(op, av) -> list[str]:
    """Class members (escaped) for one character-consuming item."""
    name = str(op)
    if name == "LITERAL":
        return [re.escape(chr(av))]
    if name == "IN":
        out = []
        for sub, arg in av:
            sub = str(sub)
            if sub == "LITERAL":
                out.append(re.escape(chr(arg)))
            elif sub == "RANGE":
                out.append(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
            elif sub == "CATEGORY" and str(arg) in _CATEGORIES:
                out.append(_CATEGORIES[str(arg)])
            else:  # NEGATE and the rest
                raise _Unknown
        return out
    raise _Unknown


def _first(items) -> tuple[list[str], bool]:
    """(first-character class members, whether the sequence can match the empty string)."""
    out: list[str] = []
    for op, av in items:
        name = str(op)
        if name in _ZERO_WIDTH:
            continue  # a lookaround consumes nothing: the next item starts the match
        if name == "SUBPATTERN":
            got, empty = _first(av[-1])
        elif name == "BRANCH":
            got, empty = [], False
            for branch in av[1]:
                g, e = _first(branch)
                got += g
                empty = empty or e
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            got, empty = _first(av[2])
            empty = empty or av[0] == 0
        else:
            got, empty = _item(op, av), False
        out += got
        if not empty:
            return out, False
    return out, True


def first_char_prefix(pattern: str) -> str:
    """`(?=[...])` every match of `pattern` satisfies at its start, or "" when none is known."""
    if P is None:
        return ""
    try:
        parsed = _parsed(pattern)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
            return ""
        members, empty = _first(list(parsed))
    except (_Unknown, re.error, RecursionError):
        return ""
    if empty or not members:
        return ""
    return "(?=[" + "".join(dict.fromkeys(members)) + "])"


def _literals(items) -> list[str] | None:
    """Non-empty literal strings one of which begins every match of the sequence, or None."""
    for k, (op, av) in enumerate(items):
        name = str(op)
        if name in _ZERO_WIDTH:
            continue  # a lookaround consumes nothing: the next item starts the match
        if name == "LITERAL":
            run = []
            for op2, av2 in items[k:]:
                if str(op2) != "LITERAL":
                    break
                run.append(chr(av2))
            return ["".join(run)]
        if name == "SUBPATTERN":
            return None if av[1] & re.IGNORECASE else _literals(list(av[-1]))
        if name == "BRANCH":
            out: list[str] = []
            for branch in av[1]:
                got = _literals(list(branch))
                if got is None:
                    return None
                out += got
            return out
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            return _literals(list(av[2]))  # the first repetition starts the match
        return None
    return None


def literal_prefixes(pattern: str) -> tuple[str, ...] | None:
    """Literal strings one of which every match of `pattern` starts with, or None when the
    pattern can start otherwise (a class, an optional part) or the walk does not know."""
    if P is None:
        return None
    try:
        parsed = _parsed(pattern)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        got = _literals(list(parsed))
    except (re.error, RecursionError):
        return None
    return tuple(dict.fromkeys(got)) if got else None

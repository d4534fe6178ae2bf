"""A text's lines (offsets, indent, stripped content) and the page furniture among them.

Split from layout.py, which classifies the lines and plans the repairs.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

_BREAK = re.compile(r"\r\n|\n|\r")
# Line boundaries of str.splitlines that are not _BREAK's
_OTHER_BREAKS = "\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_PAGE_NUMBER = re.compile(r"\s*(?:(?:Page|p\.)\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_NON_ASCII_DIGIT = re.compile(r"[^\D0-9]")


class Line(NamedTuple):
    # a tuple, not a frozen dataclass: a document has a Line per line, and building them was
    # half the cost of split_lines
    start: int
    end_text: int  # end of the text without trailing spaces
    end: int  # after the line break
    lead: int  # leading whitespace characters
    text: str  # stripped content


def split_lines(text: str) -> list[Line]:
    if any(c in text for c in _OTHER_BREAKS):  # str.splitlines would split at these too: the slow path
        return _split_lines_re(text)
    # Lines are built with tuple.__new__: a NamedTuple's own constructor is a Python function.
    new = tuple.__new__
    lines = []
    append = lines.append
    pos = 0
    if "\r" not in text:  # "\n" only: no break to tell apart
        raws = text.split("\n")
        if not raws[-1]:
            raws.pop()  # splitlines gives no line after a final break
        for raw, stripped in zip(raws, [r.strip() for r in raws]):
            n = len(raw)
            # (a line starting with its first non-space character has no lead: most lines)
            lead = (0 if raw[0] == stripped[0] else n - len(raw.lstrip())) if stripped else n
            append(new(Line, (pos, pos + lead + len(stripped), pos + n + 1, lead, stripped)))
            pos += n + 1
        if lines and pos > len(text):  # the last line has no break
            last = lines[-1]
            lines[-1] = new(Line, (last.start, last.end_text, len(text), last.lead, last.text))
        return lines
    for raw in text.splitlines(True):
        end = pos + len(raw)
        # splitlines keeps exactly one "\r\n", "\r" or "\n" at the end of a line
        if raw.endswith("\n"):
            raw = raw[:-2] if raw.endswith("\r\n") else raw[:-1]
        elif raw.endswith("\r"):
            raw = raw[:-1]
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip()) if stripped else len(raw)
        append(new(Line, (pos, pos + lead + len(stripped), end, lead, stripped)))
        pos = end
    return lines


def _split_lines_re(text: str) -> list[Line]:
    lines = []
    pos = 0
    for m in _BREAK.finditer(text):
        lines.append(_line(text, pos, m.start(), m.end()))
        pos = m.end()
    if pos < len(text):
        lines.append(_line(text, pos, len(text), len(text)))
    return lines


def _line(text: str, start: int, stop: int, end: int) -> Line:
    raw = text[start:stop]
    stripped = raw.strip()
    lead = len(raw) - len(raw.lstrip()) if stripped else len(raw)
    return Line(start, start + lead + len(stripped), end, lead, stripped)


def furniture(lines: list[Line], chars: frozenset[str] | None = None) -> set[int]:
    """Page numbers and running headers/footers (the same line, digits aside, again and again).

    `chars`: the non-ASCII characters of the text the lines come from (vocab.non_ascii), if known.
    """
    # a page number line starts with a digit or "p" (its text is stripped, so _PAGE_NUMBER's \s* is empty)
    texts = [ln.text for ln in lines]
    out = {i for i, t in enumerate(texts) if t and (t[0] in "pP" or t[0].isdecimal()) and _PAGE_NUMBER.match(t)}
    nonblank = len(texts) - texts.count("")
    if nonblank < 3 * 8:
        return out  # a shape repeats 3 times, once in 8 lines at most (below): fewer lines hold none
    sub = _DIGITS.sub
    shaped: list[str | None] = [None] * len(lines)
    for i in _maybe_repeated(texts, chars):
        shaped[i] = sub("#", texts[i])
    shapes = Counter(s for s in shaped if s is not None)
    # once a page: at least three times, but not more than once in eight lines
    repeated = {s for s, n in shapes.items() if n >= 3 and 8 * n <= nonblank}
    # A text where most lines repeat is a concatenation of copies, not a paginated one.
    if repeated and sum(shapes[s] for s in repeated) <= 0.1 * nonblank:
        # (a longer line can shrink to a repeated shape: those are reshaped here)
        out |= {i for i, (ln, s) in enumerate(zip(lines, shaped))
                if (s if s is not None else sub("#", ln.text)) in repeated}
    return out


def _maybe_repeated(texts: list[str], chars: frozenset[str] | None = None) -> list[int]:
    """The lines of 8-120 characters whose digits-as-# shape may occur three times or more.

    Every such line is among them: lines of one shape are alike once their digits and "#" are
    deleted (and non-ASCII characters made "?", when no digit is non-ASCII), and that key is made
    for all lines at once in bytes, where most lines' shapes never need a regex.
    """
    sized = [i for i, t in enumerate(texts) if 8 <= len(t) <= 120]
    joined = "\n".join(texts)  # a line's text holds no "\n"
    # (re's \d is str.isdecimal: testing the text's few non-ASCII characters beats a regex scan)
    if not joined.isascii() and (_NON_ASCII_DIGIT.search(joined) if chars is None
                                 else any(c.isdecimal() for c in chars)):
        return sized
    keys = joined.encode("ascii", "replace").translate(None, b"0123456789#").split(b"\n")
    counts = Counter([keys[i] for i in sized])
    return [i for i in sized if counts[keys[i]] >= 3]

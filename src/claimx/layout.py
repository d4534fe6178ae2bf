"""Layout repair planned on the original text: lines, headings, captions, unwrapping.

Nothing here rewrites text. `plan_layout` returns edit operations on the
original (line breaks to unwrap, hyphens to drop) and blocks to move, which
`normalize` assembles with an OffsetMap.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from .vocab import Vocabulary

# (start, end, replacement, rule, score) on the original text
Op = tuple[int, int, str, str, float]

_BREAK = re.compile(r"\r\n|\n|\r")
# Line boundaries of str.splitlines that are not _BREAK's
_OTHER_BREAKS = "\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_CAPTION = re.compile(r"\s*(?:Fig(?:ure)?s?\.?|FIGURE|Table|TABLE|Scheme|Box)\s*\d+[A-Za-z]?\s*[.:|]?\s+[A-Z(]")
_PAGE_NUMBER = re.compile(r"\s*(?:(?:Page|p\.)\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_NON_ASCII_DIGIT = re.compile(r"[^\D0-9]")
_CAPTION_FIRST = frozenset("FTSB")  # the first letters of _CAPTION's words
_END_SENTENCE = (".", "!", "?", ":")
_NOT_HEADING_END = (".", ",", ";", ":", "!", "?", "-", "(", "[", "=")
_HYPHENS = ("-", "\u00ad")
# The letters right before a line's final hyphen: searched for in the line's last space-free
# chunk only (the same match as "(?<![^\W\d_])([^\W\d_]+)[-\u00ad]$" on the whole line, whose
# search tried every start position of the line).
_TAIL_LETTERS = re.compile(r"[^\W\d_]+\Z")
_HEAD_WORD = re.compile(r"[\w']+")
_FIRST_WORD = re.compile(r"[^\W_]+")


class Line(NamedTuple):
    # a tuple, not a frozen dataclass: a document has a Line per line, and building them was
    # half the cost of split_lines
    start: int
    end_text: int  # end of the text without trailing spaces
    end: int  # after the line break
    lead: int  # leading whitespace characters
    text: str  # stripped content


@dataclass(frozen=True)
class Layout:
    """What layout repair decided, in original offsets."""

    ops: tuple[Op, ...]
    moves: tuple[tuple[int, int, int, str], ...]  # (block start, block end, destination, kind)
    headings: tuple[tuple[int, int], ...]
    floats: tuple[tuple[int, int, str], ...]  # caption / furniture content spans and kind


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
        for raw in raws:
            n = len(raw)
            stripped = raw.strip()
            lead = n - len(raw.lstrip()) if stripped else n
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


def _furniture(lines: list[Line]) -> set[int]:
    """Page numbers and running headers/footers (the same line, digits aside, again and again)."""
    # a page number line starts with a digit or "p" (its text is stripped, so _PAGE_NUMBER's \s* is empty)
    texts = [ln.text for ln in lines]
    out = {i for i, t in enumerate(texts) if t and (t[0] in "pP" or t[0].isdecimal()) and _PAGE_NUMBER.match(t)}
    sub = _DIGITS.sub
    shaped: list[str | None] = [None] * len(lines)
    for i in _maybe_repeated(texts):
        shaped[i] = sub("#", texts[i])
    shapes = Counter(s for s in shaped if s is not None)
    nonblank = len(texts) - texts.count("")
    # once a page: at least three times, but not more than once in eight lines
    repeated = {s for s, n in shapes.items() if n >= 3 and 8 * n <= nonblank}
    # A text where most lines repeat is a concatenation of copies, not a paginated one.
    if repeated and sum(shapes[s] for s in repeated) <= 0.1 * nonblank:
        # (a longer line can shrink to a repeated shape: those are reshaped here)
        out |= {i for i, (ln, s) in enumerate(zip(lines, shaped))
                if (s if s is not None else sub("#", ln.text)) in repeated}
    return out


def _maybe_repeated(texts: list[str]) -> list[int]:
    """The lines of 8-120 characters whose digits-as-# shape may occur three times or more.

    Every such line is among them: lines of one shape are alike once their digits and "#" are
    deleted (and non-ASCII characters made "?", when no digit is non-ASCII), and that key is made
    for all lines at once in bytes, where most lines' shapes never need a regex.
    """
    sized = [i for i, t in enumerate(texts) if 8 <= len(t) <= 120]
    joined = "\n".join(texts)  # a line's text holds no "\n"
    if not joined.isascii() and _NON_ASCII_DIGIT.search(joined):
        return sized
    keys = joined.encode("ascii", "replace").translate(None, b"0123456789#").split(b"\n")
    counts = Counter([keys[i] for i in sized])
    return [i for i in sized if counts[keys[i]] >= 3]


def _is_caption(t: str) -> bool:
    """Whether a (stripped) line starts a caption; most lines fail on their first character."""
    return t[:1] in _CAPTION_FIRST and _CAPTION.match(t) is not None


def _is_heading_line(ln: Line) -> bool:
    t = ln.text
    if not (2 <= len(t) <= 100) or t.endswith(_NOT_HEADING_END) or ". " in t or "[" in t:
        return False
    if not (t[0].isupper() or (t[0].isdigit() and re.match(r"\d+(\.\d+)*\.?\s+[A-Z]", t))):
        return False
    return len(_HEAD_WORD.findall(t)) <= 14


def _classify(lines: list[Line]) -> list[str]:
    """One of blank, caption, furniture, heading, text per line."""
    texts = [ln.text for ln in lines]
    kinds = ["blank" if not t else "text" for t in texts]
    for i in _furniture(lines):
        kinds[i] = "furniture"
    n = len(lines)
    # The loops below visit only the lines that can start a caption or be a heading (most lines
    # fail on their first character or their length, punctuation and end).
    starts = [i for i, t in enumerate(texts) if t[:1] in _CAPTION_FIRST and _CAPTION.match(t)]
    headings = [i for i, t in enumerate(texts) if 2 <= len(t) <= 100 and not t.endswith(_NOT_HEADING_END)
                and ". " not in t and "[" not in t and (t[0].isupper() or t[0].isdigit())]
    done = 0
    for i in starts:
        if i < done or kinds[i] != "text":
            continue
        kinds[i] = "caption"
        j = i + 1
        while j < n:
            if kinds[j] == "text" and lines[j].lead == 0 and not _is_caption(lines[j].text):
                kinds[j] = "caption"
                j += 1
                continue
            # A caption split by a page break: a blank, then one or two lower-case lines.
            if kinds[j] == "blank" and j + 1 < n and kinds[j + 1] == "text" \
                    and lines[j + 1].text[0].islower() and not lines[j - 1].text.endswith(_END_SENTENCE):
                k = j + 1
                while k < n and kinds[k] == "text" and k - j <= 2:
                    k += 1
                if k - j <= 2 and (k == n or kinds[k] != "text" or lines[k].lead):
                    for m in range(j, k):
                        kinds[m] = "caption"
                    j = k
                    continue
            break
        done = j
    for i in headings:
        if kinds[i] != "text" or not _is_heading_line(lines[i]):
            continue
        prev = i - 1
        ok_before = prev < 0 or kinds[prev] in ("blank", "heading", "caption", "furniture") \
            or lines[prev].text.endswith((".", "!", "?"))
        j = i + 1
        # a heading may wrap onto one lower-case line ("...chemoembolization/\nradioembolization")
        cont = j < n and kinds[j] == "text" and lines[j].text[:1].islower() and len(lines[j].text) <= 60 \
            and not lines[j].text.endswith(_NOT_HEADING_END)
        after = j + 1 if cont else j
        # a heading is followed by a blank, a caption, or a second heading line; never by the end
        ok_after = after < n and (kinds[after] in ("blank", "caption", "furniture")
                                  or (kinds[after] == "text" and _is_heading_line(lines[after])
                                      and after + 1 < n and kinds[after + 1] == "blank"))
        # ... and not a sentence cut by a page break (blank, then a lower-case line)
        if ok_before and ok_after and (kinds[after] != "blank" or after + 1 >= n
                                       or not lines[after + 1].text[:1].islower()):
            kinds[i] = "heading"
            if cont:
                kinds[j] = "heading-cont"
    return kinds


def _hyphen_stem(t: str) -> re.Match | None:
    """The letters before the final hyphen of a line that ends in one, when a letter precedes it."""
    body = t[:-1]
    return _TAIL_LETTERS.search(body, body.rfind(" ") + 1)


def _join(text: str, a: Line, b: Line, vocab: Vocabulary, ops: list[Op], cut_from: int | None = None) -> None:
    """Ops that join line a to line b: one space, or nothing after a hyphen."""
    gap_start = a.end_text if cut_from is None else cut_from
    gap_end = b.start + b.lead
    # the regex only matches a line ending in a hyphen: test that first (most lines do not)
    m = _hyphen_stem(a.text) if a.text.endswith(_HYPHENS) else None
    nxt = _FIRST_WORD.match(b.text) if m else None
    if m and nxt:
        keep, score = vocab.keep_hyphen(m.group(), nxt.group(0))
        if keep:
            ops.append((gap_start, gap_end, "", "unwrap", 1.0))
        else:
            ops.append((a.end_text - 1, gap_end, "", "dehyphenate", score))
        return
    joiner = "" if a.text.endswith("/") else " "
    if text[gap_start:gap_end] != joiner or cut_from is not None:
        ops.append((gap_start, gap_end, joiner, "unwrap", 1.0))


def plan_layout(text: str, vocab: Vocabulary) -> Layout:
    lines = split_lines(text)
    kinds = _classify(lines)
    ops: list[Op] = []
    moves: list[tuple[int, int, int, str]] = []
    headings: list[tuple[int, int]] = []
    floats: list[tuple[int, int, str]] = []
    n = len(lines)
    i = 0
    pending: list[tuple[int, int, str]] = []  # blocks waiting for their paragraph to end
    while i < n:
        kind = kinds[i]
        if kind == "text" and i + 1 < n and kinds[i + 1] == "text":
            # a wrapped line (most lines): _join's plain case inline, the hyphen case in _join
            cur, nxt = lines[i], lines[i + 1]
            if cur.text.endswith(_HYPHENS):
                _join(text, cur, nxt, vocab, ops)
            else:
                joiner = "" if cur.text.endswith("/") else " "
                gap_start, gap_end = cur.end_text, nxt.start + nxt.lead
                if text[gap_start:gap_end] != joiner:
                    ops.append((gap_start, gap_end, joiner, "unwrap", 1.0))
            i += 1
            continue
        if kind == "heading":
            start = lines[i].start + lines[i].lead
            end = lines[i].end_text
            if i + 1 < n and kinds[i + 1] == "heading-cont":
                _join(text, lines[i], lines[i + 1], vocab, ops)
                end = lines[i + 1].end_text
                i += 1
            headings.append((start, end))
            i += 1
            continue
        if kind in ("caption", "furniture"):
            j = i
            while j + 1 < n and kinds[j + 1] == kind and kind == "caption" and not _is_caption(lines[j + 1].text):
                j += 1
            block = [k for k in range(i, j + 1) if lines[k].text]
            for a, b in zip(block, block[1:]):
                _join(text, lines[a], lines[b], vocab, ops)
            floats.append((lines[i].start + lines[i].lead, lines[j].end_text, kind))
            i = j + 1
            continue
        if kind != "text":
            i += 1
            continue
        # a text line: decide how it continues
        j = i + 1
        blanks = 0
        floating: list[int] = []
        while j < n and kinds[j] in ("blank", "caption", "furniture"):
            if kinds[j] == "blank":
                blanks += 1
            else:
                floating.append(j)
            j += 1
        nxt = lines[j] if j < n and kinds[j] == "text" else None
        cur = lines[i]
        open_sentence = not cur.text.endswith(_END_SENTENCE)
        if nxt is not None and not floating and (blanks == 0 or (open_sentence and nxt.text[0].islower())):
            _join(text, cur, nxt, vocab, ops)  # a wrapped line, or a page break inside a sentence
            i += 1
            continue
        if nxt is not None and floating and open_sentence and (blanks == 0 or nxt.text[0].islower()):
            # a caption or header interrupts the sentence: join around it, move it after the paragraph
            first, last = lines[floating[0]], lines[floating[-1]]
            _plan_floats(text, lines, kinds, range(i + 1, j), vocab, ops, floats)
            _join(text, cur, nxt, vocab, ops, cut_from=cur.end_text)
            s, _, r, rule, sc = ops.pop()
            ops.append((s, first.start, r, rule, sc))  # the gap before the block
            if first.lead:
                ops.append((first.start, first.start + first.lead, "", "unwrap", 1.0))
            if last.end > last.end_text:
                ops.append((last.end_text, last.end, "", "unwrap", 1.0))  # the block's own last break
            if last.end < nxt.start + nxt.lead:
                ops.append((last.end, nxt.start + nxt.lead, "", "unwrap", 1.0))  # the gap after it
            pending.append((first.start, last.end, kinds[floating[0]]))
            i = j
            continue
        if pending:  # the paragraph ends here: blocks taken out of it go after it
            for s, e, k in pending:
                moves.append((s, e, cur.end_text, k))
            pending = []
        i += 1
    if pending:
        dest = len(text.rstrip())
        for s, e, k in pending:
            moves.append((s, e, dest, k))
    ops.sort(key=lambda o: (o[0], o[1]))
    return Layout(tuple(ops), tuple(moves), tuple(headings), tuple(sorted(floats)))


def _plan_floats(text, lines, kinds, rng, vocab, ops, floats) -> None:
    """Join the lines inside interrupting caption/furniture blocks."""
    idx = [k for k in rng if lines[k].text]
    groups: list[list[int]] = []
    for k in idx:
        if groups and kinds[k] == kinds[groups[-1][-1]] and kinds[k] == "caption" \
                and not _is_caption(lines[k].text):
            groups[-1].append(k)
        else:
            groups.append([k])
    for g in groups:
        for a, b in zip(g, g[1:]):
            _join(text, lines[a], lines[b], vocab, ops)
        floats.append((lines[g[0]].start + lines[g[0]].lead, lines[g[-1]].end_text, kinds[g[0]]))

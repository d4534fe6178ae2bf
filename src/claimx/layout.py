"""Layout repair planned on the original text: lines, headings, captions, unwrapping.

Nothing here rewrites text. `plan_layout` returns edit operations on the
original (line breaks to unwrap, hyphens to drop) and blocks to move, which
`normalize` assembles with an OffsetMap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lines import Line, furniture, split_lines
from .vocab import Vocabulary, non_ascii

# (start, end, replacement, rule, score) on the original text
Op = tuple[int, int, str, str, float]

_CAPTION = re.compile(r"\s*(?:Fig(?:ure)?s?\.?|FIGURE|Table|TABLE|Scheme|Box)\s*\d+[A-Za-z]?\s*[.:|]?\s+[A-Z(]")
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


@dataclass(frozen=True)
class Layout:
    """What layout repair decided, in original offsets."""

    ops: tuple[Op, ...]
    moves: tuple[tuple[int, int, int, str], ...]  # (block start, block end, destination, kind)
    headings: tuple[tuple[int, int], ...]
    floats: tuple[tuple[int, int, str], ...]  # caption / furniture content spans and kind


def _is_caption(t: str) -> bool:
    """Whether a (stripped) line starts a caption; most lines fail on their first character."""
    return t[:1] in _CAPTION_FIRST and _CAPTION.match(t) is not None


def _may_head(t: str) -> bool:
    """The cheap tests a heading line passes: length, no sentence punctuation, a capital or digit first."""
    return 2 <= len(t) <= 100 and not t.endswith(_NOT_HEADING_END) and ". " not in t and "[" not in t \
        and (t[0].isupper() or t[0].isdigit())


def _is_heading_line(ln: Line) -> bool:
    t = ln.text
    if not _may_head(t):
        return False
    if not t[0].isupper() and not re.match(r"\d+(\.\d+)*\.?\s+[A-Z]", t):
        return False
    return len(_HEAD_WORD.findall(t)) <= 14


def _classify(lines: list[Line], chars: frozenset[str] | None = None) -> list[str]:
    """One of blank, caption, furniture, heading, text per line (`chars`: as for lines.furniture)."""
    texts = [ln.text for ln in lines]
    kinds = ["blank" if not t else "text" for t in texts]
    for i in furniture(lines, chars):
        kinds[i] = "furniture"
    n = len(lines)
    # The loops below visit only the lines that can start a caption or be a heading (most lines
    # fail on their first character or their length, punctuation and end).
    starts = [i for i, t in enumerate(texts) if _is_caption(t)]
    headings = [i for i, t in enumerate(texts) if _may_head(t)]
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
    kinds = _classify(lines, non_ascii(text))
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
            _join(text, lines[i], lines[i + 1], vocab, ops)  # a wrapped line (most lines): no block search
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

"""The claimx_sentences rules: sentence starts that ignore hard line wraps and honour layout breaks."""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, LENGTH, ORTH, SENT_START
from spacy.tokens import Doc

from claimx.found import memo_flags

_SENT_END = {".", "!", "?"}
MAX_SENTENCE_TOKENS = 200
# Tokens ending in "." that never end a sentence in this literature.
_NO_BREAK_AFTER = {"fig.", "figs.", "et", "al.", "e.g.", "i.e.", "vs.", "approx.", "ca.", "no.", "ref.",
                   "refs.", "eq.", "dr.", "st.", "cf.", "resp.", "sp.", "spp.", "var.", "incl."}
# bits of what the rules ask of a word (SentenceSplitter._word_flags)
_END, _STOP, _CLOSE, _CLAUSE, _SPACE, _NO_BREAK, _OPENER = 1, 2, 4, 8, 16, 32, 64


class SentenceSplitter:
    """Sets every token's sentence start.

    A sentence starts after a blank line or a layout break (normalize's `breaks`), or after a
    word that ends one when the next word can open one; a run of MAX_SENTENCE_TOKENS without a
    start is cut at a comma (or at twice that length anywhere). The word rules are worked out
    once per distinct word (memoized across documents) and only the tokens where a start is
    possible are visited: setting token.is_sent_start one by one would rescan the doc each time.
    """

    def __init__(self) -> None:
        self._flags: dict[int, int] = {}  # ORTH hash -> _END | _STOP | ...

    def __call__(self, doc: Doc) -> Doc:
        from claimx.pipeline import doc_text

        n = len(doc)
        if not n:
            return doc
        text = doc_text(doc)
        orth, starts, lengths = doc.to_array([ORTH, IDX, LENGTH]).T
        starts, lengths = starts.astype(numpy.int64), lengths.astype(numpy.int64)
        ends = starts + lengths
        following = numpy.append(starts[1:], len(text))  # where the next token (or the text) starts
        start_list, length_list = starts.tolist(), lengths.tolist()
        flags = memo_flags(self._flags, orth, start_list, length_list, text, _flags_of)
        # Per token, as the one before a candidate start: a blank line after it (or it is one).
        # Whitespace after a token is at most one character unless it is a token of its own, so
        # only those and whitespace tokens are looked at.
        paragraph = numpy.zeros(n, dtype=bool)
        looked = numpy.flatnonzero((following - ends >= 2) | (flags & _SPACE != 0))
        for i, a, b, c in zip(looked.tolist(), starts[looked].tolist(), ends[looked].tolist(),
                              following[looked].tolist()):
            w = text[a:b]
            paragraph[i] = "\n\n" in text[b:c] + (w if not w.strip() else "")
        broken = _break_flags(sorted(doc._.claimx_breaks), ends, starts)
        after_stop = numpy.zeros(n, dtype=bool)
        after_stop[2:] = (flags[1:-1] & _CLOSE != 0) & (flags[:-2] & _STOP != 0)
        maybe = numpy.zeros(n, dtype=bool)
        maybe[1:] = paragraph[:-1] | (flags[:-1] & _END != 0)
        maybe |= broken | after_stop
        maybe[0] = False
        fl = flags.tolist()
        natural = [i for i in numpy.flatnonzero(maybe).tolist()
                   if paragraph[i - 1] or broken[i] or _starts_sentence(fl, i)]
        out = numpy.full((n, 1), numpy.iinfo(numpy.uint64).max, dtype=numpy.uint64)  # -1: not a start
        out[[0, *_bounded(natural, fl, n)], 0] = 1
        doc.from_array([SENT_START], out)
        return doc


def _starts_sentence(flags: list[int], i: int) -> bool:
    """After a sentence end at i-1: whether the next word (whitespace skipped) can open one."""
    if flags[i - 1] & _STOP and i >= 2 and flags[i - 2] & _NO_BREAK:
        return False
    k = i
    while flags[k] & _SPACE and k + 1 < len(flags):
        k += 1
    return bool(flags[k] & _OPENER)


def _bounded(natural: list[int], flags: list[int], n: int) -> list[int]:
    """The starts, with a cut wherever MAX_SENTENCE_TOKENS pass without one: at the first token
    after a comma, semicolon or colon, or at twice the length (tables, dumps, no sentence ends)."""
    out = []
    prev = 0
    for s in [*natural, n]:
        while s - prev > MAX_SENTENCE_TOKENS:
            cut = next((i for i in range(prev + MAX_SENTENCE_TOKENS, min(s, prev + 2 * MAX_SENTENCE_TOKENS))
                        if flags[i - 1] & _CLAUSE), prev + 2 * MAX_SENTENCE_TOKENS)
            if cut >= s:
                break
            out.append(cut)
            prev = cut
        if s < n:
            out.append(s)
            prev = s
    return out


def _breaks_between(breaks: list[int], ends: list[int], starts: list[int]) -> list[bool]:
    """Per token i >= 1: whether a layout break lies between the end of token i-1 and the start of i."""
    return _break_flags(breaks, numpy.asarray(ends, dtype=numpy.int64), numpy.asarray(starts, dtype=numpy.int64)).tolist()


def _break_flags(breaks: list[int], ends: numpy.ndarray, starts: numpy.ndarray) -> numpy.ndarray:
    """`_breaks_between` on the token columns, as a bool array."""
    out = numpy.zeros(len(starts), dtype=bool)
    if not breaks:
        return out
    at = numpy.asarray(breaks, dtype=numpy.int64)
    k = numpy.searchsorted(at, ends[:-1], side="left")  # bisect_left
    inside = k < len(at)
    first = at[numpy.minimum(k, len(at) - 1)]
    out[1:] = inside & (first <= starts[1:])
    return out


def _flags_of(w: str) -> int:
    low = w.lower()
    ends = w in _SENT_END or (w.endswith(".") and low not in _NO_BREAK_AFTER and len(w) > 2 and w[-2].islower())
    lead = w[:1]
    return (ends * _END | (w in _SENT_END) * _STOP | (w in (")", "]")) * _CLOSE
            | (w in (",", ";", ":")) * _CLAUSE | (not w.strip()) * _SPACE
            | (low in _NO_BREAK_AFTER) * _NO_BREAK
            | (lead.isupper() or lead.isdigit() or lead in "([\"'“‘") * _OPENER)

"""The claimx_sentences rules: sentence starts that ignore hard line wraps and honour layout breaks."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc

from claimx.found import doc_extension_key, memo_flags, token_columns

_SENT_END = {".", "!", "?"}
_BREAKS_KEY = doc_extension_key("claimx_breaks")
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
        cols = token_columns(doc)
        starts, lengths = cols.starts, cols.lengths
        fl = memo_flags(self._flags, cols.orth, starts, lengths, text, _flags_of)
        # The few tokens a start can follow, found by numpy (a Python loop over an abstract's ~300
        # tokens costs more than the call), then visited in plain Python, as are the candidates.
        marked = numpy.flatnonzero(numpy.array(fl) & (_END | _CLOSE | _SPACE)).tolist()
        paragraph = _paragraph_ends(text, starts, lengths, [i for i in marked if fl[i] & _SPACE])
        broken = _breaks_between(sorted(doc.user_data.get(_BREAKS_KEY, ())), starts, lengths)
        # i starts a sentence only after a sentence end, a blank line or a layout break, or after
        # a ")" or "]" that follows a stop
        maybe = {i + 1 for i in marked if fl[i] & (_END | _CLOSE)} | {i + 1 for i in paragraph} | broken
        maybe.discard(n)
        natural = [i for i in sorted(maybe) if i - 1 in paragraph or i in broken
                   or (fl[i - 1] & _END or fl[i - 1] & _CLOSE and i >= 2 and fl[i - 2] & _STOP)
                   and _starts_sentence(fl, i)]
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


def _paragraph_ends(text: str, starts: list[int], lengths: list[int], spaces: list[int]) -> set[int]:
    """The tokens followed by a blank line, or that are one (`spaces`: the whitespace tokens).

    Whitespace after a token is at most one character unless it is a token of its own, so only
    whitespace tokens and the tokens before a "\\n\\n" of the text are looked at.
    """
    n = len(starts)
    looked = set(spaces)
    at = text.find("\n\n")
    while at >= 0:
        looked.add(bisect_right(starts, at) - 1)
        at = text.find("\n\n", at + 1)
    out = set()
    for i in looked:
        if i < 0:
            continue  # a blank line before the first token
        a, b = starts[i], starts[i] + lengths[i]
        c = starts[i + 1] if i + 1 < n else len(text)  # where the next token (or the text) starts
        w = text[a:b]
        if "\n\n" in text[b:c] + (w if not w.strip() else ""):
            out.add(i)
    return out


def _breaks_between(breaks: list[int], starts: list[int], lengths: list[int]) -> set[int]:
    """The tokens i >= 1 with a layout break between the end of token i-1 and the start of i.

    Tokens do not overlap and are never empty, so a break has at most one such token: the first
    starting at or after it.
    """
    out = set()
    for at in breaks:
        i = bisect_left(starts, at)
        if 0 < i < len(starts) and starts[i - 1] + lengths[i - 1] <= at:
            out.add(i)
    return out


def _flags_of(w: str) -> int:
    low = w.lower()
    ends = w in _SENT_END or (w.endswith(".") and low not in _NO_BREAK_AFTER and len(w) > 2 and w[-2].islower())
    lead = w[:1]
    return (ends * _END | (w in _SENT_END) * _STOP | (w in (")", "]")) * _CLOSE
            | (w in (",", ";", ":")) * _CLAUSE | (not w.strip()) * _SPACE
            | (low in _NO_BREAK_AFTER) * _NO_BREAK
            | (lead.isupper() or lead.isdigit() or lead in "([\"'“‘") * _OPENER)

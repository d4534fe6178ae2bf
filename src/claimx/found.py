"""Token ranges found by character offsets, without spaCy Span objects.

A Span costs a Python object plus Token lookups per attribute; the entity rules make
thousands of candidates and keep a few, so they work on `Found` ranges and `TokenIndex`
(the Doc's token offsets read once) and make Spans only for the mentions kept.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Hashable, Sequence
from functools import cached_property
from typing import Any

import numpy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE, IDX, IS_PUNCT, IS_SPACE, LENGTH, ORTH, SENT_START, SPACY
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab


class Found:
    """A token range a rule found: what the choosing steps read of a Span, without making one."""

    __slots__ = ("start", "end", "start_char", "end_char", "text")

    def __init__(self, start: int, end: int, start_char: int, end_char: int, text: str):
        self.start, self.end, self.start_char, self.end_char, self.text = start, end, start_char, end_char, text

    def __len__(self) -> int:
        return self.end - self.start


class TokenIndex:
    """Per-token columns of a Doc (char offset, length, is_space, is_punct) as Python lists.

    `contract` and `strict` are `Doc.char_span` with that alignment mode, returning a Found.
    They rely on what a tokenizer guarantees: every character belongs to a token or to the
    whitespace after one, so the token holding a character is found by bisecting the starts.
    """

    def __init__(self, doc: Doc, text: str):
        self.text = text
        self.doc = doc
        cols = token_columns(doc)
        self.starts, self.lengths = cols.starts, cols.lengths

    # The flag columns are read only when asked for: spaCy reads a lexeme flag per token at twice the
    # cost of IDX or LENGTH, and the entity rules take them from per-word memos instead.
    @cached_property
    def rows(self) -> numpy.ndarray:
        """IDX, LENGTH, IS_SPACE, IS_PUNCT per token."""
        if len(self.doc):
            return self.doc.to_array([IDX, LENGTH, IS_SPACE, IS_PUNCT]).astype(numpy.int64)
        return numpy.zeros((0, 4), dtype=numpy.int64)

    @cached_property
    def spaces(self) -> list[int]:
        """IS_SPACE per token."""
        return self.rows[:, 2].tolist()

    def sentence_starts(self, doc: Doc) -> list[int]:
        """The tokens after the first that start a sentence (SENT_START 1), as doc.sents splits."""
        if len(doc) < 2:
            return []
        flags = doc.to_array([SENT_START]).astype(numpy.int64)
        return (numpy.flatnonzero(flags[1:] == 1) + 1).tolist()

    def found(self, start: int, end: int) -> Found:
        """The Found of tokens start..end-1 (end > start)."""
        a = self.starts[start]
        b = self.starts[end - 1] + self.lengths[end - 1]
        return Found(start, end, a, b, self.text[a:b])

    def _ends(self, start_char: int, end_char: int) -> tuple[int, int]:
        return bisect_right(self.starts, start_char) - 1, bisect_right(self.starts, end_char - 1) - 1

    def contract(self, start_char: int, end_char: int) -> Found | None:
        """The tokens wholly inside [start_char, end_char), or None when there are none."""
        if not self.starts or start_char >= end_char:
            return None
        start, end = self._ends(start_char, end_char)
        if start < 0 or end < 0:
            return None
        if self.starts[start] < start_char:
            start += 1
        if end_char < self.starts[end] + self.lengths[end]:
            end -= 1
        return self.found(start, end + 1) if end >= start else None

    def strict(self, start_char: int, end_char: int) -> Found | None:
        """The tokens spanning exactly [start_char, end_char), or None when it cuts a token."""
        if not self.starts or start_char >= end_char:
            return None
        start, end = self._ends(start_char, end_char)
        if start < 0 or end < 0 or self.starts[start] != start_char:
            return None
        if self.starts[end] + self.lengths[end] != end_char:
            return None
        return self.found(start, end + 1)


MEMO_LIMIT = 500_000  # entries per memo before it is emptied (bounds memory on huge corpora)


def memo_flags(known: dict[int, int], orth: list[int], starts: list[int],
               lengths: list[int], text: str, flags_of: Callable[[str], int]) -> list[int]:
    """Per token, `flags_of(word)`, worked out once per distinct ORTH and remembered in `known`.

    A dict look-up per token: numpy.unique's sort cost more, on an abstract's 300 tokens as on a review's 15k.
    """
    if len(known) > MEMO_LIMIT:
        known.clear()
    out = list(map(known.get, orth))
    if None in out:  # words not met before
        for i, f in enumerate(out):
            if f is None:
                h = orth[i]
                f = known.get(h)
                if f is None:
                    f = known[h] = flags_of(text[starts[i]: starts[i] + lengths[i]])
                out[i] = f
    return out


class Columns:
    """A Doc's ORTH, IDX, LENGTH and SPACY columns as Python lists (`orth_array`: ORTH as read)."""

    __slots__ = ("doc", "orth_array", "orth", "starts", "lengths", "spaces")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        rows = doc.to_array([ORTH, IDX, LENGTH, SPACY])
        self.orth_array = rows[:, 0]
        self.orth, self.starts, self.lengths, self.spaces = rows.T.tolist() if len(doc) else ([], [], [], [])


_LAST_COLUMNS: list[Columns] = []


def token_columns(doc: Doc) -> Columns:
    """`doc`'s token columns, read once per document for all the components.

    Every component read them with its own to_array calls (~10 a document, a fixed cost that
    weighs on abstracts); no claimx component changes the tokens, and a pipeline that merged
    some would change the length. The last document's are kept (one Doc held at a time).
    """
    last = _LAST_COLUMNS[0] if _LAST_COLUMNS else None
    if last is not None and last.doc is doc and len(last.orth) == len(doc):
        return last
    made = Columns(doc)
    _LAST_COLUMNS[:] = [made]
    return made


def doc_extension_key(name: str) -> tuple[str, str, None, None]:
    """The doc.user_data key spaCy 3 files `doc._.<name>` under (a test checks it): read and written
    there, a value skips the Underscore object each `doc._` makes (~3-8 µs, a few times a document)."""
    return ("._.", name, None, None)


def _extension_key(name: str) -> Callable[[int, int], Hashable] | None:
    """The doc.user_data key spaCy files `span._.<name>` under, from the span's character offsets.

    spaCy 3 keys it ("._.", name, start_char, end_char); a scratch Span confirms that this
    spaCy does, else None (and Spans are made as usual).
    """
    doc = Doc(Vocab(), words=["a", "b"])
    span = Span(doc, 1, 2, label="x")
    marker = object()
    try:
        setattr(span._, name, marker)
    except AttributeError:
        return None
    if doc.user_data != {("._.", name, 2, 3): marker}:
        return None
    return lambda start_char, end_char: ("._.", name, start_char, end_char)


_KEYS: dict[str, Callable[[int, int], Hashable] | None] = {}


def extension_key(name: str) -> Callable[[int, int], Hashable] | None:
    """(start_char, end_char) -> the doc.user_data key of `span._.<name>`, or None when this spaCy files it otherwise."""
    if name not in _KEYS:
        if not Span.has_extension(name):
            return None  # asked before the extension is registered: ask again later, don't remember
        _KEYS[name] = _extension_key(name)
    return _KEYS[name]


def set_ents(doc: Doc, chosen: Sequence[tuple[Any, Any]], label_of: Callable[[Any], str], extension: str) -> None:
    """`doc.ents` = a Span per (range, value), labelled `label_of(value)`, with `span._.<extension>` = value.

    What `doc.ents = [Span(...), ...]` then `span._.x = value` do, without a Span per mention
    (spaCy's setter makes each Span a second time, and each makes Token objects): the entity
    columns are written with from_array and the values straight into doc.user_data. Falls
    back to Spans when the ranges overlap (spaCy raises the error) or the key is unknown.
    """
    key = extension_key(extension)
    last = 0
    ok = key is not None
    for span, _ in chosen:
        if span.start < last or span.end <= span.start:
            ok = False  # overlapping or empty: spaCy's own checks apply
            break
        last = span.end
    if not ok:
        ents = []
        for span, value in chosen:
            ent = Span(doc, span.start, span.end, label=label_of(value))
            setattr(ent._, extension, value)
            ents.append(ent)
        doc.ents = ents
        return
    n = len(doc)
    user_data = doc.user_data
    hashes: dict[str, int] = {}
    add = doc.vocab.strings.add
    starts, ends, labels = [], [], []
    for span, value in chosen:
        user_data[key(span.start_char, span.end_char)] = value
        label = label_of(value)
        h = hashes.get(label)
        if h is None:
            h = hashes[label] = add(label)
        if h:  # set_ents drops a Span without a label
            starts.append(span.start)
            ends.append(span.end)
            labels.append(h)
    # Whole columns at once: each token's mention (1-based, 0 outside) from +k at its start and -k
    # at its end, summed along the doc (mentions do not overlap).
    marks = numpy.zeros(n + 1, dtype=numpy.int64)
    k = numpy.arange(1, len(starts) + 1, dtype=numpy.int64)
    marks[starts] += k
    marks[ends] -= k
    inside = numpy.cumsum(marks[:n])
    typ = numpy.concatenate([numpy.zeros(1, dtype=numpy.uint64), numpy.array(labels, dtype=numpy.uint64)])[inside]
    iob = numpy.where(inside > 0, 1, 2).astype(numpy.uint64)  # I inside a mention, else O (the setter's "outside")
    iob[starts] = 3  # B
    kb = doc.to_array([ENT_KB_ID]).reshape(n).astype(numpy.uint64) if n else numpy.zeros(0, dtype=numpy.uint64)
    kb[inside > 0] = 0  # set_ents gives entity tokens the span's kb_id, 0 here
    doc.from_array([ENT_IOB, ENT_TYPE, ENT_KB_ID], numpy.stack([iob, typ, kb], axis=1))

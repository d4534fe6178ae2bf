"""OffsetMap: exact character positions between an original text and its normalized form.

The normalized text is a sequence of pieces. A *copy* piece repeats a range of
the original verbatim; a *replace* piece stands for a range of the original
(possibly empty: an insertion) with other text (possibly empty: a deletion).
Pieces may copy original ranges out of order, which is how a moved caption is
expressed. Lookups are a bisect over piece starts, O(log n).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import cached_property
from operator import itemgetter, lt

# (norm_start, norm_end, orig_start, orig_end, is_copy)
Piece = tuple[int, int, int, int, bool]


class _Side:
    """Index over the pieces that are non-empty on one side (source) of the map."""

    def __init__(self, starts: list[int], ends: list[int], dst_starts: list[int], dst_ends: list[int],
                 copy: list[bool]):
        # columns of the rows (src_start, src_end, dst_start, dst_end, is_copy), sorted by src_start
        self.starts, self.ends, self.dst_starts, self.dst_ends, self.copy = starts, ends, dst_starts, dst_ends, copy
        self.monotone = dst_starts == sorted(dst_starts)  # non-decreasing (compared in C, not pair by pair)
        self._tables: tuple[list[list[int]], list[list[int]]] | None = None

    def _inserted(self, i: int) -> bool:
        return self.dst_starts[i] == self.dst_ends[i] and not self.copy[i]

    def point(self, p: int, fallback: int) -> int:
        i = bisect_right(self.starts, p) - 1
        if i < 0:
            return self.dst_starts[0] if self.starts else fallback
        if p >= self.ends[i]:
            return self.dst_ends[i]
        return self.dst_starts[i] + (p - self.starts[i]) if self.copy[i] else self.dst_starts[i]

    def span(self, start: int, end: int, fallback: int) -> tuple[int, int]:
        if start >= end or not self.starts:
            q = self.point(start, fallback)
            return q, q
        i = max(bisect_right(self.starts, start) - 1, 0)
        j = max(bisect_right(self.starts, end - 1) - 1, 0)
        if i == j and self.copy[i] and self.starts[i] <= start and end <= self.ends[i]:
            # inside one copied piece (most spans): what the general case below works out
            return self.dst_starts[i] + start - self.starts[i], self.dst_starts[i] + end - self.starts[i]
        first = i
        # Inserted pieces have only a point of origin: trim them off both ends.
        while i <= j and self._inserted(i):
            i += 1
        while j >= i and self._inserted(j):
            j -= 1
        if i > j:
            q = self.dst_starts[first]
            return q, q
        lo = self.dst_starts[i] + max(start - self.starts[i], 0) if self.copy[i] else self.dst_starts[i]
        hi = self.dst_starts[j] + min(end, self.ends[j]) - self.starts[j] if self.copy[j] else self.dst_ends[j]
        if j > i and not self.monotone:
            lo = min(lo, self._range(0, i + 1, j + 1))
            hi = max(hi, self._range(1, i, j))
        return lo, hi

    def _range(self, which: int, lo: int, hi: int) -> int:
        """min of dst_starts (which=0) or max of dst_ends (which=1) over rows [lo, hi)."""
        values = self.dst_starts if which == 0 else self.dst_ends
        pick = min if which == 0 else max
        if hi - lo <= 32:
            return pick(values[lo:hi])
        if self._tables is None:
            self._tables = (_sparse(self.dst_starts, min), _sparse(self.dst_ends, max))
        table = self._tables[which]
        k = (hi - lo).bit_length() - 1
        return pick(table[k][lo], table[k][hi - (1 << k)])


def _columns(rows: list[Piece]) -> list[list]:
    return [list(c) for c in zip(*rows)] if rows else [[], [], [], [], []]


def _sparse(values: list[int], pick) -> list[list[int]]:
    """Sparse table for O(1) range min/max; built only for maps with moves."""
    table = [values]
    k = 1
    while (1 << k) <= len(values):
        prev, half = table[-1], 1 << (k - 1)
        table.append([pick(prev[i], prev[i + half]) for i in range(len(values) - (1 << k) + 1)])
        k += 1
    return table


class OffsetMap:
    """Maps spans between original and normalized text; see the module docstring."""

    def __init__(self, pieces: Iterable[Piece], original_length: int, normalized_length: int,
                 *, _checked: bool = False):
        self.pieces: tuple[Piece, ...] = tuple(pieces)
        self.original_length = original_length
        self.normalized_length = normalized_length
        if not _checked:
            self._validate()

    # The two indexes are built on first use: normalize looks only a few spans up in its first,
    # discarded map, and most of a map's use is one direction.
    @cached_property
    def _to_orig(self) -> _Side:
        n0, n1, o0, o1, copy = _columns([p for p in self.pieces if p[1] > p[0]])
        return _Side(n0, n1, o0, o1, copy)

    @cached_property
    def _to_norm(self) -> _Side:
        # (out of original order only around a moved block)
        rows = sorted([p for p in self.pieces if p[3] > p[2]], key=itemgetter(2))
        n0, n1, o0, o1, copy = _columns(rows)
        if not all(map(lt, o0, o0[1:])):  # pieces sharing a start: ordered by end too
            n0, n1, o0, o1, copy = _columns(sorted(rows, key=itemgetter(2, 3)))
        return _Side(o0, o1, n0, n1, copy)

    def _validate(self) -> None:
        pos = 0
        original_length, normalized_length = self.original_length, self.normalized_length
        for n0, n1, o0, o1, is_copy in self.pieces:
            if n0 != pos or n1 < n0 or o1 < o0 or o0 < 0 or o1 > original_length:
                raise ValueError(f"bad piece {(n0, n1, o0, o1, is_copy)} at normalized offset {pos}")
            if is_copy and n1 - n0 != o1 - o0:
                raise ValueError(f"copy piece {(n0, n1, o0, o1)} changes length")
            pos = n1
        if pos != normalized_length:
            raise ValueError(f"pieces cover {pos} normalized characters, not {normalized_length}")

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls([(0, length, 0, length, True)] if length else [], length, length)

    def __repr__(self) -> str:
        return f"OffsetMap({self.original_length}->{self.normalized_length}, {len(self.pieces)} pieces)"

    @property
    def is_identity(self) -> bool:
        return all(p[4] and p[0] == p[2] for p in self.pieces) and self.original_length == self.normalized_length

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Normalized span -> the original span it came from.

        A span touching a replacement covers the whole replaced range; an empty or
        inserted-only span maps to a point; a span across a move maps to the hull.
        """
        _check(start, end, self.normalized_length)
        return self._to_orig.span(start, end, 0)

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """Original span -> the normalized span holding what it became (symmetric rules)."""
        _check(start, end, self.original_length)
        return self._to_norm.span(start, end, 0)

    def compose(self, later: OffsetMap) -> OffsetMap:
        """self maps original->A, later maps A->B; the result maps original->B."""
        if later.original_length != self.normalized_length:
            raise ValueError(f"cannot compose: {self.normalized_length} != {later.original_length}")
        from .offsets_compose import compose_pieces

        return OffsetMap(compose_pieces(self, later), self.original_length, later.normalized_length)


def _check(start: int, end: int, length: int) -> None:
    if not 0 <= start <= end <= length:
        raise ValueError(f"span ({start}, {end}) is outside 0..{length}")


class Builder:
    """Builds a normalized text and its OffsetMap piece by piece."""

    def __init__(self, original: str):
        self.original = original
        self._parts: list[str] = []
        self._pieces: list[Piece] = []
        self._pos = 0
        self._copy_end = -1  # original end of the last piece when it is a copy (a copy after it extends it)

    def copy(self, start: int, end: int) -> None:
        """Append original[start:end] verbatim."""
        if end <= start:
            return
        self._parts.append(self.original[start:end])
        if self._copy_end == start:
            n0, n1, o0, _, _ = self._pieces[-1]
            self._pieces[-1] = (n0, n1 + end - start, o0, end, True)
        else:
            self._pieces.append((self._pos, self._pos + end - start, start, end, True))
        self._pos += end - start
        self._copy_end = end

    def replace(self, start: int, end: int, text: str) -> None:
        """Append `text` standing for original[start:end] (empty range: an insertion at start)."""
        if start == end and not text:
            return
        self._parts.append(text)
        self._pieces.append((self._pos, self._pos + len(text), start, end, False))
        self._pos += len(text)
        self._copy_end = -1

    def apply(self, start: int, end: int, ops: Sequence[tuple]) -> None:
        """Append original[start:end] with sorted, disjoint (s, e, replacement, ...) ops applied.

        The same pieces as copy() and replace() op by op, in one loop: a document has an op
        per wrapped line, and the method calls were most of the cost.
        """
        original, pieces = self.original, self._pieces
        add_part, add_piece = self._parts.append, pieces.append
        npos, pos, copy_end = self._pos, start, self._copy_end
        for op in ops:
            s, e, rep = op[0], op[1], op[2]
            if s > pos:  # copy(pos, s)
                add_part(original[pos:s])
                if copy_end == pos:
                    n0, n1, o0, _, _ = pieces[-1]
                    pieces[-1] = (n0, n1 + s - pos, o0, s, True)
                else:
                    add_piece((npos, npos + s - pos, pos, s, True))
                npos += s - pos
                copy_end = s
            if s != e or rep:  # replace(s, e, rep)
                add_part(rep)
                add_piece((npos, npos + len(rep), s, e, False))
                npos += len(rep)
                copy_end = -1
            pos = e
        self._pos, self._copy_end = npos, copy_end
        self.copy(pos, end)

    @property
    def length(self) -> int:
        return self._pos

    def build(self) -> tuple[str, OffsetMap]:
        text = "".join(self._parts)
        # Pieces built here are contiguous by construction; only hand-made maps need the check.
        return text, OffsetMap(self._pieces, len(self.original), len(text), _checked=True)


def apply_edits(original: str, edits: Sequence[tuple[int, int, str]]) -> tuple[str, OffsetMap]:
    """Apply sorted, non-overlapping (start, end, replacement) edits in place order."""
    b = Builder(original)
    pos = 0
    for start, end, text in edits:
        if start < pos:
            raise ValueError(f"edit at {start} overlaps the previous edit ending at {pos}")
        b.copy(pos, start)
        b.replace(start, end, text)
        pos = end
    b.copy(pos, len(original))
    return b.build()

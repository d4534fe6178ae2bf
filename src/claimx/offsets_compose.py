"""Composition of two OffsetMaps (original -> A -> B), split from offsets.py for size."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from .offsets import Piece

if TYPE_CHECKING:
    from .offsets import OffsetMap


def compose_pieces(first: OffsetMap, later: OffsetMap) -> list[Piece]:
    """Pieces of first-then-later: intersect the pieces on the middle text A.

    Fragments that come from one replace piece (on either side) are merged, so a
    replacement in `first` that `later` copies only in part still maps whole.
    """
    frags: list[tuple[int, int, int, int, bool, int]] = []  # b0, b1, o0, o1, copy, key (-1: none)
    parent: dict[int, int] = {}

    def find(k: int) -> int:
        while parent.setdefault(k, k) != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def key(s: int, s_copy: bool, l_idx: int, l_copy: bool) -> int:
        # Only a replacement with text on its far side must stay whole; a pure
        # insertion (from first) or deletion (by later) may be cut up freely.
        s_whole = s >= 0 and not s_copy and first.pieces[s][3] > first.pieces[s][2]
        l_whole = l_idx >= 0 and not l_copy and later.pieces[l_idx][1] > later.pieces[l_idx][0]
        keys = ([2 * s] if s_whole else []) + ([2 * l_idx + 1] if l_whole else [])
        if not keys:
            return -1
        root = find(keys[0])
        for k in keys[1:]:
            parent[find(k)] = root
        return root

    # later pieces with A-length, sorted on A, for the sweep and for locating A points
    lpos = sorted((p[2], p[3], p[0], p[1], p[4], idx) for idx, p in enumerate(later.pieces) if p[3] > p[2])
    lstarts = [r[0] for r in lpos]
    j = 0
    for s_idx, (a0, a1, o0, o1, s_copy) in enumerate(first.pieces):
        if a1 == a0:  # deleted in `first`: attach it at the B position its A point went to
            if not lpos:
                frags.append((0, 0, o0, o1, False, key(s_idx, False, -1, True)))
                continue
            i = max(min(bisect_right(lstarts, a0) - 1, len(lpos) - 1), 0)
            la0, la1, b0, b1, l_copy, l_idx = lpos[i]
            b = b0 + min(max(a0 - la0, 0), b1 - b0) if l_copy else b0
            inside = la0 < a0 < la1  # at an edge it belongs to neither side's replacement
            frags.append((b, b, o0, o1, False, key(-1, True, l_idx, l_copy or not inside)))
            continue
        while j < len(lpos) and lpos[j][1] <= a0:
            j += 1
        k = j
        while k < len(lpos) and lpos[k][0] < a1:
            la0, la1, b0, b1, l_copy, l_idx = lpos[k]
            c0, c1 = max(a0, la0), min(a1, la1)
            if s_copy and l_copy:
                frags.append((b0 + c0 - la0, b0 + c1 - la0, o0 + c0 - a0, o0 + c1 - a0, True, -1))
            else:
                fb0, fb1 = (b0 + c0 - la0, b0 + c1 - la0) if l_copy else (b0, b1)
                fo0, fo1 = (o0 + c0 - a0, o0 + c1 - a0) if s_copy else (o0, o1)
                frags.append((fb0, fb1, fo0, fo1, False, key(s_idx, s_copy, l_idx, l_copy)))
            k += 1
    a_starts = [p[0] for p in first.pieces]
    for l_idx, (b0, b1, a0, a1, _) in enumerate(later.pieces):
        if a1 == a0 and b1 > b0:  # inserted by `later`
            q = first._to_orig.point(a0, 0)
            # inserted into the middle of an earlier replacement: it becomes part of it
            s_idx = bisect_right(a_starts, a0) - 1
            inside = s_idx >= 0 and first.pieces[s_idx][0] < a0 < first.pieces[s_idx][1] \
                and not first.pieces[s_idx][4]
            frags.append((b0, b1, q, q, False, key(s_idx if inside else -1, not inside, l_idx, False)))
    frags.sort(key=lambda f: (f[0], f[1], f[2]))
    out: list[list] = []
    for b0, b1, o0, o1, is_copy, k in frags:
        comp = find(k) if k >= 0 else -1
        if out and comp >= 0:
            k = len(out) - 1
            while k > 0 and out[k][0] == out[k][1] and out[k][5] != comp:
                k -= 1  # look past deletions sitting at the seam of one replacement
            if out[k][5] == comp and b0 <= out[k][1]:
                for gap in out[k + 1:]:
                    out[k][2], out[k][3] = min(out[k][2], gap[2]), max(out[k][3], gap[3])
                del out[k + 1:]
                last = out[k]
                last[1], last[2], last[3] = max(last[1], b1), min(last[2], o0), max(last[3], o1)
                continue
        if out:
            last = out[-1]
            if is_copy and last[4] and last[1] == b0 and last[3] == o0:
                last[1], last[3] = b1, o1
                continue
            if b0 < last[1]:  # a zero-width fragment sorted inside a merged run: fold it in
                last[2], last[3], last[4] = min(last[2], o0), max(last[3], o1), False
                continue
        out.append([b0, b1, o0, o1, is_copy, comp])
    return [(b0, b1, o0, o1, c) for b0, b1, o0, o1, c, _ in out if b1 > b0 or o1 > o0]

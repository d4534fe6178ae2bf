"""OffsetMap: exact spans both ways, replacements map whole, moves, composition."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimx.offsets import Builder, OffsetMap, apply_edits

TEXT = st.text(alphabet="ab \n-", max_size=30)


@st.composite
def edited(draw, text_strategy=TEXT):
    """An original text and sorted, non-overlapping (start, end, replacement) edits on it."""
    text = draw(text_strategy)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits, pos = [], 0
    for a, b in zip(cuts[::2], cuts[1::2]):
        if a < pos:
            continue
        if draw(st.booleans()) or a == b:
            edits.append((a, b, draw(st.text(alphabet="XYZ", max_size=3))))
            pos = b
    return text, edits


def origins(m: OffsetMap, copied: bool = False) -> list:
    """Brute force: the original range each normalized character came from (None: inserted)."""
    out: list = []
    for n0, n1, o0, o1, copy in m.pieces:
        for i in range(n1 - n0):
            if copied:
                out.append(copy)
            else:
                out.append((o0 + i, o0 + i + 1) if copy else ((o0, o1) if o1 > o0 else None))
    return out


def check_map(original: str, text: str, m: OffsetMap) -> None:
    assert (m.original_length, m.normalized_length) == (len(original), len(text))
    for n0, n1, o0, o1, copy in m.pieces:
        if copy:
            assert text[n0:n1] == original[o0:o1]


@settings(max_examples=300, deadline=None)
@given(edited())
def test_every_normalized_span_maps_to_exactly_its_origin(case):
    original, edits = case
    text, m = apply_edits(original, edits)
    check_map(original, text, m)
    org, copied = origins(m), origins(m, copied=True)
    for s in range(len(text) + 1):
        for e in range(s, len(text) + 1):
            a, b = m.to_original(s, e)
            assert 0 <= a <= b <= len(original)
            real = [r for r in org[s:e] if r is not None]
            if e > s and real:
                assert (a, b) == (min(r[0] for r in real), max(r[1] for r in real))
            else:
                assert a == b
            if e > s and all(copied[s:e]) and all(x[1] == y[0] for x, y in zip(real, real[1:])):
                assert original[a:b] == text[s:e]


@settings(max_examples=300, deadline=None)
@given(edited())
def test_replacements_map_to_the_whole_replaced_range(case):
    original, edits = case
    text, m = apply_edits(original, edits)
    shift = 0
    for start, end, repl in edits:
        n0 = start + shift
        shift += len(repl) - (end - start)
        if repl:
            assert m.to_original(n0, n0 + len(repl)) == (start, end)
            assert m.to_original(n0, n0 + 1) == (start, end) or end == start
        if end > start:
            assert m.to_normalized(start, end) == (n0, n0 + len(repl))
            assert m.to_normalized(start, start + 1) == (n0, n0 + len(repl))


@settings(max_examples=300, deadline=None)
@given(edited())
def test_copied_characters_round_trip(case):
    original, edits = case
    text, m = apply_edits(original, edits)
    for n0, n1, o0, o1, copy in m.pieces:
        if copy:
            for i in range(n1 - n0):
                assert m.to_original(n0 + i, n0 + i + 1) == (o0 + i, o0 + i + 1)
                assert m.to_normalized(o0 + i, o0 + i + 1) == (n0 + i, n0 + i + 1)


@settings(max_examples=300, deadline=None)
@given(edited(), st.data())
def test_maps_compose(case, data):
    original, edits = case
    middle, first = apply_edits(original, edits)
    later_edits = data.draw(edited(st.just(middle)))[1]
    final, later = apply_edits(middle, later_edits)
    both = first.compose(later)
    check_map(original, final, both)
    org, copied = origins(both), origins(both, copied=True)
    for s in range(len(final) + 1):
        for e in range(s + 1, len(final) + 1):
            direct, two_step = both.to_original(s, e), first.to_original(*later.to_original(s, e))
            if copied[s] and copied[e - 1]:
                assert direct == two_step
            elif org[s] is not None and org[e - 1] is not None:
                # A later edit that cuts through an earlier replacement merges the two into
                # one replace piece, so the composed map may be coarser, never narrower.
                assert direct[0] <= two_step[0] <= two_step[1] <= direct[1]
    for s in range(len(original)):
        a, b = both.to_normalized(s, s + 1)
        mid = first.to_normalized(s, s + 1)
        x, y = later.to_normalized(*mid)
        if mid[1] > mid[0]:  # a character deleted by `first` may land inside a later replacement
            assert a <= x <= y <= b  # coarser, never narrower (see above)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abc", min_size=1, max_size=20), st.data())
def test_moves_map_every_piece_back(original, data):
    cuts = sorted(set(data.draw(st.lists(st.integers(1, len(original)), max_size=4)) + [0, len(original)]))
    chunks = list(zip(cuts, cuts[1:]))
    order = data.draw(st.permutations(range(len(chunks))))
    b = Builder(original)
    for k in order:
        start, end = chunks[k]
        if data.draw(st.booleans()):
            b.copy(start, end)
        else:
            b.replace(start, end, "Q")
    text, m = b.build()
    check_map(original, text, m)
    org = origins(m)
    for s in range(len(text)):
        for e in range(s + 1, len(text) + 1):
            a, bb = m.to_original(s, e)
            real = [r for r in org[s:e] if r is not None]
            assert (a, bb) == (min(r[0] for r in real), max(r[1] for r in real))


def test_identity_and_points():
    m = OffsetMap.identity(5)
    assert m.is_identity and m.to_original(1, 3) == (1, 3) and m.to_normalized(5, 5) == (5, 5)
    assert OffsetMap.identity(0).to_original(0, 0) == (0, 0)
    text, m = apply_edits("ab-\ncd", [(2, 4, "")])  # dehyphenate
    assert text == "abcd"
    assert m.to_original(1, 3) == (1, 5)  # a span across a deletion covers it
    assert m.to_original(2, 2) == (4, 4)
    text, m = apply_edits("ab", [(1, 1, "XY")])  # insertion
    assert text == "aXYb" and m.to_original(1, 3) == (1, 1) and m.to_original(1, 2) == (1, 1)


def test_pieces_sharing_an_original_start_are_looked_up_in_end_order():
    # "abc" copied whole, then its first two characters again: the shorter copy sorts first
    m = OffsetMap([(0, 3, 0, 3, True), (3, 5, 0, 2, True)], 3, 5)
    assert m.to_normalized(0, 1) == (0, 1)
    assert m.to_normalized(2, 3) == (2, 3)


def test_bad_spans_and_pieces_are_refused():
    m = OffsetMap.identity(3)
    with pytest.raises(ValueError):
        m.to_original(2, 4)
    with pytest.raises(ValueError):
        OffsetMap([(0, 2, 0, 3, True)], 3, 2)
    with pytest.raises(ValueError):
        apply_edits("abc", [(1, 2, "x"), (1, 3, "y")])
    with pytest.raises(ValueError):
        OffsetMap.identity(3).compose(OffsetMap.identity(4))


def test_long_moved_map_uses_range_tables():
    original = "".join(chr(97 + i % 26) for i in range(400))
    b = Builder(original)
    for start in range(390, -1, -10):  # every 10-char chunk in reverse order
        b.copy(start, start + 10)
    text, m = b.build()
    assert m.to_original(0, len(text)) == (0, 400)
    assert m.to_original(5, 25) == (370, 400)
    assert m.to_original(15, 385) == (10, 390)
    assert m.to_normalized(0, 400) == (0, 400)


@given(edited(), st.integers(0, 3), st.booleans())
@settings(max_examples=300)
def test_builder_apply_makes_the_pieces_copy_and_replace_make(case, lead, inserted_first):
    # Builder.apply is the bulk form of copy()/replace() per op; a builder that already holds a
    # copy ending where apply starts (or an insertion) must merge pieces the same way.
    text, edits = case
    start = min(lead, edits[0][0] if edits else len(text), len(text))
    one, bulk = Builder(text), Builder(text)
    for b in (one, bulk):
        b.copy(0, start)
        if inserted_first:
            b.replace(start, start, "I")
    pos = start
    for s, e, rep in edits:
        one.copy(pos, s)
        one.replace(s, e, rep)
        pos = e
    one.copy(pos, len(text))
    bulk.apply(start, len(text), [(s, e, rep, "rule", 1.0) for s, e, rep in edits])
    (t1, m1), (t2, m2) = one.build(), bulk.build()
    assert t1 == t2 and m1.pieces == m2.pieces

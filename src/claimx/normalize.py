"""OCR and layout repair -> normalized text, OffsetMap to the original, and every edit made.

Layout repair is planned on the original text (layout.py); OCR token repair
runs on the unwrapped text (so "TGE-\\nP" is one token) and its edits are
carried back to the original. The result is assembled once from the original
with all edits, so each Edit's span is exact: original[s:e] == edit.original.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter

from .layout import Layout, Op, plan_layout
from .model import Edit
from .offsets import Builder, OffsetMap
from .mojibake import mojibake_ops
from .confusions import load_confusions
from .ocr import KnowsWords, repair_ops
from .vocab import Vocabulary, ascii_words

CITATION = re.compile(r"\[\s*\d+[a-z]?(?:\s*[-\u2013\u2014,;]\s*\d+[a-z]?)*\s*\]")
FIGURE_REF = re.compile(r"\((?:see\s+)?(?:Figs?|Figures?|Tables?|Suppl\w*)\.?\s*(?:S?\d+[A-Za-z]?)"
                        r"(?:\s*[-\u2013\u2014,]\s*(?:S?\d+)?[A-Za-z]?)*\)")
_NEWLINES = re.compile(r"[\r\n]+")
_BLANK_LINE = re.compile(r"(?:\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r)")
MOVE_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Normalized:
    """Normalized text with its map to the original and the repairs made (DESIGN §2)."""

    text: str
    offsets: OffsetMap
    sections: tuple[tuple[int, str], ...]
    skips: tuple[tuple[int, int], ...]
    breaks: tuple[int, ...]
    # (original, ops, moves): what `edits` is built from
    _repairs: tuple[str, Sequence[Op], Sequence[tuple[int, int, int, str]]] = field(repr=False, compare=False)

    # Built on first use: the pipeline never reads the edits (only `claimx normalize --edits` and the
    # diff view do), and a document has an edit per wrapped line.
    @cached_property
    def edits(self) -> tuple[Edit, ...]:
        """Every repair, sorted by original start (longest first), each quoting the original exactly."""
        text, ops, moves = self._repairs
        edits = [Edit((s, e), text[s:e], rep, rule, score) for s, e, rep, rule, score in ops]
        for s, e, _, kind in moves:
            n0, n1 = self.offsets.to_normalized(s, e)
            edits.append(Edit((s, e), text[s:e], self.text[n0:n1], f"{kind}-move", 1.0))
        edits.sort(key=lambda ed: (ed.span[0], -ed.span[1]))
        return tuple(edits)

    def section_at(self, offset: int) -> str | None:
        """The heading of the section a normalized offset falls in, if any."""
        i = bisect_right(self.sections, offset, key=itemgetter(0)) - 1
        return self.sections[i][1] if i >= 0 else None


def _lexicon(lexicon: KnowsWords | None) -> KnowsWords | None:
    if lexicon is not None:
        return lexicon
    try:
        from .lexicon import default_lexicon
    except ImportError:  # normalization also works without a lexicon
        return None
    return default_lexicon()


def assemble(original: str, ops: Sequence[Op], moves: Sequence[tuple[int, int, int, str]] = ()
             ) -> tuple[str, OffsetMap]:
    """Apply sorted, disjoint ops to the original and move blocks to their destinations."""
    b = Builder(original)
    starts = [o[0] for o in ops]
    ends = [o[1] for o in ops]

    def emit(lo: int, hi: int) -> None:
        # the ops starting in [lo, hi), then the insertions at hi
        first, i = bisect_left(starts, lo), bisect_left(starts, hi)
        if first < i and max(ends[first:i]) > hi:
            bad = next(k for k in range(first, i) if ends[k] > hi)
            raise ValueError(f"edit {ops[bad][:2]} crosses a moved block boundary at {hi}")
        while i < len(ops) and starts[i] == ends[i] == hi:
            i += 1
        b.apply(lo, hi, ops[first:i])

    if not moves:
        emit(0, len(original))
        return b.build()
    blocks = {s: e for s, e, _, _ in moves}
    at_dest: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for s, e, dest, _ in sorted(moves):
        at_dest[dest].append((s, e))
    cuts = sorted({0, len(original), *blocks, *blocks.values(), *at_dest})
    inside_until = -1
    for lo, hi in zip(cuts, cuts[1:] + [None]):
        for s, e in at_dest.get(lo, ()):
            b.replace(lo, lo, MOVE_SEPARATOR)
            emit(s, e)
        if hi is None:
            break
        if lo in blocks:
            inside_until = max(inside_until, blocks[lo])
        if hi <= inside_until:
            continue
        emit(lo, hi)
    return b.build()


def _merge_ocr(original: str, ops: list[Op], layout_map: OffsetMap, text_a: str,
               ocr_ops: Sequence[Op]) -> list[Op]:
    """Carry OCR ops from the unwrapped text back to the original, merging with ops they overlap."""
    mapped = sorted((*layout_map.to_original(s, e), s, e, rep, rule, score) for s, e, rep, rule, score in ocr_ops)
    base = sorted(ops)
    ends = [o[1] for o in base]
    ordered = ends == sorted(ends)  # (disjoint ops end in order)
    out: list[Op] = []
    i = 0
    for o0, o1, s, e, rep, rule, score in mapped:
        # carry over the ops ending at or before o0, up to one that is an insertion at o0
        if ordered:
            k = bisect_right(ends, o0, i)
            while k > i and base[k - 1][0] == base[k - 1][1] == o0:
                k -= 1
        else:
            k = i
            while k < len(base) and base[k][1] <= o0 and not (base[k][0] == base[k][1] == o0):
                k += 1
        out.extend(base[i:k])
        i = k
        j = i
        while j < len(base) and base[j][0] < o1:
            j += 1
        if out and out[-1][1] > o0:
            continue  # overlaps an OCR repair already carried over
        if j == i:
            if original[o0:o1] == text_a[s:e]:
                out.append((o0, o1, rep, rule, score))
            continue
        u0, u1 = min(o0, base[i][0]), max(o1, base[j - 1][1])
        x0, x1 = layout_map.to_normalized(u0, u1)
        if not (x0 <= s and e <= x1) or x1 - x0 > (e - s) + (u1 - u0) + 4:
            continue  # not one contiguous stretch (a moved block): leave the token as it is
        out.append((u0, u1, text_a[x0:s] + rep + text_a[e:x1], rule, score))
        i = j
    out.extend(base[i:])
    return out


def _drop_overlaps(base: list[Op], extra: list[Op]) -> list[Op]:
    out = sorted(base)
    if not extra:
        return out
    starts = [o[0] for o in out]
    for op in extra:
        i = bisect_right(starts, op[0])
        if (i == 0 or out[i - 1][1] <= op[0]) and (i == len(out) or op[1] <= out[i][0]):
            out.insert(i, op)
            starts.insert(i, op[0])
    return out


def normalize(text: str, *, lexicon: KnowsWords | None = None, ocr: bool = True,
              layout: bool = True) -> Normalized:
    """Repair OCR and PDF-layout damage; see the module docstring."""
    vocab = Vocabulary(text)
    plan = plan_layout(text, vocab) if layout else Layout((), (), (), ())
    ops = list(plan.ops)
    fixed = mojibake_ops(text) if ocr else []
    if ocr:
        ops = _drop_overlaps(ops, fixed)
    text_a, map_a = assemble(text, ops, plan.moves)
    if ocr:
        # layout edits write only spaces and newlines: without mojibake repairs, text_a has no
        # character the text lacks
        ocr_ops = repair_ops(text_a, _lexicon(lexicon), load_confusions(), vocab,
                             ascii_text=not fixed and ascii_words(text))
        if ocr_ops:
            ops = _merge_ocr(text, ops, map_a, text_a, ocr_ops)
            text_a, map_a = assemble(text, ops, plan.moves)
    sections = []
    skips = []
    for s, e in plan.headings:
        n0, n1 = map_a.to_normalized(s, e)
        sections.append((n0, " ".join(text_a[n0:n1].split())))
        skips.append((n0, n1))
    for s, e, kind in plan.floats:
        if kind != "caption":  # figure legends state findings; running headers and page numbers do not
            skips.append(map_a.to_normalized(s, e))
    skips.extend(m.span() for m in CITATION.finditer(text_a))
    skips.extend(m.span() for m in FIGURE_REF.finditer(text_a))
    return Normalized(text_a, map_a, tuple(sorted(sections)), _union(skips), _breaks(text_a, layout),
                      (text, ops, plan.moves))


def _breaks(text: str, layout: bool) -> tuple[int, ...]:
    """Where each run of line breaks starts (blank lines only, without layout repair)."""
    if not layout or "\r" in text:
        return tuple(m.start() for m in (_NEWLINES if layout else _BLANK_LINE).finditer(text))
    # Unwrapped text keeps few newlines: finding them beats a character-class scan.
    out = []
    find = text.find
    p = find("\n")
    while p != -1:
        out.append(p)
        p += 1
        while text.startswith("\n", p):
            p += 1
        p = find("\n", p)
    return tuple(out)


def _union(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return tuple((s, e) for s, e in out)

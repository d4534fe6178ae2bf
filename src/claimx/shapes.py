"""Unlisted names by their ending: "linomide", "alinidine", "vasostatin" (lexicons/cues/entity_shapes.tsv).

Each ending is found with `str.find` and the word around it checked by hand, so the cost is that
of the few places an ending occurs, not a regular expression tried at every letter of the text.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from claimx.cues import check_value, cues_dir, read_rows
from claimx.lexicon import TYPES

MIN_STEM = 3  # letters before the ending: "mycin" alone or "azole" in "diazole" is too little to go on


@dataclass(frozen=True)
class Shape:
    name: str
    type: str
    prefix: str
    suffix: str


def typed_rows(path: Path, last: str) -> Iterator[tuple[int, str, str, str, str]]:
    """(line, name, type, prefix, `last` column) of a name/type/prefix/`last` file, each type checked."""
    for lineno, (name, typ, prefix, value) in read_rows(path, ("name", "type", "prefix", last)):
        check_value(path, lineno, typ, TYPES, "type")
        yield lineno, name, typ, prefix, value


@functools.lru_cache(maxsize=2)
def load_shapes(path: Path | None = None) -> tuple[Shape, ...]:
    """The endings, longest first: "vastatin" (a drug) is tried before "statin" (a peptide)."""
    rows = typed_rows(path or cues_dir() / "entity_shapes.tsv", "suffix")
    return tuple(sorted((Shape(name, typ, prefix, suffix.lower()) for _, name, typ, prefix, suffix in rows),
                        key=lambda s: -len(s.suffix)))


def _glued(c: str) -> bool:
    return c.isalnum() or c in "-_"


def _suffixed(text: str, end: int) -> bool:
    """A hyphen and a lower-case word after the name ("alinidine-stimulated", "linomide-treated"): the
    tokenizer splits claim suffixes and treatment tails off, and a match that does not end on a token
    boundary ("linomide-resistant" stays one token) is dropped when it is aligned to the tokens."""
    return text[end] == "-" and text[end + 1: end + 3].isalpha() and text[end + 1: end + 3].islower()


def _word_at(text: str, end: int) -> int | None:
    """The start of the letters-only word ending at `end`, when it stands alone and reads as a name."""
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    if (start > 0 and _glued(text[start - 1])) or (end < len(text) and _glued(text[end]) and not _suffixed(text, end)):
        return None
    word = text[start:end]
    return start if word[1:].islower() and word.isascii() else None


@dataclass(frozen=True)
class ShapeMatch:
    start: int
    end: int
    type: str
    word: str
    id: str
    rule: str


def find_shapes(text: str) -> list[ShapeMatch]:
    """Words whose ending names their type, in text order."""
    found: dict[int, ShapeMatch] = {}
    for shape in load_shapes():
        k = text.find(shape.suffix)
        while k >= 0:
            end = k + len(shape.suffix)
            start = _word_at(text, end)
            if start is not None and k - start >= MIN_STEM and start not in found:
                word = text[start:end]
                found[start] = ShapeMatch(start, end, shape.type, word, shape.prefix + word.lower(), shape.name)
            k = text.find(shape.suffix, end)
    return [found[s] for s in sorted(found)]

"""Open-class entity patterns (CD phenotypes, cytokine families, antibodies, trials) from a data file,
and the name shapes of shapes.py (drug stems)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from claimx.cues import cues_dir
from claimx.errors import BadLexicon
from claimx.pattern_anchors import anchored
from claimx.regex_prefix import first_char_prefix
from claimx.shapes import find_shapes, typed_rows

_SPACE = re.compile(r"\s+")
_BARE_MARKER = re.compile(r"\b(CD\d{1,3}[a-z]?|FOXP3|Foxp3|F4/80|Ly6[GC])(?=\s|$)")
_MARKER_SPACE = re.compile(r"\s+(?=[+−](?![\w]))")


@dataclass(frozen=True)
class Pattern:
    name: str
    type: str
    prefix: str
    regex: re.Pattern[str]
    # a finditer that tries only where a match can start (pattern_anchors.py), when known
    search: Callable[[re.Pattern[str], str], Iterator[re.Match[str]]] | None = None
    # matched text -> (norm, id): documents repeat their symbols
    memo: dict[str, tuple[str, str]] = field(default_factory=dict, compare=False, hash=False)


class PatternMatch(NamedTuple):
    """One pattern match (a NamedTuple: documents make thousands, and a frozen dataclass is slow to build)."""

    start: int
    end: int
    type: str
    norm: str
    id: str
    target: str | None
    rule: str


def canonical(text: str) -> str:
    """'CD8 + T cells' -> 'CD8+ T cells': one space, markers attached."""
    return _MARKER_SPACE.sub("", _SPACE.sub(" ", text)).strip()


def _id_key(norm: str, typ: str) -> str:
    """One id for 'CD8 T cells', 'CD8+ T cell' and 'CD8 + T cells'."""
    if typ == "cell":
        norm = _BARE_MARKER.sub(r"\1+", norm)
        if norm.endswith("s") and not norm.endswith("ss"):
            norm = norm[:-1]
    return norm.replace(" ", "_")


@functools.lru_cache(maxsize=2)
def load_patterns(path: Path | None = None) -> tuple[Pattern, ...]:
    path = path or cues_dir() / "entity_patterns.tsv"
    out = []
    for lineno, name, typ, prefix, regex in typed_rows(path, "regex"):
        # The same matches; positions no match can start at fail on one character (regex_prefix.py).
        # A pattern that does not parse gets no prefix, so an error is reported as in the file.
        try:
            compiled = re.compile(first_char_prefix(regex) + regex)
        except re.error as err:
            raise BadLexicon(f"{path}:{lineno}: bad regular expression ({err})") from None
        out.append(Pattern(name, typ, prefix, compiled, anchored(regex)))
    return tuple(out)


def find_patterns(text: str) -> list[PatternMatch]:
    found = []
    for p in load_patterns():
        memo = p.memo
        if len(memo) > 100_000:
            memo.clear()
        has_target = "target" in p.regex.groupindex
        for m in (p.regex.finditer(text) if p.search is None else p.search(p.regex, text)):
            surface = m.group(0)
            known = memo.get(surface)
            if known is None:
                norm = canonical(surface)
                known = memo[surface] = (norm, p.prefix + _id_key(norm, p.type))
            target = m.group("target") if has_target else None
            found.append(PatternMatch(m.start(), m.end(), p.type, known[0], known[1], target, p.name))
    found.extend(PatternMatch(m.start, m.end, m.type, m.word, m.id, None, m.rule) for m in find_shapes(text))
    return found

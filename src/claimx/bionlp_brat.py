"""Read brat standoff annotations (PMID-N.txt with its .a1 / .a2) with exact character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from claimx.errors import BadInput, located


@dataclass(frozen=True)
class TextBound:
    id: str
    type: str
    span: tuple[int, int]
    text: str


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    trigger: str
    args: tuple[tuple[str, str], ...]  # (role without its number suffix, T/E id)

    def role(self, name: str) -> list[str]:
        return [ref for r, ref in self.args if r == name]


@dataclass(frozen=True)
class Annotations:
    text: str
    bounds: dict[str, TextBound]
    events: dict[str, Event]
    negated: frozenset[str]
    speculated: frozenset[str]
    equiv: dict[str, tuple[str, ...]]  # T id -> the other T ids of its Equiv group



def read_brat(txt_path: str | Path) -> Annotations:
    """Read PMID-N.txt (newline="" so offsets are exact) and its .a1 / .a2 beside it."""
    txt = Path(txt_path)
    try:
        with open(txt, encoding="utf-8", newline="") as fh:
            text = fh.read()
    except OSError as err:
        raise BadInput(f"{txt}: cannot read ({err.strerror})") from None
    bounds: dict[str, TextBound] = {}
    events: dict[str, Event] = {}
    mods: dict[str, set[str]] = {"Negation": set(), "Speculation": set()}
    equiv: dict[str, tuple[str, ...]] = {}
    for suffix in (".a1", ".a2"):
        ann = txt.with_suffix(suffix)
        if not ann.exists():
            continue
        with open(ann, encoding="utf-8", newline="") as fh:
            for lineno, line in enumerate(fh, 1):
                line = line.rstrip("\r\n")
                if not line.strip():
                    continue
                try:
                    _parse_line(line, text, bounds, events, mods, equiv)
                except (ValueError, IndexError) as err:
                    raise BadInput(located(ann, f"bad brat line ({err}): {line[:60]!r}", line=lineno)) from None
    return Annotations(text, bounds, events, frozenset(mods["Negation"]), frozenset(mods["Speculation"]), equiv)


def _parse_line(line: str, text: str, bounds: dict, events: dict, mods: dict, equiv: dict) -> None:
    parts = line.split("\t")
    ident = parts[0]
    if ident.startswith("T"):
        kind, *offsets = parts[1].replace(";", " ").split(" ")
        # Discontinuous mentions ("0 5;9 12") are taken as their whole extent.
        start, end = int(offsets[0]), int(offsets[-1])
        if text[start:end] != parts[2] and ";" not in parts[1]:
            raise ValueError(f"offsets {start}-{end} give {text[start:end]!r}, not {parts[2]!r}")
        bounds[ident] = TextBound(ident, kind, (start, end), text[start:end])
    elif ident.startswith("E"):
        head, *rest = parts[1].split()
        kind, trigger = head.split(":")
        args = tuple((re.sub(r"\d+$", "", role), ref) for role, ref in (a.split(":") for a in rest))
        events[ident] = Event(ident, kind, trigger, args)
    elif ident.startswith(("M", "A")):
        kind, target = parts[1].split()[:2]
        if kind in mods:
            mods[kind].add(target)
    elif ident == "*":
        kind, *ids = parts[1].split()
        if kind == "Equiv":
            for i in ids:
                equiv[i] = tuple(j for j in ids if j != i)
    else:
        raise ValueError(f"unknown annotation id {ident!r}")

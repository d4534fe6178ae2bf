"""Reading the two stores of a diff fast: a line identical to one of the old store is not parsed twice."""

from __future__ import annotations

from pathlib import Path

from claimx.model import Claim
from claimx.store import iter_lines, parse_line, parse_record


def read_claims(path: str | Path, seen: dict[str, Claim] | None = None) -> tuple[list[Claim], dict[str, Claim]]:
    """The claims of a store and a line -> claim index; a line already in `seen` is not parsed again.

    Most lines of a re-extracted store are byte-identical to the old store's, and parsing is most
    of the cost of a diff; those lines were validated when the first store was read.
    """
    claims: list[Claim] = []
    index: dict[str, Claim] = {}
    for lineno, line in iter_lines(path):
        c = seen.get(line) if seen is not None else None
        if c is None:
            c = parse_record(path, lineno, parse_line(path, lineno, line), Claim.from_dict, "claim")
        claims.append(c)
        if seen is None:
            index[line] = c
    return claims, index

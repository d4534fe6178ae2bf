"""Reading the two stores of a diff fast: a line identical to one of the old store is not parsed twice."""

from __future__ import annotations

import contextlib
import gc
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from claimx.errors import BadStore
from claimx.model import Claim


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    # Reading and pairing allocate millions of acyclic objects; the cyclic collector would walk
    # the whole growing heap again and again, costing more than the diff itself.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _open(path: str | Path) -> IO[str]:
    try:
        return open(path, encoding="utf-8")
    except FileNotFoundError:
        raise BadStore(f"{path}: no such file") from None
    except IsADirectoryError:
        raise BadStore(f"{path}: is a folder, not a store file") from None
    except OSError as err:
        raise BadStore(f"{path}: cannot read ({err.strerror})") from None


def _parse(path: str | Path, lineno: int, line: str) -> Claim:
    # The same messages as store.read_store, which this mirrors line by line.
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise BadStore(f"{path}:{lineno}: not valid JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(obj, dict):
        raise BadStore(f"{path}:{lineno}: expected a JSON object, got {type(obj).__name__}")
    try:
        return Claim.from_dict(obj)
    except (KeyError, TypeError, ValueError) as err:
        detail = f"missing key {err}" if isinstance(err, KeyError) else str(err)
        raise BadStore(f"{path}:{lineno}: not a valid claim ({detail})") from None


def read_claims(path: str | Path, seen: dict[str, Claim] | None = None) -> tuple[list[Claim], dict[str, Claim]]:
    """The claims of a store and a line -> claim index; a line already in `seen` is not parsed again.

    Most lines of a re-extracted store are byte-identical to the old store's, and parsing is most
    of the cost of a diff; those lines were validated when the first store was read.
    """
    claims: list[Claim] = []
    index: dict[str, Claim] = {}
    with _open(path) as fh:
        lineno = 0
        try:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                line = line.rstrip("\n")
                c = seen.get(line) if seen is not None else None
                if c is None:
                    c = _parse(path, lineno, line)
                claims.append(c)
                if seen is None:
                    index[line] = c
        except UnicodeDecodeError:
            raise BadStore(f"{path}:{lineno + 1}: not UTF-8 text") from None
    return claims, index

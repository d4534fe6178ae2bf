"""Pausing CPython's cyclic garbage collector where a step makes many objects and no garbage cycles."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """The collector off inside the block, then back as it was.

    Reference counting still frees what the block drops; only cycles wait. Each collection walks
    the objects made since the last one, so a step that makes millions of long-lived ones (a
    diff's two stores, spaCy and the lexicons at start-up) pays for walking them again and again.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()

"""Errors a user can act on; the CLI turns each into one message and an exit code."""

from __future__ import annotations


class ClaimxError(Exception):
    """Base class: `str(err)` is the whole message shown to the user."""

    exit_code = 2


class BadInput(ClaimxError):
    """An input file or folder that cannot be read as text."""


class BadStore(ClaimxError):
    """A claims store (or review file) with a malformed line."""


class BadLexicon(ClaimxError):
    """A lexicon or cue file that fails validation."""


class BadUsage(ClaimxError):
    """Options that contradict each other or name unknown things."""


class OutputError(ClaimxError):
    """An output path that cannot be written."""


def located(path: object, message: str, *, line: int | None = None, offset: int | None = None) -> str:
    """Format `path:line: message` / `path (byte N): message` the same way everywhere."""
    where = str(path)
    if line is not None:
        where += f":{line}"
    if offset is not None:
        where += f" (offset {offset})"
    return f"{where}: {message}"

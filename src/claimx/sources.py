"""Reading inputs: files, folders (recursively) and stdin, decoded to text with a sha256."""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from claimx.errors import BadInput

TEXT_SUFFIXES = (".txt", ".md")
STDIN = "-"


@dataclass(frozen=True)
class Source:
    """One input document; `text` is the bytes decoded as UTF-8 with no newline translation."""

    path: str
    text: str
    sha256: str
    warnings: tuple[str, ...] = ()
    nbytes: int = 0  # of the file as read (BOM and invalid bytes included): what a progress bar counts


def decode(data: bytes, path: str, *, strict: bool = False) -> tuple[str, tuple[str, ...]]:
    """Decode UTF-8; invalid bytes become U+FFFD and one warning names the first bad offset."""
    if b"\x00" in data:
        where = data.index(b"\x00")
        raise BadInput(f"{path}: binary file (NUL byte at offset {where}); claimx reads text")
    if data.startswith(b"\xef\xbb\xbf"):
        # A BOM is not text; dropping it keeps offsets aligned with what editors show.
        data = data[3:]
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as err:
        message = f"{path}: invalid UTF-8 at byte {err.start}; decoded with replacement characters"
        if strict:
            raise BadInput(message.replace("; decoded with replacement characters", "")) from None
        return data.decode("utf-8", errors="replace"), (message,)


def read_bytes(path: str | Path, name: str | None = None) -> bytes:
    """A file's bytes; a missing or unreadable file is a BadInput naming it."""
    name = name or str(path)
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise BadInput(f"{name}: no such file") from None
    except IsADirectoryError:
        raise BadInput(f"{name}: is a folder, not a file") from None
    except PermissionError:
        raise BadInput(f"{name}: permission denied") from None
    except OSError as err:
        raise BadInput(f"{name}: cannot read ({err.strerror})") from None


def read_source(path: str | Path, *, strict: bool = False, display: str | None = None) -> Source:
    name = display or str(path)
    if str(path) == STDIN:
        name = display or "<stdin>"
        try:
            data = sys.stdin.buffer.read()
        except OSError as err:
            raise BadInput(f"{name}: cannot read ({err.strerror or err})") from None
    else:
        data = read_bytes(path, name)
    text, warnings = decode(data, name, strict=strict)
    return Source(path=name, text=text, sha256=hashlib.sha256(data).hexdigest(), warnings=warnings, nbytes=len(data))


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if f.endswith(TEXT_SUFFIXES) and not f.startswith(".") and f != "README.md":
                path = Path(root) / f
                if path.exists():  # a dangling symbolic link is no text file of the folder
                    yield path


def expand_paths(paths: Iterable[str | Path]) -> Iterator[str]:
    """Input paths in a stable order: files as given, folders recursed for *.txt / *.md."""
    for raw in paths:
        p = str(raw)
        if p == STDIN:
            yield STDIN
            continue
        path = Path(p)
        if path.is_dir():
            found = False
            for f in _walk(path):
                found = True
                yield _utf8_name(f.as_posix())
            if not found:
                raise BadInput(f"{_shown(p)}: folder has no .txt or .md files")
        elif path.exists():
            yield _utf8_name(path.as_posix())
        else:
            raise BadInput(f"{_shown(p)}: no such file or folder")


def _shown(name: str) -> str:
    """A path as it can be printed: bytes that are not UTF-8 as \\xNN."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _utf8_name(name: str) -> str:
    # The store records paths as JSON text; a name with bytes that are not UTF-8 (Python holds
    # them as lone surrogates) could not be written, so it is refused before any document is read.
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        raise BadInput(f"{_shown(name)}: file name is not valid UTF-8; rename the file") from None
    return name


def iter_sources(paths: Iterable[str | Path], *, strict: bool = False) -> Iterator[Source]:
    """Stream documents one by one; nothing holds the whole corpus."""
    for p in expand_paths(paths):
        yield read_source(p, strict=strict)

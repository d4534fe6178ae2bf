"""The JSONL triple store: one claim per line, sorted, written atomically, validated on read."""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from claimx.errors import BadStore, OutputError
from claimx.model import Claim


# json.dumps with options builds an encoder per call; a store line is written per claim
_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def dumps(record: dict[str, Any]) -> str:
    """The one serialization of a record: keys sorted, UTF-8 kept, no spaces."""
    return _ENCODER.encode(record)


@contextlib.contextmanager
def atomic_writer(path: str | Path) -> Iterator[IO[str]]:
    """Write to a temp file beside `path`, fsync, then rename: readers never see half a file.

    A symlink is followed (the link stays, its file is replaced) and an existing file keeps its
    permissions; a new one gets the umask's. An existing device or FIFO (/dev/stdout) is written
    in place: renaming over it would replace the device.
    """
    mode = _mode(path)
    if mode is not None and stat.S_ISDIR(mode):
        raise OutputError(f"{path}: is a folder; give a file name for the output")
    if mode is not None and not stat.S_ISREG(mode):
        yield from _write_in_place(path)
        return
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    tmp: str | None = None
    try:  # one `try` from the temp file's creation on: a Ctrl-C right after it still removes it
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        except FileNotFoundError:
            raise OutputError(f"{path}: folder {folder} does not exist") from None
        except PermissionError:
            raise OutputError(f"{path}: permission denied (cannot create a file in {folder})") from None
        except OSError as err:
            raise OutputError(f"{path}: cannot write ({err.strerror})") from None

        def durable(fh: IO[str]) -> None:
            os.fchmod(fh.fileno(), stat.S_IMODE(mode) if mode is not None else _new_file_mode())
            os.fsync(fh.fileno())

        yield from _flushed(os.fdopen(fd, "w", encoding="utf-8", newline="\n"), path, durable)
        with write_errors(path):
            os.replace(tmp, target)
    except BaseException:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise


def _mode(path: str | Path) -> int | None:
    """The st_mode of what `path` names (links followed), None when nothing is there."""
    try:
        return os.stat(path).st_mode
    except OSError:
        return None


def _new_file_mode() -> int:
    # mkstemp makes 0600 files; a store should get what `open` would give (0666 less the umask)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _write_in_place(path: str | Path) -> Iterator[IO[str]]:
    try:
        fh = open(path, "w", encoding="utf-8", newline="\n")
    except OSError as err:
        raise OutputError(f"{path}: cannot write ({err.strerror})") from None
    yield from _flushed(fh, path)


def _flushed(fh: IO[str], path: str | Path, then: Callable[[IO[str]], None] | None = None) -> Iterator[IO[str]]:
    """Yield `fh`; then flush it (and run `then`) with write errors naming `path`, and close it.

    Not `with fh`: after a failed flush, closing flushes the same buffer again and its bare
    OSError would replace the OutputError (or a Ctrl-C) on its way out.
    """
    try:
        yield fh  # not under write_errors: the caller's writes name the output themselves (_write_all)
        with write_errors(path):
            fh.flush()
            if then is not None:
                then(fh)
    finally:
        with contextlib.suppress(OSError):
            fh.close()


def write_text_lines(path: str | Path | None, lines: Iterable[str], stream: IO[str] | None = None) -> int:
    """Write serialized records, one per line, to `path` atomically, or to `stream` when path is None."""
    if path is None:
        assert stream is not None
        count = _write_all(stream, lines, "<stdout>")
        with write_errors("<stdout>"):
            stream.flush()  # a full disk behind `>` shows here, not at exit
        return count
    with atomic_writer(path) as fh:
        return _write_all(fh, lines, path)


def _write_all(fh: IO[str], lines: Iterable[str], name: str | Path) -> int:
    count = 0
    for line in lines:  # producing a line reads input: only the write is an output error
        try:
            fh.write(line + "\n")
        except BrokenPipeError:
            raise
        except OSError as err:
            raise _cannot_write(name, err) from None
        count += 1
    return count


def _cannot_write(name: str | Path, err: OSError) -> OutputError:
    return OutputError(f"{name}: cannot write ({err.strerror or err})")


@contextlib.contextmanager
def write_errors(name: str | Path) -> Iterator[None]:
    """A failed write (full disk, I/O error) as an OutputError naming the output; a closed pipe stays one."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as err:
        raise _cannot_write(name, err) from None


def write_lines(path: str | Path | None, records: Iterable[dict[str, Any]], stream: IO[str] | None = None) -> int:
    """Write records as JSONL to `path` atomically, or to `stream` when path is None."""
    return write_text_lines(path, map(dumps, records), stream)


def claim_line(claim: Claim) -> str:
    """A claim's store line (without the newline)."""
    return dumps(claim.to_dict())


def write_store(path: str | Path | None, claims: Iterable[Claim], stream: IO[str] | None = None) -> int:
    """Write claims as given; callers hand them over in `Claim.sort_key` order (extract does)."""
    return write_text_lines(path, map(claim_line, claims), stream)


def open_store(path: str | Path) -> IO[str]:
    """Open a JSONL file for reading; a missing or unreadable file is a BadStore naming it."""
    try:
        return open(path, encoding="utf-8")
    except FileNotFoundError:
        raise BadStore(f"{path}: no such file") from None
    except IsADirectoryError:
        raise BadStore(f"{path}: is a folder, not a store file") from None
    except OSError as err:
        raise BadStore(f"{path}: cannot read ({err.strerror})") from None


def parse_line(path: str | Path, lineno: int, line: str) -> dict[str, Any]:
    """One JSONL line as an object; malformed JSON names file and line."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise BadStore(f"{path}:{lineno}: not valid JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(obj, dict):
        raise BadStore(f"{path}:{lineno}: expected a JSON object, got {type(obj).__name__}")
    return obj


def parse_record(path: str | Path, lineno: int, obj: dict[str, Any], parse: Callable[[dict[str, Any]], Any],
                 what: str) -> Any:
    try:
        return parse(obj)
    except (KeyError, TypeError, ValueError) as err:
        detail = f"missing key {err}" if isinstance(err, KeyError) else str(err)
        raise BadStore(f"{path}:{lineno}: not a valid {what} ({detail})") from None


def iter_lines(path: str | Path) -> Iterator[tuple[int, str]]:
    """(line number, line without its newline) for each non-blank line; bad UTF-8 names the line."""
    with open_store(path) as fh:
        lineno = 0
        try:
            for lineno, line in enumerate(fh, 1):
                if line.strip():
                    yield lineno, line.rstrip("\n")
        except UnicodeDecodeError:
            raise BadStore(f"{path}:{lineno + 1}: not UTF-8 text") from None


def iter_jsonl(path: str | Path, what: str = "record") -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, object) for each non-blank line."""
    for lineno, line in iter_lines(path):
        yield lineno, parse_line(path, lineno, line)


def read_records(path: str | Path, parse: Callable[[dict[str, Any]], Any], what: str) -> Iterator[Any]:
    for lineno, obj in iter_jsonl(path, what):
        yield parse_record(path, lineno, obj, parse, what)


def read_store(path: str | Path) -> Iterator[Claim]:
    """Stream the claims of a store, validating each line."""
    return read_records(path, Claim.from_dict, "claim")


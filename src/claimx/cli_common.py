"""What every claimx command shares: the typer apps, option types, and the error handler."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from claimx import render
from claimx.errors import ClaimxError

app = typer.Typer(
    name="claimx",
    help="Directional biomedical claims from OCR'd literature, with exact character offsets.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        from claimx import __version__

        typer.echo(f"claimx {__version__}")
        raise typer.Exit()


@app.callback()
def _options(version: Annotated[bool, typer.Option(
        "--version", is_eager=True, callback=_print_version, help="Print claimx's version and exit.")] = False) -> None:
    pass


lexicon_app = typer.Typer(help="Validate lexicons, look entries up, add a user lexicon entry.",
                          context_settings={"help_option_names": ["-h", "--help"]}, no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")

Paths = Annotated[list[str], typer.Argument(help="Files or folders (recursed for *.txt, *.md); '-' reads stdin.")]
Output = Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here (atomically) instead of stdout.")]
Strict = Annotated[bool, typer.Option("--strict", help="Refuse invalid UTF-8 instead of replacing it.")]
UserLexicons = Annotated[Optional[list[Path]], typer.Option(
    "--lexicon", "-l", help="A user lexicon JSONL file (repeatable); see `claimx lexicon add`.")]


class Terminated(BaseException):
    """SIGTERM (a scheduler's time limit, `kill`), raised where the program is, so temp files go.

    A BaseException, like KeyboardInterrupt, so no `except Exception` in the library swallows it.
    """


_MAIN_PID: list[int] = []  # the process the handler was installed in


def _raise_terminated(signum: int, frame: Any) -> None:
    if _MAIN_PID and os.getpid() != _MAIN_PID[0]:
        # a --jobs worker forked before its own handlers are set: stop as by default, no traceback
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
    raise Terminated


def exit_cleanly_on_sigterm() -> None:
    """Make SIGTERM unwind like Ctrl-C: the previous output stays and no temp file is left."""
    _MAIN_PID[:] = [os.getpid()]
    signal.signal(signal.SIGTERM, _raise_terminated)


_FULL_OR_BROKEN_OUTPUT = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO}


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's flush at exit does not fail (and print) again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def handled(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a ClaimxError into one message on stderr and its exit code; never a traceback."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            result = fn(*args, **kwargs)
            sys.stdout.flush()  # a write that fails must fail here, not in the interpreter's exit
            return result
        except ClaimxError as err:
            render.error(str(err))
            raise typer.Exit(err.exit_code) from None
        except KeyboardInterrupt:
            render.error("interrupted; no file was left half-written")
            raise typer.Exit(130) from None
        except Terminated:
            render.error("terminated; no file was left half-written")
            raise typer.Exit(128 + signal.SIGTERM) from None
        except BrokenPipeError:
            # `claimx extract … | head` closing the pipe early is not an error.
            sys.stderr.close()
            raise typer.Exit(0) from None
        except OSError as err:
            # What the library did not name (a full disk behind `>`, an I/O error): still one line.
            # Only files carry a name; what has none is the standard output the commands print to.
            reason = err.strerror or str(err)
            if err.filename:
                render.error(f"{err.filename}: {reason}")
            elif err.errno in _FULL_OR_BROKEN_OUTPUT:  # the commands' one unnamed output is stdout
                render.error(f"<stdout>: cannot write ({reason})")
                _drop_stdout()
            else:  # e.g. fork() refused for --jobs
                render.error(reason)
            raise typer.Exit(2) from None

    return wrapper

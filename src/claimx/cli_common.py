"""What every claimx command shares: the typer apps, option types, and the error handler."""

from __future__ import annotations

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
lexicon_app = typer.Typer(help="Validate lexicons, look entries up, add a user lexicon entry.",
                          context_settings={"help_option_names": ["-h", "--help"]}, no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")

Paths = Annotated[list[str], typer.Argument(help="Files or folders (recursed for *.txt, *.md); '-' reads stdin.")]
Output = Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here (atomically) instead of stdout.")]
Strict = Annotated[bool, typer.Option("--strict", help="Refuse invalid UTF-8 instead of replacing it.")]
UserLexicons = Annotated[Optional[list[Path]], typer.Option(
    "--lexicon", "-l", help="A user lexicon JSONL file (repeatable); see `claimx lexicon add`.")]


def handled(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a ClaimxError into one message on stderr and its exit code; never a traceback."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ClaimxError as err:
            render.error(str(err))
            raise typer.Exit(err.exit_code) from None
        except KeyboardInterrupt:
            render.error("interrupted; no output was written")
            raise typer.Exit(130) from None
        except BrokenPipeError:
            # `claimx extract … | head` closing the pipe early is not an error.
            sys.stderr.close()
            raise typer.Exit(0) from None

    return wrapper

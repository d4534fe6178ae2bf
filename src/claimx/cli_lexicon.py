"""`claimx lexicon check|list|add`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from claimx import render
from claimx.cli_common import handled, lexicon_app


@lexicon_app.command("check")
@handled
def lexicon_check_cli(
    extra: Annotated[Optional[list[Path]], typer.Argument(help="User lexicon files to check too.")] = None,
) -> None:
    """Validate the lexicon and cue files; exit 2 listing every problem.

    Example: [bold]claimx lexicon check my-terms.jsonl[/bold]
    """
    from claimx.cue_check import check_cue_files
    from claimx.errors import BadLexicon
    from claimx.lexicon import load_lexicon
    from claimx.lexicon_tools import check_lexicons

    problems = check_lexicons(None, extra or [])
    check_cue_files()
    if problems:
        raise BadLexicon("\n".join(problems))
    lex = load_lexicon(None, extra or [])
    render.lexicon_ok(len(lex), lex.fingerprint, len(lex.conflicts))


@lexicon_app.command("list")
@handled
def lexicon_list_cli(
    query: Annotated[str, typer.Argument(help="An id, a surface form, or words to match fuzzily.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many entries.")] = 10,
) -> None:
    """Look lexicon entries up by id, surface form or fuzzy name.

    Example: [bold]claimx lexicon list "TGF-beta"[/bold]
    """
    from claimx.lexicon import default_lexicon
    from claimx.lexicon_tools import find_entries

    render.lexicon_entries(find_entries(default_lexicon(), query, limit=limit))


@lexicon_app.command("add")
@handled
def lexicon_add_cli(
    file: Annotated[Path, typer.Argument(help="The user lexicon JSONL file to append to (created if missing).")],
    entry_id: Annotated[str, typer.Option("--id", help="Canonical id, e.g. claimx:MYGENE.")],
    name: Annotated[str, typer.Option("--name", help="Canonical name.")],
    type_: Annotated[str, typer.Option("--type", help="cell, cytokine, gene_protein, therapy, agent, disease, "
                                                     "outcome, process, trial, species or anatomy.")],
    synonyms: Annotated[Optional[list[str]], typer.Option("--synonym", "-s", help="A synonym (repeatable).")] = None,
    xrefs: Annotated[Optional[list[str]], typer.Option("--xref", "-x", help="An ontology id (repeatable).")] = None,
) -> None:
    """Add an entry to a user lexicon; use it with `extract --lexicon FILE`.

    Example: [bold]claimx lexicon add my-terms.jsonl --id claimx:XYZ --name XYZ-1 --type agent -s XYZ1[/bold]
    """
    from claimx.lexicon import Entry
    from claimx.lexicon_tools import add_user_entry

    add_user_entry(file, Entry(entry_id, name, type_, tuple(synonyms or ()), tuple(xrefs or ()), file.name))
    render.info(f"added {entry_id} to {file}")

"""Curation tools over the lexicons: check files, look entries up, add a user entry.

Used by `claimx lexicon check|list|add`; extraction needs only claimx.lexicon.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from .errors import BadLexicon, located
from .lexicon import Entry, Lexicon, file_row, lexicon_dir, lexicon_files, parse_entry, read_entries
from .variants import keys


def check_lexicons(directory: Path | None = None, extra: Sequence[Path] = ()) -> list[str]:
    """Human-readable problems of the lexicon files; [] when all is well."""
    problems: list[str] = []
    files = lexicon_files(directory, extra)
    if not files:
        return [f"{directory or lexicon_dir()}: no lexicon files found"]
    hand_written = {Path(p) for p in extra}
    for path in files:
        try:
            entries = read_entries(path)
        except BadLexicon as exc:
            problems.append(str(exc))
            continue
        if path.name == "domain.jsonl" or path in hand_written:
            problems.extend(_curation_problems(path, entries))
    return problems


def _curation_problems(path: Path, entries: list[Entry]) -> list[str]:
    """Keys one hand-written file gives to two entries of different types."""
    owner: dict[str, Entry] = {}
    out = []
    for entry in entries:
        for surface in entry.surfaces() + entry.exact:
            for key, _ in keys(surface, entry.type):
                first = owner.setdefault(key, entry)
                if first.id != entry.id and first.type != entry.type:
                    out.append(f"{path}: {surface!r} of {entry.id} ({entry.type}) is also "
                               f"{first.id} ({first.type})")
    return out


def find_entries(lexicon: Lexicon, query: str, limit: int = 10) -> list[Entry]:
    """Entries for a query: by id, by surface form, then fuzzy on names and synonyms."""
    from rapidfuzz import fuzz, process, utils

    found: dict[str, Entry] = {}
    for hit in (lexicon.get(query), lexicon.lookup(query)):
        if hit is not None:
            found.setdefault(hit.id, hit)
    choices = {}
    for entry in lexicon:
        for surface in entry.surfaces() + entry.exact:
            choices.setdefault(surface, entry.id)
    for surface, _, _ in process.extract(query, list(choices), scorer=fuzz.WRatio, limit=limit * 3,
                                         processor=utils.default_process, score_cutoff=70):
        entry = lexicon.get(choices[surface])
        if entry is not None:
            found.setdefault(entry.id, entry)
    return list(found.values())[:limit]


def add_user_entry(path: Path, entry: Entry) -> None:
    """Append a validated entry to a user lexicon file, atomically."""
    path = Path(path)
    row = file_row(entry)
    parse_entry(row, path, None)  # the same checks a load would make
    existing = read_entries(path) if path.exists() else []
    if any(e.id == entry.id for e in existing):
        raise BadLexicon(located(path, f"id {entry.id!r} is already in this file"))
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if old and not old.endswith("\n"):
        old += "\n"
    fd, tmp = tempfile.mkstemp(prefix=".lexicon-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(old + row + "\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

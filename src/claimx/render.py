"""What a person sees: messages, progress, tables and diffs (rich). The library never prints."""

from __future__ import annotations

import os
import sys
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, TextColumn, TimeRemainingColumn, TransferSpeedColumn
from rich.progress import Progress as RichProgress
from rich.table import Table
from rich.text import Text


def _width() -> int | None:
    # Tests and pipes get a fixed width so output is stable.
    return None if sys.stderr.isatty() else int(os.environ.get("COLUMNS", "100"))


def stdout() -> Console:
    return Console(file=sys.stdout, width=_width(), highlight=False, soft_wrap=False)


def stderr() -> Console:
    # Messages never wrap: a path or offset split across lines is hard to copy.
    return Console(file=sys.stderr, width=_width(), highlight=False, soft_wrap=True)


def error(message: str) -> None:
    stderr().print(Text("error: ", style="bold red") + Text(message))


def info(message: str) -> None:
    stderr().print(message)


def lexicon_ok(entries: int, fingerprint: str, conflicts: int) -> None:
    stdout().print(f"lexicons OK: {entries} entries, fingerprint {fingerprint}, "
                   f"{conflicts} cross-type surface clashes resolved by load order")


def lexicon_entries(entries: list[Any]) -> None:
    table = Table(show_edge=False)
    for col in ("id", "name", "type", "xrefs", "synonyms", "file"):
        table.add_column(col)
    for e in entries:
        syn = ", ".join(e.synonyms[:4]) + (" …" if len(e.synonyms) > 4 else "")
        table.add_row(e.id, e.name, e.type, " ".join(e.xrefs), syn, e.source)
    stdout().print(table)


def warn(message: str) -> None:
    stderr().print(Text("warning: ", style="yellow") + Text(message))


class Progress:
    """A progress bar on stderr when it is a terminal; a no-op otherwise.

    It counts bytes, not documents, so the rate and the time left hold for a folder that mixes
    abstracts and full papers; documents `--update` skips are taken off the total, not counted as done.
    """

    def __init__(self, enabled: bool = True, console: Console | None = None) -> None:
        self.enabled = enabled and (console is not None or sys.stderr.isatty())
        self._console = console
        self._bar: RichProgress | None = None
        self._task: Any = None
        self._totals: tuple[int | None, int | None] = (None, None)  # (bytes, documents) to read

    def __enter__(self) -> Progress:
        if self.enabled:
            self._bar = RichProgress(
                BarColumn(bar_width=12), TextColumn("{task.fields[docs]} docs · {task.fields[claims]} claims"),
                DownloadColumn(), TransferSpeedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                console=self._console or stderr(), transient=True,  # fits 80 columns
            )
            self._bar.__enter__()
            # hidden until extract reports its totals (the pipeline loads first)
            self._task = self._bar.add_task("extract", total=None, docs="0", claims=0, visible=False)
        return self

    def advance(self, event: dict[str, Any]) -> None:
        if self._bar is None:
            return
        if "total_bytes" in event:
            self._totals = (event["total_bytes"], event["total_documents"])
        total_bytes, total_docs = self._totals
        done = event.get("documents", 0)
        total = None if total_bytes is None else max(0, total_bytes - event.get("skipped_bytes", 0))
        self._bar.update(self._task, visible=True, total=total, completed=event.get("bytes", 0), claims=event.get("claims", 0),
                         docs=f"{done}/{max(done, total_docs)}" if total_docs is not None else str(done))

    def renderable(self) -> Any:
        """What the bar shows now (for tests)."""
        return self._bar.get_renderable() if self._bar is not None else None

    def __exit__(self, *exc: Any) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)


def extract_summary(summary: dict[str, Any], output: Any) -> None:
    parts = [f"{summary['documents']} documents", f"{summary['claims']} claims"]
    if summary.get("skipped"):
        parts.append(f"{summary['skipped']} unchanged documents skipped")
    stderr().print(f"wrote {output}: " + ", ".join(parts))


def stats(data: dict[str, Any]) -> None:
    con = stdout()
    con.print(f"[bold]{data['claims']}[/bold] claims in [bold]{data['documents']}[/bold] documents "
              f"({data['negated']} negated, {data['hedged']} hedged)")
    for title, key in (("predicate", "by_predicate"), ("subject type → object type", "by_types"),
                       ("document", "by_document"), ("subject op", "by_op")):
        rows = data.get(key) or {}
        if not rows:
            continue
        table = Table(title=f"by {title}", title_justify="left", show_edge=False)
        table.add_column(title)
        table.add_column("claims", justify="right")
        for name, count in rows.items():
            table.add_row(str(name), str(count))
        con.print(table)
    top = data.get("top_entities") or []
    if top:
        table = Table(title="top entities", title_justify="left", show_edge=False)
        for col in ("entity", "type", "id", "claims"):
            table.add_column(col, justify="right" if col == "claims" else "left")
        for row in top:
            table.add_row(row["norm"], row["type"], row["id"], str(row["count"]))
        con.print(table)
    review = data.get("review")
    if review:
        con.print("review: " + ", ".join(f"{k} {v}" for k, v in review.items()))


def normalize_diff(original: str, result: Any) -> None:
    """Inline diff of the normalized text: deletions red and struck, insertions green; without
    colour (a pipe, NO_COLOR) git's word-diff markers [-old-]{+new+} instead."""
    con = stdout()
    plain = con.no_color or not con.is_terminal
    out = Text()
    pos = 0
    for edit in result.edits:
        start, end = edit.span
        if start < pos:
            continue
        out.append(original[pos:start])
        if edit.rule in ("unwrap",):
            out.append(edit.replacement)
        else:
            if edit.original:
                out.append(f"[-{edit.original}-]" if plain else edit.original, style="red strike")
            if edit.replacement:
                out.append(f"{{+{edit.replacement}+}}" if plain else edit.replacement, style="bold green")
        pos = end
    out.append(original[pos:])
    con.print(out)


def eval_table(reports: dict[str, Any], kinds: list[tuple[str, int, Any]] | None = None) -> None:
    """P/R/F1 per (set, level) from `claimx.evaluate.EvalReport`s, then the commonest error kinds."""
    con = stdout()
    table = Table(title="claim extraction vs gold", title_justify="left", show_edge=False)
    for col in ("set", "level", "P", "R", "F1", "TP", "FP", "FN", "hedge agree"):
        table.add_column(col, justify="left" if col in ("set", "level") else "right")
    for name, report in reports.items():
        for i, s in enumerate(report.levels):
            hedge = f"{s.hedge_agree / s.tp:.2f}" if s.tp else "-"
            table.add_row(name if i == 0 else "", s.level, f"{s.precision:.3f}", f"{s.recall:.3f}",
                          f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn), hedge,
                          end_section=i == len(report.levels) - 1)
    con.print(table)
    for name, report in reports.items():
        if report.ignored_pred:
            con.print(f"{name}: {report.ignored_pred} predicted claims in documents without gold were not scored")
    if kinds:
        con.print("[bold]commonest error kinds[/bold] (full level)")

        def clip(text: str, limit: int = 160) -> str:
            text = " ".join(text.split())
            return text if len(text) <= limit else text[: limit - 1] + "…"

        for kind, count, ex in kinds:
            con.print(f"  {count:5d}  {kind}", highlight=False)
            for label, claim in (("gold", ex.gold), ("pred", ex.pred)):
                if claim is not None:
                    con.print(Text(f"         {label}: {claim.summary()}"))
            con.print(Text(f"         in {ex.doc}: “{clip(ex.evidence)}”", style="dim"))


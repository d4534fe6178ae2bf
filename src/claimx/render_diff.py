"""Rendering of claim diffs and the interactive review screen; with render.py, the only printing module."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Sequence

import click
from rich.console import Console
from rich.markup import escape
from rich.text import Text

from claimx import render
from claimx.diff import Change, DiffResult
from claimx.model import Claim

SUBJECT_STYLE = "bold cyan"
OBJECT_STYLE = "bold magenta"
MARKS = {"added": ("+", "green"), "removed": ("-", "red"), "changed": ("~", "yellow"),
         "moved": (">", "blue")}


def _console() -> Console:
    # Built per call so that it writes to whatever sys.stdout is now (CliRunner swaps it).
    return render.stdout()


def locate(claim: Claim, which: str) -> tuple[int, int] | None:
    """Where the subject or object sits in the (normalized) evidence text, if it can be found."""
    arg = claim.subject if which == "subject" else claim.object
    text = claim.evidence.text
    start = arg.span[0] - claim.evidence.span[0]
    end = start + len(arg.text)
    if 0 <= start and text[start:end] == arg.text:
        return start, end
    for needle in (arg.text, arg.norm):
        i = text.find(needle) if needle else -1
        if i >= 0:
            return i, i + len(needle)
    return None


def sentence_text(claims: Sequence[Claim]) -> Text:
    """The evidence sentence with the subjects and objects of `claims` highlighted."""
    ev = claims[0].evidence.text.replace("\r", " ").replace("\n", " ")
    out = Text(ev)
    for c in claims:
        for which, style in (("subject", SUBJECT_STYLE), ("object", OBJECT_STYLE)):
            where = locate(c, which)
            if where:
                out.stylize(style, *where)
    return out


def _arg(a) -> str:
    op = f"{a.op} of " if a.op else ""
    norm = f" [{a.norm}]" if a.norm and a.norm != a.text else ""
    proc = f" ({a.process})" if a.process else ""
    return f"{op}{a.text}{norm}{proc}"


def claim_line(c: Claim) -> str:
    neg = "NOT " if c.negated else ""
    flags = ", hedged" if c.hedged else ""
    return f"{_arg(c.subject)} —{neg}{c.predicate}→ {_arg(c.object)}  (confidence {c.confidence:.2f}{flags})"


def _fmt(value: object) -> str:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return "null" if value is None else str(value).lower() if isinstance(value, bool) else str(value)


def summary_line(result: DiffResult, include_moved: bool) -> str:
    n = result.counts
    moved = f"{n['moved']} moved" + ("" if include_moved or not n["moved"] else " (hidden; --moved shows them)")
    return (f"{n['added']} added, {n['removed']} removed, {n['changed']} changed, "
            f"{moved}, {n['unchanged']} unchanged")


def _change_text(ch: Change) -> Text:
    mark, colour = MARKS[ch.kind]
    line = Text(f"  {mark} {ch.kind:<8} ", style=colour)
    line.append(escape_plain(claim_line(ch.claim)))
    for name, (old, new) in ch.fields.items():
        line.append(f"\n      {name}: ")
        line.append(_fmt(old), style="red strike")
        line.append(" → ")
        line.append(_fmt(new), style="bold green")
    if ch.kind == "moved" or (ch.old and ch.new and ch.old.id != ch.new.id):
        line.append(f"\n      id: {ch.old.id} → {ch.new.id}", style="dim")  # type: ignore[union-attr]
    return line


def escape_plain(s: str) -> str:
    return s.replace("\r", " ").replace("\n", " ")


def show_diff_text(result: DiffResult, include_moved: bool = False) -> None:
    con = _console()
    doc = None
    for s in result.sentences(include_moved):
        if s.doc != doc:
            doc = s.doc
            con.rule(Text(doc, style="bold"), align="left")
        where = f"{s.section} · " if s.section else ""
        con.print(Text(f"{where}chars {s.span[0]}–{s.span[1]}", style="dim"))
        con.print(Text("  ") + sentence_text([ch.claim for ch in s.changes]))
        for ch in s.changes:
            con.print(_change_text(ch))
    con.print(Text(summary_line(result, include_moved), style="bold"))


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")


def md_escape(s: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", escape_plain(s))


def diff_markdown(result: DiffResult, include_moved: bool = False) -> str:
    lines = ["# claimx diff", "", md_escape(summary_line(result, include_moved)), ""]
    doc = None
    for s in result.sentences(include_moved):
        if s.doc != doc:
            doc = s.doc
            lines += [f"## {md_escape(doc)}", ""]
        where = f"{md_escape(s.section)} · " if s.section else ""
        lines += [f"### {where}chars {s.span[0]}–{s.span[1]}", "", f"> {md_escape(s.text)}", ""]
        for ch in s.changes:
            lines.append(f"- **{ch.kind}** {md_escape(claim_line(ch.claim))}")
            for name, (old, new) in ch.fields.items():
                lines.append(f"  - {name}: ~~{md_escape(_fmt(old))}~~ → **{md_escape(_fmt(new))}**")
        lines.append("")
    return "\n".join(lines)


def show_diff(result: DiffResult, fmt: str, include_moved: bool = False) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(result.to_dict(include_moved), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "md":
        sys.stdout.write(diff_markdown(result, include_moved))
    else:
        show_diff_text(result, include_moved)


# ---- review screen ---------------------------------------------------------------------------

KEYS = {"a": "accepted", "r": "rejected", "s": "skip", "n": "note", "q": "quit"}
PROMPT = "[a]ccept  [r]eject  [s]kip  [n]ote  [q]uit"


def _read_key() -> str:
    """One key press on a terminal; one line otherwise (pipes, tests). '' at end of input."""
    if sys.stdin.isatty():
        return click.getchar().strip().lower()
    line = sys.stdin.readline()
    return line.strip()[:1].lower() if line else "q"


def _read_note() -> str:
    if sys.stdin.isatty():
        return click.prompt("note", default="", show_default=False)
    return sys.stdin.readline().rstrip("\r\n")


def show_claim(con: Console, claim: Claim, index: int, total: int, status: str | None) -> None:
    con.rule(Text(f"{index}/{total}  {claim.doc.path}", style="bold"), align="left")
    where = f"{claim.evidence.section} · " if claim.evidence.section else ""
    con.print(Text(f"{where}chars {claim.evidence.span[0]}–{claim.evidence.span[1]}  {claim.id}"
                   + (f"  (was {status})" if status else ""), style="dim"))
    con.print(sentence_text([claim]))
    line = Text("  ")
    line.append(escape_plain(_arg(claim.subject)), style=SUBJECT_STYLE)
    line.append(f"  —{'NOT ' if claim.negated else ''}{claim.predicate}→  ")
    line.append(escape_plain(_arg(claim.object)), style=OBJECT_STYLE)
    line.append(f"   confidence {claim.confidence:.2f}" + ("  hedged" if claim.hedged else ""), style="dim")
    con.print(line)


def review_loop(claims: Sequence[Claim], record: Callable[[Claim, str, str | None], None],
                status: Callable[[str], str | None] = lambda _id: None) -> dict[str, int]:
    """Offer each claim; `record(claim, decision, note)` stores a decision as it is made."""
    con = _console()
    counts = {"accepted": 0, "rejected": 0, "skipped": 0, "notes": 0}
    for i, claim in enumerate(claims, 1):
        show_claim(con, claim, i, len(claims), status(claim.id))
        note: str | None = None
        while True:
            con.print(escape(PROMPT) + (f"  (note: {escape(note)})" if note else ""))
            try:
                key = _read_key()
            except (KeyboardInterrupt, EOFError):
                key = "q"  # decisions so far are already saved
            action = KEYS.get(key)
            if action == "note":
                note = _read_note() or None
                continue
            if action in ("accepted", "rejected"):
                record(claim, action, note)
                counts[action] += 1
                break
            if action in ("skip", "quit"):
                if note:
                    record(claim, "note", note)
                    counts["notes"] += 1
                if action == "quit":
                    con.print(_review_summary(counts))
                    return counts
                counts["skipped"] += 1
                break
            if key:
                con.print(f"unknown key {escape(key)!r}")
    con.print(_review_summary(counts))
    return counts


def _review_summary(counts: dict[str, int]) -> str:
    return (f"{counts['accepted']} accepted, {counts['rejected']} rejected, "
            f"{counts['skipped']} skipped, {counts['notes']} notes saved")


def review_done(message: str) -> None:
    _console().print(escape(message))


def export_done(summary, output: object) -> None:
    """One line on stderr after `export -o`: how many claims went where."""
    left_out = summary.selected - summary.written
    extra = f" ({left_out} negated left out)" if left_out else ""
    render.stderr().print(escape(f"{summary.written} of {summary.read} claims written to {output} "
                                 f"as {summary.format}{extra}"))

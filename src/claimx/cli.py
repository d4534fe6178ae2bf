"""The `claimx` command: parses options, calls the library, hands results to render."""

from __future__ import annotations

import gc
import signal
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from claimx import cli_lexicon  # noqa: F401  (registers `claimx lexicon ...`)
from claimx import render
from claimx.cli_common import (Output, Paths, Strict, Terminated, UserLexicons, app, exit_cleanly_on_sigterm,
                               handled)
from claimx.collector import no_gc
from claimx.errors import BadUsage


@app.command("extract")
@handled
def extract_cli(
    paths: Paths,
    output: Output = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Worker processes; 0: one per CPU this "
                                      "process may use.")] = 1,
    update: Annotated[bool, typer.Option("--update", help="Merge into the existing store given by -o, "
                                         "re-reading only changed documents.")] = False,
    prune: Annotated[bool, typer.Option("--prune", help="With --update: drop claims of files that no longer exist.")
                     ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    strict: Strict = False,
    lexicon: UserLexicons = None,
    model: Annotated[Optional[str], typer.Option(
        "--model", metavar="NAME", help="An installed spaCy pipeline (name or folder) whose dependency parser "
        "gives verbs' subjects and objects; optional, the default needs none.")] = None,
) -> None:
    """Extract directional claims to a JSONL store.

    Example: [bold]claimx extract corpus/ -o claims.jsonl[/bold]
    """
    if update and output is None:
        raise BadUsage("--update needs -o STORE: the store to merge into")
    # Start-up (spaCy's import, the pipeline, the lexicons) makes little but what lives until exit:
    # the collector's ~430 passes over it cost ~0.15 s. extract.frozen_heap freezes it all and
    # turns the collector on for the documents.
    with no_gc(), render.Progress(enabled=not quiet and output is not None) as progress:
        from claimx.extract import default_nlp, extract_to_store
        from claimx.workers import usable_cpus

        jobs = jobs or usable_cpus()
        summary = extract_to_store(paths, output, jobs=jobs, update=update, strict=strict,
                                   stream=sys.stdout, on_document=progress.advance, on_warning=render.warn,
                                   nlp=default_nlp(lexicon or (), model), prune=prune)
    if not quiet and output is not None:
        render.extract_summary(summary, output)


@app.command("entities")
@handled
def entities_cli(paths: Paths, output: Output = None, strict: Strict = False, lexicon: UserLexicons = None) -> None:
    """Write recognized entity mentions as JSONL.

    Example: [bold]claimx entities corpus/liver-metastasis-ici-review.txt -o mentions.jsonl[/bold]
    """
    with no_gc():  # start-up, as for extract
        from claimx.extract import default_nlp, iter_mention_records
        from claimx.store import write_lines

        records = iter_mention_records(paths, nlp=default_nlp(lexicon or ()), strict=strict, on_warning=render.warn)
        write_lines(output, records, stream=sys.stdout)


@app.command("normalize")
@handled
def normalize_cli(
    path: Annotated[str, typer.Argument(help="A text file, or '-' for stdin.")],
    edits: Annotated[bool, typer.Option("--edits", help="Print the edits as JSONL instead of the text.")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Show a coloured inline diff of the repairs.")] = False,
    strict: Strict = False,
) -> None:
    """Print the normalized text (OCR and layout repaired), its edits, or a diff.

    Example: [bold]claimx normalize corpus/liver-metastasis-ici-review.txt --diff[/bold]
    """
    from claimx.extract import normalize_source
    from claimx.sources import read_source
    from claimx.store import write_lines

    if edits and diff:
        raise BadUsage("choose one of --edits and --diff")
    source = read_source(path, strict=strict)
    for w in source.warnings:
        render.warn(w)
    result = normalize_source(source)
    if edits:
        write_lines(None, (e.to_dict() for e in result.edits), stream=sys.stdout)
    elif diff:
        render.normalize_diff(source.text, result)
    else:
        sys.stdout.write(result.text)


@app.command("stats")
@handled
def stats_cli(store: Annotated[Path, typer.Argument(help="A claims JSONL store.")]) -> None:
    """Counts by predicate, type and document, and the top entities.

    Example: [bold]claimx stats claims.jsonl[/bold]
    """
    from claimx.stats import store_stats

    render.stats(store_stats(store))


@app.command("diff")
@handled
def diff_cli(
    old: Annotated[Path, typer.Argument(help="The earlier store.")],
    new: Annotated[Path, typer.Argument(help="The later store.")],
    format: Annotated[str, typer.Option("--format", "-f", help="text, json or md.")] = "text",
    exit_code: Annotated[bool, typer.Option("--exit-code", help="Exit 1 when the stores differ.")] = False,
    moved: Annotated[bool, typer.Option("--moved", help="Also show (and count as differences) claims "
                                                       "whose only change is their id or offsets.")] = False,
) -> None:
    """Claims added, removed and changed between two stores, by document and sentence.

    A claim whose direction, negation, hedge, normalization or confidence changed is one change;
    a claim whose only change is its id or offsets (its paper was edited elsewhere) is "moved".

    Example: [bold]claimx diff old.jsonl claims.jsonl --exit-code[/bold]
    """
    from claimx import render_diff
    from claimx.diff import diff_stores

    if format not in ("text", "json", "md"):
        raise BadUsage(f"unknown format {format!r}; choose from text, json, md")
    result = diff_stores(old, new)
    render_diff.show_diff(result, format, include_moved=moved)
    if exit_code and result.different(include_moved=moved):
        raise typer.Exit(1)


@app.command("review")
@handled
def review_cli(
    store: Annotated[Path, typer.Argument(help="A claims JSONL store.")],
    accept: Annotated[Optional[list[str]], typer.Option("--accept", help="Accept these claim ids "
                                                        "(repeat the option or separate by commas).")] = None,
    reject: Annotated[Optional[list[str]], typer.Option("--reject", help="Reject these claim ids.")] = None,
    note: Annotated[Optional[str], typer.Option("--note", help="A note for --accept/--reject.")] = None,
    from_diff: Annotated[Optional[Path], typer.Option("--from-diff", help="Offer only claims added or "
                                                      "changed since this older store.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Offer reviewed claims again too.")] = False,
    reviewer: Annotated[Optional[str], typer.Option("--reviewer", help="Name recorded; default $USER.")] = None,
) -> None:
    """Accept, reject or annotate claims; decisions survive re-extraction.

    Keys: a accept, r reject, s skip, n note, q quit. Decisions are appended to
    claims.review.jsonl beside claims.jsonl, keyed by claim id.

    Example: [bold]claimx review claims.jsonl --from-diff old.jsonl[/bold]
    """
    from claimx import render_diff
    from claimx.review import ReviewLog, decide, load_state, review_path, split_ids, to_review

    accept_ids, reject_ids = split_ids(accept or []), split_ids(reject or [])
    if accept_ids or reject_ids:
        if from_diff is not None or all_:
            raise BadUsage("--accept/--reject record decisions directly; drop --from-diff/--all")
        both = sorted(set(accept_ids) & set(reject_ids))
        if both:
            raise BadUsage(f"both accepted and rejected: {', '.join(both)}")
        done = decide(store, accept_ids, "accepted", note, reviewer) if accept_ids else []
        done += decide(store, reject_ids, "rejected", note, reviewer) if reject_ids else []
        plural = "" if len(done) == 1 else "s"
        render_diff.review_done(f"{len(done)} decision{plural} written to {review_path(store)}")
        return
    if note is not None:
        raise BadUsage("--note goes with --accept or --reject (press n to add a note interactively)")
    claims = to_review(store, from_diff=from_diff, include_reviewed=all_)
    if not claims:
        render_diff.review_done("nothing to review")
        return
    log = ReviewLog(store, reviewer)
    state = load_state(store)
    status = (lambda i: None if state.of(i) == "unreviewed" else state.of(i))
    render_diff.review_loop(claims, lambda c, d, n: log.record(c.id, d, n), status)


@app.command("export")
@handled
def export_cli(
    store: Annotated[Path, typer.Argument(help="A claims JSONL store.")],
    format: Annotated[str, typer.Option("--format", "-f", help="csv, tsv, ntriples, turtle, jsonld, "
                                        "graphml, bel or cypher.")],
    output: Output = None,
    min_confidence: Annotated[Optional[float], typer.Option("--min-confidence", min=0.0, max=1.0,
                                                            help="Leave out claims below this.")] = None,
    status: Annotated[Optional[list[str]], typer.Option("--status", help="Only claims with this review "
                                                        "status: accepted, rejected, unreviewed.")] = None,
    exclude_negated: Annotated[bool, typer.Option("--exclude-negated", help="Leave out negated claims.")] = False,
    type_: Annotated[Optional[list[str]], typer.Option("--type", help="Only claims with an entity of "
                                                       "this type on either side (repeatable).")] = None,
) -> None:
    """Export claims as csv, tsv, ntriples, turtle, graphml, bel, cypher or jsonld.

    The RDF vocabulary is in docs/vocabulary.md; BEL leaves negated claims out.

    Example: [bold]claimx export claims.jsonl --format turtle -o claims.ttl --status accepted[/bold]
    """
    from claimx import render_diff
    from claimx.export import Filters, export_store, writer

    writer(format)  # an unknown format fails before anything is read or written
    filters = Filters(min_confidence, frozenset(status or ()), exclude_negated, frozenset(type_ or ()))
    summary = export_store(store, format, output, stream=sys.stdout, filters=filters)
    if output is not None:
        render_diff.export_done(summary, output)


@app.command("eval")
@handled
def eval_cli(
    pred: Annotated[Path, typer.Argument(help="Predicted claims (JSONL store).")],
    gold: Annotated[Path, typer.Option("--gold", help="Gold claims (JSONL).")],
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    errors: Annotated[int, typer.Option("--errors", min=0, help="Also show the N commonest error kinds.")] = 0,
    all_docs: Annotated[bool, typer.Option(
        "--all-docs", help="Score predictions in documents that have no gold claim too (as false positives).")] = False,
) -> None:
    """Precision, recall and F1 of predicted claims against gold, at three levels.

    Levels: pair (subject and object spans overlap), directed (+ predicate),
    full (+ negated, + subject op). Documents are paired by path, or by the
    longest common path ending when the two files were made from different folders.

    Example: [bold]claimx eval --gold tests/gold/review-gold.jsonl claims.jsonl --errors 10[/bold]
    """
    import json

    from claimx.evaluate import evaluate, load_claims
    from claimx.evaluate_errors import error_examples, error_kinds

    if fmt not in ("table", "json"):
        raise BadUsage(f"--format must be table or json, not {fmt!r}")
    gold_claims = load_claims(gold, "gold claim")
    pred_claims = load_claims(pred, "claim")
    report = evaluate(gold_claims, pred_claims, all_pred_docs=all_docs)
    kinds = error_kinds(error_examples(gold_claims, pred_claims, all_pred_docs=all_docs), errors) if errors else []
    if fmt == "json":
        out = report.to_dict()
        if errors:
            out["errors"] = [{"kind": k, "count": n, "example": ex.to_dict()} for k, n, ex in kinds]
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    else:
        render.eval_table({str(gold): report}, kinds)


def main() -> None:
    exit_cleanly_on_sigterm()
    try:
        app()
    except Terminated:  # outside a command (while typer parses): nothing was being written
        sys.exit(128 + signal.SIGTERM)
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # at exit, a SIGTERM just ends the process
        # The interpreter's collections at exit walked everything still alive (spaCy, the lexicons:
        # ~0.2 s, more than a small run's documents); frozen, it is left to the OS to reclaim.
        # Output is already closed and flushed, and atexit handlers still run.
        gc.freeze()

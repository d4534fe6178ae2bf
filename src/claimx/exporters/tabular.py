"""CSV and TSV: one row per claim, flat columns; lists joined with '|'."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO, Any

from claimx.model import Argument, Claim

ARG_COLUMNS = ("text", "norm", "type", "id", "xrefs", "op", "process", "start", "end")
COLUMNS = (
    "id", "doc_path", "doc_sha256",
    *(f"subject_{c}" for c in ARG_COLUMNS),
    "predicate",
    *(f"object_{c}" for c in ARG_COLUMNS),
    "negated", "hedged", "confidence",
    "evidence_text", "evidence_start", "evidence_end", "section",
    "species", "setting", "diseases", "extractor_version",
)


def _arg(a: Argument) -> list[Any]:
    return [a.text, a.norm, a.type, a.id, "|".join(a.xrefs), a.op or "", a.process or "", a.span[0], a.span[1]]


def row(c: Claim) -> list[Any]:
    return [
        c.id, c.doc.path, c.doc.sha256, *_arg(c.subject), c.predicate, *_arg(c.object),
        str(c.negated).lower(), str(c.hedged).lower(), repr(c.confidence),
        c.evidence.text, c.evidence.span[0], c.evidence.span[1], c.evidence.section or "",
        "|".join(c.context.species), c.context.setting or "", "|".join(c.context.diseases), c.extractor.version,
    ]


def _write(claims: Iterable[Claim], out: IO[str], delimiter: str) -> int:
    # Quoting (not stripping) keeps tabs, quotes and newlines inside fields intact; the csv module
    # and spreadsheet tools read them back.
    w = csv.writer(out, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(COLUMNS)
    n = 0
    for c in claims:
        w.writerow(row(c))
        n += 1
    return n


def write_csv(claims: Iterable[Claim], out: IO[str]) -> int:
    return _write(claims, out, ",")


def write_tsv(claims: Iterable[Claim], out: IO[str]) -> int:
    return _write(claims, out, "\t")

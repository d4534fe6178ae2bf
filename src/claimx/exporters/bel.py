"""BEL script: one causal statement per claim, with SET Citation / SET Evidence before it.

BEL has no negation, so negated claims are left out (a comment says so).  BEL speaks of the
abundance of the subject, so a claim about *inhibiting* the subject is written with the
opposite relation ("blocking CCL2 decreases X" -> `p(HGNC:"CCL2") increases X`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

from claimx import __version__
from claimx.exporters.names import bel_function, bel_name, prefixes
from claimx.model import Argument, Claim

FLIP = {"increases": "decreases", "decreases": "increases"}


def bel_string(s: str) -> str:
    # BEL strings escape quote and backslash; a statement must stay on one line.
    s = " ".join(s.replace("\\", "\\\\").replace('"', '\\"').split())
    return f'"{s}"'


def term(a: Argument) -> str:
    ns, value = bel_name(a)
    return f"{bel_function(a.type)}({ns}:{bel_string(value)})"


def relation(c: Claim) -> str:
    return FLIP[c.predicate] if c.subject.op == "inhibition" else c.predicate


def header() -> list[str]:
    lines = [
        'SET DOCUMENT Name = "claimx export"',
        f"SET DOCUMENT Version = {bel_string(__version__)}",
        'SET DOCUMENT Description = "Directional claims extracted by claimx"',
        "",
    ]
    for ns in sorted({bel for _idorg, bel in prefixes().values()} | {"CLAIMX"}):
        lines.append(f'DEFINE NAMESPACE {ns} AS PATTERN ".*"')
    lines += ['DEFINE ANNOTATION ClaimxId AS PATTERN ".*"',
              'DEFINE ANNOTATION Confidence AS PATTERN ".*"',
              'DEFINE ANNOTATION Hedged AS LIST {"true", "false"}', ""]
    return lines


def statement_lines(c: Claim) -> list[str]:
    return [
        f'SET Citation = {{"Other", {bel_string(c.doc.path)}, {bel_string("sha256:" + c.doc.sha256)}}}',
        f"SET Evidence = {bel_string(c.evidence.text)}",
        f"SET ClaimxId = {bel_string(c.id)}",
        f"SET Confidence = {bel_string(repr(float(c.confidence)))}",
        f"SET Hedged = {bel_string('true' if c.hedged else 'false')}",
        f"{term(c.subject)} {relation(c)} {term(c.object)}",
        "",
    ]


def write_bel(claims: Iterable[Claim], out: IO[str]) -> int:
    out.write("\n".join(header()) + "\n")
    n = 0
    for c in claims:
        if c.negated:
            out.write(f"# skipped negated claim {c.id} (BEL cannot state a negation)\n\n")
            continue
        out.write("\n".join(statement_lines(c)) + "\n")
        n += 1
    return n

"""Cypher for Neo4j: MERGE each entity by id, CREATE one relationship per claim.

Run with `cypher-shell -f claims.cypher`; one statement per line, each ending in ';'.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

from claimx.exporters.escape import COMMON, escaped
from claimx.model import Argument, Claim

_ESC = {**COMMON, "'": "\\'"}


def cypher_string(s: str) -> str:
    return "'" + escaped(s, _ESC) + "'"


def value(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(value(x) for x in v) + "]"
    if v is None:
        return "null"
    return cypher_string(str(v))


def props(d: dict[str, object]) -> str:
    # Nulls are left out: Neo4j does not store null properties.
    return "{" + ", ".join(f"{k}: {value(v)}" for k, v in d.items() if v is not None) + "}"


def _merge(var: str, a: Argument) -> str:
    return (f"MERGE ({var}:Entity {{id: {cypher_string(a.id)}}}) ON CREATE SET {var} += "
            + props({"name": a.norm, "type": a.type, "xrefs": list(a.xrefs)}))


def statement(c: Claim) -> str:
    rel = props({
        "id": c.id, "negated": c.negated, "hedged": c.hedged, "confidence": float(c.confidence),
        "subject_text": c.subject.text, "subject_op": c.subject.op, "object_text": c.object.text,
        "object_process": c.object.process, "evidence": c.evidence.text,
        "evidence_start": c.evidence.span[0], "evidence_end": c.evidence.span[1],
        "section": c.evidence.section, "doc": c.doc.path, "sha256": c.doc.sha256,
    })
    # A self-loop claim (subject and object the same entity) reuses the one node.
    obj = "s" if c.object.id == c.subject.id else "o"
    merges = _merge("s", c.subject) + ("" if obj == "s" else " " + _merge("o", c.object))
    return f"{merges} CREATE (s)-[:{c.predicate.upper()} {rel}]->({obj});"


def write_cypher(claims: Iterable[Claim], out: IO[str]) -> int:
    out.write("CREATE CONSTRAINT claimx_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;\n")
    n = 0
    for c in claims:
        out.write(statement(c) + "\n")
        n += 1
    return n

"""RDF in N-Triples, Turtle and JSON-LD, written by hand; the vocabulary is docs/vocabulary.md.

Each claim is a `cx:Claim` resource pointing to its subject and object entities, its document
and its evidence; entities and documents are described once, the first time they appear.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, NamedTuple

from claimx.exporters.escape import COMMON, escaped
from claimx.exporters.names import VOCAB, claim_iri, curie_iri, doc_iri, entity_iri
from claimx.model import Argument, Claim

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_EXACT = "http://www.w3.org/2004/02/skos/core#exactMatch"
XSD = "http://www.w3.org/2001/XMLSchema#"
PREFIXES = {"cx": VOCAB, "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "skos": "http://www.w3.org/2004/02/skos/core#",
            "xsd": XSD}


class Iri(NamedTuple):
    value: str


class Lit(NamedTuple):
    value: str
    datatype: str | None = None  # None = xsd:string


Triple = tuple[str, str, Iri | Lit]


def _bool(b: bool) -> Lit:
    return Lit("true" if b else "false", XSD + "boolean")


def _int(i: int) -> Lit:
    return Lit(str(int(i)), XSD + "integer")


def _arg_triples(arg: Argument, seen: set[str]) -> Iterator[Triple]:
    iri = entity_iri(arg)
    if iri in seen:
        return
    seen.add(iri)
    yield iri, RDF_TYPE, Iri(VOCAB + "Entity")
    yield iri, RDFS_LABEL, Lit(arg.norm)
    yield iri, VOCAB + "entityType", Lit(arg.type)
    yield iri, VOCAB + "claimxId", Lit(arg.id)
    for x in arg.xrefs:
        yield iri, VOCAB + "xref", Lit(x)
        other = curie_iri(x)
        if other and other != iri:
            yield iri, SKOS_EXACT, Iri(other)


def claim_triples(c: Claim, seen: set[str]) -> Iterator[Triple]:
    """The triples of one claim, plus those of entities and documents not yet in `seen`."""
    s = claim_iri(c.id)
    v = VOCAB
    yield s, RDF_TYPE, Iri(v + "Claim")
    yield s, v + "claimId", Lit(c.id)
    yield s, v + "subject", Iri(entity_iri(c.subject))
    yield s, v + "predicate", Iri(v + c.predicate)
    yield s, v + "object", Iri(entity_iri(c.object))
    yield s, v + "negated", _bool(c.negated)
    yield s, v + "hedged", _bool(c.hedged)
    yield s, v + "confidence", Lit(repr(float(c.confidence)), XSD + "double")
    for role, arg in (("subject", c.subject), ("object", c.object)):
        yield s, f"{v}{role}Text", Lit(arg.text)
        yield s, f"{v}{role}Start", _int(arg.span[0])
        yield s, f"{v}{role}End", _int(arg.span[1])
        if arg.op:
            yield s, f"{v}{role}Operator", Lit(arg.op)
        if arg.process:
            yield s, f"{v}{role}Process", Lit(arg.process)
    yield s, v + "evidence", Lit(c.evidence.text)
    yield s, v + "evidenceStart", _int(c.evidence.span[0])
    yield s, v + "evidenceEnd", _int(c.evidence.span[1])
    if c.evidence.section:
        yield s, v + "section", Lit(c.evidence.section)
    for sp in c.context.species:
        yield s, v + "species", Lit(sp)
    if c.context.setting:
        yield s, v + "setting", Lit(c.context.setting)
    for d in c.context.diseases:
        yield s, v + "disease", Lit(d)
    yield s, v + "extractorVersion", Lit(c.extractor.version)
    d = doc_iri(c.doc.path, c.doc.sha256)
    yield s, v + "document", Iri(d)
    if d not in seen:
        seen.add(d)
        yield d, RDF_TYPE, Iri(v + "Document")
        yield d, v + "path", Lit(c.doc.path)
        yield d, v + "sha256", Lit(c.doc.sha256)
    yield from _arg_triples(c.subject, seen)
    yield from _arg_triples(c.object, seen)


_ECHAR = {**COMMON, '"': '\\"'}


def quote_literal(s: str) -> str:
    """A double-quoted N-Triples/Turtle string; other control characters become \\uXXXX."""
    return '"' + escaped(s, _ECHAR) + '"'


def _term(t: Iri | Lit) -> str:
    if isinstance(t, Iri):
        return f"<{t.value}>"
    if t.datatype is None:
        return quote_literal(t.value)
    return f"{quote_literal(t.value)}^^<{t.datatype}>"


def _all_triples(claims: Iterable[Claim], counter: list[int]) -> Iterator[list[Triple]]:
    seen: set[str] = set()
    for c in claims:
        counter[0] += 1
        yield list(claim_triples(c, seen))


def write_ntriples(claims: Iterable[Claim], out: IO[str]) -> int:
    n = [0]
    for triples in _all_triples(claims, n):
        for s, p, o in triples:
            out.write(f"<{s}> <{p}> {_term(o)} .\n")
    return n[0]


def _short(iri: str) -> str:
    # Only vocabulary IRIs become prefixed names; their local parts are plain words.
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and iri[len(ns):].isalnum():
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def _tterm(t: Iri | Lit) -> str:
    if isinstance(t, Iri):
        return _short(t.value)
    if t.datatype is None:
        return quote_literal(t.value)
    return f"{quote_literal(t.value)}^^{_short(t.datatype)}"


def write_turtle(claims: Iterable[Claim], out: IO[str]) -> int:
    for prefix, ns in PREFIXES.items():
        out.write(f"@prefix {prefix}: <{ns}> .\n")
    n = [0]
    for triples in _all_triples(claims, n):
        by_subject: dict[str, list[tuple[str, Iri | Lit]]] = {}
        for s, p, o in triples:
            by_subject.setdefault(s, []).append((p, o))
        for s, pos in by_subject.items():
            body = " ;\n    ".join(
                ("a" if p == RDF_TYPE else _short(p)) + " " + _tterm(o) for p, o in pos)
            out.write(f"\n<{s}>\n    {body} .\n")
    return n[0]


def _jsonld_value(t: Iri | Lit) -> dict[str, str]:
    if isinstance(t, Iri):
        return {"@id": t.value}
    if t.datatype is None:
        return {"@value": t.value}
    return {"@value": t.value, "@type": t.datatype}


def write_jsonld(claims: Iterable[Claim], out: IO[str]) -> int:
    """A JSON-LD document with an inline context (no remote fetch) and one node per resource."""
    out.write('{\n"@context": ' + json.dumps(PREFIXES, sort_keys=True) + ',\n"@graph": [')
    n = [0]
    first = True
    for triples in _all_triples(claims, n):
        nodes: dict[str, dict[str, object]] = {}
        for s, p, o in triples:
            node = nodes.setdefault(s, {"@id": s})
            key = "@type" if p == RDF_TYPE else p
            value: object = o.value if p == RDF_TYPE else _jsonld_value(o)
            node.setdefault(key, []).append(value)  # type: ignore[union-attr]
        for node in nodes.values():
            out.write(("\n" if first else ",\n") + json.dumps(node, ensure_ascii=False, sort_keys=True))
            first = False
    out.write("\n]\n}\n")
    return n[0]

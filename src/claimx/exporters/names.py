"""Entity names for exporters: IRIs from xrefs (identifiers.org) or claimx, BEL namespaces and functions.

The prefix and function tables are data files beside this module, validated when loaded.
"""

from __future__ import annotations

import functools
from pathlib import Path
from urllib.parse import quote

from claimx.errors import BadLexicon
from claimx.model import Argument

HERE = Path(__file__).parent
BASE = "https://w3id.org/claimx/"  # placeholder namespace, documented in docs/vocabulary.md
VOCAB = BASE + "vocab#"
IDENTIFIERS_ORG = "https://identifiers.org/"


def _read_table(name: str, columns: tuple[str, ...]) -> list[tuple[str, ...]]:
    path = HERE / name
    rows: list[tuple[str, ...]] = []
    header_seen = False
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = tuple(c.strip() for c in line.split("\t"))
            if not header_seen:
                if cells != columns:
                    raise BadLexicon(f"{path}:{lineno}: header must be {' TAB '.join(columns)}")
                header_seen = True
                continue
            if len(cells) != len(columns) or not all(cells):
                raise BadLexicon(f"{path}:{lineno}: expected {len(columns)} non-empty tab-separated columns")
            rows.append(cells)
    keys = [r[0].upper() for r in rows]
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    if dupes:
        raise BadLexicon(f"{path}: duplicate keys {', '.join(dupes)}")
    return rows


@functools.cache
def prefixes() -> dict[str, tuple[str, str]]:
    """Upper-case xref prefix -> (identifiers.org prefix, BEL namespace)."""
    rows = _read_table("namespaces.tsv", ("prefix", "identifiers_org", "bel"))
    return {p.upper(): (idorg, bel) for p, idorg, bel in rows}


@functools.cache
def bel_functions() -> dict[str, str]:
    table = {t.lower(): f for t, f in _read_table("bel_functions.tsv", ("type", "function"))}
    bad = sorted({f for f in table.values() if f not in ("a", "p", "bp", "path", "g", "r", "m")})
    if bad:
        raise BadLexicon(f"{HERE / 'bel_functions.tsv'}: unknown BEL functions {', '.join(bad)}")
    return table


def split_curie(curie: str) -> tuple[str, str] | None:
    """'MESH:D016212' -> ('MESH', 'D016212') when the prefix is known, else None."""
    prefix, sep, local = curie.partition(":")
    if not sep or not local or prefix.upper() not in prefixes():
        return None
    return prefix.upper(), local


def _iri_part(s: str) -> str:
    # Percent-encode everything outside unreserved characters (and ':' which identifiers.org uses).
    return quote(s, safe=":-._~")


def curie_iri(curie: str) -> str | None:
    parts = split_curie(curie)
    if parts is None:
        return None
    idorg = prefixes()[parts[0]][0]
    return f"{IDENTIFIERS_ORG}{idorg}:{_iri_part(parts[1])}"


def entity_iri(arg: Argument) -> str:
    """The first xref (then the id) with a known prefix gives an identifiers.org IRI; else a claimx IRI."""
    for curie in (*arg.xrefs, arg.id):
        iri = curie_iri(curie)
        if iri:
            return iri
    local = arg.id[len("claimx:"):] if arg.id.startswith("claimx:") else arg.id
    return f"{BASE}entity/{quote(local, safe='')}"


def claim_iri(claim_id: str) -> str:
    return f"{BASE}claim/{quote(claim_id, safe='')}"


def doc_iri(path: str, sha256: str) -> str:
    # Identical bytes at two paths are two documents to a curator: both parts name it.
    return f"{BASE}document/{quote(sha256, safe='')}/{quote(path, safe='')}"


def bel_function(entity_type: str) -> str:
    return bel_functions().get(entity_type.lower(), "a")


# The namespaces BEL tools expect inside each function, best first; others follow in xref order.
BEL_PREFERRED = {"p": ("HGNC", "UNIPROT", "NCBIGENE"), "a": ("CHEBI", "DRUGBANK", "CL", "PUBCHEM.COMPOUND"),
                 "bp": ("GO",), "path": ("DOID", "MONDO", "HP", "MESH")}


def bel_name(arg: Argument) -> tuple[str, str]:
    """(namespace, value) for a BEL term: the best known xref, else CLAIMX with the normalized name."""
    known = [p for p in (split_curie(c) for c in (*arg.xrefs, arg.id)) if p]
    if not known:
        return "CLAIMX", arg.norm or arg.text
    rank = BEL_PREFERRED.get(bel_function(arg.type), ())
    best = min(known, key=lambda p: rank.index(p[0]) if p[0] in rank else len(rank))
    return prefixes()[best[0]][1], best[1]

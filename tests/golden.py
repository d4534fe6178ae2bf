"""What the golden files of the sample corpus hold, shared by tests/test_golden.py and scripts/update_golden.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from claimx.extract import iter_claims, iter_mention_records

GOLDEN = Path(__file__).resolve().parent / "golden"
CORPUS = ["corpus/"]  # relative to the repo root, as `make run` gives it


# The fingerprint changes with every lexicon or cue edit and would touch every golden line;
# the golden files are about what was found.
EXTRACTOR = {"version": "golden", "lexicons": "golden"}


def golden_claims() -> Iterator[dict[str, Any]]:
    return ({**c.to_dict(), "extractor": EXTRACTOR} for c in iter_claims(CORPUS))


def golden_mentions() -> Iterator[dict[str, Any]]:
    return iter_mention_records(CORPUS)

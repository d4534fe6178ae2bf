"""Rewrite the golden JSONL files of the sample corpus (tests/golden/) from the current extractor.

Run after a deliberate change to claims or entities, then read `git diff tests/golden/`
(or `claimx diff OLD NEW`) before committing: the golden files are how a reviewer sees
what a change did to the corpus.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from golden import GOLDEN, golden_claims, golden_mentions  # noqa: E402

from claimx.store import write_lines  # noqa: E402


def main() -> None:
    os.chdir(ROOT)  # doc.path is recorded as given, so paths stay relative to the repo root
    n_claims = write_lines(GOLDEN / "corpus-claims.jsonl", golden_claims())
    n_mentions = write_lines(GOLDEN / "corpus-mentions.jsonl", golden_mentions())
    print(f"tests/golden: {n_claims} claims, {n_mentions} mentions")


if __name__ == "__main__":
    main()

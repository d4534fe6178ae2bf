"""Measure OCR/layout normalization: repair rate on tests/data/ocr_cases.tsv, false corrections on clean text.

Usage: python scripts/eval_ocr.py [CG_DIR]
CG_DIR defaults to ../shared/corpora/bionlp-st-2013-cg relative to the repository root; its
train/*.txt abstracts are clean text, so any change other than whitespace and hyphenation is a
false correction. The part is skipped with a message when the directory is missing.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "data" / "ocr_cases.tsv"
LAYOUT_RULES = ("unwrap", "dehyphenate")


def _unescape(s: str) -> str:
    return s.encode("latin-1", "backslashreplace").decode("unicode_escape") if "\\" in s else s


def load_cases(path: Path = CASES) -> list[tuple[str, str, str]]:
    """(input, expected, note) rows; `\\n` in the file is a line break."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("input\t"):
            continue
        a, b, note = line.split("\t")
        rows.append((_unescape(a), _unescape(b), note))
    return rows


def score_cases(normalize, lexicon) -> tuple[int, int, int, int, list[str]]:
    """(repaired, to repair, kept, to keep, failure lines)."""
    fixed = todo = kept = keep = 0
    failures = []
    for given, expected, note in load_cases():
        got = normalize(given, lexicon=lexicon).text
        if given != expected:
            todo += 1
            fixed += got == expected
        else:
            keep += 1
            kept += got == expected
        if got != expected:
            failures.append(f"  {note}: {given!r} -> {got!r} (expected {expected!r})")
    return fixed, todo, kept, keep, failures


def false_corrections(normalize, lexicon, cg_dir: Path) -> tuple[int, int, Counter, list[str]]:
    """(documents, characters, edits by rule, non-layout edits) on clean abstracts."""
    rules: Counter = Counter()
    wrong = []
    files = sorted((cg_dir / "train").glob("*.txt"))
    chars = 0
    for path in files:
        text = path.read_bytes().decode("utf-8")
        chars += len(text)
        for edit in normalize(text, lexicon=lexicon).edits:
            rules[edit.rule] += 1
            if edit.rule not in LAYOUT_RULES:
                wrong.append(f"  {path.name} {edit.span}: {edit.original!r} -> {edit.replacement!r} ({edit.rule})")
    return len(files), chars, rules, wrong


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from claimx.lexicon import default_lexicon
    from claimx.normalize import normalize

    lexicon = default_lexicon()
    fixed, todo, kept, keep, failures = score_cases(normalize, lexicon)
    print(f"OCR cases: repaired {fixed}/{todo} ({fixed / max(todo, 1):.1%}), "
          f"right tokens kept {kept}/{keep} ({kept / max(keep, 1):.1%})")
    for line in failures:
        print(line)
    cg_dir = Path(argv[0]) if argv else ROOT.parent / "shared" / "corpora" / "bionlp-st-2013-cg"
    if not (cg_dir / "train").is_dir():
        print(f"false corrections: skipped, {cg_dir}/train not found")
        return 0
    docs, chars, rules, wrong = false_corrections(normalize, lexicon, cg_dir)
    print(f"false corrections on clean text ({docs} BioNLP-ST 2013 CG abstracts, {chars} chars): "
          f"{len(wrong)}; layout edits: " + ", ".join(f"{r} {rules[r]}" for r in LAYOUT_RULES))
    for line in wrong[:20]:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

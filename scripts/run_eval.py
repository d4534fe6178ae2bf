"""`make eval`: claimx against the hand-made review gold and the BioNLP-ST 2013 CG training set.

Prints one P/R/F1 table (set x level), the commonest error kinds with an example
each (not for the held-out second half of the review, which is only scored), and the OCR-normalization scores of scripts/eval_ocr.py when it exists.
Predictions and converted gold are kept in build/eval/ for `claimx eval` / `claimx diff`.

Environment: CG_DIR (default ../shared/corpora/bionlp-st-2013-cg from the repo
root); EVAL_ERRORS = how many error kinds to list per set (default 10); EVAL_MODEL = a spaCy
pipeline with a parser to extract with (as `claimx extract --model`).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from claimx import render
from claimx.bionlp import ConversionStats, iter_corpus
from claimx.errors import ClaimxError
from claimx.evaluate import EvalReport, Scored, evaluate, load_claims
from claimx.evaluate_errors import error_examples, error_kinds
from claimx.store import write_lines

ROOT = Path(__file__).resolve().parent.parent
REVIEW_TEXT = "corpus/liver-metastasis-ici-review.txt"
REVIEW_GOLD = ROOT / "tests" / "gold" / "review-gold.jsonl"
HELDOUT_GOLD = ROOT / "tests" / "gold" / "review-gold-heldout.jsonl"
OUT = ROOT / "build" / "eval"


def _predict(paths: list[str], out: Path) -> list[Scored]:
    """Run the extractor, keep the store in build/eval, return the claims as scored records."""
    from claimx.extract import default_nlp, iter_claims

    nlp = default_nlp(model=os.environ.get("EVAL_MODEL") or None)
    records = [c.to_dict() for c in iter_claims(paths, nlp=nlp)]
    write_lines(out, records)
    return [Scored.from_dict(r) for r in records]


def annotated_end(gold: list[Scored]) -> int:
    """End of the annotated range: "characters [0, N)" in the gold README, else the last gold sentence.

    Only the first part of the review is annotated; predictions starting beyond it are not scored.
    """
    readme = REVIEW_GOLD.with_name("README.md")
    found = re.search(r"characters \[0, ([\d,]+)\)", readme.read_text(encoding="utf-8")) if readme.exists() else None
    return int(found.group(1).replace(",", "")) if found else max(g.evidence_span[1] for g in gold)


def _review_predictions() -> list[Scored]:
    if "review" not in _CACHE:
        _CACHE["review"] = _predict([REVIEW_TEXT], OUT / "review-pred.jsonl")
    return _CACHE["review"]


_CACHE: dict[str, list[Scored]] = {}


def review_set() -> tuple[EvalReport, list] | None:
    if not REVIEW_GOLD.exists():
        print(f"review: {REVIEW_GOLD.relative_to(ROOT)} missing; skipped")
        return None
    gold = load_claims(REVIEW_GOLD, "gold claim")
    limit = annotated_end(gold)
    pred = [p for p in _review_predictions() if p.evidence_span[0] < limit]
    docs = [REVIEW_TEXT]
    return evaluate(gold, pred, docs=docs), error_examples(gold, pred, docs=docs)


def heldout_set() -> tuple[EvalReport, list] | None:
    """The second half of the review: scored, but its errors are not listed (so nobody tunes on them)."""
    if not HELDOUT_GOLD.exists():
        return None
    gold = load_claims(HELDOUT_GOLD, "gold claim")
    start = annotated_end(load_claims(REVIEW_GOLD, "gold claim"))
    pred = [p for p in _review_predictions() if p.evidence_span[0] >= start]
    return evaluate(gold, pred, docs=[REVIEW_TEXT]), []


def cg_set() -> tuple[EvalReport, list] | None:
    cg = Path(os.environ.get("CG_DIR") or ROOT.parent / "shared" / "corpora" / "bionlp-st-2013-cg")
    train = cg / "train"
    if not train.is_dir():
        print(f"BioNLP-ST 2013 CG: {train} not found (set CG_DIR); skipped")
        return None
    stats = ConversionStats()
    gold = [Scored.from_dict(r) for r in _write_gold(iter_corpus(train, cg.parent, stats), OUT / "cg-gold.jsonl")]
    docs = [os.path.relpath(p, cg.parent) for p in sorted(train.glob("*.txt"))]
    skipped = ", ".join(f"{reason} {n}" for reason, n in stats.skipped.most_common())
    print(f"CG gold: {stats.claims} claims from {stats.regulation_events} regulation events in "
          f"{stats.documents} abstracts; events skipped: {skipped}")
    pred = _predict([str(train)], OUT / "cg-pred.jsonl")
    return evaluate(gold, pred, docs=docs), error_examples(gold, pred, docs=docs)


def _write_gold(records, path: Path) -> list[dict]:
    records = list(records)
    write_lines(path, records)
    return records


def ocr_set() -> None:
    script = ROOT / "scripts" / "eval_ocr.py"
    if not script.exists():
        print("OCR normalization: scripts/eval_ocr.py not present yet; nothing to report")
        return
    print("OCR normalization (scripts/eval_ocr.py):", flush=True)
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, check=False)
    if done.returncode:
        print(f"scripts/eval_ocr.py exited with {done.returncode}")


def main() -> int:
    os.chdir(ROOT)  # gold paths are relative to the repository root
    OUT.mkdir(parents=True, exist_ok=True)
    top = int(os.environ.get("EVAL_ERRORS", "10"))
    reports, kinds = {}, []
    try:
        for name, run in (("review", review_set), ("review held-out", heldout_set), ("CG train", cg_set)):
            result = run()
            if result is None:
                continue
            reports[name], examples = result
            kinds += [(f"{name}: {kind}", n, ex) for kind, n, ex in error_kinds(examples, top)]
    except ClaimxError as err:
        render.error(str(err))
        return 2
    except ImportError as err:
        render.error(f"the extractor is not available yet ({err})")
        return 2
    if reports:
        render.eval_table(reports, kinds)
    ocr_set()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Validate a hand-annotated gold set of directional claims (tests/gold/*.jsonl).

Every line must be one canonical JSON object (keys sorted, ensure_ascii=False)
whose argument spans reproduce their text exactly in the document and sit
inside the evidence span. Problems are reported as `file:line: problem` and
make the exit status 1; a clean file prints its counts.

    python scripts/check_gold.py                                  # tests/gold/review-gold.jsonl
    python scripts/check_gold.py tests/gold/review-gold.jsonl --root /work/main
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

PREDICATES = ("increases", "decreases")
OPS = (None, "inhibition", "activation")
TOP_KEYS = {"doc", "subject", "predicate", "object", "negated", "hedged", "evidence"}
OPTIONAL_KEYS = {"note"}
ROLE_KEYS = {"subject": {"text", "span", "op"}, "object": {"text", "span", "process"}}


def _span(value: object) -> tuple[int, int] | None:
    """Return (start, end) for a well-formed [s, e] list, else None."""
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        and 0 <= value[0] < value[1]
    ):
        return value[0], value[1]
    return None


class Checker:
    """Collects problems and counts over one gold file."""

    def __init__(self, gold: Path, root: Path) -> None:
        self.gold = gold
        self.root = root
        self.problems: list[str] = []
        self.texts: dict[str, str | None] = {}
        self.counts: Counter[str] = Counter()
        self.sentences: set[tuple[str, int, int]] = set()
        self.seen_lines: dict[str, int] = {}
        self.seen_claims: dict[str, int] = {}

    def problem(self, lineno: int, message: str) -> None:
        self.problems.append(f"{self.gold}:{lineno}: {message}")

    def doc_text(self, rel: str) -> str | None:
        # Read with newline="" so offsets count "\r\n" as two characters, as the extractor does.
        if rel not in self.texts:
            path = self.root / rel
            try:
                with open(path, encoding="utf-8", newline="") as fh:
                    self.texts[rel] = fh.read()
            except (OSError, UnicodeDecodeError) as err:
                self.texts[rel] = None
                self.problems.append(f"{path}: cannot read document ({err})")
        return self.texts[rel]

    def check_line(self, lineno: int, raw: str) -> None:
        if raw in self.seen_lines:
            self.problem(lineno, f"duplicate of line {self.seen_lines[raw]}")
            return
        self.seen_lines[raw] = lineno
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as err:
            self.problem(lineno, f"not JSON ({err.msg})")
            return
        if not isinstance(rec, dict):
            self.problem(lineno, "not a JSON object")
            return
        if json.dumps(rec, sort_keys=True, ensure_ascii=False) != raw:
            self.problem(lineno, "not canonical JSON (keys sorted, ensure_ascii=False, default separators)")
        missing = TOP_KEYS - rec.keys()
        extra = rec.keys() - TOP_KEYS - OPTIONAL_KEYS
        if missing:
            self.problem(lineno, f"missing keys {sorted(missing)}")
            return
        if extra:
            self.problem(lineno, f"unknown keys {sorted(extra)}")
        ok = self._check_fields(lineno, rec)
        if ok:
            self._check_spans(lineno, rec)

    def _check_fields(self, lineno: int, rec: dict) -> bool:
        ok = True
        doc = rec["doc"]
        if not (isinstance(doc, dict) and isinstance(doc.get("path"), str)):
            self.problem(lineno, "doc.path missing or not a string")
            ok = False
        for role, keys in ROLE_KEYS.items():
            arg = rec[role]
            if not isinstance(arg, dict) or keys - arg.keys():
                self.problem(lineno, f"{role} must have keys {sorted(keys)}")
                ok = False
                continue
            if not isinstance(arg["text"], str) or not arg["text"].strip():
                self.problem(lineno, f"{role}.text empty or not a string")
                ok = False
            if _span(arg["span"]) is None:
                self.problem(lineno, f"{role}.span must be [start, end] with 0 <= start < end")
                ok = False
        if rec["subject"].get("op") not in OPS:
            self.problem(lineno, f"subject.op {rec['subject'].get('op')!r} not one of {list(OPS)}")
        process = rec["object"].get("process")
        if process is not None and (not isinstance(process, str) or not process.strip()):
            self.problem(lineno, "object.process must be null or a non-empty string")
        if rec["predicate"] not in PREDICATES:
            self.problem(lineno, f"predicate {rec['predicate']!r} not one of {list(PREDICATES)}")
        for flag in ("negated", "hedged"):
            if not isinstance(rec[flag], bool):
                self.problem(lineno, f"{flag} must be true or false")
        ev = rec["evidence"]
        if not isinstance(ev, dict) or _span(ev.get("span")) is None or not isinstance(ev.get("text"), str):
            self.problem(lineno, "evidence must have a [start, end] span and a text")
            ok = False
        if "note" in rec and not isinstance(rec["note"], str):
            self.problem(lineno, "note must be a string")
        return ok

    def _check_spans(self, lineno: int, rec: dict) -> None:
        text = self.doc_text(rec["doc"]["path"])
        if text is None:
            return
        ev_s, ev_e = _span(rec["evidence"]["span"])
        if ev_e > len(text):
            self.problem(lineno, f"evidence span ends at {ev_e}, past the document end {len(text)}")
            return
        want = text[ev_s:ev_e].replace("\n", " ")
        if rec["evidence"]["text"] != want:
            self.problem(lineno, "evidence.text differs from the document slice (newlines as spaces)")
        for role in ("subject", "object"):
            s, e = _span(rec[role]["span"])
            if text[s:e] != rec[role]["text"]:
                self.problem(lineno, f"{role}: text[{s}:{e}] is {text[s:e]!r}, not {rec[role]['text']!r}")
            if not (ev_s <= s and e <= ev_e):
                self.problem(lineno, f"{role} span [{s}, {e}] outside evidence span [{ev_s}, {ev_e}]")
        if rec["subject"]["span"] == rec["object"]["span"]:
            self.problem(lineno, "subject and object have the same span")
        # The same claim twice with only a different note is still a duplicate.
        key = json.dumps({k: v for k, v in rec.items() if k != "note"}, sort_keys=True)
        if key in self.seen_claims:
            self.problem(lineno, f"same claim as line {self.seen_claims[key]} (only the note differs)")
        self.seen_claims[key] = lineno
        self.sentences.add((rec["doc"]["path"], ev_s, ev_e))
        self.counts["claims"] += 1
        self.counts[f"predicate {rec['predicate']}"] += 1
        self.counts["negated"] += rec["negated"] is True
        self.counts["hedged"] += rec["hedged"] is True
        if rec["subject"]["op"]:
            self.counts["with op"] += 1
            self.counts[f"op {rec['subject']['op']}"] += 1
        if rec["object"]["process"]:
            self.counts["with process"] += 1

    def run(self) -> int:
        try:
            lines = self.gold.read_text(encoding="utf-8").split("\n")
        except (OSError, UnicodeDecodeError) as err:
            self.problems.append(f"{self.gold}: cannot read ({err})")
            return 0
        if lines and lines[-1] == "":
            lines.pop()
        for lineno, raw in enumerate(lines, 1):
            if not raw.strip():
                self.problem(lineno, "blank line")
                continue
            self.check_line(lineno, raw)
        return len(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    repo = Path(__file__).resolve().parent.parent
    parser.add_argument("gold", nargs="?", help="gold JSONL (default: tests/gold/review-gold.jsonl under --root)")
    parser.add_argument("--root", default=str(repo), help="repository root that doc.path is relative to")
    args = parser.parse_args(argv)
    root = Path(args.root)
    gold = Path(args.gold) if args.gold else root / "tests" / "gold" / "review-gold.jsonl"
    checker = Checker(gold, root)
    checker.run()
    for problem in checker.problems:
        print(problem, file=sys.stderr)
    c = checker.counts
    print(f"claims: {c['claims']}")
    print(f"sentences: {len(checker.sentences)}")
    print(f"negated: {c['negated']}")
    print(f"hedged: {c['hedged']}")
    print(f"with op: {c['with op']} (inhibition {c['op inhibition']}, activation {c['op activation']})")
    print(f"with process: {c['with process']}")
    for pred in PREDICATES:
        print(f"predicate {pred}: {c[f'predicate {pred}']}")
    if checker.problems:
        print(f"{len(checker.problems)} problem(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

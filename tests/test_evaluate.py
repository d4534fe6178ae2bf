"""Scoring against gold: overlap matching, one-to-one, the three levels, doc pairing, error kinds, CLI."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from claimx.cli import app
from claimx.errors import BadStore
from claimx.evaluate import EvalReport, Scored, accepts, align_docs, evaluate, load_claims, match
from claimx.evaluate_errors import error_examples, error_kinds


def claim(s, o, pred="increases", *, doc="corpus/a.txt", neg=False, hedged=False, op=None, ev=(0, 100),
          alt=None) -> dict:
    subject = {"text": "S", "span": list(s), "op": op}
    if alt:
        subject["alt_spans"] = [list(a) for a in alt]
    return {"doc": {"path": doc}, "subject": subject, "predicate": pred,
            "object": {"text": "O", "span": list(o), "process": None},
            "negated": neg, "hedged": hedged, "evidence": {"span": list(ev), "text": f"sentence {ev}"}}


GOLD = [
    claim((0, 5), (10, 15)),
    claim((20, 25), (30, 35), "decreases", op="inhibition", hedged=True),
    claim((40, 45), (50, 55)),
]
# Predictions come from another folder: paired with gold by the common path ending.
PRED = [
    claim((1, 4), (12, 18), doc="../x/corpus/a.txt"),                        # full match of gold 0
    claim((21, 24), (30, 33), "decreases", doc="../x/corpus/a.txt"),         # op missing: pair + directed
    claim((40, 45), (50, 55), "decreases", doc="../x/corpus/a.txt"),         # wrong direction: pair only
    claim((60, 65), (70, 75), doc="../x/corpus/a.txt", ev=(200, 300)),       # spurious
    claim((0, 5), (10, 15), doc="../x/corpus/a.txt"),                        # duplicate of gold 0
]


def counts(report: EvalReport) -> dict[str, tuple[int, int, int, int]]:
    return {s.level: (s.tp, s.fp, s.fn, s.hedge_agree) for s in report.levels}


def test_levels_differ_as_computed_by_hand():
    report = evaluate(GOLD, PRED)
    # pair: gold 0/1/2 all matched (the duplicate cannot match twice); hedge differs on gold 1.
    assert counts(report) == {"pair": (3, 2, 0, 2), "directed": (2, 3, 1, 1), "full": (1, 4, 2, 1)}
    full = report.level("full")
    assert full.precision == pytest.approx(1 / 5) and full.recall == pytest.approx(1 / 3)
    assert full.f1 == pytest.approx(2 * (1 / 5) * (1 / 3) / (1 / 5 + 1 / 3))
    assert report.level("pair").recall == 1.0 and report.documents == 1 and report.ignored_pred == 0


def test_report_round_trips_through_dict():
    report = evaluate(GOLD, PRED)
    again = EvalReport.from_dict(json.loads(json.dumps(report.to_dict())))
    assert again == report


def test_matching_is_maximum_not_first_come():
    gold = [Scored.from_dict(claim((0, 10), (20, 30))), Scored.from_dict(claim((0, 3), (20, 23)))]
    # gold 0 overlaps both predictions (p0 more); gold 1 overlaps only p0. Greedy would strand gold 1.
    pred = [Scored.from_dict(claim((0, 10), (20, 30))), Scored.from_dict(claim((5, 10), (25, 30)))]
    assert match(gold, pred, accepts("pair")) == [(0, 1), (1, 0)]


def test_larger_overlap_wins_when_both_are_free():
    gold = [Scored.from_dict(claim((0, 10), (20, 30)))]
    pred = [Scored.from_dict(claim((8, 10), (28, 30))), Scored.from_dict(claim((0, 9), (20, 29)))]
    assert match(gold, pred, accepts("pair")) == [(0, 1)]


def test_touching_spans_do_not_overlap_but_alt_spans_count():
    assert counts(evaluate([claim((0, 5), (10, 15))], [claim((5, 8), (10, 15))]))["pair"] == (0, 1, 1, 0)
    gold = [claim((0, 5), (10, 15), alt=[(40, 44)])]
    assert counts(evaluate(gold, [claim((41, 43), (10, 15))]))["pair"] == (1, 0, 0, 1)


def test_align_docs_exact_then_unique_longest_suffix():
    targets = ["corpus/a.txt", "x/b.txt", "y/b.txt"]
    got = align_docs(targets, ["corpus/a.txt", "/abs/corpus/a.txt", "z/b.txt", "q/x/b.txt", "c.txt"])
    assert got == {"corpus/a.txt": "corpus/a.txt", "/abs/corpus/a.txt": "corpus/a.txt", "q/x/b.txt": "x/b.txt"}


def test_predictions_outside_gold_documents():
    gold = [claim((0, 5), (10, 15))]
    pred = [claim((0, 5), (10, 15)), claim((0, 5), (10, 15), doc="corpus/other.txt")]
    assert evaluate(gold, pred).ignored_pred == 1
    assert counts(evaluate(gold, pred))["full"] == (1, 0, 0, 1)
    # A document known to the gold set but without gold claims: its predictions are false positives.
    assert counts(evaluate(gold, pred, docs=["corpus/a.txt", "corpus/other.txt"]))["full"] == (1, 1, 0, 1)
    assert counts(evaluate(gold, pred, all_pred_docs=True))["full"] == (1, 1, 0, 1)


def test_error_kinds_classify_each_near_miss():
    kinds = sorted(e.kind for e in error_examples(GOLD, PRED))
    # Gold 1's hedge also differs, but it is already an op mismatch: hedge is only listed for full matches.
    assert kinds == ["op mismatch", "spurious claim in a gold sentence",
                     "spurious claim, sentence has no gold claim", "wrong direction"]
    gold = [claim((0, 5), (10, 15)), claim((20, 25), (30, 35)), claim((40, 45), (50, 55), neg=True)]
    pred = [claim((10, 15), (0, 5)), claim((20, 25), (90, 95)), claim((40, 45), (50, 55))]
    found = {e.kind: (e.gold is not None, e.pred is not None) for e in error_examples(gold, pred)}
    assert found == {"swapped subject and object": (True, True), "wrong object": (True, True),
                     "negation mismatch": (True, True)}
    missed = error_examples([claim((0, 5), (10, 15))], [claim((50, 55), (60, 65), ev=(500, 600))])
    assert [e.kind for e in missed] == ["missed claim, nothing extracted from its sentence",
                                        "spurious claim, sentence has no gold claim"]


def test_error_kinds_counts_and_first_example():
    top = error_kinds(error_examples(GOLD, PRED), top=2)
    assert [(k, n) for k, n, _ in top][0][1] == 1 and len(top) == 2
    assert top[0][2].to_dict()["evidence"].startswith("sentence")


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 8), st.integers(0, 40), st.integers(1, 8),
                          st.booleans(), st.booleans()), max_size=6),
       st.lists(st.tuples(st.integers(0, 40), st.integers(1, 8), st.integers(0, 40), st.integers(1, 8),
                          st.booleans(), st.booleans()), max_size=6))
def test_counts_are_consistent_and_levels_nest(gold_rows, pred_rows):
    def build(rows):
        return [claim((s, s + n), (o, o + m), "increases" if up else "decreases", neg=neg)
                for s, n, o, m, up, neg in rows]

    gold, pred = build(gold_rows), build(pred_rows)
    report = evaluate(gold, pred, all_pred_docs=True)
    tps = [s.tp for s in report.levels]
    assert tps == sorted(tps, reverse=True)  # pair >= directed >= full
    for s in report.levels:
        assert s.tp + s.fn == len(gold) and s.tp + s.fp == len(pred)
    assert counts(evaluate(gold, gold))["full"] == (len(gold), 0, 0, len(gold))
    full_errors = [e for e in error_examples(gold, pred, all_pred_docs=True) if e.kind != "hedge mismatch"]
    assert sum(e.gold is not None for e in full_errors) == report.level("full").fn
    assert sum(e.pred is not None for e in full_errors) == report.level("full").fp


def test_load_claims_names_file_and_line(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text(json.dumps(claim((0, 5), (10, 15))) + "\n" + json.dumps({"doc": {"path": "a"}}) + "\n")
    with pytest.raises(BadStore, match=r"gold\.jsonl:2: not a valid gold claim \(missing key 'predicate'\)"):
        load_claims(bad, "gold claim")
    bad.write_text(json.dumps(claim((0, 5), (10, 15), "causes")) + "\n")
    with pytest.raises(BadStore, match=r":1: .*predicate must be one of"):
        load_claims(bad)


@pytest.fixture
def files(tmp_path):
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text("".join(json.dumps(c) + "\n" for c in GOLD))
    pred.write_text("".join(json.dumps(c) + "\n" for c in PRED))
    return gold, pred


runner = CliRunner()


def test_cli_eval_table(files, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    gold, pred = files
    result = runner.invoke(app, ["eval", "--gold", str(gold), str(pred), "--errors", "3"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    row = next(line for line in lines if " full " in f" {line} ")
    assert row.replace("│", " ").split()[-7:] == ["0.200", "0.333", "0.250", "1", "4", "2", "1.00"]
    assert "commonest error kinds" in result.stdout and "wrong direction" in result.stdout


def test_cli_eval_json(files):
    gold, pred = files
    result = runner.invoke(app, ["eval", "--gold", str(gold), str(pred), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [(s["level"], s["tp"], s["fp"], s["fn"]) for s in data["levels"]] == [
        ("pair", 3, 2, 0), ("directed", 2, 3, 1), ("full", 1, 4, 2)]


def test_cli_eval_bad_input_exits_2(files, tmp_path):
    gold, _ = files
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n")
    result = runner.invoke(app, ["eval", "--gold", str(gold), str(broken)])
    assert result.exit_code == 2 and "broken.jsonl:1: not valid JSON" in result.stderr
    result = runner.invoke(app, ["eval", "--gold", str(tmp_path / "missing.jsonl"), str(gold)])
    assert result.exit_code == 2 and "no such file" in result.stderr
    result = runner.invoke(app, ["eval", "--gold", str(gold), str(gold), "--format", "xml"])
    assert result.exit_code == 2 and "--format" in result.stderr

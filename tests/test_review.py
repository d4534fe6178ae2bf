"""claimx review: decisions in an append-only file, interactive and not, surviving re-extraction."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.review import ReviewLog, load_state, review_path, review_progress, to_review

sys.path.insert(0, str(Path(__file__).parent))
from factory import corpus, write  # noqa: E402

ENV = {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb", "USER": "curator"}
runner = CliRunner()


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return write(tmp_path / "claims.jsonl", corpus())


def decisions(store: Path) -> list[dict]:
    path = review_path(store)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def ids(store: Path) -> list[str]:
    return [json.loads(line)["id"] for line in store.read_text(encoding="utf-8").splitlines()]


def test_review_file_sits_beside_the_store(tmp_path: Path) -> None:
    assert review_path(tmp_path / "claims.jsonl") == tmp_path / "claims.review.jsonl"
    assert review_path("out/x.json") == Path("out/x.review.jsonl")


def test_accept_and_reject_from_the_command_line(store: Path) -> None:
    a, b, c = ids(store)[:3]
    res = runner.invoke(app, ["review", str(store), "--accept", f"{a},{b}"], env=ENV)
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["review", str(store), "--reject", c, "--note", 'wrong "direction"'], env=ENV)
    assert res.exit_code == 0, res.output
    got = decisions(store)
    assert [(d["id"], d["decision"], d["note"]) for d in got] == [
        (a, "accepted", None), (b, "accepted", None), (c, "rejected", 'wrong "direction"')]
    assert all(d["reviewer"] == "curator" for d in got)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", d["time"]) for d in got)


def test_unknown_ids_are_refused_and_nothing_is_written(store: Path) -> None:
    good = ids(store)[0]
    res = runner.invoke(app, ["review", str(store), "--accept", good, "--accept", "clm_nope"], env=ENV)
    assert res.exit_code == 2 and "clm_nope" in res.output
    assert decisions(store) == []
    res = runner.invoke(app, ["review", str(store), "--accept", good, "--reject", good], env=ENV)
    assert res.exit_code == 2 and "both accepted and rejected" in res.output


def test_latest_decision_wins_and_progress(store: Path) -> None:
    a, b = ids(store)[:2]
    log = ReviewLog(store, "x")
    log.record(a, "accepted")
    log.record(b, "accepted")
    log.record(a, "rejected", "on second thought")
    log.record(b, "note", "check the figure")  # a note does not change the status
    state = load_state(store)
    assert state.of(a) == "rejected" and state.of(b) == "accepted"
    assert state.notes[b] == ["check the figure"]
    total = len(ids(store))
    assert review_progress(store) == {"accepted": 1, "rejected": 1, "unreviewed": total - 2,
                                      "total": total, "orphaned": 0}


def test_interactive_session(store: Path) -> None:
    all_ids = ids(store)
    keys = "a\nr\nn\nfigure 2 says otherwise\ns\nx\nq\n"
    res = runner.invoke(app, ["review", str(store)], input=keys, env=ENV)
    assert res.exit_code == 0, res.output
    assert "[a]ccept" in res.output and "unknown key 'x'" in res.output
    assert "TGF-β increases angiogenesis." in res.output  # the sentence is shown
    assert "1 accepted, 1 rejected, 1 skipped, 1 notes saved" in res.output
    got = [(d["id"], d["decision"], d["note"]) for d in decisions(store)]
    assert got == [(all_ids[0], "accepted", None), (all_ids[1], "rejected", None),
                   (all_ids[2], "note", "figure 2 says otherwise")]
    # a second session offers only what is still unreviewed, starting with the skipped claim
    res = runner.invoke(app, ["review", str(store)], input="a\n", env=ENV)
    assert res.exit_code == 0
    assert decisions(store)[-1]["id"] == all_ids[2]
    # end of input ends the session cleanly
    before = len(decisions(store))
    res = runner.invoke(app, ["review", str(store)], input="", env=ENV)
    assert res.exit_code == 0 and len(decisions(store)) == before


def test_note_then_accept_keeps_the_note(store: Path) -> None:
    runner.invoke(app, ["review", str(store)], input="n\ngood one\na\nq\n", env=ENV)
    (d,) = decisions(store)
    assert (d["decision"], d["note"]) == ("accepted", "good one")


def test_decisions_survive_reextraction_and_edited_claims_come_back(store: Path, tmp_path: Path) -> None:
    all_ids = ids(store)
    runner.invoke(app, ["review", str(store), "--accept", ",".join(all_ids)], env=ENV)
    assert review_progress(store)["unreviewed"] == 0
    write(store, corpus())  # re-extraction of the same bytes: same ids
    assert review_progress(store)["accepted"] == len(all_ids)
    write(store, corpus(edited=True, sha="b" * 64))  # the paper was edited: every id changed
    progress = review_progress(store)
    assert progress["accepted"] == 0 and progress["unreviewed"] == progress["total"]
    assert progress["orphaned"] == len(all_ids)
    assert len(to_review(store)) == progress["total"]


def test_from_diff_offers_only_what_changed(tmp_path: Path) -> None:
    old = write(tmp_path / "old.jsonl", corpus())
    claims = corpus()
    claims[0] = replace(claims[0], predicate="decreases", id="")
    new = write(tmp_path / "claims.jsonl", claims)
    offered = to_review(new, from_diff=old)
    assert [c.id for c in offered] == [claims[0].id]
    res = runner.invoke(app, ["review", str(new), "--from-diff", str(old)], input="r\n", env=ENV)
    assert res.exit_code == 0, res.output
    assert [(d["id"], d["decision"]) for d in decisions(new)] == [(claims[0].id, "rejected")]
    res = runner.invoke(app, ["review", str(new), "--from-diff", str(old)], env=ENV)
    assert "nothing to review" in res.output


def test_corrupt_review_file_names_file_and_line(store: Path) -> None:
    review_path(store).write_text('{"id": "x", "decision": "accepted", "time": "t"}\n{"id": 1}\n',
                                  encoding="utf-8")
    res = runner.invoke(app, ["review", str(store)], input="q\n", env=ENV)
    assert res.exit_code == 2 and f"{review_path(store)}:2:" in res.output
    review_path(store).write_text('{"id": "x", "decision": "maybe", "time": "t"}\n', encoding="utf-8")
    res = runner.invoke(app, ["review", str(store)], input="q\n", env=ENV)
    assert res.exit_code == 2 and "maybe" in res.output


def test_note_needs_a_decision(store: Path) -> None:
    res = runner.invoke(app, ["review", str(store), "--note", "hi"], env=ENV)
    assert res.exit_code == 2

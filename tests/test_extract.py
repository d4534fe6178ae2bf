"""extract.py's heap freezing around document runs: on for the run, off after, and never undoes a caller's."""

import gc

from claimx.extract import frozen_heap, iter_claims
from claimx.pipeline import build_nlp


def test_frozen_heap_freezes_for_the_run_and_restores(tmp_path):
    nlp = build_nlp()
    (tmp_path / "a.txt").write_text("Sorafenib reduces IL-6 in patients.\n", encoding="utf-8")
    assert gc.get_freeze_count() == 0
    claims = iter_claims([tmp_path], nlp=nlp)
    first = next(claims)
    assert gc.get_freeze_count() > 0 and first.subject.text == "Sorafenib"
    assert list(claims) == []
    assert gc.get_freeze_count() == 0


def test_frozen_heap_leaves_a_callers_freeze_alone():
    nlp = build_nlp()
    gc.freeze()
    gc.disable()  # as under the CLI's start-up
    try:
        before = gc.get_freeze_count()
        with frozen_heap(nlp):
            assert gc.isenabled()  # documents never run with the collector off
        assert gc.get_freeze_count() == before and not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


def test_frozen_heap_runs_documents_with_the_collector_on_and_gives_back_a_callers_off():
    nlp = build_nlp()
    gc.disable()
    try:
        with frozen_heap(nlp):
            assert gc.isenabled() and gc.get_freeze_count() > 0
        assert not gc.isenabled() and gc.get_freeze_count() == 0
    finally:
        gc.enable()


def test_the_cli_leaves_the_collector_as_it_found_it(tmp_path):
    from typer.testing import CliRunner

    from claimx.cli import app

    (tmp_path / "a.txt").write_text("Sorafenib reduces IL-6 in patients.\n", encoding="utf-8")
    for command in (["extract", str(tmp_path), "-o", str(tmp_path / "out.jsonl")], ["entities", str(tmp_path)],
                    ["extract", str(tmp_path / "missing.txt")]):
        CliRunner().invoke(app, command)
        assert gc.isenabled() and gc.get_freeze_count() == 0

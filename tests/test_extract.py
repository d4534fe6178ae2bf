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
    try:
        before = gc.get_freeze_count()
        with frozen_heap(nlp):
            pass
        assert gc.get_freeze_count() == before
    finally:
        gc.unfreeze()

"""The sample corpus against its golden claims and mentions (tests/golden/).

A failure is not necessarily a bug: after a deliberate change, read the listed changes and
rewrite the files with `python scripts/update_golden.py`, so the commit shows what moved.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden import GOLDEN, golden_claims, golden_mentions

from claimx.diff import diff_claims
from claimx.model import Claim
from claimx.render_diff import claim_line

ROOT = GOLDEN.parent.parent


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(autouse=True)
def _at_repo_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def test_corpus_claims_match_golden():
    expected = _load(GOLDEN / "corpus-claims.jsonl")
    actual = list(golden_claims())
    if actual == expected:
        return
    result = diff_claims([Claim.from_dict(r) for r in expected], [Claim.from_dict(r) for r in actual])
    lines = [f"{ch.kind}: {claim_line(ch.claim)}  « {ch.claim.evidence.text[:90]} »"
             for ch in result.shown(include_moved=True)[:25]]
    pytest.fail(f"claims differ from tests/golden ({dict(result.counts)}); if intended, run "
                "scripts/update_golden.py\n" + "\n".join(lines))


def test_corpus_mentions_match_golden():
    expected = _load(GOLDEN / "corpus-mentions.jsonl")
    actual = list(golden_mentions())
    gone = [m for m in expected if m not in actual]
    new = [m for m in actual if m not in expected]
    show = [f"- {m['text']!r} {m['span']} {m.get('type')}" for m in gone[:10]]
    show += [f"+ {m['text']!r} {m['span']} {m.get('type')}" for m in new[:10]]
    assert actual == expected, (f"{len(gone)} mentions gone, {len(new)} new (or reordered); if intended, run "
                                "scripts/update_golden.py\n" + "\n".join(show))

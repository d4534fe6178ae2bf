"""claimx diff: pairing of claims across re-extraction, grouping, formats and exit codes."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from claimx.cli import app
from claimx.diff import diff_claims, diff_stores
from claimx.model import Claim
from factory import corpus, make_claim, write

ENV = {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb", "USER": "tester"}


def test_identical_stores_have_no_changes() -> None:
    r = diff_claims(corpus(), corpus())
    assert r.changes == [] and not r.different()
    assert r.counts["unchanged"] == len(corpus())


def test_editing_one_sentence_shows_only_that_sentence() -> None:
    old, new = corpus(), corpus(edited=True, sha="b" * 64)
    assert not {c.id for c in old} & {c.id for c in new}  # every id changed
    r = diff_claims(old, new)
    assert r.counts["moved"] == 3  # the untouched sentences, ids and offsets changed
    shown = r.sentences()
    assert [s.text for s in shown] == ["IL-6 and TNF-α promote fibrosis and necrosis.",
                                       "IL-6 and TNF-α strongly promote fibrosis, not necrosis."]
    # The two claims the reworded sentence still makes are changed (new evidence text); two are gone.
    assert r.counts["removed"] == 2 and r.counts["added"] == 0 and r.counts["changed"] == 2
    assert {tuple(ch.fields) for ch in r.changes if ch.kind == "changed"} == {("evidence.text",)}
    assert r.different()
    assert not diff_claims(corpus(), corpus(sha="b" * 64)).different()  # only moved
    assert diff_claims(corpus(), corpus(sha="b" * 64)).different(include_moved=True)


def test_direction_flip_is_one_change() -> None:
    old = corpus()
    new = [replace(old[0], predicate="decreases", id="")] + old[1:]
    r = diff_claims(old, new)
    assert r.counts == {"added": 0, "removed": 0, "changed": 1, "moved": 0, "unchanged": len(old) - 1}
    (ch,) = r.changes
    assert ch.fields == {"predicate": ("increases", "decreases")}


def test_negation_hedge_op_and_normalization_changes_pair() -> None:
    base = make_claim("TGF-β", "angiogenesis", subject_id="claimx:TGFB")
    variants = {
        "negated": replace(base, negated=True, id=""),
        "hedged": replace(base, hedged=True, id=""),
        "subject.op": replace(base, subject=replace(base.subject, op="inhibition"), id=""),
        "subject.id": replace(base, subject=replace(base.subject, id="claimx:TGFB1"), id=""),
        "subject.norm": replace(base, subject=replace(base.subject, norm="TGFB1"), id=""),
        "confidence": replace(base, confidence=0.9),
    }
    for field, new in variants.items():
        r = diff_claims([base], [new])
        assert r.counts["changed"] == 1, field
        assert list(r.changes[0].fields) == [field]


def test_small_confidence_wobble_is_not_a_change() -> None:
    base = make_claim()
    assert not diff_claims([base], [replace(base, confidence=0.701)]).different()


def test_renormalized_sentence_pairs_by_offsets() -> None:
    old = make_claim("TGE-P", "angiogenesis", subject_id="claimx:unknown")
    # the OCR fix changes the evidence text and the entity, not the bytes or the offsets
    new = replace(old, evidence=replace(old.evidence, text="TGF-β increases angiogenesis."),
                  subject=replace(old.subject, id="claimx:TGFB"), id="")
    assert new.id != old.id
    r = diff_claims([old], [new])
    assert r.counts["changed"] == 1
    assert set(r.changes[0].fields) == {"evidence.text", "subject.id"}


def test_mention_that_grew_pairs_by_overlap() -> None:
    s = "CD8+ T cells increase tumor necrosis."
    old = make_claim("T cells", "necrosis", sentence=s)
    new = make_claim("CD8+ T cells", "tumor necrosis", sentence=s)
    r = diff_claims([old], [new])
    assert r.counts["changed"] == 1 and "subject.text" in r.changes[0].fields


def test_repeated_sentence_pairs_in_order() -> None:
    s = "TGF-β increases angiogenesis."
    old = [make_claim(sentence=s, start=0), make_claim(sentence=s, start=100, hedged=True)]
    new = [make_claim(sentence=s, start=10, sha="c" * 64), make_claim(sentence=s, start=110, hedged=True, sha="c" * 64)]
    r = diff_claims(old, new)
    assert r.counts["moved"] == 2 and r.counts["changed"] == 0


def test_diff_scales_linearly_enough() -> None:
    # 3000 claims all re-identified: must pair every one (a quadratic pass would still pass, but
    # a wrong one would not); speed is measured in make bench, not here.
    old = [make_claim(f"G{i}", f"P{i}", start=i * 40) for i in range(3000)]
    new = [make_claim(f"G{i}", f"P{i}", start=i * 40 + 5, sha="d" * 64) for i in range(3000)]
    r = diff_claims(old, new)
    assert r.counts["moved"] == 3000 and len(r.shown()) == 0


# ---- properties ------------------------------------------------------------------------------

ENTITIES = ["IL-6", "TNF-α", "CCL2", "PD-1"]
TARGETS = ["fibrosis", "necrosis", "survival"]
claim_specs = st.lists(
    st.tuples(st.sampled_from(ENTITIES), st.sampled_from(TARGETS), st.sampled_from(["increases", "decreases"]),
              st.booleans(), st.sampled_from([0, 100, 200]), st.sampled_from([0.5, 0.9])),
    max_size=8)


def build(specs: list[tuple]) -> list[Claim]:
    return [make_claim(s, o, predicate=p, negated=n, start=start, confidence=conf,
                       sentence=f"{s} and others {p} {o}.")
            for s, o, p, n, start, conf in specs]


@settings(max_examples=60, deadline=None)
@given(claim_specs)
def test_diff_with_itself_is_empty(specs: list[tuple]) -> None:
    claims = build(specs)
    assert diff_claims(claims, claims).changes == []


@settings(max_examples=100, deadline=None)
@given(claim_specs, claim_specs)
def test_diff_is_symmetric(a: list[tuple], b: list[tuple]) -> None:
    ab, ba = diff_claims(build(a), build(b)), diff_claims(build(b), build(a))
    assert ab.counts["added"] == ba.counts["removed"]
    assert ab.counts["removed"] == ba.counts["added"]
    assert ab.counts["changed"] == ba.counts["changed"]


# ---- command line ----------------------------------------------------------------------------

runner = CliRunner()


def stores(tmp_path: Path) -> tuple[Path, Path]:
    return (write(tmp_path / "old.jsonl", corpus()),
            write(tmp_path / "new.jsonl", corpus(edited=True, sha="b" * 64)))


def test_cli_text_groups_by_document_and_sentence(tmp_path: Path) -> None:
    old, new = stores(tmp_path)
    res = runner.invoke(app, ["diff", str(old), str(new)], env=ENV)
    assert res.exit_code == 0, res.output
    out = res.output
    assert "corpus/a.txt" in out
    assert "IL-6 and TNF-α strongly promote fibrosis, not necrosis." in out
    assert "TGF-β increases angiogenesis." not in out  # moved only: hidden
    assert "0 added, 2 removed, 2 changed, 3 moved" in out
    res = runner.invoke(app, ["diff", str(old), str(new), "--moved"], env=ENV)
    assert "TGF-β increases angiogenesis." in res.output


def test_cli_exit_code(tmp_path: Path) -> None:
    old, new = stores(tmp_path)
    assert runner.invoke(app, ["diff", str(old), str(new), "--exit-code"], env=ENV).exit_code == 1
    assert runner.invoke(app, ["diff", str(old), str(old), "--exit-code"], env=ENV).exit_code == 0
    assert runner.invoke(app, ["diff", str(old), str(new)], env=ENV).exit_code == 0


def test_cli_json_and_md(tmp_path: Path) -> None:
    old, new = stores(tmp_path)
    res = runner.invoke(app, ["diff", str(old), str(new), "--format", "json"], env=ENV)
    data = json.loads(res.stdout)
    assert data["counts"]["changed"] == 2 and data["different"] is True
    kinds = [ch["kind"] for d in data["documents"] for s in d["sentences"] for ch in s["changes"]]
    assert sorted(kinds) == ["changed"] * 2 + ["removed"] * 2
    md = runner.invoke(app, ["diff", str(old), str(new), "--format", "md"], env=ENV).stdout
    assert md.startswith("# claimx diff") and "## corpus/a.txt" in md and "**changed**" in md


def test_cli_changed_fields_are_shown(tmp_path: Path) -> None:
    old = corpus()
    new = [replace(old[0], predicate="decreases", id="")] + old[1:]
    res = runner.invoke(app, ["diff", str(write(tmp_path / "o.jsonl", old)), str(write(tmp_path / "n.jsonl", new))],
                        env=ENV)
    assert "predicate: increases → decreases" in res.output


def test_cli_bad_input(tmp_path: Path) -> None:
    old, _new = stores(tmp_path)
    bad = tmp_path / "bad.jsonl"
    bad.write_text(old.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    res = runner.invoke(app, ["diff", str(old), str(bad)], env=ENV)
    assert res.exit_code == 2 and f"{bad}:{len(corpus()) + 1}:" in res.output
    res = runner.invoke(app, ["diff", str(old), str(old), "--format", "xml"], env=ENV)
    assert res.exit_code == 2 and "text, json, md" in res.output
    res = runner.invoke(app, ["diff", str(old), str(tmp_path / "missing.jsonl")], env=ENV)
    assert res.exit_code == 2 and "no such file" in res.output


def test_diff_stores_reads_files(tmp_path: Path) -> None:
    old, new = stores(tmp_path)
    assert diff_stores(old, new).counts["moved"] == 3

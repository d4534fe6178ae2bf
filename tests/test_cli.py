"""The command line: exit codes, messages, atomic output, exact spans."""

import json

import pytest
from typer.testing import CliRunner

from claimx.cli import app

runner = CliRunner()
TEXT = "Sorafenib reduced IL-6 in mice.\r\nBlocking the CCL2/CCR2 pathway can decrease macrophage\r\ninfiltration.\r\n"


@pytest.fixture
def paper(tmp_path):
    p = tmp_path / "paper.txt"
    p.write_bytes(TEXT.encode())
    return p


def test_extract_writes_a_store_with_exact_spans(paper, tmp_path):
    out = tmp_path / "claims.jsonl"
    result = runner.invoke(app, ["extract", str(paper), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = paper.read_bytes().decode()
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {(r["subject"]["text"], r["predicate"], r["object"]["text"]) for r in records} == {
        ("Sorafenib", "decreases", "IL-6"), ("CCL2/CCR2 pathway", "decreases", "macrophage")}
    for r in records:
        for part in ("subject", "object"):
            s, e = r[part]["span"]
            assert text[s:e] == r[part]["text"]
        assert r["evidence"]["span"][0] <= r["subject"]["span"][0]


def test_extract_to_stdout_and_stats(paper, tmp_path):
    result = runner.invoke(app, ["extract", str(paper)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and all(json.loads(line)["schema"] == 1 for line in lines)
    store = tmp_path / "s.jsonl"
    store.write_text(result.stdout, encoding="utf-8")
    stats = runner.invoke(app, ["stats", str(store)])
    assert stats.exit_code == 0
    assert "2 claims in 1 documents" in stats.stdout


def test_entities_spans_are_exact(paper):
    result = runner.invoke(app, ["entities", str(paper)])
    assert result.exit_code == 0
    text = paper.read_bytes().decode()
    mentions = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"Sorafenib", "IL-6", "CCL2/CCR2 pathway"} <= {m["text"] for m in mentions}
    for m in mentions:
        assert text[m["span"][0]:m["span"][1]] == m["text"]
        assert set(m) == {"doc", "text", "norm", "type", "id", "xrefs", "span", "source"}


def test_missing_input_is_exit_2_with_a_message_and_no_output(tmp_path):
    out = tmp_path / "claims.jsonl"
    out.write_text("previous\n")
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt"), "-o", str(out)])
    assert result.exit_code == 2
    assert "nope.txt: no such file or folder" in result.output
    assert "Traceback" not in result.output
    assert out.read_text() == "previous\n"


def test_binary_input_is_refused(tmp_path):
    p = tmp_path / "x.txt"
    p.write_bytes(b"\x00\x01")
    result = runner.invoke(app, ["extract", str(p)])
    assert result.exit_code == 2 and "binary file" in result.output


def test_corrupt_store_names_file_and_line(tmp_path):
    store = tmp_path / "bad.jsonl"
    store.write_text("{}\n")
    result = runner.invoke(app, ["stats", str(store)])
    assert result.exit_code == 2 and "bad.jsonl:1" in result.output


def test_update_needs_an_output(paper):
    result = runner.invoke(app, ["extract", str(paper), "--update"])
    assert result.exit_code == 2 and "--update needs -o" in result.output


def test_every_command_has_help_with_an_example_and_is_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).parents[1] / "README.md").read_text()
    import typer.main

    group = typer.main.get_command(app)
    names = []
    for name, cmd in group.commands.items():
        subs = getattr(cmd, "commands", None)
        names += [(f"{name} {s}", c) for s, c in subs.items()] if subs else [(name, cmd)]
    for name, cmd in names:
        assert cmd.help and "Example:" in cmd.help, f"claimx {name} lacks an example in its help"
        assert f"claimx {name.split()[0]}" in readme, f"README does not mention claimx {name}"


def test_user_lexicon_entry_is_used_by_extract(tmp_path):
    user = tmp_path / "mine.jsonl"
    added = runner.invoke(app, ["lexicon", "add", str(user), "--id", "claimx:ZORBLIN", "--name", "zorblin",
                                "--type", "agent"])
    assert added.exit_code == 0, added.output
    assert runner.invoke(app, ["lexicon", "check", str(user)]).exit_code == 0
    paper = tmp_path / "p.txt"
    paper.write_text("Zorblin reduced IL-6.", encoding="utf-8")
    without = runner.invoke(app, ["extract", str(paper)])
    assert without.stdout.strip() == ""
    with_user = runner.invoke(app, ["extract", str(paper), "--lexicon", str(user)])
    (record,) = [json.loads(line) for line in with_user.stdout.splitlines()]
    assert record["subject"]["id"] == "claimx:ZORBLIN" and record["predicate"] == "decreases"


def test_bad_user_lexicon_is_exit_2_with_file_and_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "name": "y", "type": "cyto", "synonyms": [], "xrefs": []}\n')
    result = runner.invoke(app, ["lexicon", "check", str(bad)])
    assert result.exit_code == 2 and "bad.jsonl:1" in result.output and "cyto" in result.output


@pytest.mark.parametrize("jobs", ["2", "0"])  # 0: one worker per usable CPU
def test_jobs_output_is_byte_identical_to_jobs_1(tmp_path, jobs):
    folder = tmp_path / "papers"
    folder.mkdir()
    for k, text in enumerate(["Sorafenib reduced IL-6.", "IL-10 suppresses NK cells.", "TGF-β induces Tregs."]):
        (folder / f"p{k}.txt").write_text(text, encoding="utf-8")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert runner.invoke(app, ["extract", str(folder), "-o", str(one), "--jobs", "1"]).exit_code == 0
    assert runner.invoke(app, ["extract", str(folder), "-o", str(two), "--jobs", jobs]).exit_code == 0
    assert one.read_bytes() == two.read_bytes() and len(one.read_text().splitlines()) == 3


def test_update_skips_unchanged_documents_and_replaces_changed_ones(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "a.txt").write_text("Sorafenib reduced IL-6.", encoding="utf-8")
    (folder / "b.txt").write_text("IL-10 suppresses NK cells.", encoding="utf-8")
    store = tmp_path / "claims.jsonl"
    assert runner.invoke(app, ["extract", str(folder), "-o", str(store)]).exit_code == 0
    first = store.read_bytes()
    again = runner.invoke(app, ["extract", str(folder), "-o", str(store), "--update"])
    assert again.exit_code == 0 and "2 unchanged documents skipped" in again.output
    assert store.read_bytes() == first
    (folder / "b.txt").write_text("IL-10 promotes NK cells.", encoding="utf-8")
    (folder / "c.txt").write_text("TGF-β induces Tregs.", encoding="utf-8")
    changed = runner.invoke(app, ["extract", str(folder), "-o", str(store), "--update"])
    assert changed.exit_code == 0 and "1 unchanged documents skipped" in changed.output
    fresh = tmp_path / "fresh.jsonl"
    runner.invoke(app, ["extract", str(folder), "-o", str(fresh)])
    assert store.read_bytes() == fresh.read_bytes()
    (folder / "a.txt").unlink()
    runner.invoke(app, ["extract", str(folder), "-o", str(store), "--update"])
    assert "a.txt" in store.read_text()  # kept without --prune
    runner.invoke(app, ["extract", str(folder), "-o", str(store), "--update", "--prune"])
    assert "a.txt" not in store.read_text()


def test_normalize_diff_marks_repairs_without_colour(tmp_path):
    p = tmp_path / "ocr.txt"
    p.write_text("TGE-P and ICls suppress NK cells.", encoding="utf-8")
    result = runner.invoke(app, ["normalize", str(p), "--diff"])
    assert result.exit_code == 0
    assert "[-TGE-P-]{+TGF-β+}" in result.stdout and "[-ICls-]{+ICIs+}" in result.stdout
    edits = [json.loads(line) for line in runner.invoke(app, ["normalize", str(p), "--edits"]).stdout.splitlines()]
    assert {(e["original"], e["replacement"]) for e in edits} >= {("TGE-P", "TGF-β"), ("ICls", "ICIs")}
    for e in edits:
        assert p.read_text(encoding="utf-8")[e["span"][0]:e["span"][1]] == e["original"]


def test_update_refuses_stdin(tmp_path):
    result = runner.invoke(app, ["extract", "-", "-o", str(tmp_path / "s.jsonl"), "--update"], input="IL-6 reduces NK cells.")
    assert result.exit_code == 2 and "--update cannot read stdin" in result.output


def test_version_prints_the_package_version():
    from claimx import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"claimx {__version__}"

"""Bad input, huge input and interruption: clear messages, bounded work, nothing half-written."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from claimx.cli import app
from claimx.extract import extract_text
from claimx.pipeline import build_nlp

runner = CliRunner()
CORPUS = Path(__file__).parents[1] / "corpus" / "liver-metastasis-ici-review.txt"


def test_invalid_utf8_warns_and_succeeds_but_strict_refuses(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_bytes(b"Sorafenib reduced IL-6.\xff\n")
    ok = runner.invoke(app, ["extract", str(p)])
    assert ok.exit_code == 0 and "invalid UTF-8 at byte 23" in ok.output
    strict = runner.invoke(app, ["extract", str(p), "--strict"])
    assert strict.exit_code == 2 and "bad.txt" in strict.output


def test_empty_file_gives_an_empty_store(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    out = tmp_path / "claims.jsonl"
    result = runner.invoke(app, ["extract", str(p), "-o", str(out)])
    assert result.exit_code == 0 and out.read_text() == ""


def test_folder_without_text_files_is_an_error(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 2 and "no .txt or .md files" in result.output


def test_unwritable_output_is_exit_2_without_traceback(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Sorafenib reduced IL-6.")
    result = runner.invoke(app, ["extract", str(p), "-o", str(tmp_path / "no" / "such" / "dir.jsonl")])
    assert result.exit_code == 2 and "does not exist" in result.output and "Traceback" not in result.output


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs Linux's /dev/full")
def test_a_full_disk_is_exit_2_with_one_line(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Sorafenib reduced IL-6.")
    store = tmp_path / "claims.jsonl"
    result = runner.invoke(app, ["extract", str(p), "-o", "/dev/full"])
    assert result.exit_code == 2 and "/dev/full: cannot write (No space left on device)" in result.output
    assert runner.invoke(app, ["extract", str(p), "-o", str(store)]).exit_code == 0
    # A command printing to a full stdout (`claimx stats … > file` on a full disk): no traceback,
    # and nothing printed again by the interpreter's own flush at exit.
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "claimx", "stats", str(store)], stdout=full,
                              stderr=subprocess.PIPE, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "error: <stdout>: cannot write (No space left on device)"


def test_folder_as_output_is_exit_2_without_traceback(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Sorafenib reduced IL-6.")
    result = runner.invoke(app, ["extract", str(p), "-o", str(tmp_path)])
    assert result.exit_code == 2 and "is a folder" in result.output and "Traceback" not in result.output


def test_a_sentence_without_ends_is_split_so_claim_search_stays_bounded():
    nlp = build_nlp()
    text = ", ".join(["IL-6 increases Tregs"] * 2000)  # ~10k tokens and not one full stop
    doc = nlp(text)
    longest = max(len(s) for s in doc.sents)
    assert longest <= 2 * 200 + 1
    assert len(doc._.claimx_claims) >= 1000


def test_a_long_single_line_file_is_processed(tmp_path):
    p = tmp_path / "line.txt"
    p.write_text(("Sorafenib reduced IL-6 in mice; " * 20000), encoding="utf-8")  # ~640 kB, one line
    out = tmp_path / "claims.jsonl"
    result = runner.invoke(app, ["extract", str(p), "-o", str(out)])
    assert result.exit_code == 0 and len(out.read_text().splitlines()) >= 10000


@pytest.fixture
def papers(tmp_path):
    """A folder big enough to be caught mid-run, and a store from an earlier run beside it."""
    folder = tmp_path / "papers"
    folder.mkdir()
    text = CORPUS.read_text(encoding="utf-8")
    for k in range(40):
        (folder / f"copy{k:02d}.txt").write_text(f"copy {k}\n" + text, encoding="utf-8")
    store = tmp_path / "claims.jsonl"
    seed = tmp_path / "seed.txt"
    seed.write_text("Sorafenib reduced IL-6.", encoding="utf-8")
    assert runner.invoke(app, ["extract", str(seed), "-o", str(store)]).exit_code == 0
    assert store.read_bytes()
    return folder, store


def _signal_mid_write(folder: Path, store: Path, sig: int, options: list[str], group: bool = False):
    """Run `claimx extract` in a subprocess and send `sig` while the new store is being written."""
    claimx = [sys.executable, "-m", "claimx", "extract", str(folder), "-o", str(store), "--quiet", *options]
    proc = subprocess.Popen(claimx, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    # Sent once the temp file exists: the new store is being written at that moment.
    while not _temp_files(store):
        assert proc.poll() is None, "extract finished before it could be stopped"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    time.sleep(0.3)
    (os.killpg if group else os.kill)(proc.pid, sig)
    _, err = proc.communicate(timeout=60)
    return proc, err.decode()


def _temp_files(store: Path) -> list[str]:
    return [n for n in os.listdir(store.parent) if n.startswith(f".{store.name}.")]


@pytest.mark.parametrize("update", [False, True], ids=["extract", "update"])
def test_kill_9_during_extract_leaves_the_previous_store_byte_identical(papers, update):
    folder, store = papers
    before = store.read_bytes()
    _signal_mid_write(folder, store, signal.SIGKILL, ["--update"] if update else [])
    assert store.read_bytes() == before


@pytest.mark.parametrize(("sig", "group", "options", "code", "message"), [
    (signal.SIGINT, True, ["--jobs", "2"], 130, "interrupted"),  # Ctrl-C: the terminal signals every process
    (signal.SIGTERM, False, ["--jobs", "2"], 143, "terminated"),  # `kill PID`: the workers must go too
    (signal.SIGTERM, False, ["--update"], 143, "terminated"),
], ids=["ctrl-c-jobs2", "term-jobs2", "term-update"])
def test_ctrl_c_and_sigterm_stop_cleanly(papers, sig, group, options, code, message):
    folder, store = papers
    before = store.read_bytes()
    proc, err = _signal_mid_write(folder, store, sig, options, group)
    assert proc.returncode == code
    assert err.strip() == f"error: {message}; no file was left half-written"  # one line: no worker tracebacks
    assert store.read_bytes() == before and not _temp_files(store)
    with pytest.raises(ProcessLookupError):  # no worker outlives the run
        for _ in range(50):
            os.killpg(proc.pid, 0)
            time.sleep(0.1)


def test_a_stop_while_the_workers_are_forked_leaves_none_running(tmp_path, monkeypatch):
    """SIGTERM between forking the workers and entering the `with` that stops them left orphans
    (seen once under load: the killed run's workers held the test's stderr pipe open)."""
    import multiprocessing
    import multiprocessing.pool

    from claimx.cli_common import Terminated, exit_cleanly_on_sigterm
    from claimx.extract import extract_to_store

    for k in range(3):
        (tmp_path / f"p{k}.txt").write_text("Sorafenib reduced IL-6.", encoding="utf-8")
    forked = multiprocessing.pool.Pool._repopulate_pool

    def fork_then_stop(pool):
        forked(pool)
        os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(multiprocessing.pool.Pool, "_repopulate_pool", fork_then_stop)
    before = signal.getsignal(signal.SIGTERM)
    exit_cleanly_on_sigterm()
    try:
        with pytest.raises(Terminated):
            extract_to_store([str(tmp_path)], tmp_path / "out.jsonl", jobs=2, nlp=build_nlp())
        left = multiprocessing.active_children()
    finally:
        signal.signal(signal.SIGTERM, before)
        for child in multiprocessing.active_children():
            child.terminate()
    assert left == [] and not (tmp_path / "out.jsonl").exists()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # handlers put back


def test_holding_stops_keeps_an_ignored_signal_ignored_and_delivers_a_held_one_on_release():
    from claimx.workers import _defer_stops

    seen: list[int] = []
    old_int = signal.signal(signal.SIGINT, signal.SIG_IGN)  # as under nohup
    old_term = signal.signal(signal.SIGTERM, lambda signum, frame: seen.append(signum))
    try:
        release = _defer_stops()
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(0.01)
        assert seen == []  # held
        release()
        time.sleep(0.01)
        assert seen == [signal.SIGTERM]  # delivered to the handler that was there before
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, old_int)
        signal.signal(signal.SIGTERM, old_term)


words = st.sampled_from(["IL-6", "reduces", "Tregs", "TGE-P", "ICls", "not", "and", "blocking", "-\n", "\n",
                         "\r\n", "(", ")", "[12]", ",", ".", "may", "CD8+ T cells", "β", " ", "Fig. 1 ", "é"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(words | st.text(max_size=6), max_size=40).map(" ".join))
def test_extract_never_crashes_and_keeps_spans_exact(text):
    for c in extract_text(text):
        for arg in (c.subject, c.object):
            assert text[arg.span[0]:arg.span[1]] == arg.text
        assert c.evidence.span[0] <= min(c.subject.span[0], c.object.span[0])
        assert c.evidence.span[1] >= max(c.subject.span[1], c.object.span[1])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(words | st.text(max_size=6), max_size=40).map(" ".join))
def test_entity_mentions_are_exact_on_noisy_text(text):
    from claimx.extract import mention, process
    from claimx.sources import Source

    p = process(Source("<t>", text, "0" * 64), build_nlp())
    for ent in p.doc.ents:
        m = mention(p, ent)
        assert text[m.span[0]:m.span[1]] == m.text

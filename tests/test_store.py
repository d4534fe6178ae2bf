import contextlib
import errno
import json
import os
import tempfile

import pytest

from claimx.errors import BadStore, OutputError
from claimx.store import atomic_writer, read_store, write_store, write_text_lines


def test_write_then_read_round_trips(tmp_path, claim_factory):
    claims = [claim_factory(subject="IL-6"), claim_factory(subject="IL-10", start=40)]
    path = tmp_path / "claims.jsonl"
    assert write_store(path, claims) == 2
    assert list(read_store(path)) == claims
    line = path.read_text(encoding="utf-8").splitlines()[0]
    assert list(json.loads(line)) == sorted(json.loads(line))  # keys sorted


def test_bad_line_names_file_and_line(tmp_path, claim_factory):
    path = tmp_path / "claims.jsonl"
    write_store(path, [claim_factory()])
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("{not json\n")
    with pytest.raises(BadStore, match=r"claims.jsonl:2: not valid JSON"):
        list(read_store(path))
    path.write_text('{"schema": 1}\n')
    with pytest.raises(BadStore, match=r"claims.jsonl:1: not a valid claim"):
        list(read_store(path))


def test_failed_write_leaves_previous_file_untouched(tmp_path):
    path = tmp_path / "claims.jsonl"
    path.write_text("old\n")
    with pytest.raises(RuntimeError):
        with atomic_writer(path) as fh:
            fh.write("half")
            raise RuntimeError("boom")
    assert path.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["claims.jsonl"]  # no temp file left behind


def test_full_disk_is_an_output_error_and_leaves_previous_file_untouched(tmp_path, monkeypatch):
    path = tmp_path / "claims.jsonl"
    path.write_text("old\n")

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputError, match=r"claims.jsonl: cannot write \(No space left on device\)"):
        write_text_lines(path, ["{}"])
    assert path.read_text() == "old\n" and os.listdir(tmp_path) == ["claims.jsonl"]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs Linux's /dev/full")
@pytest.mark.parametrize("stop", [None, KeyboardInterrupt])
def test_a_flush_on_a_full_disk_is_an_output_error_naming_the_file(tmp_path, monkeypatch, stop):
    path = tmp_path / "claims.jsonl"
    path.write_text("old\n")
    temp = tmp_path / ".claims.jsonl.x.tmp"
    temp.write_text("")
    # the temp file's descriptor writes to a full disk; the buffered lines fail at the flush
    monkeypatch.setattr(tempfile, "mkstemp", lambda **kw: (os.open("/dev/full", os.O_WRONLY), str(temp)))

    def lines():
        yield "{}"
        if stop:
            raise stop  # Ctrl-C with the disk full: the interrupt, not the close's error, gets out

    with pytest.raises(stop or OutputError, **({} if stop else {"match": r"claims.jsonl: cannot write"})):
        write_text_lines(path, lines())
    assert path.read_text() == "old\n" and not temp.exists()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs Linux's /dev/full")
def test_full_device_and_full_stdout_are_output_errors():
    with pytest.raises(OutputError, match=r"/dev/full: cannot write"):
        write_text_lines("/dev/full", ["{}"])
    stream = open("/dev/full", "w", encoding="utf-8")
    try:
        with pytest.raises(OutputError, match=r"<stdout>: cannot write"):
            write_text_lines(None, ["{}"], stream=stream)  # buffered: the failure shows at the flush
    finally:
        with contextlib.suppress(OSError):  # the unwritten buffer fails again on close
            stream.close()


def test_unwritable_folder_is_an_output_error(tmp_path):
    with pytest.raises(OutputError, match="does not exist"):
        with atomic_writer(tmp_path / "missing" / "x.jsonl"):
            pass


def _write(path, text):
    with atomic_writer(path) as fh:
        fh.write(text)


def test_symlink_is_followed_and_kept(tmp_path):
    real, link = tmp_path / "real.jsonl", tmp_path / "link.jsonl"
    real.write_text("old\n")
    link.symlink_to(real)
    _write(link, "new\n")
    assert link.is_symlink() and real.read_text() == "new\n"


def test_existing_file_keeps_its_permissions_and_new_file_follows_umask(tmp_path):
    kept, fresh = tmp_path / "kept.jsonl", tmp_path / "fresh.jsonl"
    kept.write_text("old\n")
    kept.chmod(0o640)
    _write(kept, "new\n")
    umask = os.umask(0o022)
    try:
        _write(fresh, "x\n")
    finally:
        os.umask(umask)
    assert (kept.stat().st_mode & 0o777) == 0o640
    assert (fresh.stat().st_mode & 0o777) == 0o644  # not mkstemp's 0600


def test_folder_as_output_is_an_output_error(tmp_path):
    with pytest.raises(OutputError, match="is a folder"):
        _write(tmp_path, "x\n")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_is_written_in_place_not_replaced(tmp_path):
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    _write(fifo, "line\n")
    reader.join(timeout=10)
    assert got == ["line\n"]
    assert fifo.is_fifo()

import os

import pytest

from claimx.errors import BadInput
from claimx.sources import expand_paths, iter_sources, read_source


def test_crlf_and_utf8_are_kept_exactly(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("TGF-β\r\nline two\r\n".encode())
    src = read_source(p)
    assert src.text == "TGF-β\r\nline two\r\n"
    assert len(src.sha256) == 64 and not src.warnings


def test_invalid_utf8_is_replaced_with_a_warning_naming_the_offset(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_bytes(b"abc\xffdef")
    src = read_source(p)
    assert src.text == "abc\ufffddef"
    assert "byte 3" in src.warnings[0] and "bad.txt" in src.warnings[0]
    with pytest.raises(BadInput, match="byte 3"):
        read_source(p, strict=True)


def test_binary_file_is_refused(tmp_path):
    p = tmp_path / "bin.txt"
    p.write_bytes(b"ab\x00cd")
    with pytest.raises(BadInput, match="NUL byte at offset 2"):
        read_source(p)


def test_folders_recurse_in_order_and_skip_hidden_and_other_suffixes(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z")
    (tmp_path / "a.md").write_text("a")
    (tmp_path / ".hidden.txt").write_text("h")
    (tmp_path / "c.pdf").write_text("c")
    found = [p.rsplit("/", 1)[1] for p in expand_paths([tmp_path])]
    assert found == ["a.md", "z.txt"]
    assert [s.text for s in iter_sources([tmp_path])] == ["a", "z"]


def test_missing_path_and_empty_folder_are_clear_errors(tmp_path):
    with pytest.raises(BadInput, match="no such file or folder"):
        list(expand_paths([tmp_path / "nope.txt"]))
    (tmp_path / "empty").mkdir()
    with pytest.raises(BadInput, match="no .txt or .md files"):
        list(expand_paths([tmp_path / "empty"]))


def test_a_folder_walk_skips_dangling_links_and_does_not_follow_folder_links(tmp_path):
    (tmp_path / "a.txt").write_text("text")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)  # followed, it would never end
    assert list(expand_paths([tmp_path])) == [(tmp_path / "a.txt").as_posix()]
    with pytest.raises(BadInput, match="gone.txt: no such file or folder"):
        list(expand_paths([tmp_path / "gone.txt"]))  # named on the command line, it is an error


def test_a_file_name_that_is_not_utf8_is_refused_by_name(tmp_path):
    try:
        bad = tmp_path / os.fsdecode(b"caf\xe9.txt")
        bad.write_text("text")
    except (UnicodeError, OSError):
        pytest.skip("this file system takes no such name")
    with pytest.raises(BadInput, match=r"caf\\xe9\.txt: file name is not valid UTF-8"):
        list(expand_paths([tmp_path]))


def test_an_unreadable_stdin_is_a_bad_input(monkeypatch):
    import errno
    import types

    def fail():
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))

    monkeypatch.setattr("sys.stdin", types.SimpleNamespace(buffer=types.SimpleNamespace(read=fail)))
    with pytest.raises(BadInput, match=r"<stdin>: cannot read \(Bad file descriptor\)"):
        read_source("-")

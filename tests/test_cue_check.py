"""`claimx lexicon check` reads every cue file: a bad row in any of them is reported with its file."""

import shutil

import pytest

from claimx.cue_check import check_cue_files
from claimx.cues import cues_dir
from claimx.errors import BadLexicon

FILES = sorted(p.name for p in cues_dir().glob("*.tsv"))


def test_the_packaged_cue_files_load():
    check_cue_files()


@pytest.mark.parametrize("name", FILES)
def test_a_bad_row_in_any_cue_file_is_reported(tmp_path, name):
    folder = tmp_path / "cues"
    shutil.copytree(cues_dir(), folder)
    path = folder / name
    path.write_text(path.read_text(encoding="utf-8") + "no\tsuch\tkind\tof\trow\there\n", encoding="utf-8")
    with pytest.raises(BadLexicon, match=name):
        check_cue_files(folder)

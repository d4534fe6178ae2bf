"""A mention before a study noun names a study's subjects or arm, not an argument (study_heads.py), on
sentences written for the purpose."""

from pathlib import Path

import pytest

from claimx.errors import BadLexicon
from claimx.study_heads import load_study_heads

from factory import triples


def test_a_disease_naming_patients_is_no_subject():
    assert not any(s == "PHT" for s, _, _ in triples("Irreversible PHT cases showed increased VEGF expression."))


def test_a_drug_naming_a_study_arm_is_no_object():
    got = triples("Degeneration observed in the MTX group was improved by L-Car treatment.")
    assert ("L-Car", "increases", "MTX") not in got


def test_a_suffix_claim_keeps_its_object_before_a_study_noun():
    got = triples("Hyp enhanced resolution in a pulmonary bleomycin-induced inflammation model.")
    assert ("bleomycin", "increases", "inflammation") in got
    assert ("Hyp", "increases", "inflammation") not in got


def test_the_noun_file_is_validated(tmp_path: Path):
    (tmp_path / "study_heads.tsv").write_text("kind\tword\nsubject\tpatients\n", encoding="utf-8")
    with pytest.raises(BadLexicon):
        load_study_heads(tmp_path)

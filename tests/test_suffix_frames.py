"""A suffix cue before a noun of manner makes no claim (constructions.suffix_claim, suffix_heads.tsv
'frame' rows), on sentences written for the purpose."""

from pathlib import Path

import pytest

from claimx.cues import suffix_frames, suffix_heads
from claimx.errors import BadLexicon

from factory import triples


def test_a_dependent_fashion_names_no_object():
    got = triples("Melanoma cells adhered to DC-9 in a Mn(2+)-dependent fashion suggesting an integrin-mediated process.")
    assert not any(s == "Mn(2+)" for s, _, _ in got)


def test_a_dependent_mechanism_of_another_claim_is_no_claim_on_it():
    got = triples("These data delineate an Sp1-dependent mechanism of M-CSF induced VEGF production.")
    assert ("Sp1", "increases", "M-CSF") not in got
    assert ("M-CSF", "increases", "VEGF") in got


def test_a_plain_suffix_claim_stays():
    assert ("IL-6", "increases", "VEGF") in triples("IL-6-dependent VEGF expression was reduced.")


def test_the_two_kinds_are_read_apart():
    assert "manner" in suffix_frames() and "manner" not in suffix_heads()
    assert "gene" in suffix_heads() and "gene" not in suffix_frames()


def test_an_unknown_kind_is_rejected(tmp_path: Path):
    (tmp_path / "suffix_heads.tsv").write_text("kind\tform\nhow\tmanner\n", encoding="utf-8")
    with pytest.raises(BadLexicon):
        suffix_frames(tmp_path)


def test_regulation_after_a_suffix_names_no_direction():
    assert not any(s == "p53" for s, _, _ in triples("The p53-mediated regulation of glycolysis is lost in tumors."))


def test_a_knockdown_after_a_suffix_takes_the_target_down():
    got = triples("A similar phenotype was induced by morpholino-mediated knockdown of the integrin alpha2 subunit.")
    assert ("morpholino", "decreases", "integrin alpha2") in got
    assert ("morpholino", "increases", "integrin alpha2") not in got

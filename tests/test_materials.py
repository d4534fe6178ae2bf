"""Materials taken from cells act, not the cells they came from (materials.py): sentences written for the purpose."""

import pytest

from claimx.errors import BadLexicon
from claimx.materials import load_materials

from factory import triples


@pytest.mark.parametrize("text", [
    "Conditioned medium from HeLa cells inhibited NK cell activity.",
    "The insulin-conditioned HeLa cell media stimulated endothelial cell proliferation.",
    "Supernatants of the HeLa cells increased endothelial cell proliferation.",
])
def test_the_source_of_a_material_is_no_subject(text):
    assert not any(s.startswith("HeLa") for s, _, _ in triples(text))


@pytest.mark.parametrize("text, expected", [
    # the cells acting themselves keep their claim
    ("HeLa cells inhibited NK cell activity.", ("HeLa cells", "decreases", "NK cell")),
    # a drug in a medium is what it holds: it acts
    ("Cisplatin medium inhibited NK cell activity.", ("Cisplatin", "decreases", "NK cell")),
])
def test_other_subjects_keep_their_claims(text, expected):
    assert expected in triples(text)


def test_bad_material_kind_is_reported(tmp_path):
    (tmp_path / "materials.tsv").write_text("kind\tword\nbroth\tmedium\n", encoding="utf-8")
    with pytest.raises(BadLexicon, match="materials.tsv:2"):
        load_materials(tmp_path)

"""Means phrases (means.py, lexicons/cues/means.tsv): sentences written for the purpose."""

import pytest

from claimx.errors import BadLexicon
from claimx.means import load_means

from factory import triples


@pytest.mark.parametrize("text, expected", [
    ("Macrophages promoted tumor growth through the secretion of IL-6.", ("Macrophages", "increases", "IL-6")),
    ("Macrophages promoted tumor growth via production of IL-6 and CCL2.", ("Macrophages", "increases", "CCL2")),
    ("Macrophages suppress T cells by the release of IL-10.", ("Macrophages", "increases", "IL-10")),
])
def test_the_clause_subject_makes_what_the_means_noun_is_of(text, expected):
    assert expected in triples(text)


def test_a_passive_by_is_an_agent_not_a_means():
    found = triples("Tumor growth was increased by the secretion of IL-6.")
    assert ("Tumor growth", "increases", "IL-6") not in found


def test_bad_means_kind_is_reported(tmp_path):
    (tmp_path / "means.tsv").write_text("kind\tword\nnoun\tsecretion\nverb\tsecrete\n", encoding="utf-8")
    with pytest.raises(BadLexicon, match="means.tsv:3"):
        load_means(tmp_path)

"""Polar agent nouns (polar.py): 'X is a negative regulator of Y', on sentences written for the purpose."""

import pytest

from claimx.errors import BadLexicon
from claimx.extract import extract_text
from claimx.polar import load_polar


def triples(text):
    return {(c.subject.text, c.predicate, c.object.text) for c in extract_text(text)}


@pytest.mark.parametrize("text, expected", [
    ("SOCS1 is a negative regulator of JAK2 activity.", {("SOCS1", "decreases", "JAK2")}),
    ("SOCS1, a potent negative regulator of JAK2, was measured.", {("SOCS1", "decreases", "JAK2")}),
    ("c-Myc is a key positive regulator of VEGF expression.", {("c-Myc", "increases", "VEGF")}),
    ("SOCS1 has been reported to be a negative modulator of JAK2.", {("SOCS1", "decreases", "JAK2")}),
])
def test_polar_regulators(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text", [
    "SOCS1 is a regulator of JAK2 activity.",          # no direction named
    "SOCS1 is a negative prognostic factor in AML.",   # polarity without an agent noun
])
def test_no_claim_without_polarity_and_noun(text):
    assert triples(text) == set()


def test_bad_polarity_is_reported(tmp_path):
    (tmp_path / "polar_agents.tsv").write_text("kind\tword\tvalue\npolarity\tnegative\tdown\npolarity\tweak\tsideways\n",
                                               encoding="utf-8")
    with pytest.raises(BadLexicon, match="polar_agents.tsv:3"):
        load_polar(tmp_path)

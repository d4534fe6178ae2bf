"""Polar agent nouns (polar.py): 'X is a negative regulator of Y', on sentences written for the purpose."""

import pytest

from claimx.errors import BadLexicon
from claimx.extract import extract_text
from claimx.polar import load_polar, load_steps

from factory import triples


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


@pytest.mark.parametrize("text, expected", [
    ("Angiogenesis is a critical process in tumor growth.", ("Angiogenesis", "increases", "tumor growth")),
    ("Neovascularization, an essential event for the growth of solid tumors, is regulated by VEGF.",
     ("Neovascularization", "increases", "solid tumors")),
])
def test_a_necessary_step_increases_what_it_is_for(text, expected):
    assert expected in {(c.subject.text, c.predicate, c.object.text) for c in extract_text(text)}


def test_a_necessity_word_leaves_a_regulator_undirected():
    assert extract_text("Brick1 is an essential regulator of actin in HeLa cells.") == []


def test_bad_step_kind_is_reported(tmp_path):
    (tmp_path / "polar_agents.tsv").write_text("kind\tword\tvalue\nnecessity\tessential\tup\nstep\tprocess\tsideways\n"
                                                 "steps\tevent\t-\n", encoding="utf-8")
    with pytest.raises(BadLexicon, match="polar_agents.tsv:4"):
        load_steps(tmp_path)

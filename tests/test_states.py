"""Populations described, not acting (states.py): on sentences written for the purpose."""

import pytest

from claimx.errors import BadLexicon
from claimx.extract import extract_text
from claimx.states import load_states

from factory import triples


@pytest.mark.parametrize("text", [
    "Glioma cells cultured in serum show increased expression of MMP-2.",
    "The HeLa cells have a significant decrease in VEGF.",
    "Most breast carcinomas exhibit loss of PTEN expression.",
    "Resistant HeLa cells displayed enhanced STAT3 activity.",
    "These melanomas showed a 3-fold reduction in VEGF expression.",
])
def test_a_described_population_is_no_cause(text):
    assert triples(text) == set()


@pytest.mark.parametrize("text, expected", [
    # a drug or molecule that shows a change keeps the light-verb claim
    ("Imatinib showed a marked reduction in VEGF expression.", ("Imatinib", "decreases", "VEGF")),
    # a population acting through its own verb is a cause
    ("HeLa cells secrete VEGF.", ("HeLa cells", "increases", "VEGF")),
    # a role adjective after a state verb is the role rule's, cells included
    ("Regulatory T cells exhibit anti-inflammatory activity.", ("Regulatory T cells", "decreases", "anti-inflammatory")),
])
def test_other_subjects_keep_their_claims(text, expected):
    assert expected in triples(text)


def test_bad_state_kind_is_reported(tmp_path):
    (tmp_path / "states.tsv").write_text("kind\tword\nnoun\tshows\n", encoding="utf-8")
    with pytest.raises(BadLexicon, match="states.tsv:2"):
        load_states(tmp_path)


@pytest.mark.parametrize("text, expected", [
    ("STAT3 ablation reduced VEGF expression.", {("STAT3", "inhibition", "decreases", "VEGF")}),
    ("Erbb2 ablation lowered the activation of PI3K.", {("Erbb2", "inhibition", "decreases", "PI3K")}),
    # a therapy named as itself is a subject
    ("Radiofrequency ablation increased VEGF expression.", {("Radiofrequency ablation", None, "increases", "VEGF")}),
])
def test_an_operator_word_after_a_mention_is_its_operator(text, expected):
    assert {(c.subject.text, c.subject.op, c.predicate, c.object.text) for c in extract_text(text)} == expected


@pytest.mark.parametrize("text, expected", [
    ("PTEN-deficient HeLa cells lowered VEGF secretion.", ("PTEN", "inhibition", "decreases", "VEGF")),
    ("STAT3-deficient HeLa cells increased VEGF secretion.", ("STAT3", "inhibition", "increases", "VEGF")),
])
def test_mutant_cells_are_their_gene_with_an_operator(text, expected):
    found = {(c.subject.text, c.subject.op, c.predicate, c.object.text) for c in extract_text(text)}
    assert expected in found
    assert not any(s.endswith("cells") for s, _, _, _ in found)

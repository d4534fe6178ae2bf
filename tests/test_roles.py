"""Role adjectives (roles.py): "the antiangiogenic activity of X", on sentences written for the purpose."""

import pytest

from claimx.errors import BadLexicon
from claimx.extract import extract_text
from claimx.roles import load_roles


def triples(text):
    out = set()
    for c in extract_text(text):
        assert text[c.object.span[0]:c.object.span[1]] == c.object.text
        flags = "".join(f for f, on in (("N", c.negated), ("H", c.hedged)) if on)
        out.add((c.subject.text, c.predicate, c.object.norm, flags))
    return out


@pytest.mark.parametrize("text, expected", [
    ("Thalidomide exhibited antiangiogenic activity.", {("Thalidomide", "decreases", "angiogenesis", "")}),
    ("We compared the antiproliferative and antimetastatic effects of sorafenib.",
     {("sorafenib", "decreases", "proliferation", ""), ("sorafenib", "decreases", "metastasis", "")}),
    ("Beclin 1 is a tumor-suppressive gene.", {("Beclin 1", "decreases", "tumor", "")}),
    ("IL-6 has pro-inflammatory effects in mice.", {("IL-6", "increases", "inflammation", "")}),
    ("Sorafenib did not show antiproliferative activity.", {("Sorafenib", "decreases", "proliferation", "N")}),
    ("Sorafenib may have antiproliferative activity.", {("Sorafenib", "decreases", "proliferation", "H")}),
    ("Sorafenib is antiproliferative in vitro.", {("Sorafenib", "decreases", "proliferation", "")}),
])
def test_role_adjective_claims(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text", [
    "Antiangiogenic therapy was given to patients.",  # no holder of the role
    "IL-6 levels were measured before antiproliferative therapy.",  # a mention far left is no holder
])
def test_no_role_claim_without_a_subject(text):
    assert triples(text) == set()


def test_an_adjective_inside_a_mention_is_not_a_role():
    # "antitumor immunity" is a concept: the verb's claim stands, no role claim beside it.
    assert triples("Radiotherapy enhances antitumor immunity.") == {
        ("Radiotherapy", "increases", "antitumor immunity", "")}


def test_roles_file_is_validated(tmp_path):
    (tmp_path / "roles.tsv").write_text("kind\tform\tvalue\nprefix\tanti\tsideways\n", encoding="utf-8")
    with pytest.raises(BadLexicon, match=r"roles.tsv:2: direction"):
        load_roles(tmp_path)
    assert load_roles().words["tumor-promoting"] == ("increases", "tumor")


def test_role_stems_are_named_by_the_pipelines_lexicon(tmp_path):
    # A user lexicon that takes over "angiogenesis" names the role's object too.
    from claimx.pipeline import build_nlp

    user = tmp_path / "user.jsonl"
    user.write_text('{"id": "USER:ANGIO", "name": "angiogenesis (user)", "synonyms": ["angiogenesis"], '
                    '"type": "process", "xrefs": []}\n', encoding="utf-8")
    nlp = build_nlp(extra=(str(user),))
    [claim] = extract_text("Thalidomide exhibited antiangiogenic activity.", nlp=nlp)
    assert claim.object.id == "USER:ANGIO" and claim.object.norm == "angiogenesis (user)"
    [default] = extract_text("Thalidomide exhibited antiangiogenic activity.")
    assert default.object.id == "claimx:ANGIOGENESIS"

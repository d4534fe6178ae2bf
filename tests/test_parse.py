"""`extract --model`: a dependency parse gives verb cues their subject and object.

No pretrained model is needed: hand-written parses drive the component directly, and a
tiny parser trained here on those parses stands in for a user's installed pipeline.
"""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.tokens import Doc
from spacy.training import Example
from typer.testing import CliRunner

from claimx.cli import app
from claimx.pipeline import build_nlp

# (sentence, heads as absolute token indexes, labels), tokenized by claimx's tokenizer.
PARSED = [
    # The rules take the nearest mention left of "increases" (TNF); the parse knows IL-6 is the subject.
    ("IL-6 secreted by macrophages in tumors with high TNF levels increases VEGF expression.",
     [10, 0, 1, 2, 1, 4, 5, 9, 9, 6, 10, 12, 10, 10],
     ["nsubj", "acl", "agent", "pobj", "prep", "pobj", "prep", "amod", "compound", "pobj", "ROOT", "compound",
      "dobj", "punct"]),
    # The rules read "CD40 suppress IL-10"; the subject of both verbs is Macrophages.
    ("Macrophages that express CD40 suppress IL-10 and promote T cell infiltration.",
     [4, 2, 0, 2, 4, 4, 4, 4, 9, 10, 7, 4],
     ["nsubj", "nsubj", "relcl", "dobj", "ROOT", "dobj", "cc", "conj", "compound", "compound", "dobj", "punct"]),
    # A relative clause in passive, then the main verb: the rules find nothing here.
    ("Tregs, which are recruited by CCL22, suppress CD8+ T cells.",
     [8, 0, 4, 4, 0, 4, 5, 0, 8, 12, 9, 12, 8, 8],
     ["nsubj", "punct", "nsubjpass", "auxpass", "relcl", "agent", "pobj", "punct", "ROOT", "compound", "punct",
      "compound", "dobj", "punct"]),
]
EXPECTED = [
    {("IL-6", "increases", "VEGF"), ("macrophages", "increases", "IL-6")},
    {("Macrophages", "decreases", "IL-10"), ("Macrophages", "increases", "T cell")},
    {("CCL22", "increases", "Tregs"), ("Tregs", "decreases", "CD8+ T cells")},
]


def _hand_parsed(nlp, text: str, heads: list[int], deps: list[str]) -> Doc:
    toks = nlp.tokenizer(text)
    return Doc(nlp.vocab, words=[t.text for t in toks], spaces=[bool(t.whitespace_) for t in toks],
               heads=heads, deps=deps)


def _claims(nlp, doc: Doc, use_parse: bool = True) -> set[tuple[str, str, str]]:
    for name, proc in nlp.pipeline:
        if name == "claimx_sentences":
            continue  # the parse already sets the sentence
        if name == "claimx_claims":
            proc.use_parse = use_parse
        doc = proc(doc)
    nlp.get_pipe("claimx_claims").use_parse = True
    return {(c.subject.text, c.predicate, c.object.text) for c in doc._.claimx_claims}


@pytest.mark.parametrize("case, expected", list(zip(PARSED, EXPECTED)))
def test_parse_gives_subject_and_object(case, expected):
    nlp = build_nlp()
    assert _claims(nlp, _hand_parsed(nlp, *case)) == expected


def test_rules_alone_differ_on_these_sentences():
    """Guards the fixtures: each sentence must be one the rules get wrong, or the tests above prove nothing."""
    nlp = build_nlp()
    for case, expected in zip(PARSED, EXPECTED):
        assert _claims(nlp, _hand_parsed(nlp, *case), use_parse=False) != expected


def test_incomplete_parse_falls_back_to_rules():
    nlp = build_nlp()
    text = "IL-6 increases VEGF expression."
    toks = nlp.tokenizer(text)
    flat = Doc(nlp.vocab, words=[t.text for t in toks], spaces=[bool(t.whitespace_) for t in toks],
               heads=[1, 1, 3, 1, 1], deps=["dep", "ROOT", "compound", "dep", "punct"])  # no subject, no object
    assert _claims(nlp, flat) == {("IL-6", "increases", "VEGF")}


@pytest.fixture(scope="module")
def tiny_parser(tmp_path_factory):
    """A parser trained to reproduce PARSED, saved as a pipeline folder like an installed model."""
    tok = build_nlp().tokenizer
    nlp = spacy.blank("en")
    parser = nlp.add_pipe("parser")
    examples = []
    for text, heads, deps in PARSED:
        toks = tok(text)
        doc = Doc(nlp.vocab, words=[t.text for t in toks], spaces=[bool(t.whitespace_) for t in toks])
        examples.append(Example.from_dict(doc, {"heads": heads, "deps": deps}))
        for label in deps:
            parser.add_label(label)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(60):
        nlp.update(examples, sgd=optimizer)
    path = tmp_path_factory.mktemp("parser") / "tiny_parser"
    nlp.to_disk(path)
    return path


def test_extract_with_model(tiny_parser, tmp_path):
    src = tmp_path / "paper.txt"
    src.write_text("\n\n".join(text for text, _, _ in PARSED) + "\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", str(src), "--model", str(tiny_parser), "-q"])
    assert res.exit_code == 0, res.output
    records = [json.loads(line) for line in res.output.splitlines()]
    found = {(r["subject"]["text"], r["predicate"], r["object"]["text"]) for r in records}
    assert set().union(*EXPECTED) <= found
    assert {r["extractor"]["version"].split("+")[1] for r in records} == {"en_pipeline-0.0.0"}


def test_model_errors(tmp_path):
    src = tmp_path / "paper.txt"
    src.write_text("IL-6 increases VEGF.\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", str(src), "--model", "no_such_pipeline_xyz"])
    assert res.exit_code == 2 and "--model no_such_pipeline_xyz: cannot load" in res.output
    assert "Traceback" not in res.output
    blank = tmp_path / "blank"
    spacy.blank("en").to_disk(blank)
    res = CliRunner().invoke(app, ["extract", str(src), "--model", str(blank)])
    assert res.exit_code == 2 and "has no dependency parser" in res.output

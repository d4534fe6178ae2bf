import json
from pathlib import Path

import jsonschema
from hypothesis import given
from hypothesis import strategies as st

import claimx
from claimx.model import Argument, Claim, Context, DocRef, Edit, Evidence, Extractor, Mention
from claimx.store import dumps

SCHEMA = json.loads((Path(claimx.__file__).parent / "schema" / "claim.schema.json").read_text())
TYPES = ["cell", "cytokine", "gene_protein", "therapy", "agent", "disease", "outcome", "process", "trial"]

text = st.text(min_size=1, max_size=20)
spans = st.tuples(st.integers(0, 10_000), st.integers(0, 100)).map(lambda t: (t[0], t[0] + t[1]))
xrefs = st.lists(st.from_regex(r"[A-Z]{2,6}:[0-9A-Za-z]{1,8}", fullmatch=True), max_size=3).map(tuple)
arguments = st.builds(Argument, text, text, st.sampled_from(TYPES), text, xrefs, spans,
                      st.sampled_from([None, "inhibition", "activation"]), st.none() | text)
claims = st.builds(
    Claim,
    doc=st.builds(DocRef, text, st.from_regex(r"[0-9a-f]{64}", fullmatch=True)),
    subject=arguments,
    predicate=st.sampled_from(["increases", "decreases"]),
    object=arguments,
    evidence=st.builds(Evidence, st.text(max_size=50), spans, st.none() | text),
    negated=st.booleans(),
    hedged=st.booleans(),
    context=st.builds(Context, st.lists(text, max_size=2).map(tuple),
                      st.sampled_from([None, "preclinical", "clinical"]), st.lists(text, max_size=2).map(tuple)),
    confidence=st.floats(0, 1),
    extractor=st.builds(Extractor, text, text),
)


@given(claims)
def test_claim_round_trips_through_json_and_matches_schema(claim):
    line = dumps(claim.to_dict())
    back = Claim.from_dict(json.loads(line))
    assert back == claim
    jsonschema.validate(json.loads(line), SCHEMA)


@given(st.builds(Mention, text, text, st.sampled_from(TYPES), text, xrefs, spans, st.sampled_from(["lexicon", "pattern"])))
def test_mention_round_trips(mention):
    assert Mention.from_dict(json.loads(dumps(mention.to_dict()))) == mention


@given(st.builds(Edit, spans, st.text(max_size=5), st.text(max_size=5), text, st.floats(0, 1)))
def test_edit_round_trips(edit):
    assert Edit.from_dict(json.loads(dumps(edit.to_dict()))) == edit


def test_claim_id_is_stable_and_depends_on_meaning(claim_factory):
    a, b = claim_factory(), claim_factory()
    assert a.id == b.id and a.id.startswith("clm_")
    assert claim_factory(predicate="decreases").id != a.id
    assert claim_factory(negated=True).id != a.id
    assert claim_factory(op="inhibition").id != a.id
    assert claim_factory(start=5).id != a.id


def test_unknown_schema_version_is_refused(claim_factory):
    d = claim_factory().to_dict()
    d["schema"] = 99
    try:
        Claim.from_dict(d)
    except ValueError as err:
        assert "schema" in str(err)
    else:
        raise AssertionError("schema 99 accepted")

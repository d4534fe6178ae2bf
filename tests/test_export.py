"""claimx export: every format is read back by its real consumer, with nasty strings in the store."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from typer.testing import CliRunner

from claimx.cli import app
from claimx.export import FORMATS, Filters, export_store
from claimx.exporters import names
from claimx.exporters.names import VOCAB
from claimx.store import read_store

NASTY = Path(__file__).parent / "data" / "stores" / "nasty.jsonl"
ENV = {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb", "USER": "tester"}
runner = CliRunner()
CX = rdflib.Namespace(VOCAB)


@pytest.fixture(scope="module")
def claims():
    return list(read_store(NASTY))


def export(fmt: str, store: Path = NASTY, **filters) -> str:
    buf = io.StringIO()
    export_store(store, fmt, stream=buf, filters=Filters(**filters))
    return buf.getvalue()


def test_fixture_is_nasty(claims) -> None:
    text = "".join(c.evidence.text + c.doc.path + (c.evidence.section or "") for c in claims)
    for ch in ['"', "\\", "\n", "\r", "\t", "<", "&", "β", "γ", "\x0b"]:
        assert ch in text


@pytest.mark.parametrize("fmt", ["ntriples", "turtle", "jsonld"])
def test_rdf_round_trip(fmt: str, claims) -> None:
    g = rdflib.Graph()
    g.parse(data=export(fmt), format={"ntriples": "nt", "turtle": "turtle", "jsonld": "json-ld"}[fmt])
    subjects = set(g.subjects(rdflib.RDF.type, CX.Claim))
    assert len(subjects) == len(claims)
    for c in claims:
        node = rdflib.URIRef(names.claim_iri(c.id))
        assert str(g.value(node, CX.evidence)) == c.evidence.text
        assert str(g.value(node, CX.predicate)) == VOCAB + c.predicate
        assert g.value(node, CX.negated).toPython() is c.negated
        assert g.value(node, CX.confidence).toPython() == c.confidence
        assert int(g.value(node, CX.subjectStart)) == c.subject.span[0]
        doc = g.value(node, CX.document)
        assert str(g.value(doc, CX.path)) == c.doc.path
        if c.evidence.section:
            assert str(g.value(node, CX.section)) == c.evidence.section
    assert len(set(g.subjects(rdflib.RDF.type, CX.Document))) == len({c.doc for c in claims})


def test_entity_iris_come_from_xrefs() -> None:
    g = rdflib.Graph().parse(data=export("ntriples"), format="nt")
    entities = {str(e) for e in g.subjects(rdflib.RDF.type, CX.Entity)}
    assert "https://identifiers.org/mesh:D016212" in entities  # first xref of TGF-β
    assert "https://identifiers.org/CL:0000625" in entities
    assert "https://identifiers.org/drugbank:DB00398" in entities
    assert "https://identifiers.org/hgnc:17635" in entities
    assert "https://w3id.org/claimx/entity/tumour%20growth" in entities  # no xref: claimx IRI
    tgf = rdflib.URIRef("https://identifiers.org/mesh:D016212")
    assert rdflib.URIRef("https://identifiers.org/hgnc:11766") in set(g.objects(tgf, rdflib.SKOS.exactMatch))
    assert str(g.value(tgf, rdflib.RDFS.label)) == "TGF-β"


def test_identifiers_org_forms() -> None:
    assert names.curie_iri("CL:0000084") == "https://identifiers.org/CL:0000084"
    assert names.curie_iri("HGNC:11766") == "https://identifiers.org/hgnc:11766"
    assert names.curie_iri("MESH:D016212") == "https://identifiers.org/mesh:D016212"
    assert names.curie_iri("chebi:15422") == "https://identifiers.org/CHEBI:15422"
    assert names.curie_iri("FOO:1") is None and names.curie_iri("nocolon") is None


def test_graphml_round_trip(claims, tmp_path: Path) -> None:
    path = tmp_path / "c.graphml"
    path.write_text(export("graphml"), encoding="utf-8")
    g = nx.read_graphml(path, force_multigraph=True)
    assert g.number_of_edges() == len(claims)
    ids = {c.subject.id for c in claims} | {c.object.id for c in claims}
    assert set(g.nodes) == ids
    edges = {d["claim_id"]: (u, v, d) for u, v, d in g.edges(data=True)}
    for c in claims:
        u, v, d = edges[c.id]
        assert (u, v) == (c.subject.id, c.object.id)
        assert d["evidence"] == c.evidence.text.replace("\x0b", "\ufffd")  # XML cannot carry \x0b
        assert d["negated"] is c.negated and d["confidence"] == c.confidence
        assert d["doc"] == c.doc.path
    tgf = g.nodes["claimx:TGFB"]
    assert tgf["label"] == "TGF-β" and tgf["xrefs"] == "MESH:D016212|HGNC:11766"


@pytest.mark.parametrize("fmt,delimiter", [("csv", ","), ("tsv", "\t")])
def test_tabular_round_trip(fmt: str, delimiter: str, claims) -> None:
    rows = list(csv.DictReader(io.StringIO(export(fmt), newline=""), delimiter=delimiter))
    assert len(rows) == len(claims)
    by_id = {r["id"]: r for r in rows}
    for c in claims:
        r = by_id[c.id]
        assert r["evidence_text"] == c.evidence.text
        assert r["doc_path"] == c.doc.path
        assert r["subject_xrefs"] == "|".join(c.subject.xrefs)
        assert float(r["confidence"]) == c.confidence
        assert r["negated"] == str(c.negated).lower()
        assert int(r["object_start"]) == c.object.span[0]


# A grammar for exactly the BEL this exporter writes.
STR = r'"(?:[^"\\\n]|\\.)*"'
TERM = rf"(?:p|a|bp|path)\([A-Z]+:{STR}\)"
BEL_LINE = re.compile("|".join([
    rf"SET DOCUMENT \w+ = {STR}",
    rf"DEFINE NAMESPACE [A-Z]+ AS PATTERN {STR}",
    rf"DEFINE ANNOTATION \w+ AS (?:PATTERN {STR}|LIST \{{{STR}(?:, {STR})*\}})",
    rf"SET Citation = \{{{STR}, {STR}, {STR}\}}",
    rf"SET (?:Evidence|ClaimxId|Confidence|Hedged) = {STR}",
    rf"(?P<statement>{TERM} (?:increases|decreases) {TERM})",
    r"# .*",
    r"",
]))


def unbel(s: str) -> str:
    return re.sub(r"\\(.)", r"\1", s[1:-1])


def test_bel_is_valid_and_complete(claims) -> None:
    text = export("bel")
    statements, evidence = [], []
    for lineno, line in enumerate(text.split("\n"), 1):
        m = BEL_LINE.fullmatch(line)
        assert m, f"line {lineno} is not BEL: {line!r}"
        if m.group("statement"):
            statements.append(line)
        if line.startswith("SET Evidence = "):
            evidence.append(unbel(line[len("SET Evidence = "):]))
    kept = [c for c in claims if not c.negated]
    assert len(statements) == len(kept)
    assert evidence == [" ".join(c.evidence.text.split()) for c in kept]
    assert 'p(HGNC:"5438") decreases path(CLAIMX:"tumour growth")' in statements
    assert 'p(HGNC:"11766") increases bp(GO:"0001525")' in statements  # HGNC preferred over MESH in p()
    assert 'a(CHEBI:"50924") increases p(HGNC:"17635")' in statements  # CHEBI before DRUGBANK in a()


def test_bel_flips_inhibition() -> None:
    import sys
    sys.path.insert(0, str(Path(__file__).parent))
    from factory import make_claim

    from claimx.exporters.bel import statement_lines
    c = make_claim("CCL2", "infiltration", predicate="decreases", op="inhibition", subject_type="chemokine",
                   subject_xrefs=("HGNC:10618",))
    assert 'p(HGNC:"10618") increases bp(CLAIMX:"infiltration")' in statement_lines(c)


CYPHER_STR = r"'(?:[^'\\\n]|\\.)*'"
CYPHER_VALUE = rf"(?:{CYPHER_STR}|true|false|-?[0-9.e+-]+|\[(?:{CYPHER_STR}(?:, {CYPHER_STR})*)?\])"
CYPHER_PROPS = rf"\{{\w+: {CYPHER_VALUE}(?:, \w+: {CYPHER_VALUE})*\}}"
MERGE = rf"MERGE \([so]:Entity \{{id: {CYPHER_STR}\}}\) ON CREATE SET [so] \+= {CYPHER_PROPS}"
CYPHER_LINE = re.compile(rf"{MERGE}(?: {MERGE})? CREATE \(s\)-\[:(?:INCREASES|DECREASES) "
                         rf"(?P<rel>{CYPHER_PROPS})\]->\([so]\);")


def uncypher(s: str) -> str:
    table = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}
    return re.sub(r"\\(u[0-9A-F]{4}|.)", lambda m: chr(int(m.group(1)[1:], 16)) if len(m.group(1)) == 5
                  else table.get(m.group(1), m.group(1)), s[1:-1])


def test_cypher_is_well_formed(claims) -> None:
    lines = export("cypher").splitlines()
    assert lines[0].startswith("CREATE CONSTRAINT")
    assert len(lines) - 1 == len(claims)
    for line, c in zip(lines[1:], claims):
        m = CYPHER_LINE.fullmatch(line)
        assert m, line
        ev = re.search(rf"evidence: ({CYPHER_STR})", m.group("rel")).group(1)
        assert uncypher(ev) == c.evidence.text


def test_filters(claims, tmp_path: Path) -> None:
    def count(**f) -> int:
        return len(list(csv.DictReader(io.StringIO(export("csv", **f)))))

    assert count(min_confidence=0.6) == sum(c.confidence >= 0.6 for c in claims)
    assert count(exclude_negated=True) == sum(not c.negated for c in claims)
    assert count(types=frozenset({"Cell Type"})) == 2
    store = tmp_path / "claims.jsonl"
    store.write_bytes(NASTY.read_bytes())
    assert runner.invoke(app, ["review", str(store), "--accept", claims[0].id], env=ENV).exit_code == 0
    assert count(statuses=frozenset({"accepted"})) == 0  # NASTY has no review file: all unreviewed
    buf = io.StringIO()
    export_store(store, "csv", stream=buf, filters=Filters(statuses=frozenset({"accepted"})))
    assert [r["id"] for r in csv.DictReader(io.StringIO(buf.getvalue()))] == [claims[0].id]
    res = runner.invoke(app, ["export", str(store), "--format", "csv", "--status", "unreviewed"], env=ENV)
    assert len(list(csv.DictReader(io.StringIO(res.stdout)))) == len(claims) - 1


def test_cli_writes_file_atomically(tmp_path: Path, claims) -> None:
    out = tmp_path / "c.ttl"
    res = runner.invoke(app, ["export", str(NASTY), "--format", "turtle", "-o", str(out)], env=ENV)
    assert res.exit_code == 0, res.output
    assert len(set(rdflib.Graph().parse(out).subjects(rdflib.RDF.type, CX.Claim))) == len(claims)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.ttl"]


def test_cli_bad_input(tmp_path: Path) -> None:
    res = runner.invoke(app, ["export", str(NASTY), "--format", "rdfxml"], env=ENV)
    assert res.exit_code == 2 and ", ".join(FORMATS) in res.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text(NASTY.read_text(encoding="utf-8") + '{"schema": 1}\n', encoding="utf-8")
    out = tmp_path / "out.csv"
    res = runner.invoke(app, ["export", str(bad), "--format", "csv", "-o", str(out)], env=ENV)
    assert res.exit_code == 2 and f"{bad}:6:" in res.output
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl"]
    res = runner.invoke(app, ["export", str(NASTY), "--format", "csv", "--status", "maybe"], env=ENV)
    assert res.exit_code == 2 and "accepted, rejected, unreviewed" in res.output


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_handles_an_empty_store(fmt: str, tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    text = export(fmt, store=empty)
    if fmt == "jsonld":
        assert json.loads(text)["@graph"] == []
    if fmt == "graphml":
        assert nx.read_graphml(io.BytesIO(text.encode())).number_of_nodes() == 0


def test_name_tables_are_validated(tmp_path: Path, monkeypatch) -> None:
    from claimx.errors import BadLexicon

    (tmp_path / "namespaces.tsv").write_text("# c\nprefix\tidentifiers_org\tbel\nHGNC\thgnc\nMESH\tmesh\tMESH\n",
                                             encoding="utf-8")
    monkeypatch.setattr(names, "HERE", tmp_path)
    names.prefixes.cache_clear()
    try:
        with pytest.raises(BadLexicon, match=r"namespaces.tsv:3: expected 3"):
            names.prefixes()
    finally:
        monkeypatch.undo()
        names.prefixes.cache_clear()
    assert "HGNC" in names.prefixes()

"""Lexicon loading, validation, override order, folding and variants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimx.errors import BadLexicon
from claimx.lexicon import TYPES, Entry, lexicon_dir, load_lexicon
from claimx.lexicon_tools import add_user_entry, check_lexicons, find_entries
from claimx.variants import fold, is_case_sensitive, variants


def row(id_, name, type_, synonyms=(), xrefs=()):
    return {"id": id_, "name": name, "type": type_, "synonyms": list(synonyms), "xrefs": list(xrefs)}


def write(path: Path, rows) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def lexdir(tmp_path: Path) -> Path:
    write(tmp_path / "generated" / "1-mesh.jsonl", [
        row("MESH:D016212", "Transforming Growth Factor beta", "cytokine", ["TGF-beta"]),
        row("MESH:D009369", "Neoplasms", "disease", ["Tumor"]),
    ])
    write(tmp_path / "generated" / "2-hgnc.jsonl", [
        row("HGNC:11766", "TGFB1", "gene_protein", ["TGFB"]),
        row("HGNC:100", "TAMX", "gene_protein", ["TAM"]),
        row("HGNC:6018", "IL6", "gene_protein"),
    ])
    write(tmp_path / "domain.jsonl", [
        row("claimx:TGFB", "TGF-β", "cytokine", ["transforming growth factor-β"], ["MESH:D016212"]),
        row("claimx:TREG", "regulatory T cell", "cell", ["Treg"], ["CL:0000815"]),
        row("claimx:KC", "Kupffer cell", "cell", ["KC"]),
        row("claimx:TAM", "tumor-associated macrophage", "cell", ["TAM"]),
        row("claimx:NO", "nitric oxide", "agent", ["NO"]),
        row("claimx:OS", "overall survival", "outcome", ["OS"]),
        row("claimx:CD8", "CD8+ T cell", "cell"),
        row("claimx:METASTASIS", "metastasis", "process"),
        row("claimx:NFKB", "NF-κB", "gene_protein"),
        row("claimx:ANTI_PDL1", "anti-PD-L1", "agent", ["aPD-L1"]),
    ])
    return tmp_path


@pytest.mark.parametrize("surface", [
    "TGF-β", "TGF-beta", "TGFβ", "TGFB", "TGF-B", "TGF β", "TGF-Beta", "TGF‐β",
    "transforming growth factor-β", "transforming growth factor beta", "Transforming growth factor-beta",
])
def test_tgf_beta_variants_share_one_id(lexdir, surface):
    assert load_lexicon(lexdir).lookup(surface).id == "claimx:TGFB"


@pytest.mark.parametrize("surface, expected", [
    ("Tregs", "claimx:TREG"), ("Treg", "claimx:TREG"), ("regulatory T cells", "claimx:TREG"),
    ("Kupffer cells'", "claimx:KC"), ("Kupffer cell's", "claimx:KC"), ("Kupffer cell’s", "claimx:KC"),
    ("KCs", "claimx:KC"), ("TAMs", "claimx:TAM"), ("metastases", "claimx:METASTASIS"),
    ("CD8+ T cells", "claimx:CD8"), ("CD8+T cells", "claimx:CD8"), ("CD8-positive T cells", "claimx:CD8"),
    ("CD8(+) T cells", "claimx:CD8"), ("CD8 + T cell", "claimx:CD8"),
    ("NF-kB", "claimx:NFKB"), ("NF-KB", "claimx:NFKB"), ("NF-kappaB", "claimx:NFKB"),
])
def test_plurals_possessives_markers_and_greek(lexdir, surface, expected):
    hit = load_lexicon(lexdir).lookup(surface)
    assert hit is not None and hit.id == expected


def test_short_and_all_caps_symbols_are_case_sensitive(lexdir):
    lex = load_lexicon(lexdir)
    assert lex.lookup("NO").id == "claimx:NO"
    assert lex.lookup("no") is None and lex.lookup("No") is None
    assert lex.lookup("OS").id == "claimx:OS"
    assert lex.lookup("os") is None
    assert lex.lookup("IL6").id == "HGNC:6018"
    assert lex.lookup("il6") is None
    # Long names stay case-insensitive.
    assert lex.lookup("Nitric Oxide").id == "claimx:NO"
    assert not lex.is_known("the")


def test_english_word_symbols_never_fold_case():
    assert is_case_sensitive("IMPACT")  # an HGNC symbol that is also a common word
    assert is_case_sensitive("NO") and is_case_sensitive("OS") and is_case_sensitive("IL6")
    assert not is_case_sensitive("TIGIT")  # long, not a word: case-insensitive
    assert not is_case_sensitive("regulatoryTcell")


def test_leading_function_word_does_not_glue_onto_a_symbol(lexdir):
    lex = load_lexicon(lexdir)
    assert lex.lookup("aPD-L1").id == "claimx:ANTI_PDL1"
    assert lex.lookup("a PD-L1") is None


def test_variants_generate_latin_letters_and_plurals():
    forms = variants("TGF-β", "cytokine")
    assert {"TGF-B", "TGF-b"} <= forms
    assert "therapies" in variants("therapy", "therapy")
    assert "metastasis" in variants("metastases", "process")
    assert variants("IL6", "gene_protein") == {"IL6"}  # genes get no plurals
    assert fold("TGF-β") == fold("TGF beta") == fold("TGFβ")


def test_domain_wins_a_surface_key_over_generated(lexdir):
    lex = load_lexicon(lexdir)
    assert lex.lookup("TAM").id == "claimx:TAM"  # HGNC alias loses to the curated cell
    assert lex.lookup("TAMX").id == "HGNC:100"  # the gene itself is still there
    assert lex.lookup("TGFB").id == "claimx:TGFB"  # an exact-case key loses to a later folded one
    assert lex.get("HGNC:11766").name == "TGFB1"
    assert ("TAM", "claimx:TAM", "HGNC:100") in lex.conflicts


def test_later_file_overrides_same_id(lexdir, tmp_path):
    user = write(tmp_path / "user.jsonl", [row("claimx:TREG", "Treg cell", "cell", ["iTreg"])])
    lex = load_lexicon(lexdir, extra=[user])
    entry = lex.get("claimx:TREG")
    assert entry.name == "Treg cell" and entry.source == "user.jsonl"
    assert lex.lookup("iTregs").id == "claimx:TREG"
    assert lex.lookup("regulatory T cell") is None  # the overridden entry's keys are gone
    assert len(lex) == len(load_lexicon(lexdir))


def test_within_one_file_the_first_entry_keeps_a_key(tmp_path):
    write(tmp_path / "domain.jsonl", [row("claimx:A", "alpha thing", "process", ["shared name"]),
                                      row("claimx:B", "beta thing", "process", ["shared name"])])
    assert load_lexicon(tmp_path).lookup("shared name").id == "claimx:A"


@pytest.mark.parametrize("line, message", [
    (row("claimx:X", "x cell", "cyto"), "domain.jsonl:2: unknown type 'cyto'"),
    ({"name": "x", "type": "cell"}, "domain.jsonl:2: missing id"),
    (row("claimx:X", "", "cell"), "domain.jsonl:2: missing name"),
    (row("claimx:X", "x cell", "cell", ["ok", " "]), "domain.jsonl:2: empty string in synonyms"),
    (row("claimx:X", "x cell", "cell", xrefs=["CL0000084"]), "domain.jsonl:2: xref 'CL0000084' is not PREFIX:ID"),
    (row("claimx:A", "again", "cell"), "domain.jsonl:2: duplicate id 'claimx:A' (first on line 1)"),
    ({**row("claimx:X", "x", "cell"), "colour": "red"}, "domain.jsonl:2: unknown field 'colour'"),
    ({**row("claimx:X", "x", "cell"), "exact": "X1"}, "domain.jsonl:2: exact must be a list of strings"),
])
def test_validation_errors_name_file_and_line(tmp_path, line, message):
    write(tmp_path / "domain.jsonl", [row("claimx:A", "a cell", "cell"), line])
    with pytest.raises(BadLexicon, match="domain.jsonl:2: "):
        load_lexicon(tmp_path)
    problems = check_lexicons(tmp_path)
    assert len(problems) == 1 and message in problems[0]


def test_bad_json_line(tmp_path):
    (tmp_path / "domain.jsonl").write_text('{"id": "claimx:A", "name": "a", "type": "cell"}\n{oops\n')
    with pytest.raises(BadLexicon, match=r"domain\.jsonl:2: not valid JSON"):
        load_lexicon(tmp_path)


def test_check_reports_a_curated_key_given_two_types(tmp_path):
    write(tmp_path / "domain.jsonl", [row("claimx:A", "RT", "therapy"), row("claimx:B", "RT", "outcome")])
    assert any("'RT' of claimx:B (outcome) is also claimx:A (therapy)" in p for p in check_lexicons(tmp_path))


def test_fingerprint_changes_with_any_file(lexdir):
    before = load_lexicon(lexdir).fingerprint
    assert load_lexicon(lexdir).fingerprint == before
    path = lexdir / "generated" / "2-hgnc.jsonl"
    path.write_text(path.read_text() + json.dumps(row("HGNC:5", "A1BG", "gene_protein")) + "\n")
    assert load_lexicon(lexdir).fingerprint != before


def test_max_words_bounds_the_longest_surface(lexdir):
    assert load_lexicon(lexdir).max_words == len("transforming growth factor - β".split())


def test_find_entries_by_id_surface_and_fuzzy(lexdir):
    lex = load_lexicon(lexdir)
    assert find_entries(lex, "claimx:TREG")[0].id == "claimx:TREG"
    assert find_entries(lex, "Tregs")[0].id == "claimx:TREG"
    assert "claimx:KC" in [e.id for e in find_entries(lex, "kupfer cell")]


def test_add_user_entry_appends_validated_lines(tmp_path):
    path = tmp_path / "mine.jsonl"
    add_user_entry(path, Entry("user:MC38", "MC38", "disease", ("MC-38",)))
    add_user_entry(path, Entry("user:CT26", "CT26 colon carcinoma", "disease"))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["id"] for x in lines] == ["user:MC38", "user:CT26"]
    assert "source" not in json.loads(lines[0])
    with pytest.raises(BadLexicon, match="already in this file"):
        add_user_entry(path, Entry("user:MC38", "MC38", "disease"))
    with pytest.raises(BadLexicon, match="unknown type"):
        add_user_entry(path, Entry("user:X", "x", "cellline"))
    assert len(path.read_text().splitlines()) == 2 and not list(tmp_path.glob(".lexicon-*"))
    assert load_lexicon(tmp_path / "none", extra=[path]).lookup("MC-38").id == "user:MC38"


entries = st.builds(
    Entry,
    id=st.text(min_size=1), name=st.text(min_size=1), type=st.sampled_from(TYPES),
    synonyms=st.lists(st.text(min_size=1)).map(tuple), xrefs=st.lists(st.text(min_size=1)).map(tuple),
    source=st.text(), exact=st.lists(st.text(min_size=1)).map(tuple),
)


@given(entries)
def test_entry_dict_round_trip(entry):
    assert Entry.from_dict(entry.to_dict()) == entry
    assert Entry.from_dict(json.loads(json.dumps(entry.to_dict()))) == entry


def test_packaged_lexicons_are_valid_and_cached(tmp_path, monkeypatch):
    assert (lexicon_dir() / "domain.jsonl").is_file()
    assert check_lexicons() == []
    monkeypatch.setenv("CLAIMX_CACHE_DIR", str(tmp_path))
    built = load_lexicon()
    assert list(tmp_path.glob("lexicon-*.pickle"))
    cached = load_lexicon()
    assert cached.fingerprint == built.fingerprint and len(cached) == len(built)
    for surface, type_ in [("TGF-β", "cytokine"), ("Tregs", "cell"), ("nivolumab", "agent"),
                           ("KEYNOTE-158", "trial"), ("HCC", "disease"), ("PFS", "outcome"), ("mice", "species")]:
        assert cached.lookup(surface) == built.lookup(surface)
        assert built.lookup(surface).type == type_
    assert built.lookup("IFN-γ").xrefs  # curated entries cite their ontology ids
    # Short names of cancer biology match (curated or as exact-case HGNC forms); OCR-bait stays unknown.
    for surface in ("p53", "Bax", "Akt", "ERK", "Bcl-2", "c-Myc", "E-cadherin", "COX-2", "mTOR", "p21", "Ras",
                    "Src", "invasion", "cell migration", "tumorigenesis", "cell cycle arrest", "tumor volume"):
        assert cached.lookup(surface) == built.lookup(surface) is not None, surface
    assert built.lookup("Mcl-1").id == "HGNC:6943" and not built.is_known("Mcl-1")
    for surface in ("CT-26", "CT26", "CSE-1", "Ca2", "HCC1", "FBS", "CML"):
        assert not built.is_known(surface) and (built.lookup(surface) is None or built.lookup(surface).type != "gene_protein"), surface


def test_exact_forms_match_as_written_below_other_keys_and_are_not_known(tmp_path):
    write(tmp_path / "generated" / "1-hgnc.jsonl", [
        dict(row("HGNC:959", "BAX", "gene_protein"), exact=["Bax"]),
        dict(row("HGNC:2", "CSE1L", "gene_protein"), exact=["CSE1"]),
        dict(row("HGNC:3", "GENE3", "gene_protein"), exact=["Tr1"]),
    ])
    write(tmp_path / "domain.jsonl", [row("claimx:TR1", "type 1 regulatory T cell", "cell", ["Tr1"])])
    lex = load_lexicon(tmp_path)
    assert lex.lookup("Bax").id == "HGNC:959" and lex.lookup("BAX").id == "HGNC:959"
    assert lex.lookup("bax") is None and lex.lookup("BAx") is None  # exact forms keep their case
    assert lex.lookup("CSE-1").id == "HGNC:2"  # folding still unifies hyphens
    assert not lex.is_known("Bax") and not lex.is_known("CSE-1") and lex.is_known("BAX")
    assert lex.lookup("Tr1").id == "claimx:TR1"  # any name or synonym beats an exact form
    assert "Bax" in set(lex.keys())
    restored = type(lex).from_state(lex.state())
    assert restored.lookup("Bax") == lex.lookup("Bax") and not restored.is_known("Bax")



def test_cue_fingerprint_covers_every_cue_file(tmp_path):
    """entity_patterns.tsv changes mentions too: an edit must change the extractor fingerprint (--update)."""
    import shutil

    from claimx.cues import cues_dir, load_cues

    d = tmp_path / "cues"
    shutil.copytree(cues_dir(), d)
    before = load_cues(d).fingerprint
    with (d / "entity_patterns.tsv").open("a", encoding="utf-8") as f:
        f.write("# a comment is enough\n")
    load_cues.cache_clear()
    assert load_cues(d).fingerprint != before

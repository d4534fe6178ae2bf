"""The lexicon build's transformations, on tiny in-memory fixtures (no downloads)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from claimx.lexicon import read_entries

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_lexicons", ROOT / "scripts" / "build_lexicons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HGNC_HEADER = ("HGNC ID\tApproved symbol\tApproved name\tStatus\tAlias symbols\tNCBI Gene ID(supplied by NCBI)\t"
               "UniProt ID(supplied by UniProt)\tMouse genome database ID(supplied by MGI)\t"
               "Rat genome database ID(supplied by RGD)\tPrevious symbols\tEnsembl gene ID\tLocus type\tEnzyme IDs")


def hgnc_line(hid, symbol, name, status="Approved", aliases="", previous="", locus="gene with protein product"):
    return "\t".join([hid, symbol, name, status, aliases, "7040", "P01137", "", "", previous, "", locus, ""])


def test_hgnc_keeps_approved_protein_coding_and_filters_symbols(build):
    tsv = "\n".join([
        HGNC_HEADER,
        hgnc_line("HGNC:11766", "TGFB1", "transforming growth factor beta 1", aliases="CED, LAP, TGFbeta1"),
        hgnc_line("HGNC:1", "SET", "SET nuclear proto-oncogene"),  # an English word
        hgnc_line("HGNC:2", "F2", "coagulation factor II"),  # two characters
        hgnc_line("HGNC:3", "WITHDRAWN1", "gone", status="Entry Withdrawn"),
        hgnc_line("HGNC:4", "PSEUDO1P", "a pseudogene", locus="pseudogene"),
        hgnc_line("HGNC:5", "GENEX", "gene x", aliases="TGFB1, CAMPS"),  # another gene's symbol; a word
        hgnc_line("HGNC:6", "C1orf99", "chromosome 1 open reading frame 99"),
    ]) + "\n"
    rows = {r["id"]: r for r in build.hgnc_rows(tsv)}
    assert sorted(rows) == ["HGNC:11766", "HGNC:5", "HGNC:6"]
    tgfb1 = rows["HGNC:11766"]
    assert tgfb1["name"] == "TGFB1" and tgfb1["type"] == "gene_protein"
    assert tgfb1["synonyms"] == ["TGFbeta1", "transforming growth factor beta 1"]  # CED, LAP: too short
    assert tgfb1["xrefs"] == ["NCBIGENE:7040", "UNIPROT:P01137"]
    assert rows["HGNC:5"]["synonyms"] == ["gene x"]
    assert rows["HGNC:6"]["synonyms"] == []


def test_mesh_keeps_subtrees_types_them_and_drops_permuted_terms(build):
    tsv = "\n".join([
        "D016212\tTransforming Growth Factor beta\tTGF-beta|Factor, Milk Growth\tD12.644.276.374.687|D23.529",
        "D008228\tLymphocytes\tLymphocyte|Cells, Lymphoid\tA15.145.229.637",
        "D008113\tLiver Neoplasms\tHepatic Neoplasms\tC04.588.274.623|C06.301.623",
        "D011878\tRadiotherapy\tRadiation Therapy\tE02.815",
        "D000003\tAbattoirs\tSlaughterhouse\tJ01.576.423",
        "D000999\tCells\tCell\tA15.145.229.999",  # a common word as the whole label
    ])
    rows = {r["id"]: r for r in build.mesh_rows(tsv)}
    assert sorted(rows) == ["MESH:D008113", "MESH:D008228", "MESH:D011878", "MESH:D016212"]
    assert rows["MESH:D016212"]["type"] == "cytokine" and rows["MESH:D016212"]["synonyms"] == ["TGF-beta"]
    assert rows["MESH:D008228"]["type"] == "cell" and rows["MESH:D008228"]["synonyms"] == ["Lymphocyte"]
    assert rows["MESH:D008113"]["type"] == "disease"
    assert rows["MESH:D011878"]["type"] == "therapy"


def test_drugbank_names_with_chebi_and_chembl(build):
    tsv = "\n".join([
        "DRUGBANK_ID\tNAMESPACE\tID\tSOURCE",
        "DB09035\tNAME\tNivolumab\tdrugbank",
        "DB00435\tNAME\tNitric Oxide\tdrugbank",
        "DB00435\tCHEBI\t16480\tchebi",
        "DB00435\tCHEMBL\tCHEMBL1200689\tdrugbank",
        "DB09145\tNAME\tWater\tdrugbank",  # a common word
        "DB99999\tNAME\t(2S)-2-[(4-chlorophenyl)methyl]-3,3-dimethylbutanoic acid\tdrugbank",
    ])
    rows = build.drugbank_rows(tsv)
    assert [r["id"] for r in rows] == ["DRUGBANK:DB09035", "DRUGBANK:DB00435"]
    assert rows[1]["xrefs"] == ["CHEBI:16480", "CHEMBL:CHEMBL1200689"] and rows[1]["type"] == "agent"


GROUNDING_MAP = "\n".join([
    "beta-catenin,UP,P35222,,,,",
    "TGF-b1,HGNC,TGFB1,UP,P01137,,",
    "caspases,FPLX,Caspase,,,,",
    "nitric oxide,CHEBI,CHEBI:16480,,,,",  # DrugBank carries this ChEBI id
    "wogonin,PUBCHEM,5281703,CHEBI,CHEBI:10043,,",  # the first grounding is skipped, ChEBI taken
    "apoptosis,GO,GO:0006915,,,,",  # neither family, gene nor chemical: left out
    "XYZ,,,,,,",  # ungrounded
])
RELATIONS = "\n".join([
    "HGNC,CASP3,isa,FPLX,Caspase_effector",
    "FPLX,Caspase_effector,isa,FPLX,Caspase",
    "HGNC,CASP8,isa,FPLX,Caspase",
    "HGNC,GONE1,isa,FPLX,Caspase",  # not an approved gene
    "HGNC,TGFB1,partof,FPLX,TGFB_complex",
])


def test_famplex_strings_become_families_gene_synonyms_and_chemicals(build):
    by_symbol = {"TGFB1": "HGNC:11766", "CASP3": "HGNC:1504", "CASP8": "HGNC:1509", "CTNNB1": "HGNC:2514"}
    found = build.famplex.read_groundings(GROUNDING_MAP, by_symbol, {"P35222": "HGNC:2514"})
    assert dict(found.genes) == {"HGNC:2514": ["beta-catenin"], "HGNC:11766": ["TGF-b1"]}
    assert dict(found.families) == {"Caspase": ["caspases"]}
    assert dict(found.chemicals) == {"CHEBI:16480": ["nitric oxide"], "CHEBI:10043": ["wogonin"]}
    members = build.famplex.family_members(RELATIONS, by_symbol)
    assert members["Caspase"] == ["HGNC:1504", "HGNC:1509"]  # nested family members included
    rows = {r["id"]: r for r in build.famplex_rows(found, members, {"CHEBI:16480"})}
    assert sorted(rows) == ["CHEBI:10043", "FPLX:Caspase"]
    assert rows["FPLX:Caspase"]["synonyms"] == ["caspases"] and rows["FPLX:Caspase"]["type"] == "gene_protein"
    assert rows["CHEBI:10043"]["type"] == "agent"
    drugs = build.drugbank_rows("DRUGBANK_ID\tNAMESPACE\tID\tSOURCE\nDB00435\tNAME\tNitric Oxide\tdrugbank\n"
                                "DB00435\tCHEBI\t16480\tchebi", found.chemicals)
    assert drugs[0]["synonyms"] == ["nitric oxide"]


def test_cell_ontology_live_terms_only(build):
    ontology = {
        "CL:0000000": {"label": "cell", "deprecated": False},
        "CL:0000084": {"label": "T cell", "synonyms": ["T lymphocyte", "T-cell"], "deprecated": False},
        "CL:0000001": {"label": "old cell", "deprecated": True},
        "UBERON:0002107": {"label": "liver", "deprecated": False},
    }
    assert build.cl_rows(ontology) == [
        {"id": "CL:0000084", "name": "T cell", "type": "cell", "synonyms": ["T lymphocyte", "T-cell"], "xrefs": []},
    ]


def test_drop_ambiguous_removes_shared_synonyms_and_sorts(build):
    rows = [
        {"id": "X:2", "name": "beta", "type": "cell", "synonyms": ["shared-name", "own two"], "xrefs": []},
        {"id": "X:1", "name": "alpha", "type": "cell", "synonyms": ["Shared name", "own one"], "xrefs": []},
    ]
    out = build.drop_ambiguous(rows)
    assert [r["id"] for r in out] == ["X:1", "X:2"]
    assert out[0]["synonyms"] == ["own one"] and out[1]["synonyms"] == ["own two"]


def test_written_files_are_deterministic_and_loadable(build, tmp_path):
    rows = [build.row("CL:0000084", "T cell", "cell", ["T-cell", "T lymphocyte", "T-cell"])]
    build.write_jsonl(tmp_path / "a.jsonl", rows)
    build.write_jsonl(tmp_path / "b.jsonl", list(reversed(rows)))
    first = (tmp_path / "a.jsonl").read_bytes()
    assert first == (tmp_path / "b.jsonl").read_bytes()
    assert list(json.loads(first)) == sorted(json.loads(first))  # keys sorted, one line per entry
    assert read_entries(tmp_path / "a.jsonl")[0].synonyms == ("T lymphocyte", "T-cell")


def test_domain_xrefs_must_exist_in_generated_data(build, tmp_path):
    generated = tmp_path / "generated"
    build.write_jsonl(generated / "4-cl.jsonl", [build.row("CL:0000815", "regulatory T cell", "cell", ["Treg"])])
    build.write_jsonl(generated / "1-drugbank.jsonl",
                      [build.row("DRUGBANK:DB00435", "Nitric Oxide", "agent", [], ["CHEBI:16480"])])
    domain = tmp_path / "domain.jsonl"
    build.write_jsonl(domain, [
        build.row("claimx:TREG", "regulatory T cell", "cell", [], ["CL:0000815"]),
        build.row("claimx:NO", "nitric oxide", "agent", [], ["CHEBI:16480", "DRUGBANK:DB00435"]),
        build.row("claimx:X", "made up", "cell", [], ["CL:9999999"]),
    ])
    problems = build.check_domain_xrefs(domain, build.known_ids(generated))
    assert problems == [f"{domain}: claimx:X: xref CL:9999999 not found in the source data"]
    assert build.lookup(generated, "Tregs") == []  # lookup folds but does not pluralize
    assert build.lookup(generated, "Treg")[0].startswith("CL:0000815\tcell\tregulatory T cell")


def test_source_ids_cover_filtered_entries(build):
    text = {
        "mesh_id_label_mappings.tsv": "D016212\tTransforming Growth Factor beta\t\tD12.644.276.374.687\n",
        "hgnc_entries.tsv": HGNC_HEADER + "\n" + hgnc_line("HGNC:1", "SET", "SET nuclear proto-oncogene") + "\n",
        "drugbank_mappings.tsv": "DRUGBANK_ID\tNAMESPACE\tID\tSOURCE\nDB00435\tCHEBI\t16480\tchebi\n",
    }
    cl = {"CL:0000900": {"label": "a very long label", "deprecated": False}, "CL:1": {"deprecated": True}}
    assert build.source_ids(text, cl) == {"MESH:D016212", "HGNC:1", "DRUGBANK:DB00435", "CHEBI:16480",
                                          "CL:0000900"}


def test_short_aliases_are_kept_as_exact_forms_unless_ambiguous(build):
    tsv = "\n".join([
        HGNC_HEADER,
        hgnc_line("HGNC:11998", "TP53", "tumor protein p53", aliases="p53, LFS1"),  # p-numbers are curated
        hgnc_line("HGNC:959", "BAX", "BCL2 associated X, apoptosis regulator", aliases="BCL2L4"),
        hgnc_line("HGNC:7553", "MYC", "MYC proto-oncogene", aliases="c-Myc, MYCC"),
        hgnc_line("HGNC:1", "HYCC1", "hyccin PI4KA lipid kinase complex subunit 1", aliases="HCC"),  # 3 letters
        hgnc_line("HGNC:2", "DDX53", "DEAD-box helicase 53", aliases="CT26"),  # a cell line's name
        hgnc_line("HGNC:3", "HDAC9", "histone deacetylase 9", aliases="HDAC"),  # a family stem
        hgnc_line("HGNC:4", "HDAC1", "histone deacetylase 1"),
        hgnc_line("HGNC:5", "CA2", "carbonic anhydrase 2"),  # Ca2+ is no gene: no "Ca2"
        hgnc_line("HGNC:6", "GENEA", "gene a", aliases="ABC1"),  # two genes share a short alias
        hgnc_line("HGNC:7", "GENEB", "gene b", aliases="ABC-1"),
    ]) + "\n"
    rows = {r["id"]: r for r in build.drop_ambiguous(build.hgnc_rows(tsv))}
    assert rows["HGNC:11998"]["exact"] == ["LFS1", "Tp53"]
    assert rows["HGNC:959"]["exact"] == ["Bax"]  # the mouse-style form of a short symbol
    assert rows["HGNC:959"]["synonyms"] == ["BCL2 associated X, apoptosis regulator", "BCL2L4"]
    assert rows["HGNC:7553"]["exact"] == ["MYCC", "Myc", "c-Myc"]
    assert sorted(hid for hid, r in rows.items() if "exact" in r) == ["HGNC:11998", "HGNC:7553", "HGNC:959"]
    assert "exact" not in build.row("X:1", "x", "cell", [])  # rows without exact forms keep their old shape


def test_hgnc_takes_literature_strings_through_its_alias_filters(build):
    tsv = "\n".join([HGNC_HEADER, hgnc_line("HGNC:11766", "TGFB1", "transforming growth factor beta 1")])
    extra = {"HGNC:11766": ["TGF-beta1 protein", "the", "TGFB1"]}  # a word and the symbol itself are dropped
    [entry] = build.hgnc_rows(tsv, extra)
    assert "TGF-beta1 protein" in entry["synonyms"]
    assert "the" not in entry["synonyms"] + entry.get("exact", []) and "TGFB1" not in entry["synonyms"]


def test_short_literature_strings_are_weak_forms(build):
    from lexicon_rows import ocr_prone  # scripts/ is on the path once build_lexicons is loaded

    assert ocr_prone("NaC1") and ocr_prone("G gamma") and ocr_prone("PKC")
    assert not ocr_prone("caspases") and not ocr_prone("G protein gamma")
    found = build.famplex.read_groundings("PKC,FPLX,PKC,,,,\nprotein kinase C,FPLX,PKC,,,,\nMMP,FPLX,MMP,,,,", {}, {})
    rows = {r["id"]: r for r in build.famplex_rows(found, {}, set())}
    assert rows["FPLX:PKC"]["name"] == "protein kinase C" and rows["FPLX:PKC"]["exact"] == ["PKC"]
    # known only by short forms: a made-up name, so no short form is a strong key OCR repair aims at
    assert rows["FPLX:MMP"]["name"] == "MMP family" and rows["FPLX:MMP"]["exact"] == ["MMP"]


def test_mesh_substances_type_chemicals_and_proteins_and_drop_classes(build):
    tsv = "\n".join([
        "D014415\tTunicamycin\t\tD03.383.742.680.725|D13.570.685.725",
        "D043168\tAngiostatins\tAngiostatin\tD08.622.610.500|D12.644.276.100.450.500",
        "D003093\tCollagen\tCollagens\tD05.750.078.280|D12.776.860.300.250",
        "D024061\tCollagen Type III\t\tD05.750.078.280.200|D12.776.860.300.250.200",  # makes Collagen a parent
        "D011494\tProtein Kinases\tProtein Kinase\tD08.811.913.696.620.682",
        "D011505\tProtein-Tyrosine Kinases\t\tD08.811.913.696.620.682.725",  # makes Protein Kinases a parent
        "D012333\tRNA, Messenger\tmRNA\tD13.444.735.544",  # a nucleic acid: what is measured
        "D050505\tMutant Proteins\t\tD12.776.602",  # a kind of molecule
        "D012969\tSodium Fluoride\tFluoride, Sodium|NaF\tD01.303.350.300.875|D01.857.725",
        "D016212\tTransforming Growth Factor beta\tTGF-beta\tD12.644.276.374.687",  # a cytokine: 3-mesh has it
        "D000001\tWater\t\tD01.045.250.875",  # a common word
        "D012313\tProteins\t\tD12.776",  # too high in the tree
        "D005938\tGlucocorticoids\t\tD06.472.040.543|D27.505.696.399.472.488",  # a class by action (D27)
    ])
    rows = {r["id"]: r for r in build.substance_rows(tsv)}
    assert sorted(rows) == ["MESH:D003093", "MESH:D011505", "MESH:D012969", "MESH:D014415", "MESH:D024061",
                            "MESH:D043168"]
    assert rows["MESH:D014415"]["type"] == "agent" and rows["MESH:D043168"]["type"] == "gene_protein"
    assert rows["MESH:D003093"]["type"] == "gene_protein"  # a protein before a macromolecule
    assert rows["MESH:D043168"]["synonyms"] == ["Angiostatin"]
    assert rows["MESH:D012969"]["synonyms"] == [] and rows["MESH:D012969"]["exact"] == ["NaF"]  # short: weak


def test_short_symbols_keep_the_literatures_own_spellings_as_exact_forms(build):
    tsv = "\n".join([
        HGNC_HEADER,
        hgnc_line("HGNC:667", "RHOA", "ras homolog family member A", aliases="ARHA"),
        hgnc_line("HGNC:1097", "BRAF", "B-Raf proto-oncogene"),
        hgnc_line("HGNC:6760", "MAF", "MAF bZIP transcription factor"),
        hgnc_line("HGNC:11998", "TP53", "tumor protein p53"),
        hgnc_line("HGNC:9955", "RELAXIN9", "a long symbol"),
    ]) + "\n"
    extra = {"HGNC:667": ["RhoA"], "HGNC:1097": ["B-Raf"], "HGNC:6760": ["maf"], "HGNC:9955": ["Relaxin9"]}
    rows = {r["id"]: r for r in build.hgnc_rows(tsv, extra)}
    assert "RhoA" in rows["HGNC:667"]["exact"] and "B-Raf" in rows["HGNC:1097"]["exact"]
    assert "maf" not in rows["HGNC:6760"].get("exact", [])  # all lower case: reads as a word
    assert "Relaxin9" not in rows["HGNC:9955"].get("exact", []) + rows["HGNC:9955"]["synonyms"]  # any case matches


def test_ic_acids_also_answer_to_their_ate_names(build):
    tsv = "\n".join([
        "D005492\tFolic Acid\tVitamin B9\tD03.633.100.733.631.400",
        "D019344\tLactic Acid\t\tD02.241.081.337.500",
        "D007773\tLactates\tLactate\tD02.241.081.337.500.900",  # another descriptor already names lactate
    ])
    rows = {r["id"]: r for r in build.substance_rows(tsv)}
    assert rows["MESH:D005492"]["synonyms"] == ["Folate", "Vitamin B9"]
    assert rows["MESH:D019344"]["synonyms"] == []


def test_chebi_keeps_named_chemicals_with_a_role(build):
    chebi_json = json.dumps([
        {"id": "CHEBI:3086", "name": "betulin", "relations": {"has_role": ["CHEBI:35610"]}},
        {"id": "CHEBI:1", "name": "quietol", "relations": {"is_a": ["CHEBI:2"]}},  # no role
        {"id": "CHEBI:20", "name": "(+)-camphene", "relations": {"has_role": ["CHEBI:3"]}},  # systematic
        {"id": "CHEBI:15035", "name": "retinal", "relations": {"has_role": ["CHEBI:3"]}},  # an English word
        {"id": "CHEBI:5", "name": "EHNA", "relations": {"has_role": ["CHEBI:3"]}},  # short: an acronym as often
        {"id": "CHEBI:45863", "name": "paclitaxel", "relations": {"has_role": ["CHEBI:3"]}},  # DrugBank has it
    ])
    rows = build.chebi.chebi_rows(chebi_json, {"CHEBI:45863"})
    assert [(r["id"], r["name"], r["type"]) for r in rows] == [("CHEBI:3086", "betulin", "agent")]

"""Brat standoff -> gold claims: the hand-made fixture, malformed input, and the real CG set when present."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimx.bionlp import ConversionStats, convert_document, iter_corpus, process_word, read_brat, sentence_spans
from claimx.errors import BadInput
from claimx.evaluate import Scored

DATA = Path(__file__).parent / "data" / "bionlp"
CG = Path(os.environ.get("CG_DIR") or Path(__file__).resolve().parents[2] / "shared" / "corpora"
          / "bionlp-st-2013-cg")


@pytest.fixture(scope="module")
def converted() -> tuple[dict[str, dict], ConversionStats]:
    stats = ConversionStats()
    records = convert_document(DATA / "PMID-1.txt", "bionlp/PMID-1.txt", stats)
    return {r["event"]: r for r in records}, stats


def test_cause_with_expression_theme_becomes_entity_with_process(converted):
    rec = converted[0]["E1"]
    assert (rec["subject"]["text"], rec["predicate"], rec["object"]["text"]) == ("Aspirin", "decreases",
                                                                                 "cyclooxygenase-2")
    assert rec["object"]["process"] == "expression"
    assert rec["object"]["alt_spans"] == [[35, 39]]  # the Equiv "COX2"
    assert rec["evidence"] == {"span": [0, 52], "text": "Aspirin inhibits cyclooxygenase-2 (COX2) expression."}
    assert not rec["negated"] and not rec["hedged"]
    assert rec["doc"] == {"path": "bionlp/PMID-1.txt"}


def test_planned_process_instrument_is_the_agent_and_negation_is_kept(converted):
    rec = converted[0]["E4"]
    assert rec["subject"] == {"text": "gefitinib", "span": [68, 77], "op": None, "process": None}
    assert rec["object"]["text"] == "A549 cells" and rec["object"]["process"] == "proliferation"
    assert rec["predicate"] == "decreases" and rec["negated"] is True


def test_causeless_regulations_become_operator_and_composed_direction(converted):
    rec = converted[0]["E7"]
    # "Loss of PTEN may prevent the downregulation of AKT": PTEN (inhibition) increases AKT, hedged.
    assert rec["subject"]["text"] == "PTEN" and rec["subject"]["op"] == "inhibition"
    assert rec["object"]["text"] == "AKT" and rec["predicate"] == "increases"
    assert rec["hedged"] is True and "composed" in rec["note"]


def test_event_without_entity_uses_its_trigger(converted):
    rec = converted[0]["E10"]
    assert (rec["subject"]["text"], rec["predicate"]) == ("insulin", "increases")
    assert rec["object"] == {"text": "angiogenesis", "span": [209, 221], "op": None, "process": None}


def test_skipped_events_are_counted_by_reason(converted):
    records, stats = converted
    assert sorted(records) == ["E1", "E10", "E4", "E7"]
    assert stats.regulation_events == 8 and stats.claims == 4
    assert dict(stats.skipped) == {"no cause": 2, "undirected regulation": 1,
                                   "nested regulation with its own cause": 1}


def test_records_are_valid_gold_claims(converted):
    for rec in converted[0].values():
        Scored.from_dict(rec)


def test_process_word():
    assert [process_word(t) for t in ("Gene_expression", "Cell_proliferation", "Metastasis")] == [
        "expression", "proliferation", "metastasis"]


def test_sentence_spans_split_on_period_space_and_newline():
    text = "Title line \nOne. Two.  Three"
    assert [text[s:e] for s, e in sentence_spans(text)] == ["Title line", "One.", "Two.", "Three"]


def test_offsets_that_do_not_match_the_text_name_file_and_line(tmp_path):
    (tmp_path / "PMID-2.txt").write_text("p53 binds MDM2.")
    (tmp_path / "PMID-2.a1").write_text("T1\tGene_or_gene_product 0 3\tp53\nT2\tGene_or_gene_product 9 14\tMDM2\n")
    with pytest.raises(BadInput, match=r"PMID-2\.a1:2"):
        read_brat(tmp_path / "PMID-2.txt")


def test_crlf_text_keeps_original_offsets(tmp_path):
    (tmp_path / "PMID-3.txt").write_bytes(b"Title\r\nIL6 increases STAT3 activity.")
    (tmp_path / "PMID-3.a1").write_text("T1\tGene 7 10\tIL6\nT2\tGene 21 26\tSTAT3\n")
    (tmp_path / "PMID-3.a2").write_text("T3\tPositive_regulation 11 20\tincreases\n"
                                        "E1\tPositive_regulation:T3 Cause:T1 Theme:T2\n")
    (rec,) = convert_document(tmp_path / "PMID-3.txt", "PMID-3.txt")
    assert rec["evidence"]["span"] == [7, 36] and rec["object"]["span"] == [21, 26]


@pytest.mark.skipif(not (CG / "train").is_dir(), reason="BioNLP-ST 2013 CG corpus not present")
def test_real_cg_training_set_converts_with_exact_spans():
    stats = ConversionStats()
    texts: dict[str, str] = {}
    count = 0
    for rec in iter_corpus(CG / "train", CG.parent, stats):
        path = rec["doc"]["path"]
        if path not in texts:
            with open(CG.parent / path, encoding="utf-8", newline="") as fh:
                texts[path] = fh.read()
        text = texts[path]
        ev_s, ev_e = rec["evidence"]["span"]
        assert text[ev_s:ev_e] == rec["evidence"]["text"]
        for arg in (rec["subject"], rec["object"]):
            s, e = arg["span"]
            assert text[s:e] == arg["text"]
            assert ev_s <= s and e <= ev_e
        count += 1
    assert stats.documents == 300 and count == stats.claims > 1000


def test_negated_expression_cause_is_inhibition_and_negated_death_is_survival(tmp_path):
    text = "TSP-2 deficiency enhanced survival of cells."
    (tmp_path / "PMID-4.txt").write_text(text)
    (tmp_path / "PMID-4.a1").write_text("T1\tGene 0 5\tTSP-2\nT2\tCell 38 43\tcells\n")
    (tmp_path / "PMID-4.a2").write_text(
        "T3\tGene_expression 6 16\tdeficiency\nT4\tPositive_regulation 17 25\tenhanced\nT5\tDeath 26 34\tsurvival\n"
        "E1\tGene_expression:T3 Theme:T1\nM1\tNegation E1\nE2\tDeath:T5 Theme:T2\nM2\tNegation E2\n"
        "E3\tPositive_regulation:T4 Cause:E1 Theme:E2\n")
    (rec,) = convert_document(tmp_path / "PMID-4.txt", "PMID-4.txt")
    assert (rec["subject"]["text"], rec["subject"]["op"], rec["predicate"]) == ("TSP-2", "inhibition", "increases")
    assert (rec["object"]["text"], rec["object"]["process"], rec["negated"]) == ("cells", "survival", False)


def _write(tmp_path, name, text, a1, a2):
    (tmp_path / f"{name}.txt").write_text(text)
    (tmp_path / f"{name}.a1").write_text(a1)
    (tmp_path / f"{name}.a2").write_text(a2)
    return tmp_path / f"{name}.txt"


def test_operator_treatment_cause_is_its_theme_with_the_operator(tmp_path):
    # "Knockdown of Qrx7 attenuated growth": a Planned_process without Instrument.
    txt = _write(tmp_path, "PMID-5", "Knockdown of Qrx7 attenuated growth.",
                 "T1\tGene_or_gene_product 13 17\tQrx7\n",
                 "T2\tPlanned_process 0 9\tKnockdown\nT3\tNegative_regulation 18 28\tattenuated\n"
                 "T4\tCell_proliferation 29 35\tgrowth\n"
                 "E1\tPlanned_process:T2 Theme:T1\nE2\tCell_proliferation:T4\n"
                 "E3\tNegative_regulation:T3 Cause:E1 Theme:E2\n")
    (rec,) = convert_document(txt, "PMID-5.txt")
    assert (rec["subject"]["text"], rec["subject"]["op"], rec["predicate"]) == ("Qrx7", "inhibition", "decreases")
    assert rec["object"]["text"] == "growth"


def test_overexpression_cause_is_activation_and_plain_expression_is_not(tmp_path):
    text = "Over-expression of Qrx7 and expression of Zyp2 increased Mlk9."
    txt = _write(tmp_path, "PMID-6", text,
                 "T1\tGene_or_gene_product 19 23\tQrx7\nT2\tGene_or_gene_product 42 46\tZyp2\n"
                 "T3\tGene_or_gene_product 57 61\tMlk9\n",
                 "T4\tGene_expression 0 15\tOver-expression\nT5\tGene_expression 28 38\texpression\n"
                 "T6\tPositive_regulation 47 56\tincreased\n"
                 "E1\tGene_expression:T4 Theme:T1\nE2\tGene_expression:T5 Theme:T2\n"
                 "E3\tPositive_regulation:T6 Cause:E1 Theme:T3\nE4\tPositive_regulation:T6 Cause:E2 Theme:T3\n")
    got = {(r["subject"]["text"], r["subject"]["op"], r["subject"]["process"]) for r in convert_document(txt, "x")}
    assert got == {("Qrx7", "activation", None), ("Zyp2", None, "expression")}


def test_claim_with_the_same_span_on_both_sides_is_dropped(tmp_path):
    # "Qrx7 autoregulates its expression" annotated with the same entity as Cause and Theme.
    txt = _write(tmp_path, "PMID-7", "Qrx7 upregulates itself.",
                 "T1\tGene_or_gene_product 0 4\tQrx7\n",
                 "T2\tPositive_regulation 5 16\tupregulates\nE1\tPositive_regulation:T2 Cause:T1 Theme:T1\n")
    stats = ConversionStats()
    assert convert_document(txt, "x", stats) == []
    assert stats.notes["subject and object the same span: dropped"] == 1

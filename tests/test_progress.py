"""The extract progress bar: totals reported before the first document, bytes as the measure."""

import io
import time

from rich.console import Console

from claimx.extract import extract_to_store
from claimx.pipeline import build_nlp
from claimx.render import Progress


def test_extract_reports_totals_first_and_skipped_bytes_on_update(tmp_path):
    nlp = build_nlp()
    texts = {"a.txt": "Sorafenib reduces IL-6 in patients.\n", "b.txt": "IL-10 increases Tregs in mice.\n"}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    size = sum(len(t.encode()) for t in texts.values())
    store = tmp_path / "claims.jsonl"
    events: list[dict] = []
    extract_to_store([str(tmp_path)], store, nlp=nlp, on_document=events.append)
    assert events[0]["total_bytes"] == size and events[0]["total_documents"] == 2 and events[0]["documents"] == 0
    assert events[-1]["documents"] == 2 and events[-1]["bytes"] == size and events[-1]["claims"] >= 2
    events.clear()
    (tmp_path / "b.txt").write_text("IL-10 decreases Tregs in mice.\n", encoding="utf-8")
    extract_to_store([str(tmp_path)], store, nlp=nlp, update=True, on_document=events.append)
    a_size = len(texts["a.txt"].encode())
    assert events[-1]["skipped_bytes"] == a_size and events[-1]["bytes"] == size - a_size


def test_the_bar_shows_documents_claims_megabytes_rate_and_time_left():
    console = Console(file=io.StringIO(), force_terminal=True, width=140)
    with Progress(console=console) as bar:
        bar.advance({"total_bytes": 3_000_000, "total_documents": 3, "documents": 0, "claims": 0, "bytes": 0})
        # rich works the rate out of timed samples (and drops them when the total changes, as it
        # does once when --update has planned what it skips)
        time.sleep(0.05)
        bar.advance({"documents": 1, "claims": 120, "bytes": 1_000_000, "skipped_bytes": 500_000})
        time.sleep(0.05)
        bar.advance({"documents": 2, "claims": 200, "bytes": 2_000_000, "skipped_bytes": 500_000})
        shown = Console(file=io.StringIO(), width=140, record=True)
        shown.print(bar.renderable())
    text = shown.export_text()
    assert "2/3 docs" in text and "200 claims" in text and "MB/s" in text and "ETA" in text
    assert "2.0/2.5 MB" in text  # what --update skipped is off the total


def test_no_bar_without_a_terminal():
    with Progress() as bar:  # pytest's stderr is no terminal
        bar.advance({"total_bytes": 10, "total_documents": 1, "documents": 1, "bytes": 10})
        assert bar.renderable() is None


def test_done_and_total_count_the_same_bytes_with_a_bom_and_invalid_utf8(tmp_path):
    raw = b"\xef\xbb\xbfSorafenib reduces IL-6 in caf\xe9 patients.\n"  # decoding drops 3 bytes, adds 2
    (tmp_path / "a.txt").write_bytes(raw)
    events: list[dict] = []
    extract_to_store([str(tmp_path)], tmp_path / "claims.jsonl", nlp=build_nlp(), on_document=events.append)
    assert events[0]["total_bytes"] == events[-1]["bytes"] == len(raw)

"""normalize(): layout repair, exact offsets and edits, sections, skips and breaks."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from claimx.normalize import normalize

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "liver-metastasis-ici-review.txt"


class NoWords:
    def is_known(self, surface: str) -> bool:
        return False


def check_invariants(text: str, result) -> None:
    """Every edit quotes the original exactly; every copied character maps back to itself."""
    for edit in result.edits:
        assert text[edit.span[0]:edit.span[1]] == edit.original
    assert [e.span for e in result.edits] == sorted(e.span for e in result.edits) or \
        [e.span[0] for e in result.edits] == sorted(e.span[0] for e in result.edits)
    m = result.offsets
    assert (m.original_length, m.normalized_length) == (len(text), len(result.text))
    for n0, n1, o0, o1, copy in m.pieces:
        if copy:
            assert result.text[n0:n1] == text[o0:o1]
            assert m.to_original(n0, n1) == (o0, o1)


@lru_cache(maxsize=1)
def corpus():
    from claimx.lexicon import default_lexicon

    text = CORPUS.read_bytes().decode("utf-8")
    return text, normalize(text, lexicon=default_lexicon())


def test_clean_text_without_newlines_is_the_identity():
    text = "IL-6 increases TNF-α in mice (GB) and NO, ROS, MC38, CT-26, Y-90 and TIGIT stay [7, 41]."
    result = normalize(text)
    assert result.text == text and result.edits == () and result.offsets.is_identity


def test_units_and_formulas_near_lexicon_misprints_stay():
    # FamPlex lists "Gγ" (G protein gamma) and the misprint "NaC1": weak forms, so OCR repair
    # does not turn the gray or sodium chloride into them.
    text = "Cells were irradiated with 10 Gy in 150 mM NaCl."
    result = normalize(text)
    assert result.text == text and result.edits == ()


def test_hard_line_breaks_unwrap_and_hyphens_are_decided_by_the_document():
    text = ("Breast can-\ncer is studied. Tumor-associated cells and anti-\nPD-1 agents act on\n"
            "tumor-\nassociated macrophages of breast cancer.\n")
    result = normalize(text, lexicon=NoWords())
    assert result.text == ("Breast cancer is studied. Tumor-associated cells and anti-PD-1 agents act on "
                           "tumor-associated macrophages of breast cancer.\n")
    assert [e.rule for e in result.edits] == ["dehyphenate", "unwrap", "unwrap", "unwrap"]
    check_invariants(text, result)


def test_crlf_is_one_line_break_and_offsets_stay_exact():
    text = "The regula-\r\ntory T cells\r\nproduce IL-10.\r\n\r\nNext paragraph here.\r\n"
    result = normalize(text, lexicon=NoWords())
    assert result.text == "The regulatory T cells produce IL-10.\r\n\r\nNext paragraph here.\r\n"
    check_invariants(text, result)
    start = result.text.index("IL-10")
    s, e = result.offsets.to_original(start, start + 5)
    assert text[s:e] == "IL-10"
    assert result.breaks == (result.text.index("\r\n\r\n"), len(result.text) - 2)


def test_sample_corpus_repairs_and_keeps_the_listed_tokens():
    text, result = corpus()
    check_invariants(text, result)
    repaired = {(e.original, e.replacement) for e in result.edits if e.rule.startswith("ocr")}
    for pair in [("ICls", "ICIs"), ("TGE-P", "TGF-β"), ("TGF-B", "TGF-β"), ("TGF-P", "TGF-β"),
                 ("IEN-y", "IFN-γ"), ("TNF-qa", "TNF-α"), ("IL-1p", "IL-1β"), ("CSE-1R", "CSF-1R"),
                 ("STATS3", "STAT3"), ("Trl", "Tr1"), ("requlatory", "regulatory"), ("NF-kB", "NF-κB")]:
        assert pair in repaired, pair
    changed = {e.original for e in result.edits if e.rule.startswith("ocr")}
    for right in ["GB", "NO", "ROS", "IL-6/10", "IL-6", "MC38", "CT-26", "Y-90", "TIGIT"]:
        assert right not in changed
        assert re.search(rf"(?<![\w-]){re.escape(right)}(?![\w])", result.text), right
    for damaged in ["ICls", "TGE-P", "IEN-y", "TNF-qa", "STATS3", "requlatory"]:
        assert damaged not in result.text


def test_the_caption_inside_a_sentence_moves_after_its_paragraph():
    text, result = corpus()
    out = result.text
    assert "HSCs produce IL-10 and TGF-β, promoting the polarization of regulatory T cells" in out
    cap = out.index("Fig. 1 The tolerogenic")
    assert out.index("multiple cell types.\n\nFig. 1") < cap < out.index("Liver metastasis environment")
    move = [e for e in result.edits if e.rule == "caption-move"]
    assert len(move) == 1 and move[0].original.lstrip().startswith("Fig. 1 The tolerogenic")
    assert move[0].replacement.startswith("Fig. 1") and "\n" not in move[0].replacement
    s, e = result.offsets.to_original(cap, cap + len("Fig. 1 The tolerogenic"))
    assert text[s:e] == "Fig. 1 The tolerogenic"
    # Legends state findings, so claims are read from them; a hard break keeps them apart.
    assert not any(a <= cap < b for a, b in result.skips)
    assert any(cap - 3 <= b <= cap for b in result.breaks)


def test_sections_skips_and_breaks():
    text, result = corpus()
    names = [name for _, name in result.sections]
    assert names[:4] == ["Abstract", "Introduction", "Mechanism of immune tolerance in liver metastasis",
                         "Role of intrinsic properties in liver"]
    assert "ICIs combined with transarterial chemoembolization/radioembolization" in names
    assert "ICIs combined with chemotherapy" in names  # heading text is repaired too
    where = result.text.index("Tumor-associated macrophage (TAMs)")
    assert result.section_at(where) == "Immune cells"
    assert result.section_at(0) is None
    for cite in ["[41]", "[13—15]", "[7, 41]", "[1, 22, 23]"]:
        at = result.text.index(cite)
        assert (at, at + len(cite)) in result.skips or any(a <= at and at + len(cite) <= b for a, b in result.skips)
    heading = result.text.index("Liver metastasis environment")
    assert heading + len("Liver metastasis environment") in result.breaks
    assert all(result.text[b] in "\r\n" for b in result.breaks)


def test_a_sentence_split_by_a_page_break_is_joined():
    text = "This indicates that the induction\n\nof ischemic cell death is slow.\n\nA new paragraph.\n"
    result = normalize(text, lexicon=NoWords())
    assert result.text == "This indicates that the induction of ischemic cell death is slow.\n\nA new paragraph.\n"


def test_running_headers_and_page_numbers_are_moved_out_of_sentences():
    body = []
    for page in range(1, 5):
        body += [f"Zhang et al. J Hepatol (2024) 12:{page}"]
        body += [f"line {k} of page {page} goes on" for k in range(12)]
        body += [str(page)]
    text = "\n".join(body) + "\nend of it.\n"
    result = normalize(text, lexicon=NoWords())
    check_invariants(text, result)
    flow = result.text[result.text.index("line 0 of page 1"):result.text.index("end of it.")]
    assert "Zhang" not in flow and "\n" not in flow
    assert "line 11 of page 1 goes on line 0 of page 2" in flow
    moved = [e for e in result.edits if e.rule == "furniture-move"]
    # a page number and the next page's header travel as one block; the first header opens the text
    assert [e.original.split() for e in moved] == [[str(p), *f"Zhang et al. J Hepatol (2024) 12:{p + 1}".split()]
                                                   for p in (1, 2, 3)] + [["4"]]
    for e in moved:
        s, _ = e.span
        assert any(a <= result.offsets.to_normalized(s, s + 1)[0] < b for a, b in result.skips)


def test_layout_and_ocr_can_be_switched_off():
    text = "levels of TGE-P\nrose in can-\ncer"
    assert normalize(text, layout=False, ocr=False).text == text
    assert normalize(text, layout=False).text.startswith("levels of TGF-β\n")
    assert normalize(text, ocr=False).text == "levels of TGE-P rose in cancer"


LINES = st.lists(st.sampled_from(["The regula-", "tory T cells", "Fig. 2 A caption line", "", "IL-1p and TGE-P",
                                  "tumor-", "associated cells.", "Cytokines", "  indented text", "12",
                                  "anti-", "PD-1 works [7, 41].", "naïve ﬁne cafÃ©"]), max_size=12)


@settings(max_examples=150, deadline=None)
@given(LINES, st.sampled_from(["\n", "\r\n"]))
def test_invariants_hold_on_any_layout(lines, newline):
    text = newline.join(lines)
    result = normalize(text, lexicon=NoWords())
    check_invariants(text, result)
    for s, e in result.skips + tuple((b, b) for b in result.breaks):
        assert 0 <= s <= e <= len(result.text)
    for start in range(0, len(result.text), 7):
        a, b = result.offsets.to_original(start, min(start + 5, len(result.text)))
        assert 0 <= a <= b <= len(text)


def _furniture_by_shapes(lines) -> set[int]:
    """lines.furniture's rule read plainly: every line of 8-120 characters shaped by a regex."""
    from collections import Counter

    from claimx.lines import _PAGE_NUMBER

    out = {i for i, ln in enumerate(lines) if ln.text and _PAGE_NUMBER.match(ln.text)}
    shaped = [re.sub(r"\d+", "#", ln.text) if 8 <= len(ln.text) <= 120 else None for ln in lines]
    shapes = Counter(s for s in shaped if s is not None)
    nonblank = sum(1 for ln in lines if ln.text)
    repeated = {s for s, n in shapes.items() if n >= 3 and 8 * n <= nonblank}
    if repeated and sum(shapes[s] for s in repeated) <= 0.1 * nonblank:
        out |= {i for i, ln in enumerate(lines) if re.sub(r"\d+", "#", ln.text) in repeated}
    return out


HEADERS = st.sampled_from(["Journal of Things 12 (2020) 345", "Journal of Things 9 (2020) 1", "J Things #3 2020",
                           "J Things 3# 2020", "Journal of Thïngs ٣ (2020) 7", "Page 4 of 9", "p. 12", "17",
                           "The text goes on and on here", "a line with — dashes 5", "", "x" * 130 + "1"])


@settings(max_examples=200, deadline=None)
@given(st.lists(HEADERS, max_size=60))
def test_running_headers_are_found_as_by_their_digit_shapes(lines):
    from claimx.lines import furniture, split_lines

    parsed = split_lines("\n".join(lines))
    assert furniture(parsed) == _furniture_by_shapes(parsed)


def test_a_running_header_with_changing_page_numbers_is_furniture():
    from claimx.lines import furniture, split_lines

    body = [f"body line number {w} of the text" for w in ("one", "two", "three", "four", "five", "six", "seven",
                                                         "eight", "nine", "ten")]
    lines = []
    for page in range(4):
        lines += body[:] + [f"Journal of Things {page + 7} (2020) {page * 11 + 3}"]
        body = [b + "." for b in body]
    parsed = split_lines("\n".join(lines))
    assert furniture(parsed) == _furniture_by_shapes(parsed) == {10, 21, 32, 43}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "B", "é", "1", "²", "_", " ", "\t", "-", "\u00ad", "x-y", "Ⅳ", "\u00a0"]),
                max_size=10).map("".join), st.sampled_from(["-", "\u00ad"]))
def test_the_stem_before_a_line_end_hyphen_is_the_whole_line_regex_match(line, hyphen):
    from claimx.layout import _hyphen_stem

    m = re.search(r"(?<![^\W\d_])([^\W\d_]+)[-\u00ad]$", line + hyphen)
    stem = _hyphen_stem(line + hyphen)
    assert (m.group(1) if m else None) == (stem.group() if stem else None)

"""OCR token repair: the confusion table, candidate acceptance, and the case table."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimx.errors import BadLexicon
from claimx.confusions import load_confusions, parse_confusions
from claimx.mojibake import mojibake_ops
from claimx.ocr import _ASCII_TOKEN, TOKEN, _ascii_tokens, _occurrences, defined_abbreviations, repair_ops
from claimx.vocab import ascii_words

ROOT = Path(__file__).resolve().parents[1]


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_ocr", ROOT / "scripts" / "eval_ocr.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class FakeLexicon:
    """Anything with is_known() will do; lookup() enables Greek canonical forms."""

    def __init__(self, groups: dict[str, list[str]]):
        self._ids = {s: i for i, forms in groups.items() for s in forms}

    def is_known(self, surface: str) -> bool:
        return surface in self._ids

    def lookup(self, surface: str):
        ident = self._ids.get(surface)
        return None if ident is None else type("Entry", (), {"id": ident})()


FAKE = FakeLexicon({"TGFB": ["TGF-β", "TGF-B"], "IFNG": ["IFN-γ"], "TNF": ["TNF-α"], "IL1B": ["IL-1β"],
                    "STAT3": ["STAT3"], "CSF1R": ["CSF-1R"], "ICI": ["ICI"], "NFKB": ["NF-κB", "NF-kB"],
                    "TR1": ["Tr1 cells"], "GZMB": ["GB"], "ROS": ["ROS"], "NO": ["NO"]})


def fixed(text: str, lexicon=FAKE) -> str:
    out, pos = [], 0
    for s, e, rep, _, _ in repair_ops(text, lexicon, load_confusions()):
        out.append(text[pos:s] + rep)
        pos = e
    return "".join(out) + text[pos:]


def test_the_packaged_confusion_table_loads():
    rows = load_confusions()
    assert any(c.wrong == "P" and c.right == "β" and c.where == "greek" for c in rows)
    assert all(0 < c.cost <= 1 for c in rows)


@pytest.mark.parametrize("body, message", [
    ("wrong\tright\twhere\tcost\tnote\nP\tβ\tgreek\n", ":3: expected 4 or 5"),
    ("wrong\tright\twhere\tcost\tnote\nP\tβ\tsomewhere\t0.3\tx\n", ":3: where must be"),
    ("wrong\tright\twhere\tcost\tnote\nP\tβ\tgreek\tcheap\tx\n", ":3: cost 'cheap'"),
    ("wrong\tright\twhere\tcost\tnote\nP\tβ\tgreek\t2\tx\n", ":3: cost 2.0 must be"),
    ("wrong\tright\twhere\tcost\tnote\n\tF\tsymbol\t0.3\tx\n", ":3: wrong and right"),
    ("# only a comment\nP\tβ\tgreek\t0.3\n", ":3: first row must be the header"),
])
def test_bad_confusion_tables_name_file_and_line(body, message):
    with pytest.raises(BadLexicon, match=message.replace("(", r"\(")):
        parse_confusions("# comment\n" + body, "lexicons/ocr/confusions.tsv")


def test_repairs_need_a_known_form_and_an_unknown_original():
    assert fixed("levels of TGE-P and IEN-y rose") == "levels of TGF-β and IFN-γ rose"
    assert fixed("TNF-qa and IL-1p with STATS3 and CSE-1R") == "TNF-α and IL-1β with STAT3 and CSF-1R"
    assert fixed("TGE-Q stays") == "TGE-Q stays"  # no known candidate
    assert fixed("TGF-β stays") == "TGF-β stays"
    assert fixed("levels of TGE-P rose", lexicon=None) == "levels of TGE-P rose"


def test_case_and_context():
    assert fixed("type-1-like regulatory (Trl) cells") == "type-1-like regulatory (Tr1) cells"
    assert fixed("the Trl gene") == "the Trl gene"  # only "Tr1 cells" is known
    assert fixed("granzyme B (GB), NO and ROS") == "granzyme B (GB), NO and ROS"
    assert fixed("the requlatory arm") == "the regulatory arm"  # an English word, no lexicon needed
    assert fixed("the Requlatory arm") == "the Regulatory arm"  # case kept


def test_document_usage_backs_a_repair():
    # "ICls" is unknown everywhere, but the document itself writes "ICIs"
    assert fixed("ICIs work. Combining ICls with radiotherapy", lexicon=FakeLexicon({})) == \
        "ICIs work. Combining ICIs with radiotherapy"


def test_latin_stand_ins_turn_greek_only_in_damaged_documents():
    assert fixed("TGF-B and NF-kB in clean text") == "TGF-B and NF-kB in clean text"
    assert fixed("TGF-B and NF-kB with IL-1p") == "TGF-β and NF-κB with IL-1β"


def test_defined_abbreviations_follow_their_long_form():
    found = defined_abbreviations("granzyme B (GB) and inhibitors (ICls) and growth factor-p (TGF-P)")
    assert "GB" in found and "ICls" not in found and "TGF-P" not in found


def test_mojibake_and_ligatures():
    text = "the caf\u00c3\u00a9 and \ufb01brosis and it\u00e2\u20ac\u2122s and \u03b2 and \u2019"
    ops = mojibake_ops(text)
    assert [(text[s:e], r) for s, e, r, _, _ in ops] == [("caf\u00c3\u00a9", "café"), ("\ufb01brosis", "fibrosis"),
                                                         ("it\u00e2\u20ac\u2122s", "it\u2019s")]
    assert mojibake_ops("TGF-β and “immune desert” at 60-65 °C") == []


def test_case_table_with_the_packaged_lexicon():
    """The measured set: every OCR'd snippet repaired, every right token kept."""
    from claimx.lexicon import default_lexicon
    from claimx.normalize import normalize

    module = _eval_module()
    cases = module.load_cases()
    assert len(cases) >= 60 and sum(a == b for a, b, _ in cases) >= 20
    lexicon = default_lexicon()
    wrong = [(given, normalize(given, lexicon=lexicon).text, expected) for given, expected, _ in cases
             if normalize(given, lexicon=lexicon).text != expected]
    assert wrong == []


def test_memos_kept_across_documents_belong_to_one_lexicon():
    # The repairer's memos outlive a document; a different lexicon must not see their answers.
    text = "STATS3 and TGF-P signalling; Trl cells. TGF-B was measured.\n"
    first = fixed(text)
    assert fixed(text) == first
    empty = FakeLexicon({})
    assert fixed(text, empty) == fixed(text, FakeLexicon({})) != first
    assert fixed(text) == first


_PIECES = ["TGF", "-", "β", "B", "ICl", "s", "L1", " ", "(", ")", "/", "_", ",", ".", "\n", "anti", "tumor", "é", "2"]


def _same_occurrences(text: str, wanted: set[str]) -> None:
    # repair_ops finds a document's wanted tokens from its TOKEN matches instead of compiling
    # this alternation per document; the matches must be the same
    tokens = TOKEN.findall(text)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(wanted, key=len, reverse=True)))
                         + r")(?!\w)(?!-\w)")
    expected = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
    assert list(_occurrences(text, TOKEN, tokens, wanted)) == expected


@pytest.mark.parametrize("text, wanted", [
    ("TGF-/x, TGF- cells, TGF-β", {"TGF-"}),  # the hyphen after the TOKEN match
    ("TGF- cells and TGF-, TGF", {"TGF"}),  # the TOKEN match without its final hyphen
    ("TGF- cells and TGF-, TGF", {"TGF", "TGF-"}),  # the longer one first
    ("ICls ICl ICl-1 ICl-_ x_ICl", {"ICl", "ICls"}),
])
def test_occurrences_cases(text, wanted):
    _same_occurrences(text, wanted)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.data())
def test_occurrences_are_the_alternation_regex_matches(pieces, data):
    text = "".join(pieces)
    tokens = TOKEN.findall(text)
    forms = [w for t in tokens for w in (t, t + "-", t[:-1]) if TOKEN.fullmatch(w)]
    if forms:
        _same_occurrences(text, set(data.draw(st.lists(st.sampled_from(forms), min_size=1))))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["\u00a0", "9", "x_", "Ab-", "-_", ")", "\t", "--", "?", "\u2014", "- "]),
                max_size=30))
def test_the_ascii_token_regex_matches_like_token_on_ascii_word_texts(pieces):
    text = "".join(pieces)
    if ascii_words(text):
        assert [m.span() for m in _ASCII_TOKEN.finditer(text)] == [m.span() for m in TOKEN.finditer(text)]
        assert _ascii_tokens(text) == TOKEN.findall(text)

"""Speed-ups of session 5 (claim component, normalize) that must not change any answer."""

import gc
import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from claimx import variants
from claimx.extract import YOUNG_COLLECTION, frozen_heap
from claimx.pipeline import build_nlp
from claimx.vocab import Frequencies


def test_frequencies_answer_as_the_dict_they_were_built_from():
    table = {"the": 0.05, "tumour": 1e-6, "a": 0.02, "zebra": 3e-7, "b-cell": 2e-7}
    freqs = Frequencies(table)
    for word, f in table.items():
        assert freqs.get(word) == f and freqs[word] == f
    for word in ("", "aa", "th", "thee", "zzz", "B-cell"):
        assert freqs.get(word) is None and freqs.get(word, 0.0) == 0.0 and word not in freqs
    assert freqs == table and len(freqs) == len(table) and sorted(freqs) == sorted(table)


def test_frequencies_survive_pickling():
    freqs = Frequencies({"x": 0.1, "y": 0.2})
    restored = pickle.loads(pickle.dumps((freqs,), protocol=pickle.HIGHEST_PROTOCOL))[0]
    assert restored == freqs and restored.get("y") == 0.2 and restored.get("z") is None


def _fold_by_tables(surface: str) -> str:
    """fold() as written before its ASCII shortcut: both tables applied to every string."""
    s = surface.translate(variants._UNIFY).strip()
    if "'" in s:
        s = variants._POSSESSIVE.sub("", s)
    if "+" in s or "(" in s or "itive" in s or "ative" in s:
        s = variants._NEGATIVE.sub("", variants._POSITIVE.sub("+", s))
    if " " in s and s[0] in "aAtToOiIbBwWfFvV" and variants._LEADING_WORD.match(s):
        s = variants._LEADING_WORD.sub(lambda m: m.group(0).rstrip() + "\u2423", s)
    return s.translate(variants._SQUASH)


_PIECES = ["TGF", "-", "β", "beta", " ", "\t", "\n", "\r", "`", "'", "’", "s", "_", "a ", "the ", "of", "(+)",
           "positive", "negative", "+", "(", ")", "IL", "6", "\u2013", "\u00a0", "α", "µ", "x", "Σ", "é", "anti-"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_fold_shortcut_equals_the_tables(surface):
    assert variants.fold(surface) == _fold_by_tables(surface)


def test_fold_shortcut_on_plain_words():
    for s in ("regulatory T cells", " IL-6 ", "a PD-L1", "CD8+ T cells", "TGF_beta", "tab\tword", "back`tick", ""):
        assert variants.fold(s) == _fold_by_tables(s)


def test_frozen_heap_spaces_young_collections_while_documents_run_and_restores():
    before = gc.get_threshold()
    with frozen_heap(build_nlp()):
        assert gc.get_threshold() == (max(before[0], YOUNG_COLLECTION), *before[1:])
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0

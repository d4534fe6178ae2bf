"""English frequencies come from wordfreq, through an on-disk cache that must not change them."""

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from claimx import vocab


def test_frequencies_restored_from_the_cache_equal_wordfreqs(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMX_CACHE_DIR", str(tmp_path))
    vocab._frequencies.cache_clear()
    try:
        built = vocab._frequencies()
        assert list(tmp_path.glob("wordfreq-*.pickle"))
        vocab._frequencies.cache_clear()
        restored = vocab._frequencies()
        assert restored is not built and restored == built == vocab._wordfreq_dict()
        assert vocab.zipf("the") >= vocab.COMMON and vocab.zipf("qqqzzx") == 0.0
    finally:
        vocab._frequencies.cache_clear()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Tumor", "tumor", "-", "associated", " ", "IL", "6", "İ", "ΑΣ", ".", "Σ", "é",
                                 "CAFÉ", "_", "\n", "Ⅳ", "Ⓐ", "ǅ", "K", "’", "?", "--", "x-", "9", "\u2014"]), max_size=25).map("".join))
def test_document_counts_are_the_lower_cased_words(text):
    expected = Counter()
    for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text):
        expected[word.lower()] += 1
    assert vocab.Vocabulary(text).counts == expected

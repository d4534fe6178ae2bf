"""English frequencies come from wordfreq, through an on-disk cache that must not change them."""

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

"""Speed-ups of session 5 (claim component, normalize) that must not change any answer."""

import pickle

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

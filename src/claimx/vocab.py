"""Word knowledge for repairs: the document's own vocabulary and English word frequencies."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import math
import re
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Mapping
from functools import cached_property, lru_cache
from pathlib import Path

# Letters-only words, hyphenated compounds kept whole ("tumor-associated", "KEYNOTE").
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_LOWER_LETTERS_AND_HYPHEN = bytes(b + 32 if 65 <= b <= 90 else b if 97 <= b <= 122 or b == 45 else 32
                                  for b in range(256))
COMMON = 3.0  # zipf: a word at least this common is plainly English
KNOWN = 1.5  # zipf: a word at least this common exists


class Frequencies(Mapping):
    """A word -> frequency table held as two columns: the words sorted, their frequencies as doubles.

    What the on-disk cache keeps of wordfreq's 321k words: unpickled in ~0.05 s, where rebuilding
    a dict of them took ~0.2 s of every start-up (hashing every word) for the few thousand words a
    run asks about (`zipf` remembers those). A look-up is a bisection.
    """

    __slots__ = ("_words", "_values")

    def __init__(self, frequencies: Mapping[str, float]) -> None:
        pairs = sorted(frequencies.items())
        self._words = [w for w, _ in pairs]
        self._values = array("d", [f for _, f in pairs])

    def get(self, word: str, default: float | None = None) -> float | None:
        words = self._words
        i = bisect_left(words, word)
        return self._values[i] if i < len(words) and words[i] == word else default

    def __getitem__(self, word: str) -> float:
        value = self.get(word)
        if value is None:
            raise KeyError(word)
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)


@lru_cache(maxsize=1)
def _frequencies() -> Mapping[str, float]:
    """wordfreq's English frequencies, from the on-disk cache when its data files are unchanged:
    importing wordfreq and decoding its list costs ~0.4 s of every start-up, unpickling ~0.05 s."""
    from . import lexicon_cache

    files = _wordfreq_files()
    if not files:
        return _wordfreq_dict()
    return lexicon_cache.load_or_build(files, lambda: Frequencies(_wordfreq_dict()), lambda f: (f,),
                                       lambda state: state[0], kind="wordfreq", code=(),
                                       salt=_wordfreq_version() + " columns")


def _wordfreq_dict() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en", wordlist="best")


def _wordfreq_files() -> list[tuple[Path, bytes]]:
    """wordfreq's English word lists, located without importing it ([] when not found)."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.origin:
        return []
    data = Path(spec.origin).parent / "data"
    try:
        return [(p, p.read_bytes()) for p in (data / "large_en.msgpack.gz", data / "small_en.msgpack.gz")
                if p.is_file()]
    except OSError:
        return []


def _wordfreq_version() -> str:
    try:
        return "wordfreq " + importlib.metadata.version("wordfreq")
    except importlib.metadata.PackageNotFoundError:
        return "wordfreq"


@lru_cache(maxsize=4)
def non_ascii(text: str) -> frozenset[str]:
    """The text's non-ASCII characters: normalization asks several questions of the same few."""
    return frozenset() if text.isascii() else frozenset(_NON_ASCII.findall(text))


def ascii_words(text: str) -> bool:
    """Whether every word character (\\w) of the text is ASCII, so [A-Za-z0-9_] may stand for \\w."""
    return text.isascii() or not any(c.isalnum() or c == "_" for c in non_ascii(text))


MEMO = 200_000  # bounds the per-word memos below on huge corpora


@lru_cache(maxsize=MEMO)  # hyphen and OCR decisions ask the same words again
def zipf(word: str) -> float:
    """Zipf frequency of a lower-cased word; 0 when wordfreq does not know it."""
    f = _frequencies().get(word.lower())
    return math.log10(f) + 9 if f else 0.0


class Vocabulary:
    """Counts of the words of one document (lower-cased), plus English frequencies."""

    def __init__(self, text: str):
        self.text = text

    # Counted on first use: most short documents never ask (no line ends in a hyphen, no rare word).
    @cached_property
    def counts(self) -> Counter[str]:
        text = self.text
        if ascii_words(text):
            # Every byte but a letter (made lower-case) and "-" becomes a space (non-ASCII characters,
            # none of them a letter, too); so does every hyphen not between two letters: the runs
            # left are the words. (Pairs of hyphens go first: of a longer run of hyphens at most the
            # last is left, after a space.)
            runs = " " + text.encode("ascii", "replace").translate(_LOWER_LETTERS_AND_HYPHEN).decode("ascii") + " "
            runs = runs.replace("--", "  ")
            return Counter(runs.replace("- ", "  ").replace(" -", "  ").split())
        lowered = text.lower()
        # Lower-casing the whole text equals lower-casing each word when it maps every character to one
        # character without context (only U+0130 grows; only final sigma depends on its neighbours),
        # and it keeps letters letters.
        if len(lowered) == len(text) and "\u03a3" not in text:
            return Counter(_WORD.findall(lowered))
        counts: Counter[str] = Counter()
        for word, n in Counter(_WORD.findall(text)).items():
            counts[word.lower()] += n
        return counts

    def count(self, word: str) -> int:
        return self.counts.get(word.lower(), 0)

    def keep_hyphen(self, left: str, right: str) -> tuple[bool, float]:
        """Whether `left-` at a line end followed by `right` keeps its hyphen, and how sure.

        The document's own usage decides first; then case and digits (anti-PD-1,
        GM-CSF); then English frequencies of the joined form and of the parts.
        """
        joined, hyphenated = self.count(left + right), self.count(f"{left}-{right}")
        if joined != hyphenated:
            return hyphenated > joined, 0.95
        return _hyphen_rule(left, right)


# remembered: the same line-end splits come back in document after document
@lru_cache(maxsize=MEMO)
def _hyphen_rule(left: str, right: str) -> tuple[bool, float]:
    """keep_hyphen's decision from case, digits and English frequencies alone."""
    if left[-1].isupper() or right[0].isupper() or right[0].isdigit():
        return True, 0.9
    zj, zl, zr = zipf(left + right), zipf(left), zipf(right)
    if zl >= COMMON and zr >= COMMON:  # two real words: a compound unless the join is common
        return zj < COMMON, 0.8
    if zj >= KNOWN:
        return False, 0.85
    if zl >= KNOWN and zr >= COMMON:  # "macrophage-" + "derived": a compound of known words
        return True, 0.7
    return False, 0.6  # word fragments ("mecha-", "nisms") join even when the result is unknown

"""Shared filters and row shape of the lexicon build (scripts/build_lexicons.py and its source modules).

A surface form is kept when it is worth matching (`usable`); forms short enough for OCR repair to
aim at become weak `exact` forms (`ocr_prone`); `row` writes one concept in the JSONL shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wordfreq import zipf_frequency

from claimx.variants import GREEK, fold, word_count

SHORT_ALIAS = 4  # aliases of at most this many letters and digits are kept only as "exact" (case as written)
WORD_ZIPF = 4.5  # a one-word name or synonym this common ("cell", "rest") is dropped
CHEMICAL_ZIPF = 3.5  # stricter for chemical names (DrugBank, ChEBI, MeSH substances): "retinal" the adjective
MAX_WORDS = 8
MAX_PIECES = 12  # words and punctuation: bounds the matcher's window (Lexicon.max_words)


def zipf(word: str) -> float:
    return zipf_frequency(word.lower(), "en")


def alnum_len(s: str) -> int:
    return sum(c.isalnum() for c in s)


def common_word(s: str, bar: float = WORD_ZIPF) -> bool:
    return s.isalpha() and zipf(s) >= bar


def usable(s: str) -> bool:
    """A name or synonym worth matching: not tiny, not a sentence, not a common word."""
    s = s.strip()
    return (alnum_len(s) > 2 and len(s.split()) <= MAX_WORDS and word_count(s) <= MAX_PIECES and len(s) <= 80
            and not common_word(s))


def chemical_name(s: str) -> bool:
    """A chemical name or synonym worth matching: `usable` and not a word as common as CHEMICAL_ZIPF."""
    return usable(s) and not common_word(s, CHEMICAL_ZIPF)


def by_ocr(surfaces: Iterable[str]) -> tuple[list[str], list[str]]:
    """(the surfaces OCR repair does not aim at, the `ocr_prone` ones), each in the order given."""
    surfaces = list(surfaces)
    return [t for t in surfaces if not ocr_prone(t)], [t for t in surfaces if ocr_prone(t)]


def row(id_: str, name: str, type_: str, synonyms: Iterable[str], xrefs: Iterable[str] = (),
        exact: Iterable[str] = ()) -> dict:
    syns = sorted({s.strip() for s in synonyms if s.strip() and s.strip() != name})
    out = {"id": id_, "name": name, "type": type_, "synonyms": syns, "xrefs": sorted(set(xrefs))}
    exact = sorted({s.strip() for s in exact if s.strip() and s.strip() != name and s.strip() not in syns})
    if exact:
        out["exact"] = exact
    return out


_GREEK_NAMES = re.compile("|".join(sorted(set(GREEK.values()), key=len, reverse=True)))


def ocr_prone(s: str) -> bool:
    """A literature string short enough for OCR repair to aim at (four letters or digits, a Greek
    letter counting one, once folded): "NaC1" (FamPlex keeps this misprint of NaCl), "G gamma" (= Gγ,
    which "Gy", the gray, would be repaired to). Such strings become weak `exact` forms."""
    return alnum_len(_GREEK_NAMES.sub("g", fold(s).lower())) <= SHORT_ALIAS

"""Viruses named by the disease they cause are one agent mention: "Rous sarcoma virus".

Without this rule the disease word inside the name is a disease mention ("sarcoma"), so "Cells
transformed by Rous sarcoma virus release growth factors" reads as a claim by a disease, and the
virus (an agent, README "Viruses are agents") is no argument at all. A word of
lexicons/cues/virus_names.tsv right before "virus(es)" ("sarcoma", "leukemia", "reticuloendotheliosis")
starts the name; host words ("murine", "avian", "RNA") and capitalized proper names ("Rous",
"Moloney", "Marek's") before it are taken in. The concept is `claimx:virus:<name>` (singular, spaces
as underscores), source "pattern", so a lexicon entry of the same span ("human T-cell leukemia
virus") keeps its own concept; an abbreviation defined after the name ("(RSV)") takes this concept.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from claimx.cues import cues_dir, words_by_kind
from claimx.found import Found, TokenIndex
from claimx.vocab import zipf

_VIRUS = re.compile(r"(?<![\w-])[Vv]irus(?:es)?(?![\w]|-(?![a-z]{2,}))")
_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:'s)?")  # "Rous", "Snyder-Theilen", "Marek's"
MAX_BEFORE = 3  # host words and names before the disease word: "Harvey murine sarcoma virus"
# A capitalized word opening a sentence names a virus only when it is no common English word
# ("Following Rous sarcoma virus infection": "Following" is capitalized for the sentence).
COMMON_ZIPF = 4.5


@functools.lru_cache(maxsize=4)
def load_virus_words(directory: Path | None = None) -> dict[str, frozenset[str]]:
    """virus_names.tsv's words by kind: disease, part, host, not_name."""
    return words_by_kind((directory or cues_dir()) / "virus_names.tsv", ("disease", "part", "host", "not_name"))


def _words_before(text: str, end: int, n: int) -> list[tuple[int, str]]:
    """Up to n (start, word) pairs of the whitespace-separated words ending before `end`, nearest first."""
    out = []
    k = end
    while len(out) < n:
        j = k
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if j == k or j == 0:
            break
        i = j
        while i > 0 and not text[i - 1].isspace():
            i -= 1
        out.append((i, text[i:j]))
        k = i
    return out


def _opens_sentence(text: str, k: int) -> bool:
    j = k
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j == 0 or text[j - 1] in ".!?"


def _is_disease(word: str, diseases: frozenset[str]) -> bool:
    return all(part in diseases for part in word.lower().split("-"))


def virus_names(index: TokenIndex, concept: Callable[[str, str], Any]) -> list[tuple[Found, Any]]:
    """(token range, concept(id, name)) of each virus named by its disease in the text."""
    text = index.text
    if "irus" not in text:
        return []
    table = load_virus_words()
    diseases, parts, hosts, not_names = table["disease"], table["part"], table["host"], table["not_name"]
    out = []
    for m in _VIRUS.finditer(text):
        words = _words_before(text, m.start(), MAX_BEFORE + 1)
        if not words:
            continue
        first, word = words[0]
        named = _is_disease(word, diseases)
        if not named and word.lower() not in parts:
            continue
        start = first
        taken = 0
        for k, w in words[1:]:
            if w.lower() in hosts or (_NAME.fullmatch(w) and w.lower() not in not_names
                                      and not (_opens_sentence(text, k) and zipf(w) >= COMMON_ZIPF)):
                start, taken = k, taken + 1
            else:
                break
        if not named and not taken:  # "tumor virus", "disease virus" alone name no virus
            continue
        found = index.strict(start, m.end())
        if found is None:
            continue
        name = text[start:m.start()] + "virus"
        name = " ".join(name.split())
        out.append((found, concept("claimx:virus:" + name.replace(" ", "_"), name)))
    return out

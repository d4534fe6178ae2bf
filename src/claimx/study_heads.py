"""Mentions that name a study's subjects, arm or model: 'MEN II A patients', 'the MTX group'.

A mention right before a study noun of lexicons/cues/study_heads.tsv modifies that noun: the
patients, cases, group or model are what the phrase names, and they neither act nor change in a
claim. claims.py skips such a subject or object (a suffix claim keeps its object: "bleomycin-induced
inflammation model" still says bleomycin induces inflammation).
"""

from __future__ import annotations

import functools
from pathlib import Path

from claimx.cues import cues_dir, words_by_kind


@functools.lru_cache(maxsize=4)
def load_study_heads(directory: Path | None = None) -> frozenset[str]:
    """The study nouns, lower-cased."""
    return words_by_kind((directory or cues_dir()) / "study_heads.tsv", ("study",))["study"]


def names_study(sent, span) -> bool:
    """True when the word right after the mention is a study noun ('PHT cases', 'the MTX group')."""
    return span.end < sent.end and sent.doc[span.end].lower_ in load_study_heads()

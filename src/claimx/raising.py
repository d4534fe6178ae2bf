"""Raising and ability predicates: 'X, which is known to inhibit Y', 'X, a glycoprotein, has been
shown to inhibit Y', 'mouse p10 is able to induce Y'.

The infinitive's subject is the predicate's. parts.py looks for it as for a finite verb standing
where the predicate starts, so the relative-pronoun and appositive shapes apply to it too. Words:
lexicons/cues/raising.tsv.
"""

from __future__ import annotations

import functools
from pathlib import Path

from claimx.cues import cues_dir, words_by_kind
from claimx.tokview import SentView

REACH = 6  # predicate words, auxiliaries and adverbs between the subject and "to"


@functools.lru_cache(maxsize=4)
def raising_words(directory: Path | None = None) -> dict[str, frozenset[str]]:
    """raising.tsv's words by kind: word (the predicate's last word before 'to') and aux."""
    return words_by_kind((directory or cues_dir()) / "raising.tsv", ("word", "aux"))


def raising_start(sent: SentView, to: int) -> int | None:
    """Index of the first word of the predicate ending just before the 'to' at `to` ('is' of 'is
    known to', 'has' of 'has been previously shown to'), else None."""
    table = raising_words()
    doc = sent.doc
    k = to - 1
    if k <= sent.start or doc[k].lower_ not in table["word"]:
        return None
    while k - 1 > sent.start and to - k < REACH and doc[k - 1].lower_ in table["aux"]:
        k -= 1
    return k

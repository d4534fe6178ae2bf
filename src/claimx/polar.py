"""Polar agent nouns: 'X is a negative regulator of Y', 'X, a positive modulator of Y'.

"Regulator" names no direction alone, so it is no agent cue (directions.tsv); with "negative" or
"positive" among its modifiers it is one. constructions.appositive asks `polar_cue` for the noun
after its run of modifiers. Words: lexicons/cues/polar_agents.tsv.
"""

from __future__ import annotations

import functools
from pathlib import Path

from claimx.cues import DIRECTIONS, Cue, cues_dir, read_rows
from claimx.errors import BadLexicon


@functools.lru_cache(maxsize=4)
def load_polar(directory: Path | None = None) -> tuple[dict[str, str], frozenset[str]]:
    """(polarity adjective -> predicate, undirected agent nouns)."""
    path = (directory or cues_dir()) / "polar_agents.tsv"
    polarity, nouns = {}, set()
    for lineno, (kind, word, value) in read_rows(path, ("kind", "word", "value")):
        if kind == "polarity" and value in DIRECTIONS:
            polarity[word.lower()] = DIRECTIONS[value]
        elif kind == "noun":
            nouns.add(word.lower())
        else:
            raise BadLexicon(f"{path}:{lineno}: expected 'polarity' with up/down or 'noun', got {kind!r} {value!r}")
    return polarity, frozenset(nouns)


def polar_nouns() -> frozenset[str]:
    """The nouns, for the sentence gate (a sentence without one of them skips this rule)."""
    return load_polar()[1]


def polar_cue(doc, first: int, noun: int) -> Cue | None:
    """The agent cue of the noun at `noun` when a polarity word is among doc[first:noun], else None."""
    polarity, nouns = load_polar()
    if doc[noun].lower_ not in nouns:
        return None
    pred = next((polarity[t.lower_] for t in doc[first:noun] if t.lower_ in polarity), None)
    return Cue(doc[noun].lower_, pred, "agent", "noun") if pred is not None else None

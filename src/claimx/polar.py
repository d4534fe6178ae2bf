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
    return _load(directory)[:2]


@functools.lru_cache(maxsize=4)
def load_steps(directory: Path | None = None) -> tuple[dict[str, str], frozenset[str]]:
    """(necessity adjective -> predicate, step nouns): 'a critical process in Y'."""
    return _load(directory)[2:]


@functools.lru_cache(maxsize=4)
def _load(directory: Path | None) -> tuple[dict[str, str], frozenset[str], dict[str, str], frozenset[str]]:
    path = (directory or cues_dir()) / "polar_agents.tsv"
    polarity, nouns, necessity, steps = {}, set(), {}, set()
    for lineno, (kind, word, value) in read_rows(path, ("kind", "word", "value")):
        if kind in ("polarity", "necessity") and value in DIRECTIONS:
            (polarity if kind == "polarity" else necessity)[word.lower()] = DIRECTIONS[value]
        elif kind in ("noun", "step"):
            (nouns if kind == "noun" else steps).add(word.lower())
        else:
            raise BadLexicon(f"{path}:{lineno}: expected 'polarity'/'necessity' with up/down or 'noun'/'step', "
                             f"got {kind!r} {value!r}")
    return polarity, frozenset(nouns), necessity, frozenset(steps)


def polar_nouns() -> frozenset[str]:
    """The nouns, for the sentence gate (a sentence without one of them skips this rule)."""
    return load_polar()[1] | load_steps()[1]


def polar_cue(doc, first: int, noun: int) -> Cue | None:
    """The agent cue of the noun at `noun` when a polarity word is among doc[first:noun], else None;
    a step noun after a necessity word gives a cue of kind 'step' (its object may follow 'for'/'in')."""
    polarity, nouns = load_polar()
    word = doc[noun].lower_
    if word in nouns:
        pred = next((polarity[t.lower_] for t in doc[first:noun] if t.lower_ in polarity), None)
        return Cue(word, pred, "agent", "noun") if pred is not None else None
    necessity, steps = load_steps()
    if word in steps:
        pred = next((necessity[t.lower_] for t in doc[first:noun] if t.lower_ in necessity), None)
        return Cue(word, pred, "step", "noun") if pred is not None else None
    return None

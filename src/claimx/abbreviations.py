"""The claimx_abbreviations component: scispaCy's abbreviation definitions, as plain records.

scispaCy's detector finds "long form (SF)" definitions (Schwartz & Hearst) and then every
later occurrence of each short form, making a Span per occurrence with `span._.long_form`
set; the entity component only reads which short form texts are defined by which long
form. This component calls the same scispaCy functions for the definitions and looks the
occurrences up in the ORTH column, and files in `doc.user_data[KEY]` one
`(short form text, long form start, long form end)` per distinct such triple, in the order
the detector's output listed them: by definition, the defining short form first.
"""

from __future__ import annotations

import warnings

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from claimx.found import token_columns
from claimx.matchers import ParenMatcher

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # scispaCy's imports warn about things claimx does not use
    from scispacy.abbreviation import filter_matches, find_abbreviation

KEY = "claimx_abbreviations"


@Language.factory("claimx_abbreviations", default_config={})
def make_abbreviations(nlp: Language, name: str) -> AbbreviationFinder:
    return AbbreviationFinder(nlp)


class AbbreviationFinder:
    """Sets doc.user_data[KEY]: [(short form text, long form start token, long form end token)]."""

    def __init__(self, nlp: Language):
        self.parens = ParenMatcher(nlp.vocab.strings.add("parenthesis"))

    def __call__(self, doc: Doc) -> Doc:
        from claimx.pipeline import doc_text

        inside = [(key, start + 1, end - 1) for key, start, end in self.parens(doc)]
        definitions = []
        seen_long: set[str] = set()
        seen_short: set[str] = set()
        for long_candidate, short_candidate in filter_matches(inside, doc):
            short, long = find_abbreviation(long_candidate, short_candidate)
            if long is None or not len(long):  # the detector's `if long`: an empty Span is false
                continue
            if long.text in seen_long or short.text in seen_short:
                continue  # the detector keeps the first definition of a long or a short form
            seen_long.add(long.text)
            seen_short.add(short.text)
            definitions.append((short, long))
        doc.user_data[KEY] = _records(doc, doc_text(doc), definitions)
        return doc


def _records(doc: Doc, text: str, definitions: list) -> list[tuple[str, int, int]]:
    """Each definition's short form and its occurrences (same ORTH sequence), as text and long form.

    An occurrence that is another definition's too goes with the later definition, as the
    detector's `span._.long_form` (filed by character offsets) ended up doing.
    """
    if not definitions:
        return []
    cols = token_columns(doc)  # definitions exist, so the doc has tokens
    orth, words, starts, lengths = cols.orth_array, cols.orth, cols.starts, cols.lengths
    places = []
    owner: dict[tuple[int, int], int] = {}
    for k, (short, _) in enumerate(definitions):
        seq = words[short.start: short.end]
        found = [(short.start, short.end)]
        for i in numpy.flatnonzero(orth == seq[0]).tolist():
            if words[i: i + len(seq)] == seq:
                found.append((i, i + len(seq)))
        places.append(list(dict.fromkeys(found)))
        for place in found:
            owner[place] = k
    out = []
    for found in places:
        for place in found:
            a, b = place
            long = definitions[owner[place]][1]
            out.append((text[starts[a]: starts[b - 1] + lengths[b - 1]], long.start, long.end))
    return list(dict.fromkeys(out))

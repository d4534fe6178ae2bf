"""Mention records (mentions.py) stand for exactly the Spans doc.ents gives."""

import pytest
import spacy
from spacy.tokens import Span

from claimx.mentions import MentionTable
from claimx.tokview import TokenTable


def _doc():
    nlp = spacy.blank("en")
    doc = nlp("IL-6 and tumor necrosis factor increased VEGF in MCF-7 cells. Nothing here. CCL2 rose .")
    # adjacent mentions, a multi-word one, one at the end of a sentence and one at the end of the doc
    doc.ents = [Span(doc, 0, 1, label="cytokine"), Span(doc, 2, 5, label="cytokine"),
                Span(doc, 6, 7, label="gene_protein"), Span(doc, 8, 9, label="cell"),
                Span(doc, 9, 10, label="cell"), Span(doc, 14, 15, label="cytokine"),
                Span(doc, 16, 17, label="x")]
    return doc


def test_mentions_match_doc_ents():
    doc = _doc()
    tokens = TokenTable().tokens(doc)
    table = MentionTable()
    table.read(doc, tokens)
    got = table.between(0, len(doc))
    want = list(doc.ents)
    assert [(m.start, m.end, m.label_, m.start_char, m.end_char, m.text, len(m)) for m in got] == \
        [(e.start, e.end, e.label_, e.start_char, e.end_char, e.text, len(e)) for e in want]
    assert got[1][-1].text == want[1][-1].text == "factor" and got[1][0].text == "tumor"


def test_between_takes_mentions_starting_in_the_range():
    doc = _doc()
    table = MentionTable()
    table.read(doc, TokenTable().tokens(doc))
    assert [m.start for m in table.between(2, 10)] == [2, 6, 8, 9]
    assert table.between(10, 14) == []


def test_a_claim_argument_is_one_span_per_mention():
    doc = _doc()
    table = MentionTable()
    table.read(doc, TokenTable().tokens(doc))
    m = table.between(2, 3)[0]
    span = table.as_span(m)
    assert isinstance(span, Span) and (span.start, span.end, span.label_) == (2, 5, "cytokine")
    assert table.as_span(table.between(2, 3)[0]) is span
    assert table.as_span(span) is span


def test_span_features_the_record_lacks_come_from_a_span():
    doc = _doc()
    table = MentionTable()
    table.read(doc, TokenTable().tokens(doc))
    m, e = table.between(2, 3)[0], list(doc.ents)[1]
    assert m.root.i == e.root.i and m.label == e.label and m.vector_norm == e.vector_norm
    assert m[1:3].text == e[1:3].text == "necrosis factor"


def test_a_record_iterates_and_indexes_its_own_tokens_only():
    doc = _doc()
    table = MentionTable()
    table.read(doc, TokenTable().tokens(doc))
    m = table.between(2, 3)[0]
    assert [t.text for t in m] == ["tumor", "necrosis", "factor"]
    with pytest.raises(IndexError):
        m[3]
    with pytest.raises(IndexError):
        m[-4]

"""Session 8: the token columns read once per document, and the per-word memo without numpy."""

from spacy.attrs import IDX, LENGTH, ORTH, SPACY
from spacy.tokens import Doc
from spacy.vocab import Vocab

from claimx.found import doc_extension_key, memo_flags, token_columns


def test_token_columns_are_the_docs_and_follow_the_document():
    vocab = Vocab()
    first = Doc(vocab, words=["IL-6", "increases", "STAT3", "."], spaces=[True, True, False, False])
    second = Doc(vocab, words=["It", "binds", "."], spaces=[True, False, False])
    for doc in (first, second, first):
        cols = token_columns(doc)
        assert token_columns(doc) is cols  # read once while the document is the current one
        rows = doc.to_array([ORTH, IDX, LENGTH, SPACY]).tolist()
        assert [list(r) for r in zip(cols.orth, cols.starts, cols.lengths, cols.spaces)] == rows
        assert cols.orth_array.tolist() == cols.orth
    empty = Doc(vocab, words=[])
    assert token_columns(empty).orth == [] and token_columns(empty).starts == []


def test_memo_flags_asks_once_per_distinct_word():
    text = "a b a c b a"
    starts = [0, 2, 4, 6, 8, 10]
    lengths = [1] * 6
    orth = [hash(text[s]) for s in starts]
    asked = []

    def flags_of(w):
        asked.append(w)
        return ord(w)

    known = {}
    assert memo_flags(known, orth, starts, lengths, text, flags_of) == [ord(text[s]) for s in starts]
    assert asked == ["a", "b", "c"]
    assert memo_flags(known, orth[:2], starts, lengths, text, flags_of) == [ord("a"), ord("b")]
    assert asked == ["a", "b", "c"]


def test_doc_extension_values_are_where_spacy_files_them():
    import claimx.claims  # noqa: F401  (registers claimx_claims)
    import claimx.pipeline  # noqa: F401  (registers claimx_breaks and claimx_skips)

    doc = Doc(Vocab(), words=["a", "b"])
    for name in ("claimx_breaks", "claimx_skips", "claimx_claims"):
        value = object()
        setattr(doc._, name, value)
        assert doc.user_data[doc_extension_key(name)] is value
        doc.user_data[doc_extension_key(name)] = name
        assert getattr(doc._, name) == name

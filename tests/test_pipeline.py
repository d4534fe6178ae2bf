"""The pipeline's stand-ins for scispaCy's Matcher and abbreviation detector return exactly what those would."""

import pytest
from spacy.matcher import Matcher

from claimx.matchers import ParenMatcher
from claimx.pipeline import build_nlp, doc_text

TEXTS = [
    "",
    "(",
    ")",
    "()",
    "((a))",
    "( ( x ) )",
    "a (b) (c (d) e) f",
    "x ( ) ( y ) (z)",
    "Myeloid-derived suppressor cells (MDSCs) and regulatory T cells (Tregs) (see (ref) below) "
    "release interleukin-6 (IL-6; also (BSF-2)) and (a b c d e f g h) (a b c d e f g h i) ((((MDSCs)))).",
    "(1) one (2) two (3) three (4) four (5) five (6) six (7) seven (8) eight (9) nine (10) ten",
]


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


@pytest.mark.parametrize("text", TEXTS)
def test_paren_matcher_keeps_the_matches_scispacy_keeps_in_the_same_order(nlp, text):
    doc = nlp.make_doc(text)
    reference = Matcher(nlp.vocab)
    reference.add("parenthesis", [[{"ORTH": "("}, {"OP": "+"}, {"ORTH": ")"}]])
    kept = [m for m in reference(doc) if m[2] - m[1] - 2 <= ParenMatcher.MAX_INSIDE]
    assert ParenMatcher(nlp.vocab.strings["parenthesis"])(doc) == kept


def test_doc_text_is_the_doc_text(nlp):
    doc = nlp.make_doc("IL-6  increases\nSTAT3 .")
    assert doc_text(doc) == doc.text == doc_text(doc)


ABBREVIATION_TEXTS = [
    "",
    "No parentheses here.",
    "Myeloid-derived suppressor cells (MDSCs) expand. MDSCs and MDSCs suppress T cells (MDSCs).",
    "Interleukin-6 (IL-6) and tumor necrosis factor (TNF) rise; IL - 6 and TNF fall (IL-6).",
    "regulatory T cells (Tregs) and regulatory T cells (Treg) and T helper 17 (Th17) cells; Tregs, Th17.",
    "programmed death ligand 1 (PD L1) and programmed death ligand one (PD L1) bind PD L1 and PDL1.",
    "(IL-6) interleukin 6 (IL-6 (in mice)) x (a b c d e f g h i) vascular endothelial growth factor (VEGF)",
]


@pytest.mark.parametrize("text", ABBREVIATION_TEXTS)
def test_abbreviations_are_what_scispacys_detector_finds(nlp, text):
    """Per short form occurrence the detector lists, the same (text, long form) record, in definition order."""
    import warnings

    from claimx.abbreviations import KEY

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from scispacy.abbreviation import AbbreviationDetector

        detector = AbbreviationDetector(nlp)
        doc = detector(nlp.make_doc(text))
    expected = []
    for short in doc._.abbreviations:
        long = short._.long_form
        expected.append((short.text, long.start, long.end))
    ours = nlp.get_pipe("claimx_abbreviations")(nlp.make_doc(text)).user_data[KEY]
    assert ours == list(dict.fromkeys(ours))
    assert set(ours) == set(expected)
    # definitions in the same order (the detector's occurrences within one come from a set)
    assert list(dict.fromkeys((a, b) for _, a, b in ours)) == list(dict.fromkeys((a, b) for _, a, b in expected))


def test_breaks_between_agrees_with_a_bisect_per_token():
    import bisect
    import random

    from claimx.sentences import _breaks_between

    rng = random.Random(7)
    for _ in range(200):
        # token-like columns: non-empty tokens that do not overlap
        starts, lengths, at = [], [], rng.randint(0, 3)
        for _ in range(rng.randint(1, 30)):
            starts.append(at)
            lengths.append(rng.randint(1, 3))
            at += lengths[-1] + rng.randint(0, 3)
        ends = [s + n for s, n in zip(starts, lengths)]
        breaks = sorted(rng.choices(range(at + 10), k=rng.randint(0, 8)))
        expected = set()
        for i, (lo, hi) in enumerate(zip(ends, starts[1:]), 1):
            k = bisect.bisect_left(breaks, lo)
            if k < len(breaks) and breaks[k] <= hi:
                expected.add(i)
        assert _breaks_between(breaks, starts, lengths) == expected


def _tokens(doc):
    from spacy.attrs import SENT_START
    from spacy.tokens import Doc

    attrs = [a for a in Doc._get_array_attrs() if a != SENT_START]
    return doc.text, [t.norm_ for t in doc], doc.to_array(attrs).tolist()


@pytest.mark.parametrize("text", TEXTS + [
    "Results\n\n e.g. IL-6 (Fig. 1).\n\n\n  Tregs don't :) cuz\t\n \n\xa0U.S.  \n\n",
    "a.\u2029\n\n\xa0\t.\n\n\n\nb",
    "'s. \n \n cuz:)cuzbb-\r))\n\ne.g.",
])
def test_make_doc_tokenizes_paragraph_by_paragraph_to_the_same_tokens(nlp, text, monkeypatch):
    import claimx.pipeline as pipeline

    monkeypatch.setattr(pipeline, "MIN_PIECE", 1)  # a piece per paragraph, however short
    assert _tokens(pipeline.make_doc(nlp, text)) == _tokens(nlp.tokenizer(text))


def test_make_doc_on_a_long_document(nlp):
    from pathlib import Path

    from claimx.pipeline import make_doc

    text = (Path(__file__).resolve().parents[1] / "corpus" / "liver-metastasis-ici-review.txt").read_text()
    assert _tokens(make_doc(nlp, text)) == _tokens(nlp.tokenizer(text))


@pytest.mark.parametrize("text, mentions", [
    # Slash-joined names are separate entities, so each can be a claim's argument.
    ("Bcl-2/VEGF induction of angiogenesis.", ["Bcl-2", "VEGF", "angiogenesis"]),
    ("an HIF-1alpha/VEGF/IL-8-dependent mechanism", ["HIF-1alpha", "VEGF", "IL-8"]),
    # A lexicon key with a slash still matches across the split tokens.
    ("CD11b+F4/80+ macrophages and TNF-α/IL-1β", ["CD11b+F4/80+ macrophages", "TNF-α", "IL-1β"]),
])
def test_a_slash_between_names_splits_them(nlp, text, mentions):
    assert [e.text for e in nlp(text).ents] == mentions


@pytest.mark.parametrize("text, mentions", [
    # scispaCy keeps "p27(-/-" as one token; the name before a glued parenthesis is a token of its own.
    ("Combined mutations of p27(-/-) and Men1(+/-) in mice.", ["p27", "Men1", "mice"]),
    ("LMP1(TRADD) promotes cell growth.", ["LMP1", "TRADD", "cell growth"]),
    # A lexicon key with a parenthesis still matches across the split tokens.
    ("p21(WAF1) and CD4(+) cells", ["p21(WAF1)", "CD4(+) cells"]),
])
def test_a_parenthesis_glued_to_a_name_splits_from_it(nlp, text, mentions):
    assert [e.text for e in nlp(text).ents] == mentions


def test_every_component_is_a_spacy_entry_point_and_runs_in_a_users_blank_pipeline():
    from importlib.metadata import entry_points

    import spacy

    names = {"claimx_sentences", "claimx_abbreviations", "claimx_entities", "claimx_claims"}
    assert names <= {ep.name for ep in entry_points(group="spacy_factories")}
    user = spacy.blank("en")
    for name in ("claimx_sentences", "claimx_abbreviations", "claimx_entities", "claimx_claims"):
        user.add_pipe(name)
    doc = user("Interleukin-6 (IL-6) promotes angiogenesis. Blocking IL-6 reduced tumor growth.")
    ids = {e.text: e._.claimx.id for e in doc.ents}
    assert ids["IL-6"] == ids["Interleukin-6"]
    assert any(c.predicate == "decreases" and c.op == "inhibition" for c in doc._.claimx_claims)


def test_an_extension_key_asked_before_registration_is_not_remembered_as_missing():
    from spacy.tokens import Span

    from claimx.found import extension_key

    name = "claimx_test_late_extension"
    assert extension_key(name) is None
    Span.set_extension(name, default=None)
    try:
        assert extension_key(name)(2, 3) == ("._.", name, 2, 3)
    finally:
        Span.remove_extension(name)

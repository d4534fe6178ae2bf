"""Mentions side by side are one noun phrase (compounds.compound_heads): sentences written for the purpose."""

import pytest

from claimx.extract import extract_text

from factory import triples


@pytest.mark.parametrize("text, expected", [
    # a cell line named before its disease: one object (with "cells", one cell mention: disease_cells.py)
    ("Cisplatin induced apoptosis of HeLa breast cancer cells.",
     {("Cisplatin", "increases", "HeLa breast cancer cells")}),
    ("Tamoxifen inhibited growth of B16F10 melanoma xenografts.", {("Tamoxifen", "decreases", "melanoma")}),
    # the same on the subject side
    ("The B16F10 melanoma cells increased VEGF secretion.", {("B16F10 melanoma cells", "increases", "VEGF")}),
])
def test_one_claim_per_noun_phrase(text, expected):
    assert triples(text) == expected


def test_an_operator_word_after_a_mention_stays_its_operator():
    claims = extract_text("IL-17F ablation decreased IL-6 expression.")
    assert [(c.subject.text, c.subject.op, c.object.text) for c in claims] == [("IL-17F", "inhibition", "IL-6")]


def test_a_list_keeps_every_member():
    assert triples("Cisplatin induced apoptosis of HeLa and MCF-7 cells.") >= {
        ("Cisplatin", "increases", "HeLa"), ("Cisplatin", "increases", "MCF-7 cells")}


@pytest.mark.parametrize("text, expected, wrong", [
    # only the mention glued to the hyphen takes the suffix
    ("Cisplatin and TRAIL-induced apoptosis was reduced.", ("TRAIL", "increases", "apoptosis"),
     ("Cisplatin", "increases", "apoptosis")),
])
def test_a_hyphen_suffix_binds_the_glued_mention(text, expected, wrong):
    found = triples(text)
    assert expected in found and wrong not in found


def test_a_hanging_hyphen_shares_the_suffix():
    found = triples("IL-6- and TNF-induced apoptosis was reduced.")
    assert {("IL-6-", "increases", "apoptosis"), ("TNF", "increases", "apoptosis")} <= found

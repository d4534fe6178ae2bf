"""A verb acting on 'the effect of X' makes no claim on X (effect_operands.py): sentences written for the purpose."""

import pytest

from claimx.effect_operands import load_operand_nouns
from claimx.errors import BadLexicon

from factory import triples


@pytest.mark.parametrize("text, mention", [
    ("Glutathione reversed the inhibitory effects of cisplatin on ERK.", "cisplatin"),
    ("Low glucose potentiated the effect of TNF.", "TNF"),
    ("The proliferative effects of VEGF were inhibited by cisplatin.", "VEGF"),
])
def test_the_mention_of_an_effect_is_no_object(text, mention):
    assert not any(o == mention for _, _, o in triples(text))


def test_a_plain_object_stays():
    assert ("Glutathione", "decreases", "cisplatin") in triples("Glutathione reduced cisplatin uptake.")


def test_bad_effect_kind_is_reported(tmp_path):
    (tmp_path / "effect_operands.tsv").write_text("kind\tword\nverb\teffect\n", encoding="utf-8")
    with pytest.raises(BadLexicon, match="effect_operands.tsv:2"):
        load_operand_nouns(tmp_path)


def test_a_response_to_a_drug_is_no_claim_on_the_drug():
    assert not any(o == "doxorubicin" for _, _, o in triples("FOXO3a enhanced doxorubicin resistance."))


def test_the_ability_of_x_to_verb_makes_x_the_subject():
    found = triples("TNF-dependent tumor inhibition rests on the ability of IL-12 to inhibit angiogenesis.")
    assert ("IL-12", "decreases", "angiogenesis") in found
    assert ("TNF", "decreases", "angiogenesis") not in found

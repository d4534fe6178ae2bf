"""A mention in the by-phrase of the noun before a verb is not the verb's subject (by_agents.py), on
sentences written for the purpose."""

from claimx.extract import extract_text


def claims(text):
    return {(c.subject.op, c.subject.text, c.predicate, c.object.text) for c in extract_text(text)}


def test_the_nominal_before_by_is_the_subject_with_its_operator():
    got = claims("Enforced induction of p38 by upstream activators (e.g. MKK3 and MKK6) enhanced CCN1 promoter "
                 "activities.")
    assert ("activation", "p38", "increases", "CCN1") in got
    assert not any(s in {"MKK3", "MKK6"} and o == "CCN1" for _, s, _, o in got)


def test_a_process_noun_and_a_bracketed_short_form_before_by():
    got = claims("Elevated vascular endothelial growth factor (VEGF) secretion by malignant cells enhanced "
                 "recruitment of endothelial cells.")
    assert any(s == "vascular endothelial growth factor" and o == "endothelial cells" for _, s, _, o in got)
    assert not any(s == "malignant cells" and o == "endothelial cells" for _, s, _, o in got)


def test_an_operator_noun_with_its_own_by_phrase():
    got = claims("Suppression of WT1 expression by WT1 anti-sense oligonucleotide inhibits proliferation of "
                 "leukemia cells.")
    assert ("inhibition", "WT1", "decreases", "leukemia cells") in got


def test_an_infinitive_keeps_its_by_agent():
    got = claims("We determined the signaling pathway utilized by AdGFPFasL to induce apoptosis in these cells.")
    assert (None, "AdGFPFasL", "increases", "apoptosis") in got


def test_the_bearer_of_a_noun_after_by_keeps_its_claim():
    got = claims("Their resistance was explained by the failure of TGFbeta to upregulate TIMPs.")
    assert any(s == "TGFbeta" and o == "TIMPs" for _, s, _, o in got)


def test_a_mention_in_a_time_phrase_is_not_the_subject():
    got = claims("Injections of 2G7 starting 1 d after inoculation of tumor cells suppressed lung metastases.")
    assert not any(s == "tumor cells" for _, s, _, _ in got)


def test_a_subject_before_a_later_time_phrase_stays():
    got = claims("IL-6 increased VEGF expression after 24 h.")
    assert (None, "IL-6", "increases", "VEGF") in got


def test_a_mention_where_the_head_was_placed_is_not_the_subject():
    got = claims("Adipose tissue layered on CAM stimulated angiogenesis.")
    assert (None, "Adipose tissue", "increases", "angiogenesis") in got
    assert not any(s == "CAM" for _, s, _, _ in got)


def test_a_treatment_participle_keeps_its_agent():
    assert (None, "IL-6", "increases", "VEGF") in claims("Cells treated with IL-6 showed increased VEGF.")

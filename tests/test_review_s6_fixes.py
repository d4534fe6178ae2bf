"""Regressions found by reading session 6's rules again, on sentences written for the purpose."""

import pytest

from factory import mentions_in, triples


@pytest.mark.parametrize("text, expected", [
    # a time phrase opening the sentence sets when its subject acts; it does not hide the subject
    ("After 24 h TNF increased IL-6 expression.", ("TNF", "increases", "IL-6")),
    ("During hypoxia VEGF increased MMP-2 expression.", ("VEGF", "increases", "MMP-2")),
    # a treatment noun before 'by' names its agent, the verb's subject
    ("Stimulation by VEGF increased MMP-2 expression.", ("VEGF", "increases", "MMP-2")),
    # 'for' does not hang the object on a noun between the verb and it
    ("Aspirin reduced the risk for colorectal cancer.", ("Aspirin", "decreases", "colorectal cancer")),
])
def test_subjects_and_objects_kept(text, expected):
    assert expected in triples(text)


def test_a_time_phrase_inside_the_subject_still_names_no_subject():
    found = triples("Injections of 2G7 starting 1 d after inoculation of tumor cells suppressed tumor growth.")
    assert not any(s == "tumor cells" for s, _, _ in found)


def test_a_capitalized_sentence_opener_is_no_part_of_a_virus_name():
    names = {m.text for m in mentions_in("Following Rous sarcoma virus infection, VEGF rose.")}
    assert "Rous sarcoma virus" in names and not any(n.startswith("Following") for n in names)
    assert "Rous sarcoma virus" in {m.text for m in mentions_in("Rous sarcoma virus infection increased VEGF.")}

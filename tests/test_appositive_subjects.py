"""A subject mention inside an appositive stands for the name before it (hosts.appositive_head), on sentences
written for the purpose."""

from factory import triples


def test_the_named_head_of_the_appositive_is_the_subject():
    got = triples("Cobalt chloride, a stimulator of vascular endothelial growth factor (VEGF) stimulated angiogenesis.")
    assert ("Cobalt chloride", "increases", "angiogenesis") in got
    assert ("vascular endothelial growth factor", "increases", "angiogenesis") not in got


def test_a_fronted_setting_is_no_name():
    # "In mice," opens no appositive: the name after the article is the subject
    got = triples("In mice, a high dose of sorafenib reduced angiogenesis.")
    assert ("mice", "decreases", "angiogenesis") not in got

"""The name an appositive restates is the subject, after 'of'/'as' too and for appositive
predicates (hosts.appositive_head), on sentences written for the purpose."""

from factory import triples


def test_a_relative_clause_on_an_appositive_after_of_is_the_name():
    got = triples("PECAM-1 increased the levels of Cdc42, a Rho GTPase that is known to promote the formation of filopodia.")
    assert ("Cdc42", "increases", "filopodia") in got
    assert ("GTPase", "increases", "filopodia") not in got


def test_an_appositive_predicate_after_a_restating_appositive_is_the_name():
    got = triples("Autotaxin (ATX), an exo-nucleotide pyrophosphatase and phosphodiesterase, was originally isolated "
                "as a potent stimulator of tumor cell motility.")
    assert ("Autotaxin", "increases", "tumor cell") in got
    assert not any(s == "phosphodiesterase" for s, _, _ in got)


def test_a_setting_before_the_name_still_opens_no_appositive():
    got = triples("In mice, a high dose of sorafenib reduced angiogenesis.")
    assert ("sorafenib", "decreases", "angiogenesis") in got

"""'in vivo'/'in vitro' after a list member does not break the list (arguments._chains), on sentences written
for the purpose."""

from factory import triples


def test_setting_inside_an_object_list():
    got = triples("HKa inhibits angiogenesis in vivo and endothelial cell migration in vitro.")
    assert {("HKa", "decreases", "angiogenesis"), ("HKa", "decreases", "endothelial cell")} <= got


def test_setting_without_a_list_changes_nothing():
    assert triples("HKa inhibits angiogenesis in vivo.") == {("HKa", "decreases", "angiogenesis")}

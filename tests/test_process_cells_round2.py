"""A process 'in' cells named after a coordinated word (process_targets.in_target), on sentences written for the purpose."""

from claimx.extract import extract_text


def pairs(text):
    return {(c.subject.text, c.predicate, c.object.text, c.object.process) for c in extract_text(text)}


def test_cells_after_a_coordinated_word():
    got = pairs("Expression of pAd-T34A caused apoptosis in umbilical vein and dermal microvascular endothelial cells.")
    assert ("pAd-T34A", "increases", "dermal microvascular endothelial cells", "apoptosis") in got


def test_a_coordinated_process_is_no_place():
    # "endothelial cell migration" is a second process, not the cells angiogenesis happens in
    got = pairs("HKa inhibits angiogenesis in vivo and endothelial cell migration in vitro.")
    assert ("HKa", "decreases", "angiogenesis", None) in got


def test_metastasis_in_a_cancer_is_a_claim_on_the_cancer():
    got = pairs("PTTG overexpression promotes lymph node metastasis in human esophageal squamous cell carcinoma.")
    assert ("PTTG", "increases", "esophageal squamous cell carcinoma", "metastasis") in got


def test_another_process_in_a_disease_keeps_the_process():
    # "survival in HCC": the disease is context (process_targets.IN_TARGETS)
    got = pairs("Sorafenib improves apoptosis in hepatocellular carcinoma.")
    assert ("Sorafenib", "increases", "apoptosis", None) in got

"""Claims and small stores for the tests: spans always consistent with their sentences."""

from __future__ import annotations

from pathlib import Path

from claimx.model import Argument, Claim, DocRef, Evidence
from claimx.store import write_store

SHA = "a" * 64


def make_claim(subject: str = "TGF-β", obj: str = "angiogenesis", *, sentence: str | None = None,
               start: int = 0, doc: str = "corpus/a.txt", sha: str = SHA, predicate: str = "increases",
               negated: bool = False, hedged: bool = False, confidence: float = 0.7,
               subject_id: str | None = None, object_id: str | None = None, subject_type: str = "cytokine",
               object_type: str = "process", subject_xrefs: tuple[str, ...] = (),
               object_xrefs: tuple[str, ...] = (), op: str | None = None, section: str | None = "Results",
               subject_norm: str | None = None) -> Claim:
    """A claim whose spans are consistent with `sentence` placed at offset `start` of its document."""
    sentence = sentence if sentence is not None else f"{subject} {predicate} {obj}."
    s0 = sentence.index(subject)
    o0 = sentence.index(obj, s0 + len(subject)) if obj in sentence[s0 + len(subject):] else sentence.index(obj)
    subj = Argument(subject, subject_norm or subject, subject_type, subject_id or f"claimx:{subject}",
                    subject_xrefs, (start + s0, start + s0 + len(subject)), op)
    ob = Argument(obj, obj, object_type, object_id or f"claimx:{obj}", object_xrefs,
                  (start + o0, start + o0 + len(obj)))
    return Claim(DocRef(doc, sha), subj, predicate, ob, Evidence(sentence, (start, start + len(sentence)), section),
                 negated=negated, hedged=hedged, confidence=confidence)


def write(path: Path, claims: list[Claim]) -> Path:
    write_store(path, sorted(claims, key=Claim.sort_key))
    return path


SENTENCES = [
    ("TGF-β increases angiogenesis.", "TGF-β", "angiogenesis", "increases"),
    ("IL-6 and TNF-α promote fibrosis and necrosis.", None, None, None),  # coordination: four claims
    ("Blocking CCL2 can decrease macrophage infiltration.", "CCL2", "macrophage", "decreases"),
    ("PD-1 did not enhance survival.", "PD-1", "survival", "increases"),
]


def corpus(edited: bool = False, sha: str = SHA) -> list[Claim]:
    """Claims of a small document; `edited` rewrites the second sentence and shifts the rest."""
    sentences = [s[0] for s in SENTENCES]
    if edited:
        sentences[1] = "IL-6 and TNF-α strongly promote fibrosis, not necrosis."
    out, pos = [], 0
    for i, text in enumerate(sentences):
        if i == 1:
            objs = ["fibrosis"] if edited else ["fibrosis", "necrosis"]
            for s in ("IL-6", "TNF-α"):
                for o in objs:
                    out.append(make_claim(s, o, sentence=text, start=pos, sha=sha))
        else:
            _, s, o, p = SENTENCES[i]
            out.append(make_claim(s, o, sentence=text, start=pos, sha=sha, predicate=p,
                                  negated=i == 3, op="inhibition" if i == 2 else None))
        pos += len(text) + 1
    return out


def mentions_in(text: str) -> list:
    """The mention records claimx's default pipeline finds in `text` (a document of its own)."""
    from claimx.extract import mention, process
    from claimx.pipeline import build_nlp
    from claimx.sources import Source

    p = process(Source("<test>", text, ""), build_nlp())
    return [mention(p, e) for e in p.doc.ents]


def triples(text: str) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) texts of the claims claimx's default pipeline finds in `text`."""
    from claimx.extract import extract_text

    return {(c.subject.text, c.predicate, c.object.text) for c in extract_text(text)}

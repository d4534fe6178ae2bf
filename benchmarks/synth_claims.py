"""Two synthetic claim stores for timing `claimx.diff.diff_stores`: ~1% added, removed and changed."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

from claimx.model import Argument, Claim, Context, DocRef, Evidence, Extractor
from claimx.store import write_store

_ENTITIES = [("IL-6", "cytokine"), ("TNF-α", "cytokine"), ("STAT3", "protein"), ("PD-L1", "protein"),
             ("CD8+ T cells", "cell"), ("Kupffer cells", "cell"), ("TGF-β", "cytokine"), ("IFN-γ", "cytokine"),
             ("MDSCs", "cell"), ("CXCL10", "chemokine"), ("regulatory T cells", "cell"), ("NF-κB", "protein")]
_EXTRACTOR = Extractor("bench", "synthetic")
PER_DOC = 50


def _arg(name: str, kind: str, start: int, op: str | None = None) -> Argument:
    return Argument(name, name, kind, f"claimx:{name}", ("MESH:D000000",), (start, start + len(name)), op)


def claim(doc: int, k: int, hedged: bool = False, confidence: float = 0.7) -> Claim:
    """The claim of sentence `k` of synthetic document `doc`."""
    path = f"papers/p{doc:05d}.txt"
    ref = DocRef(path, hashlib.sha256(path.encode()).hexdigest())
    (sn, st), (on, ot) = _ENTITIES[(doc + k) % len(_ENTITIES)], _ENTITIES[(doc * 7 + k + 3) % len(_ENTITIES)]
    base = k * 300
    subj, obj = _arg(sn, st, base), _arg(on, ot, base + 60)
    pred = "increases" if (doc + k) % 3 else "decreases"
    text = f"In sentence {k} of paper {doc}, {sn} {pred} {on} in murine liver metastasis models."
    return Claim(doc=ref, subject=subj, predicate=pred, object=obj,
                 evidence=Evidence(text, (k * 300, k * 300 + 200), "Results"), negated=False, hedged=hedged,
                 context=Context(("mouse",), "in vivo", ("liver metastasis",)), confidence=confidence,
                 extractor=_EXTRACTOR)


def write_pair(old_path: Path, new_path: Path, n: int, seed: int = 7) -> dict[str, int]:
    """Write an old store of `n` claims and a new one with ~1% each removed, added and changed."""
    rng = random.Random(seed)
    old, new, counts = [], [], {"removed": 0, "added": 0, "changed": 0}
    for i in range(n):
        doc, k = divmod(i, PER_DOC)
        c = claim(doc, k)
        old.append(c)
        r = rng.random()
        if r < 0.01:
            counts["removed"] += 1
            continue
        if r < 0.02:
            counts["changed"] += 1   # same id (hedging is not part of it), different meaning
            new.append(claim(doc, k, hedged=True, confidence=0.4))
        else:
            new.append(c)
        if rng.random() < 0.01:
            counts["added"] += 1
            new.append(claim(doc, PER_DOC + k))  # a new sentence of the same paper
    # A store is written in Claim.sort_key order (extract guarantees it).
    write_store(old_path, sorted(old, key=Claim.sort_key))
    write_store(new_path, sorted(new, key=Claim.sort_key))
    return counts

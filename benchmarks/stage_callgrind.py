"""Instructions per pipeline stage, from one callgrind run (session 8, benchmarks/README.md).

Each stage is called through a different C-level trampoline; callgrind collects only inside them,
and `callgrind_annotate --inclusive=yes` then gives each stage as its trampoline's inclusive cost:

    T=""; for f in _operator_call context_run starmap_next functools_reduce accumulate_next \\
        takewhile_next filterfalse_next; do T="$T --toggle-collect=$f"; done
    PYTHONPATH=src valgrind --tool=callgrind $T --callgrind-out-file=cg.out python benchmarks/stage_callgrind.py DIR
    callgrind_annotate --inclusive=yes cg.out | grep -E "(_operator_call|context_run|...) \\["

normalize = _operator_call, make_doc = context_run, sentences = starmap_next, abbreviations =
functools_reduce, entities = accumulate_next, claims = takewhile_next, records = filterfalse_next.
One warm pass runs first, uncollected (lazy caches, per-word memos), as after a first document.
"""

import contextvars
import functools
import itertools
import operator
import sys

from claimx.extract import Processed, _sources, claims_of, default_nlp, fingerprint, frozen_heap, normalize_source
from claimx.pipeline import make_doc, set_doc_text


def main(paths: list[str]) -> None:
    nlp = default_nlp()
    extractor = fingerprint(nlp)
    pipes = dict(nlp.pipeline)
    context = contextvars.copy_context()

    def run(source, measured: bool) -> int:
        norm = operator.call(normalize_source, source) if measured else normalize_source(source)
        doc = context.run(make_doc, nlp, norm.text) if measured else make_doc(nlp, norm.text)
        set_doc_text(doc, norm.text)
        doc._.claimx_breaks = tuple(norm.breaks)  # as extract.process (outside the collected stages)
        doc._.claimx_skips = tuple(norm.skips)
        if not measured:
            for _, pipe in nlp.pipeline:
                doc = pipe(doc)
            return len(claims_of(Processed(source, norm, doc), extractor))
        doc = next(itertools.starmap(pipes["claimx_sentences"], [(doc,)]))
        doc = functools.reduce(lambda _, d: pipes["claimx_abbreviations"](d), [doc], None)
        steps = itertools.accumulate([None, doc], lambda _, d: pipes["claimx_entities"](d))
        next(steps)
        doc = next(steps)
        next(itertools.takewhile(lambda d: pipes["claimx_claims"](d) is not None, [doc]))
        out: list = []
        next(itertools.filterfalse(lambda p: out.append(claims_of(p, extractor)), [Processed(source, norm, doc)]),
             None)
        return len(out[0])

    sources = list(_sources(paths, False, None))
    with frozen_heap(nlp):
        for s in sources:
            run(s, False)
        print(sum(run(s, True) for s in sources), "claims")


if __name__ == "__main__":
    main(sys.argv[1:])

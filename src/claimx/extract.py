"""Text -> normalize -> spaCy -> claim and mention records in ORIGINAL offsets, streamed per document."""

from __future__ import annotations

import contextlib
import gc
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimx import __version__
from claimx.claims import CLAIMS_KEY, RawClaim
from claimx.collector import no_gc
from claimx.errors import BadUsage
from claimx.found import doc_extension_key
from claimx.model import Argument, Claim, Context, DocRef, Evidence, Extractor, Mention
from claimx.pipeline import doc_text, make_doc, set_doc_text
from claimx.sources import STDIN, Source, expand_paths, read_source
from claimx.store import write_text_lines
from claimx.tokview import concept_of

Warn = Callable[[str], None]
_BREAKS, _SKIPS = doc_extension_key("claimx_breaks"), doc_extension_key("claimx_skips")


@dataclass(frozen=True)
class Processed:
    """One document through the pipeline: its source, normalization and spaCy Doc."""

    source: Source
    normalized: Any   # claimx.normalize.Normalized
    doc: Doc


def normalize_source(source: Source) -> Any:
    from claimx.lexicon import default_lexicon
    from claimx.normalize import normalize

    return normalize(source.text, lexicon=default_lexicon())


def default_nlp(user_lexicons: Iterable[str | Path] = (), model: str | None = None) -> Language:
    from claimx.pipeline import build_nlp

    return build_nlp(extra=tuple(str(p) for p in user_lexicons), model=model)


def fingerprint(nlp: Language) -> Extractor:
    """claimx version (+ the parser pipeline, under --model) + lexicon and cue fingerprints: what --update compares."""
    from claimx.pipeline import parser_name

    lex = nlp.get_pipe("claimx_entities").lexicon
    cues = nlp.get_pipe("claimx_claims").cues
    parser = parser_name(nlp)
    version = f"{__version__}+{parser}" if parser else __version__
    from claimx.confusions import confusions_fingerprint

    return Extractor(version, f"{lex.fingerprint}-{cues.fingerprint}-{confusions_fingerprint()}")


def process(source: Source, nlp: Language) -> Processed:
    norm = normalize_source(source)
    # The paragraph-wise tokenization leaves sentence starts to claimx_sentences.
    doc = make_doc(nlp, norm.text) if nlp.pipe_names[:1] == ["claimx_sentences"] else nlp.make_doc(norm.text)
    set_doc_text(doc, norm.text)
    doc.user_data[_BREAKS] = tuple(norm.breaks)  # doc._.claimx_breaks, without an Underscore object
    doc.user_data[_SKIPS] = tuple(norm.skips)
    return Processed(source, norm, nlp(doc))


def mention(p: Processed, ent: Span) -> Mention:
    return Records(p).mention(ent)


def _squash(s: str) -> str:
    """s without whitespace and hyphens (str.split() splits on exactly the str.isspace() characters)."""
    return "".join(s.replace("-", "").split())


class Records:
    """Builds one document's mention and claim records, each distinct span worked out once.

    A mention's record depends only on its character offsets (its concept is filed under them
    in doc.user_data; `tokview.concept_of` reads it there), and a sentence's evidence only on the
    sentence's: a document's claims share both, so they are remembered for the document.
    """

    def __init__(self, p: Processed) -> None:
        self.p = p
        self.text = doc_text(p.doc)
        self.to_original = p.normalized.offsets.to_original
        self._mentions: dict[tuple[int, int], Mention] = {}
        self._evidence: dict[tuple[int, int], tuple[str, int, int, str | None]] = {}

    def mention(self, ent: Span) -> Mention:
        start, end = ent.start_char, ent.end_char
        made = self._mentions.get((start, end))
        if made is None:
            made = self._mentions[(start, end)] = self._mention(ent, start, end)
        return made

    def _mention(self, ent: Span, start: int, end: int) -> Mention:
        c = concept_of(ent)
        s, e = self.to_original(start, end)
        text = self.p.source.text[s:e]
        source = c.source
        seen = self.text[start:end]
        if text != seen and _squash(text) != _squash(seen):  # most mentions are unchanged by normalize
            source = "ocr-fixed"
        return Mention(text, c.name, c.type, c.id, c.xrefs, (s, e), source)

    def evidence(self, sentence: Span) -> tuple[str, int, int, str | None]:
        """(text with whitespace runs as one space, original start, end, section) of a sentence."""
        start, end = sentence.start_char, sentence.end_char
        made = self._evidence.get((start, end))
        if made is None:
            s, e = self.to_original(start, end)
            made = (" ".join(self.text[start:end].split()), s, e, self.p.normalized.section_at(start))
            self._evidence[(start, end)] = made
        return made

    def claim(self, raw: RawClaim, ref: DocRef, extractor: Extractor) -> Claim:
        subj = self.mention(raw.subject)
        obj = self.mention(raw.object)
        text, s, e, section = self.evidence(raw.sentence)
        # The evidence must contain both parts even where a moved caption reorders pieces.
        s, e = min(s, subj.span[0], obj.span[0]), max(e, subj.span[1], obj.span[1])
        return Claim(
            doc=ref,
            subject=Argument.from_mention(subj, op=raw.op),
            predicate=raw.predicate,
            object=Argument.from_mention(obj, process=raw.process),
            evidence=Evidence(text, (s, e), section),
            negated=raw.negated,
            hedged=raw.hedged,
            context=Context(raw.species, raw.setting, raw.diseases),
            confidence=raw.confidence,
            extractor=extractor,
        )


def claims_of(p: Processed, extractor: Extractor) -> list[Claim]:
    """The document's claims in store order."""
    ref = DocRef(p.source.path, p.source.sha256)
    records = Records(p)
    out = [records.claim(raw, ref, extractor) for raw in p.doc.user_data.get(CLAIMS_KEY, ())]
    return sorted(out, key=Claim.sort_key)


def store_order(paths: Iterable[str]) -> list[str]:
    """Paths sorted as the store is (stdin last): sorting the small path list makes the whole
    store come out in order, one document at a time."""
    return sorted(paths, key=lambda p: (p == STDIN, p))


def _sources(paths: Iterable[str | Path], strict: bool, on_warning: Warn | None) -> Iterator[Source]:
    for path in store_order(expand_paths(paths)):
        source = read_source(path, strict=strict)
        for w in source.warnings:
            if on_warning:
                on_warning(w)
        yield source


def iter_processed(paths: Iterable[str | Path], *, nlp: Language | None = None, strict: bool = False,
                   on_warning: Warn | None = None) -> Iterator[Processed]:
    nlp = nlp or default_nlp()
    with frozen_heap(nlp):
        for source in _sources(paths, strict, on_warning):
            yield process(source, nlp)


@contextlib.contextmanager
def frozen_heap(nlp: Language) -> Iterator[None]:
    """Keep what the loaded pipeline holds out of the garbage collector's full sweeps while documents run.

    The lexicons are ~10^5 long-lived objects; each full collection walked all of them (about 7% of
    the pipeline's time). The pipeline's lazy caches are filled first (one tiny document) so they
    are frozen too; forked --jobs workers inherit YOUNG_COLLECTION. A caller that froze the heap
    itself is left in charge of it.

    The collector is off until the freeze, so it never walks the just-loaded pipeline, and on while
    documents run, even if the caller had turned it off: the CLI does for its start-up (cli.py).
    """
    enabled = gc.isenabled()
    ours = not gc.get_freeze_count()  # a caller's freeze stays theirs, thresholds included
    thresholds = gc.get_threshold()
    if ours:
        with no_gc():
            extract_text(WARM_UP, nlp=nlp)
            gc.freeze()
        gc.set_threshold(max(thresholds[0], YOUNG_COLLECTION), *thresholds[1:])
    gc.enable()  # documents run with the collector on either way
    try:
        yield
    finally:
        if ours:
            gc.set_threshold(*thresholds)
            gc.unfreeze()
        if not enabled:
            gc.disable()


def iter_claims(paths: Iterable[str | Path], *, nlp: Language | None = None, strict: bool = False,
                on_warning: Warn | None = None) -> Iterator[Claim]:
    """Claims of files and folders, streamed in store order."""
    nlp = nlp or default_nlp()
    extractor = fingerprint(nlp)
    for p in iter_processed(paths, nlp=nlp, strict=strict, on_warning=on_warning):
        yield from claims_of(p, extractor)


def iter_mention_records(paths: Iterable[str | Path], *, nlp: Language | None = None, strict: bool = False,
                         on_warning: Warn | None = None) -> Iterator[dict[str, Any]]:
    for p in iter_processed(paths, nlp=nlp, strict=strict, on_warning=on_warning):
        ref = DocRef(p.source.path, p.source.sha256)
        records = Records(p)
        for ent in p.doc.ents:
            yield records.mention(ent).to_dict(doc=ref)


def extract_text(text: str, path: str = "<text>", *, nlp: Language | None = None) -> list[Claim]:
    """Claims of one in-memory text (library convenience)."""
    import hashlib

    nlp = nlp or default_nlp()
    source = Source(path, text, hashlib.sha256(text.encode("utf-8")).hexdigest())
    return claims_of(process(source, nlp), fingerprint(nlp))


# Documents make many short-lived containers that reference counting frees: young collections at
# CPython's every 700 allocations cost ~5-8% of a pass over the 1 MB bench sample (set by frozen_heap).
YOUNG_COLLECTION = 20_000
WARM_UP = "Interleukin-6 (IL-6) increases STAT3 phosphorylation in mice.\n"


def _total_size(inputs: list[str]) -> int | None:
    """The inputs' bytes, None when one is no regular file (stdin, a pipe: its size is unknown)."""
    if STDIN in inputs:
        return None
    total = 0
    for p in inputs:
        try:
            st = os.stat(p)
        except OSError:  # gone already: reading it will say so
            return None
        if not stat.S_ISREG(st.st_mode):
            return None
        total += st.st_size
    return total


def extract_to_store(paths: Iterable[str | Path], output: str | Path | None, *, jobs: int = 1,
                     update: bool = False, strict: bool = False, stream: IO[str] | None = None,
                     on_document: Callable[[dict[str, Any]], None] | None = None,
                     on_warning: Warn | None = None, nlp: Language | None = None,
                     prune: bool = False) -> dict[str, Any]:
    """Extract to `output` (atomically) or `stream`; returns counts for the summary line.

    With `update`, documents whose sha256 and extractor fingerprint are unchanged keep their
    claims from the existing store at `output` without being processed again.
    """
    from claimx.update import merge_update
    from claimx.workers import document_batches  # it imports this module

    counts = {"documents": 0, "claims": 0, "bytes": 0, "skipped": 0, "skipped_bytes": 0}
    nlp = nlp or default_nlp()
    inputs = list(expand_paths(paths))
    if on_document:  # the totals, for a progress bar's rate and time left
        total = _total_size(inputs)
        on_document({"total_bytes": total, "total_documents": len(inputs), **counts})
    if update and output is not None:
        if STDIN in inputs:
            raise BadUsage("--update cannot read stdin ('-'): it compares files with the store by path")
        batches = merge_update(Path(output), store_order(inputs), fingerprint(nlp),
                               lambda todo: document_batches(todo, nlp, jobs, strict), prune=prune, counts=counts)
    else:
        batches = document_batches(inputs, nlp, jobs, strict)

    def lines() -> Iterator[str]:
        for batch, warnings, nbytes in batches:
            for w in warnings:
                if on_warning:
                    on_warning(w)
            counts["documents"] += 1
            counts["claims"] += len(batch)
            counts["bytes"] += nbytes
            if on_document:
                on_document({"done": counts["documents"], **counts})
            yield from batch

    write_text_lines(output, lines(), stream=stream or sys.stdout)
    return counts

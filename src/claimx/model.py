"""Frozen record types of claimx output (DESIGN §3) with explicit dict round-trips."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1
PREDICATES = ("increases", "decreases")
OPPOSITE = {"increases": "decreases", "decreases": "increases"}
OPERATORS = ("inhibition", "activation")


def _span(value: Any) -> tuple[int, int]:
    start, end = value
    return int(start), int(end)


@dataclass(frozen=True)
class DocRef:
    path: str
    sha256: str

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "sha256": self.sha256}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DocRef:
        return cls(path=d["path"], sha256=d["sha256"])


@dataclass(frozen=True)
class Mention:
    """An entity mention; `span` is into the original text, end exclusive."""

    text: str
    norm: str
    type: str
    id: str
    xrefs: tuple[str, ...]
    span: tuple[int, int]
    source: str = "lexicon"

    def to_dict(self, doc: DocRef | None = None) -> dict[str, Any]:
        d: dict[str, Any] = {
            "text": self.text,
            "norm": self.norm,
            "type": self.type,
            "id": self.id,
            "xrefs": list(self.xrefs),
            "span": list(self.span),
            "source": self.source,
        }
        if doc is not None:
            d["doc"] = doc.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mention:
        return cls(
            text=d["text"],
            norm=d["norm"],
            type=d["type"],
            id=d["id"],
            xrefs=tuple(d.get("xrefs") or ()),
            span=_span(d["span"]),
            source=d.get("source", "lexicon"),
        )


@dataclass(frozen=True)
class Argument:
    """Subject or object of a claim: a mention plus the operator and process acting on it."""

    text: str
    norm: str
    type: str
    id: str
    xrefs: tuple[str, ...]
    span: tuple[int, int]
    op: str | None = None
    process: str | None = None

    @classmethod
    def from_mention(cls, m: Mention, op: str | None = None, process: str | None = None) -> Argument:
        return cls(m.text, m.norm, m.type, m.id, m.xrefs, m.span, op, process)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "norm": self.norm,
            "type": self.type,
            "id": self.id,
            "xrefs": list(self.xrefs),
            "span": list(self.span),
            "op": self.op,
            "process": self.process,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Argument:
        return cls(
            text=d["text"],
            norm=d["norm"],
            type=d["type"],
            id=d["id"],
            xrefs=tuple(d.get("xrefs") or ()),
            span=_span(d["span"]),
            op=d.get("op"),
            process=d.get("process"),
        )


@dataclass(frozen=True)
class Context:
    species: tuple[str, ...] = ()
    setting: str | None = None
    diseases: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"species": list(self.species), "setting": self.setting, "diseases": list(self.diseases)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Context:
        return cls(tuple(d.get("species") or ()), d.get("setting"), tuple(d.get("diseases") or ()))


@dataclass(frozen=True)
class Evidence:
    text: str
    span: tuple[int, int]
    section: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span), "section": self.section}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        return cls(d["text"], _span(d["span"]), d.get("section"))


@dataclass(frozen=True)
class Extractor:
    version: str
    lexicons: str

    def to_dict(self) -> dict[str, Any]:
        return {"version": self.version, "lexicons": self.lexicons}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Extractor:
        return cls(d["version"], d["lexicons"])


def claim_id(
    sha256: str, evidence_span: tuple[int, int], subject_id: str, predicate: str,
    object_id: str, negated: bool, subject_op: str | None,
) -> str:
    """Stable id: the same claim from the same document bytes always gets the same id."""
    key = "\x1f".join(
        [sha256, f"{evidence_span[0]}:{evidence_span[1]}", subject_id, predicate,
         object_id, "1" if negated else "0", subject_op or ""]
    )
    return "clm_" + hashlib.blake2b(key.encode("utf-8"), digest_size=10).hexdigest()


@dataclass(frozen=True)
class Claim:
    doc: DocRef
    subject: Argument
    predicate: str
    object: Argument
    evidence: Evidence
    negated: bool = False
    hedged: bool = False
    context: Context = field(default_factory=Context)
    confidence: float = 0.5
    extractor: Extractor = field(default_factory=lambda: Extractor("0", ""))
    id: str = ""

    def __post_init__(self) -> None:
        if self.predicate not in PREDICATES:
            raise ValueError(f"predicate must be one of {PREDICATES}, not {self.predicate!r}")
        if not self.id:
            object.__setattr__(self, "id", self.compute_id())

    def compute_id(self) -> str:
        return claim_id(self.doc.sha256, self.evidence.span, self.subject.id, self.predicate,
                        self.object.id, self.negated, self.subject.op)

    def sort_key(self) -> tuple:
        return (self.doc.path, self.evidence.span[0], self.subject.span[0], self.object.span[0],
                self.predicate, self.id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "id": self.id,
            "doc": self.doc.to_dict(),
            "subject": self.subject.to_dict(),
            "predicate": self.predicate,
            "object": self.object.to_dict(),
            "negated": self.negated,
            "hedged": self.hedged,
            "context": self.context.to_dict(),
            "evidence": self.evidence.to_dict(),
            "confidence": self.confidence,
            "extractor": self.extractor.to_dict(),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        if d.get("schema") != SCHEMA_VERSION:
            raise ValueError(f"unsupported schema {d.get('schema')!r} (this claimx reads {SCHEMA_VERSION})")
        return cls(
            doc=DocRef.from_dict(d["doc"]),
            subject=Argument.from_dict(d["subject"]),
            predicate=d["predicate"],
            object=Argument.from_dict(d["object"]),
            evidence=Evidence.from_dict(d["evidence"]),
            negated=bool(d["negated"]),
            hedged=bool(d["hedged"]),
            context=Context.from_dict(d.get("context") or {}),
            confidence=float(d["confidence"]),
            extractor=Extractor.from_dict(d["extractor"]),
            id=d["id"],
        )


@dataclass(frozen=True)
class Edit:
    """One normalization edit; `span` is into the original text."""

    span: tuple[int, int]
    original: str
    replacement: str
    rule: str
    score: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"span": list(self.span), "original": self.original, "replacement": self.replacement,
                "rule": self.rule, "score": self.score}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Edit:
        return cls(_span(d["span"]), d["original"], d["replacement"], d["rule"], float(d.get("score", 1.0)))

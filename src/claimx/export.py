"""Exporter registry and filters: a store -> csv, tsv, ntriples, turtle, jsonld, graphml, bel, cypher."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from claimx.errors import BadUsage
from claimx.exporters import bel, cypher, graphml, rdf, tabular
from claimx.model import Claim
from claimx.review import STATUSES, load_state
from claimx.store import atomic_writer, read_store

Writer = Callable[[Iterable[Claim], IO[str]], int]

FORMATS: dict[str, Writer] = {
    "csv": tabular.write_csv,
    "tsv": tabular.write_tsv,
    "ntriples": rdf.write_ntriples,
    "turtle": rdf.write_turtle,
    "jsonld": rdf.write_jsonld,
    "graphml": graphml.write_graphml,
    "bel": bel.write_bel,
    "cypher": cypher.write_cypher,
}
EXTENSIONS = {"csv": ".csv", "tsv": ".tsv", "ntriples": ".nt", "turtle": ".ttl", "jsonld": ".jsonld",
              "graphml": ".graphml", "bel": ".bel", "cypher": ".cypher"}


@dataclass(frozen=True)
class Filters:
    min_confidence: float | None = None
    statuses: frozenset[str] = frozenset()
    exclude_negated: bool = False
    types: frozenset[str] = frozenset()  # entity type on either side, case-insensitive

    def __post_init__(self) -> None:
        bad = sorted(self.statuses - set(STATUSES))
        if bad:
            raise BadUsage(f"unknown status {', '.join(bad)}; choose from {', '.join(STATUSES)}")
        object.__setattr__(self, "types", frozenset(t.lower() for t in self.types))


@dataclass(frozen=True)
class ExportSummary:
    format: str
    read: int
    selected: int
    written: int  # bel leaves negated claims out, so written can be < selected


def writer(fmt: str) -> Writer:
    try:
        return FORMATS[fmt]
    except KeyError:
        raise BadUsage(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}") from None


def select(claims: Iterable[Claim], filters: Filters, status: Callable[[str], str] | None = None) -> Iterator[Claim]:
    for c in claims:
        if filters.min_confidence is not None and c.confidence < filters.min_confidence:
            continue
        if filters.exclude_negated and c.negated:
            continue
        if filters.types and c.subject.type.lower() not in filters.types \
                and c.object.type.lower() not in filters.types:
            continue
        if filters.statuses and status is not None and status(c.id) not in filters.statuses:
            continue
        yield c


def export_store(store: str | Path, fmt: str, output: str | Path | None = None, *,
                 stream: IO[str] | None = None, filters: Filters = Filters()) -> ExportSummary:
    """Write the store's selected claims in `fmt` to `output` (atomically) or `stream`."""
    write = writer(fmt)
    status = load_state(store).of if filters.statuses else None
    counts = {"read": 0, "selected": 0}

    def counted(it: Iterable[Claim], key: str) -> Iterator[Claim]:
        for c in it:
            counts[key] += 1
            yield c

    selected = counted(select(counted(read_store(store), "read"), filters, status), "selected")
    if output is None:
        assert stream is not None
        written = write(selected, stream)
    else:
        with atomic_writer(output) as fh:
            written = write(selected, fh)
    return ExportSummary(fmt, counts["read"], counts["selected"], written)

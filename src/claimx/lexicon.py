"""Load, validate and look up the concept lexicons under lexicons/.

Files are JSONL, one concept a line: {"id", "name", "type", "synonyms", "xrefs"} and an
optional "exact": surface forms matched only with their case as written and never counted
as known words by OCR repair (short gene aliases such as "p53" or "Bax" are safe to match
in running text but would make "CT-26" look like a real symbol to repair towards).
Load order is lexicons/generated/*.jsonl (sorted by name), lexicons/domain.jsonl,
then user files; a later file overrides an earlier one both for an id and for
a folded surface key. Within one file the first entry to claim a key keeps it.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import lexicon_cache
from .errors import BadLexicon, located
from .variants import fold, keys, word_count

TYPES = ("cell", "cytokine", "gene_protein", "therapy", "agent", "disease", "outcome", "process", "trial", "species", "anatomy")
FIELDS = ("id", "name", "type", "synonyms", "xrefs", "exact")
_XREF = re.compile(r"^[A-Za-z][A-Za-z0-9_.]*:\S+$")


@dataclass(frozen=True)
class Entry:
    """One concept: canonical id and name, type, synonyms, ontology xrefs, its file, exact-case-only forms."""

    id: str
    name: str
    type: str
    synonyms: tuple[str, ...] = ()
    xrefs: tuple[str, ...] = ()
    source: str = ""
    exact: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = {"id": self.id, "name": self.name, "type": self.type, "synonyms": list(self.synonyms),
             "xrefs": list(self.xrefs), "source": self.source}
        if self.exact:  # optional: most entries have none, and their rows stay as they were
            d["exact"] = list(self.exact)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entry:
        return cls(id=d["id"], name=d["name"], type=d["type"], synonyms=tuple(d.get("synonyms", ())),
                   xrefs=tuple(d.get("xrefs", ())), source=d.get("source", ""), exact=tuple(d.get("exact", ())))

    def surfaces(self) -> tuple[str, ...]:
        """The name followed by the synonyms, without repeats."""
        return tuple(dict.fromkeys((self.name, *self.synonyms)))


def file_row(entry: Entry) -> str:
    """The entry as one lexicon-file line (keys sorted, no `source`)."""
    d = entry.to_dict()
    del d["source"]
    return json.dumps(d, ensure_ascii=False, sort_keys=True)


_ALLOWED = frozenset(FIELDS) | {"source"}
_TYPESET = frozenset(TYPES)


def _strings(value: Any) -> bool:
    return type(value) is list and all(type(v) is str and v.strip() for v in value)


def _entry(d: Any, source: str) -> Entry | None:
    """The entry of a well-formed row, else None; the fast path of every load."""
    if (type(d) is dict and d.keys() <= _ALLOWED and type(d.get("id")) is str and d["id"].strip()
            and type(d.get("name")) is str and d["name"].strip() and d.get("type") in _TYPESET
            and _strings(d.get("synonyms", [])) and _strings(d.get("xrefs", [])) and _strings(d.get("exact", []))
            and all(_XREF.match(x) for x in d.get("xrefs", []))):
        return Entry(d["id"], d["name"], d["type"], tuple(d.get("synonyms", ())), tuple(d.get("xrefs", ())), source,
                     tuple(d.get("exact", ())))
    return None


def parse_entry(raw: str, path: object, line: int | None, source: str | None = None) -> Entry:
    """Validate one JSONL line; errors name `path:line`."""
    def fail(msg: str) -> BadLexicon:
        return BadLexicon(located(path, msg, line=line))

    try:
        d = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise fail(f"not valid JSON ({exc.msg})") from None
    entry = _entry(d, source if source is not None else Path(str(path)).name)
    if entry is not None:
        return entry
    if not isinstance(d, dict):
        raise fail("expected a JSON object")
    unknown = sorted(set(d) - _ALLOWED)
    if unknown:
        raise fail(f"unknown field {unknown[0]!r}")
    for name in ("id", "name"):
        if not isinstance(d.get(name), str) or not d[name].strip():
            raise fail(f"missing {name}")
    if d.get("type") not in TYPES:
        raise fail(f"unknown type {d.get('type')!r} (one of {', '.join(TYPES)})")
    for name in ("synonyms", "xrefs", "exact"):
        value = d.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(f"{name} must be a list of strings")
        if any(not v.strip() for v in value):
            raise fail(f"empty string in {name}")
    bad = [x for x in d.get("xrefs", []) if not _XREF.match(x)]
    raise fail(f"xref {bad[0]!r} is not PREFIX:ID")


def read_entries(path: Path, data: bytes | None = None) -> list[Entry]:
    """All entries of one file, validated; a duplicate id in the file is an error."""
    try:
        text = (path.read_bytes() if data is None else data).decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadLexicon(located(path, f"cannot read lexicon ({exc})")) from None
    lines = [(number, raw) for number, raw in enumerate(text.splitlines(), 1) if raw.strip()]
    try:  # one JSON parse for the whole file; any trouble falls back to line by line for the message
        rows = json.loads("[" + ",".join(raw for _, raw in lines) + "]")
    except json.JSONDecodeError:
        rows = None
    if rows is None or len(rows) != len(lines):
        rows = [None] * len(lines)
    seen: dict[str, int] = {}
    out = []
    for (number, raw), d in zip(lines, rows):
        entry = _entry(d, path.name) if d is not None else None
        if entry is None:
            entry = parse_entry(raw, path, number, path.name)
        if entry.id in seen:
            raise BadLexicon(located(path, f"duplicate id {entry.id!r} (first on line {seen[entry.id]})", line=number))
        seen[entry.id] = number
        out.append(entry)
    return out


def lexicon_dir() -> Path:
    """Where the packaged lexicons are: inside the wheel, else the repo's lexicons/."""
    packaged = Path(__file__).parent / "lexicons"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "lexicons"


def lexicon_files(directory: Path | None = None, extra: Sequence[Path] = ()) -> list[Path]:
    """The files a lexicon is loaded from, in override order (later wins)."""
    base = Path(directory) if directory is not None else lexicon_dir()
    files = sorted((base / "generated").glob("*.jsonl"))
    if (base / "domain.jsonl").is_file():
        files.append(base / "domain.jsonl")
    return files + [Path(p) for p in extra]


def _slots(entry: Entry) -> Iterator[tuple[str, str]]:
    """(surface, slot) pairs of an entry: "c:"/"i:" + folded key of a name or synonym, "e:" + an exact form's."""
    for surface in entry.surfaces():
        for key, cs in keys(surface, entry.type):
            yield surface, ("c:" if cs else "i:") + key
    for surface in entry.exact:
        key = fold(surface)  # as written: no case folding, no variants
        if key:
            yield surface, "e:" + key


class Lexicon:
    """Entries by id, and folded surface keys to ids for O(1) lookup."""

    def __init__(self, files: Sequence[tuple[Path, bytes, list[Entry]]]):
        digest = hashlib.sha256()
        self._entries: dict[str, Entry | tuple] = {}  # a row tuple until first asked for (from_state)
        rank: dict[str, int] = {}
        for index, (path, data, entries) in enumerate(files):
            digest.update(path.name.encode() + b"\0" + hashlib.sha256(data).digest())
            for entry in entries:
                self._entries.pop(entry.id, None)  # re-insert so iteration follows the override order
                self._entries[entry.id] = entry
                rank[entry.id] = index
        self.fingerprint = digest.hexdigest()[:16]
        self.conflicts: list[tuple[str, str, str]] = []  # (key, kept id, dropped id) of different types
        self._cs: dict[str, str] = {}
        self._ci: dict[str, str] = {}
        self._exact: dict[str, str] = {}  # weak keys: matched as written, below any other key, not "known"
        owner: dict[str, tuple[int, str]] = {}  # "c:"/"i:"/"e:" + key -> (rank, id)
        self.max_words = 1
        for entry in self._entries.values():
            r = rank[entry.id]
            for surface, slot in _slots(entry):
                self.max_words = max(self.max_words, word_count(surface))
                held = owner.get(slot)
                if held is None:
                    owner[slot] = (r, entry.id)
                elif held[1] != entry.id:
                    later = held[0] < r  # a later file wins; within one file the first entry keeps it
                    kept, dropped = (entry.id, held[1]) if later else (held[1], entry.id)
                    if self._entries[kept].type != self._entries[dropped].type:
                        self.conflicts.append((slot[2:], kept, dropped))
                    if later:
                        owner[slot] = (r, entry.id)
        for slot, (_, entry_id) in owner.items():
            {"c": self._cs, "i": self._ci, "e": self._exact}[slot[0]][slot[2:]] = entry_id
        # A case-insensitive key from a later file beats an earlier exact-case one ("TGFB" in HGNC).
        for key in [k for k in self._cs if "i:" + k.lower() in owner]:
            if owner["i:" + key.lower()][0] > owner["c:" + key][0]:
                del self._cs[key]

    def state(self) -> tuple:
        """Everything a load computed, for the on-disk cache (lexicon_cache)."""
        rows = [(e.id, e.name, e.type, e.synonyms, e.xrefs, e.source, e.exact) for e in self]
        return (self.fingerprint, self.max_words, self.conflicts, rows, self._cs, self._ci, self._exact,
                self.prefix_keys())

    @classmethod
    def from_state(cls, state: tuple) -> Lexicon:
        self = cls.__new__(cls)
        (self.fingerprint, self.max_words, self.conflicts, rows, self._cs, self._ci, self._exact,
         self._prefix_keys) = state
        # Rows become Entries when first asked for: making all ~52k costs ~0.1 s of every start-up.
        self._entries = {row[0]: row for row in rows}
        return self

    def _entry(self, entry_id: str) -> Entry:
        entry = self._entries[entry_id]
        if type(entry) is tuple:
            entry = self._entries[entry_id] = Entry(*entry)
        return entry

    def get(self, entry_id: str) -> Entry | None:
        return self._entry(entry_id) if entry_id in self._entries else None

    def lookup(self, surface: str) -> Entry | None:
        """The entry a surface string names, after folding; None when unknown."""
        key = fold(surface)
        entry_id = self._cs.get(key) or self._ci.get(key.lower()) or self._exact.get(key)
        return self._entry(entry_id) if entry_id else None

    def is_known(self, surface: str) -> bool:
        """Whether a surface is a name or synonym; `exact` forms do not count.

        OCR repair accepts a candidate only when it is known: short aliases
        ("CSE1", "CT26"-shaped) would turn damaged or unusual tokens into genes.
        """
        key = fold(surface)
        return key in self._cs or key.lower() in self._ci

    def keys(self) -> Iterator[str]:
        """Every folded key (exact-case keys as written, the rest lower-cased, then the weak `exact` keys)."""
        yield from self._cs
        yield from self._ci
        yield from self._exact

    def prefix_keys(self) -> list[str]:
        """Every key lower-cased, sorted and without repeats, for prefix tests (cached on disk: sorting takes ~0.1 s)."""
        if getattr(self, "_prefix_keys", None) is None:
            self._prefix_keys = sorted({k.lower() for k in self.keys()})
        return self._prefix_keys

    def __iter__(self) -> Iterator[Entry]:
        return (self._entry(entry_id) for entry_id in list(self._entries))

    def __len__(self) -> int:
        return len(self._entries)


def load_lexicon(directory: Path | None = None, extra: Sequence[Path] = ()) -> Lexicon:
    """Load the packaged (or given) lexicon directory plus user lexicon files."""
    raw = []
    for path in lexicon_files(directory, extra):
        try:
            raw.append((path, path.read_bytes()))
        except OSError as exc:
            raise BadLexicon(located(path, f"cannot read lexicon ({exc.strerror})")) from None

    def build() -> Lexicon:
        return Lexicon([(path, data, read_entries(path, data)) for path, data in raw])

    return lexicon_cache.load_or_build(raw, build, Lexicon.state, Lexicon.from_state)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The packaged lexicon, loaded once per process."""
    return load_lexicon()

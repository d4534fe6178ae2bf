"""Load and validate the claim cue files in lexicons/cues/ (directions, modifiers, operators...)."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from claimx.errors import BadLexicon
from claimx.lexicon import TYPES  # the entity types; head nouns and shapes name one of them

DIRECTIONS = {"up": "increases", "down": "decreases"}
KINDS = ("verb", "noun", "adj", "suffix", "agent", "change", "active suffix")
MODIFIER_FIELDS = ("negation", "hedge", "light", "in_disease")
OPS = ("inhibition", "activation")
POSITIONS = ("before", "after", "within")
CONTEXT_FIELDS = ("species", "setting")
VOICES = ("forward", "reverse")


@dataclass(frozen=True)
class Cue:
    lemma: str
    predicate: str   # increases | decreases
    kind: str        # verb | noun | adj | suffix
    form: str        # base | s | ed | ing | noun | adj | suffix
    length: int = 1  # tokens: causal phrases ("required for") are longer
    reverse: bool = False  # the subject is on the right ("Y depends on X")


@dataclass(frozen=True)
class CueSet:
    words: dict[str, tuple[Cue, ...]] = field(default_factory=dict)    # lower form -> cues
    suffixes: dict[str, Cue] = field(default_factory=dict)             # "induced" -> cue
    modifiers: dict[tuple[str, ...], str] = field(default_factory=dict)
    operators: dict[tuple[str, tuple[str, ...]], str] = field(default_factory=dict)  # (position, words) -> op
    context: dict[tuple[str, ...], tuple[tuple[str, str], ...]] = field(default_factory=dict)
    processes: frozenset[str] = frozenset()
    head_nouns: dict[str, str] = field(default_factory=dict)
    causal: dict[str, tuple[Cue, ...]] = field(default_factory=dict)  # first word -> phrases, longest first
    fingerprint: str = ""
    agents: dict[str, Cue] = field(default_factory=dict)   # "inducer(s)" -> cue: "X, an inducer of Y"
    changes: dict[str, Cue] = field(default_factory=dict)  # "rose" -> cue: intransitive, temporal rule only
    bearers: frozenset[str] = frozenset()  # processes that need the mention they are of: "expression"
    gene_bearers: frozenset[str] = frozenset()  # of those, the ones a cell cannot bear: "expression in cells"

    def suffix_forms(self) -> list[str]:
        return sorted(self.suffixes)

    def phrases(self, fld: str) -> list[tuple[str, ...]]:
        return [p for p, f in self.modifiers.items() if f == fld]


def cues_dir() -> Path:
    packaged = Path(__file__).parent / "lexicons" / "cues"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "lexicons" / "cues"


def read_rows(path: Path, columns: tuple[str, ...], optional: int = 0) -> list[tuple[int, list[str]]]:
    """TSV rows after '#' comments and the header; each checked for its column count."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise BadLexicon(f"{path}: cannot read ({err.strerror})") from None
    out, header_seen = [], False
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if not header_seen:
            if tuple(cells[: len(columns)]) != columns:
                raise BadLexicon(f"{path}:{lineno}: header must be {' / '.join(columns)}, got {' / '.join(cells)}")
            header_seen = True
            continue
        if not len(columns) - optional <= len(cells) <= len(columns) or not all(cells[: len(columns) - optional]):
            raise BadLexicon(f"{path}:{lineno}: expected {len(columns)} tab-separated columns ({', '.join(columns)})")
        out.append((lineno, cells + [""] * (len(columns) - len(cells))))
    return out


def words_by_kind(path: Path, kinds: tuple[str, ...], column: str = "word") -> dict[str, frozenset[str]]:
    """A kind/word cue file (means.tsv, states.tsv, role_nouns.tsv) as {kind: lower-cased words}, each kind checked."""
    table: dict[str, set[str]] = {k: set() for k in kinds}
    for lineno, (kind, word) in read_rows(path, ("kind", column)):
        check_value(path, lineno, kind, kinds, "kind")
        table[kind].add(word.lower())
    return {k: frozenset(v) for k, v in table.items()}


def check_value(path: Path, lineno: int, value: str, allowed: tuple[str, ...], what: str) -> None:
    if value not in allowed:
        raise BadLexicon(f"{path}:{lineno}: unknown {what} {value!r} (expected one of {', '.join(allowed)})")


def inflect(lemma: str) -> dict[str, str]:
    """Regular English verb forms; irregular verbs list theirs in the file."""
    if lemma.endswith("e"):
        return {"base": lemma, "s": lemma + "s", "ed": lemma + "d", "ing": lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {"base": lemma, "s": lemma[:-1] + "ies", "ed": lemma[:-1] + "ied", "ing": lemma + "ing"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return {"base": lemma, "s": lemma + "es", "ed": lemma + "ed", "ing": lemma + "ing"}
    return {"base": lemma, "s": lemma + "s", "ed": lemma + "ed", "ing": lemma + "ing"}


def _listed_form(lemma: str, form: str) -> str:
    f = form.replace("-", "")
    if f.endswith("ing"):
        return "ing"
    if f.endswith(("ed", "en")) or f in ("drove", "overcame"):
        return "ed"
    if f.endswith("s") and not lemma.endswith("s"):
        return "s"
    return "base"


def _add(words: dict[str, tuple[Cue, ...]], form: str, cue: Cue) -> None:
    words[form.lower()] = words.get(form.lower(), ()) + (cue,)


@functools.lru_cache(maxsize=4)
def load_cues(directory: Path | None = None) -> CueSet:
    d = directory or cues_dir()
    digest = hashlib.sha256()
    for name in ("directions.tsv", "modifiers.tsv", "operators.tsv", "context.tsv", "processes.tsv", "head_nouns.tsv",
                 "causal.tsv"):
        if not (d / name).is_file():
            raise BadLexicon(f"{d / name}: missing cue file")
    # Every list in the folder, entity patterns included: any edit must make --update re-read.
    for path in sorted(d.glob("*.tsv")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    words: dict[str, tuple[Cue, ...]] = {}
    suffixes: dict[str, Cue] = {}
    agents: dict[str, Cue] = {}
    changes: dict[str, Cue] = {}
    path = d / "directions.tsv"
    for lineno, (lemma, direction, kind, forms) in read_rows(path, ("lemma", "direction", "kind", "forms"), optional=1):
        check_value(path, lineno, direction, tuple(DIRECTIONS), "direction")
        check_value(path, lineno, kind, KINDS, "kind")
        pred = DIRECTIONS[direction]
        if kind == "verb":
            listed = {f.strip(): _listed_form(lemma, f.strip()) for f in forms.split(",") if f.strip()}
            table = {v: k for k, v in inflect(lemma).items()} if not listed else {lemma: "base", **listed}
            for form, tag in table.items():
                _add(words, form, Cue(lemma, pred, kind, tag))
        elif kind == "noun":
            base = [f.strip() for f in forms.split(",") if f.strip()] or [lemma]
            for form in base:
                _add(words, form, Cue(lemma, pred, kind, "noun"))
                _add(words, form + ("es" if form.endswith("s") else "s"), Cue(lemma, pred, kind, "noun"))
        elif kind == "adj":
            _add(words, lemma, Cue(lemma, pred, kind, "adj"))
        elif kind == "agent":
            for form in (lemma, lemma + "s"):
                agents[form.lower()] = Cue(lemma, pred, kind, "noun")
        elif kind == "change":
            listed = [f.strip() for f in forms.split(",") if f.strip()]
            for form in [lemma, *listed] if listed else inflect(lemma).values():
                changes[form.lower()] = Cue(lemma, pred, kind, _listed_form(lemma, form))
        else:  # "active suffix": "MDSC-inducing cytokines" -- the noun after it is the subject
            suffixes[lemma.lower()] = Cue(lemma, pred, "suffix", "suffix", reverse=kind == "active suffix")
    modifiers: dict[tuple[str, ...], str] = {}
    path = d / "modifiers.tsv"
    for lineno, (phrase, fld) in read_rows(path, ("phrase", "field")):
        check_value(path, lineno, fld, MODIFIER_FIELDS, "field")
        modifiers[tuple(phrase.lower().split())] = fld
    operators: dict[tuple[str, tuple[str, ...]], str] = {}
    path = d / "operators.tsv"
    for lineno, (phrase, op, position) in read_rows(path, ("phrase", "op", "position")):
        check_value(path, lineno, op, OPS, "op")
        check_value(path, lineno, position, POSITIONS, "position")
        operators[(position, tuple(phrase.lower().split()))] = op
    context: dict[tuple[str, ...], tuple[tuple[str, str], ...]] = {}
    path = d / "context.tsv"
    for lineno, (phrase, fld, value) in read_rows(path, ("phrase", "field", "value")):
        check_value(path, lineno, fld, CONTEXT_FIELDS, "field")
        key = tuple(phrase.lower().split())
        context[key] = context.get(key, ()) + ((fld, value),)
    path = d / "processes.tsv"
    process_rows = read_rows(path, ("word", "bearer"), optional=1)
    for lineno, (_, bearer) in process_rows:
        if bearer not in ("", "yes", "gene"):
            raise BadLexicon(f"{path}:{lineno}: bearer must be 'yes', 'gene' or empty, got {bearer!r}")
    processes = frozenset(w.lower() for _, (w, _) in process_rows)
    bearers = frozenset(w.lower() for _, (w, b) in process_rows if b in ("yes", "gene"))
    gene_bearers = frozenset(w.lower() for _, (w, b) in process_rows if b == "gene")
    head_nouns: dict[str, str] = {}
    path = d / "head_nouns.tsv"
    for lineno, (head, typ) in read_rows(path, ("head", "type")):
        check_value(path, lineno, typ, TYPES, "type")
        head_nouns[head.lower()] = typ
    return CueSet(words, suffixes, modifiers, operators, context, processes, head_nouns, _causal(d / "causal.tsv"),
                  digest.hexdigest()[:16], agents, changes, bearers, gene_bearers)


def _causal(path: Path) -> dict[str, tuple[Cue, ...]]:
    """causal.tsv: phrases keyed by their first word, longest first so "caused by" wins over "caused"."""
    out: dict[str, tuple[Cue, ...]] = {}
    for lineno, (phrase, direction, voice) in read_rows(path, ("phrase", "direction", "voice")):
        check_value(path, lineno, direction, tuple(DIRECTIONS), "direction")
        check_value(path, lineno, voice, VOICES, "voice")
        words = phrase.lower().split()
        form = "ing" if words[0].endswith("ing") else "base"  # never "ed": "is required for" is not a passive
        cue = Cue(phrase.lower(), DIRECTIONS[direction], "verb", form, len(words), voice == "reverse")
        out[words[0]] = tuple(sorted(out.get(words[0], ()) + (cue,), key=lambda c: -c.length))
    return out


@functools.lru_cache(maxsize=4)
def suffix_heads(directory: Path | None = None) -> frozenset[str]:
    """suffix_heads.tsv: generic nouns between a named agent and its hyphen suffix ('PLAG1 oncogene-induced')."""
    return _suffix_nouns(directory)["head"]


@functools.lru_cache(maxsize=4)
def suffix_frames(directory: Path | None = None) -> frozenset[str]:
    """suffix_heads.tsv: nouns after a suffix that say how, not what ('a p53-dependent manner')."""
    return _suffix_nouns(directory)["frame"]


def _suffix_nouns(directory: Path | None) -> dict[str, frozenset[str]]:
    return words_by_kind((directory or cues_dir()) / "suffix_heads.tsv", ("head", "frame"), column="form")


def suffix_head(t) -> bool:
    """A token that stands between a mention and its hyphen suffix cue without ending the agent: a
    restated abbreviation ('azoxymethane (AOM)-induced') or a generic head noun ('A3 receptor-stimulated')."""
    return t.text.startswith("(") and t.text.endswith(")") and len(t.text) > 2 or t.lower_ in suffix_heads()

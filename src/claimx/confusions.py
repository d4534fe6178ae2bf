"""The OCR confusion table (lexicons/ocr/confusions.tsv): load and validate."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import BadLexicon, located

WHERE = ("greek", "symbol", "word")


@dataclass(frozen=True)
class Confusion:
    wrong: str
    right: str
    where: str
    cost: float


def confusion_file() -> Path:
    from .lexicon import lexicon_dir

    return lexicon_dir() / "ocr" / "confusions.tsv"


@lru_cache(maxsize=1)
def confusions_fingerprint() -> str:
    """Of the packaged table: OCR repairs change mentions, so --update must notice an edit."""
    return hashlib.sha256(confusion_file().read_bytes()).hexdigest()[:8]


def parse_confusions(text: str, path: object) -> tuple[Confusion, ...]:
    """Validate the confusion table; errors name the file and line."""
    out = []
    header = False
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if not header:
            if cols[:4] != ["wrong", "right", "where", "cost"]:
                raise BadLexicon(located(path, "first row must be the header wrong/right/where/cost/note",
                                         line=number))
            header = True
            continue
        if len(cols) not in (4, 5):
            raise BadLexicon(located(path, f"expected 4 or 5 tab-separated columns, found {len(cols)}",
                                     line=number))
        wrong, right, where, cost = cols[:4]
        if where not in WHERE:
            raise BadLexicon(located(path, f"where must be one of {', '.join(WHERE)}, not {where!r}", line=number))
        try:
            value = float(cost)
        except ValueError:
            raise BadLexicon(located(path, f"cost {cost!r} is not a number", line=number)) from None
        if not 0 < value <= 1:
            raise BadLexicon(located(path, f"cost {value} must be in (0, 1]", line=number))
        if wrong == right or (not wrong and where != "greek"):
            raise BadLexicon(located(path, "wrong and right must differ; only greek rows may insert",
                                     line=number))
        out.append(Confusion(wrong, right, where, value))
    if not out:
        raise BadLexicon(located(path, "no confusions"))
    return tuple(out)


@lru_cache(maxsize=4)
def load_confusions(path: Path | None = None) -> tuple[Confusion, ...]:
    path = Path(path) if path is not None else confusion_file()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BadLexicon(located(path, f"cannot read confusion table ({exc.strerror})")) from None
    return parse_confusions(text, path)

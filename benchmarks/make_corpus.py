"""Bench corpora in a temp folder: the sample review replicated plus the BioNLP-ST 2013 CG abstracts."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REVIEW = ROOT / "corpus" / "liver-metastasis-ici-review.txt"
CG_DEFAULT = ROOT.parent / "shared" / "corpora" / "bionlp-st-2013-cg" / "train"


@dataclass(frozen=True)
class Doc:
    name: str      # file name inside the corpus folder; its sort order is the processing order
    kind: str      # "review" or "cg"
    text: str

    @property
    def nbytes(self) -> int:
        return len(self.text.encode("utf-8"))


def cg_folder() -> Path | None:
    folder = Path(os.environ["CG_DIR"]) if os.environ.get("CG_DIR") else CG_DEFAULT
    return folder if folder.is_dir() and any(folder.glob("*.txt")) else None


def _read(path: Path) -> str:
    # newline="" keeps "\r\n" as is, the way claimx reads bytes.
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def build(target_mb: float) -> tuple[list[Doc], Path | None]:
    """Review copies (each with its own header, so sha256s differ) plus CG abstracts, >= target_mb.

    Documents are interleaved evenly by kind, so any prefix of the list (what the subsets take)
    has about the corpus's mix of long and short documents.
    """
    folder = cg_folder()
    cg = [(p.name, _read(p)) for p in sorted(folder.glob("*.txt"))] if folder else []
    review = _read(REVIEW)
    need = target_mb * 1e6 - sum(len(t.encode("utf-8")) for _, t in cg)
    copies = max(1, -(-int(need) // len(review.encode("utf-8"))))
    keyed = [((i + 0.5) / copies, "review", f"review-{i:04d}.txt",
              f"Bench copy {i:04d} of the liver metastasis review\n\n{review}") for i in range(copies)]
    keyed += [((j + 0.5) / len(cg), "cg", f"cg-{name}", text) for j, (name, text) in enumerate(cg)]
    keyed.sort(key=lambda k: k[0])
    return [Doc(f"{n:05d}-{name}", kind, text) for n, (_, kind, name, text) in enumerate(keyed)], folder


def prefix(docs: list[Doc], mb: float) -> list[Doc]:
    """The shortest prefix of `docs` holding at least `mb` megabytes (1 MB = 10^6 bytes)."""
    out, size = [], 0
    for d in docs:
        if size >= mb * 1e6:
            break
        out.append(d)
        size += d.nbytes
    return out


def write(docs: list[Doc], folder: Path) -> Path:
    folder.mkdir(parents=True)
    for d in docs:
        (folder / d.name).write_text(d.text, encoding="utf-8", newline="")
    return folder


def replicate(docs: list[Doc], times: int) -> list[Doc]:
    """`times` copies of `docs`, each copy with its own header line so every sha256 differs."""
    return [Doc(f"r{r}-{d.name}", d.kind, f"Bench replica {r}\n\n{d.text}") for r in range(times) for d in docs]


def size(docs: list[Doc]) -> tuple[float, int]:
    """(megabytes, whitespace-split words)."""
    return sum(d.nbytes for d in docs) / 1e6, sum(len(d.text.split()) for d in docs)

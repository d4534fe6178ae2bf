"""Run one command and print its wall time, CPU time and peak RSS as one JSON line.

    python measure.py CMD ARGS...       measure CMD (bench.py starts a fresh wrapper per run,
                                        so RUSAGE_CHILDREN's maxrss belongs to that run alone)
    python measure.py --cli ARGS...     run `claimx ARGS` in this process, with an identity
                                        stand-in for claimx.normalize if that module is missing
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class _Unnormalized:
    """What claimx.extract needs from a normalization result, for text left exactly as it is."""

    text: str
    offsets: Any
    breaks: tuple[int, ...] = ()
    skips: tuple[tuple[int, int], ...] = ()

    def section_at(self, offset: int) -> str | None:
        return None


def ensure_normalize() -> str | None:
    """None when claimx.normalize imports; else why not, after patching in the identity stand-in."""
    try:
        import claimx.normalize  # noqa: F401
        return None
    except Exception as err:  # a half-landed module may fail with anything, not just ImportError
        import claimx.extract
        from claimx.offsets import OffsetMap

        claimx.extract.normalize_source = lambda src: _Unnormalized(src.text, OffsetMap.identity(len(src.text)))
        return f"{type(err).__name__}: {err}"


def measure(cmd: list[str]) -> dict[str, Any]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    # Linux reports ru_maxrss in KiB; it is the largest single descendant, not a sum.
    return {"rc": proc.returncode, "wall": wall, "cpu": ru.ru_utime + ru.ru_stime,
            "maxrss_mib": ru.ru_maxrss / 1024, "stderr": proc.stderr[-2000:]}


def main(argv: list[str]) -> int:
    if argv[:1] == ["--cli"]:
        ensure_normalize()
        from claimx.cli import main as claimx_main

        sys.argv = ["claimx", *argv[1:]]
        return claimx_main() or 0
    print(json.dumps(measure(argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

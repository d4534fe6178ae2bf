"""On-disk cache of a loaded lexicon, keyed by the files' names and bytes and the folding code.

Parsing the ~52k generated entries and folding their variants takes seconds;
restoring the computed state takes a fraction of that. The JSONL files stay
the source of truth: any change to them, or to this code, misses the cache.
The English word frequencies (vocab.py) are cached the same way, as another kind.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

MIN_BYTES = 1 << 20  # small lexicons (tests, user files alone) load fast enough uncached
KEEP = 8  # cache files kept per kind (a few lexicon versions; checkouts of one version share one file)
_CODE = ("lexicon.py", "variants.py", "lexicon_cache.py")


def cache_dir() -> Path | None:
    """$CLAIMX_CACHE_DIR (empty: no cache), else $XDG_CACHE_HOME/claimx or ~/.cache/claimx."""
    env = os.environ.get("CLAIMX_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "claimx"


def cache_key(files: Sequence[tuple[Path, bytes]], code: Sequence[str] = _CODE, salt: str = "") -> str:
    digest = hashlib.sha256(salt.encode())
    here = Path(__file__).parent
    for name in code:
        digest.update(hashlib.sha256((here / name).read_bytes()).digest())
    for path, data in files:
        # The file name, not its path: what a load keeps of a path is its name (Entry.source), so
        # checkouts and worktrees with the same files share one cache file instead of evicting each other.
        digest.update(path.name.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()[:32]


def load_or_build(files: Sequence[tuple[Path, bytes]], build: Callable[[], Any],
                  state: Callable[[Any], tuple], restore: Callable[[tuple], Any], *,
                  kind: str = "lexicon", code: Sequence[str] = _CODE, salt: str = "") -> Any:
    """Restore what `build` made from exactly these files (and this code), else build it and cache it.

    `kind` names the cache files (KEEP are kept per kind); `salt` adds to the key what the
    files do not show (a library version)."""
    where = cache_dir()
    if where is None or sum(len(data) for _, data in files) < MIN_BYTES:
        return build()
    path = where / f"{kind}-{cache_key(files, code, salt)}.pickle"
    try:
        with path.open("rb") as handle:
            return restore(pickle.load(handle))
    except Exception:  # missing, truncated or from another version: rebuild
        pass
    lexicon = build()
    try:
        where.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{kind}-", dir=where)
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(state(lexicon), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        old = sorted(where.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in old[KEEP:]:
            stale.unlink(missing_ok=True)
    except OSError:  # a read-only home is no reason to fail
        pass
    return lexicon

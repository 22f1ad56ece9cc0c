"""Stage 8, write: every output replaces the old one atomically, or not at all."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .patterns import lazy

# .<target>.<pid>-<random>.tmp: the pid tells a later build whether its writer is still alive.
TEMP = lazy(r"^\.(?P<target>.+)\.(?P<pid>\d+)-[A-Za-z0-9_]+\.tmp$")


def write_atomic(path: Path, data: bytes, durable: bool = True) -> None:
    """`durable=False` skips the fsync: for caches, where a write lost in a crash is only a miss."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def sweep(folder: Path) -> list[Path]:
    """Remove the temporary files a killed build left in `folder` (their writer is gone)."""
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        m = TEMP.match(name)
        if m and not _alive(int(m["pid"])):
            (folder / name).unlink(missing_ok=True)
            removed.append(folder / name)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):  # someone else's process: leave its file alone
        return True
    return True

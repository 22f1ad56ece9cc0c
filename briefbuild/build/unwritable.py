"""What a failed write says: the exact path that could not be written, why, and the fix for that why.

The generic advice (free disk space, make the folder writable) is wrong for a path that is
taken: a folder standing where an output file goes, or a file where the output folder goes.
"""
from __future__ import annotations

import errno
import os
from pathlib import Path

from ..write import TEMP

GENERIC = "free disk space, make the folder writable, or build into another folder with --out"


def write_problem(exc: OSError, folder: Path, output: Path | None = None) -> str:
    """One line for `exc`, raised while writing into `folder` (the output `output`, when known)."""
    why = exc.strerror or str(exc)
    if exc.errno == errno.EISDIR:  # os.replace(temporary, output): the output's place holds a folder
        path = _target(exc, output or folder)
        return (f"cannot write {path}: {why}: a folder stands where this output file goes: "
                "move or remove that folder, or build into another folder with --out")
    if exc.errno == errno.EEXIST and exc.filename and not os.path.isdir(exc.filename):
        path = Path(os.fsdecode(exc.filename))  # mkdir found a file where the output folder goes
        return (f"cannot write to {path}: it is a file, not a folder: move or remove that file, "
                "or build into another folder with --out")
    if exc.filename:  # the folder that refused a new file (not the temporary file's random name)
        return f"cannot write to {Path(os.fsdecode(exc.filename)).parent}: {why}: {GENERIC}"
    if output is not None:
        return f"cannot write {output}: {why}: {GENERIC}"
    return f"cannot write to {folder}: {why}: {GENERIC}"


def _target(exc: OSError, fallback: Path) -> Path:
    """The output a write was for: os.replace names it second, after the temporary file."""
    for name in (exc.filename2, exc.filename):
        if name:
            path = Path(os.fsdecode(name))
            found = TEMP.match(path.name)
            return path.parent / found["target"] if found else path
    return fallback
